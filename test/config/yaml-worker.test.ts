/** The parse as the bundle runs it: in a worker thread of dist/index.js, stopped at its time limit. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { setBundleLocation } from '../../src/bundle/worker.js';
import { childAt } from '../../src/config/located.js';
import { loadYamlFile } from '../../src/config/yaml-file.js';
import { repoRoot } from '../helpers/paths.js';
import { formatted } from './formatted.js';
import { manyKeys } from './hostile-inputs.js';

let dir: string;

beforeAll(async () => {
  // As dist/preflight/main.js does: the bundle beside it serves the worker tasks.
  const dist = resolve(process.env.CHALK_ACTIONS_DIST ?? join(repoRoot, 'dist'));
  setBundleLocation(pathToFileURL(join(dist, 'preflight', 'main.js')).href);
  dir = await mkdtemp(join(tmpdir(), 'chalk-yaml-'));
});

describe('loadYamlFile in the bundle', () => {
  it('returns the located tree from the worker', async () => {
    await writeFile(join(dir, 'small.yaml'), 'chalk:\n  metadata:\n    api_host: https://api.acme.dev\n');
    const loaded = await loadYamlFile(join(dir, 'small.yaml'), { displayPath: 'small.yaml', timeoutMs: 30_000 });
    expect(loaded.problems).toEqual([]);
    expect(childAt(loaded.root, ['chalk', 'metadata', 'api_host'])).toMatchObject({
      value: 'https://api.acme.dev',
      origin: { file: 'small.yaml', line: 3, col: 15 },
    });
  });

  it('stops a parse that outlives its time limit, and reports it on the file', async () => {
    // 300,000 keys: under the size limit, and seconds of parsing.
    await writeFile(join(dir, 'values.yaml'), manyKeys(300_000));
    const started = performance.now();
    const loaded = await loadYamlFile(join(dir, 'values.yaml'), { displayPath: 'values.yaml', role: 'values file', timeoutMs: 300 });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(loaded.problems.map((p) => [p.code, formatted(p)])).toEqual([
      [
        'yaml.parse-timeout',
        'values.yaml:1:1: Parsing values file values.yaml did not finish within 0.3 s and was stopped. ' +
          'Fix: Make the file smaller and simpler (no deep alias chains), or raise the timeout input.',
      ],
    ]);
  });
});
