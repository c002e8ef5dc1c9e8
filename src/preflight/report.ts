/** Preflight results as a report: its counts, the job-summary markdown and the annotations it calls for. */
import type { CheckResult, Verdict } from '../checks/check.js';
import { code, table } from '../report/markdown.js';
import { countErrors, formatOrigin, type Problem } from '../report/problems.js';

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

const ICON: Record<Verdict, string> = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skipped: '⏭️ skipped' };

export function summaryMarkdown(report: PreflightReport): string {
  const headline = report.ok
    ? `### ✅ Chalk preflight passed${report.warningCount ? ` with ${report.warningCount} warning${report.warningCount > 1 ? 's' : ''}` : ''}`
    : `### ❌ Chalk preflight failed: ${report.errorCount} error${report.errorCount > 1 ? 's' : ''}`;
  const checks = table(
    ['Check', 'Verdict', 'Finding', 'Fix'],
    report.checks.map((c) => [`${c.title} (${code(c.id)})`, ICON[c.verdict], c.finding, c.fix ?? '']),
  );
  const problems = report.checks.flatMap((c) => c.problems);
  const parts = [headline, '', checks];
  if (problems.length) {
    parts.push(
      '',
      '#### Findings',
      '',
      table(
        ['Where', 'Severity', 'Problem', 'Fix'],
        problems.map((p) => [p.origin ? code(formatOrigin(p.origin)) : '', p.severity, p.message, p.fix ?? '']),
      ),
    );
  }
  return parts.join('\n') + '\n';
}

export interface ReportAnnotations {
  title: string;
  problems: Problem[];
}

/** Every located problem, plus one for each failed or warning check that has none of its own; titled by check. */
export function reportAnnotations(report: PreflightReport): ReportAnnotations[] {
  return report.checks.flatMap((check): ReportAnnotations[] => {
    const title = `preflight ${check.id}`;
    if (check.problems.length) return [{ title, problems: check.problems }];
    if (check.verdict !== 'fail' && check.verdict !== 'warn') return [];
    const problem: Problem = {
      severity: check.verdict === 'fail' ? 'error' : 'warning',
      code: check.id,
      message: `${check.title}: ${check.finding}`,
      ...(check.fix ? { fix: check.fix } : {}),
    };
    return [{ title, problems: [problem] }];
  });
}
