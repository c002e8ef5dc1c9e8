/**
 * A plan as people read it: the job summary and the sticky PR comment (markdown: a counts table per
 * release and kind, then one <details> per changed object with its ```diff), and the plain-text diff
 * file. Both markdown bodies are fitted with whole objects (body-size.ts): the header and counts are
 * always kept, objects that do not fit are left out and pointed to. Ignored differences are listed
 * apart from the changes; a Secret shows the keys that changed and never a value or a length.
 */
import type { ObjectChange, Plan, ReleasePlan } from '../plan/types.js';
import { objectLabel } from '../plan/text-diff.js';
import { COMMENT_BODY_LIMIT, fitBody, SUMMARY_LIMIT, type BodyParts } from './body-size.js';
import { code, escapeHtml, table } from './markdown.js';
import { redact } from './secrets.js';

/** Kept free under the summary limit for writeSummary's own notes. */
const SUMMARY_MARGIN = 8 * 1024;
const SHOWN = new Set(['added', 'changed', 'removed', 'renamed', 'kept']);
const SIGN: Record<string, string> = { added: '+', changed: '~', removed: '-', renamed: '→', kept: '⊘' };
/** Rows of the ignored-differences table before it says "and N more". */
const MAX_IGNORED_ROWS = 20;

export interface CommentContext {
  environment?: string;
  commit?: string;
  /** The run's page, where the job summary has what the comment leaves out. */
  runUrl?: string;
}

/** The job summary: everything that fits in 1 MiB, then a pointer to the diff file. */
export function planSummary(plan: Plan, diffFile: string | undefined): string {
  const parts = bodyParts(
    plan,
    '## Render and diff',
    (n) =>
      `_… ${n} more object${n === 1 ? '' : 's'} left out to stay under GitHub's 1 MiB summary limit${diffFile ? `: the full diff is in ${code(diffFile)} (upload it with actions/upload-artifact)` : ''}._`,
  );
  return fitBody(parts, SUMMARY_LIMIT - SUMMARY_MARGIN).body;
}

/** The PR comment body (without its marker), under GitHub's 65,536-character limit. */
export function planComment(plan: Plan, context: CommentContext): string {
  const header = [
    `## Render and diff${context.environment ? `: ${escapeHtml(context.environment)}` : ''}`,
    [
      ...plan.releases.map((r) =>
        r.chart
          ? `${code(r.release)}: ${code(r.chart.name)} ${code(r.chart.version)}${r.chart.digest ? ` ${code(shortDigest(r.chart.digest))}` : ''}`
          : code(r.release),
      ),
      ...(context.commit ? [`commit ${code(context.commit.slice(0, 12))}`] : []),
      `**${plan.changes} change${plan.changes === 1 ? '' : 's'}**`,
    ].join(' · '),
  ].join('\n\n');
  const parts = bodyParts(
    plan,
    header,
    (n) =>
      `_… ${n} more object${n === 1 ? '' : 's'} not shown (GitHub's comment size limit)${context.runUrl ? `: see the job summary of [this run](${context.runUrl})` : ': see the job summary'}._`,
  );
  return fitBody(parts, COMMENT_BODY_LIMIT).body;
}

function bodyParts(plan: Plan, header: string, pointer: (omitted: number) => string): BodyParts {
  const many = plan.releases.length > 1;
  return {
    header: redact(header),
    counts: redact(plan.releases.map(releaseOverview).join('\n\n')),
    sections: plan.releases.flatMap((r) =>
      (r.objects ?? []).filter((o) => SHOWN.has(o.change)).map((o) => redact(objectSection(o, many ? r.release : undefined))),
    ),
    pointer,
  };
}

