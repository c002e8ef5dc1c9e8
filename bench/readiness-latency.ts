/**
 * Readiness latency: from the moment the last pod of a release turns Ready (this script makes it so,
 * by patching the pods' status) to verify's exit, and to the moment a 2-second polling loop (helm's
 * legacy wait interval) sees the Deployment ready, on the same release in the same run. Both are
 * waiting before the pods turn Ready. Prints each repetition and the medians.
 * Needs the test bed (npm run testbed:up) and a build: node scripts/build.mjs [--out DIR], then
 *   [CHALK_ACTIONS_DIST=DIR] npx tsx bench/readiness-latency.ts [repetitions=10]
 */
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../src/readiness/rules.js';
import { DEFAULT_POLICY, type KubeObject } from '../src/readiness/types.js';
import { runAction } from '../src/runner/action-runner.js';
import { readEnv } from '../testbed/index.js';
import { bed, deleteNamespace, exec, kubectl, must, sleep, uniq, useBed } from '../test/testbed/util.js';

const root = join(import.meta.dirname, '..');
const repetitions = Number(process.argv[2] ?? 10);
const POLL_INTERVAL_MS = 2_000;
const env = readEnv();
if (!env) throw new Error('The test bed is not up: run npm run testbed:up first.');
useBed(env);
const pki = join(env.TESTBED_DIR, 'pki');
const tls = { ca: readFileSync(env.TESTBED_CA), cert: readFileSync(join(pki, 'admin.crt')), key: readFileSync(join(pki, 'admin.key')) };

/** One API call as the bed's admin, in process (no kubectl start-up in the measured path). */
function api(method: 'GET' | 'PATCH', path: string, body?: unknown): Promise<KubeObject> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${env!.TESTBED_APISERVER}${path}`,
      { method, ...tls, headers: body ? { 'content-type': 'application/merge-patch+json' } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as KubeObject)
            : reject(new Error(`${method} ${path}: ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

/** What kwok's `never-ready` stage leaves, turned Ready (conditions and container statuses are replaced whole by a merge patch). */
function readyStatus(pod: KubeObject): unknown {
  const now = new Date().toISOString();
  const containers = (pod.spec?.containers as { name: string; image: string }[]) ?? [];
  return {
    status: {
      conditions: ['PodScheduled', 'Initialized', 'Ready', 'ContainersReady'].map((type) => ({ type, status: 'True', lastTransitionTime: now })),
      containerStatuses: containers.map((c) => ({
        name: c.name,
        image: c.image,
        imageID: '',
        ready: true,
        started: true,
        restartCount: 0,
        state: { running: { startedAt: now } },
      })),
    },
  };
}

async function namespacedReplicaSetWatches(): Promise<number> {
  const { stdout } = await must(kubectl(['get', '--raw', '/metrics']));
  const line = stdout
    .split('\n')
    .find((l) => l.startsWith('apiserver_longrunning_requests{') && /resource="replicasets",scope="namespace".*verb="WATCH"/.test(l));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const verifyLatencies: number[] = [];
const pollLatencies: number[] = [];
for (let rep = 1; rep <= repetitions; rep++) {
  const ns = uniq('bench-ready');
  await must(kubectl(['create', 'namespace', ns]));
  try {
    const values = 'job.enabled=false,statefulset.enabled=false,daemonset.enabled=false,replicas=2,image=registry.chalk.test/api:never-ready';
    await must(
      exec(bed().TESTBED_HELM, ['install', 'chalk', join(root, 'test', 'verify', 'fixtures', 'readiness-chart'), '-n', ns, '--set', values], {
        env: { ...process.env, KUBECONFIG: bed().KUBECONFIG },
      }),
    );
    const podsPath = `/api/v1/namespaces/${ns}/pods`;
    let pods: KubeObject[] = [];
    while (pods.length < 2 || pods.some((p) => p.status?.phase !== 'Running')) {
      await sleep(200);
      pods = ((await api('GET', podsPath)) as { items?: KubeObject[] }).items ?? [];
    }

    const watchesBefore = await namespacedReplicaSetWatches();
    const workspace = await mkdtemp(join(tmpdir(), 'chalk-bench-'));
    let verifyEnd = 0;
    const verify = runAction({
      actionDir: join(root, 'actions', 'verify'),
      node: env.TESTBED_NODE24,
      workspace,
      inputs: { releases: 'chalk', namespace: ns, timeout: '2m' },
      env: { KUBECONFIG: env.KUBECONFIG, PATH: `${env.TESTBED_TOOLS_BIN}:${process.env.PATH}` },
    }).then((run) => {
      verifyEnd = performance.now();
      return run;
    });
    let pollSeen = 0;
    const poll = (async () => {
      const ctx = { policy: DEFAULT_POLICY, symptomAge: () => 0 };
      while (!pollSeen) {
        const deployment = await api('GET', `/apis/apps/v1/namespaces/${ns}/deployments/chalk-api`);
        if (evaluate(deployment, [], ctx).state === 'ready') pollSeen = performance.now();
        else await sleep(POLL_INTERVAL_MS);
      }
    })();
    for (let waited = 0; waited < 60_000 && (await namespacedReplicaSetWatches()) <= watchesBefore; waited += 100) await sleep(100);
    // Both are waiting: the polling loop in its interval, verify on its watches.
    await sleep(1_000 + Math.random() * POLL_INTERVAL_MS);

    for (const pod of pods) await api('PATCH', `${podsPath}/${pod.metadata?.name}/status`, readyStatus(pod));
    const lastReady = performance.now();
    const run = await verify;
    await poll;
    if (run.exitCode !== 0) throw new Error(`verify failed:\n${run.main.stdout}${run.main.stderr}`);
    verifyLatencies.push(verifyEnd - lastReady);
    pollLatencies.push(pollSeen - lastReady);
    console.log(
      `#${rep}: verify exited ${s(verifyEnd - lastReady)} after the last pod turned Ready; the 2-s polling loop saw it after ${s(pollSeen - lastReady)}`,
    );
  } finally {
    await deleteNamespace(ns);
  }
}
console.log(
  `median of ${repetitions}: verify ${s(median(verifyLatencies))} (target ≤ 0.50 s), 2-s polling loop ${s(median(pollLatencies))}; verify ahead in ${verifyLatencies.filter((v, i) => v < pollLatencies[i]!).length} of ${repetitions}`,
);
