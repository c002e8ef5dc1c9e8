/**
 * `npm run demo`: the whole product against the local test bed, through the `chalk-actions` CLI and the
 * committed bundles. It writes an example configuration pointing at the bed (a pipeline file, values,
 * seed, the Data Plane chart set), then:
 *   1. runs the pipeline: preflight → helm-login → render-and-diff → deploy-metadata → deploy-dataplane →
 *      verify → drift-check (a first install: every object an addition; pods Ready; no drift);
 *   2. changes one value and runs it again: a one-field diff and an upgrade to the next revision;
 *   3. edits a live object by hand and runs drift-check: the edit is found; then puts it back.
 * It ends with a report of what ran and how long each step took, also written to .testbed/demo/report.json.
 * Re-running it is safe: the configuration is rewritten and the releases upgraded in place.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { readEnv } from '../testbed/index.js';

const root = join(import.meta.dirname, '..');
const bed = readEnv();
if (!bed) throw new Error('The local test bed is not up: run npm run testbed:up (npm run demo does it for you).');
const ws = join(root, '.testbed', 'demo');
const ENV = 'demo';
const NAMESPACE = 'chalk-demo';
const RELEASE = 'chalk-metadata-plane';
const DATAPLANE = ['metrics-server', 'keda', 'cloudnative-pg'];

interface StepResult {
  title: string;
  action: string;
  exitCode: number;
  durationMs: number;
  outputs: Record<string, string>;
}
interface PhaseReport {
  phase: string;
  exitCode: number;
  durationMs: number;
  steps: StepResult[];
}

/** The secrets of the demo reach the CLI as environment variables, referenced as ${NAME} in the pipeline file. */
const secrets = {
  REGISTRY_USER: bed.TESTBED_REGISTRY_USER,
  REGISTRY_PASSWORD: bed.TESTBED_REGISTRY_PASSWORD,
  POSTGRES_USER: bed.PGUSER,
  POSTGRES_PASSWORD: bed.PGPASSWORD,
  POSTGRES_HOST: `${bed.PGHOST}:${bed.PGPORT}`,
  POSTGRES_DB: bed.PGDATABASE,
  GOOGLE_CLIENT_ID: 'demo-client.apps.googleusercontent.com',
  GOOGLE_CLIENT_SECRET: 'demo-google-client-secret-7f3a',
};

async function writeConfig(apiReplicas: number): Promise<void> {
  await mkdir(ws, { recursive: true });
  const values = (await readFile(join(root, 'examples', 'values.yaml'), 'utf8')).replace(
    /(frontend:\n(\s+)image: [^\n]+)/,
    `$1\n    api:\n      replicas: ${apiReplicas}`,
  );
  await writeFile(join(ws, 'values.yaml'), values);
  await writeFile(join(ws, 'seed.yaml'), await readFile(join(root, 'examples', 'seed.yaml'), 'utf8'));
  const versions = JSON.parse(bed!.TESTBED_CHART_VERSIONS) as Record<string, string[]>;
  await writeFile(
    join(ws, 'chart-set.yaml'),
    stringify({
      releases: Object.fromEntries(
        DATAPLANE.map((name, i) => [
          name,
          { chart: `${bed!.TESTBED_CHARTS_OCI}/${name}`, version: versions[name]![0], namespace: `demo-${name}`, ...(i > 0 ? { needs: [DATAPLANE[0]] } : {}) },
        ]),
      ),
    }),
  );
  const chart = `${bed!.TESTBED_CHARTS_OCI}/chalk-metadata-plane`;
  const release = {
    chart,
    version: versions['chalk-metadata-plane']![0],
    release: RELEASE,
    namespace: NAMESPACE,
    'values-files': 'values.yaml',
    'seed-file': 'seed.yaml',
    'ca-file': bed!.TESTBED_REGISTRY_CA,
  };
  const login = { registries: bed!.TESTBED_REGISTRY, username: '${REGISTRY_USER}', password: '${REGISTRY_PASSWORD}' };
  await writeFile(
    join(ws, 'chalk-actions.yml'),
    `# Written by scripts/demo.ts: the pipeline of the local demo, pointing at the test bed.\n${stringify({
      environments: {
        [ENV]: {
          defaults: { ...release, timeout: '5m' },
          preflight: { checks: 'config,tools' },
          'helm-login': login,
          'render-and-diff': { comment: 'false' },
          'deploy-metadata': {
            'postgres-user': '${POSTGRES_USER}',
            'postgres-password': '${POSTGRES_PASSWORD}',
            'postgres-host': '${POSTGRES_HOST}',
            'postgres-db': '${POSTGRES_DB}',
            'google-client-id': '${GOOGLE_CLIENT_ID}',
            'google-client-secret': '${GOOGLE_CLIENT_SECRET}',
          },
          'deploy-dataplane': { 'chart-set': 'chart-set.yaml' },
          verify: { releases: [`${NAMESPACE}/${RELEASE}`, ...DATAPLANE.map((name) => `demo-${name}/${name}`)].join(','), timeout: '3m' },
          'drift-check': {},
        },
        // The guide's "latest" and "1.0.0+" are pinned once, by a lock run, into chart-set.lock.yaml.
        [`${ENV}-lock`]: {
          defaults: { 'ca-file': bed!.TESTBED_REGISTRY_CA },
          'helm-login': login,
          'deploy-dataplane': { mode: 'lock', 'chart-set': 'chart-set.yaml' },
        },
        [`${ENV}-drift`]: { defaults: { ...release }, 'helm-login': login, 'drift-check': { 'fail-on-drift': 'false' } },
      },
    })}`,
  );
}

