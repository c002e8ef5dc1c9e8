/** Where a render failure points in the values files: the value or the map it is missing from, or the file that does not parse. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateRenderError } from '../../src/plan/locate.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-locate-'));
function file(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return { path, display: name };
}
const GUIDE_ERROR = 'execution error at (chalk-metadata-plane/templates/frontend/deployment.yaml:2:4): Value chalk.metadata.frontend.image is required';

describe('locateRenderError', () => {
  it('points at the key of the deepest map that exists on the path helm names, in the file that supplies it', async () => {
    const values = file('values.yaml', 'chalk:\n  metadata:\n    api_host: https://api.example.com\n');
    const seed = file('seed.yaml', 'chalk:\n  metadata:\n    frontend:\n      replicas: 2\n');
    expect(await locateRenderError(GUIDE_ERROR, [values, seed])).toEqual({ file: 'seed.yaml', line: 3, col: 5 });
  });

  it('points at the value itself when it is there (an empty image)', async () => {
    const values = file('empty.yaml', 'chalk:\n  metadata:\n    frontend:\n      image: ""\n');
    expect(await locateRenderError(GUIDE_ERROR, [values])).toEqual({ file: 'empty.yaml', line: 4, col: 14 });
  });

  it('points at a values file that does not parse', async () => {
    const broken = file('broken.yaml', 'chalk:\n  metadata: [unclosed\n');
    const origin = await locateRenderError('failed to parse broken.yaml: error converting YAML to JSON', [file('ok.yaml', 'a: 1\n'), broken]);
    expect(origin?.file).toBe('broken.yaml');
    expect(origin?.line).toBe(2);
  });

  it('falls back to the first values file when the message names no values path, and to nothing without files', async () => {
    expect(await locateRenderError('template: x.yaml:3: function "nope" not defined', [file('v.yaml', 'a: 1\n')])).toEqual({ file: 'v.yaml', line: 1, col: 1 });
    expect(await locateRenderError(GUIDE_ERROR, [])).toBeUndefined();
  });
});
