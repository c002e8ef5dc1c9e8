/**
 * Job summary markdown for deploy-metadata and deploy-dataplane: what was done to each release (and
 * why, when it failed), the plan's counts, the revision history, the recovery of a stuck release, the
 * lock wait and the duration. Secret values never reach this module: Secrets are named, not shown.
 */
import type { CheckResult } from '../checks/check.js';
import type { DeployDataplaneResult, ResourceResult } from '../apply/dataplane.js';
import type { DeployMetadataResult } from '../apply/metadata.js';
import { formatAge, type ReleaseOutcome, type ReleaseResult } from '../apply/release.js';
import { code, escapeCell, table } from './markdown.js';

const OUTCOME: Record<ReleaseOutcome, string> = {
  installed: '✅ installed',
  upgraded: '✅ upgraded',
  unchanged: '⏸️ unchanged',
  'would-change': '📝 would deploy (dry run)',
  'rolled-back': '↩️ failed, rolled back',
  failed: '❌ failed',
  cancelled: '⏹️ cancelled',
  'not-started': '⏭️ not started',
};

export function outcomeLabel(outcome: ReleaseOutcome): string {
  return OUTCOME[outcome];
}

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

function chartCell(r: ReleaseResult): string {
  return `${r.chart.ref}${r.chart.version ? ` ${r.chart.version}` : ''}${r.chart.digest ? ` (${r.chart.digest.slice(0, 19)}…)` : ''}`;
}

function revisionCell(r: ReleaseResult): string {
  if (r.revision === undefined) return r.previousRevision !== undefined ? `${r.previousRevision} (release removed)` : '—';
  const moved = r.previousRevision !== undefined && r.previousRevision !== r.revision ? `${r.previousRevision} → ` : '';
  return `${moved}${r.revision} (${r.status ?? 'unknown'})`;
}

function changesText(r: ReleaseResult): string | undefined {
  const plan = r.plan;
  if (!plan) return undefined;
  const c = plan.counts;
  const parts = [
    [c.added, 'added'],
    [c.changed, 'changed'],
    [c.removed, 'removed'],
    [c.renamed, 'renamed'],
  ].flatMap(([n, what]) => (n ? [`${n} ${what}`] : []));
  const objects = parts.length ? parts.join(', ') : 'no object changes';
  const chart = plan.sameVersionNewDigest
    ? '; the chart tag now points at new content'
    : plan.digestChanged
      ? '; a different chart'
      : '; the same chart digest';
  return `${objects}${c.ignored ? ` (${c.ignored} ignored field difference${c.ignored === 1 ? '' : 's'})` : ''}${chart}`;
}

function recoveryText(r: ReleaseResult): string | undefined {
  const rec = r.recovery;
  if (!rec) return undefined;
  const what = rec.action === 'rollback' ? `rolled back to revision ${rec.toRevision}` : 'uninstalled the never-completed first install';
  const kept = rec.action === 'rollback' ? ` (helm keeps revision ${rec.revision} in the history as ${rec.status})` : '';
  return `${r.release} was ${rec.status} (revision ${rec.revision}) for ${formatAge(rec.ageSeconds * 1000)}: ${rec.performed ? what : `would have ${what}`} with ${code(rec.command)}${kept}.`;
}

function failureSection(r: ReleaseResult): string[] {
  if (!r.error || r.outcome === 'not-started') return [];
  const lines = [`**${escapeCell(r.release)}**: ${escapeCell(r.error.message)}`];
  if (r.error.fix) lines.push('', `Fix: ${escapeCell(r.error.fix)}`);
  if (r.outcome === 'rolled-back') lines.push('', `helm rolled the release back: it runs revision ${r.revision} (${r.status}), as before the deploy.`);
  if (r.containerProblems.length)
    lines.push(
      '',
      table(
        ['Pod', 'Container', 'Reason', 'Message'],
        r.containerProblems.map((p) => [p.pod, p.container || '—', p.reason, [p.message, p.image ? `image ${p.image}` : ''].filter(Boolean).join('; ')]),
      ),
    );
  return lines;
}

function historyTable(r: ReleaseResult): string {
  return table(
    ['Revision', 'Status', 'Chart', 'Updated', 'Description'],
    r.history.map((h) => [String(h.revision), h.status, h.chart, h.updated.replace(/\.\d+Z$/, 'Z'), h.description]),
  );
}

function lockText(r: ReleaseResult): string | undefined {
  if (!r.lock?.waitedFor.length) return undefined;
  return `waited ${seconds(r.lock.waitedMs)} for the deploy lock held by ${r.lock.waitedFor.join(', ')}`;
}

function checksTable(checks: readonly CheckResult[]): string {
  const icon = { pass: '✅', fail: '❌', warn: '⚠️', skipped: '⏭️' };
  return table(
    ['Check', 'Result', 'Finding', 'Fix'],
    checks.map((c) => [c.title, `${icon[c.verdict]} ${c.verdict}`, c.finding, c.fix ?? '']),
  );
}

