/** The per-kind readiness rules on status objects as the controllers write them. */
import { describe, expect, it } from 'vitest';
import { currentPods } from '../../src/readiness/pods.js';
import { evaluate, type RuleContext } from '../../src/readiness/rules.js';
import { DEFAULT_POLICY, type KubeObject, type ReadinessPolicy } from '../../src/readiness/types.js';

/** A rule context whose symptoms are `ageMs` old (0: first seen now). */
function context(policy: Partial<ReadinessPolicy> = {}, ageMs = 0): RuleContext {
  return { policy: { ...DEFAULT_POLICY, ...policy }, symptomAge: () => ageMs };
}

const meta = (name: string, extra: Record<string, unknown> = {}) => ({ name, namespace: 'chalk', uid: `uid-${name}`, generation: 2, ...extra });

function deployment(status: Record<string, unknown>, spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta('api', { annotations: { 'deployment.kubernetes.io/revision': '2' } }),
    spec: { replicas: 2, progressDeadlineSeconds: 600, ...spec },
    status: { observedGeneration: 2, ...status },
  };
}

const availableConditions = [
  { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' },
  { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "api-7d9f" has successfully progressed.' },
];

function pod(name: string, status: Record<string, unknown>, extra: Partial<KubeObject['metadata']> = {}, spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { ...meta(name), generation: 1, ...extra },
    spec: { containers: [{ name: 'api', image: 'chalk/api:1' }], ...spec },
    status,
  };
}

const crashLooping = (restarts: number) =>
  pod('api-7d9f-x1', {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady' }],
    containerStatuses: [
      {
        name: 'api',
        image: 'chalk/api:1',
        ready: false,
        restartCount: restarts,
        lastState: { terminated: { exitCode: 1, reason: 'Error' } },
        state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container=api' } },
      },
    ],
  });

const pullingFails = pod('api-7d9f-x2', {
  phase: 'Pending',
  containerStatuses: [
    {
      name: 'api',
      image: 'chalk/api:nope',
      ready: false,
      restartCount: 0,
      state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "chalk/api:nope"' } },
    },
  ],
});

describe('Deployment', () => {
  it('is ready when updated, ready and available replicas match and the new ReplicaSet is available', () => {
    const e = evaluate(deployment({ replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2, conditions: availableConditions }), [], context());
    expect(e).toMatchObject({ state: 'ready', reason: 'Available' });
  });

  it('waits for its controller to observe the latest generation first', () => {
    const e = evaluate(
      deployment({ observedGeneration: 1, replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2, conditions: availableConditions }),
      [],
      context(),
    );
    expect(e).toMatchObject({ state: 'in-progress', reason: 'LatestGenerationNotObserved' });
  });

  it('waits while old pods are still terminating during a rollout', () => {
    const e = evaluate(deployment({ replicas: 3, updatedReplicas: 2, readyReplicas: 3, availableReplicas: 3, conditions: availableConditions }), [], context());
    expect(e).toMatchObject({ state: 'in-progress', reason: 'ExtraPods' });
  });

  it('fails on ProgressDeadlineExceeded', () => {
    const e = evaluate(
      deployment({
        replicas: 2,
        updatedReplicas: 2,
        readyReplicas: 0,
        availableReplicas: 0,
        conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "api-7d9f" has timed out progressing.' }],
      }),
      [],
      context(),
    );
    expect(e).toEqual({ state: 'failed', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "api-7d9f" has timed out progressing.' });
  });

  it('is not waited on while paused, as helm does', () => {
    expect(evaluate(deployment({ replicas: 0 }, { paused: true }), [], context())).toMatchObject({ state: 'ready', reason: 'Paused' });
  });

  it('fails fast when a pod crash-loops past the allowed restarts, naming the pod and the exit code', () => {
    const d = deployment({ replicas: 2, updatedReplicas: 2, readyReplicas: 1, availableReplicas: 1 });
    const e = evaluate(d, [crashLooping(3)], context({ crashLoopRestarts: 3 }));
    expect(e.state).toBe('failed');
    expect(e.reason).toBe('CrashLoopBackOff');
    expect(e.message).toContain('pod api-7d9f-x1: container api (chalk/api:1) is crash-looping: restarted 3 times, last exit code 1 (Error)');
  });

  it('keeps waiting on a crash loop below the allowed restarts', () => {
    const d = deployment({ replicas: 2, updatedReplicas: 2, readyReplicas: 1, availableReplicas: 1 });
    expect(evaluate(d, [crashLooping(1)], context({ crashLoopRestarts: 3 }))).toMatchObject({ state: 'in-progress', reason: 'CrashLoopBackOff' });
  });

  it('fails on an image pull error only after the grace period, and asks to be re-checked when it ends', () => {
    const d = deployment({ replicas: 2, updatedReplicas: 2, readyReplicas: 1, availableReplicas: 1 });
    const early = evaluate(d, [pullingFails], context({ failureGraceMs: 60_000 }, 15_000));
    expect(early).toMatchObject({ state: 'in-progress', reason: 'ImagePullBackOff', recheckInMs: 45_000 });
    const late = evaluate(d, [pullingFails], context({ failureGraceMs: 60_000 }, 61_000));
    expect(late).toMatchObject({ state: 'failed', reason: 'ImagePullBackOff' });
    expect(late.message).toContain('Back-off pulling image "chalk/api:nope" (for 61 s, more than the 60 s allowed)');
  });
});

describe('StatefulSet', () => {
  const sts = (spec: Record<string, unknown>, status: Record<string, unknown>): KubeObject => ({
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: meta('db'),
    spec: { replicas: 3, ...spec },
    status: {
      observedGeneration: 2,
      replicas: 3,
      readyReplicas: 3,
      currentReplicas: 3,
      updatedReplicas: 3,
      currentRevision: 'db-5c',
      updateRevision: 'db-5c',
      ...status,
    },
  });

  it('is ready when every replica is ready at the update revision', () => {
    expect(evaluate(sts({}, {}), [], context())).toMatchObject({ state: 'ready' });
  });

  it('waits while the update revision rolls out', () => {
    const e = evaluate(sts({}, { currentReplicas: 3, updatedReplicas: 1, updateRevision: 'db-6d' }), [], context());
    expect(e).toMatchObject({ state: 'in-progress', reason: 'RevisionMismatch' });
  });

  it('with a partition, is ready once the replicas above it are updated', () => {
    const partitioned = { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } };
    expect(evaluate(sts(partitioned, { updatedReplicas: 0, updateRevision: 'db-6d' }), [], context())).toMatchObject({
      state: 'in-progress',
      reason: 'PartitionRollout',
    });
    expect(evaluate(sts(partitioned, { updatedReplicas: 1, updateRevision: 'db-6d' }), [], context())).toMatchObject({
      state: 'ready',
      reason: 'PartitionRolledOut',
    });
  });

  it('with OnDelete, still waits for its pods to be ready (kstatus calls it current at once)', () => {
    const onDelete = { updateStrategy: { type: 'OnDelete' } };
    expect(evaluate(sts(onDelete, { readyReplicas: 1, updateRevision: 'db-6d' }), [], context())).toMatchObject({ state: 'in-progress', reason: 'LessReady' });
    expect(evaluate(sts(onDelete, { updateRevision: 'db-6d' }), [], context())).toMatchObject({ state: 'ready', reason: 'OnDelete' });
  });
});

describe('DaemonSet', () => {
  const ds = (status: Record<string, unknown>, spec: Record<string, unknown> = {}): KubeObject => ({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: meta('csi'),
    spec,
    status: { observedGeneration: 2, ...status },
  });
  const counts = { desiredNumberScheduled: 3, currentNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 3, numberReady: 3 };

  it('waits until its controller has observed it and counted the nodes', () => {
    expect(evaluate({ ...ds(counts), status: { ...counts } }, [], context())).toMatchObject({ reason: 'NoObservedGeneration' });
    expect(evaluate(ds({}), [], context())).toMatchObject({ state: 'in-progress', reason: 'NoDesiredNumber' });
  });

  it('is ready when every node runs an updated, ready pod', () => {
    expect(evaluate(ds(counts), [], context())).toMatchObject({ state: 'ready' });
    expect(evaluate(ds({ ...counts, updatedNumberScheduled: 2 }), [], context())).toMatchObject({ state: 'in-progress', reason: 'LessUpdated' });
  });

  it('with OnDelete, does not wait for pods nobody will replace', () => {
    expect(evaluate(ds({ ...counts, updatedNumberScheduled: 0 }, { updateStrategy: { type: 'OnDelete' } }), [], context())).toMatchObject({ state: 'ready' });
  });
});

describe('observedGeneration published as a string (helm #32615)', () => {
  const cr = (observedGeneration: unknown): KubeObject => ({
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: meta('pg', { generation: 3 }),
    status: { observedGeneration, conditions: [{ type: 'Ready', status: 'True', reason: 'ClusterIsReady' }] },
  });

  it('is compared as a number', () => {
    expect(evaluate(cr('2'), [], context())).toMatchObject({ state: 'in-progress', reason: 'LatestGenerationNotObserved' });
    expect(evaluate(cr('3'), [], context())).toMatchObject({ state: 'ready', reason: 'ClusterIsReady' });
  });
});

describe('Job', () => {
  const job = (status: Record<string, unknown>): KubeObject => ({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: meta('migrate', { generation: 1 }),
    spec: { completions: 1 },
    status,
  });

  it('is ready when Complete, and failed when Failed', () => {
    expect(evaluate(job({ succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] }), [], context())).toMatchObject({ state: 'ready' });
    const e = evaluate(
      job({
        failed: 1,
        conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }],
      }),
      [],
      context(),
    );
    expect(e).toEqual({ state: 'failed', reason: 'JobFailed', message: 'BackoffLimitExceeded: Job has reached the specified backoff limit (1 pod failed)' });
  });

  it('waits for a running Job to complete with wait-for-jobs, and counts it ready without (as kstatus)', () => {
    const running = job({ active: 1, startTime: '2026-01-01T00:00:00Z' });
    expect(evaluate(running, [], context({ waitForJobs: true }))).toMatchObject({ state: 'in-progress', reason: 'JobRunning' });
    expect(evaluate(running, [], context({ waitForJobs: false }))).toMatchObject({ state: 'ready', reason: 'JobRunning' });
  });
});

