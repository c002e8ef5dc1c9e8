/**
 * Deploying one helm release so that it is never left half-done: under the release's deploy lock,
 * a release stuck in a pending state is recovered (when old enough), an upgrade that would change
 * nothing is skipped, and `helm upgrade --install` rolls back on failure by the helm major's own
 * means (Helm 4 `--rollback-on-failure` with an explicit `--wait=watcher`; Helm 3 `--atomic`). While
 * helm waits, the reasons pods of the upgrade fail (an image that cannot be pulled, a crash loop) are
 * collected, since helm's rollback removes those pods before anyone could look at them.
 */
import * as core from '@actions/core';
import { ChalkError, errorInfo, type ErrorInfo } from '../errors.js';
import type { HelmClient } from '../helm/client.js';
import { isPending, pendingRecovery } from '../kube/helm-releases.js';
import { ToolAbortedError } from '../process/run-tool.js';
import { oneLine } from '../report/text.js';
import { chartArgs, chartLabel, pulledDigest, releaseApplyMethod, releaseHistory, releaseObjects, type ChartSource, type Revision } from './helm-release.js';
import type { ApplyAction, ApplyKube, ContainerProblem } from './kube-apply.js';
import { acquireLock } from './lease.js';
import { describeDeploy } from './release-record.js';

export interface ReleaseTarget {
  release: string;
  namespace: string;
  chart: ChartSource;
  /** Absolute paths, merged in order. */
  valuesFiles: string[];
  /** `key=value` for `--set`. */
  set: string[];
  /** helm's --timeout: how long to wait for the release to become ready. */
  timeoutMs: number;
  historyMax: number;
}

/** Who deployed, for the release description and the objects' annotations. */
export interface Provenance {
  runUrl?: string;
  commit?: string;
  actor?: string;
}

export type TraceTarget = 'objects' | 'namespace' | 'off';

export interface DeploySettings {
  helm: HelmClient;
  kube: ApplyKube;
  /** CA bundle for a registry with a private certificate. */
  caFile?: string;
  recoverPending: boolean;
  recoverPendingAfterMs: number;
  force: boolean;
  dryRun: boolean;
  /** The deploy lock's holder identity and how long to wait for it. */
  lock: { holder: string; waitMs: number; leaseSeconds?: number };
  provenance: Provenance;
  trace: TraceTarget;
  /** Aborts on a job cancel: nothing new is started, and the result says what happened. */
  signal: AbortSignal;
}

export type ReleaseOutcome = 'installed' | 'upgraded' | 'unchanged' | 'would-change' | 'rolled-back' | 'failed' | 'cancelled' | 'not-started';

export interface RecoveryResult {
  /** The pending state found. */
  status: string;
  revision: number;
  ageSeconds: number;
  action: 'rollback' | 'uninstall';
  /** The revision rolled back to. */
  toRevision?: number;
  command: string;
  /** False in a dry run: it would have been done. */
  performed: boolean;
}

export interface RevisionInfo {
  revision: number;
  status: string;
  chart: string;
  updated: string;
  description: string;
}

export interface ReleaseResult {
  release: string;
  namespace: string;
  chart: { ref: string; version?: string; digest?: string };
  outcome: ReleaseOutcome;
  /** The cluster was changed (a new revision, a recovery). */
  changed: boolean;
  revision?: number;
  previousRevision?: number;
  status?: string;
  /** Helm 4: how objects were applied, and why. */
  applyMethod?: { method: string; reason: string };
  namespaceAction?: ApplyAction;
  recovery?: RecoveryResult;
  /** Why the upgrade's pods did not become ready. */
  containerProblems: ContainerProblem[];
  /** The last five revisions, newest first. */
  history: RevisionInfo[];
  lock?: { name: string; waitedMs: number; waitedFor: string[] };
  /** The objects annotated with the run (trace). */
  traced?: number;
  error?: ErrorInfo;
  durationMs: number;
}

