/**
 * The diff engine on a large render: 5,000 objects (Deployments, ConfigMaps, Secrets, custom
 * resources, ~2.1 MB as helm prints them), 2% of them modified, beside GNU `diff -u` on the same two
 * files in the same run. Prints the engine's time (split + parse + diff + redact) on its first call
 * in the process (cold) and the median of the next 5 (warm), GNU diff's, and the ratios — as wall
 * time and as CPU time, which a busy machine (other jobs on the runner) distorts far less.
 * Target: ≤ 1 s and ≤ 3x GNU diff. Usage: npx tsx bench/plan-diff.ts [objects=5000] [modified-percent=2]
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffManifests } from '../src/plan/diff.js';
import { runTool } from '../src/process/run-tool.js';

const objects = Number(process.argv[2] ?? 5000);
const modifiedPercent = Number(process.argv[3] ?? 2);
const NAMESPACE = 'chalk-bench';

function labels(name: string, version: string, indent: string): string {
  return [`${indent}app.kubernetes.io/name: ${name}`, `${indent}helm.sh/chart: bench-${version}`].join('\n');
}

function deployment(i: number, tag: string): string {
  const name = `svc-${i}`;
  return `# Source: bench/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
${labels(name, '1.0.0', '    ')}
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
      annotations:
        checksum/config: 5f0c2b1e8a7d${String(i).padStart(6, '0')}
    spec:
      containers:
        - name: main
          image: "registry.example.com/chalk/${name}:${tag}"
          env:
            - name: CHALK_SERVICE
              value: "${name}"
          envFrom:
            - secretRef:
                name: secret-${i}
          resources:
            limits: {cpu: 500m, memory: 256Mi}
`;
}

function configMap(i: number, value: string): string {
  return `# Source: bench/templates/configmap.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: config-${i}
  labels:
${labels(`config-${i}`, '1.0.0', '    ')}
data:
  settings.yaml: |
    feature_store: online
    batch_size: ${value}
`;
}

function secret(i: number, password: string): string {
  return `# Source: bench/templates/secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: secret-${i}
  labels:
${labels(`secret-${i}`, '1.0.0', '    ')}
type: Opaque
data:
  POSTGRES_USER: ${Buffer.from(`user-${i}`).toString('base64')}
  POSTGRES_PASSWORD: ${Buffer.from(password).toString('base64')}
`;
}

function customResource(i: number, schedule: string): string {
  return `# Source: bench/templates/cronworkflow.yaml
apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata:
  name: resolver-${i}
  labels:
${labels(`resolver-${i}`, '1.0.0', '    ')}
spec:
  schedule: "${schedule}"
  workflowSpec:
    entrypoint: run
    templates:
      - name: run
        container:
          image: registry.example.com/chalk/resolver:1.4.2
          args: ["--resolver", "resolver-${i}"]
`;
}

/** The i-th object, modified or not. */
function render(i: number, modified: boolean): string {
  switch (i % 4) {
    case 0:
      return deployment(i, modified ? '1.5.1' : '1.5.0');
    case 1:
      return configMap(i, modified ? '512' : '256');
    case 2:
      return secret(i, modified ? `rotated-${i}-x9` : `initial-${i}-k3`);
    default:
      return customResource(i, modified ? '*/10 * * * *' : '*/5 * * * *');
  }
}

const step = Math.round(100 / modifiedPercent);
const before = Array.from({ length: objects }, (_, i) => `---\n${render(i, false)}`).join('');
const after = Array.from({ length: objects }, (_, i) => `---\n${render(i, i % step === 0)}`).join('');
const modified = Array.from({ length: objects }, (_, i) => i).filter((i) => i % step === 0).length;

const dir = await mkdtemp(join(tmpdir(), 'chalk-bench-diff-'));
const [fileA, fileB] = [join(dir, 'deployed.yaml'), join(dir, 'planned.yaml')];
await writeFile(fileA, before);
await writeFile(fileB, after);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** CPU time of the waited-for children, from /proc (Linux; clock ticks, so summed over several runs). */
async function childCpuMs(): Promise<number | undefined> {
  const stat = await readFile('/proc/self/stat', 'utf8').catch(() => undefined);
  if (!stat) return undefined;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND;
}
const TICKS_PER_SECOND = 100;

interface Timing {
  wallMs: number;
  cpuMs: number;
}
const timeEngine = () => {
  const [wall, cpu] = [performance.now(), cpuMs()];
  const diff = diffManifests(before, after, { namespace: NAMESPACE });
  return { wallMs: performance.now() - wall, cpuMs: cpuMs() - cpu, diff };
};

const cold = timeEngine();
const warmRuns = Array.from({ length: 5 }, () => timeEngine());
const warm: Timing = { wallMs: median(warmRuns.map((r) => r.wallMs)), cpuMs: median(warmRuns.map((r) => r.cpuMs)) };
const GNU_RUNS = 10;
const gnuWall: number[] = [];
const childBefore = await childCpuMs();
for (let i = 0; i < GNU_RUNS; i++) {
  const started = performance.now();
  const result = await runTool('diff', ['-u', fileA, fileB]);
  gnuWall.push(performance.now() - started);
  if (result.exitCode !== 1) throw new Error(`diff -u exited ${result.exitCode}: ${result.stderr}`);
}
const childAfter = await childCpuMs();
const gnu = { wallMs: median(gnuWall), cpuMs: childBefore === undefined || childAfter === undefined ? undefined : (childAfter - childBefore) / GNU_RUNS };
await rm(dir, { recursive: true, force: true });

const c = cold.diff.counts;
const s = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
const x = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(1)}x` : 'n/a');
process.stdout.write(
  [
    `render: ${objects} objects, ${(Buffer.byteLength(before) / 1e6).toFixed(2)} MB deployed / ${(Buffer.byteLength(after) / 1e6).toFixed(2)} MB planned, ${modified} modified (${modifiedPercent}%)`,
    `plan:   changed ${c.changed}, unchanged ${c.unchanged}, ignored fields ${c.ignored} (Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs)`,
    `engine (split + parse + diff + redact): cold ${s(cold.wallMs)} wall / ${s(cold.cpuMs)} CPU (first call); warm ${s(warm.wallMs)} wall / ${s(warm.cpuMs)} CPU (median of 5)`,
    `GNU diff -u: ${s(gnu.wallMs)} wall (median of ${GNU_RUNS}, process start included)${gnu.cpuMs === undefined ? '' : ` / ${s(gnu.cpuMs)} CPU (mean)`}`,
    `ratio wall: cold ${x(cold.wallMs, gnu.wallMs)}, warm ${x(warm.wallMs, gnu.wallMs)}; CPU: cold ${x(cold.cpuMs, gnu.cpuMs)}, warm ${x(warm.cpuMs, gnu.cpuMs)} (target ≤ 3x GNU diff and ≤ 1 s)`,
    '',
  ].join('\n'),
);
