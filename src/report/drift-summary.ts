/**
 * A drift report as people read it: the job summary, the drift issue's body, its closing comment and
 * the log's headline. One section per release with its three parts (desired vs deployed, deployed vs
 * live, missing) as compact tables, then one <details> per drifted object with its ```diff. Bodies are
 * fitted with whole sections (body-size.ts): the totals and every release's tables are kept before any
 * diff. A Secret shows which keys differ and never a value or a length.
 */
import type { DriftReport, ReleaseDrift } from '../drift/types.js';
import type { FieldChange, ObjectChange } from '../plan/types.js';
import { objectLabel } from '../plan/text-diff.js';
import { COMMENT_BODY_LIMIT, fitBody, SUMMARY_LIMIT, type BodyParts } from './body-size.js';
import { code, escapeHtml, table } from './markdown.js';
import { fenced } from './plan-summary.js';
import { redact } from './secrets.js';

/** Kept free under the summary limit for writeSummary's own notes. */
const SUMMARY_MARGIN = 8 * 1024;
/** Field rows per table before it says "and N more" (the report file has them all). */
const MAX_ROWS = 40;
const MAX_VALUE = 120;
const SIGN: Record<string, string> = { added: '+', changed: '~', removed: '-', renamed: '→', kept: '⊘', ignored: '·' };

export interface DriftContext {
  environment?: string;
  /** The run's page. */
  runUrl?: string;
  /** Where the whole report is (the job summary names it). */
  reportFile?: string;
}

/** The job summary: everything that fits in 1 MiB, then a pointer to the report file. */
export function driftSummary(report: DriftReport, context: DriftContext): string {
  const pointer = (n: number) =>
    `_… ${n} more object diff${n === 1 ? '' : 's'} left out to stay under GitHub's 1 MiB summary limit${context.reportFile ? `: every difference is in ${code(context.reportFile)}` : ''}._`;
  return fitBody(bodyParts(report, context, pointer), SUMMARY_LIMIT - SUMMARY_MARGIN).body;
}

/** The drift issue: a title that stays the same while the release set drifts, and a body under GitHub's limit (without its marker). */
export function driftIssue(report: DriftReport, context: DriftContext): { title: string; body: string } {
  const names = report.releases.map((r) => r.release);
  const subject = names.length <= 3 ? names.join(', ') : `${names.length} releases`;
  const title = `Chalk drift${context.environment ? ` in ${context.environment}` : ''}: ${subject}`;
  const pointer = (n: number) =>
    `_… ${n} more object diff${n === 1 ? '' : 's'} not shown (GitHub's issue size limit)${context.runUrl ? `: see the job summary of [the run](${context.runUrl})` : ': see the job summary'}._`;
  return { title: redact(title), body: fitBody(bodyParts(report, context, pointer), COMMENT_BODY_LIMIT).body };
}

/** Said on the drift issue before it is closed by a clean run. */
export function resolvedComment(report: DriftReport, context: DriftContext): string {
  const releases = report.releases.map((r) => `${code(r.release)} in ${code(r.namespace)}`).join(', ');
  return redact(`No drift found${context.runUrl ? ` by [this run](${context.runUrl})` : ''} in ${releases}: the cluster matches the files again. Closing.`);
}

/** One line for the log. */
export function driftHeadline(report: DriftReport): string {
  const c = report.counts;
  const state = !report.ok
    ? `${c.errors} of ${c.releases} release${c.releases === 1 ? '' : 's'} could not be checked`
    : report.drifted
      ? 'drift found'
      : 'no drift';
  return `Drift check: ${state} — ${c.desired} desired vs deployed, ${c.live} deployed vs live, ${c.missing} missing, ${c.ignored} ignored difference${c.ignored === 1 ? '' : 's'}.`;
}