export function metadataSummary(result: DeployMetadataResult): string {
  const r = result.release;
  const headline = result.refused
    ? `❌ refused: the ${result.refused === 'config' ? 'configuration is invalid' : 'Secrets are not usable'}; the release was not touched`
    : r
      ? `${outcomeLabel(r.outcome)}${r.revision !== undefined ? ` (revision ${r.revision})` : ''}`
      : result.cancelled
        ? '⏹️ cancelled before helm ran'
        : '❌ failed before helm ran';
  const out = [`## Chalk Metadata Plane deploy: ${headline}`, ''];
  if (result.error) out.push(`${escapeCell(result.error.message)}${result.error.fix ? ` Fix: ${escapeCell(result.error.fix)}` : ''}`, '');
  if (r) {
    const rows: string[][] = [
      ['Release', `${r.release} in namespace ${r.namespace}`],
      ['Chart', chartCell(r)],
      ['Revision', revisionCell(r)],
    ];
    const changes = changesText(r);
    if (changes) rows.push(['Plan', changes]);
    if (r.applyMethod) rows.push(['Apply method (Helm 4)', `${r.applyMethod.method}: ${r.applyMethod.reason}`]);
    if (r.traced) rows.push(['Traceability', `${r.traced} object${r.traced === 1 ? '' : 's'} annotated with the run, commit and actor`]);
    const lock = lockText(r);
    rows.push(['Duration', `${seconds(result.durationMs)}${lock ? ` (${lock})` : ''}`]);
    out.push(table(['', ''], rows), '');
    if (r.plan?.objects.length) out.push('### What changes', '', ...r.plan.objects.map((o) => `- ${escapeCell(o)}`), '');
    const recovery = recoveryText(r);
    if (recovery) out.push('### Recovery of a stuck release', '', recovery, '');
    const failure = failureSection(r);
    if (failure.length) out.push('### Why it failed', '', ...failure, '');
    if (r.history.length) out.push('### Revision history', '', historyTable(r), '');
  }
  if (result.secrets.length)
    out.push(
      '### Secrets (from inputs, values never shown)',
      '',
      table(
        ['Secret', 'Action'],
        result.secrets.map((s) => [`${s.namespace}/${s.name}`, s.action]),
      ),
      '',
    );
  const shownChecks = result.refused ? result.checks : result.checks.filter((c) => c.verdict !== 'pass');
  if (shownChecks.length) out.push('### Preflight checks', '', checksTable(shownChecks), '');
  return out.join('\n');
}

function resourceRow(r: ResourceResult): string[] {
  const icon = { applied: '✅ applied', 'would-apply': '📝 would apply (dry run)', failed: '❌ failed', 'not-started': '⏭️ not started' }[r.outcome];
  const objects = r.objects.map((o) => `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}: ${o.action}`).join('; ');
  return [r.id, icon, r.after.join(', ') || '—', r.error ? r.error.message : objects, seconds(r.durationMs)];
}

export function dataplaneSummary(result: DeployDataplaneResult): string {
  if (result.mode === 'lock') return lockSummary(result);
  const failed = result.releases.filter((r) => r.error && r.outcome !== 'not-started').length + result.resources.filter((r) => r.error).length;
  const headline = result.cancelled ? '⏹️ cancelled' : result.ok ? '✅ done' : `❌ ${failed ? 'stopped at the first failure' : 'failed'}`;
  const out = [`## Chalk Data Plane deploy: ${headline}`, ''];
  if (result.error) out.push(`${escapeCell(result.error.message)}${result.error.fix ? ` Fix: ${escapeCell(result.error.fix)}` : ''}`, '');
  if (result.releases.length) {
    const order = (name: string): string => {
      const i = result.started.indexOf(name);
      return i < 0 ? '—' : String(i + 1);
    };
    out.push(
      table(
        ['#', 'Release', 'Namespace', 'Chart', 'Result', 'Plan', 'Revision', 'Duration'],
        result.releases.map((r) => [
          order(r.release),
          r.release,
          r.namespace,
          chartCell(r),
          `${outcomeLabel(r.outcome)}${r.outcome === 'not-started' && r.error ? ` (${r.error.message.replace(/^not started: /, '').replace(/\.$/, '')})` : ''}`,
          changesText(r) ?? '—',
          revisionCell(r),
          seconds(r.durationMs),
        ]),
      ),
      '',
    );
  }
  if (result.resources.length)
    out.push('### Cluster resources', '', table(['Resource', 'Result', 'After', 'Objects', 'Duration'], result.resources.map(resourceRow)), '');
  for (const r of result.releases) {
    const recovery = recoveryText(r);
    if (recovery) out.push(`### ${escapeCell(r.release)}: recovery`, '', recovery, '');
    const failure = failureSection(r);
    if (failure.length) out.push(`### ${escapeCell(r.release)}: why it failed`, '', ...failure, '');
  }
  out.push(`Duration: ${seconds(result.durationMs)}.`, '');
  return out.join('\n');
}

function lockSummary(result: DeployDataplaneResult): string {
  const lock = result.lock;
  const headline = lock?.written ? '✅ lock file written' : '❌ lock file not written';
  const out = [`## Chalk Data Plane chart lock: ${headline}`, ''];
  if (result.error) out.push(`${escapeCell(result.error.message)}${result.error.fix ? ` Fix: ${escapeCell(result.error.fix)}` : ''}`, '');
  if (lock) {
    if (lock.written) out.push(`Wrote ${code(lock.path)}: commit it beside the chart set.`, '');
    out.push(
      table(
        ['Release', 'Chart', 'Requested', 'Pinned', 'Digest', 'Was'],
        lock.resolutions.map((r) => [
          r.release,
          r.repository ? `${r.repository} ${r.chart}` : r.chart,
          r.requested,
          r.version,
          r.digest ?? '—',
          r.previous ?? '',
        ]),
      ),
      '',
    );
  }
  return out.join('\n');
}
