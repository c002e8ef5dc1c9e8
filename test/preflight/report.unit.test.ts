/** The preflight report as the engine returns it: counts, the summary markdown and the annotations the glue writes. */
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/checks/check.js';
import { buildReport, reportAnnotations, summaryMarkdown } from '../../src/preflight/report.js';

const check = (id: string, verdict: CheckResult['verdict'], extra: Partial<CheckResult> = {}): CheckResult => ({
  id,
  group: id.split('.')[0]!,
  title: `Title of ${id}`,
  verdict,
  finding: `finding of ${id}`,
  problems: [],
  durationMs: 1,
  ...extra,
});

const located = [
  {
    severity: 'error' as const,
    code: 'values.api-host',
    message: 'api_host is not https',
    fix: 'Use https.',
    origin: { file: 'values.yaml', line: 3, col: 5 },
  },
  { severity: 'warning' as const, code: 'seed.x', message: 'odd seed' },
];

describe('preflight report', () => {
  it('counts located problems, and a check without them once for its verdict', () => {
    const report = buildReport([
      check('config.values', 'fail', { problems: located }),
      check('cluster.api', 'fail', { fix: 'Reach it.' }),
      check('cluster.release', 'warn'),
      check('cluster.access', 'skipped'),
      check('tools.helm', 'pass'),
    ]);
    expect(report).toMatchObject({ schemaVersion: 1, ok: false, errorCount: 2, warningCount: 2 });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(buildReport([check('tools.helm', 'pass'), check('cluster.release', 'warn')])).toMatchObject({ ok: true, errorCount: 0, warningCount: 1 });
  });

  it('annotates located problems as they are, and a failed or warning check without them by its finding', () => {
    const report = buildReport([
      check('config.values', 'fail', { problems: located }),
      check('cluster.api', 'fail', { fix: 'Reach it.' }),
      check('cluster.release', 'warn'),
      check('tools.helm', 'pass'),
      check('cluster.access', 'skipped'),
    ]);
    expect(reportAnnotations(report)).toEqual([
      { title: 'preflight config.values', problems: located },
      {
        title: 'preflight cluster.api',
        problems: [{ severity: 'error', code: 'cluster.api', message: 'Title of cluster.api: finding of cluster.api', fix: 'Reach it.' }],
      },
      {
        title: 'preflight cluster.release',
        problems: [{ severity: 'warning', code: 'cluster.release', message: 'Title of cluster.release: finding of cluster.release' }],
      },
    ]);
  });

  it('summarises the verdicts and the located findings', () => {
    const md = summaryMarkdown(buildReport([check('config.values', 'fail', { problems: located }), check('tools.helm', 'pass')]));
    expect(md).toMatch(/^### ❌ Chalk preflight failed: 1 error\n/);
    expect(md).toContain('| Title of tools.helm (`tools.helm`) | ✅ pass | finding of tools.helm |  |');
    expect(md).toContain('| `values.yaml:3:5` | error | api_host is not https | Use https. |');
    expect(summaryMarkdown(buildReport([check('tools.helm', 'pass'), check('tools.kubectl', 'warn')]))).toMatch(
      /^### ✅ Chalk preflight passed with 1 warning\n/,
    );
  });
});