function bodyParts(report: DriftReport, context: DriftContext, pointer: (omitted: number) => string): BodyParts {
  const c = report.counts;
  const state = report.drifted ? `**${c.total} drift finding${c.total === 1 ? '' : 's'}**` : report.ok ? '**No drift**' : '**Not checked**';
  const facts = [state, ...(report.ok ? [] : [`${c.errors} release${c.errors === 1 ? '' : 's'} could not be checked`]), report.createdAt];
  const header = [`## Drift check${context.environment ? `: ${escapeHtml(context.environment)}` : ''}`, facts.join(' · ')].join('\n\n');
  const rows = report.releases.map((r) => [
    code(r.release),
    code(r.namespace),
    r.status,
    String(r.counts.desired),
    String(r.counts.live),
    String(r.counts.missing),
    String(r.counts.ignored),
  ]);
  const totals = table(['Release', 'Namespace', 'Status', 'Desired vs deployed', 'Deployed vs live', 'Missing', 'Ignored'], rows);
  const many = report.releases.length > 1;
  return {
    header: redact(header),
    counts: redact([totals, ...report.releases.map(releaseSection)].join('\n\n')),
    sections: report.releases.flatMap((r) => [
      ...r.desired.objects.filter((o) => o.change !== 'ignored').map((o) => redact(objectSection(o, 'desired', many ? r.release : undefined))),
      ...r.live.objects.filter((o) => o.change !== 'ignored').map((o) => redact(objectSection(o, 'live', many ? r.release : undefined))),
    ]),
    pointer,
  };
}

function releaseSection(r: ReleaseDrift): string {
  const lines = [`### ${code(r.release)} in ${code(r.namespace)}: ${r.status}`];
  if (r.error) {
    lines.push(`> [!CAUTION]\n> Not checked: ${escapeHtml(r.error.message)}${r.error.fix ? `\n> Fix: ${escapeHtml(r.error.fix)}` : ''}`);
    return lines.join('\n\n');
  }
  const facts: string[] = [];
  if (r.chart) facts.push(`chart ${code(r.chart.name)} ${code(r.chart.version)}${r.chart.digest ? ` (${code(r.chart.digest)})` : ''}`);
  if (r.revision !== undefined) facts.push(`deployed revision ${r.revision}`);
  if (r.applyMethod?.release) facts.push(`applied with ${r.applyMethod.release}`);
  if (r.helmVersion) facts.push(`helm ${r.helmVersion}`);
  if (facts.length) lines.push(facts.join(' · '));
  if (r.missing.release) {
    lines.push(`> [!WARNING]\n> The release is not installed in ${code(r.namespace)}: nothing to compare.`);
    return lines.join('\n\n');
  }
  lines.push(desiredPart(r), livePart(r), missingPart(r));
  const ignored = ignoredLine(r);
  if (ignored) lines.push(ignored);
  for (const note of [...r.desired.notes, ...r.live.notes]) lines.push(`> [!NOTE]\n> ${escapeHtml(note)}`);
  return lines.join('\n\n');
}

function desiredPart(r: ReleaseDrift): string {
  const d = r.desired;
  const out = ['**1. Desired vs deployed** — the files against the helm release'];
  const shownObjects = d.objects.filter((o) => o.change !== 'ignored');
  const values = d.values.filter((f) => !f.ignoredBy);
  if (!d.chartChanged && values.length === 0 && shownObjects.length === 0) return `${out[0]}: no difference.`;
  if (d.chartChanged && r.chart) {
    const c = r.chart;
    const was = `${c.previousVersion ? code(c.previousVersion) : 'an unknown version'}${c.previousDigest ? ` (${code(c.previousDigest)})` : ''}`;
    out.push(`- Chart: the release runs ${was}; the files pin ${code(c.version)}${c.digest ? ` (${code(c.digest)})` : ''}.`);
  }
  if (values.length) out.push(`- Values (\`helm get values\` against the files):\n\n${fieldTable(values, ['Value', 'Deployed', 'Files'])}\n`);
  if (shownObjects.length) out.push(`- Objects the release manifest holds differently:\n${objectList(shownObjects)}`);
  return out.join('\n');
}

function livePart(r: ReleaseDrift): string {
  const l = r.live;
  const how = l.objects.some((o) => o.method === 'read-only')
    ? 'compared read-only where a dry run was not possible'
    : `compared by a server-side apply dry run as ${code(l.fieldManager ?? 'helm')}`;
  const head = `**2. Deployed vs live** — the release against the cluster (${l.checked} object${l.checked === 1 ? '' : 's'}, ${how})`;
  const drifted = l.objects.filter((o) => o.change !== 'ignored');
  const unchecked = l.unchecked.map((u) => `- not checked: ${escapeHtml(objectLabel(u.key))} (${escapeHtml(u.reason)})`);
  if (drifted.length === 0) return [`${head}: no difference.`, ...unchecked].join('\n');
  const rows = drifted.flatMap((o) => o.fields.filter((f) => !f.ignoredBy).map((f) => ({ object: objectLabel(o.key), field: f })));
  return [head, '', liveTable(rows), ...secretLines(drifted), ...unchecked].join('\n');
}

