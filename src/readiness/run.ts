/**
 * The readiness engine: `runReadiness(options, hooks)` waits until every object of the targets is
 * ready, one fails in a way that cannot heal, or the timeout passes — noticing each change as the
 * watches deliver it, never by polling — then gathers diagnostics for every object not ready and runs
 * the HTTP checks. It returns a JSON-serialisable result and writes nothing to the job; progress goes
 * to `hooks.onProgress`.
 */
import { errorInfo } from '../errors.js';
import type { HelmClient } from '../helm/client.js';
import { KubeError } from '../kube/errors.js';
import { Discovery, KubeApi, type KubeTransport, type ResourceInfo } from './api.js';
import { DEFAULT_DIAGNOSTICS, diagnose, type DiagnosticsOptions, type Subject } from './diagnostics.js';
import { ReadinessError } from './errors.js';
import { runHttpCheck } from './http-checks.js';
import { describeRef, refKey, refOf } from './objects.js';
import { currentPods } from './pods.js';
import { evaluate, kindKey, ownsPods, type RuleContext } from './rules.js';
import { NAMESPACE_KINDS, releaseObjects, waitsOnItself } from './targets.js';
import { DEFAULT_POLICY } from './types.js';
import type {
  Evaluation,
  HttpCheck,
  HttpCheckResult,
  KubeObject,
  ObjectDiagnostics,
  ObjectRef,
  ObjectStatus,
  ReadinessHooks,
  ReadinessOutcome,
  ReadinessPolicy,
  ReadinessResult,
  ReadinessTarget,
} from './types.js';
import { describeWatch, ResourceWatch, watchKey, type WatchSpec, type WatchTiming } from './watch.js';

export interface ReadinessOptions {
  targets: readonly ReadinessTarget[];
  /** The whole wait (the HTTP checks' retries included); diagnostics are gathered after it. */
  timeoutMs: number;
  policy?: Partial<ReadinessPolicy>;
  httpChecks?: readonly HttpCheck[];
  /** Runs `helm get manifest` for release targets. */
  helm?: HelmClient;
  /** The API server; by default the current kubeconfig context's. */
  api?: KubeTransport;
  /** Ends the wait early (outcome `cancelled`). */
  signal?: AbortSignal;
  diagnostics?: Partial<Omit<DiagnosticsOptions, 'signal'>>;
  /** Watch reconnect timing (tests). */
  watchTiming?: WatchTiming;
}

/** Kinds checked for presence per name, so a release's Secrets do not mean listing every helm release Secret. */
const PER_NAME_KINDS = new Set(['/Secret', '/ConfigMap']);
const DIAGNOSTICS_BUDGET_MS = 30_000;
/** A cancelled job is killed 10 s after its first signal: the report must be written before. */
const CANCELLED_DIAGNOSTICS_BUDGET_MS = 4_000;

interface Tracked {
  ref: ObjectRef;
  key: string;
  release?: string;
  /** The watch whose store holds it; undefined when the API server does not serve its kind. */
  watch?: string;
}

export async function runReadiness(options: ReadinessOptions, hooks: ReadinessHooks = {}): Promise<ReadinessResult> {
  const wait = new ReadinessWait(options, hooks);
  try {
    return await wait.run();
  } finally {
    wait.stop();
    await wait.close();
  }
}

class ReadinessWait {
  private readonly started = performance.now();
  private readonly ctx: RuleContext;
  private api!: KubeTransport;
  /** The connection this run opened (and so closes), when the caller gave none. */
  private ownedApi: KubeApi | undefined;
  private discovery!: Discovery;
  private readonly watches = new Map<string, ResourceWatch>();
  private readonly fixed: Tracked[] = [];
  /** Watches whose objects are targets themselves (namespace targets). */
  private readonly scopeWatches: string[] = [];
  private readonly supportWatches = new Map<string, { pods: string; replicaSets: string }>();
  private readonly statuses = new Map<string, ObjectStatus>();
  private readonly firstSeen = new Map<string, number>();
  private recheckTimer: NodeJS.Timeout | undefined;
  private deadlineTimer: NodeJS.Timeout | undefined;
  private evaluationQueued = false;
  private synced = false;
  private stopped = false;
  private finish!: (outcome: ReadinessOutcome, error?: unknown) => void;
  private readonly finished: Promise<{ outcome: ReadinessOutcome; error?: unknown }>;

