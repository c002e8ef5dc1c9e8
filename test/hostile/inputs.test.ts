/**
 * The hostile-input harness: every input of every action (read from its action.yml, so a new action is
 * covered the day it lands) gets hostile values, and the bundle must still behave:
 * - no workflow command appears that the action did not mean to print (newline/CR + `::error::`,
 *   `::add-mask::`, `::set-output`, `%0A`, ANSI and NUL bytes, unicode lookalikes, path traversal);
 * - no uncaught exception or stack trace reaches the user, and the exit code is 0 or 1;
 * - the step ends within its timeout;
 * - the summary and outputs are well formed, and any report file an output names is valid JSON;
 * - no masked value leaks (the runner's own check, in every channel).
 * A value of 100 KB stands for "huge": the kernel refuses a single environment string over 128 KiB, and
 * inputs reach an action as environment variables on GitHub too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { runAction, type ActionMetadata, type StepResult } from '../../src/runner/action-runner.js';
import { node24, repoRoot } from '../helpers/paths.js';
import { workspaceFrom } from '../helpers/action.js';
import { BASELINES } from './baselines.js';

const STEP_TIMEOUT_MS = 60_000;
const INJECTION = [
  'x',
  '::error::INJECTED-newline',
  '\r::warning::INJECTED-cr',
  '::add-mask::INJECTED-mask',
  '::set-output name=injected::INJECTED-output',
  '%0A::error::INJECTED-percent',
  '\u001b[31mred\u001b[0m \u0007bel \u001b]0;title\u0007', // no NUL: no environment variable, so no input, can hold one
  'аcme ｃhalk', // Cyrillic а, fullwidth ｃ
  // Out of the workspace (a fresh directory under /tmp) into a scratch name: never a real system file, since steps run as root.
  '../chalk-hostile-outside/escaped',
].join('\n');
const HUGE = `${'a'.repeat(100 * 1024)}\n::error::INJECTED-huge`;
const STACK_FRAME = /^\s+at .+(\(|\s)(node:|file:|\/).+:\d+:\d+\)?$/m;

const actions = readdirSync(join(repoRoot, 'actions')).filter((name) => existsSync(join(repoRoot, 'actions', name, 'action.yml')));
const cases = actions.flatMap((action) => {
  const meta = parse(readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as ActionMetadata;
  return Object.entries(meta.inputs ?? {}).flatMap(([input, spec]) => [
    { action, input, kind: 'injection', value: () => INJECTION },
    { action, input, kind: 'huge', value: () => HUGE },
    // After a valid value, so validation that parses only the first line (new URL() drops newlines) is passed.
    { action, input, kind: 'suffix', value: (base?: string) => `${base ?? String(spec.default ?? 'x')}${INJECTION}` },
  ]);
});

/** Lines that are a workflow command made of the injected text (its `::…::` prefix followed by it). */
function injectedCommands(step: StepResult): string[] {
  return step.stdout.split('\n').filter((line) => /^::[A-Za-z-]+(?: [^:]*)?::INJECTED/.test(line.replace(/\r$/, '')));
}

describe.concurrent.each(cases)('$action input $input ($kind)', ({ action, input, value }) => {
  it('ends in time, prints no command it did not mean, no stack trace, and well-formed results', { timeout: STEP_TIMEOUT_MS + 30_000 }, async () => {
    const bed = inject('testbed');
    const workspace = await workspaceFrom(join(repoRoot, 'examples'));
    const baseline = BASELINES[action]?.(bed, workspace) ?? {};
    const started = Date.now();
    const run = await runAction({
      actionDir: join(repoRoot, 'actions', action),
      node: node24(),
      workspace,
      inputs: { ...baseline, [input]: value(baseline[input]) },
      env: { KUBECONFIG: bed.KUBECONFIG },
      timeoutMs: STEP_TIMEOUT_MS,
    });
    expect(Date.now() - started).toBeLessThan(STEP_TIMEOUT_MS);
    for (const step of [run.pre, run.main, run.post].filter((s): s is StepResult => Boolean(s))) {
      expect([0, 1], `${step.stage} exit code`).toContain(step.exitCode);
      expect(injectedCommands(step), `${step.stage}: a workflow command the action did not mean`).toEqual([]);
      // A secret input is masked whole and line by line (escaped); an injected `::add-mask::` would mask exactly its payload.
      expect(step.masks.includes('INJECTED-mask'), `${step.stage}: an injected add-mask`).toBe(false);
      expect(Object.keys(step.outputs).filter((k) => k === 'injected')).toEqual([]);
      expect(`${step.stdout}\n${step.stderr}`, `${step.stage}: a stack trace reached the user`).not.toMatch(STACK_FRAME);
      expect(step.stderr, `${step.stage}: an uncaught error`).not.toMatch(/Uncaught|UnhandledPromiseRejection|node:internal/);
      expect(step.summary).not.toContain('\u0000');
      expect(Buffer.byteLength(step.summary)).toBeLessThanOrEqual(1024 * 1024);
      for (const [name, out] of Object.entries(step.outputs)) {
        expect(out, `output ${name}`).not.toMatch(/^::/m);
        // An output naming a JSON file the action wrote (report, plan-file, report-file) must point at valid JSON.
        if (out.startsWith('/') && out.endsWith('.json') && existsSync(out) && statSync(out).isFile())
          expect(() => JSON.parse(readFileSync(out, 'utf8')), `output ${name} names invalid JSON`).not.toThrow();
      }
    }
  });
});
