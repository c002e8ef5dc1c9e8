/**
 * The engine end to end against a loopback API server: it notices readiness as it happens (one
 * progress line per change, not per event), survives a lost connection, fails fast with diagnostics
 * (Secret values masked in log lines), honours the timeout, and says when there is nothing to wait on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KubeApi } from '../../src/readiness/api.js';
import { runReadiness } from '../../src/readiness/run.js';
import type { KubeObject, ProgressEvent } from '../../src/readiness/types.js';
import { FakeApiServer } from './fake-apiserver.js';

let server: FakeApiServer;
let api: KubeApi;
const TIMING = { minBackoffMs: 50, maxBackoffMs: 200, watchTimeoutSeconds: 60 };

beforeAll(async () => {
  server = await FakeApiServer.start();
  process.env.KUBECONFIG = await server.kubeconfig();
  api = await KubeApi.connect();
});

afterAll(async () => {
  await server.close();
});

const owner = (uid: string) => [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: uid, uid, controller: true }];

/** A Deployment `api` with one ReplicaSet and one pod in `ns`; `ready` sets every status to ready. */
function app(ns: string, ready: boolean, podStatus?: Record<string, unknown>, podSpec?: Record<string, unknown>): KubeObject[] {
  const revision = { 'deployment.kubernetes.io/revision': '1' };
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'api', namespace: ns, uid: `${ns}-api`, generation: 1, annotations: revision },
      spec: { replicas: 1, progressDeadlineSeconds: 600 },
      status: ready
        ? {
            observedGeneration: 1,
            replicas: 1,
            updatedReplicas: 1,
            readyReplicas: 1,
            availableReplicas: 1,
            conditions: [
              { type: 'Available', status: 'True' },
              { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' },
            ],
          }
        : { observedGeneration: 1, replicas: 1, updatedReplicas: 1, readyReplicas: 0, availableReplicas: 0 },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: 'api-1',
        namespace: ns,
        uid: `${ns}-rs`,
        annotations: revision,
        ownerReferences: [{ kind: 'Deployment', uid: `${ns}-api`, controller: true }],
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'api-1-x', namespace: ns, uid: `${ns}-pod`, ownerReferences: owner(`${ns}-rs`) },
      spec: { containers: [{ name: 'api', image: 'chalk/api:1' }], ...podSpec },
      status: podStatus ?? (ready ? { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } : { phase: 'Pending' }),
    },
  ];
}

function collect(): { events: ProgressEvent[]; onProgress: (e: ProgressEvent) => void; next: (p: (e: ProgressEvent) => boolean) => Promise<void> } {
  const events: ProgressEvent[] = [];
  const waiters: { p: (e: ProgressEvent) => boolean; resolve: () => void }[] = [];
  return {
    events,
    onProgress: (e) => {
      events.push(e);
      for (const w of waiters) if (w.p(e)) w.resolve();
    },
    next: (p) => new Promise((resolve) => (events.some(p) ? resolve() : waiters.push({ p, resolve }))),
  };
}

