import * as core from '@actions/core';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runEntry } from '../../src/action/entry.js';
import { getBoolean, getDuration, getOneOf, getOptional, getString } from '../../src/action/inputs.js';
import { runnerTemp, workspace } from '../../src/action/paths.js';
import { createGitHubClient } from '../../src/github/client.js';
import { runContext, type RunContext } from '../../src/github/context.js';
import { GitHubError } from '../../src/github/errors.js';
import { markerFor } from '../../src/github/marker.js';
import { upsertStickyComment, type StickyCommentResult } from '../../src/github/sticky-comment.js';
import { setupHelm } from '../../src/helm/install.js';
import { runPlan } from '../../src/plan/run.js';
import type { Plan } from '../../src/plan/types.js';
import { cancellation } from '../../src/process/cancellation.js';
import { annotation } from '../../src/report/annotations.js';
import { generated, setOutputs, writeSummary } from '../../src/report/outputs.js';
import { planComment, planDiffText, planSummary } from '../../src/report/plan-summary.js';
import { redactJson } from '../../src/report/secrets.js';
import { ignoreRulesInput } from '../../src/action/release-inputs.js';
import { releaseInputs } from './inputs.js';
import { Defaults, Inputs, Outputs } from './names.js';

const MODES = ['auto', 'offline', 'server'] as const;
const COMMENT_CHOICES = ['auto', 'true', 'false'] as const;

export function run(): Promise<void> {
  return runEntry(async () => {
    const ws = workspace();
    const paths = { workspace: ws, cwd: resolve(ws, getString(Inputs.WorkingDirectory, Defaults.WorkingDirectory)) };
    const releases = releaseInputs(paths);
    const ignore = ignoreRulesInput();
    const mode = getOneOf(Inputs.Mode, MODES) ?? 'auto';
    const comment = getOneOf(Inputs.Comment, COMMENT_CHOICES) ?? 'auto';
    const caFile = getOptional(Inputs.CaFile);
    const kubeContext = getOptional(Inputs.KubeContext);
    const token = core.getInput(Inputs.GithubToken).trim();

    const { client: helm, warnings } = await setupHelm({ tempDir: runnerTemp() });
    for (const w of warnings) core.warning(w);
    const outDir = await mkdtemp(join(runnerTemp(), 'render-and-diff-'));
    const plan = await runPlan({
      releases,
      mode,
      helm,
      ...(kubeContext ? { kubeContext } : {}),
      ignore,
      ignoreChartBump: getBoolean(Inputs.IgnoreChartBump),
      workDir: outDir,
      ...(caFile ? { caFile: resolve(ws, caFile) } : {}),
      timeoutMs: getDuration(Inputs.Timeout, Defaults.Timeout),
      signal: cancellation.signal,
    });

    const planFile = join(outDir, 'plan.json');
    const diffFile = join(outDir, 'diff.txt');
    await writeFile(planFile, `${JSON.stringify(redactJson(plan), null, 2)}\n`);
    await writeFile(diffFile, planDiffText(plan));
    annotatePlan(plan);
    const commented = await postComment(plan, comment, token, getString(Inputs.Environment));
    const totals = sumCounts(plan);
    const digest = plan.releases.find((r) => r.chart?.digest)?.chart?.digest;
    setOutputs({
      [Outputs.HasChanges]: plan.changes > 0,
      [Outputs.Added]: totals.added,
      [Outputs.Changed]: totals.changed,
      [Outputs.Removed]: totals.removed,
      [Outputs.Ignored]: totals.ignored,
      [Outputs.PlanFile]: generated(planFile),
      [Outputs.DiffFile]: generated(diffFile),
      [Outputs.ChartDigest]: digest ? generated(digest) : undefined,
      [Outputs.CommentUrl]: commented?.url ? generated(commented.url) : undefined,
    });
    await writeSummary(planSummary(plan, diffFile), { keep: [diffFile] });

    const failed = plan.releases.filter((r) => r.error);
    if (failed.length) {
      core.setFailed(`render-and-diff: ${failed.map((r) => `${r.release}: ${r.error!.message}`).join('; ')}`);
      return;
    }
    core.info(
      `Plan: ${plan.changes} change${plan.changes === 1 ? '' : 's'} (${totals.added} added, ${totals.changed} changed, ${totals.removed} removed, ${totals.ignored} ignored differences).`,
    );
    if (plan.changes > 0 && getBoolean(Inputs.DetailedExitcode)) {
      core.notice(`render-and-diff found ${plan.changes} change${plan.changes === 1 ? '' : 's'}: exit code 2 (detailed-exitcode).`);
      process.exitCode = 2;
    }
  });
}