function missingPart(r: ReleaseDrift): string {
  const m = r.missing.objects;
  if (m.length === 0) return '**3. Missing**: nothing.';
  return [
    '**3. Missing** — objects of the release that are not in the cluster',
    ...m.map((o) => `- ${escapeHtml(objectLabel(o.key))}: ${escapeHtml(o.reason)}`),
  ].join('\n');
}

function objectList(objects: readonly ObjectChange[]): string {
  const shown = objects.slice(0, MAX_ROWS).map((o) => {
    const fields = o.fields.filter((f) => !f.ignoredBy).length;
    const detail = o.change === 'changed' ? ` (${fields} field${fields === 1 ? '' : 's'})` : '';
    return `  - ${SIGN[o.change] ?? ''} ${o.change}: ${escapeHtml(objectLabel(o.key))}${detail}`;
  });
  if (objects.length > MAX_ROWS) shown.push(`  - … and ${objects.length - MAX_ROWS} more`);
  return [...shown, ...secretLines(objects).map((l) => `  ${l}`)].join('\n');
}

function secretLines(objects: readonly ObjectChange[]): string[] {
  return objects
    .filter((o) => o.secret && (o.secret.keysAdded.length || o.secret.keysChanged.length || o.secret.keysRemoved.length))
    .map((o) => {
      const s = o.secret!;
      const keys = (label: string, list: string[]) => (list.length ? `${label} ${list.map(code).join(', ')}` : '');
      const said = [keys('changed', s.keysChanged), keys('added', s.keysAdded), keys('removed', s.keysRemoved)].filter(Boolean).join('; ');
      return `- Secret ${escapeHtml(objectLabel(o.key))}: keys ${said}. Values are never shown.`;
    });
}

function fieldTable(fields: readonly FieldChange[], header: [string, string, string]): string {
  const rows = fields.slice(0, MAX_ROWS).map((f) => [code(f.path), shownValue(f, 'before'), shownValue(f, 'after')]);
  const more = fields.length > MAX_ROWS ? `\n\n_… and ${fields.length - MAX_ROWS} more (see the report file)._` : '';
  return `${table(header, rows)}${more}`;
}

function liveTable(rows: readonly { object: string; field: FieldChange }[]): string {
  const cells = rows
    .slice(0, MAX_ROWS)
    .map(({ object, field }) => [
      object,
      code(field.path),
      shownValue(field, 'before'),
      `${shownValue(field, 'after')}${field.before === undefined && field.after !== undefined && !field.redacted ? ' (added out of band)' : ''}`,
    ]);
  const more = rows.length > MAX_ROWS ? `\n\n_… and ${rows.length - MAX_ROWS} more (see the report file)._` : '';
  return `${table(['Object', 'Field', 'Deployed', 'Live'], cells)}${more}`;
}

/** A value in a table cell: `***` for a Secret's, `—` for none, JSON cut to a readable length. */
function shownValue(field: FieldChange, side: 'before' | 'after'): string {
  if (field.redacted) return '***';
  const value = field[side];
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return code(text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text);
}

function ignoredLine(r: ReleaseDrift): string {
  const fields = [...r.desired.objects, ...r.live.objects].flatMap((o) => o.fields.filter((f) => f.ignoredBy).map((f) => `${f.ignoredBy}: ${f.path}`));
  if (fields.length === 0) return '';
  const distinct = [...new Set(fields)];
  const shown = distinct.slice(0, 10).map(code).join(', ');
  return `Ignored, not counted as drift: ${fields.length} difference${fields.length === 1 ? '' : 's'} (${shown}${distinct.length > 10 ? ', …' : ''}).`;
}

function objectSection(o: ObjectChange, part: 'desired' | 'live', release: string | undefined): string {
  const where = part === 'desired' ? 'desired vs deployed' : 'deployed vs live';
  const title = `${SIGN[o.change] ?? ''} ${where}: <b>${o.change}</b> ${escapeHtml(`${release ? `${release}: ` : ''}${objectLabel(o.key)}`)}`;
  const body = o.textDiff ? fenced(o.textDiff, 'diff') : 'No text diff.';
  return `<details><summary>${title}</summary>\n\n${body}\n\n</details>`;
}
