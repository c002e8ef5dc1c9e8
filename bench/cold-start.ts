/**
 * Cold start of each bundle: process start to exit under Node 24, through the local runner, on a
 * clean configuration (the examples/ workspace), main and post steps included. helm-login logs in
 * to the local test bed's registry (start it with npm run testbed:up). Prints min/median/max of N
 * runs per action. Usage: npx tsx bench/cold-start.ts [runs=9]
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../src/runner/action-runner.js';
import { readEnv } from '../testbed/index.js';

const root = join(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 9);
const bed = readEnv();
if (!bed) throw new Error('The test bed is not up: run npm run testbed:up first.');
const node = bed.TESTBED_NODE24;
const workspace = await mkdtemp(join(tmpdir(), 'chalk-bench-'));
await cp(join(root, 'examples'), workspace, { recursive: true });

/** Inputs that make each action do its whole job on a clean configuration. */
const cases: Record<string, Record<string, string>> = {
  preflight: { checks: 'config' },
  'helm-login': {
    registries: bed.TESTBED_REGISTRY,
    username: bed.TESTBED_REGISTRY_USER,
    password: bed.TESTBED_REGISTRY_PASSWORD,
    'ca-file': bed.TESTBED_REGISTRY_CA,
  },
};

for (const [action, inputs] of Object.entries(cases)) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = await runAction({ actionDir: join(root, 'actions', action), node, workspace, inputs });
    times.push(performance.now() - started);
    if (run.exitCode !== 0) throw new Error(`${action} failed: ${run.main.stdout}${run.main.stderr}`);
  }
  times.sort((a, b) => a - b);
  const ms = (t: number) => `${t.toFixed(0)} ms`;
  console.log(
    `${action}: cold start median ${ms(times[Math.floor(times.length / 2)]!)} (min ${ms(times[0]!)}, max ${ms(times[times.length - 1]!)}, ${runs} runs, node ${node})`,
  );
}
