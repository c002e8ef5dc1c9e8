/** Hostile YAML is refused quickly with a located problem: alias bombs, self-aliases, unknown anchors, deep nesting, huge files. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/config/located.js';
import { loadYamlFile, MAX_YAML_BYTES, parseYamlText } from '../../src/config/yaml-file.js';
import { allowedAliasRatio, MAX_DEPTH } from '../../src/config/yaml-tree.js';
import { formatted } from './formatted.js';
import { aliasBomb, CONFIG_FIXTURES, deepBlock, deepFlow, manyKeys } from './hostile-inputs.js';

const located = (text: string) => parseYamlText(text, 'values.yaml', 'values file').problems.map(formatted);

describe('alias expansion, bounded as helm bounds it', () => {
  it('refuses the billion laughs (9 levels of 9 aliases) at once, at the alias whose expansion crosses the budget', async () => {
    const text = await readFile(join(CONFIG_FIXTURES, 'billion-laughs.yaml'), 'utf8');
    const loaded = parseYamlText(text, 'values.yaml', 'values file');
    expect(loaded.root).toBeUndefined();
    expect(loaded.problems.map(formatted)).toEqual([
      'values.yaml:8:20: values file values.yaml contains excessive aliasing, as helm refuses it ("document contains excessive aliasing"): ' +
        'expanding *c copies anchored values far beyond the size of the file. ' +
        'Fix: Write the repeated values out, or alias only small blocks a few times; aliases of aliases multiply.',
    ]);
  });

  it('refuses a wide bomb and a deep one alike', () => {
    expect(located(aliasBomb(3, 1000))).toEqual([expect.stringMatching(/^values\.yaml:2:\d+: .*excessive aliasing/)]);
    expect(located(aliasBomb(40, 2))).toEqual([expect.stringMatching(/excessive aliasing/)]);
  });

  it('accepts ordinary reuse: a block aliased many times, merge keys, aliases of aliases', () => {
    const block = Array.from({ length: 20 }, (_, i) => `  k${i}: v${i}`).join('\n');
    const uses = Array.from({ length: 50 }, (_, i) => `use${i}:\n  <<: *base\n  own: ${i}`).join('\n');
    const loaded = parseYamlText(`base: &base\n${block}\n${uses}\nlist: &l [*base, *base]\nagain: *l\n`, 'values.yaml');
    expect(loaded.problems).toEqual([]);
    expect(toPlain(loaded.root!)).toMatchObject({ use49: { k0: 'v0', k19: 'v19', own: 49 }, again: [{ k3: 'v3' }, { k3: 'v3' }] });
  });

  it("follows go-yaml's allowance: 99 % of small documents may come from aliases, 10 % of huge ones", () => {
    expect(allowedAliasRatio(1_000)).toBe(0.99);
    expect(allowedAliasRatio(400_000)).toBe(0.99);
    expect(allowedAliasRatio(2_200_000)).toBeCloseTo(0.545);
    expect(allowedAliasRatio(4_000_000)).toBe(0.1);
    expect(allowedAliasRatio(40_000_000)).toBe(0.1);
  });

  it('refuses an alias inside its own anchor, naming it as helm does', async () => {
    const text = await readFile(join(CONFIG_FIXTURES, 'self-alias.yaml'), 'utf8');
    expect(located(text)).toEqual([
      `values.yaml:5:14: values file values.yaml holds the alias *frontend inside its own anchor &frontend, so its value never ends; helm refuses it ("anchor 'frontend' value contains itself"). ` +
        'Fix: Point the alias at another anchor, or write the value out.',
    ]);
    expect(located('a: &a [[[*a]]]\n')).toEqual([expect.stringMatching(/^values\.yaml:1:10: .*alias \*a inside its own anchor &a/)]);
  });

  it('refuses an alias to an anchor not defined above it, as helm does', async () => {
    const text = await readFile(join(CONFIG_FIXTURES, 'unknown-anchor.yaml'), 'utf8');
    expect(located(text)).toEqual([
      `values.yaml:3:15: YAML error in values.yaml: the alias *api refers to no anchor &api defined above it; helm refuses the file ("unknown anchor 'api' referenced"). ` +
        'Fix: Define the anchor (&api) on a value above this line, or remove the alias.',
    ]);
  });

  it('resolves an alias to the latest anchor of that name above it', () => {
    expect(toPlain(parseYamlText('a: &x 1\nb: *x\nc: &x 2\nd: *x\n', 'v.yaml').root!)).toEqual({ a: 1, b: 1, c: 2, d: 2 });
  });
});

describe('nesting, bounded without exhausting the stack', () => {
  it.each([
    ['100,000 unclosed [', deepFlow(100_000), `values.yaml:1:${MAX_DEPTH + 4}`],
    ['100,000 nested block lists on one line', deepBlock(100_000), 'values.yaml:1:514'],
    ['1,000 nested maps', Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'), `values.yaml:${MAX_DEPTH + 1}:`],
  ])('refuses %s with a located error', (_name, text, where) => {
    const problems = located(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^${where}.* values file values\\.yaml nests more than ${MAX_DEPTH} levels deep; chalk-actions reads at most ${MAX_DEPTH}\\.`),
    );
  });

  it('reads nesting up to the limit', () => {
    const depth = MAX_DEPTH - 2;
    const loaded = parseYamlText(`a: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`, 'v.yaml');
    expect(loaded.problems).toEqual([]);
  });

  it('refuses nesting that only grows past the limit through aliases, at the alias', () => {
    const half = Math.ceil(MAX_DEPTH / 2) + 1;
    const text = `a: &a ${'['.repeat(half)}1${']'.repeat(half)}\nb: ${'['.repeat(half)}*a${']'.repeat(half)}\n`;
    expect(located(text)).toEqual([
      expect.stringMatching(new RegExp(`^values\\.yaml:2:${half + 4}: .*nests more than ${MAX_DEPTH} levels deep once \\*a is expanded`)),
    ]);
  });
});

describe('file size and file kind', () => {
  it('refuses 500,000 keys by the size limit before parsing, with the fix', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chalk-yaml-'));
    const text = manyKeys(500_000);
    expect(text.length).toBeGreaterThan(MAX_YAML_BYTES);
    await writeFile(join(dir, 'values.yaml'), text);
    const loaded = await loadYamlFile(join(dir, 'values.yaml'), { displayPath: 'values.yaml', role: 'values file' });
    expect(loaded.problems.map(formatted)).toEqual([
      'values.yaml:1:1: values file values.yaml is 8.4 MiB; chalk-actions reads YAML files of at most 5 MiB, the limit helm sets for each file of a chart. ' +
        'Fix: Split it into smaller values files (list each one in the inputs), or remove what the chart does not read.',
    ]);
  });

  it('reads a file of exactly the limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chalk-yaml-'));
    const head = 'chalk: {}\n# ';
    await writeFile(join(dir, 'values.yaml'), `${head}${'x'.repeat(MAX_YAML_BYTES - head.length - 1)}\n`);
    const loaded = await loadYamlFile(join(dir, 'values.yaml'));
    expect(loaded.problems).toEqual([]);
    expect(toPlain(loaded.root!)).toEqual({ chalk: {} });
  });

  it('refuses a device instead of reading it without end', async () => {
    const loaded = await loadYamlFile('/dev/zero', { displayPath: 'values.yaml', role: 'values file' });
    expect(loaded.problems.map((p) => `${p.code} ${p.message}`)).toEqual([
      'yaml.missing-file values file values.yaml is not a regular file (a device, pipe or socket).',
    ]);
  });
});

describe('key checks, linear and capped', () => {
  it('finds duplicate keys by the key helm ends up with, where the second one is written', () => {
    expect(located('a: 1\nb: 2\n"a": 3\n1: x\n"1": y\n')).toEqual([
      'values.yaml:3:1: YAML syntax error in values.yaml: the key "a" appears twice in the same map. Fix: Remove one of the duplicate keys; helm would silently keep only the last.',
      'values.yaml:5:1: YAML syntax error in values.yaml: the key "1" appears twice in the same map. Fix: Remove one of the duplicate keys; helm would silently keep only the last.',
    ]);
  });

  it('sees the key an alias used as a key stands for', () => {
    expect(located('a: &k foo\nfoo: 1\n*k : 2\n')).toEqual([expect.stringMatching(/^values\.yaml:3:1: .*the key "foo" appears twice/)]);
  });

  it('reports the first 20 of 10,000 duplicate keys and counts the rest', () => {
    const problems = parseYamlText('a: 1\n'.repeat(10_001), 'values.yaml').problems;
    expect(problems).toHaveLength(21);
    expect(problems.slice(0, 20).every((p) => p.code === 'yaml.duplicate-key')).toBe(true);
    expect(formatted(problems[20]!)).toBe(
      'values.yaml:22:1: values.yaml has 9980 more YAML problems, not listed. Fix: Fix the problems above first; later ones often follow from them.',
    );
  });

  it('keeps every one of 20,000 keys', () => {
    const loaded = parseYamlText(manyKeys(20_000), 'values.yaml');
    expect(loaded.problems).toEqual([]);
    expect(loaded.root!.entries.size).toBe(20_000);
    expect(loaded.root!.entries.get('key19999')?.keyOrigin).toEqual({ file: 'values.yaml', line: 20_000, col: 1 });
  });
});
