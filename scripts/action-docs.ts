/**
 * Generates the inputs and outputs tables of each actions/<name>/README.md from its action.yml,
 * between `<!-- action-docs:inputs -->`/`<!-- /action-docs:inputs -->` (and `outputs`) markers.
 * `tsx scripts/action-docs.ts` rewrites them; the test suite fails when a README is stale.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { ActionMetadata } from '../src/runner/action-runner.js';
import { table } from '../src/report/markdown.js';

export const SECTIONS = ['inputs', 'outputs'] as const;

export function renderSection(meta: ActionMetadata, section: (typeof SECTIONS)[number]): string {
  if (section === 'inputs') {
    const rows = Object.entries(meta.inputs ?? {}).map(([name, spec]) => [
      `\`${name}\``,
      spec.required ? 'yes' : 'no',
      spec.default === undefined || spec.default === '' ? '' : `\`${String(spec.default)}\``,
      (spec.description ?? '').trim(),
    ]);
    return rows.length ? table(['Input', 'Required', 'Default', 'Description'], rows) : '_None._';
  }
  const rows = Object.entries(meta.outputs ?? {}).map(([name, spec]) => [`\`${name}\``, (spec.description ?? '').trim()]);
  return rows.length ? table(['Output', 'Description'], rows) : '_None._';
}

/** The README with its generated sections replaced; throws when a marker pair is missing. */
export function updateReadme(readme: string, meta: ActionMetadata, file: string): string {
  let out = readme;
  for (const section of SECTIONS) {
    const open = `<!-- action-docs:${section} -->`;
    const close = `<!-- /action-docs:${section} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(`${file}: add the markers ${open} and ${close} where the ${section} table belongs.`);
    out = `${out.slice(0, start + open.length)}\n${renderSection(meta, section)}\n${out.slice(end)}`;
  }
  return out;
}

export async function actionDirs(root: string): Promise<string[]> {
  const entries = await readdir(join(root, 'actions'), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => join(root, 'actions', e.name));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = join(import.meta.dirname, '..');
  for (const dir of await actionDirs(root)) {
    const meta = parse(await readFile(join(dir, 'action.yml'), 'utf8')) as ActionMetadata;
    const file = join(dir, 'README.md');
    const readme = await readFile(file, 'utf8');
    const next = updateReadme(readme, meta, file);
    if (next !== readme) {
      await writeFile(file, next);
      console.log(`updated ${file}`);
    }
  }
}