export class PendingReleaseError extends ChalkError<'pending-too-young' | 'pending-recovery-off'> {
  readonly boundary = 'apply';
}

/** How much longer than helm's own --timeout helm may take before it is stopped (rollback included). */
const HELM_GRACE_MS = 3 * 60_000;
const POD_POLL_MS = 2_000;

export async function deployRelease(target: ReleaseTarget, settings: DeploySettings): Promise<ReleaseResult> {
  const started = Date.now();
  const result: ReleaseResult = {
    release: target.release,
    namespace: target.namespace,
    chart: { ref: chartLabel(target.chart), ...(target.chart.version ? { version: target.chart.version } : {}) },
    outcome: 'failed',
    changed: false,
    containerProblems: [],
    history: [],
    durationMs: 0,
  };
  try {
    result.namespaceAction = await settings.kube.ensureNamespace(target.namespace, { dryRun: settings.dryRun });
    if (settings.dryRun) await plannedRelease(target, settings, result);
    else {
      const lock = await acquireLock(settings.kube, {
        namespace: target.namespace,
        release: target.release,
        ...settings.lock,
        signal: settings.signal,
      });
      result.lock = { name: lock.name, waitedMs: lock.waitedMs, waitedFor: lock.waitedFor };
      try {
        await lockedDeploy(target, settings, result);
      } finally {
        await lock.release();
      }
    }
  } catch (err) {
    result.error = errorInfo(err);
    result.outcome = settings.signal.aborted ? 'cancelled' : 'failed';
  } finally {
    result.durationMs = Date.now() - started;
  }
  return result;
}

async function plannedRelease(target: ReleaseTarget, settings: DeploySettings, result: ReleaseResult): Promise<void> {
  const history = await releaseHistory(settings.helm, target.release, target.namespace);
  fillHistory(result, history);
  const recovery = await recoverPending(target, settings, history);
  if (recovery) result.recovery = recovery;
  result.outcome = 'would-change';
}

async function lockedDeploy(target: ReleaseTarget, settings: DeploySettings, result: ReleaseResult): Promise<void> {
  let history = await releaseHistory(settings.helm, target.release, target.namespace);
  const recovery = await recoverPending(target, settings, history);
  if (recovery) {
    result.recovery = recovery;
    result.changed = true;
    history = await releaseHistory(settings.helm, target.release, target.namespace);
  }
  const previous = history.at(-1);
  if (previous) result.previousRevision = previous.revision;
  const previousMethod = previous && settings.helm.version.major >= 4 ? await releaseApplyMethod(settings.helm, target.release, target.namespace) : undefined;

  const watch = watchContainers(settings.kube, target, await settings.kube.podUids(target.namespace));
  let upgrade: { stderr: string } | undefined;
  let failure: unknown;
  try {
    upgrade = await runUpgrade(target, settings);
  } catch (err) {
    failure = err;
  } finally {
    result.containerProblems = await watch.stop();
  }

  const after = await releaseHistory(settings.helm, target.release, target.namespace);
  fillHistory(result, after);
  const latest = after.at(-1);
  if (failure === undefined) {
    const digest = upgrade && pulledDigest(upgrade.stderr);
    if (digest) result.chart.digest = digest;
    result.chart.version = latest?.chart.slice(latest.chart.lastIndexOf('-') + 1) ?? result.chart.version;
    result.outcome = previous ? 'upgraded' : 'installed';
    result.changed = true;
    result.containerProblems = [];
    if (settings.helm.version.major >= 4) result.applyMethod = await applyMethod(settings, target, previous, previousMethod);
    if (settings.trace !== 'off') result.traced = await trace(target, settings);
    return;
  }
  result.changed = latest?.revision !== previous?.revision;
  result.outcome = settings.signal.aborted ? 'cancelled' : latest && latest.revision !== previous?.revision ? 'rolled-back' : 'failed';
  throw failure instanceof ToolAbortedError && failure.output ? new UpgradeError(failure, failure.output.stderr) : failure;
}

