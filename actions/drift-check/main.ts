import * as core from '@actions/core';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runEntry } from '../../src/action/entry.js';
import { getBoolean, getDuration, getOptional, getString, InputError } from '../../src/action/inputs.js';
import { runnerTemp, workspace } from '../../src/action/paths.js';
import { runDriftCheck } from '../../src/drift/run.js';
import type { DriftReport } from '../../src/drift/types.js';
import { createGitHubClient } from '../../src/github/client.js';
import { runContext } from '../../src/github/context.js';
import { upsertDriftIssue, type IssueUpsertResult } from '../../src/github/issue-upsert.js';
import { markerFor } from '../../src/github/marker.js';
import { setupHelm } from '../../src/helm/install.js';
import { cancellation } from '../../src/process/cancellation.js';
import { annotation } from '../../src/report/annotations.js';
import { driftHeadline, driftIssue, driftSummary, resolvedComment } from '../../src/report/drift-summary.js';
import { generated, setOutputs, writeSummary } from '../../src/report/outputs.js';
import { redactJson } from '../../src/report/secrets.js';
import { ignoreRulesInput } from '../../src/action/release-inputs.js';
import { releaseInputs } from './inputs.js';
import { Defaults, Inputs, Outputs } from './names.js';

// Bundled dependencies (the Kubernetes client's fetch) trip Node deprecation warnings the user can do nothing about.
process.noDeprecation = true;

export function run(): Promise<void> {
  return runEntry(async () => {
    const ws = workspace();
    const outDir = await mkdtemp(join(runnerTemp(), 'drift-check-'));
    const releases = await releaseInputs({ workspace: ws, cwd: resolve(ws, getString(Inputs.WorkingDirectory, Defaults.WorkingDirectory)), tempDir: outDir });
    const ignore = ignoreRulesInput();
    const failOnDrift = getBoolean(Inputs.FailOnDrift);
    const issue = getBoolean(Inputs.Issue);
    const label = getString(Inputs.IssueLabel, Defaults.IssueLabel);
    if (issue && label.includes(',')) throw new InputError(`Input ${Inputs.IssueLabel} must be one label, without commas.`);
    const environment = getString(Inputs.Environment);
    const caFile = getOptional(Inputs.CaFile);
    const kubeContext = getOptional(Inputs.KubeContext);

    const { client: helm, warnings } = await setupHelm({ tempDir: runnerTemp() });
    for (const w of warnings) core.warning(w);
    const report = await runDriftCheck({
      releases,
      helm,
      ...(kubeContext ? { kubeContext } : {}),
      ignore,
      ignoreChartBump: getBoolean(Inputs.IgnoreChartBump),
      workDir: outDir,
      ...(caFile ? { caFile: resolve(ws, caFile) } : {}),
      timeoutMs: getDuration(Inputs.Timeout, Defaults.Timeout),
      signal: cancellation.signal,
    });

    const reportFile = join(outDir, 'drift-report.json');
    await writeFile(reportFile, `${JSON.stringify(redactJson(report), null, 2)}\n`);
    const c = report.counts;
    setOutputs({
      [Outputs.Drifted]: report.drifted,
      [Outputs.DriftedCount]: c.total,
      [Outputs.DesiredCount]: c.desired,
      [Outputs.LiveCount]: c.live,
      [Outputs.MissingCount]: c.missing,
      [Outputs.IgnoredCount]: c.ignored,
      [Outputs.ReportFile]: generated(reportFile),
    });
    await writeSummary(driftSummary(report, { environment, reportFile }), { keep: [reportFile] });
    annotateReport(report);
    core.info(driftHeadline(report));
    if (issue) {
      const upserted = await upsertIssue(report, environment, label);
      if (upserted?.url) setOutputs({ [Outputs.IssueUrl]: generated(upserted.url) });
    }

    if (!report.ok) {
      core.setFailed(
        `drift-check: ${report.releases
          .filter((r) => r.error)
          .map((r) => `${r.release}: ${r.error!.message}`)
          .join('; ')}`,
      );
      return;
    }
    if (report.drifted && failOnDrift) {
      core.error(`Drift found (${c.total} finding${c.total === 1 ? '' : 's'}) and fail-on-drift is set.`, { title: 'Drift' });
      process.exitCode = 1;
    }
  });
}

/** A release that could not be checked on the values file its render failure points at; one warning per drifted release. */
function annotateReport(report: DriftReport): void {
  for (const r of report.releases) {
    if (r.error)
      annotation('error', `${r.release}: ${r.error.message}${r.error.fix ? ` Fix: ${r.error.fix}` : ''}`, {
        title: 'drift-check could not check the release',
        ...(r.error.origin ? { file: r.error.origin.file, line: r.error.origin.line, col: r.error.origin.col } : {}),
      });
    else if (r.status === 'missing') annotation('warning', `${r.release} is not installed in ${r.namespace}.`, { title: 'Release missing' });
    else if (r.status === 'drifted')
      annotation(
        'warning',
        `${r.release} in ${r.namespace} drifted: ${r.counts.desired} desired vs deployed, ${r.counts.live} deployed vs live, ${r.counts.missing} missing (see the job summary).`,
        { title: 'Drift' },
      );
  }
}

/**
 * The drift issue of this environment and release set: opened, updated or reopened on drift, closed on a
 * clean run. A run that could not check every release leaves a closed issue closed and an open one open.
 */
async function upsertIssue(report: DriftReport, environment: string, label: string): Promise<IssueUpsertResult | undefined> {
  if (!report.drifted && !report.ok) {
    core.notice('The drift issue was left as it is: not every release could be checked.');
    return undefined;
  }
  const token = core.getInput(Inputs.GithubToken).trim();
  const context = runContext(process.env);
  const client = await createGitHubClient({ token, signal: cancellation.signal });
  const marker = markerFor('drift-check', {
    repository: `${context.owner}/${context.repo}`,
    environment,
    releases: report.releases.map((r) => `${r.namespace}/${r.release}`),
  });
  const shown = { environment, runUrl: context.runUrl };
  const result = await upsertDriftIssue({
    client,
    owner: context.owner,
    repo: context.repo,
    marker,
    label,
    ...(report.drifted ? { drift: driftIssue(report, shown) } : {}),
    resolvedComment: resolvedComment(report, shown),
  });
  if (result.notice) core.notice(result.notice);
  core.info(`Drift issue ${result.action}${result.url ? `: ${result.url}` : ''}.`);
  return result;
}
