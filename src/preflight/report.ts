/** Preflight results as a JSON report file, a job-summary table and annotations. */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { countErrors, formatOrigin, type Problem } from '../report/problems.js';
import * as core from '@actions/core';
import { annotate } from '../report/annotations.js';
import { code, table } from '../report/markdown.js';
import { logLine, redact } from '../report/secrets.js';
import type { CheckResult, Verdict } from '../checks/check.js';

export interface PreflightReport {
  schemaVersion: 1;
  ok: boolean;
  errorCount: number;
  warningCount: number;
  checks: CheckResult[];
}

export function buildReport(checks: CheckResult[]): PreflightReport {
  const problems = checks.flatMap((c) => c.problems);
  // A check without located problems counts once for its own verdict.
  const bare = (verdict: Verdict): number => checks.filter((c) => c.verdict === verdict && c.problems.length === 0).length;
  const errorCount = countErrors(problems) + bare('fail');
  const warningCount = problems.length - countErrors(problems) + bare('warn');
  return { schemaVersion: 1, ok: errorCount === 0, errorCount, warningCount, checks };
}

/** Writes the report where the caller asked, else to a fresh file under RUNNER_TEMP; returns its path. */
export async function writeReport(report: PreflightReport, path?: string): Promise<string> {
  const target = path || join(process.env.RUNNER_TEMP || tmpdir(), `chalk-preflight-${randomBytes(6).toString('hex')}.json`);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, redact(JSON.stringify(report, null, 2)) + '\n', { mode: 0o600 });
  return target;
}

const ICON: Record<Verdict, string> = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skipped: '⏭️ skipped' };

export function summaryMarkdown(report: PreflightReport): string {
  const headline = report.ok
    ? `### ✅ Chalk preflight passed${report.warningCount ? ` with ${report.warningCount} warning${report.warningCount > 1 ? 's' : ''}` : ''}`
    : `### ❌ Chalk preflight failed: ${report.errorCount} error${report.errorCount > 1 ? 's' : ''}`;
  const checks = table(
    ['Check', 'Verdict', 'Finding', 'Fix'],
    report.checks.map((c) => [`${c.title} (${code(c.id)})`, ICON[c.verdict], c.finding, c.fix ?? '']),
  );
  const problems = report.checks.flatMap((c) => c.problems.map((p) => ({ check: c.id, p })));
  const parts = [headline, '', checks];
  if (problems.length) {
    parts.push(
      '',
      '#### Findings',
      '',
      table(
        ['Where', 'Severity', 'Problem', 'Fix'],
        problems.map(({ p }) => [p.origin ? code(formatOrigin(p.origin)) : '', p.severity, p.message, p.fix ?? '']),
      ),
    );
  }
  return parts.join('\n') + '\n';
}

/** Annotations for every located problem, plus one per failed or warning check that has none of its own. */
export function annotateReport(report: PreflightReport): void {
  for (const check of report.checks) {
    core.info(logLine(`${check.id}: ${check.verdict} — ${check.finding} (${check.durationMs} ms)`));
    annotate(check.problems, `preflight ${check.id}`);
    if ((check.verdict === 'fail' || check.verdict === 'warn') && check.problems.length === 0) {
      const problem: Problem = {
        severity: check.verdict === 'fail' ? 'error' : 'warning',
        code: check.id,
        message: `${check.title}: ${check.finding}`,
        ...(check.fix ? { fix: check.fix } : {}),
      };
      annotate([problem], `preflight ${check.id}`);
    }
  }
}
