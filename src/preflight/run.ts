/**
 * The preflight engine: the selected check groups run against the settings, and the result is the
 * report. It writes nothing to the job (the action's glue writes the report file, annotations,
 * summary and outputs) and leaves the run's clients open for the caller to close.
 */
import * as core from '@actions/core';
import type { ConfigFiles } from '../config/chalk-config.js';
import { runChecks, type Check } from '../checks/check.js';
import { logLine } from '../report/secrets.js';
import type { PreflightClients } from './clients.js';
import { clusterChecks } from './cluster-checks.js';
import { configChecks, memoizedConfig } from './config-checks.js';
import { createContext, type PreflightContext, type PreflightSettings } from './context.js';
import { buildReport, type PreflightReport } from './report.js';
import { secretsChecks } from './secrets-checks.js';
import { toolsChecks } from './tools-checks.js';

export const CHECK_GROUPS = ['config', 'tools', 'cluster', 'secrets', 'postgres', 'aws', 'dataplane', 'registry'] as const;
export type CheckGroup = (typeof CHECK_GROUPS)[number];

export interface PreflightOptions {
  groups: readonly CheckGroup[];
  configFiles: ConfigFiles;
  settings: Omit<PreflightSettings, 'groups' | 'checkTimeoutMs'>;
  checkTimeoutMs: number;
  /** The connections the checks open; the caller closes them once the run is over. */
  clients: PreflightClients;
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

export async function runPreflight(options: PreflightOptions): Promise<PreflightReport> {
  const ctx = createContext(
    // The files are parsed within the check's time limit: a hostile file is reported on its line, not as a bare timeout.
    { config: memoizedConfig({ ...options.configFiles, timeoutMs: options.configFiles.timeoutMs ?? options.checkTimeoutMs }) },
    { ...options.settings, groups: options.groups, checkTimeoutMs: options.checkTimeoutMs },
    options.clients,
  );
  // Groups in CHECK_GROUPS order, so the report reads the same whatever order `checks` lists them in.
  const selected = CHECK_GROUPS.filter((g) => options.groups.includes(g));
  const checks = (await Promise.all(selected.map((g) => GROUP_CHECKS[g](ctx)))).flat();
  const results = await runChecks(checks, ctx, options.checkTimeoutMs);
  for (const check of results) core.info(logLine(`${check.id}: ${check.verdict} — ${check.finding} (${check.durationMs} ms)`));
  return buildReport(results);
}
