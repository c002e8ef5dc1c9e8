/**
 * List+watch through @kubernetes/client-node against a loopback API server: changes arrive as they
 * happen; a dropped connection resumes from the last resourceVersion without losing the changes
 * made meanwhile; 410 Gone re-lists; a server that refuses connections is retried; 403 is final.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KubeApi } from '../../src/readiness/api.js';
import type { KubeObject } from '../../src/readiness/types.js';
import { ResourceWatch } from '../../src/readiness/watch.js';
import { KubeError } from '../../src/kube/errors.js';
import { FakeApiServer } from './fake-apiserver.js';

const PODS = { group: '', version: 'v1', kind: 'Pod', plural: 'pods', namespaced: true };
const TIMING = { minBackoffMs: 50, maxBackoffMs: 200, watchTimeoutSeconds: 60 };

let server: FakeApiServer;
let api: KubeApi;

beforeAll(async () => {
  server = await FakeApiServer.start();
  process.env.KUBECONFIG = await server.kubeconfig();
  api = await KubeApi.connect();
});

afterAll(async () => {
  await server.close();
});

const pod = (namespace: string, name: string, phase: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace },
  status: { phase },
});

/** A watch of pods in `namespace`, with the notices it gave. */
function watchPods(namespace: string) {
  const notices: { message: string; recovered: boolean }[] = [];
  const fatal: KubeError[] = [];
  let changed: () => void = () => undefined;
  const watch = new ResourceWatch(
    api,
    { resource: PODS, namespace },
    { onChange: () => changed(), onNotice: (message, recovered) => notices.push({ message, recovered }), onFatal: (e) => fatal.push(e) },
    TIMING,
  );
  /** Resolves once `predicate` holds for the store (checked on every change). */
  const until = (predicate: (objects: Map<string, KubeObject>) => boolean): Promise<void> =>
    new Promise((resolve) => {
      const check = () => {
        if (predicate(watch.objects)) resolve();
      };
      changed = check;
      check();
    });
  return { watch, notices, fatal, until };
}

const phaseOf = (objects: Map<string, KubeObject>, key: string): unknown => objects.get(key)?.status?.phase;
const watchRequests = (namespace: string) => server.requests.filter((r) => r.query.get('watch') === 'true' && r.path.includes(`/namespaces/${namespace}/`));
const listRequests = (namespace: string) => server.requests.filter((r) => r.query.get('watch') !== 'true' && r.path.includes(`/namespaces/${namespace}/`));

describe('ResourceWatch', () => {
  it('lists, then applies each change as it is made (kind and apiVersion filled in on listed items)', async () => {
    server.put(pod('a', 'p1', 'Pending'));
    const { watch, until } = watchPods('a');
    await watch.start();
    expect(watch.objects.get('a/p1')).toMatchObject({ apiVersion: 'v1', kind: 'Pod', status: { phase: 'Pending' } });
    server.put(pod('a', 'p1', 'Running'));
    await until((o) => phaseOf(o, 'a/p1') === 'Running');
    server.remove(pod('a', 'p1', 'Running'));
    await until((o) => !o.has('a/p1'));
    watch.stop();
  });

  it('resumes a dropped watch from the last resourceVersion, so changes made meanwhile still arrive', async () => {
    server.put(pod('b', 'p1', 'Pending'));
    const { watch, until, notices } = watchPods('b');
    await watch.start();
    const seen = server.put(pod('b', 'p1', 'Running'));
    await until((o) => phaseOf(o, 'b/p1') === 'Running');
    await server.pause();
    server.put(pod('b', 'p2', 'Running'));
    server.put(pod('b', 'p1', 'Succeeded'));
    await new Promise((r) => setTimeout(r, 300));
    await server.resume();
    await until((o) => phaseOf(o, 'b/p1') === 'Succeeded' && o.has('b/p2'));
    const resumed = watchRequests('b').at(-1)!;
    expect(resumed.query.get('resourceVersion')).toBe(seen.metadata?.resourceVersion);
    expect(listRequests('b')).toHaveLength(1);
    expect(notices.map((n) => n.recovered)).toEqual([false, true]);
    expect(notices[0]!.message).toMatch(/^watch of pods in b lost \(.*\); reconnecting$/);
    expect(notices[1]!.message).toBe(`watch of pods in b resumed from resourceVersion ${seen.metadata?.resourceVersion}`);
    expect(watch.recoveries).toBe(1);
    watch.stop();
  });

  it('resumes after the server ends the stream (a cut connection) without re-listing', async () => {
    const { watch, until } = watchPods('c');
    await watch.start();
    await server.watching('/api/v1/namespaces/c/pods');
    server.dropWatches();
    server.put(pod('c', 'p1', 'Running'));
    await until((o) => phaseOf(o, 'c/p1') === 'Running');
    expect(listRequests('c')).toHaveLength(1);
    watch.stop();
  });

  it('re-lists on 410 Gone, and the list replaces the store (objects deleted meanwhile are gone)', async () => {
    server.put(pod('d', 'old', 'Running'));
    const { watch, until, notices } = watchPods('d');
    await watch.start();
    await server.pause();
    server.remove(pod('d', 'old', 'Running'));
    server.put(pod('d', 'new', 'Running'));
    server.compact();
    await server.resume();
    await until((o) => o.has('d/new') && !o.has('d/old'));
    expect(listRequests('d')).toHaveLength(2);
    expect(notices.some((n) => n.message.includes('410 Gone'))).toBe(true);
    watch.stop();
  });

  it('re-lists when an open watch receives an ERROR 410 event', async () => {
    const { watch, until } = watchPods('e');
    await watch.start();
    await server.watching('/api/v1/namespaces/e/pods');
    server.compact();
    server.put(pod('e', 'p1', 'Running'));
    await until((o) => o.has('e/p1'));
    expect(listRequests('e')).toHaveLength(2);
    watch.stop();
  });

  it('gives up on 403: the first list rejects with the typed error', async () => {
    server.forbidden.add('/api/v1/namespaces/f/pods');
    const { watch } = watchPods('f');
    const err = await watch.start().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KubeError);
    expect((err as KubeError).kind).toBe('forbidden');
    expect((err as KubeError).message).toBe('forbidden: cannot list /api/v1/namespaces/f/pods');
  });
});
