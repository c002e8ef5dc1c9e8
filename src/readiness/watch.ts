/**
 * List+watch of one resource in one scope, kept as a local store. A watch that ends (the server's
 * timeout, a dropped connection, an API server restart) resumes from the last resourceVersion seen,
 * so the server replays every change since; a 410 Gone (that version was compacted) re-lists, and
 * the list's state replaces the store. Connection failures are retried with a short backoff; errors
 * that retrying cannot fix (RBAC, a bad selector, an unknown resource) end the watch.
 */
import { KubeError, toKubeError } from '../kube/errors.js';
import { collectionPath, type KubeTransport, type ResourceInfo, type WatchHandle } from './api.js';
import type { KubeObject } from './types.js';

export interface WatchSpec {
  resource: ResourceInfo;
  /** Omitted for cluster-scoped resources and cluster-wide watches. */
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
}

export const watchKey = (spec: WatchSpec): string =>
  [spec.resource.group, spec.resource.plural, spec.namespace ?? '', spec.labelSelector ?? '', spec.fieldSelector ?? ''].join('|');

/** `deployments.apps in chalk`, for progress lines. */
export function describeWatch(spec: WatchSpec): string {
  const what = spec.resource.group ? `${spec.resource.plural}.${spec.resource.group}` : spec.resource.plural;
  const filters = [spec.labelSelector, spec.fieldSelector].filter(Boolean).join(', ');
  return `${what}${spec.namespace ? ` in ${spec.namespace}` : ''}${filters ? ` (${filters})` : ''}`;
}

export interface WatchHooks {
  /** The store changed (after a list or an event). */
  onChange(): void;
  /** A connection was lost or resumed, or the watch re-listed: one line each, never one per retry. */
  onNotice(message: string, recovered: boolean): void;
  /** An error retrying cannot fix, after the first list succeeded. */
  onFatal(error: KubeError): void;
}

export interface WatchTiming {
  minBackoffMs: number;
  maxBackoffMs: number;
  /** Asks the server to end each watch after this long (it is then resumed). */
  watchTimeoutSeconds: number;
}

const DEFAULT_TIMING: WatchTiming = { minBackoffMs: 200, maxBackoffMs: 2_000, watchTimeoutSeconds: 300 };

interface StreamEnd {
  error: unknown;
  expired: boolean;
}

const FATAL_KINDS = new Set(['unauthorized', 'forbidden', 'not-found', 'tls', 'no-config']);

function asKubeError(err: unknown, server: string): KubeError {
  const status = (err as { statusCode?: unknown })?.statusCode;
  if (typeof status === 'number') return toKubeError({ code: status, body: (err as Error).message }, server);
  return toKubeError(err, server);
}

const isFatal = (err: KubeError): boolean =>
  FATAL_KINDS.has(err.kind) || (err.status !== undefined && err.status >= 400 && err.status < 500 && err.status !== 410 && err.status !== 429);

export class ResourceWatch {
  /** The current objects, by `namespace/name`. */
  readonly objects = new Map<string, KubeObject>();
  /** Connections lost and resumed, and re-lists after 410 Gone. */
  recoveries = 0;
  private resourceVersion = '';
  private stopped = false;
  private handle: WatchHandle | undefined;
  private readonly abort = new AbortController();
  private wake: (() => void) | undefined;
  private lost: string | undefined;
  private synced = false;
  private readonly firstList: Promise<void>;
  private settleFirstList!: { resolve: () => void; reject: (err: KubeError) => void };

  constructor(
    private readonly api: KubeTransport,
    readonly spec: WatchSpec,
    private readonly hooks: WatchHooks,
    private readonly timing: WatchTiming = DEFAULT_TIMING,
  ) {
    this.firstList = new Promise((resolve, reject) => (this.settleFirstList = { resolve, reject }));
    // The caller awaits start(); a rejection before that is not unhandled.
    this.firstList.catch(() => undefined);
  }

  /** Starts the loop; resolves once the first list is in the store, rejects on an error retrying cannot fix. */
  start(): Promise<void> {
    void this.loop();
    return this.firstList;
  }

  stop(): void {
    this.stopped = true;
    this.abort.abort();
    this.handle?.abort();
    this.wake?.();
  }

  get isSynced(): boolean {
    return this.synced;
  }

  /** The error of the current outage, while the watch is reconnecting. */
  get lastError(): string | undefined {
    return this.lost;
  }