describe('Pod', () => {
  it('fails when Failed (kstatus calls it current), with the container that failed', () => {
    const failed = pod('once', {
      phase: 'Failed',
      containerStatuses: [{ name: 'api', image: 'chalk/api:1', restartCount: 0, state: { terminated: { exitCode: 2, reason: 'Error' } } }],
    });
    expect(evaluate(failed, [], context())).toEqual({ state: 'failed', reason: 'PodFailed', message: 'the pod failed: container api exit code 2 (Error)' });
  });

  it('is ready when Ready or Succeeded', () => {
    expect(evaluate(pod('p', { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] }), [], context())).toMatchObject({ state: 'ready' });
    expect(evaluate(pod('p', { phase: 'Succeeded' }), [], context())).toMatchObject({ state: 'ready' });
  });

  it('fails when unschedulable past its grace period, with the scheduler message', () => {
    const pending = pod('p', {
      phase: 'Pending',
      conditions: [
        {
          type: 'PodScheduled',
          status: 'False',
          reason: 'Unschedulable',
          message: "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.",
        },
      ],
    });
    expect(evaluate(pending, [], context({ unschedulableGraceMs: 120_000 }, 1_000))).toMatchObject({ state: 'in-progress', reason: 'Unschedulable' });
    const e = evaluate(pending, [], context({ unschedulableGraceMs: 120_000 }, 120_000));
    expect(e.state).toBe('failed');
    expect(e.message).toContain("didn't match Pod's node affinity/selector");
  });

  it('fails at once on an invalid image name, and after the grace on a missing Secret', () => {
    const waiting = (reason: string) =>
      pod('p', {
        phase: 'Pending',
        containerStatuses: [{ name: 'api', image: 'Chalk/API', restartCount: 0, state: { waiting: { reason, message: 'details' } } }],
      });
    expect(evaluate(waiting('InvalidImageName'), [], context())).toMatchObject({ state: 'failed', reason: 'InvalidImageName' });
    expect(evaluate(waiting('CreateContainerConfigError'), [], context({ failureGraceMs: 30_000 }, 0))).toMatchObject({ state: 'in-progress' });
    expect(evaluate(waiting('CreateContainerConfigError'), [], context({ failureGraceMs: 30_000 }, 30_000))).toMatchObject({ state: 'failed' });
  });

  it('names an init container that crash-loops', () => {
    const init = pod('p', {
      phase: 'Pending',
      initContainerStatuses: [
        {
          name: 'migrate',
          image: 'chalk/migrate:1',
          restartCount: 4,
          lastState: { terminated: { exitCode: 1, reason: 'Error' } },
          state: { waiting: { reason: 'CrashLoopBackOff' } },
        },
      ],
    });
    expect(evaluate(init, [], context()).message).toBe(
      'init container migrate (chalk/migrate:1) is crash-looping: restarted 4 times, last exit code 1 (Error)',
    );
  });
});

