/**
 * The local pipeline: the committed bundles run as one GitHub job, in order, through the local
 * runner under Node 24 against the local test bed, with the example configuration in examples/.
 * The operator's manual steps of the guide (namespace, Secrets) are done first with the bed's
 * kubectl. Prints each step's job summary and outputs; exits non-zero when a step fails.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalJob, type ActionRun } from '../src/runner/action-runner.js';
import { readEnv } from '../testbed/index.js';

const root = join(import.meta.dirname, '..');
const bed = readEnv();
if (!bed) throw new Error('The local test bed is not up: run npm run testbed:up (npm run demo does it for you).');
const NAMESPACE = 'chalk-metadata';

/** The guide's `kubectl create namespace` and `kubectl create secret generic … --from-env-file`, made idempotent. */
async function operatorSetup(): Promise<void> {
  const kubectl = (args: string[], input?: string) =>
    new Promise<string>((resolve, reject) => {
      const child = execFile(bed!.TESTBED_KUBECTL, args, { env: { ...process.env, KUBECONFIG: bed!.KUBECONFIG } }, (err, stdout, stderr) =>
        err ? reject(new Error(`kubectl ${args[0]} failed: ${stderr}`)) : resolve(stdout),
      );
      if (input !== undefined) child.stdin!.end(input);
    });
  const apply = async (args: string[]) => kubectl(['apply', '-f', '-'], await kubectl([...args, '--dry-run=client', '-o', 'yaml']));
  await apply(['create', 'namespace', NAMESPACE]);
  await apply([
    'create', 'secret', 'generic', 'metadata-plane-secrets', '--namespace', NAMESPACE,
    `--from-literal=POSTGRES_USER=${bed!.PGUSER}`, `--from-literal=POSTGRES_PASSWORD=${bed!.PGPASSWORD}`,
    `--from-literal=POSTGRES_HOST=${bed!.PGHOST}:${bed!.PGPORT}`, `--from-literal=POSTGRES_DB=${bed!.PGDATABASE}`,
  ]); // prettier-ignore
  await apply([
    'create', 'secret', 'generic', 'chalk-frontend-secrets', '--namespace', NAMESPACE,
    '--from-literal=GOOGLE_CLIENT_ID=demo-client.apps.googleusercontent.com', '--from-literal=GOOGLE_CLIENT_SECRET=demo-client-secret',
  ]); // prettier-ignore
  process.stdout.write(`operator setup: namespace ${NAMESPACE}, secrets metadata-plane-secrets and chalk-frontend-secrets applied\n`);
}

interface Step {
  title: string;
  action: string;
  inputs: Record<string, string>;
}

const chart = `${bed.TESTBED_CHARTS_OCI}/chalk-metadata-plane`;
const steps: Step[] = [
  { title: 'Preflight: values, seed and tools', action: 'preflight', inputs: { checks: 'config,tools' } },
  {
    title: 'Log in to the chart registry',
    action: 'helm-login',
    inputs: {
      registries: bed.TESTBED_REGISTRY,
      username: bed.TESTBED_REGISTRY_USER,
      password: bed.TESTBED_REGISTRY_PASSWORD,
      'ca-file': bed.TESTBED_REGISTRY_CA,
      'verify-chart': chart,
    },
  },
  {
    title: 'Preflight: cluster, secrets, Postgres and chart',
    action: 'preflight',
    inputs: {
      checks: 'cluster,secrets,postgres,registry',
      namespace: NAMESPACE,
      'postgres-ca-file': bed.PGSSLROOTCERT,
      chart,
      'ca-file': bed.TESTBED_REGISTRY_CA,
    },
  },
];

const workspace = await mkdtemp(join(tmpdir(), 'chalk-demo-'));
await cp(join(root, 'examples'), workspace, { recursive: true });
await operatorSetup();

// The job's environment: the kubeconfig only; every credential arrives as an input or via helm-login.
const job = await LocalJob.create({ node: bed.TESTBED_NODE24, workspace, env: { KUBECONFIG: bed.KUBECONFIG } });
let failed = false;
const show = (title: string, run: ActionRun) => {
  process.stdout.write(run.summary || '(no summary)\n');
  for (const a of run.annotations) process.stdout.write(`${a.level}: ${a.file ? `${a.file}:${a.line ?? ''}: ` : ''}${a.message}\n`);
  process.stdout.write(`outputs: ${JSON.stringify(run.outputs)}\n`);
  process.stdout.write(`${run.exitCode === 0 ? '✔' : '✘'} ${title}: exit ${run.exitCode} in ${run.main.durationMs} ms\n`);
};
try {
  for (const [i, step] of steps.entries()) {
    process.stdout.write(`\n━━ ${i + 1}/${steps.length} ${step.title} (actions/${step.action})\n`);
    const run = await job.run(join(root, 'actions', step.action), step.inputs);
    show(step.title, run);
    if (run.exitCode !== 0) {
      failed = true;
      break;
    }
  }
} finally {
  // Post steps (helm-login's logout) run at the end of the job, as on GitHub.
  await job.finish();
}
process.stdout.write(`\npost steps done; ${failed ? 'pipeline FAILED' : 'pipeline passed'}; workspace: ${workspace}\n`);
process.exitCode = failed ? 1 : 0;