  private async loop(): Promise<void> {
    let backoff = this.timing.minBackoffMs;
    while (!this.stopped) {
      try {
        if (!this.resourceVersion) await this.list();
        const opened = performance.now();
        const end = await this.stream();
        if (this.stopped) return;
        if (end.expired) {
          this.resourceVersion = '';
          this.recoveries++;
          this.hooks.onNotice(`watch of ${describeWatch(this.spec)}: resourceVersion expired (410 Gone), re-listing`, true);
          continue;
        }
        if (end.error) throw end.error;
        // A stream the server ends at once (a proxy, a server shutting down) is retried with the backoff, not in a tight loop.
        if (performance.now() - opened < 1_000) {
          await this.sleep(backoff);
          backoff = Math.min(backoff * 2, this.timing.maxBackoffMs);
        } else backoff = this.timing.minBackoffMs;
      } catch (err) {
        if (this.stopped) return;
        const error = err instanceof KubeError ? err : asKubeError(err, this.api.server);
        if (error.status === 410) {
          this.resourceVersion = '';
          continue;
        }
        if (isFatal(error)) {
          if (this.synced) this.hooks.onFatal(error);
          else this.settleFirstList.reject(error);
          return;
        }
        if (!this.lost) {
          this.lost = error.message;
          this.hooks.onNotice(`watch of ${describeWatch(this.spec)} lost (${error.message}); reconnecting`, false);
        }
        await this.sleep(backoff);
        backoff = Math.min(backoff * 2, this.timing.maxBackoffMs);
      }
    }
  }

  private async list(): Promise<void> {
    const { labelSelector, fieldSelector } = this.spec;
    const list = await this.api.getJson<{ items?: KubeObject[]; metadata?: { resourceVersion?: string } }>(
      collectionPath(this.spec.resource, this.spec.namespace),
      { labelSelector, fieldSelector },
      this.abort.signal,
    );
    this.objects.clear();
    for (const item of list.items ?? []) this.put(item);
    this.resourceVersion = list.metadata?.resourceVersion ?? '';
    this.connected(true);
    if (!this.synced) {
      this.synced = true;
      this.settleFirstList.resolve();
    }
    this.hooks.onChange();
  }

  /** One watch request, from the last resourceVersion until the stream ends. */
  private stream(): Promise<StreamEnd> {
    return new Promise((resolve) => {
      let expired = false;
      let ended = false;
      const done = (error: unknown): void => {
        if (ended) return;
        ended = true;
        resolve({ error: error ?? undefined, expired });
      };
      const query = {
        resourceVersion: this.resourceVersion,
        allowWatchBookmarks: true,
        timeoutSeconds: this.timing.watchTimeoutSeconds,
        labelSelector: this.spec.labelSelector,
        fieldSelector: this.spec.fieldSelector,
      };
      const onEvent = (type: string, obj: KubeObject): void => {
        if (ended || this.stopped) return;
        if (type === 'ERROR') {
          const status = obj as { code?: number; message?: string };
          if (status.code === 410) expired = true;
          else done(Object.assign(new Error(status.message ?? 'watch error'), { statusCode: status.code }));
          this.handle?.abort();
          return;
        }
        const rv = obj.metadata?.resourceVersion;
        if (rv) this.resourceVersion = rv;
        if (type === 'ADDED' || type === 'MODIFIED') this.put(obj);
        else if (type === 'DELETED') this.objects.delete(storeKey(obj));
        else return;
        this.hooks.onChange();
      };
      this.api.watch(collectionPath(this.spec.resource, this.spec.namespace), query, onEvent, done).then(
        (handle) => {
          this.handle = handle;
          if (this.stopped) handle.abort();
          else if (!ended) this.connected(false);
        },
        (err: unknown) => done(err),
      );
    });
  }

  private connected(relisted: boolean): void {
    if (!this.lost) return;
    this.lost = undefined;
    this.recoveries++;
    this.hooks.onNotice(
      relisted
        ? `watch of ${describeWatch(this.spec)} re-listed after reconnecting`
        : `watch of ${describeWatch(this.spec)} resumed from resourceVersion ${this.resourceVersion}`,
      true,
    );
  }

  /** List items come without apiVersion and kind; the store keeps whole objects. */
  private put(obj: KubeObject): void {
    const { group, version, kind } = this.spec.resource;
    this.objects.set(storeKey(obj), { ...obj, apiVersion: obj.apiVersion ?? (group ? `${group}/${version}` : version), kind: obj.kind ?? kind });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

export const storeKey = (obj: KubeObject): string => `${obj.metadata?.namespace ?? ''}/${obj.metadata?.name ?? ''}`;
