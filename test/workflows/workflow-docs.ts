/**
 * The inputs, secrets and outputs tables of docs/workflows.md, rendered from each reusable workflow's
 * workflow_call block, between `<!-- workflow-docs:<file>:<section> -->` and `<!-- /workflow-docs -->` markers.
 * `npx tsx test/workflows/workflow-docs.ts` rewrites them; a unit test fails when they are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../helpers/paths.js';
import { REUSABLE, reusable } from './workflow-files.js';

export const DOCS = join(repoRoot, 'docs', 'workflows.md');
const SECTIONS = ['inputs', 'secrets', 'outputs'] as const;

const cell = (text: unknown): string =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (text: unknown): string => (text === undefined || text === '' ? '' : `\`${cell(text)}\``);

export function renderSection(file: string, section: (typeof SECTIONS)[number]): string {
  const call = reusable(file).doc.on.workflow_call!;
  if (section === 'inputs') {
    const rows = Object.entries(call.inputs ?? {}).map(
      ([name, s]) => `| \`${name}\` | ${s.type} | ${s.required ? 'required' : code(s.default)} | ${cell(s.description)} |`,
    );
    return ['| Input | Type | Default | Description |', '| --- | --- | --- | --- |', ...rows].join('\n');
  }
  if (section === 'secrets') {
    const rows = Object.entries(call.secrets ?? {}).map(([name, s]) => `| \`${name}\` | ${s.required ? 'yes' : 'no'} | ${cell(s.description)} |`);
    return rows.length ? ['| Secret | Required | Description |', '| --- | --- | --- |', ...rows].join('\n') : 'None.';
  }
  const rows = Object.entries(call.outputs ?? {}).map(([name, s]) => `| \`${name}\` | ${cell(s.description)} |`);
  return rows.length ? ['| Output | Description |', '| --- | --- |', ...rows].join('\n') : 'None.';
}

/** docs/workflows.md with every marked table rendered again. */
export function updateDocs(text: string): string {
  let out = text;
  for (const file of REUSABLE) {
    for (const section of SECTIONS) {
      const open = `<!-- workflow-docs:${file}:${section} -->`;
      const start = out.indexOf(open);
      if (start < 0) throw new Error(`${DOCS}: no ${open} marker`);
      const end = out.indexOf('<!-- /workflow-docs -->', start);
      out = `${out.slice(0, start + open.length)}\n${renderSection(file, section)}\n${out.slice(end)}`;
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(DOCS, updateDocs(readFileSync(DOCS, 'utf8')));
