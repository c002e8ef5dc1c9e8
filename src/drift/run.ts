/**
 * The drift-check engine. Per release, three comparisons:
 * 1. desired vs deployed: the plan (src/plan) of the files against the helm release — chart, rendered
 *    manifest — and `helm get values` against the values the files give;
 * 2. deployed vs live: each object of the release manifest against the cluster, by a server-side apply
 *    dry run with helm's field manager (what an upgrade would put back), plus the fields others added
 *    that such an apply would keep (from managedFields);
 * 3. missing: the release, or objects of it, not in the cluster.
 * Returns the report as data and writes nothing to the job. A release that cannot be checked is
 * reported with its error, and the other releases are still checked.
 */
import * as core from '@actions/core';
import { errorInfo } from '../errors.js';
import type { HelmClient } from '../helm/client.js';
import { KubeError } from '../kube/errors.js';
import { compareKeys, diffManifests } from '../plan/diff.js';
import { keyId, parseObjects, splitManifest, type KubeObject } from '../plan/documents.js';
import { diffFields, isMap } from '../plan/field-diff.js';
import { CHART_BUMP_RULE, type IgnoreRule } from '../plan/ignore.js';
import { normaliseObject, canonical } from '../plan/normalise.js';
import { readDeployedRelease, type HelmCallOptions } from '../plan/render.js';
import { DEFAULT_HELM_TIMEOUT_MS, runPlan, type ReleaseRequest } from '../plan/run.js';
import { isSecret, MaskedValues, redactField } from '../plan/secrets.js';
import type { FieldChange, ObjectChange, ObjectKey, ReleasePlan } from '../plan/types.js';
import { oneLine } from '../report/text.js';
import { LiveCluster, type ApiResource, type ObjectRef } from './cluster.js';
import { autoscaledTargets, livePair, targetId, withHelmMetadata, type LivePair } from './live-compare.js';
import { helmApplyManager, managedFieldsOf } from './managed-fields.js';
import {
  DRIFT_SCHEMA_VERSION,
  type DesiredDrift,
  type DriftCounts,
  type DriftReport,
  type LiveDrift,
  type LiveMethod,
  type MissingDrift,
  type MissingObject,
  type ReleaseDrift,
} from './types.js';
import { deployedValues, desiredValues } from './values.js';

export interface DriftOptions {
  releases: readonly ReleaseRequest[];
  helm: HelmClient;
  kubeContext?: string;
  /** User ignore rules (after the chart-bump preset): matched differences are listed, not counted. */
  ignore?: readonly IgnoreRule[];
  /** The plan's chart-bump preset (default on). */
  ignoreChartBump?: boolean;
  /** A job-private directory for pulled charts; emptied afterwards. */
  workDir: string;
  caFile?: string;
  /** Per helm call and per API request. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Objects compared with the cluster at once (default 8). */
  concurrency?: number;
}

/** Helm 4's field manager; Helm 3 releases are compared as Helm 4 would apply them. */
export const HELM_FIELD_MANAGER = 'helm';
const DEFAULT_CONCURRENCY = 8;