function sumCounts(plan: Plan): { added: number; changed: number; removed: number; ignored: number } {
  const sum = { added: 0, changed: 0, removed: 0, ignored: 0 };
  for (const r of plan.releases) for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += r.counts?.[k] ?? 0;
  return sum;
}

/** Render failures on the values file they point at (helm's own message); a re-pushed chart version and unapplied CRDs as warnings. */
function annotatePlan(plan: Plan): void {
  for (const r of plan.releases) {
    if (r.error)
      annotation('error', `${r.release}: ${r.error.message}${r.error.fix ? ` Fix: ${r.error.fix}` : ''}`, {
        title: r.error.kind === 'render' || r.error.boundary === 'helm' ? 'helm could not render the chart' : 'render-and-diff',
        ...(r.error.origin ? { file: r.error.origin.file, line: r.error.origin.line, col: r.error.origin.col } : {}),
      });
    if (r.chart?.sameVersionNewDigest)
      annotation(
        'warning',
        `${r.release}: chart ${r.chart.name} ${r.chart.version} now resolves to ${r.chart.digest}, but the release was deployed from ${r.chart.previousDigest}: the version was pushed again with different content.`,
        { title: 'Chart digest changed under the same version' },
      );
    const crds = (r.objects ?? []).filter((o) => o.crd?.helmWillNotApply && o.change !== 'unchanged');
    if (crds.length)
      annotation('warning', `${r.release}: ${crds.map((o) => o.key.name).join(', ')} differ from the cluster's; helm does not apply crds/ on upgrade.`, {
        title: 'CRDs helm will not apply',
      });
  }
}

/** The sticky comment, when asked for and possible; a failure to post is a warning, never the job's failure. */
async function postComment(plan: Plan, choice: 'auto' | 'true' | 'false', token: string, environment: string): Promise<StickyCommentResult | undefined> {
  if (choice === 'false') return undefined;
  let context: RunContext;
  try {
    context = runContext(process.env);
  } catch (err) {
    if (!(err instanceof GitHubError)) throw err;
    // Outside GitHub Actions (a local run) there is no pull request to comment on.
    if (choice === 'true') core.warning(`No PR comment: ${err.message}. ${err.fix}`);
    return undefined;
  }
  if (context.pullRequest === undefined) {
    if (choice === 'true') core.notice('No PR comment: this run is not for a pull request.');
    return undefined;
  }
  if (choice === 'auto' && !['pull_request', 'pull_request_target'].includes(context.eventName)) return undefined;
  if (!token) {
    core.notice('No PR comment: github-token is empty.');
    return undefined;
  }
  try {
    const client = await createGitHubClient({ token, signal: cancellation.signal });
    const marker = markerFor('render-and-diff', {
      repository: `${context.owner}/${context.repo}`,
      workflow: context.workflow,
      environment,
      releases: plan.releases.map((r) => `${r.namespace}/${r.release}`),
    });
    const body = planComment(plan, { environment, commit: context.headSha, runUrl: context.runUrl });
    const result = await upsertStickyComment({ client, owner: context.owner, repo: context.repo, number: context.pullRequest, marker, body });
    if (result.notice) core.notice(result.notice);
    core.info(`PR comment ${result.action}${result.url ? `: ${result.url}` : ''}.`);
    return result;
  } catch (err) {
    if (!(err instanceof GitHubError)) throw err;
    core.warning(`The PR comment was not posted: ${err.message}. ${err.fix}`);
    return undefined;
  }
}
