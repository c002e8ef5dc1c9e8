/**
 * Deploying one helm release so that it is never left half-done: under the release's deploy lock,
 * a release stuck in a pending state is recovered (when old enough), an upgrade that would change
 * nothing is skipped, and `helm upgrade --install` rolls back on failure by the helm major's own
 * means (Helm 4 `--rollback-on-failure` with an explicit `--wait=watcher`; Helm 3 `--atomic`). While
 * helm waits, the reasons pods of the upgrade fail (an image that cannot be pulled, a crash loop) are
 * collected, since helm's rollback removes those pods before anyone could look at them.
 */
import * as core from '@actions/core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChalkError, errorInfo, type ErrorInfo } from '../errors.js';
import type { HelmClient } from '../helm/client.js';
import { HelmError } from '../helm/errors.js';
import { isPending, pendingRecovery } from '../kube/helm-releases.js';
import type { ValuesFile } from '../plan/locate.js';
import { digestDescription } from '../plan/render.js';
import { runPlan } from '../plan/run.js';
import type { DiffCounts, ReleasePlan } from '../plan/types.js';
import { ToolAbortedError } from '../process/run-tool.js';
import type { Origin } from '../report/problems.js';
import { oneLine } from '../report/text.js';
import { chartArgs, chartLabel, releaseApplyMethod, releaseHistory, releaseObjects, type ChartSource, type Revision } from './helm-release.js';
import type { ApplyAction, ApplyKube, ContainerProblem } from './kube-apply.js';
import { acquireLock } from './lease.js';

export interface ReleaseTarget {
  release: string;
  namespace: string;
  chart: ChartSource;
  /** Merged in order (the seed file last, as the guide's second --values). */
  valuesFiles: ValuesFile[];
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

/** What the plan found, for the summary: counts and the objects that change. */
export interface PlanSummary {
  changes: number;
  counts: DiffCounts;
  digestChanged: boolean;
  /** The tag now points at other content than the deployed revision's. */
  sameVersionNewDigest: boolean;
  /** Changed objects, at most MAX_PLANNED_OBJECTS: `Deployment chalk-metadata-api: changed`. */
  objects: string[];
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
  plan?: PlanSummary;
  namespaceAction?: ApplyAction;
  recovery?: RecoveryResult;
  /** Why the upgrade's pods did not become ready. */
  containerProblems: ContainerProblem[];
  /** The last five revisions, newest first. */
  history: RevisionInfo[];
  lock?: { name: string; waitedMs: number; waitedFor: string[] };
  /** The objects annotated with the run (trace). */
  traced?: number;
  /** With the values-file line a render failure points at, when it does. */
  error?: ErrorInfo & { origin?: Origin };
  durationMs: number;
}

export class PendingReleaseError extends ChalkError<'pending-too-young' | 'pending-recovery-off'> {
  readonly boundary = 'apply';
}

/** How much longer than helm's own --timeout helm may take before it is stopped (rollback included). */
const HELM_GRACE_MS = 3 * 60_000;
const POD_POLL_MS = 2_000;
const MAX_PLANNED_OBJECTS = 20;

/** The read-only start of a deploy: the release's history and the plan (or why it failed). */
export interface ReleaseReading {
  history: Revision[];
  planned: { plan: ReleasePlan } | { error: unknown };
}

/**
 * Reads the history and plans, writing nothing, so a caller may start it before the checks that gate
 * writing (deploy-metadata does, beside its config checks). A plan against the server waits for
 * `beforeServerPlan`: what is written first (the Secrets) may be what the chart's `lookup` reads.
 */
export async function readRelease(target: ReleaseTarget, settings: DeploySettings, beforeServerPlan?: Promise<unknown>): Promise<ReleaseReading> {
  const [history, planned] = await Promise.all([
    releaseHistory(settings.helm, target.release, target.namespace),
    planRelease(target, settings, beforeServerPlan).then(
      (plan) => ({ plan }),
      (error: unknown) => ({ error }),
    ),
  ]);
  return { history, planned };
}

/**
 * `reading`, when given, was started by the caller (readRelease) with the same target and settings;
 * the namespace is then the caller's to ensure, before any write.
 */
export async function deployRelease(target: ReleaseTarget, settings: DeploySettings, reading?: Promise<ReleaseReading>): Promise<ReleaseResult> {
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
    if (!reading) result.namespaceAction = await settings.kube.ensureNamespace(target.namespace, { dryRun: settings.dryRun });
    await deploy(target, settings, result, reading ?? readRelease(target, settings));
  } catch (err) {
    result.error = errorInfo(err);
    if (settings.signal.aborted) result.outcome = 'cancelled';
  } finally {
    result.durationMs = Date.now() - started;
  }
  return result;
}