export async function runDriftCheck(options: DriftOptions): Promise<DriftReport> {
  const releases: ReleaseDrift[] = [];
  let cluster: LiveCluster | undefined;
  try {
    cluster = await LiveCluster.connect({
      timeoutMs: options.timeoutMs ?? DEFAULT_HELM_TIMEOUT_MS,
      ...(options.kubeContext ? { kubeContext: options.kubeContext } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (err) {
    for (const request of options.releases) releases.push({ ...emptyRelease(request, options.helm), status: 'error', error: errorInfo(err) });
  }
  try {
    if (cluster) for (const request of options.releases) releases.push(await checkRelease(request, options, cluster));
  } finally {
    cluster?.close();
  }
  const counts = sum(releases.map((r) => r.counts));
  const drifted = releases.filter((r) => r.status === 'drifted' || r.status === 'missing').length;
  const errors = releases.filter((r) => r.status === 'error').length;
  return {
    schemaVersion: DRIFT_SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    releases,
    counts: { ...counts, releases: releases.length, drifted, errors },
    drifted: drifted > 0,
    ok: errors === 0,
  };
}

function emptyRelease(request: ReleaseRequest, helm: HelmClient): ReleaseDrift {
  return {
    release: request.release,
    namespace: request.namespace,
    status: 'clean',
    helmVersion: helm.version.raw,
    desired: { chartChanged: false, values: [], objects: [], notes: [] },
    live: { checked: 0, objects: [], unchecked: [], notes: [] },
    missing: { release: false, objects: [] },
    counts: { desired: 0, live: 0, missing: 0, ignored: 0, total: 0 },
  };
}

async function checkRelease(request: ReleaseRequest, options: DriftOptions, cluster: LiveCluster): Promise<ReleaseDrift> {
  const base = emptyRelease(request, options.helm);
  const call: HelmCallOptions = {
    timeoutMs: options.timeoutMs ?? DEFAULT_HELM_TIMEOUT_MS,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.kubeContext ? { kubeContext: options.kubeContext } : {}),
  };
  const rules = [...(options.ignoreChartBump === false ? [] : [CHART_BUMP_RULE]), ...(options.ignore ?? [])];
  try {
    // The plan (a server-side render, the slowest part) runs while the release is compared with the cluster.
    const planning = runPlan({
      releases: [request],
      mode: 'server',
      helm: options.helm,
      ...(options.kubeContext ? { kubeContext: options.kubeContext } : {}),
      ignore: options.ignore ?? [],
      ignoreChartBump: options.ignoreChartBump !== false,
      workDir: options.workDir,
      ...(options.caFile ? { caFile: options.caFile } : {}),
      timeoutMs: call.timeoutMs,
      ...(options.signal ? { signal: options.signal } : {}),
    }).then((p) => p.releases[0]!);
    const comparing = readDeployedRelease(options.helm, request.release, request.namespace, call).then((deployed) =>
      deployed ? compareDeployed(deployed.manifest, request, rules, cluster, options, call) : undefined,
    );
    const [planSettled, compareSettled] = await Promise.allSettled([planning, comparing]);
    if (planSettled.status === 'rejected') throw planSettled.reason;
    const planned = planSettled.value;
    const facts = releaseFacts(planned);
    if (planned.error) return { ...base, ...facts, status: 'error', error: planned.error };
    if (compareSettled.status === 'rejected') throw compareSettled.reason;
    const compared = compareSettled.value;
    if (!compared) {
      const missing: MissingDrift = { release: true, objects: [] };
      return { ...base, ...facts, status: 'missing', missing, counts: countsOf(base.desired, base.live, missing) };
    }
    const { values, comparison } = compared;
    const desired: DesiredDrift = {
      chartChanged: planned.chart?.digestChanged === true,
      values,
      objects: (planned.objects ?? []).filter((o) => o.change !== 'unchanged').map((o) => relabelled(o, 'files')),
      ...(planned.counts ? { counts: planned.counts } : {}),
      ...(planned.mode ? { mode: planned.mode } : {}),
      notes: planned.notes ?? [],
    };
    const counts = countsOf(desired, comparison.live, comparison.missing, planned.changes ?? 0);
    return {
      ...base,
      ...facts,
      status: counts.total > 0 ? 'drifted' : 'clean',
      desired,
      live: comparison.live,
      missing: comparison.missing,
      counts,
    };
  } catch (err) {
    core.debug(`drift check of ${request.release} failed: ${oneLine(err instanceof Error ? err.message : String(err))}`);
    return { ...base, status: 'error', error: errorInfo(err) };
  }
}

/** Sections 2 and 3 from the release manifest, and the values comparison of section 1. */
async function compareDeployed(
  manifest: string,
  request: ReleaseRequest,
  rules: readonly IgnoreRule[],
  cluster: LiveCluster,
  options: DriftOptions,
  call: HelmCallOptions,
): Promise<{ values: FieldChange[]; comparison: LiveComparison }> {
  const objects = manifestObjects(manifest, request.namespace);
  const masked = new MaskedValues();
  for (const { key, object } of objects) if (isSecret(key)) masked.addSecret(normaliseObject(object, key));
  const valuesFiles = [...(request.valuesFiles ?? []), ...(request.seedFile ? [request.seedFile] : [])].map((f) => f.path);
  const [values, comparison] = await Promise.all([
    valuesDrift(options.helm, request, valuesFiles, masked, options.workDir, call),
    liveDrift(objects, request, rules, cluster, options.concurrency ?? DEFAULT_CONCURRENCY),
  ]);
  return { values, comparison };
}

function releaseFacts(plan: ReleasePlan): Pick<ReleaseDrift, 'chart' | 'revision' | 'applyMethod'> {
  return {
    ...(plan.chart ? { chart: plan.chart } : {}),
    ...(plan.revision !== undefined ? { revision: plan.revision } : {}),
    ...(plan.applyMethod ? { applyMethod: plan.applyMethod } : {}),
  };
}

interface ManifestObject {
  key: ObjectKey;
  apiVersion: string;
  object: KubeObject;
}

/** The release manifest's objects, Lists expanded, each with its key (namespace filled in). */
function manifestObjects(manifest: string, namespace: string): ManifestObject[] {
  return splitManifest(manifest, namespace).flatMap((doc) => {
    const objects = doc.object ? [doc.object] : parseObjects(doc.body, doc.source);
    return objects.map((object) => ({ key: doc.key, apiVersion: String(object.apiVersion ?? doc.apiVersion), object }));
  });
}

/** The values the release was given (before) against those the files give (after); Secret values masked. */
async function valuesDrift(
  helm: HelmClient,
  request: ReleaseRequest,
  valuesFiles: readonly string[],
  masked: MaskedValues,
  workDir: string,
  call: HelmCallOptions,
): Promise<FieldChange[]> {
  const [before, after] = await Promise.all([
    deployedValues(helm, request.release, request.namespace, call),
    desiredValues(helm, valuesFiles, request.set ?? [], workDir, call),
  ]);
  const key: ObjectKey = { group: 'helm.sh', kind: 'Values', namespace: request.namespace, name: request.release };
  return diffFields(canonical(before), canonical(after)).map((f) => redactField(f, key, masked, new Set()));
}

interface LiveComparison {
  live: LiveDrift;
  missing: MissingDrift;
}

async function liveDrift(
  objects: readonly ManifestObject[],
  request: ReleaseRequest,
  rules: readonly IgnoreRule[],
  cluster: LiveCluster,
  concurrency: number,
): Promise<LiveComparison> {
  const notes = new Set<string>();
  const forbidden = new Set<string>();
  const autoscaled = await cluster
    .list(`/apis/autoscaling/v2/namespaces/${encodeURIComponent(request.namespace)}/horizontalpodautoscalers`)
    .then(autoscaledTargets, (err: unknown) => {
      if (!(err instanceof KubeError) || err.kind !== 'forbidden') throw err;
      notes.add('HorizontalPodAutoscalers could not be listed (no list permission): replicas an autoscaler sets would show as drift.');
      return new Set<string>();
    });
  const pairs: (LivePair & { key: ObjectKey; method: LiveMethod })[] = [];
  const missing: MissingObject[] = [];
  const unchecked: LiveDrift['unchecked'] = [];
  let fieldManager: string | undefined;
  await inParallel(objects, concurrency, async ({ key, apiVersion, object }) => {
    const resource = await cluster.resourceOf(apiVersion, key.kind);
    if (!resource) {
      missing.push({ key, apiVersion, reason: `the API server serves no ${key.kind} in ${apiVersion} (its CRD or API is gone)` });
      return;
    }
    const ref = { apiVersion, kind: key.kind, namespace: resource.namespaced ? key.namespace : '', name: key.name };
    let live: KubeObject | undefined;
    try {
      live = await cluster.get(ref, resource);
    } catch (err) {
      if (!(err instanceof KubeError) || err.kind !== 'forbidden') throw err;
      unchecked.push({ key, reason: oneLine(err.message) });
      return;
    }
    if (!live) {
      missing.push({ key, apiVersion, reason: 'not found in the cluster (deleted by hand?)' });
      return;
    }
    const deployed = withHelmMetadata(withNamespace(object, ref.namespace), request.release, request.namespace);
    const manager = helmApplyManager(managedFieldsOf(live)) ?? HELM_FIELD_MANAGER;
    fieldManager ??= manager;
    const outcome = await dryRunOrReason(cluster, deployed, ref, resource, manager);
    if (outcome.kind === 'forbidden') forbidden.add(outcome.resource);
    if (outcome.kind === 'refused') notes.add(outcome.reason);
    const autoscaledObject = autoscaled.has(targetId(key.group, key.kind, key.namespace, key.name));
    pairs.push({
      key,
      ...livePair({ key, deployed, live, ...(outcome.kind === 'dry-run' ? { dryRun: outcome.object } : {}), autoscaled: autoscaledObject }),
      method: outcome.kind === 'dry-run' ? 'server-side-apply' : 'read-only',
    });
  });
  const methods = new Map(pairs.map((p) => [keyId(p.key), p.method]));
  const diff = diffManifests(
    pairs.map((p) => p.deployed),
    pairs.map((p) => p.live),
    { namespace: request.namespace, ignore: rules },
  );
  const drifted = diff.objects
    .filter((o) => o.change !== 'unchanged')
    .map((o) => ({ ...relabelled(o, 'live'), method: methods.get(keyId(o.key)) ?? 'read-only' }));
  return {
    live: {
      ...(fieldManager ? { fieldManager } : {}),
      checked: pairs.length,
      objects: drifted,
      unchecked: unchecked.sort((a, b) => compareKeys(a.key, b.key)),
      notes: [
        ...(forbidden.size
          ? [`No patch permission on ${[...forbidden].sort().join(', ')}: compared read-only (a server-side apply dry run needs patch; it stores nothing).`]
          : []),
        ...notes,
        ...diff.notes,
      ],
    },
    missing: { release: false, objects: missing.sort((a, b) => compareKeys(a.key, b.key)) },
  };
}

/** The plan's text diff names its new side "planned"; here it is what the files render, or the live object. */
function relabelled(change: ObjectChange, side: 'files' | 'live'): ObjectChange {
  return change.textDiff ? { ...change, textDiff: change.textDiff.replace(/^(\+\+\+ .*) \(planned\)$/m, `$1 (${side})`) } : change;
}

function withNamespace(object: KubeObject, namespace: string): KubeObject {
  if (!namespace) return object;
  const metadata = isMap(object.metadata) ? object.metadata : {};
  return { ...object, metadata: { ...metadata, namespace } };
}

/**
 * The server's dry run, or why there is none (the object is then compared read-only): the identity may
 * not patch its kind (`resource` names it), or the API server refused (a webhook without dry-run
 * support, an immutable field).
 */
type DryRunOutcome = { kind: 'dry-run'; object: KubeObject } | { kind: 'forbidden'; resource: string } | { kind: 'refused'; reason: string };

async function dryRunOrReason(cluster: LiveCluster, object: KubeObject, ref: ObjectRef, resource: ApiResource, manager: string): Promise<DryRunOutcome> {
  try {
    return { kind: 'dry-run', object: await cluster.dryRunApply(object, ref, resource, manager) };
  } catch (err) {
    if (!(err instanceof KubeError) || !['forbidden', 'unknown'].includes(err.kind) || err.status === undefined) throw err;
    const group = ref.apiVersion.includes('/') ? `.${ref.apiVersion.slice(0, ref.apiVersion.indexOf('/'))}` : '';
    if (err.kind === 'forbidden') return { kind: 'forbidden', resource: `${resource.plural}${group}` };
    return { kind: 'refused', reason: `The API server refused the dry run of ${ref.kind} ${ref.name} (${oneLine(err.message, 300)}): compared read-only.` };
  }
}

function countsOf(desired: DesiredDrift, live: LiveDrift, missing: MissingDrift, planChanges = 0): DriftCounts {
  const counted = (fields: readonly FieldChange[]) => fields.some((f) => !f.ignoredBy);
  const d = (desired.chartChanged ? 1 : 0) + (counted(desired.values) ? 1 : 0) + planChanges;
  const l = live.objects.filter((o) => o.change !== 'ignored').length;
  const m = missing.objects.length + (missing.release ? 1 : 0);
  const ignored = (desired.counts?.ignored ?? 0) + live.objects.reduce((n, o) => n + o.fields.filter((f) => f.ignoredBy).length, 0);
  return { desired: d, live: l, missing: m, ignored, total: d + l + m };
}

function sum(counts: readonly DriftCounts[]): DriftCounts {
  const total: DriftCounts = { desired: 0, live: 0, missing: 0, ignored: 0, total: 0 };
  for (const c of counts) for (const k of Object.keys(total) as (keyof DriftCounts)[]) total[k] += c[k];
  return total;
}

/** Runs `task` over `items`, at most `limit` at a time; the first failure is thrown once all have settled. */
async function inParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { err: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (err) {
        failure ??= { err };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.err;
}
