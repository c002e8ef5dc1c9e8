/**
 * Why objects are not ready, for every one of them (helm 4's watcher logs only the first, at debug
 * level): the object's recent events, a `kubectl describe`-like digest of its pods that are not
 * ready (container states, last termination, image), their events, and the last lines of their logs
 * where the API server can get them. Values of the Secrets a pod reads are masked in its log lines;
 * when such a Secret cannot be read, the lines are not shown at all.
 */
import type { KubeTransport } from './api.js';
import { condition, conditions, field, stringField } from './objects.js';
import { containerStatuses, describeTermination } from './pods.js';
import type { ContainerDigest, EventDigest, KubeObject, ObjectDiagnostics, ObjectStatus, PodDigest, PodLogs } from './types.js';

export interface DiagnosticsOptions {
  /** Log lines per container. */
  logLines: number;
  /** Pods shown per object (the least healthy first). */
  podsPerObject: number;
  eventsPerObject: number;
  signal?: AbortSignal;
}

export const DEFAULT_DIAGNOSTICS: Omit<DiagnosticsOptions, 'signal'> = { logLines: 20, podsPerObject: 3, eventsPerObject: 5 };

interface CoreEvent {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  lastTimestamp?: string;
  eventTime?: string;
  series?: { count?: number; lastObservedTime?: string };
  metadata?: { creationTimestamp?: string };
}

const MASK = '***';

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** The latest events about the object with this uid, newest first. */
export async function recentEvents(api: KubeTransport, namespace: string, uid: string, limit: number, signal?: AbortSignal): Promise<EventDigest[]> {
  const list = await api.getJson<{ items?: CoreEvent[] }>(
    `/api/v1/namespaces/${encodeURIComponent(namespace)}/events`,
    { fieldSelector: `involvedObject.uid=${uid}` },
    signal,
  );
  const when = (e: CoreEvent): string => e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? '';
  return (list.items ?? [])
    .sort((a, b) => when(b).localeCompare(when(a)))
    .slice(0, limit)
    .map((e) => ({
      type: e.type ?? 'Normal',
      reason: e.reason ?? '',
      message: e.message ?? '',
      count: e.series?.count ?? e.count ?? 1,
      ...(when(e) ? { lastSeen: when(e) } : {}),
    }));
}

function containerDigests(pod: KubeObject): ContainerDigest[] {
  return containerStatuses(pod).map(({ status, init }) => {
    const s = status.state;
    const state = s?.waiting
      ? `waiting: ${s.waiting.reason ?? 'unknown'}${s.waiting.message ? ` (${s.waiting.message})` : ''}`
      : s?.terminated
        ? `terminated: ${describeTermination(s.terminated)}${s.terminated.message ? ` (${s.terminated.message})` : ''}`
        : s?.running
          ? 'running'
          : 'unknown';
    const last = status.lastState?.terminated;
    return {
      name: status.name,
      image: status.image ?? '',
      init,
      ready: status.ready === true,
      restartCount: status.restartCount ?? 0,
      state,
      ...(last ? { lastTermination: `terminated: ${describeTermination(last)}` } : {}),
    };
  });
}

/** Containers whose logs explain something: crashed (their previous run), ended badly, or running but not ready. */
function containersWorthLogs(pod: KubeObject): { container: string; previous: boolean }[] {
  return containerStatuses(pod).flatMap(({ status }): { container: string; previous: boolean }[] => {
    const s = status.state;
    if (s?.waiting?.reason === 'CrashLoopBackOff' || (s?.waiting && status.lastState?.terminated)) return [{ container: status.name, previous: true }];
    if (s?.terminated && (s.terminated.exitCode ?? 0) !== 0) return [{ container: status.name, previous: false }];
    if (s?.running && status.ready !== true) return [{ container: status.name, previous: false }];
    return [];
  });
}

/** Names of the Secrets a pod reads: env, envFrom, volumes (projected ones too). */
export function secretsReadBy(pod: KubeObject): string[] {
  const names = new Set<string>();
  const containers = [...((field(pod, 'spec.initContainers') as unknown[]) ?? []), ...((field(pod, 'spec.containers') as unknown[]) ?? [])];
  for (const c of containers) {
    for (const env of (field(c, 'env') as unknown[]) ?? []) {
      const name = stringField(env, 'valueFrom.secretKeyRef.name');
      if (name) names.add(name);
    }
    for (const from of (field(c, 'envFrom') as unknown[]) ?? []) {
      const name = stringField(from, 'secretRef.name');
      if (name) names.add(name);
    }
  }
  for (const volume of (field(pod, 'spec.volumes') as unknown[]) ?? []) {
    const name = stringField(volume, 'secret.secretName');
    if (name) names.add(name);
    for (const source of (field(volume, 'projected.sources') as unknown[]) ?? []) {
      const projected = stringField(source, 'secret.name');
      if (projected) names.add(projected);
    }
  }
  return [...names];
}

/**
 * The values (and their lines) of the Secrets a pod reads, to mask in its logs; undefined with the
 * reason when one of them exists but cannot be read.
 */