function releaseOverview(r: ReleasePlan): string {
  const lines = [`### ${code(r.release)} in ${code(r.namespace)}`];
  if (r.error) {
    lines.push(`> [!CAUTION]\n> Not planned: ${escapeHtml(r.error.message)}${r.error.fix ? `\n> Fix: ${escapeHtml(r.error.fix)}` : ''}`);
    return lines.join('\n\n');
  }
  const facts: string[] = [];
  if (r.chart) {
    const c = r.chart;
    facts.push(
      `Chart ${code(c.name)} ${code(c.version)}${c.digest ? ` (${code(c.digest)})` : ''}${c.previousVersion ? `, deployed ${code(c.previousVersion)}` : ''}`,
    );
  }
  facts.push(
    r.mode === 'server'
      ? 'Rendered against the cluster (`helm upgrade --install --dry-run=server`)'
      : `Rendered offline (\`helm template\`)${r.modeReason ? `: ${escapeHtml(r.modeReason)}` : ''}`,
  );
  facts.push(r.baseline === 'release' ? `compared with revision ${r.revision}` : 'compared with nothing (first install)');
  if (r.applyMethod)
    facts.push(`apply method: ${r.applyMethod.release ? `release ${r.applyMethod.release}` : 'new release'}, this upgrade ${r.applyMethod.upgrade}`);
  lines.push(facts.join(' · '));
  if (r.chart?.sameVersionNewDigest)
    lines.push(
      `> [!WARNING]\n> Chart version ${code(r.chart.version)} now resolves to ${code(r.chart.digest ?? '')}, but the release was deployed from ${code(r.chart.previousDigest ?? '')}: the version was pushed again with different content. Pin the digest you reviewed.`,
    );
  lines.push(countsTable(r));
  const ignored = ignoredTable(r);
  if (ignored) lines.push(ignored);
  const crds = (r.objects ?? []).filter((o) => o.crd?.helmWillNotApply && o.change !== 'unchanged');
  if (crds.length)
    lines.push(
      `> [!IMPORTANT]\n> ${crds.length} CRD${crds.length === 1 ? '' : 's'} from the chart's crds/ differ from the cluster's: helm does not apply crds/ on upgrade. Apply ${crds.length === 1 ? 'it' : 'them'} yourself (e.g. \`kubectl apply --server-side\`).`,
    );
  for (const note of r.notes ?? []) lines.push(`> [!NOTE]\n> ${escapeHtml(note)}`);
  return lines.join('\n\n');
}

function countsTable(r: ReleasePlan): string {
  const kinds = new Map<string, Record<string, number>>();
  for (const o of r.objects ?? []) {
    const kind = o.key.group ? `${o.key.kind}.${o.key.group}` : o.key.kind;
    const row = kinds.get(kind) ?? {};
    row[o.change] = (row[o.change] ?? 0) + 1;
    row.ignoredFields = (row.ignoredFields ?? 0) + o.fields.filter((f) => f.ignoredBy).length;
    kinds.set(kind, row);
  }
  const columns = ['added', 'changed', 'removed', 'renamed', 'kept', 'unchanged'] as const;
  const cell = (n: number | undefined) => (n ? String(n) : '');
  const rows = [...kinds].map(([kind, row]) => [kind, ...columns.map((c) => cell(row[c])), cell(row.ignoredFields)]);
  const c = r.counts;
  if (c) rows.push(['**total**', ...columns.map((k) => String(c[k])), String(c.ignored)]);
  return table(['Kind', 'Added', 'Changed', 'Removed', 'Renamed', 'Kept', 'Unchanged', 'Ignored fields'], rows);
}

/** Ignored differences by rule and field, with how many objects have each: visible, never counted as changes. */
function ignoredTable(r: ReleasePlan): string {
  const byField = new Map<string, { rule: string; path: string; objects: number }>();
  let objects = 0;
  for (const o of r.objects ?? []) {
    if (o.fields.some((f) => f.ignoredBy)) objects++;
    for (const f of o.fields) {
      if (!f.ignoredBy) continue;
      const id = `${f.ignoredBy}\u0000${f.path}`;
      const entry = byField.get(id) ?? { rule: f.ignoredBy, path: f.path, objects: 0 };
      entry.objects++;
      byField.set(id, entry);
    }
  }
  if (byField.size === 0) return '';
  const total = r.counts?.ignored ?? 0;
  const rows = [...byField.values()].sort((a, b) => b.objects - a.objects || a.path.localeCompare(b.path));
  const shown = rows.slice(0, MAX_IGNORED_ROWS).map((e) => [e.rule, e.path, String(e.objects)]);
  const more = rows.length > MAX_IGNORED_ROWS ? `\n\n_… and ${rows.length - MAX_IGNORED_ROWS} more ignored fields._` : '';
  return `<details><summary>Ignored differences, not counted as changes: ${total} field${total === 1 ? '' : 's'} in ${objects} object${objects === 1 ? '' : 's'}</summary>\n\n${table(['Rule', 'Field', 'Objects'], shown)}${more}\n\n</details>`;
}