/**
 * The plan and the history are read together and without the lock: a no-op (or a dry run) changes
 * nothing, so it needs none. Anything else takes the lock first, and reads both again when it had to
 * wait for it or finds the release stuck, since the release may have changed meanwhile.
 */
async function deploy(target: ReleaseTarget, settings: DeploySettings, result: ReleaseResult, reading: Promise<ReleaseReading>): Promise<void> {
  const { history, planned } = await reading;
  if ('plan' in planned) notePlan(result, planned.plan);
  fillHistory(result, history);
  const latest = history.at(-1);
  if (latest) result.previousRevision = latest.revision;
  // A release stuck pending cannot be planned against the server until it is recovered.
  const stuck = latest !== undefined && isPending(latest.status);
  if (!stuck && 'error' in planned) throw planned.error;
  const plan = 'plan' in planned ? planned.plan : undefined;
  if (settings.dryRun) {
    if (stuck) result.recovery = await recoverPending(target, settings, history);
    result.outcome = plan && !stuck && isNoop(plan, latest, settings) ? 'unchanged' : 'would-change';
    return;
  }
  if (plan && !stuck && isNoop(plan, latest, settings)) {
    result.outcome = 'unchanged';
    return;
  }
  const lock = await acquireLock(settings.kube, { namespace: target.namespace, release: target.release, ...settings.lock, signal: settings.signal });
  result.lock = { name: lock.name, waitedMs: lock.waitedMs, waitedFor: lock.waitedFor };
  try {
    if (!plan || stuck || lock.waitedFor.length) await lockedDeploy(target, settings, result, undefined);
    else await lockedDeploy(target, settings, result, { history, plan });
  } finally {
    await lock.release();
  }
}

/**
 * Renders the chart and diffs it with the deployed release (src/plan); a failure fails the deploy,
 * pointing at the values file when it can. Offline first: the server's dry run is by far the slowest
 * step, and an offline render settles a no-op (equal to the deployed manifest) and a first install
 * (everything is added). Changes to an existing release are planned again against the server, whose
 * `lookup` sees what exists, so a chart that keeps generated values is not reported as changing.
 */
async function planRelease(target: ReleaseTarget, settings: DeploySettings, beforeServerPlan?: Promise<unknown>): Promise<ReleasePlan> {
  const kubeVersion = await settings.kube.serverVersion();
  const offline = await runOnePlan(target, settings, 'offline', kubeVersion).catch(() => undefined);
  const settled = offline && !offline.error && (offline.baseline === 'none' || (offline.changes === 0 && offline.chart?.digestChanged === false));
  if (!settled) await beforeServerPlan;
  const planned = settled ? offline : await runOnePlan(target, settings, 'auto', kubeVersion);
  if (planned.error) throw new PlanFailure(planned.error);
  return planned;
}

/** The plan's chart and changes, for the result. */
function notePlan(result: ReleaseResult, planned: ReleasePlan): void {
  if (planned.chart) {
    result.chart.version = planned.chart.version;
    if (planned.chart.digest) result.chart.digest = planned.chart.digest;
  }
  result.plan = {
    changes: planned.changes ?? 0,
    counts: planned.counts!,
    digestChanged: planned.chart?.digestChanged ?? true,
    sameVersionNewDigest: planned.chart?.sameVersionNewDigest ?? false,
    objects: (planned.objects ?? [])
      .filter((o) => o.change !== 'unchanged' && o.change !== 'ignored')
      .slice(0, MAX_PLANNED_OBJECTS)
      .map((o) => `${o.key.kind} ${o.key.namespace ? `${o.key.namespace}/` : ''}${o.key.name}: ${o.change}`),
  };
}

