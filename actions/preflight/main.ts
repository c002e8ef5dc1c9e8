import * as core from '@actions/core';
import { resolve } from 'node:path';
import { getBoolean, getChoices, getDuration, getList, getString } from '../../src/action/inputs.js';
import { runEntry, workspace } from '../../src/action/entry.js';
import { CHECK_GROUPS, runPreflight } from '../../src/preflight/run.js';

export const Inputs = {
  ValuesFiles: 'values-files',
  SeedFile: 'seed-file',
  Checks: 'checks',
  WorkingDirectory: 'working-directory',
  AllowHttp: 'allow-http',
  CheckTimeout: 'check-timeout',
  ReportPath: 'report-path',
} as const;

await runEntry(async () => {
  const ws = workspace();
  const { report } = await runPreflight({
    groups: getChoices(Inputs.Checks, CHECK_GROUPS, ['config']),
    configFiles: {
      valuesFiles: getList(Inputs.ValuesFiles),
      seedFile: getString(Inputs.SeedFile) || undefined,
      workingDirectory: resolve(ws, getString(Inputs.WorkingDirectory, '.')),
      workspace: ws,
      allowHttp: getBoolean(Inputs.AllowHttp),
    },
    checkTimeoutMs: getDuration(Inputs.CheckTimeout, '60s'),
    reportPath: getString(Inputs.ReportPath) || undefined,
  });
  if (!report.ok)
    core.setFailed(`Chalk preflight found ${report.errorCount} error${report.errorCount === 1 ? '' : 's'}; see the annotations and the job summary.`);
});
