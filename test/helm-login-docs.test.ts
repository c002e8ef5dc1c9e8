/** helm-login's README must document exactly the inputs (with their defaults) and outputs action.yml declares. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readActionMetadata } from '../src/runner/action-runner.js';
import { Inputs, Outputs } from '../actions/helm-login/names.js';
import { repoRoot } from './helpers/paths.js';

const dir = join(repoRoot, 'actions', 'helm-login');
const readme = readFileSync(join(dir, 'README.md'), 'utf8');

/** Rows `| \`name\` | … |` of the table under `## heading`. */
function tableRows(heading: string): string[][] {
  const section = readme.split(`## ${heading}\n`)[1]!.split('\n## ')[0]!;
  return section
    .split('\n')
    .filter((l) => /^\| `[^`]+` \|/.test(l))
    .map((l) =>
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
}

describe('helm-login README', () => {
  it('lists every input with its default, and the names the code reads', async () => {
    const meta = await readActionMetadata(dir);
    const rows = tableRows('Inputs');
    expect(rows.map((r) => r[0]!.slice(1, -1))).toEqual(Object.keys(meta.inputs!));
    expect(Object.values(Inputs).sort()).toEqual(Object.keys(meta.inputs!).sort());
    for (const [name, def] of rows) {
      const spec = meta.inputs![name!.slice(1, -1)]!;
      const expected = spec.required ? '(required)' : spec.default ? `\`${String(spec.default)}\`` : '';
      expect(def, name).toBe(expected);
    }
  });

  it('lists every output, and the names the code writes', async () => {
    const meta = await readActionMetadata(dir);
    expect(tableRows('Outputs').map((r) => r[0]!.slice(1, -1))).toEqual(Object.keys(meta.outputs!));
    expect(Object.values(Outputs).sort()).toEqual(Object.keys(meta.outputs!).sort());
  });
});
