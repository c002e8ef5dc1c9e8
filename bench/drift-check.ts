/**
 * drift-check's wall time on a release of 200 objects (50 each of Deployments, Services, ConfigMaps and
 * Secrets, from a generated local chart) deployed with the bed's helm: the action run through the local
 * runner from its bundle, as a workflow step runs it, median of 5 (and the spread). One Deployment is
 * scaled by hand first, so every run does the whole check and finds one drifted object.
 * Needs the test bed (npm run testbed:up) and a build: node scripts/build.mjs [--out DIR], then
 *   [CHALK_ACTIONS_DIST=DIR] npx tsx bench/drift-check.ts [repetitions=5]
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../src/runner/action-runner.js';
import { readEnv } from '../testbed/index.js';
import { deleteNamespace, exec, kubectl, must, uniq, useBed } from '../test/testbed/util.js';

const root = join(import.meta.dirname, '..');
const repetitions = Number(process.argv[2] ?? 5);
const PER_KIND = 50;
const env = readEnv();
if (!env) throw new Error('The test bed is not up: run npm run testbed:up first.');
useBed(env);

const TEMPLATE = `{{- range $i := until (int .Values.count) }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker-{{ $i }}
  labels: {app: worker-{{ $i }}}
spec:
  replicas: 1
  selector: {matchLabels: {app: worker-{{ $i }}}}
  template:
    metadata: {labels: {app: worker-{{ $i }}}}
    spec:
      containers:
        - name: main
          image: registry.invalid/bench/worker:1.0.{{ $i }}
          env: [{name: WORKER, value: "{{ $i }}"}]
          envFrom: [{secretRef: {name: worker-{{ $i }}}}]
          resources: {requests: {cpu: 10m, memory: 16Mi}}
---
apiVersion: v1
kind: Service
metadata: {name: worker-{{ $i }}}
spec:
  selector: {app: worker-{{ $i }}}
  ports: [{name: http, port: 80, targetPort: 8080}]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: worker-{{ $i }}}
data: {settings.yaml: "worker: {{ $i }}\\nlevel: info\\n"}
---
apiVersion: v1
kind: Secret
metadata: {name: worker-{{ $i }}}
stringData: {TOKEN: "bench-token-{{ $i }}"}
{{- end }}
`;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const work = await mkdtemp(join(tmpdir(), 'bench-drift-'));
const chart = join(work, 'chart');
await mkdir(join(chart, 'templates'), { recursive: true });
await writeFile(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: bench-workers\nversion: 1.0.0\n');
await writeFile(join(chart, 'values.yaml'), `count: ${PER_KIND}\n`);
await writeFile(join(chart, 'templates', 'workers.yaml'), TEMPLATE);
const workspace = join(work, 'workspace');
await mkdir(workspace);
const namespace = uniq('bench-drift');
const helmEnv = { ...process.env, KUBECONFIG: env.KUBECONFIG };
try {
  await must(exec(env.TESTBED_HELM, ['install', 'workers', chart, '--namespace', namespace, '--create-namespace'], { env: helmEnv }));
  await must(kubectl(['-n', namespace, 'scale', 'deployment/worker-7', '--replicas=3']));
  const times: number[] = [];
  let found = '';
  for (let i = 0; i < repetitions; i++) {
    const started = Date.now();
    const run = await runAction({
      actionDir: join(root, 'actions', 'drift-check'),
      node: env.TESTBED_NODE24,
      workspace,
      inputs: { chart, release: 'workers', namespace, 'values-files': '', 'seed-file': '' },
      env: { KUBECONFIG: env.KUBECONFIG },
    });
    times.push(Date.now() - started);
    if (run.exitCode !== 0) throw new Error(`drift-check failed:\n${run.main.stdout}\n${run.main.stderr}`);
    found = `drifted-count=${run.outputs['drifted-count']}, live-count=${run.outputs['live-count']}`;
    console.log(`run ${i + 1}: ${s(times.at(-1)!)} (${found})`);
  }
  console.log(
    `drift-check on a release of ${PER_KIND * 4} objects, the bed's default helm: median ${s(median(times))} of ${repetitions} (min ${s(Math.min(...times))}, max ${s(Math.max(...times))}); ${found}`,
  );
} finally {
  await exec(env.TESTBED_HELM, ['uninstall', 'workers', '--namespace', namespace], { env: helmEnv });
  await deleteNamespace(namespace);
  await rm(work, { recursive: true, force: true });
}
