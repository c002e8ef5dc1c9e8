/**
 * The Kubernetes calls the apply engine makes itself, through @kubernetes/client-node (imported
 * lazily): server-side apply as the field manager `chalk-actions` (so an identical re-run changes
 * nothing), namespaces, the deploy Lease, pods for failure reasons and CRD readiness. Secret data passes
 * through here but is never logged: outcomes name objects only.
 */
import type * as K8s from '@kubernetes/client-node';
import { KubeClient } from '../kube/client.js';
import { KubeError, toKubeError } from '../kube/errors.js';

export const FIELD_MANAGER = 'chalk-actions';

/** An object to apply: a complete manifest, or (for annotations) only the fields this toolkit owns. */
export interface ApplyObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

export type ApplyAction = 'created' | 'updated' | 'unchanged';

export interface ApplyOptions {
  /** The server computes the result without storing it. */
  dryRun?: boolean;
  fieldManager?: string;
  /** Read the object first, to tell created, updated and unchanged apart (default); without it the outcome is `updated`. */
  readFirst?: boolean;
}

export interface ApplyOutcome {
  kind: string;
  name: string;
  namespace?: string;
  action: ApplyAction;
}

/** What stopped a container, as `kubectl describe pod` would show it. */
export interface ContainerProblem {
  pod: string;
  container: string;
  reason: string;
  message?: string;
  image?: string;
}

export class ApplyKube {
  private objects: K8s.KubernetesObjectApi | undefined;
  private version: Promise<string> | undefined;

  private constructor(
    private readonly k8s: typeof K8s,
    private readonly client: KubeClient,
  ) {}

  /**
   * The current kubeconfig context, as kubectl and helm read it, through KubeClient: an exec credential
   * plugin runs bounded and is stopped by close().
   */
  static async load(): Promise<ApplyKube> {
    const client = await KubeClient.load();
    return new ApplyKube(await import('@kubernetes/client-node'), client);
  }

  get server(): string {
    return this.client.server;
  }

  private get config(): K8s.KubeConfig {
    return this.client.kubeConfig;
  }

  /** Stops the credential plugin, if any, and closes the client's connections. */
  close(): Promise<void> {
    return this.client.close();
  }