  constructor(
    private readonly options: ReadinessOptions,
    private readonly hooks: ReadinessHooks,
  ) {
    this.ctx = {
      policy: { ...DEFAULT_POLICY, ...options.policy },
      symptomAge: (key) => {
        const now = this.elapsed();
        const first = this.firstSeen.get(key);
        if (first === undefined) this.firstSeen.set(key, now);
        return first === undefined ? 0 : now - first;
      },
    };
    let settled = false;
    this.finished = new Promise((resolve) => {
      this.finish = (outcome, error) => {
        if (settled) return;
        settled = true;
        resolve({ outcome, error });
      };
    });
  }

  private elapsed(): number {
    return Math.round(performance.now() - this.started);
  }

  async run(): Promise<ReadinessResult> {
    this.deadlineTimer = setTimeout(() => this.finish('timeout'), this.options.timeoutMs);
    const onAbort = (): void => this.finish('cancelled');
    this.options.signal?.addEventListener('abort', onAbort, { once: true });
    if (this.options.signal?.aborted) this.finish('cancelled');
    try {
      this.setUp().then(
        () => {
          this.synced = true;
          this.evaluate();
        },
        (err: unknown) => this.finish('error', err),
      );
      const { outcome, error } = await this.finished;
      this.stop();
      if (outcome === 'error') return this.result(outcome, [], [], error);
      if (!this.synced) return this.result(outcome, [], this.skippedChecks(outcome), this.unsyncedError());
      const diagnostics = outcome === 'ready' ? [] : await this.diagnostics(outcome === 'cancelled' ? CANCELLED_DIAGNOSTICS_BUDGET_MS : DIAGNOSTICS_BUDGET_MS);
      const checks = outcome === 'ready' ? await this.httpChecks() : this.skippedChecks(outcome);
      const final = outcome === 'ready' && checks.some((c) => c.verdict === 'fail') ? 'failed' : outcome;
      return this.result(final, diagnostics, checks);
    } finally {
      this.options.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Closes the connection this run opened (after the diagnostics, which still read from it). */
  async close(): Promise<void> {
    await this.ownedApi?.close();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.deadlineTimer);
    clearTimeout(this.recheckTimer);
    for (const watch of this.watches.values()) watch.stop();
  }

  /** Resolves the targets to objects and watches, and waits for every watch's first list. */
  private async setUp(): Promise<void> {
    if (!this.options.api) this.ownedApi = await KubeApi.connect();
    this.api = this.options.api ?? this.ownedApi!;
    this.discovery = new Discovery(this.api);
    const namespacesWithWorkloads = new Set<string>();
    for (const target of this.options.targets) {
      if ('release' in target) {
        if (!this.options.helm) throw new Error('a helm client is needed to wait on a release');
        const refs = await releaseObjects(this.options.helm, target.release, target.namespace, this.remaining());
        for (const ref of refs) {
          const resource = await this.discovery.resource(ref.apiVersion, ref.kind);
          const scoped: ObjectRef = { ...ref };
          if (resource?.namespaced) scoped.namespace = ref.namespace ?? target.namespace;
          else if (resource) delete scoped.namespace;
          const key = refKey(scoped);
          if (this.fixed.some((t) => t.key === key)) continue;
          this.fixed.push({ ref: scoped, key, release: target.release });
          if (resource && ownsPods(`${resource.group}/${resource.kind}`) && scoped.namespace) namespacesWithWorkloads.add(scoped.namespace);
        }
      } else {
        for (const { apiVersion, kind } of NAMESPACE_KINDS) {
          const resource = await this.requireResource(apiVersion, kind);
          this.scopeWatches.push(this.addWatch({ resource, namespace: target.namespace, ...(target.selector ? { labelSelector: target.selector } : {}) }));
        }
        namespacesWithWorkloads.add(target.namespace);
      }
    }
    await this.watchFixed();
    for (const namespace of namespacesWithWorkloads) {
      const pods = await this.requireResource('v1', 'Pod');
      const replicaSets = await this.requireResource('apps/v1', 'ReplicaSet');
      this.supportWatches.set(namespace, {
        pods: this.addWatch({ resource: pods, namespace }),
        replicaSets: this.addWatch({ resource: replicaSets, namespace }),
      });
    }
    if (this.stopped) return;
    await Promise.all([...this.watches.values()].map((w) => w.start()));
    const namespaceTargets = this.options.targets.filter((t) => !('release' in t));
    if (namespaceTargets.length && !this.fixed.length && this.dynamicTargets().length === 0)
      throw new ReadinessError(
        'no-objects',
        `nothing to wait on: ${namespaceTargets.map((t) => `namespace ${t.namespace}${'selector' in t && t.selector ? ` (selector ${t.selector})` : ''}`).join(', ')} has no Deployments, StatefulSets, DaemonSets, Jobs, pods, claims or Services`,
        'Check the namespace and the label selector.',
      );
  }

  private async requireResource(apiVersion: string, kind: string): Promise<ResourceInfo> {
    const resource = await this.discovery.resource(apiVersion, kind);
    if (!resource) throw new ReadinessError('unknown-kind', `the API server serves no ${kind} in ${apiVersion}`, 'Check the cluster version.');
    return resource;
  }

  /** One watch per resource and namespace; a single object (and every Secret and ConfigMap) by name. */
  private async watchFixed(): Promise<void> {
    const groups = new Map<string, { resource: ResourceInfo; namespace?: string; tracked: Tracked[] }>();
    for (const t of this.fixed) {
      const resource = await this.discovery.resource(t.ref.apiVersion, t.ref.kind);
      if (!resource) continue;
      const id = `${resource.group}/${resource.plural}/${t.ref.namespace ?? ''}`;
      const group = groups.get(id) ?? { resource, ...(t.ref.namespace ? { namespace: t.ref.namespace } : {}), tracked: [] };
      group.tracked.push(t);
      groups.set(id, group);
    }
    for (const { resource, namespace, tracked } of groups.values()) {
      const perName = tracked.length === 1 || PER_NAME_KINDS.has(`${resource.group}/${resource.kind}`);
      if (perName)
        for (const t of tracked) t.watch = this.addWatch({ resource, ...(namespace ? { namespace } : {}), fieldSelector: `metadata.name=${t.ref.name}` });
      else {
        const key = this.addWatch({ resource, ...(namespace ? { namespace } : {}) });
        for (const t of tracked) t.watch = key;
      }
    }
  }

  /** Why the wait ended before every watch had its first list: the API server did not answer in time. */
  private unsyncedError(): KubeError {
    if (!this.api)
      return new KubeError('timeout', 'the wait ended before the cluster was reached (loading the kubeconfig took all the time)', 'Raise the timeout.');
    const waiting = [...this.watches.values()].filter((w) => !w.isSynced);
    const last = waiting.map((w) => w.lastError).find(Boolean);
    return new KubeError(
      'timeout',
      waiting.length
        ? `the API server at ${this.api.server} did not answer the first list of ${waiting.map((w) => describeWatch(w.spec)).join(', ')} in time${last ? ` (last error: ${last})` : ''}`
        : 'the wait ended before the objects to wait on were known',
      'Check that the API server is reachable from the runner, or raise the timeout.',
    );
  }

  private addWatch(spec: WatchSpec): string {
    const key = watchKey(spec);
    if (!this.watches.has(key))
      this.watches.set(
        key,
        new ResourceWatch(
          this.api,
          spec,
          {
            onChange: () => this.queueEvaluation(),
            onNotice: (message) => this.hooks.onProgress?.({ type: 'watch', elapsedMs: this.elapsed(), message }),
            onFatal: (error) => this.finish('error', new KubeError(error.kind, `watch of ${describeWatch(spec)}: ${error.message}`, error.fix, error.status)),
          },
          this.options.watchTiming,
        ),
      );
    return key;
  }

  private remaining(): number {
    return Math.max(this.options.timeoutMs - this.elapsed(), 1000);
  }

  /** Targets found in namespace watches now, excluding objects their owners stand for. */
  private dynamicTargets(): Tracked[] {
    const known = new Set(this.fixed.map((t) => t.key));
    const found: Tracked[] = [];
    for (const key of this.scopeWatches) {
      for (const obj of this.watches.get(key)?.objects.values() ?? []) {
        if (!waitsOnItself(obj)) continue;
        const ref = refOf(obj);
        const id = refKey(ref);
        if (known.has(id)) continue;
        known.add(id);
        found.push({ ref, key: id, watch: key });
      }
    }
    return found.sort((a, b) => describeRef(a.ref).localeCompare(describeRef(b.ref)));
  }

  private objectOf(t: Tracked): KubeObject | undefined {
    if (!t.watch) return undefined;
    return this.watches.get(t.watch)?.objects.get(`${t.ref.namespace ?? ''}/${t.ref.name}`);
  }

  private podsOf(obj: KubeObject | undefined): KubeObject[] {
    if (!obj) return [];
    if (obj.kind === 'Pod') return [obj];
    const support = this.supportWatches.get(obj.metadata?.namespace ?? '');
    if (!support || !ownsPods(kindKey(obj))) return [];
    const values = (key: string) => [...(this.watches.get(key)?.objects.values() ?? [])];
    return currentPods(obj, values(support.pods), values(support.replicaSets));
  }

  private queueEvaluation(): void {
    if (!this.synced || this.evaluationQueued) return;
    this.evaluationQueued = true;
    queueMicrotask(() => {
      this.evaluationQueued = false;
      this.evaluate();
    });
  }

  /** Re-evaluates every target (cheap: the stores are local), reports changes and decides. */
  private evaluate(): void {
    if (this.stopped) return;
    const targets = [...this.fixed, ...this.dynamicTargets()];
    const present = new Set(targets.map((t) => t.key));
    for (const key of this.statuses.keys()) if (!present.has(key)) this.statuses.delete(key);
    let recheck = Infinity;
    for (const t of targets) {
      const obj = this.objectOf(t);
      const e: Evaluation = t.watch
        ? evaluate(obj, this.podsOf(obj), this.ctx)
        : { state: 'failed', reason: 'UnknownKind', message: `the API server serves no ${t.ref.kind} in ${t.ref.apiVersion}` };
      if (e.recheckInMs !== undefined) recheck = Math.min(recheck, e.recheckInMs);
      this.record(t, e);
    }
    clearTimeout(this.recheckTimer);
    if (recheck !== Infinity) this.recheckTimer = setTimeout(() => this.evaluate(), recheck + 10);
    const states = [...this.statuses.values()].map((s) => s.state);
    if (states.includes('failed')) this.finish('failed');
    else if (states.every((s) => s === 'ready')) this.finish('ready');
  }

  private record(t: Tracked, e: Evaluation): void {
    const before = this.statuses.get(t.key);
    const now = this.elapsed();
    const { recheckInMs: _recheck, ...evaluation } = e;
    const readyAfterMs = e.state === 'ready' ? (before?.state === 'ready' ? before.readyAfterMs : now) : undefined;
    this.statuses.set(t.key, {
      ...t.ref,
      ...(t.release ? { release: t.release } : {}),
      ...evaluation,
      ...(readyAfterMs !== undefined ? { readyAfterMs } : {}),
    });
    if (before?.state !== e.state || before.reason !== e.reason)
      this.hooks.onProgress?.({
        type: 'state',
        elapsedMs: now,
        object: t.ref,
        ...(before ? { from: before.state } : {}),
        to: e.state,
        reason: e.reason,
        message: e.message,
      });
  }

  private async diagnostics(budgetMs: number): Promise<ObjectDiagnostics[]> {
    const targets = [...this.fixed, ...this.dynamicTargets()];
    const subjects: Subject[] = targets.flatMap((t) => {
      const status = this.statuses.get(t.key);
      if (!status || status.state === 'ready') return [];
      const object = this.objectOf(t);
      return [{ status, ...(object ? { object } : {}), pods: this.podsOf(object) }];
    });
    const order = { failed: 0, 'not-found': 1, terminating: 2, 'in-progress': 3, ready: 4 };
    subjects.sort((a, b) => order[a.status.state] - order[b.status.state]);
    return diagnose(this.api, subjects, { ...DEFAULT_DIAGNOSTICS, ...this.options.diagnostics, signal: AbortSignal.timeout(budgetMs) });
  }

  private async httpChecks(): Promise<HttpCheckResult[]> {
    const deadline = Date.now() + Math.max(this.options.timeoutMs - this.elapsed(), 0);
    return Promise.all(
      (this.options.httpChecks ?? []).map(async (check) => {
        const result = await runHttpCheck(check, { deadline });
        this.hooks.onProgress?.({ type: 'http', elapsedMs: this.elapsed(), check: result });
        return result;
      }),
    );
  }

  private skippedChecks(outcome: ReadinessOutcome): HttpCheckResult[] {
    return (this.options.httpChecks ?? []).map((c) => ({ url: c.url, verdict: 'skipped', message: `not run: the wait ended ${outcome}`, durationMs: 0 }));
  }

  private result(outcome: ReadinessOutcome, diagnostics: ObjectDiagnostics[], httpChecks: HttpCheckResult[], error?: unknown): ReadinessResult {
    const order = [...this.fixed, ...this.dynamicTargets()].map((t) => t.key);
    const objects = order.flatMap((key) => {
      const s = this.statuses.get(key);
      return s ? [s] : [];
    });
    return {
      outcome,
      ready: outcome === 'ready',
      durationMs: this.elapsed(),
      objects,
      diagnostics,
      httpChecks,
      watchRecoveries: [...this.watches.values()].reduce((n, w) => n + w.recoveries, 0),
      ...(error !== undefined ? { error: errorInfo(error) } : {}),
    };
  }
}
