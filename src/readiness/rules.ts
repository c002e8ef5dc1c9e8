/**
 * Readiness per kind, after kstatus (sigs.k8s.io/cli-utils pkg/kstatus/status) with its gaps fixed:
 * the controller must have observed the latest generation first (also when a CR publishes
 * observedGeneration as a string); a Failed pod fails; a Job is ready when it completes (with
 * wait-for-jobs); a StatefulSet or DaemonSet with the OnDelete strategy still needs its pods ready;
 * a LoadBalancer Service needs an ingress; and a workload whose pods cannot start fails fast.
 */
import { condition, field, groupOf, intField, intOr, isTerminating, ratio, stringField } from './objects.js';
import { evaluatePod, podSymptom, type RuleContext } from './pods.js';
import type { Evaluation, KubeObject } from './types.js';

export type { RuleContext } from './pods.js';

const ready = (reason: string, message: string): Evaluation => ({ state: 'ready', reason, message });
const waiting = (reason: string, message: string): Evaluation => ({ state: 'in-progress', reason, message });
const failed = (reason: string, message: string): Evaluation => ({ state: 'failed', reason, message });

/** Kinds whose controller always publishes status.observedGeneration: its absence means "not yet seen". */
const CONTROLLED = new Set(['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'apps/ReplicaSet']);

function generationCheck(obj: KubeObject, key: string): Evaluation | undefined {
  const generation = intField(obj, 'metadata.generation');
  const observed = intField(obj, 'status.observedGeneration');
  if (generation === undefined) return undefined;
  if (observed === undefined)
    return CONTROLLED.has(key) ? waiting('NoObservedGeneration', 'its controller has not reported on it yet (no status.observedGeneration)') : undefined;
  if (observed !== generation)
    return waiting('LatestGenerationNotObserved', `its controller has observed generation ${observed}, not the latest (${generation})`);
  return undefined;
}

/** The standard kstatus conditions any controller may publish. */
function standardConditions(obj: KubeObject): Evaluation | undefined {
  const stalled = condition(obj, 'Stalled');
  if (stalled?.status === 'True') return failed(stalled.reason || 'Stalled', stalled.message || 'the controller reports Stalled');
  const reconciling = condition(obj, 'Reconciling');
  if (reconciling?.status === 'True') return waiting(reconciling.reason || 'Reconciling', reconciling.message || 'the controller is reconciling');
  return undefined;
}

function deployment(obj: KubeObject): Evaluation {
  if (obj.spec?.paused === true) return ready('Paused', 'paused: not waited on (as helm does)');
  const progressing = condition(obj, 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded')
    return failed('ProgressDeadlineExceeded', progressing.message || 'the rollout made no progress within spec.progressDeadlineSeconds');
  const want = intOr(obj, 'spec.replicas', 1);
  const replicas = intOr(obj, 'status.replicas', 0);
  const updated = intOr(obj, 'status.updatedReplicas', 0);
  const readyReplicas = intOr(obj, 'status.readyReplicas', 0);
  const available = intOr(obj, 'status.availableReplicas', 0);
  if (want > replicas) return waiting('LessReplicas', `replicas ${ratio(replicas, want)}`);
  if (want > updated) return waiting('LessUpdated', `updated ${ratio(updated, want)}`);
  if (replicas > want) return waiting('ExtraPods', `${replicas - want} old pod${replicas - want > 1 ? 's' : ''} pending termination`);
  if (updated > available) return waiting('LessAvailable', `available ${ratio(available, updated)}`);
  if (want > readyReplicas) return waiting('LessReady', `ready ${ratio(readyReplicas, want)}`);
  // Without a progress deadline the controller never reports NewReplicaSetAvailable.
  const deadline = intField(obj, 'spec.progressDeadlineSeconds');
  const noDeadline = deadline === undefined || deadline === 2147483647;
  if (!noDeadline && !(progressing?.status === 'True' && progressing.reason === 'NewReplicaSetAvailable'))
    return waiting('ReplicaSetNotAvailable', progressing?.message || 'the new ReplicaSet is not available yet');
  if (condition(obj, 'Available')?.status !== 'True') return waiting('DeploymentNotAvailable', 'the Deployment is not Available yet');
  return ready('Available', `available, ${ratio(available, want)} replicas`);
}

function statefulSet(obj: KubeObject): Evaluation {
  const want = intOr(obj, 'spec.replicas', 1);
  const replicas = intOr(obj, 'status.replicas', 0);
  const readyReplicas = intOr(obj, 'status.readyReplicas', 0);
  if (want > replicas) return waiting('LessReplicas', `replicas ${ratio(replicas, want)}`);
  if (want > readyReplicas) return waiting('LessReady', `ready ${ratio(readyReplicas, want)}`);
  if (replicas > want) return waiting('ExtraPods', `${replicas - want} pod${replicas - want > 1 ? 's' : ''} pending termination`);
  // OnDelete: pods are replaced by people, so only their readiness is awaited (kstatus awaits nothing).
  if (stringField(obj, 'spec.updateStrategy.type') === 'OnDelete') return ready('OnDelete', `ready ${ratio(readyReplicas, want)} (OnDelete updates)`);
  const updated = intOr(obj, 'status.updatedReplicas', 0);
  const partition = intField(obj, 'spec.updateStrategy.rollingUpdate.partition');
  if (partition !== undefined && partition > 0) {
    const expected = Math.max(want - partition, 0);
    if (updated < expected) return waiting('PartitionRollout', `updated ${ratio(updated, expected)} (partition ${partition})`);
    return ready('PartitionRolledOut', `ready ${ratio(readyReplicas, want)}, ${updated} updated above partition ${partition}`);
  }
  const current = intOr(obj, 'status.currentReplicas', 0);
  if (want > current && want > updated) return waiting('LessCurrent', `current ${ratio(Math.max(current, updated), want)}`);
  const currentRevision = stringField(obj, 'status.currentRevision') ?? '';
  const updateRevision = stringField(obj, 'status.updateRevision') ?? '';
  if (currentRevision !== updateRevision) return waiting('RevisionMismatch', `rolling out revision ${updateRevision} (pods at ${currentRevision})`);
  return ready('AllReplicasReady', `ready ${ratio(readyReplicas, want)}`);
}

function daemonSet(obj: KubeObject): Evaluation {
  const desired = intField(obj, 'status.desiredNumberScheduled');
  if (desired === undefined) return waiting('NoDesiredNumber', 'the controller has not counted the nodes yet');
  const scheduled = intOr(obj, 'status.currentNumberScheduled', 0);
  const updated = intOr(obj, 'status.updatedNumberScheduled', 0);
  const available = intOr(obj, 'status.numberAvailable', 0);
  const readyPods = intOr(obj, 'status.numberReady', 0);
  if (desired > scheduled) return waiting('LessCurrent', `scheduled ${ratio(scheduled, desired)}`);
  const onDelete = stringField(obj, 'spec.updateStrategy.type') === 'OnDelete';
  if (!onDelete && desired > updated) return waiting('LessUpdated', `updated ${ratio(updated, desired)}`);
  if (desired > available) return waiting('LessAvailable', `available ${ratio(available, desired)}`);
  if (desired > readyPods) return waiting('LessReady', `ready ${ratio(readyPods, desired)}`);
  return ready('AllScheduled', `ready on ${ratio(readyPods, desired)} nodes${onDelete ? ' (OnDelete updates)' : ''}`);
}

function replicaSet(obj: KubeObject): Evaluation {
  const want = intOr(obj, 'spec.replicas', 1);
  const labelled = intOr(obj, 'status.fullyLabeledReplicas', 0);
  const available = intOr(obj, 'status.availableReplicas', 0);
  const readyReplicas = intOr(obj, 'status.readyReplicas', 0);
  const replicas = intOr(obj, 'status.replicas', 0);
  const failure = condition(obj, 'ReplicaFailure');
  if (failure?.status === 'True') return waiting(failure.reason || 'ReplicaFailure', failure.message || 'the controller cannot create pods');
  if (want > labelled) return waiting('LessLabelled', `labelled ${ratio(labelled, want)}`);
  if (want > available) return waiting('LessAvailable', `available ${ratio(available, want)}`);
  if (want > readyReplicas) return waiting('LessReady', `ready ${ratio(readyReplicas, want)}`);
  if (replicas > want) return waiting('ExtraPods', `${replicas - want} pod${replicas - want > 1 ? 's' : ''} pending termination`);
  return ready('AllReplicasReady', `ready ${ratio(readyReplicas, want)}`);
}

function job(obj: KubeObject, ctx: RuleContext): Evaluation {
  const parallelism = intOr(obj, 'spec.parallelism', 1);
  const completions = intOr(obj, 'spec.completions', parallelism);
  const succeeded = intOr(obj, 'status.succeeded', 0);
  const active = intOr(obj, 'status.active', 0);
  const failedPods = intOr(obj, 'status.failed', 0);
  const complete = condition(obj, 'Complete');
  if (complete?.status === 'True') return ready('JobComplete', `complete, ${ratio(succeeded, completions)} succeeded`);
  const jobFailed = condition(obj, 'Failed');
  if (jobFailed?.status === 'True')
    return failed(
      'JobFailed',
      `${jobFailed.reason ? `${jobFailed.reason}: ` : ''}${jobFailed.message || 'the Job failed'} (${failedPods} pod${failedPods === 1 ? '' : 's'} failed)`,
    );
  if (condition(obj, 'Suspended')?.status === 'True') return ready('JobSuspended', 'suspended');
  if (!stringField(obj, 'status.startTime')) return waiting('JobNotStarted', 'not started yet');
  const counts = `active ${active}, succeeded ${ratio(succeeded, completions)}, failed ${failedPods}`;
  if (!ctx.policy.waitForJobs) return ready('JobRunning', `running (${counts}); not waited on without wait-for-jobs`);
  return waiting('JobRunning', `running: ${counts}`);
}

function service(obj: KubeObject): Evaluation {
  if (stringField(obj, 'spec.type') !== 'LoadBalancer') return ready('ServiceReady', 'no status to wait on');
  const raw = field(obj, 'status.loadBalancer.ingress');
  const ingress = Array.isArray(raw) ? (raw as { hostname?: string; ip?: string }[]) : [];
  if (!ingress.length) return waiting('NoLoadBalancer', 'waiting for the load balancer to publish an address');
  return ready('LoadBalancerReady', `load balancer at ${ingress.map((i) => i.hostname ?? i.ip ?? '').join(', ')}`);
}

function persistentVolumeClaim(obj: KubeObject): Evaluation {
  const phase = stringField(obj, 'status.phase') ?? 'Pending';
  if (phase === 'Bound') return ready('Bound', `bound to ${stringField(obj, 'spec.volumeName') ?? 'a volume'}`);
  if (phase === 'Lost') return failed('ClaimLost', 'its volume was lost');
  return waiting('NotBound', `the claim is ${phase}`);
}

function customResourceDefinition(obj: KubeObject): Evaluation {
  const names = condition(obj, 'NamesAccepted');
  if (names?.status === 'False') return failed(names.reason || 'NamesNotAccepted', names.message || 'its names conflict with another definition');
  const established = condition(obj, 'Established');
  if (established?.status === 'True') return ready('Established', 'established');
  if (established?.status === 'False' && established.reason !== 'Installing')
    return failed(established.reason || 'NotEstablished', established.message || 'not established');
  return waiting('Installing', 'being established');
}

function apiService(obj: KubeObject): Evaluation {
  const available = condition(obj, 'Available');
  if (available?.status === 'True') return ready('Available', 'available');
  return waiting(available?.reason || 'NotAvailable', available?.message || 'not available yet');
}

function namespace(obj: KubeObject): Evaluation {
  const phase = stringField(obj, 'status.phase');
  return phase === 'Active' || phase === undefined ? ready('Active', 'active') : waiting(phase, `the namespace is ${phase}`);
}

/** Any other kind: its Ready condition when it has one, else being there is being ready (kstatus). */
function generic(obj: KubeObject): Evaluation {
  const readyCondition = condition(obj, 'Ready');
  if (!readyCondition) return ready('Current', 'present');
  if (readyCondition.status === 'True') return ready(readyCondition.reason || 'Ready', readyCondition.message || 'Ready');
  return waiting(readyCondition.reason || 'NotReady', readyCondition.message || `Ready is ${readyCondition.status || 'unknown'}`);
}

const WORKLOADS: Record<string, (obj: KubeObject) => Evaluation> = {
  'apps/Deployment': deployment,
  'apps/StatefulSet': statefulSet,
  'apps/DaemonSet': daemonSet,
  'apps/ReplicaSet': replicaSet,
};

const OTHERS: Record<string, (obj: KubeObject, ctx: RuleContext) => Evaluation> = {
  'batch/Job': job,
  '/Service': service,
  '/PersistentVolumeClaim': persistentVolumeClaim,
  '/Namespace': namespace,
  'apiextensions.k8s.io/CustomResourceDefinition': customResourceDefinition,
  'apiregistration.k8s.io/APIService': apiService,
};

/** `group/Kind` (`/Pod` for the core group), the key of the rules. */
export const kindKey = (obj: { apiVersion?: string; kind?: string }): string => `${groupOf(obj.apiVersion ?? '')}/${obj.kind ?? ''}`;

/** Whether the kind's readiness depends on the pods it controls (so they are watched too). */
export const ownsPods = (key: string): boolean => key in WORKLOADS || key === 'batch/Job';

/**
 * Where an object stands. `pods` are the pods it controls now (see currentPods), used for Deployments,
 * StatefulSets, DaemonSets, ReplicaSets and Jobs: one that cannot start fails the workload.
 */
export function evaluate(obj: KubeObject | undefined, pods: readonly KubeObject[], ctx: RuleContext): Evaluation {
  if (!obj) return { state: 'not-found', reason: 'NotFound', message: 'the object does not exist' };
  if (isTerminating(obj)) return { state: 'terminating', reason: 'Terminating', message: 'the object is being deleted' };
  const key = kindKey(obj);
  if (key === '/Pod') return evaluatePod(obj, ctx, true);
  const early = generationCheck(obj, key) ?? standardConditions(obj);
  if (early) return early;
  const own = WORKLOADS[key]?.(obj) ?? OTHERS[key]?.(obj, ctx) ?? generic(obj);
  if (own.state === 'ready' || !ownsPods(key)) return own;
  return worstPod(own, pods, ctx);
}

/** A workload that is not ready takes its pods' most serious symptom, naming the pod. */
function worstPod(own: Evaluation, pods: readonly KubeObject[], ctx: RuleContext): Evaluation {
  if (own.state === 'failed') {
    const fatal = pods.map((p) => ({ pod: p, e: podSymptom(p, ctx) })).find((s) => s.e?.state === 'failed');
    return fatal?.e ? { ...fatal.e, message: `pod ${fatal.pod.metadata?.name}: ${fatal.e.message}` } : own;
  }
  const symptoms = pods.flatMap((pod) => {
    const e = podSymptom(pod, ctx);
    return e ? [{ pod, e }] : [];
  });
  const worst = symptoms.find((s) => s.e.state === 'failed') ?? symptoms[0];
  if (!worst) return own;
  const recheck = symptoms.map((s) => s.e.recheckInMs).filter((ms): ms is number => ms !== undefined);
  return {
    state: worst.e.state,
    reason: worst.e.reason,
    message: `${own.message}; pod ${worst.pod.metadata?.name}: ${worst.e.message}`,
    ...(recheck.length ? { recheckInMs: Math.min(...recheck) } : {}),
  };
}