describe('runReadiness', () => {
  it('reports ready as soon as the objects are, with one progress line per change of state or reason', async () => {
    for (const obj of app('n1', false)) server.put(obj);
    const progress = collect();
    const running = runReadiness({ targets: [{ namespace: 'n1' }], timeoutMs: 20_000, api, watchTiming: TIMING }, { onProgress: progress.onProgress });
    await progress.next((e) => e.type === 'state' && e.to === 'in-progress');
    // Changes that move nothing (a label on the pod) give no line.
    for (let i = 0; i < 5; i++) server.put({ ...app('n1', false)[2]!, metadata: { ...app('n1', false)[2]!.metadata, labels: { touched: String(i) } } });
    for (const obj of app('n1', true)) server.put(obj);
    const result = await running;
    expect(result.outcome).toBe('ready');
    expect(result.objects).toEqual([
      expect.objectContaining({ kind: 'Deployment', name: 'api', namespace: 'n1', state: 'ready', reason: 'Available', readyAfterMs: expect.any(Number) }),
    ]);
    expect(progress.events.map((e) => (e.type === 'state' ? `${e.from ?? '-'}>${e.to} ${e.reason}` : e.type))).toEqual([
      '->in-progress LessAvailable',
      'in-progress>ready Available',
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('resumes after losing the API server mid-wait and still sees the object turn ready', async () => {
    for (const obj of app('n2', false)) server.put(obj);
    const progress = collect();
    const running = runReadiness({ targets: [{ namespace: 'n2' }], timeoutMs: 20_000, api, watchTiming: TIMING }, { onProgress: progress.onProgress });
    await progress.next((e) => e.type === 'state' && e.to === 'in-progress');
    await server.pause();
    for (const obj of app('n2', true)) server.put(obj);
    await new Promise((r) => setTimeout(r, 300));
    await server.resume();
    const result = await running;
    expect(result.outcome).toBe('ready');
    expect(result.watchRecoveries).toBeGreaterThan(0);
    expect(progress.events.filter((e) => e.type === 'watch').map((e) => (e as { message: string }).message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/lost .*; reconnecting$/), expect.stringMatching(/resumed from resourceVersion \d+$/)]),
    );
  });

  it('fails fast on a crash loop, with a digest of the pod and its log lines, Secret values masked', async () => {
    const crashing = {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [api]' }],
      containerStatuses: [
        {
          name: 'api',
          image: 'chalk/api:1',
          ready: false,
          restartCount: 4,
          lastState: { terminated: { exitCode: 3, reason: 'Error' } },
          state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container' } },
        },
      ],
    };
    const envFrom = { containers: [{ name: 'api', image: 'chalk/api:1', envFrom: [{ secretRef: { name: 'db' } }] }] };
    for (const obj of app('n3', false, crashing, envFrom)) server.put(obj);
    server.put({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'n3' },
      data: { PASSWORD: Buffer.from('hunter2-long-password').toString('base64') },
    });
    server.put({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'e1', namespace: 'n3' },
      involvedObject: { uid: 'n3-pod' },
      type: 'Warning',
      reason: 'BackOff',
      message: 'Back-off restarting failed container api',
      count: 7,
      lastTimestamp: '2026-01-01T00:00:00Z',
    });
    server.logs.set('n3/api-1-x/api', 'starting\nconnecting with password hunter2-long-password\nFATAL: password authentication failed\n');
    const result = await runReadiness({ targets: [{ namespace: 'n3' }], timeoutMs: 20_000, api, watchTiming: TIMING, policy: { crashLoopRestarts: 3 } });
    expect(result.outcome).toBe('failed');
    expect(result.durationMs).toBeLessThan(10_000);
    expect(result.objects[0]).toMatchObject({ state: 'failed', reason: 'CrashLoopBackOff' });
    expect(result.objects[0]!.message).toContain('restarted 4 times, last exit code 3 (Error)');
    const [d] = result.diagnostics;
    expect(d!.pods).toEqual([
      {
        name: 'api-1-x',
        namespace: 'n3',
        phase: 'Running',
        conditions: ['Ready=False ContainersNotReady: containers with unready status: [api]'],
        containers: [
          {
            name: 'api',
            image: 'chalk/api:1',
            init: false,
            ready: false,
            restartCount: 4,
            state: 'waiting: CrashLoopBackOff (back-off 40s restarting failed container)',
            lastTermination: 'terminated: exit code 3 (Error)',
          },
        ],
        events: [{ type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container api', count: 7, lastSeen: '2026-01-01T00:00:00Z' }],
        logs: [{ container: 'api', previous: true, lines: ['starting', 'connecting with password ***', 'FATAL: password authentication failed'] }],
      },
    ]);
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('does not show log lines it cannot mask (a Secret the pod reads that cannot be read), nor fail on logs the node does not serve', async () => {
    const running = {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'False' }],
      containerStatuses: [{ name: 'api', ready: false, restartCount: 0, state: { running: {} } }],
    };
    const reads = { containers: [{ name: 'api', image: 'chalk/api:1', env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 'hidden', key: 'x' } } }] }] };
    for (const obj of app('n4', false, running, reads)) server.put(obj);
    server.forbidden.add('/api/v1/namespaces/n4/secrets/hidden');
    server.logs.set('n4/api-1-x/api', 'would leak\n');
    const result = await runReadiness({ targets: [{ namespace: 'n4' }], timeoutMs: 1_500, api, watchTiming: TIMING });
    expect(result.outcome).toBe('timeout');
    expect(result.durationMs).toBeGreaterThanOrEqual(1_500);
    expect(result.durationMs).toBeLessThan(3_000);
    expect(result.diagnostics[0]!.pods[0]!.logs).toEqual([
      {
        container: 'api',
        previous: false,
        unavailable: expect.stringMatching(/^not shown: Secret hidden, which the pod reads, could not be read to mask its values/),
      },
    ]);
  });

  it('ends at once, with what it found, when cancelled (a job cancel)', async () => {
    for (const obj of app('n5', false)) server.put(obj);
    const abort = new AbortController();
    const progress = collect();
    const running = runReadiness(
      { targets: [{ namespace: 'n5' }], timeoutMs: 60_000, api, watchTiming: TIMING, signal: abort.signal },
      { onProgress: progress.onProgress },
    );
    await progress.next((e) => e.type === 'state');
    abort.abort();
    const result = await running;
    expect(result.outcome).toBe('cancelled');
    expect(result.objects).toEqual([expect.objectContaining({ name: 'api', state: 'in-progress' })]);
    expect(result.durationMs).toBeLessThan(10_000);
  });

  it('says there is nothing to wait on in an empty namespace', async () => {
    const result = await runReadiness({ targets: [{ namespace: 'empty', selector: 'app=chalk' }], timeoutMs: 5_000, api, watchTiming: TIMING });
    expect(result.outcome).toBe('error');
    expect(result.error).toMatchObject({ boundary: 'readiness', kind: 'no-objects' });
    expect(result.error!.message).toContain('namespace empty (selector app=chalk) has no Deployments');
  });
});
