/** Values read as helm reads them (YAML 1.1) and merged with helm's precedence, every node keeping its origin. */
import { describe, expect, it } from 'vitest';
import { childAt, toPlain, type LMap } from '../../src/config/located.js';
import { mergeValues } from '../../src/config/merge.js';
import { parseYamlText } from '../../src/config/yaml-file.js';

const load = (text: string, file: string): { file: string; root: LMap } => {
  const loaded = parseYamlText(text, file);
  expect(loaded.problems).toEqual([]);
  return { file, root: loaded.root! };
};

describe('mergeValues (helm precedence)', () => {
  it('merges maps deeply, replaces lists and scalars, and removes keys set to null', () => {
    const a = load('chalk:\n  metadata:\n    api_host: https://a\n    list: [1, 2]\n    keep: yes\n    drop: x\n', 'a.yaml');
    const b = load('chalk:\n  metadata:\n    api_host: https://b\n    list: [3]\n    drop: null\n', 'b.yaml');
    const merged = mergeValues([a, b]);
    expect(toPlain(merged.root)).toEqual({ chalk: { metadata: { api_host: 'https://b', list: [3], keep: true } } });
    expect(childAt(merged.root, ['chalk', 'metadata', 'api_host'])?.origin).toEqual({ file: 'b.yaml', line: 3, col: 15 });
    expect(childAt(merged.root, ['chalk', 'metadata', 'keep'])?.origin).toEqual({ file: 'a.yaml', line: 5, col: 11 });
    expect(merged.removed.get('chalk.metadata.drop')).toEqual({ file: 'b.yaml', line: 5, col: 5 });
  });

  it('forgets a removal when a later file sets the key again', () => {
    const merged = mergeValues([load('a: 1\n', 'a.yaml'), load('a: null\n', 'b.yaml'), load('a: 3\n', 'c.yaml')]);
    expect(toPlain(merged.root)).toEqual({ a: 3 });
    expect(merged.removed.size).toBe(0);
  });

  it('does not let a later file mutate an earlier layer', () => {
    const a = load('x:\n  a: 1\n', 'a.yaml');
    mergeValues([a, load('x:\n  z: 2\n', 'b.yaml')]);
    expect(toPlain(a.root)).toEqual({ x: { a: 1 } });
  });

  it('resolves anchors and aliases to the aliased value', () => {
    const merged = mergeValues([load('base: &img registry.acme.dev/chalk/frontend:1.0.0\nchalk:\n  image: *img\n', 'a.yaml')]);
    expect(toPlain(merged.root)).toMatchObject({ chalk: { image: 'registry.acme.dev/chalk/frontend:1.0.0' } });
  });
});

describe('YAML 1.1 as helm reads it', () => {
  it('reads unquoted yes/no/on/off/y as booleans, even as keys, like go-yaml v2', () => {
    const merged = mergeValues([load('a: no\nb: "no"\nc: on\ny: 1\n', 'a.yaml')]);
    expect(toPlain(merged.root)).toEqual({ a: false, b: 'no', c: true, true: 1 });
  });

  it('lets keys written in a map win over merged ones, and the first merged map over later ones', () => {
    const merged = mergeValues([load('a: &a { p: 1, q: 1 }\nb: &b { q: 2, r: 2 }\nc:\n  <<: [*a, *b]\n  p: 3\n', 'a.yaml')]);
    expect(toPlain(merged.root)).toMatchObject({ c: { p: 3, q: 1, r: 2 } });
  });
});

describe('tabs, as helm judges them', () => {
  it('accepts a tab inside a block scalar (content) and rejects a blank line holding a tab', () => {
    const at = (text: string) => parseYamlText(text, 'v.yaml').problems.map((p) => `${p.origin?.line}:${p.origin?.col} ${p.code}`);
    expect(parseYamlText('a: |\n  line\n  \twith tab\n', 'v.yaml').problems).toEqual([]);
    expect(at('a: 1\n\t\nb: 2\n')).toEqual(['2:1 yaml.tab-as-indent']);
    expect(at('a:\n\tb: 1\n')).toEqual(['2:1 yaml.tab-as-indent']);
  });
});
