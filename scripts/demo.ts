/**
 * The local pipeline: the committed bundles, run one after another through the local runner
 * under Node 24 against the local test bed, with the example configuration in examples/.
 * Prints each step's job summary and outputs, and exits non-zero when a step fails.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../src/runner/action-runner.js';
import { readEnv } from '../testbed/index.js';

interface Step {
  title: string;
  action: string;
  inputs: Record<string, string>;
}

const root = join(import.meta.dirname, '..');
const bed = readEnv();
if (!bed) throw new Error('The local test bed is not up: run npm run testbed:up (npm run demo does it for you).');

const workspace = await mkdtemp(join(tmpdir(), 'chalk-demo-'));
await cp(join(root, 'examples'), workspace, { recursive: true });

const steps: Step[] = [
  { title: 'Preflight: values and seed', action: 'preflight', inputs: { 'values-files': 'values.yaml', 'seed-file': 'seed.yaml', checks: 'config' } },
];

const env = { KUBECONFIG: bed.KUBECONFIG };
let failed = 0;
for (const [i, step] of steps.entries()) {
  process.stdout.write(`\n━━ ${i + 1}/${steps.length} ${step.title} (actions/${step.action})\n`);
  const run: ActionRun = await runAction({ actionDir: join(root, 'actions', step.action), node: bed.TESTBED_NODE24, workspace, inputs: step.inputs, env });
  process.stdout.write(run.summary || '(no summary)\n');
  for (const a of run.annotations) process.stdout.write(`${a.level}: ${a.file ? `${a.file}:${a.line ?? ''}: ` : ''}${a.message}\n`);
  process.stdout.write(`outputs: ${JSON.stringify(run.outputs)}\n`);
  process.stdout.write(`${run.exitCode === 0 ? '✔' : '✘'} ${step.title}: exit ${run.exitCode} in ${run.main.durationMs} ms\n`);
  if (run.exitCode !== 0) {
    failed++;
    break;
  }
}
process.stdout.write(`\n${failed ? 'pipeline failed' : 'pipeline passed'}; workspace: ${workspace}\n`);
process.exitCode = failed ? 1 : 0;