/** A helm failure, with helm's own last words kept when the job was cancelled mid-upgrade. */
class UpgradeError extends ChalkError<'cancelled'> {
  readonly boundary = 'helm';

  constructor(cause: ToolAbortedError, stderr: string) {
    const said = stderr
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('Error:'))
      .at(-1);
    super('cancelled', said ? `${cause.message} helm said: ${oneLine(said.replace(/^Error:\s*/, ''))}` : cause.message, cause.fix);
  }
}

function fillHistory(result: ReleaseResult, history: readonly Revision[]): void {
  const latest = history.at(-1);
  if (latest) {
    result.revision = latest.revision;
    result.status = latest.status;
  }
  result.history = history
    .slice(-5)
    .reverse()
    .map((r) => ({ revision: r.revision, status: r.status, chart: r.chart, updated: r.updated, description: r.description }));
}

function upgradeArgs(target: ReleaseTarget, settings: DeploySettings): string[] {
  const seconds = `${Math.ceil(target.timeoutMs / 1000)}s`;
  const rollback = settings.helm.version.major >= 4 ? ['--rollback-on-failure', '--wait=watcher'] : ['--atomic', '--wait'];
  return [
    'upgrade',
    '--install',
    target.release,
    ...chartArgs(target.chart),
    '--namespace',
    target.namespace,
    ...target.valuesFiles.flatMap((f) => ['--values', f]),
    ...target.set.flatMap((s) => ['--set', s]),
    ...rollback,
    '--timeout',
    seconds,
    '--history-max',
    String(target.historyMax),
    '--description',
    describeDeploy({
      ...(target.chart.digest ? { digest: target.chart.digest } : {}),
      ...(settings.provenance.runUrl ? { runUrl: settings.provenance.runUrl } : {}),
    }),
    ...(settings.caFile ? ['--ca-file', settings.caFile] : []),
  ];
}

async function runUpgrade(target: ReleaseTarget, settings: DeploySettings): Promise<{ stderr: string }> {
  core.info(`Deploying ${target.release} (${chartLabel(target.chart)}${target.chart.version ? ` ${target.chart.version}` : ''}) to ${target.namespace}.`);
  const result = await settings.helm.run(upgradeArgs(target, settings), { timeoutMs: target.timeoutMs + HELM_GRACE_MS, log: true });
  return { stderr: result.stderr };
}

async function applyMethod(
  settings: DeploySettings,
  target: ReleaseTarget,
  previous: Revision | undefined,
  previousMethod: string | undefined,
): Promise<{ method: string; reason: string }> {
  const used = await releaseApplyMethod(settings.helm, target.release, target.namespace);
  const method = used === 'ssa' ? 'server-side' : used === 'csa' ? 'client-side' : (used ?? 'unknown');
  if (!previous) return { method, reason: 'Helm 4 installs new releases with server-side apply' };
  const was = previousMethod === 'ssa' ? 'server-side' : 'client-side';
  return {
    method,
    reason: `auto: the upgrade follows the release's previous method (${was}${previousMethod ? '' : ', a release last written by Helm 3'})`,
  };
}

/**
 * A release stuck pending-install/upgrade/rollback blocks every helm operation. Recovered only when
 * the pending revision is older than the threshold (the deploy lock is held, so no deploy of ours is
 * running; a younger one may be a person's helm run): rollback to the last deployed revision, or
 * uninstall a first install that never completed.
 */