async function runOnePlan(target: ReleaseTarget, settings: DeploySettings, mode: 'offline' | 'auto', kubeVersion: string): Promise<ReleasePlan> {
  const workDir = await mkdtemp(join(tmpdir(), 'chalk-plan-'));
  try {
    const { chart } = target;
    const plan = await runPlan({
      releases: [
        {
          chart: {
            ref: chart.chart,
            ...(chart.version ? { version: chart.version } : {}),
            ...(chart.digest ? { digest: chart.digest } : {}),
            ...(chart.repository ? { repoUrl: chart.repository } : {}),
          },
          release: target.release,
          namespace: target.namespace,
          valuesFiles: target.valuesFiles,
          set: target.set,
          kubeVersion,
          // helm applies crds/ on a first install only: a CRD difference is no reason to upgrade.
          includeCrds: false,
        },
      ],
      mode,
      helm: settings.helm,
      workDir,
      ...(settings.caFile ? { caFile: settings.caFile } : {}),
      signal: settings.signal,
    });
    return plan.releases[0]!;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The plan's failure (a render error, a chart that cannot be pulled), keeping where it points. */
class PlanFailure extends ChalkError {
  readonly boundary: string;
  readonly origin: Origin | undefined;

  constructor(info: ErrorInfo & { origin?: Origin }) {
    super(info.kind, info.message, info.fix);
    this.boundary = info.boundary;
    this.origin = info.origin;
  }

  override toJSON(): ErrorInfo & { origin?: Origin } {
    return { ...super.toJSON(), ...(this.origin ? { origin: this.origin } : {}) };
  }
}

/** Nothing to do: the plan shows no change, the chart is the deployed one, and the release is healthy (`force` overrides). */
function isNoop(plan: ReleasePlan, latest: Revision | undefined, settings: DeploySettings): boolean {
  return !settings.force && latest?.status === 'deployed' && plan.baseline === 'release' && (plan.changes ?? 1) === 0 && plan.chart?.digestChanged === false;
}

/** Under the lock: recover a stuck release, plan (again, unless `fresh` still holds), and upgrade unless nothing changes. */
async function lockedDeploy(
  target: ReleaseTarget,
  settings: DeploySettings,
  result: ReleaseResult,
  fresh: { history: Revision[]; plan: ReleasePlan } | undefined,
): Promise<void> {
  let history = fresh?.history ?? (await releaseHistory(settings.helm, target.release, target.namespace));
  const recovery = fresh ? undefined : await recoverPending(target, settings, history);
  if (recovery) {
    result.recovery = recovery;
    result.changed = true;
    history = await releaseHistory(settings.helm, target.release, target.namespace);
  }
  const previous = history.at(-1);
  result.previousRevision = previous?.revision;
  fillHistory(result, history);
  const plan = fresh?.plan ?? (await planRelease(target, settings));
  notePlan(result, plan);
  if (isNoop(plan, previous, settings)) {
    result.outcome = 'unchanged';
    return;
  }
  // Deploy exactly the chart that was planned: an OCI tag pushed again in between cannot slip in.
  const pinned: ReleaseTarget =
    target.chart.repository || !result.chart.digest ? target : { ...target, chart: { ...target.chart, digest: result.chart.digest } };

  const watch = watchContainers(settings.kube, target, await settings.kube.podUids(target.namespace));
  let failure: unknown;
  try {
    await runUpgrade(pinned, settings, result.chart.digest);
  } catch (err) {
    failure = err;
  } finally {
    result.containerProblems = await watch.stop();
  }

  if (failure === undefined) {
    // What was deployed, how, and who did it: independent reads and writes, done together.
    const [after, method, traced] = await Promise.all([
      releaseHistory(settings.helm, target.release, target.namespace),
      settings.helm.version.major >= 4 ? applyMethod(settings, target, previous, plan.applyMethod?.release) : undefined,
      settings.trace !== 'off' ? trace(target, settings) : undefined,
    ]);
    fillHistory(result, after);
    result.outcome = previous ? 'upgraded' : 'installed';
    result.changed = true;
    result.containerProblems = [];
    if (method) result.applyMethod = method;
    if (traced !== undefined) result.traced = traced;
    return;
  }
  const after = await releaseHistory(settings.helm, target.release, target.namespace);
  fillHistory(result, after);
  const latest = after.at(-1);
  result.changed = latest?.revision !== previous?.revision;
  result.outcome = settings.signal.aborted ? 'cancelled' : latest && latest.revision !== previous?.revision ? 'rolled-back' : 'failed';
  throw upgradeError(failure, result);
}

/** A failed or cancelled upgrade: helm's own words, and what state it left the release in. */
class UpgradeError extends ChalkError<'failed' | 'cancelled'> {
  readonly boundary = 'helm';
}

function upgradeError(failure: unknown, result: ReleaseResult): unknown {
  if (failure instanceof ToolAbortedError && failure.output) {
    const said = failure.output.stderr
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('Error:'))
      .at(-1);
    return new UpgradeError('cancelled', said ? `${failure.message} helm said: ${oneLine(said.replace(/^Error:\s*/, ''))}` : failure.message, failure.fix);
  }
  if (!(failure instanceof HelmError) || failure.kind === 'operation-in-progress') return failure;
  const state =
    result.outcome === 'rolled-back'
      ? `The release runs revision ${result.revision} (${result.status}) again.`
      : result.revision === undefined
        ? 'helm removed the failed first install.'
        : `The release is at revision ${result.revision} (${result.status}).`;
  return new UpgradeError(
    'failed',
    failure.message,
    `${state} Fix what kept it from becoming ready (the pods' reasons are in the summary; kubectl describe pods -n ${result.namespace}) and deploy again.`,
  );
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

function upgradeArgs(target: ReleaseTarget, settings: DeploySettings, digest: string | undefined): string[] {
  const seconds = `${Math.ceil(target.timeoutMs / 1000)}s`;
  const rollback = settings.helm.version.major >= 4 ? ['--rollback-on-failure', '--wait=watcher'] : ['--atomic', '--wait'];
  return [
    'upgrade',
    '--install',
    target.release,
    ...chartArgs(target.chart),
    '--namespace',
    target.namespace,
    ...target.valuesFiles.flatMap((f) => ['--values', f.path]),
    ...target.set.flatMap((s) => ['--set', s]),
    ...rollback,
    '--timeout',
    seconds,
    '--history-max',
    String(target.historyMax),
    '--description',
    // Records the chart digest where the next plan reads it back (its no-op decision), and the run that deployed it.
    [digest ? digestDescription(digest) : 'chalk-actions deploy', ...(settings.provenance.runUrl ? [`run ${settings.provenance.runUrl}`] : [])].join('; '),
    ...(settings.caFile ? ['--ca-file', settings.caFile] : []),
  ];
}

async function runUpgrade(target: ReleaseTarget, settings: DeploySettings, digest: string | undefined): Promise<void> {
  core.info(`Deploying ${target.release} (${chartLabel(target.chart)}${target.chart.version ? ` ${target.chart.version}` : ''}) to ${target.namespace}.`);
  await settings.helm.run(upgradeArgs(target, settings, digest), { timeoutMs: target.timeoutMs + HELM_GRACE_MS, log: true });
}

async function applyMethod(
  settings: DeploySettings,
  target: ReleaseTarget,
  previous: Revision | undefined,
  previousMethod: string | undefined,
): Promise<{ method: string; reason: string }> {
  const used = await releaseApplyMethod(settings.helm, target.release, target.namespace);
  const method = used === 'ssa' ? 'server-side apply' : used === 'csa' ? 'client-side apply' : (used ?? 'unknown');
  if (!previous) return { method, reason: 'Helm 4 installs a new release server-side' };
  return {
    method,
    reason: `auto: the upgrade follows the release's previous method (${previousMethod ?? 'client-side apply, a release last written by Helm 3'})`,
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

/** Polls the release's new pods while helm waits, keeping each pod's problems as last seen (helm's rollback deletes the pods). */
function watchContainers(kube: ApplyKube, target: ReleaseTarget, existing: ReadonlySet<string>): { stop(): Promise<ContainerProblem[]> } {
  const seen = new Map<string, ContainerProblem[]>();
  let stopped = false;
  const poll = async (): Promise<void> => {
    const problems = await kube.containerProblems(target.namespace, existing, target.release).catch(() => []);
    const pods = new Set(problems.map((p) => p.pod));
    for (const pod of pods)
      seen.set(
        pod,
        problems.filter((p) => p.pod === pod),
      );
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
      return [...seen.values()].flat();
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
        { fieldManager: TRACE_FIELD_MANAGER, readFirst: false },
      ),
    ),
  );
  return objects.length;
}

/** The annotations have their own field manager, so applying them never drops fields another apply of ours owns. */
const TRACE_FIELD_MANAGER = 'chalk-actions-trace';
