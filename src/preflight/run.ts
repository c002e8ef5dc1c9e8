/** The preflight pipeline: selected check groups → results → report, summary, annotations, outputs. */
import type { ConfigFiles } from '../config/chalk-config.js';
import { setOutputs, writeSummary } from '../report/outputs.js';
import { runChecks, type Check } from './check.js';
import { configChecks, memoizedConfig, type ConfigCheckContext } from './config-checks.js';
import { annotateReport, buildReport, summaryMarkdown, writeReport, type PreflightReport } from './report.js';

export const CHECK_GROUPS = ['config'] as const;
export type CheckGroup = (typeof CHECK_GROUPS)[number];

export interface PreflightOptions {
  groups: readonly CheckGroup[];
  configFiles: ConfigFiles;
  checkTimeoutMs: number;
  reportPath?: string;
}

export interface PreflightResult {
  report: PreflightReport;
  reportPath: string;
}

export async function runPreflight(options: PreflightOptions): Promise<PreflightResult> {
  const ctx: ConfigCheckContext = { configFiles: options.configFiles, config: memoizedConfig(options.configFiles) };
  const checks: Check<ConfigCheckContext>[] = [];
  if (options.groups.includes('config')) checks.push(...configChecks());
  const results = await runChecks(checks, ctx, options.checkTimeoutMs);
  const report = buildReport(results);
  const reportPath = await writeReport(report, options.reportPath);
  annotateReport(report);
  await writeSummary(summaryMarkdown(report));
  setOutputs({ ok: report.ok, 'error-count': report.errorCount, 'warning-count': report.warningCount, report: reportPath });
  return { report, reportPath };
}