function objectSection(o: ObjectChange, release: string | undefined): string {
  const shownFields = o.fields.filter((f) => !f.ignoredBy).length;
  const ignoredFields = o.fields.length - shownFields;
  const detail = [
    o.change === 'renamed' && o.renamedFrom ? `from ${o.renamedFrom.name}` : '',
    o.change === 'changed' || o.change === 'renamed' ? `${shownFields} field${shownFields === 1 ? '' : 's'}` : '',
    ignoredFields ? `${ignoredFields} ignored` : '',
    o.apiVersion.before && o.apiVersion.after && o.apiVersion.before !== o.apiVersion.after ? `${o.apiVersion.before} → ${o.apiVersion.after}` : '',
    o.crd?.helmWillNotApply ? '⚠️ helm does not apply this on upgrade' : '',
  ].filter(Boolean);
  const title = `${SIGN[o.change] ?? ''} <b>${o.change}</b> ${escapeHtml(`${release ? `${release}: ` : ''}${objectLabel(o.key)}`)}${detail.length ? ` — ${escapeHtml(detail.join(', '))}` : ''}`;
  const body: string[] = [];
  if (o.secret) {
    const s = o.secret;
    const keys = (label: string, list: string[]) => (list.length ? `${label} ${list.map(code).join(', ')}` : '');
    const said = [keys('changed:', s.keysChanged), keys('added:', s.keysAdded), keys('removed:', s.keysRemoved)].filter(Boolean).join('; ');
    body.push(`Secret keys ${said || 'unchanged'}. Values are never shown.`);
  }
  if (o.change === 'kept') body.push('`helm.sh/resource-policy: keep`: helm drops it from the release and leaves it in the cluster.');
  if (o.textDiff) body.push(fenced(o.textDiff, 'diff'));
  const ignored = o.fields.filter((f) => f.ignoredBy);
  if (ignored.length) body.push(`Ignored: ${ignored.map((f) => `${code(f.path)} (${escapeHtml(f.ignoredBy!)})`).join(', ')}`);
  return `<details><summary>${title}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}

/** A code block whose fence is longer than any backtick run inside, so the text cannot close it. */
export function fenced(text: string, language: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

function shortDigest(digest: string): string {
  return digest.replace(/^sha256:([0-9a-f]{12})[0-9a-f]*$/, 'sha256:$1');
}

/** The plain-text diff file: every release's changed objects, ignored differences listed after each. */
export function planDiffText(plan: Plan): string {
  const out: string[] = [];
  for (const r of plan.releases) {
    out.push(`# release ${r.release} in ${r.namespace}${r.chart ? `: ${r.chart.name} ${r.chart.version}${r.chart.digest ? ` ${r.chart.digest}` : ''}` : ''}`);
    if (r.error) {
      out.push(`# not planned: ${r.error.message}`);
      continue;
    }
    const c = r.counts;
    if (c)
      out.push(
        `# ${c.added} added, ${c.changed} changed, ${c.removed} removed, ${c.renamed} renamed, ${c.kept} kept, ${c.unchanged} unchanged, ${c.ignored} ignored fields`,
      );
    for (const o of r.objects ?? []) {
      if (!SHOWN.has(o.change) && o.change !== 'ignored') continue;
      out.push(`# ${o.change}: ${objectLabel(o.key)}${o.crd?.helmWillNotApply ? ' (crds/: helm does not apply this on upgrade)' : ''}`);
      if (o.secret)
        out.push(
          `# Secret keys changed: ${o.secret.keysChanged.join(', ') || '-'}; added: ${o.secret.keysAdded.join(', ') || '-'}; removed: ${o.secret.keysRemoved.join(', ') || '-'}`,
        );
      for (const f of o.fields.filter((x) => x.ignoredBy)) out.push(`# ignored (${f.ignoredBy}): ${f.path}`);
      if (o.textDiff) out.push(o.textDiff.trimEnd());
    }
  }
  return redact(`${out.join('\n')}\n`);
}
