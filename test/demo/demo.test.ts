/**
 * `npm run demo` (the README's first command) against the test bed: the whole pipeline through the CLI
 * and the committed bundles, asserted from the demo's own report (.testbed/demo/report.json). It is the
 * widest end-to-end test: install, one-value upgrade, drift after a hand edit.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';

interface Step {
  action: string;
  exitCode: number;
  outputs: Record<string, string>;
}
interface Phase {
  phase: string;
  exitCode: number;
  steps: Step[];
}

it('installs, upgrades one value to the next revision, and finds a hand edit as drift', { timeout: 900_000 }, async () => {
  const { stdout } = await promisify(execFile)(join(repoRoot, 'node_modules', '.bin', 'tsx'), [join(repoRoot, 'scripts', 'demo.ts')], {
    cwd: repoRoot,
    maxBuffer: 64 << 20,
  });
  const { phases } = JSON.parse(await readFile(join(repoRoot, '.testbed', 'demo', 'report.json'), 'utf8')) as { phases: Phase[] };
  expect(phases.map((p) => [p.phase.split(':')[0], p.exitCode])).toEqual([
    ['0', 0],
    ['1', 0],
    ['2', 0],
    ['3', 0],
  ]);
  const step = (phase: number, action: string) => phases[phase]!.steps.find((s) => s.action === action)!.outputs;
  // 1: the full pipeline ran, the release is ready and matches what was deployed.
  expect(phases[1]!.steps.map((s) => s.action)).toEqual([
    'preflight',
    'helm-login',
    'render-and-diff',
    'deploy-metadata',
    'deploy-dataplane',
    'verify',
    'drift-check',
  ]);
  expect(step(1, 'verify').ready).toBe('true');
  expect(step(1, 'drift-check').drifted).toBe('false');
  // 2: one value changed → exactly one changed object, and the next revision.
  expect(step(2, 'render-and-diff')).toMatchObject({ 'has-changes': 'true', changed: '1', added: '0', removed: '0' });
  const deploy = step(2, 'deploy-metadata');
  expect(Number(deploy.revision)).toBe(Number(deploy['previous-revision']) + 1);
  expect(step(2, 'deploy-dataplane').changed).toBe('false');
  // 3: the hand edit is drift.
  expect(step(3, 'drift-check').drifted).toBe('true');
  // The report is printed, and no secret the demo passed reaches the terminal.
  expect(stdout).toContain('Demo report');
  for (const secret of [process.env.TESTBED_REGISTRY_PASSWORD!, process.env.PGPASSWORD!, 'demo-google-client-secret-7f3a'])
    expect(stdout).not.toContain(secret);
});