async function recoverPending(target: ReleaseTarget, settings: DeploySettings, history: readonly Revision[]): Promise<RecoveryResult | undefined> {
  const latest = history.at(-1);
  if (!latest || !isPending(latest.status)) return undefined;
  const plan = pendingRecovery(
    history.map((r) => ({ revision: r.revision, status: r.status, modifiedAt: new Date(r.updated) })),
    target.release,
    target.namespace,
  )!;
  const ageMs = Math.max(0, Date.now() - Date.parse(latest.updated));
  const command = `helm ${plan.args.join(' ')}`;
  const toRevision = plan.args[0] === 'rollback' ? Number(plan.args[2]) : undefined;
  const found = `release ${target.release} is ${latest.status} (revision ${latest.revision}) since ${formatAge(ageMs)}`;
  if (!settings.recoverPending)
    throw new PendingReleaseError(
      'pending-recovery-off',
      `${found}; helm refuses every operation on it until it is recovered, and recover-pending is off.`,
      `If no helm operation is running on it, ${plan.description.replace(/, then (upgrade|install it again)$/, '')}: ${command}`,
    );
  if (ageMs < settings.recoverPendingAfterMs)
    throw new PendingReleaseError(
      'pending-too-young',
      `${found}, younger than recover-pending-after (${formatAge(settings.recoverPendingAfterMs)}): a helm operation may still be running on it.`,
      `If nothing is deploying it, recover it by hand: ${command} — or run again after ${formatAge(settings.recoverPendingAfterMs - ageMs)} and the deploy recovers it.`,
    );
  const recovery: RecoveryResult = {
    status: latest.status,
    revision: latest.revision,
    ageSeconds: Math.round(ageMs / 1000),
    action: plan.args[0] === 'rollback' ? 'rollback' : 'uninstall',
    ...(toRevision !== undefined ? { toRevision } : {}),
    command,
    performed: false,
  };
  if (settings.dryRun) return recovery;
  core.warning(`${found}: recovering with ${command}.`);
  await settings.helm.run(plan.args, { timeoutMs: target.timeoutMs + HELM_GRACE_MS, log: true });
  return { ...recovery, performed: true };
}

export function formatAge(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 90) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 90) return `${m}m ${s % 60}s`;
  return `${Math.floor(m / 60)}h ${m % 60}m`;
}

/** Polls the release's new pods while helm waits, keeping the latest reason each failing container showed. */
function watchContainers(kube: ApplyKube, target: ReleaseTarget, existing: ReadonlySet<string>): { stop(): Promise<ContainerProblem[]> } {
  const seen = new Map<string, ContainerProblem>();
  let stopped = false;
  const poll = async (): Promise<void> => {
    const problems = await kube.containerProblems(target.namespace, existing, target.release).catch(() => []);
    for (const p of problems) seen.set(`${p.pod}/${p.container}`, p);
  };
  let running = poll();
  const timer = setInterval(() => {
    if (!stopped) running = running.then(poll);
  }, POD_POLL_MS);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      return [...seen.values()];
    },
  };
}

/** Annotates the release's objects (or its namespace) with the GitHub run, commit and actor that deployed it. */
async function trace(target: ReleaseTarget, settings: DeploySettings): Promise<number> {
  const { runUrl, commit, actor } = settings.provenance;
  const annotations = {
    ...(runUrl ? { 'deploy.chalk.ai/run-url': runUrl } : {}),
    ...(commit ? { 'deploy.chalk.ai/commit': commit } : {}),
    ...(actor ? { 'deploy.chalk.ai/actor': actor } : {}),
  };
  if (Object.keys(annotations).length === 0) return 0;
  const objects =
    settings.trace === 'namespace'
      ? [{ apiVersion: 'v1', kind: 'Namespace', name: target.namespace }]
      : await releaseObjects(settings.helm, target.release, target.namespace);
  await Promise.all(
    objects.map((o) =>
      settings.kube.apply(
        {
          apiVersion: o.apiVersion,
          kind: o.kind,
          metadata: {
            name: o.name,
            ...(o.kind === 'Namespace' ? {} : { namespace: 'namespace' in o && o.namespace ? o.namespace : target.namespace }),
            annotations,
          },
        },
        { fieldManager: TRACE_FIELD_MANAGER },
      ),
    ),
  );
  return objects.length;
}

/** The annotations have their own field manager, so applying them never drops fields another apply of ours owns. */
const TRACE_FIELD_MANAGER = 'chalk-actions-trace';
