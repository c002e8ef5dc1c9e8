/** Engine-level behaviour of the config modules that the bundle corpus does not pin down case by case. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseImageReference } from '../src/config/image-reference.js';
import { childAt, toPlain, type LMap } from '../src/config/located.js';
import { mergeValues } from '../src/config/merge.js';
import { closest } from '../src/config/node-rules.js';
import { parseYamlText } from '../src/config/yaml-file.js';

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

describe('parseImageReference', () => {
  it.each([
    ['nginx', { path: 'nginx' }],
    ['localhost:5000/chalk/frontend:1.2.3', { domain: 'localhost:5000', path: 'chalk/frontend', tag: '1.2.3' }],
    [
      '754784422779.dkr.ecr.us-east-1.amazonaws.com/chalk/frontend:v1',
      { domain: '754784422779.dkr.ecr.us-east-1.amazonaws.com', path: 'chalk/frontend', tag: 'v1' },
    ],
    [
      `us-docker.pkg.dev/chalk-prod/images/frontend@sha256:${'a'.repeat(64)}`,
      { domain: 'us-docker.pkg.dev', path: 'chalk-prod/images/frontend', digest: `sha256:${'a'.repeat(64)}` },
    ],
    ['ghcr.io/a__b/c-d.e:tag_1', { domain: 'ghcr.io', path: 'a__b/c-d.e', tag: 'tag_1' }],
  ])('accepts %s', (text, ref) => {
    expect(parseImageReference(text)).toEqual({ ok: true, ref });
  });

  it.each([
    ['', 'it is empty'],
    ['registry.acme.dev//frontend:1', 'the repository path has an empty component'],
    ['registry.acme.dev:port/frontend', 'the registry port "port" is not a number'],
    [
      'registry.acme.dev/front--end_:1',
      `the repository component "front--end_" is invalid: only lowercase letters, digits and single '.', '_' or '-' separators are allowed`,
    ],
  ])('rejects %j', (text, reason) => {
    expect(parseImageReference(text)).toEqual({ ok: false, reason });
  });
});

describe('closest', () => {
  it('suggests keys that differ by case, separators or two edits, and nothing else', () => {
    expect(closest('apiHost', ['api_host', 'frontend_host'])).toBe('api_host');
    expect(closest('frontend-host', ['api_host', 'frontend_host'])).toBe('frontend_host');
    expect(closest('database', ['api_host', 'frontend_host'])).toBeUndefined();
  });
});

describe('YAML read as helm reads it (YAML 1.1)', () => {
  it('gives exactly the values the real helm renders for the same file', async () => {
    const text = [
      'sexagesimal: 1:20',
      'date: 2001-12-14',
      'go_octal: 0o17',
      'octal: 017',
      'hex: 0x1F',
      'underscores: 1_000',
      'binary: 0b101',
      'y: y',
      'answer: no',
      'quoted: "no"',
      'tilde: ~',
      'exp: 1e3',
      'defaults: &defaults',
      '  api_host: https://api.acme.dev',
      '  frontend_host: https://chalk.acme.dev',
      'chalk:',
      '  metadata:',
      '    <<: *defaults',
      '    frontend_host: https://app.acme.dev',
      '',
    ].join('\n');
    const dir = await mkdtemp(join(tmpdir(), 'chalk-yaml-'));
    await mkdir(join(dir, 'chart', 'templates'), { recursive: true });
    await writeFile(join(dir, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: probe\nversion: 0.1.0\n');
    await writeFile(join(dir, 'chart', 'templates', 'values.yaml'), 'values: {{ toJson .Values | quote }}\n');
    await writeFile(join(dir, 'values.yaml'), text);
    const { stdout } = await promisify(execFile)(process.env.TESTBED_HELM!, ['template', join(dir, 'chart'), '-f', join(dir, 'values.yaml')]);
    const helmValues = JSON.parse((parse(stdout) as { values: string }).values) as unknown;
    expect(toPlain(load(text, 'values.yaml').root)).toEqual(helmValues);
  });

  it('reads unquoted yes/no/on/off/y as booleans, even as keys, like go-yaml v2', () => {
    const merged = mergeValues([load('a: no\nb: "no"\nc: on\ny: 1\n', 'a.yaml')]);
    expect(toPlain(merged.root)).toEqual({ a: false, b: 'no', c: true, true: 1 });
  });
});

describe('tabs, as helm judges them', () => {
  it('accepts a tab inside a block scalar (content) and rejects a blank line holding a tab', () => {
    expect(parseYamlText('a: |\n  line\n  \twith tab\n', 'v.yaml').problems).toEqual([]);
    expect(parseYamlText('a: 1\n\t\nb: 2\n', 'v.yaml').problems.map((p) => `${p.origin?.line}:${p.origin?.col} ${p.code}`)).toEqual(['2:1 yaml.tab-as-indent']);
    expect(parseYamlText('a:\n\tb: 1\n', 'v.yaml').problems.map((p) => `${p.origin?.line}:${p.origin?.col} ${p.code}`)).toEqual(['2:1 yaml.tab-as-indent']);
  });
});
