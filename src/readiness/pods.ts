/**
 * Pods: their own readiness, and the symptoms that make a workload's wait hopeless. kstatus calls a
 * Failed pod current and an image that cannot be pulled "in progress" forever; here a pod that
 * failed, a crash loop past its restarts, an image or container config error past the grace period,
 * and a pod unschedulable past its grace period are failures, so the wait ends before the timeout.
 */
import { condition, controllerUid, field, isTerminating, stringField } from './objects.js';
import type { Evaluation, KubeObject, ReadinessPolicy } from './types.js';

export interface RuleContext {
  policy: ReadinessPolicy;
  /** Milliseconds since this wait first saw the symptom named by `key` (0 the first time). */
  symptomAge(key: string): number;
}

interface ContainerStatus {
  name: string;
  image?: string;
  ready?: boolean;
  restartCount?: number;
  state?: { waiting?: { reason?: string; message?: string }; running?: unknown; terminated?: Termination };
  lastState?: { terminated?: Termination };
}

interface Termination {
  reason?: string;
  message?: string;
  exitCode?: number;
  signal?: number;
}

/** Waiting reasons that cannot heal at all. */
const HOPELESS = new Set(['InvalidImageName', 'ErrImageNeverPull']);
/** Waiting reasons that may heal (a registry blip, a Secret created a moment later) but rarely do: failures after the grace period. */
const GRACED = new Set(['ErrImagePull', 'ImagePullBackOff', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError']);

export function containerStatuses(pod: KubeObject): { status: ContainerStatus; init: boolean }[] {
  const list = (path: string, init: boolean) => {
    const value = field(pod, path);
    return Array.isArray(value) ? value.filter((s): s is ContainerStatus => typeof s?.name === 'string').map((status) => ({ status, init })) : [];
  };
  return [...list('status.initContainerStatuses', true), ...list('status.containerStatuses', false)];
}

/** `exit code 1 (Error)`, `signal 9 (OOMKilled)`. */
export function describeTermination(t: Termination): string {
  const code = t.exitCode !== undefined ? `exit code ${t.exitCode}` : t.signal !== undefined ? `signal ${t.signal}` : 'ended';
  return t.reason ? `${code} (${t.reason})` : code;
}

const containerLabel = (name: string, init: boolean): string => `${init ? 'init container' : 'container'} ${name}`;

/** A failure once `age` passes `graceMs`; until then in progress, with a re-check when the grace ends. */
function graced(reason: string, message: string, age: number, graceMs: number): Evaluation {
  if (age >= graceMs) return { state: 'failed', reason, message: `${message} (for ${seconds(age)}, more than the ${seconds(graceMs)} allowed)` };
  return { state: 'in-progress', reason, message, recheckInMs: graceMs - age };
}

const seconds = (ms: number): string => (ms >= 120_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 1000)} s`);

/**
 * The most serious thing wrong with the pod's scheduling or containers: a failure first, else a
 * symptom still within its grace; undefined when nothing is wrong beyond not being ready yet.
 */
export function podSymptom(pod: KubeObject, ctx: RuleContext): Evaluation | undefined {
  const uid = pod.metadata?.uid ?? pod.metadata?.name ?? '';
  const found: Evaluation[] = [];
  const scheduled = condition(pod, 'PodScheduled');
  if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
    found.push(
      graced('Unschedulable', `unschedulable: ${scheduled.message ?? 'no node fits'}`, ctx.symptomAge(`${uid}/unschedulable`), ctx.policy.unschedulableGraceMs),
    );
  }
  for (const { status, init } of containerStatuses(pod)) {
    const waiting = status.state?.waiting;
    const reason = waiting?.reason;
    if (!reason) continue;
    const who = containerLabel(status.name, init);
    if (reason === 'CrashLoopBackOff') {
      const restarts = status.restartCount ?? 0;
      const last = status.lastState?.terminated;
      const message = `${who} (${status.image ?? 'image unknown'}) is crash-looping: restarted ${restarts} time${restarts === 1 ? '' : 's'}${last ? `, last ${describeTermination(last)}` : ''}`;
      found.push(
        restarts >= ctx.policy.crashLoopRestarts
          ? { state: 'failed', reason, message }
          : { state: 'in-progress', reason, message: `${message}; fails at ${ctx.policy.crashLoopRestarts} restarts` },
      );
    } else if (HOPELESS.has(reason)) {
      found.push({ state: 'failed', reason, message: `${who}: ${waiting?.message ?? reason} (${status.image ?? 'image unknown'})` });
    } else if (GRACED.has(reason)) {
      const message = `${who}: ${reason}${waiting?.message ? `: ${waiting.message}` : ` (${status.image ?? 'image unknown'})`}`;
      const kind = reason === 'ErrImagePull' || reason === 'ImagePullBackOff' ? 'image-pull' : 'container-config';
      found.push(graced(reason, message, ctx.symptomAge(`${uid}/${status.name}/${kind}`), ctx.policy.failureGraceMs));
    }
  }
  return found.find((e) => e.state === 'failed') ?? found[0];
}

/** Why a pod ended as Failed: its status reason (Evicted, DeadlineExceeded) or its containers' terminations. */
export function podFailure(pod: KubeObject): string {
  const reason = stringField(pod, 'status.reason');
  const message = stringField(pod, 'status.message');
  if (reason || message) return [reason, message].filter(Boolean).join(': ');
  const ended = containerStatuses(pod).flatMap(({ status, init }) => {
    const t = status.state?.terminated;
    return t && (t.exitCode ?? 0) !== 0 ? [`${containerLabel(status.name, init)} ${describeTermination(t)}`] : [];
  });
  return ended.join('; ') || 'the pod failed';
}

/**
 * A pod's readiness. `standalone`: the pod is itself a target (a Failed pod is then a failure, not
 * kstatus's "current"); pods a controller owns are replaced by it when they fail.
 */
export function evaluatePod(pod: KubeObject, ctx: RuleContext, standalone: boolean): Evaluation {
  if (isTerminating(pod)) return { state: 'terminating', reason: 'Terminating', message: 'the pod is being deleted' };
  const phase = stringField(pod, 'status.phase') ?? '';
  if (phase === 'Succeeded') return { state: 'ready', reason: 'PodSucceeded', message: 'the pod completed successfully' };
  if (phase === 'Failed') return { state: standalone ? 'failed' : 'in-progress', reason: 'PodFailed', message: `the pod failed: ${podFailure(pod)}` };
  const symptom = podSymptom(pod, ctx);
  if (symptom) return symptom;
  const ready = condition(pod, 'Ready');
  if (phase === 'Running') {
    if (ready?.status === 'True') return { state: 'ready', reason: 'PodReady', message: 'the pod is Ready' };
    return { state: 'in-progress', reason: 'PodRunningNotReady', message: `running but not Ready${ready?.message ? `: ${ready.message}` : ''}` };
  }
  if (phase === 'Pending') {
    const waiting = containerStatuses(pod)
      .map(({ status, init }) => (status.state?.waiting?.reason ? `${containerLabel(status.name, init)}: ${status.state.waiting.reason}` : ''))
      .filter(Boolean);
    return { state: 'in-progress', reason: 'PodPending', message: `pending${waiting.length ? ` (${waiting.join(', ')})` : ''}` };
  }
  return { state: 'in-progress', reason: 'PodNotObserved', message: 'no phase reported yet' };
}

/**
 * The pods that stand for a workload now: those it controls (for a Deployment, through the
 * ReplicaSet of its current revision, so a rollout is not judged by the pods it replaces), not
 * being deleted.
 */
export function currentPods(workload: KubeObject, pods: readonly KubeObject[], replicaSets: readonly KubeObject[]): KubeObject[] {
  const uid = workload.metadata?.uid;
  if (!uid) return [];
  let owners = new Set([uid]);
  if (workload.kind === 'Deployment') {
    const revision = workload.metadata?.annotations?.['deployment.kubernetes.io/revision'];
    const mine = replicaSets.filter((rs) => controllerUid(rs) === uid);
    const current = revision ? mine.filter((rs) => rs.metadata?.annotations?.['deployment.kubernetes.io/revision'] === revision) : mine;
    owners = new Set(current.map((rs) => rs.metadata?.uid ?? ''));
  }
  return pods.filter((p) => !isTerminating(p) && owners.has(controllerUid(p) ?? ''));
}
