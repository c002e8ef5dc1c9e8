/** Splitting and keying a rendered stream without parsing it, and the parse it falls back to when unsure. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitManifest } from '../../src/plan/documents.js';
import { scanSecretData } from '../../src/plan/secrets.js';
import { toYaml } from '../../src/plan/yaml-text.js';

const keyOf = (text: string) => splitManifest(text, 'release-ns').map((d) => ({ ...d.key, parsed: d.object !== undefined }));

describe('splitManifest', () => {
  it("keys helm's output by line scan, without parsing, and keeps the Source comment", () => {
    const docs = splitManifest(
      `---\n# Source: c/templates/a.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n    name: not-this\nspec:\n  template:\n    metadata:\n      name: nor-this\n---\n# Source: c/templates/b.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  namespace: "other"\n  name: 'svc'\n`,
      'release-ns',
    );
    expect(docs.map((d) => [d.key, d.source, d.object === undefined])).toEqual([
      [{ group: 'apps', kind: 'Deployment', namespace: 'release-ns', name: 'web' }, 'c/templates/a.yaml', true],
      [{ group: '', kind: 'Service', namespace: 'other', name: 'svc' }, 'c/templates/b.yaml', true],
    ]);
  });

  it('parses a document the scan cannot key with certainty, and keys it the same', () => {
    const unsure = [
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: flow}\n',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "esc\\u0061ped"\n',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: &m\n  name: anchored\n',
      'kind: ConfigMap\nmetadata:\n  name: late\napiVersion: v1\n',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm # a comment\n',
    ];
    expect(unsure.map((t) => keyOf(t)[0])).toEqual([
      { group: '', kind: 'ConfigMap', namespace: 'release-ns', name: 'flow', parsed: true },
      { group: '', kind: 'ConfigMap', namespace: 'release-ns', name: 'escaped', parsed: true },
      { group: '', kind: 'ConfigMap', namespace: 'release-ns', name: 'anchored', parsed: true },
      { group: '', kind: 'ConfigMap', namespace: 'release-ns', name: 'late', parsed: false },
      { group: '', kind: 'ConfigMap', namespace: 'release-ns', name: 'cm', parsed: true },
    ]);
  });

  it('splits only on marker lines: not on --- inside a block scalar, and on ... and --- with a comment', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  x: |\n    ---\n    not a document\n...\n--- # next\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n---\n# only a comment\n---\n`;
    const docs = splitManifest(text, 'ns');
    expect(docs.map((d) => d.key.name)).toEqual(['a', 'b']);
    expect(parse(docs[0]!.body)).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, data: { x: '---\nnot a document\n' } });
  });

  it('expands a List into keyed items', () => {
    const docs = splitManifest(
      'apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: ConfigMap, metadata: {name: x}}\n- {apiVersion: v1, kind: Secret, metadata: {name: y, namespace: z}}\n',
      'ns',
    );
    expect(docs.map((d) => `${d.key.kind} ${d.key.namespace}/${d.key.name}`)).toEqual(['ConfigMap ns/x', 'Secret z/y']);
  });
});

describe('scanSecretData', () => {
  it('reads plain data and stringData lines as parsing would', () => {
    const body = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  A: YWJj\n  B: "ZGVm"\nstringData:\n  C: plain-text\n  D: 'quoted text'\ntype: Opaque\n`;
    expect(Object.fromEntries(scanSecretData(body)!)).toEqual({
      A: 'YWJj',
      B: 'ZGVm',
      C: Buffer.from('plain-text').toString('base64'),
      D: Buffer.from('quoted text').toString('base64'),
    });
  });

  it('gives up (so the Secret is parsed) on anything but plain lines', () => {
    expect(scanSecretData('kind: Secret\nstringData:\n  cert: |\n    -----BEGIN\n')).toBeUndefined();
    expect(scanSecretData('kind: Secret\ndata: {A: YWJj}\n')).toBeUndefined();
    expect(scanSecretData('kind: Secret\nstringData:\n  port: 5432\n')).toBeUndefined();
    expect(scanSecretData('kind: Secret\nmetadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: "{}"\n')).toBeUndefined();
  });
});

describe('toYaml (the canonical text of the diff)', () => {
  const tricky = [
    'plain',
    'true',
    'no',
    'null',
    '~',
    '',
    ' leading',
    'trailing ',
    '123',
    '0o17',
    '1e3',
    '.5',
    '2024-01-01',
    '1:20',
    'a: b',
    'a #b',
    '#x',
    '- item',
    '[x]',
    '{y}',
    '*alias',
    '&anchor',
    '!tag',
    '%d',
    '@at',
    '`tick',
    '"q"',
    "'q'",
    'line\nbreak\n',
    'no final newline\nhere',
    'two newlines\n\n',
    '  indented first\nline\n',
    '\nleading newline',
    'tab\there',
    'ctrl\u0001char\nx',
    'ünïcode ✓',
    'x'.repeat(300),
  ];

  it('reads back as the same value, whatever the strings', () => {
    const value = {
      apiVersion: 'v1',
      map: Object.fromEntries(tricky.map((s, i) => [`k${i}`, s])),
      keys: Object.fromEntries(tricky.filter(Boolean).map((s, i) => [s, i])),
      list: [...tricky, 1, 2.5, -3, true, false, null, [], {}, [['nested']], [{ a: 1, b: [1, 2] }], { list: [{ name: 'n', value: 'line\nbreak' }] }],
      empty: { map: {}, list: [] },
    };
    expect(parse(toYaml(value))).toEqual(value);
  });

  it('writes one line per scalar and multi-line text as a block literal', () => {
    expect(toYaml({ data: { 'seed.yaml': 'teams:\n  - id: acme\n' }, count: 1 })).toBe('data:\n  seed.yaml: |\n    teams:\n      - id: acme\ncount: 1\n');
  });
});
