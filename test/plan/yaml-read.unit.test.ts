/** The fast reader gives exactly what the yaml package's full parse gives, and leaves to it what it does not handle. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readYaml } from '../../src/plan/yaml-read.js';
import { toYaml } from '../../src/plan/yaml-text.js';

const same = (text: string) => expect(readYaml(text)).toStrictEqual(parse(text, { prettyErrors: false }));

const SCALARS = [
  '~',
  'null',
  'Null',
  'NULL',
  'nul',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'yes',
  'on',
  'no',
  '0',
  '-12',
  '+7',
  '007',
  '0o17',
  '0O17',
  '0x1F',
  '0X1f',
  '1.5',
  '.5',
  '5.',
  '1e3',
  '1.2E-3',
  '-.inf',
  '.Inf',
  '.NaN',
  '.nan',
  '1_000',
  '12345678901234567890',
  '2024-01-01',
  '1:20',
  'plain text',
  '"double \\"quoted\\" \\u00e9 \\n"',
  "'single ''quoted'''",
  "''",
  '""',
  '"123"',
  "'true'",
];

describe('readYaml', () => {
  it('resolves every kind of scalar as the core schema does', () => {
    for (const s of SCALARS) {
      same(`value: ${s}\n`);
      same(`list: [${s}]\n`);
      same(`- ${s}\n`);
    }
  });

  it('reads block and flow collections, block scalars, comments and empty values the same', () => {
    same(`# head
apiVersion: apps/v1 # trailing
kind: Deployment
metadata: {name: web, labels: {a: "1", b: ~}}
spec:
  empty:
  emptyFlow: {}
  emptyList: []
  containers:
  - name: a
    args: [--x, "--y=1", 3]
    command:
      - sh
      -
      - -c
  literal: |
    line 1
      indented
    last
  keep: |+
    kept

  strip: >-
    folded
    text
  indicator: |2
      two spaces
  1: numeric key
  true: bool key
  ~: null key
  "quoted key": v
  ? |
    block key
  : v
`);
    same('---\na: 1\n...\n');
    same('');
    same('# only a comment\n');
    same('[1, {a: 2}, [3]]\n');
  });

  it('leaves anchors, aliases, tags, duplicate keys and syntax errors to the full parse', () => {
    same('a: &x {b: 1}\nc: *x\n');
    same('a: !!str 123\nb: !!int "7"\n');
    same('%YAML 1.2\n---\na: 1\n');
    same('<<: {a: 1}\nb: 2\n');
    expect(() => readYaml('a: 1\na: 2\n')).toThrow();
    expect(() => readYaml('a: [1, 2\n')).toThrow();
    expect(() => readYaml('a: 1\n---\nb: 2\n')).toThrow();
  });

  it('agrees with the full parse on the canonical text of random values', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const value = (depth: number): unknown => {
      const pick = rand(depth > 3 ? 3 : 6);
      if (pick === 0) return SCALARS[rand(SCALARS.length)]!.replace(/^["']|["']$/g, '');
      if (pick === 1) return rand(1000) - 500;
      if (pick === 2) return [true, false, null, 1.25, 'multi\nline\n', ' spaced '][rand(6)];
      if (pick === 3) return Array.from({ length: rand(4) }, () => value(depth + 1));
      return Object.fromEntries(
        Array.from({ length: rand(5) }, (_, i) => [`${SCALARS[rand(SCALARS.length)]!.replace(/^["']|["']$/g, '')}${i}`, value(depth + 1)]),
      );
    };
    for (let i = 0; i < 150; i++) {
      const text = toYaml({ root: value(0) });
      same(text);
    }
  });
});
