/**
 * The parse runs bounded by the caller's time limit (src/bundle/worker.ts), and whatever stops it comes
 * back as a located problem; only a small file without anchors or aliases is parsed in place.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runBounded, WorkerTaskError } from '../../src/bundle/worker.js';
import { loadChalkConfig } from '../../src/config/chalk-config.js';
import { DEFAULT_PARSE_TIMEOUT_MS, loadYamlFile } from '../../src/config/yaml-file.js';
import { formatted } from './formatted.js';

vi.mock('../../src/bundle/worker.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/bundle/worker.js')>()),
  runBounded: vi.fn(),
}));

const bounded = vi.mocked(runBounded);
let dir: string;
/** An anchor sends even a small file to the worker. */
const ANCHORED = 'defaults: &d {}\nchalk: *d\n';

beforeEach(async () => {
  bounded.mockReset();
  dir = await mkdtemp(join(tmpdir(), 'chalk-yaml-'));
  await writeFile(join(dir, 'values.yaml'), ANCHORED);
});

describe('loadYamlFile, bounded', () => {
  it('hands the text to the parse-yaml worker task with the time limit given, or the default', async () => {
    bounded.mockResolvedValue({ file: 'values.yaml', problems: [] });
    await loadYamlFile(join(dir, 'values.yaml'), { displayPath: 'values.yaml', role: 'values file', timeoutMs: 4_500 });
    await loadYamlFile(join(dir, 'values.yaml'), { displayPath: 'values.yaml' });
    expect(bounded.mock.calls.map(([task, input, limits]) => [task, input, limits.timeoutMs, limits.what])).toEqual([
      ['parse-yaml', { text: ANCHORED, file: 'values.yaml', role: 'values file' }, 4_500, 'Parsing values file values.yaml'],
      ['parse-yaml', { text: ANCHORED, file: 'values.yaml', role: 'YAML file' }, DEFAULT_PARSE_TIMEOUT_MS, 'Parsing YAML file values.yaml'],
    ]);
  });

  it('parses a small file without anchors or aliases in place, and a larger one in the worker', async () => {
    bounded.mockResolvedValue({ file: 'values.yaml', problems: [] });
    await writeFile(join(dir, 'small.yaml'), 'chalk:\n  metadata: {}\n');
    const small = await loadYamlFile(join(dir, 'small.yaml'), { displayPath: 'small.yaml' });
    expect(small.root?.kind).toBe('map');
    expect(bounded).not.toHaveBeenCalled();
    await writeFile(join(dir, 'large.yaml'), `chalk:\n${'  # padding\n'.repeat(400)}  metadata: {}\n`);
    await loadYamlFile(join(dir, 'large.yaml'), { displayPath: 'large.yaml' });
    expect(bounded).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'timeout',
      'Parsing values file values.yaml did not finish within 4.5 s and was stopped.',
      'Make the file smaller and simpler, or raise the timeout input.',
    ],
    ['memory', 'Parsing values file values.yaml needed more than 1024 MB and was stopped.', 'Make the file smaller and simpler.'],
  ] as const)('turns a stopped parse (%s) into a located problem on line 1, with its fix', async (kind, message, fix) => {
    bounded.mockRejectedValue(new WorkerTaskError(kind, message, fix));
    const loaded = await loadYamlFile(join(dir, 'values.yaml'), { displayPath: 'values.yaml', role: 'values file', timeoutMs: 4_500 });
    expect(loaded.root).toBeUndefined();
    expect(loaded.problems.map((p) => [p.code, formatted(p)])).toEqual([[`yaml.parse-${kind}`, `values.yaml:1:1: ${message} Fix: ${fix}`]]);
  });

  it('never throws, even when the parse fails unexpectedly', async () => {
    bounded.mockRejectedValue(new RangeError('Maximum call stack size exceeded'));
    const loaded = await loadYamlFile(join(dir, 'values.yaml'), { displayPath: 'values.yaml', role: 'values file' });
    expect(loaded.problems.map(formatted)).toEqual([
      'values.yaml:1:1: Parsing values file values.yaml failed: Maximum call stack size exceeded Fix: Report this as a bug in chalk-actions with the log.',
    ]);
  });
});

describe('loadChalkConfig, bounded', () => {
  it("stops each file's parse a little before the caller's own time limit, so the located problem is what gets reported", async () => {
    bounded.mockResolvedValue({ file: 'values.yaml', problems: [] });
    const files = { valuesFiles: ['values.yaml'], seedFile: 'values.yaml', workingDirectory: dir, workspace: dir, allowHttp: false };
    await loadChalkConfig({ ...files, timeoutMs: 5_000 });
    await loadChalkConfig({ ...files, timeoutMs: 60_000 });
    await loadChalkConfig(files);
    expect(bounded.mock.calls.map(([, , limits]) => limits.timeoutMs)).toEqual([
      4_500,
      4_500,
      59_000,
      59_000,
      DEFAULT_PARSE_TIMEOUT_MS,
      DEFAULT_PARSE_TIMEOUT_MS,
    ]);
  });
});