  /** The API server's version (`v1.34.4`), read once: offline renders check charts' kubeVersion against it. */
  serverVersion(): Promise<string> {
    return (this.version ??= this.client.serverVersion());
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw toKubeError(err, this.server);
    }
  }

  private async optional<T>(fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await this.call(fn);
    } catch (err) {
      if (err instanceof KubeError && err.kind === 'not-found') return undefined;
      throw err;
    }
  }

  private get api(): K8s.KubernetesObjectApi {
    return (this.objects ??= this.k8s.KubernetesObjectApi.makeApiClient(this.config));
  }

  private typed<T extends K8s.ApiType>(type: K8s.ApiConstructor<T>): T {
    return this.config.makeApiClient(type);
  }

  /** The live object, or undefined when it does not exist. */
  read(ref: Pick<ApplyObject, 'apiVersion' | 'kind' | 'metadata'>): Promise<K8s.KubernetesObject | undefined> {
    const header = { apiVersion: ref.apiVersion, kind: ref.kind, metadata: { name: ref.metadata.name, namespace: ref.metadata.namespace } };
    return this.optional(() => this.api.read(header as Parameters<K8s.KubernetesObjectApi['read']>[0]));
  }

  /**
   * Server-side apply, taking over fields another manager set (a Secret first made with kubectl).
   * With `dryRun` the server computes the result without storing it.
   */
  async apply(obj: ApplyObject, { dryRun = false, fieldManager = FIELD_MANAGER, readFirst = true }: ApplyOptions = {}): Promise<ApplyOutcome> {
    const before = readFirst ? await this.read(obj) : undefined;
    const after: K8s.KubernetesObject = await this.call(() =>
      this.api.patch<K8s.KubernetesObject>(obj, undefined, dryRun ? 'All' : undefined, fieldManager, true, this.k8s.PatchStrategy.ServerSideApply),
    );
    const outcome = { kind: obj.kind, name: obj.metadata.name, ...(obj.metadata.namespace ? { namespace: obj.metadata.namespace } : {}) };
    if (!readFirst) return { ...outcome, action: 'updated' };
    if (!before) return { ...outcome, action: 'created' };
    const same = dryRun ? contentOf(before) === contentOf(after) : before.metadata?.resourceVersion === after.metadata?.resourceVersion;
    return { ...outcome, action: same ? 'unchanged' : 'updated' };
  }

  /**
   * Creates the namespace when it is missing; an existing one is left untouched (no write, so a re-run
   * changes nothing). An identity that may not read namespaces is assumed to deploy into an existing one.
   */
  async ensureNamespace(name: string, { dryRun = false }: { dryRun?: boolean } = {}): Promise<ApplyAction> {
    let existing: K8s.V1Namespace | undefined;
    try {
      existing = await this.optional(() => this.typed(this.k8s.CoreV1Api).readNamespace({ name }));
    } catch (err) {
      if (err instanceof KubeError && err.kind === 'forbidden') return 'unchanged';
      throw err;
    }
    if (existing?.status?.phase === 'Terminating')
      throw new KubeError(
        'unknown',
        `namespace ${name} is being deleted (Terminating)`,
        `Wait until it is gone, then run again: kubectl get namespace ${name}`,
      );
    if (existing) return 'unchanged';
    return (await this.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }, { dryRun })).action;
  }

  readLease(namespace: string, name: string): Promise<K8s.V1Lease | undefined> {
    return this.optional(() => this.typed(this.k8s.CoordinationV1Api).readNamespacedLease({ namespace, name }));
  }

  createLease(namespace: string, body: K8s.V1Lease): Promise<K8s.V1Lease> {
    return this.call(() => this.typed(this.k8s.CoordinationV1Api).createNamespacedLease({ namespace, body }));
  }

  /** Replaces the Lease; fails with a 409 (`KubeError` status 409) when someone wrote it since `body`'s resourceVersion. */
  replaceLease(namespace: string, body: K8s.V1Lease): Promise<K8s.V1Lease> {
    return this.call(() => this.typed(this.k8s.CoordinationV1Api).replaceNamespacedLease({ namespace, name: body.metadata!.name!, body }));
  }

  /** `new V1MicroTime()`: the timestamp type Lease fields are written in. */
  microTime(date = new Date()): K8s.V1MicroTime {
    return new this.k8s.V1MicroTime(date.getTime());
  }

  /** The uids of the namespace's pods now, so that later only the pods an upgrade creates are looked at. */
  async podUids(namespace: string): Promise<Set<string>> {
    const pods = await this.call(() => this.typed(this.k8s.CoreV1Api).listNamespacedPod({ namespace }));
    return new Set(pods.items.map((p) => p.metadata?.uid ?? ''));
  }

  /**
   * Containers of pods not in `existing` that are waiting or terminated for a reason. Pods labelled as
   * another release's (`app.kubernetes.io/instance`) are left out: releases may share a namespace.
   */
  async containerProblems(namespace: string, existing: ReadonlySet<string>, release: string): Promise<ContainerProblem[]> {
    const pods = await this.call(() => this.typed(this.k8s.CoreV1Api).listNamespacedPod({ namespace }));
    const problems: ContainerProblem[] = [];
    for (const pod of pods.items) {
      const instance = pod.metadata?.labels?.['app.kubernetes.io/instance'];
      if (existing.has(pod.metadata?.uid ?? '') || (instance && instance !== release)) continue;
      const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
      for (const s of statuses) {
        const waiting = s.state?.waiting;
        const terminated = s.state?.terminated ?? (s.restartCount > 0 ? s.lastState?.terminated : undefined);
        const reason =
          waiting?.reason && !BENIGN_WAITING.has(waiting.reason) ? waiting.reason : terminated && terminated.exitCode !== 0 ? terminated.reason : undefined;
        if (!reason) continue;
        const message = waiting?.message ?? terminated?.message;
        problems.push({ pod: pod.metadata?.name ?? '', container: s.name, reason, ...(message ? { message } : {}), ...(s.image ? { image: s.image } : {}) });
      }
      const unschedulable = pod.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
      if (unschedulable?.reason)
        problems.push({
          pod: pod.metadata?.name ?? '',
          container: '',
          reason: unschedulable.reason,
          ...(unschedulable.message ? { message: unschedulable.message } : {}),
        });
      else if (pod.status?.phase === 'Pending' && statuses.length === 0)
        problems.push({ pod: pod.metadata?.name ?? '', container: '', reason: 'Pending', message: 'scheduled, but no container has started yet' });
    }
    return problems;
  }

  /** Waits until the CRD of `group`/`kind` is Established, or throws after `timeoutMs`. */
  async waitForCrd(group: string, kind: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const api = this.typed(this.k8s.ApiextensionsV1Api);
    for (;;) {
      const list = await this.call(() => api.listCustomResourceDefinition({}));
      const crd = list.items.find((c) => c.spec.group === group && c.spec.names.kind === kind);
      if (crd?.status?.conditions?.some((c) => c.type === 'Established' && c.status === 'True')) return;
      if (Date.now() > deadline || signal?.aborted)
        throw new KubeError(
          'not-found',
          `the ${kind}.${group} CRD is ${crd ? 'not Established' : 'not installed'} after ${Math.round(timeoutMs / 1000)} s`,
          `Install the chart that ships the ${kind} CRD first (it is listed in needs), or check: kubectl get crd -o name | grep ${group}`,
        );
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** Waiting reasons of a container that is on its way up. */
const BENIGN_WAITING = new Set(['ContainerCreating', 'PodInitializing']);

/** What an apply may change, for comparing a dry run's answer with the live object. */
function contentOf(obj: K8s.KubernetesObject): string {
  const { metadata, ...rest } = obj as K8s.KubernetesObject & Record<string, unknown>;
  return JSON.stringify({ labels: metadata?.labels ?? {}, annotations: metadata?.annotations ?? {}, ...rest });
}
