/**
 * Hostile values files through the preflight bundle, as a workflow step runs it: each ends fast with
 * exit 1 and one located annotation, never a hang, a crash or a stack trace.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAnnotation, runBundled, workspaceFrom } from '../helpers/action.js';
import { GOOD_WORKSPACE } from '../helpers/preflight.js';
import { CONFIG_FIXTURES, deepFlow } from './hostile-inputs.js';

async function preflightWith(values: string | { fixture: string }, inputs: Record<string, string> = {}) {
  const workspace = await workspaceFrom(GOOD_WORKSPACE);
  if (typeof values === 'string') await writeFile(join(workspace, 'values.yaml'), values);
  else await copyFile(join(CONFIG_FIXTURES, values.fixture), join(workspace, 'values.yaml'));
  const started = performance.now();
  const run = await runBundled('preflight', { workspace, inputs });
  return { run, seconds: (performance.now() - started) / 1000 };
}

describe('preflight on hostile values files', () => {
  it('refuses the billion laughs within a 5 s check timeout, with a located annotation', async () => {
    const { run, seconds } = await preflightWith({ fixture: 'billion-laughs.yaml' }, { 'check-timeout': '5s' });
    expect(run.exitCode).toBe(1);
    expect(seconds).toBeLessThan(5);
    expect(run.annotations.filter((a) => a.level === 'error' && a.file).map(formatAnnotation)).toEqual([
      'values.yaml:8:20: values file values.yaml contains excessive aliasing, as helm refuses it ("document contains excessive aliasing"): ' +
        'expanding *c copies anchored values far beyond the size of the file. ' +
        'Fix: Write the repeated values out, or alias only small blocks a few times; aliases of aliases multiply.',
    ]);
    expect(run.outputs['error-count']).toBe('1');
  });

  it.each([
    ['an alias inside its own anchor', { fixture: 'self-alias.yaml' }, /^values\.yaml:5:14: .*contains itself/],
    ['an alias to an unknown anchor', { fixture: 'unknown-anchor.yaml' }, /^values\.yaml:3:15: .*unknown anchor 'api' referenced/],
    ['100,000 unclosed [', deepFlow(100_000), /^values\.yaml:1:260: .*nests more than 256 levels deep/],
    ['a 6 MiB file', `chalk: {}\n# ${'x'.repeat(6 << 20)}\n`, /^values\.yaml:1:1: values file values\.yaml is 6 MiB; .*at most 5 MiB/],
  ])('refuses %s with a located annotation and no stack trace', async (_name, values, annotation) => {
    const { run } = await preflightWith(values);
    expect(run.exitCode).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error' && a.file).map(formatAnnotation)).toEqual([expect.stringMatching(annotation)]);
    expect(run.main.stdout + run.main.stderr).not.toMatch(/Maximum call stack|\n\s+at .+:\d+:\d+\)?\n/);
  });
});