describe('other kinds', () => {
  it('PersistentVolumeClaim: Bound', () => {
    const pvc = (phase: string): KubeObject => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: meta('data'), status: { phase } });
    expect(evaluate(pvc('Bound'), [], context()).state).toBe('ready');
    expect(evaluate(pvc('Pending'), [], context()).state).toBe('in-progress');
    expect(evaluate(pvc('Lost'), [], context()).state).toBe('failed');
  });

  it('Service: a LoadBalancer needs an ingress, other types are ready', () => {
    const svc = (type: string, status: Record<string, unknown> = {}): KubeObject => ({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta('web'),
      spec: { type },
      status,
    });
    expect(evaluate(svc('ClusterIP'), [], context()).state).toBe('ready');
    expect(evaluate(svc('LoadBalancer', { loadBalancer: {} }), [], context())).toMatchObject({ state: 'in-progress', reason: 'NoLoadBalancer' });
    expect(evaluate(svc('LoadBalancer', { loadBalancer: { ingress: [{ hostname: 'k8s-chalk.elb.amazonaws.com' }] } }), [], context()).state).toBe('ready');
  });

  it('CustomResourceDefinition: Established, failed when its names are not accepted', () => {
    const crd = (conditions: unknown[]): KubeObject => ({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'x.example.com', generation: 1 },
      status: { conditions },
    });
    expect(evaluate(crd([{ type: 'Established', status: 'True' }]), [], context()).state).toBe('ready');
    expect(evaluate(crd([{ type: 'Established', status: 'False', reason: 'Installing' }]), [], context()).state).toBe('in-progress');
    expect(evaluate(crd([{ type: 'NamesAccepted', status: 'False', reason: 'MultipleNamesNotAllowed', message: 'x' }]), [], context()).state).toBe('failed');
  });

  it('anything with a Ready condition follows it; Stalled fails; without conditions, present is ready', () => {
    const cert = (conditions: unknown[]): KubeObject => ({
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      metadata: meta('tls', { generation: 1 }),
      status: { observedGeneration: 1, conditions },
    });
    expect(evaluate(cert([{ type: 'Ready', status: 'False', reason: 'Issuing', message: 'Issuing certificate' }]), [], context())).toMatchObject({
      state: 'in-progress',
      reason: 'Issuing',
    });
    expect(evaluate(cert([{ type: 'Ready', status: 'True' }]), [], context()).state).toBe('ready');
    expect(evaluate(cert([{ type: 'Stalled', status: 'True', reason: 'Invalid' }]), [], context()).state).toBe('failed');
    expect(evaluate({ apiVersion: 'v1', kind: 'Secret', metadata: meta('creds') }, [], context()).state).toBe('ready');
    expect(evaluate(undefined, [], context())).toMatchObject({ state: 'not-found' });
  });
});

describe('currentPods', () => {
  it("takes a Deployment's pods from the ReplicaSet of its current revision only", () => {
    const d = deployment({});
    const rs = (uid: string, revision: string): KubeObject => ({
      kind: 'ReplicaSet',
      metadata: { name: uid, uid, annotations: { 'deployment.kubernetes.io/revision': revision }, ownerReferences: [{ uid: 'uid-api', controller: true }] },
    });
    const owned = (name: string, rsUid: string, deleting = false): KubeObject =>
      pod(name, {}, { ownerReferences: [{ uid: rsUid, controller: true }], ...(deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}) });
    const pods = [owned('old', 'rs-1'), owned('new', 'rs-2'), owned('going', 'rs-2', true)];
    expect(currentPods(d, pods, [rs('rs-1', '1'), rs('rs-2', '2')]).map((p) => p.metadata?.name)).toEqual(['new']);
  });
});
