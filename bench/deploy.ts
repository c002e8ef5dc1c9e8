/**
 * deploy-metadata's wall time beside the bare helm command it replaces, on the local test bed, with
 * Helm 4 (the default), in the same run, interleaved, median of N each:
 *
 * - no-op: an identical re-run of the action (plan, no upgrade) vs `helm upgrade --install … --wait`
 *   of the same release and values (which writes a new revision every time). Target ≤ 0.5×.
 * - first install: the action into a fresh namespace (config checks, Secrets from inputs, Lease, plan,
 *   upgrade with rollback, traceability) vs `helm upgrade --install … --wait` into another. Target ≤ 1.15×.
 *
 * Each action run is the whole step as the runner runs it: Node 24 start, bundle load, the work.
 *
 *   npx tsx bench/deploy.ts [runs=5]
 *
 * CHALK_ACTIONS_DIST=<dir> runs a private build instead of dist/ (node scripts/build.mjs --out <dir>).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runAction } from '../src/runner/action-runner.js';
import { deleteNamespace, helmLogin, must, useBed } from '../test/testbed/util.js';
import { up } from '../testbed/index.js';

const run = promisify(execFile);
const runs = Number(process.argv[2] ?? 5);
const root = join(import.meta.dirname, '..');
const bed = await up();
useBed(bed);

const work = await mkdtemp(join(tmpdir(), 'chalk-bench-deploy-'));
const bin = join(work, 'bin');
const namespaces: string[] = [];
try {
  await mkdir(bin);
  await mkdir(join(work, 'runner-temp'));
  await symlink(bed.TESTBED_HELM4, join(bin, 'helm'));
  const helmEnv = {
    HELM_REGISTRY_CONFIG: join(work, 'registry.json'),
    HELM_CACHE_HOME: join(work, 'cache'),
    HELM_CONFIG_HOME: join(work, 'config'),
    HELM_DATA_HOME: join(work, 'data'),
    KUBECONFIG: bed.KUBECONFIG,
  };
  await must(helmLogin({ ...process.env, ...helmEnv }, bed.TESTBED_HELM4));
  const workspace = join(work, 'ws');
  await mkdir(workspace);
  const fixture = join(root, 'test', 'fixtures', 'preflight', 'good');
  await writeFile(
    join(workspace, 'values.yaml'),
    (await readFile(join(fixture, 'values.yaml'), 'utf8')).replace(/image: .*/, 'image: chalk.example/frontend:1.0.0'),
  );
  await writeFile(join(workspace, 'seed.yaml'), await readFile(join(fixture, 'seed.yaml'), 'utf8'));
  const chart = `${bed.TESTBED_CHARTS_OCI}/chalk-metadata-plane`;

  const action = async (ns: string): Promise<number> => {
    const started = performance.now();
    const result = await runAction({
      actionDir: join(root, 'actions', 'deploy-metadata'),
      node: bed.TESTBED_NODE24,
      workspace,
      runnerTemp: join(work, 'runner-temp'),
      inputs: {
        chart,
        version: '0.1.2',
        namespace: ns,
        'ca-file': bed.TESTBED_REGISTRY_CA,
        timeout: '120s',
        'postgres-user': 'chalk',
        'postgres-password': 'bench-password-3f9a',
        'postgres-host': 'db.internal:5432',
        'postgres-db': 'chalk',
        'google-client-id': 'id',
        'google-client-secret': 'bench-client-secret-77e1',
      },
      env: { ...helmEnv, PATH: `${bin}:${process.env.PATH ?? ''}` },
    });
    if (result.exitCode !== 0) throw new Error(`deploy-metadata failed:\n${result.summary}\n${result.main.stdout.slice(-2000)}`);
    return performance.now() - started;
  };
  const bare = async (ns: string): Promise<number> => {
    const started = performance.now();
    await run(
      bed.TESTBED_HELM4,
      [
        'upgrade',
        '--install',
        'chalk-metadata-plane',
        chart,
        '--version',
        '0.1.2',
        '--namespace',
        ns,
        '--values',
        join(workspace, 'values.yaml'),
        '--values',
        join(workspace, 'seed.yaml'),
        '--wait',
        '--timeout',
        '120s',
        '--ca-file',
        bed.TESTBED_REGISTRY_CA,
      ],
      { env: { ...process.env, ...helmEnv } },
    );
    return performance.now() - started;
  };
  const namespace = async (name: string, withSecrets: boolean): Promise<string> => {
    const ns = `${name}-${process.pid}-${namespaces.length}`;
    namespaces.push(ns);
    await run(bed.TESTBED_KUBECTL, ['create', 'namespace', ns], { env: { ...process.env, KUBECONFIG: bed.KUBECONFIG } });
    if (withSecrets)
      for (const [secret, keys] of [
        ['metadata-plane-secrets', ['POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_HOST', 'POSTGRES_DB']],
        ['chalk-frontend-secrets', ['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET']],
      ] as const)
        await run(bed.TESTBED_KUBECTL, ['-n', ns, 'create', 'secret', 'generic', secret, ...keys.map((k) => `--from-literal=${k}=bench`)], {
          env: { ...process.env, KUBECONFIG: bed.KUBECONFIG },
        });
    return ns;
  };

  // Steady state for the no-op comparison: one release deployed by the action, one by bare helm.
  const actionNs = await namespace('bench-deploy-noop', false);
  const bareNs = await namespace('bench-deploy-bare', true);
  await action(actionNs);
  await bare(bareNs);
  const noop: number[] = [];
  const upgrade: number[] = [];
  const install: number[] = [];
  const bareInstall: number[] = [];
  for (let i = 0; i < runs; i++) {
    noop.push(await action(actionNs));
    upgrade.push(await bare(bareNs));
    install.push(await action(await namespace('bench-deploy-install', false)));
    bareInstall.push(await bare(await namespace('bench-deploy-bare-install', true)));
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const line = (what: string, mine: number[], theirs: number[], target: number): string => {
    const ratio = median(mine) / median(theirs);
    return `${what}: deploy-metadata ${s(median(mine))} vs bare helm ${s(median(theirs))} = ${ratio.toFixed(2)}x (target <= ${target}x: ${ratio <= target ? 'met' : 'NOT met'})`;
  };
  console.log(`deploy-metadata vs bare helm (helm ${bed.TESTBED_HELM4.split('/').pop()}), median of ${runs} each, interleaved:`);
  console.log(line('no-op re-run  ', noop, upgrade, 0.5));
  console.log(line('first install ', install, bareInstall, 1.15));
  console.log(`  runs (s): no-op ${noop.map((x) => (x / 1000).toFixed(2)).join(' ')} | bare upgrade ${upgrade.map((x) => (x / 1000).toFixed(2)).join(' ')}`);
  console.log(
    `            install ${install.map((x) => (x / 1000).toFixed(2)).join(' ')} | bare install ${bareInstall.map((x) => (x / 1000).toFixed(2)).join(' ')}`,
  );
} finally {
  await Promise.all(namespaces.map(deleteNamespace));
  await rm(work, { recursive: true, force: true });
}
