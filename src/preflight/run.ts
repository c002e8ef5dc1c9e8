/** The preflight pipeline: selected check groups → results → report, summary, annotations, outputs. */
import type { ConfigFiles } from '../config/chalk-config.js';
import { setOutputs, writeSummary } from '../report/outputs.js';
import { runChecks, type Check } from '../checks/check.js';
import { clusterChecks } from './cluster-checks.js';
import { configChecks, memoizedConfig } from './config-checks.js';
import { createContext, type PreflightContext, type PreflightSettings } from './context.js';
import { annotateReport, buildReport, summaryMarkdown, writeReport, type PreflightReport } from './report.js';
import { secretsChecks } from './secrets-checks.js';
import { toolsChecks } from './tools-checks.js';

export const CHECK_GROUPS = ['config', 'tools', 'cluster', 'secrets', 'postgres', 'aws', 'dataplane', 'registry'] as const;
export type CheckGroup = (typeof CHECK_GROUPS)[number];

export interface PreflightOptions {
  groups: readonly CheckGroup[];
  configFiles: ConfigFiles;
  settings: Omit<PreflightSettings, 'groups' | 'checkTimeoutMs'>;
  checkTimeoutMs: number;
  reportPath?: string;
}

export interface PreflightResult {
  report: PreflightReport;
  reportPath: string;
}

const GROUP_CHECKS: Record<CheckGroup, (ctx: PreflightContext) => Check<PreflightContext>[] | Promise<Check<PreflightContext>[]>> = {
  config: () => configChecks(),
  tools: (ctx) => toolsChecks(ctx),
  cluster: () => clusterChecks(),
  secrets: () => secretsChecks(),
  postgres: async () => (await import('./postgres-checks.js')).postgresChecks(),
  aws: async () => (await import('./aws-checks.js')).awsChecks(),
  dataplane: async () => (await import('./dataplane-checks.js')).dataplaneChecks(),
  registry: async () => (await import('./registry-checks.js')).registryChecks(),
};

export async function runPreflight(options: PreflightOptions): Promise<PreflightResult> {
  const ctx = createContext(
    { config: memoizedConfig(options.configFiles) },
    { ...options.settings, groups: options.groups, checkTimeoutMs: options.checkTimeoutMs },
  );
  // Groups in CHECK_GROUPS order, so the report reads the same whatever order `checks` lists them in.
  const selected = CHECK_GROUPS.filter((g) => options.groups.includes(g));
  const checks = (await Promise.all(selected.map((g) => GROUP_CHECKS[g](ctx)))).flat();
  const results = await runChecks(checks, ctx, options.checkTimeoutMs);
  const report = buildReport(results);
  const reportPath = await writeReport(report, options.reportPath);
  annotateReport(report);
  await writeSummary(summaryMarkdown(report));
  setOutputs({ ok: report.ok, 'error-count': report.errorCount, 'warning-count': report.warningCount, report: reportPath });
  return { report, reportPath };
}