/** Runs the CLI as a user would (bin/chalk-actions.mjs over dist/), showing its output; returns its JSON report. */
async function cli(phase: string, args: string[]): Promise<PhaseReport> {
  process.stdout.write(`\n\u001b[1m════ ${phase}\u001b[22m\n$ chalk-actions ${args.join(' ')}\n`);
  const report = join(ws, `report-${phase.split(':')[0]!.trim().replace(/\W+/g, '-')}.json`);
  const started = Date.now();
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'chalk-actions.mjs'), ...args, '--report', report], {
      cwd: ws,
      stdio: 'inherit',
      // The bed's pinned tools (helm 4, kubectl) first on PATH, as a runner image would have them.
      env: { ...process.env, ...secrets, KUBECONFIG: bed!.KUBECONFIG, PATH: `${bed!.TESTBED_TOOLS_BIN}:${process.env.PATH ?? ''}` },
    });
    child.on('close', (c) => resolve(c ?? 1));
  });
  const parsed = JSON.parse(await readFile(report, 'utf8').catch(() => '{}')) as { steps?: StepResult[] } & Partial<StepResult>;
  const steps = parsed.steps ?? (parsed.action ? [parsed as StepResult] : []);
  return {
    phase,
    exitCode: code,
    durationMs: Date.now() - started,
    steps: steps.map(({ title, action, exitCode, durationMs, outputs }) => ({ title, action, exitCode, durationMs, outputs })),
  };
}

const kubectl = (args: string[]) => promisify(execFile)(bed.TESTBED_KUBECTL, args, { env: { ...process.env, KUBECONFIG: bed.KUBECONFIG } });

const phases: PhaseReport[] = [];
const run = async (phase: string, args: string[]) => {
  const report = await cli(phase, args);
  phases.push(report);
  if (report.exitCode !== 0) throw new Error(`${phase} failed (exit ${report.exitCode}); its output is above.`);
  return report;
};

try {
  await writeConfig(1);
  await run('0: lock the Data Plane chart set', ['pipeline', '--env', `${ENV}-lock`]);
  await run('1: first pipeline run', ['pipeline', '--env', ENV]);
  await writeConfig(2);
  await run('2: one value changed (api replicas 1 → 2)', ['pipeline', '--env', ENV]);
  await kubectl(['-n', NAMESPACE, 'set', 'env', 'deployment/chalk-metadata-api', 'EDITED_BY_HAND=yes']);
  try {
    await run('3: drift after a hand edit', ['pipeline', '--env', `${ENV}-drift`]);
  } finally {
    await kubectl(['-n', NAMESPACE, 'set', 'env', 'deployment/chalk-metadata-api', 'EDITED_BY_HAND-']);
  }
} finally {
  await writeFile(join(ws, 'report.json'), `${JSON.stringify({ phases }, null, 2)}\n`);
  process.stdout.write('\n\u001b[1m════ Demo report\u001b[22m\n');
  for (const p of phases) {
    process.stdout.write(`${p.exitCode === 0 ? '✅' : '❌'} ${p.phase} (${(p.durationMs / 1000).toFixed(1)} s)\n`);
    for (const s of p.steps)
      process.stdout.write(`    ${s.exitCode === 0 ? '✓' : '✗'} ${s.title.padEnd(40)} ${(s.durationMs / 1000).toFixed(1).padStart(6)} s\n`);
  }
  process.stdout.write(`report: ${join(ws, 'report.json')}\n`);
}