async function secretValues(api: KubeTransport, pod: KubeObject, signal?: AbortSignal): Promise<{ values: string[] } | { unreadable: string }> {
  const namespace = pod.metadata?.namespace ?? '';
  const values = new Set<string>();
  for (const name of secretsReadBy(pod)) {
    try {
      const secret = await api.getJson<{ data?: Record<string, string> }>(
        `/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets/${encodeURIComponent(name)}`,
        {},
        signal,
      );
      for (const encoded of Object.values(secret.data ?? {})) {
        const value = Buffer.from(encoded, 'base64').toString('utf8');
        for (const form of [value, ...value.split(/\r?\n/)]) if (form.trim().length >= 3) values.add(form);
      }
    } catch (err) {
      if ((err as { kind?: string }).kind === 'not-found') continue;
      return { unreadable: `not shown: Secret ${name}, which the pod reads, could not be read to mask its values (${errorText(err)})` };
    }
  }
  return { values: [...values].sort((a, b) => b.length - a.length) };
}

const mask = (line: string, values: readonly string[]): string => values.reduce((text, value) => text.split(value).join(MASK), line);

async function podLogs(api: KubeTransport, pod: KubeObject, lines: number, signal?: AbortSignal): Promise<PodLogs[]> {
  const wanted = containersWorthLogs(pod).slice(0, 2);
  if (!wanted.length) return [];
  const secrets = await secretValues(api, pod, signal);
  const path = `/api/v1/namespaces/${encodeURIComponent(pod.metadata?.namespace ?? '')}/pods/${encodeURIComponent(pod.metadata?.name ?? '')}/log`;
  return Promise.all(
    wanted.map(async ({ container, previous }): Promise<PodLogs> => {
      if ('unreadable' in secrets) return { container, previous, unavailable: secrets.unreadable };
      try {
        const text = await api.getText(path, { container, previous, tailLines: lines, limitBytes: 64 * 1024 }, signal);
        const all = text.split(/\r?\n/);
        if (all.at(-1) === '') all.pop();
        return { container, previous, lines: all.slice(-lines).map((line) => mask(line, secrets.values)) };
      } catch (err) {
        return { container, previous, unavailable: `the API server could not get the logs: ${errorText(err)}` };
      }
    }),
  );
}

async function podDigest(api: KubeTransport, pod: KubeObject, options: DiagnosticsOptions): Promise<PodDigest> {
  const namespace = pod.metadata?.namespace ?? '';
  const uid = pod.metadata?.uid;
  const [events, logs] = await Promise.all([
    uid ? recentEvents(api, namespace, uid, options.eventsPerObject, options.signal).catch(() => []) : Promise.resolve([]),
    podLogs(api, pod, options.logLines, options.signal),
  ]);
  const node = stringField(pod, 'spec.nodeName');
  return {
    name: pod.metadata?.name ?? '',
    namespace,
    phase: stringField(pod, 'status.phase') ?? 'Unknown',
    ...(node ? { node } : {}),
    conditions: conditions(pod)
      .filter((c) => c.status !== 'True')
      .map((c) => `${c.type}=${c.status}${c.reason ? ` ${c.reason}` : ''}${c.message ? `: ${c.message}` : ''}`),
    containers: containerDigests(pod),
    events,
    logs,
  };
}

/** Least healthy first: pods with waiting or crashed containers, then pending ones, then the rest. */
function severity(pod: KubeObject): number {
  const statuses = containerStatuses(pod);
  if (statuses.some(({ status }) => status.state?.waiting?.reason && status.state.waiting.reason !== 'ContainerCreating')) return 0;
  if (stringField(pod, 'status.phase') === 'Failed') return 1;
  if (stringField(pod, 'status.phase') !== 'Running') return 2;
  return 3;
}

export interface Subject {
  status: ObjectStatus;
  object?: KubeObject;
  /** The pods that stand for it (the object itself for a pod). */
  pods: KubeObject[];
}

/** Diagnostics for each subject (an object not ready), gathered in parallel. */
export async function diagnose(api: KubeTransport, subjects: readonly Subject[], options: DiagnosticsOptions): Promise<ObjectDiagnostics[]> {
  return Promise.all(
    subjects.map(async ({ status, object, pods }): Promise<ObjectDiagnostics> => {
      const uid = object?.metadata?.uid;
      const unready = pods
        .filter((p) => condition(p, 'Ready')?.status !== 'True' && stringField(p, 'status.phase') !== 'Succeeded')
        .sort((a, b) => severity(a) - severity(b))
        .slice(0, options.podsPerObject);
      const [events, digests] = await Promise.all([
        uid && object?.kind !== 'Pod'
          ? recentEvents(api, status.namespace ?? 'default', uid, options.eventsPerObject, options.signal).catch(() => [])
          : Promise.resolve([]),
        Promise.all(unready.map((pod) => podDigest(api, pod, options))),
      ]);
      const { apiVersion, kind, name, namespace } = status;
      return {
        object: { apiVersion, kind, name, ...(namespace ? { namespace } : {}) },
        state: status.state,
        reason: status.reason,
        message: status.message,
        events,
        pods: digests,
      };
    }),
  );
}
