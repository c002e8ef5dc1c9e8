/** What the config loader says about helm, checked against the real helm of each supported major. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toPlain } from '../../src/config/located.js';
import { parseYamlText } from '../../src/config/yaml-file.js';
import { HELM_MAJORS, helmOf } from '../helpers/helm.js';
import { CONFIG_FIXTURES } from './hostile-inputs.js';

let chart: string;

beforeAll(async () => {
  chart = await mkdtemp(join(tmpdir(), 'chalk-yaml-chart-'));
  await mkdir(join(chart, 'templates'), { recursive: true });
  await writeFile(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: probe\nversion: 0.1.0\n');
  await writeFile(join(chart, 'templates', 'values.yaml'), 'values: {{ toJson .Values | quote }}\n');
});

/** helm's rendering of `text` as a values file: the values it read, or its error. */
async function helmReads(helm: string, text: string): Promise<{ values?: unknown; error?: string }> {
  const file = join(await mkdtemp(join(tmpdir(), 'chalk-yaml-')), 'values.yaml');
  await writeFile(file, text);
  try {
    const { stdout } = await promisify(execFile)(helm, ['template', chart, '-f', file]);
    return { values: JSON.parse((parse(stdout) as { values: string }).values) as unknown };
  } catch (err) {
    return { error: (err as { stderr?: string }).stderr ?? String(err) };
  }
}

describe.each(HELM_MAJORS)('helm %i', (major) => {
  const helm = () => helmOf(major);

  it('reads exactly the values chalk-actions reads (YAML 1.1 scalars, Go octals, merge keys, alias keys)', async () => {
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
      'named: &name aliased_key',
      '*name : an alias as a key',
      '',
    ].join('\n');
    const loaded = parseYamlText(text, 'values.yaml');
    expect(loaded.problems).toEqual([]);
    expect(toPlain(loaded.root!)).toEqual((await helmReads(helm(), text)).values);
  });

  it('keeps only the last of duplicate keys, as the fix of the duplicate-key error says', async () => {
    expect(parseYamlText('a: 1\na: 2\n', 'values.yaml').problems[0]?.fix).toBe('Remove one of the duplicate keys; helm would silently keep only the last.');
    expect((await helmReads(helm(), 'a: 1\na: 2\n')).values).toEqual({ a: 2 });
  });

  it.each(['billion-laughs.yaml', 'self-alias.yaml', 'unknown-anchor.yaml'])('refuses %s with the words chalk-actions quotes', async (name) => {
    const text = await readFile(join(CONFIG_FIXTURES, name), 'utf8');
    const [problem, ...others] = parseYamlText(text, 'values.yaml').problems;
    expect(others).toEqual([]);
    const quoted = /\("([^"]+)"\)/.exec(problem!.message)?.[1];
    expect(quoted).toBeDefined();
    const { error } = await helmReads(helm(), text);
    expect(error).toContain(`yaml: ${quoted!}`);
  });
});
