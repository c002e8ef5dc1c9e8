/**
 * The plan engine: for each release, fetch the chart once, render it (against the cluster when one
 * is reachable, so `lookup` and the API server's validation take part; else offline), read the
 * deployed release, and diff. Returns the plan as data; writes nothing to the job. A release that
 * fails is reported in its own section (with where the failure points in the values files) and the
 * other releases are still planned.
 */
import * as core from '@actions/core';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { errorInfo } from '../errors.js';
import type { HelmClient } from '../helm/client.js';
import { HelmError } from '../helm/errors.js';
import { oneLine } from '../report/text.js';
import { parseObjects, splitManifest, type KubeObject } from './documents.js';
import { isMap } from './field-diff.js';
import { changeTotal, compareKeys, countChanges, diffManifests } from './diff.js';
import { PlanError } from './errors.js';
import { CHART_BUMP_RULE, type IgnoreRule } from './ignore.js';
import { locateRenderError, type ValuesFile } from './locate.js';
import { diffCrds, readLiveCrds } from './live-crds.js';
import {
  applyMethodName,
  chartCrds,
  ClusterUnreachableError,
  fetchChart,
  readDeployedRelease,
  renderOffline,
  renderOnServer,
  type ChartRequest,
  type DeployedRelease,
  type FetchedChart,
  type HelmCallOptions,
  type RenderRequest,
  type ServerRender,
} from './render.js';
import { PLAN_SCHEMA_VERSION, type ChartInfo, type ManifestDiff, type Plan, type ReleasePlan, type RenderMode } from './types.js';

export type ModeRequest = 'auto' | RenderMode;

export interface ReleaseRequest {
  chart: ChartRequest;
  release: string;
  namespace: string;
  /** Values files in order; then the seed file (the guide's second `--values`). */
  valuesFiles?: readonly ValuesFile[];
  seedFile?: ValuesFile;
  /** `key=value` lines, as `--set`. */
  set?: readonly string[];
  /** For offline renders (`--kube-version`): the cluster's version, as charts' `kubeVersion` checks see it. */
  kubeVersion?: string;
  /** Compare the chart's crds/ too (flagged: helm does not apply them on upgrade). Default true. */
  includeCrds?: boolean;
}

export interface PlanOptions {
  releases: readonly ReleaseRequest[];
  mode?: ModeRequest;
  helm: HelmClient;
  kubeContext?: string;
  /** User ignore rules (after the preset). */
  ignore?: readonly IgnoreRule[];
  /** The built-in chart-bump preset (default on). */
  ignoreChartBump?: boolean;
  /** Where charts are pulled (a job-private directory); emptied afterwards. */
  workDir: string;
  caFile?: string;
  /** Per helm call. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export const DEFAULT_HELM_TIMEOUT_MS = 5 * 60_000;

export async function runPlan(options: PlanOptions): Promise<Plan> {
  const releases: ReleasePlan[] = [];
  for (const request of options.releases) releases.push(await planRelease(request, options));
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    releases,
    changes: releases.reduce((n, r) => n + (r.changes ?? 0), 0),
    ok: releases.every((r) => !r.error),
  };
}

async function planRelease(request: ReleaseRequest, options: PlanOptions): Promise<ReleasePlan> {
  const base: ReleasePlan = { release: request.release, namespace: request.namespace, helmVersion: options.helm.version.raw };
  const call: HelmCallOptions = {
    timeoutMs: options.timeoutMs ?? DEFAULT_HELM_TIMEOUT_MS,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.kubeContext ? { kubeContext: options.kubeContext } : {}),
    ...(options.caFile ? { caFile: options.caFile } : {}),
  };
  const workDir = await mkdtemp(join(options.workDir, 'plan-'));
  let stage: 'chart' | 'release' | 'render' = 'chart';
  try {
    // The chart pull and the release read are independent: done together, their errors reported in this order.
    const [pulled, read] = await Promise.allSettled([fetchChart(options.helm, request.chart, workDir, call), chooseTarget(options, request, call)]);
    const chart = settled(pulled);
    stage = 'release';
    const target = settled(read);
    stage = 'render';
    const render: RenderRequest = {
      chartPath: chart.path,
      release: request.release,
      namespace: request.namespace,
      valuesFiles: [...(request.valuesFiles ?? []), ...(request.seedFile ? [request.seedFile] : [])].map((f) => f.path),
      set: request.set ?? [],
      ...(request.kubeVersion ? { kubeVersion: request.kubeVersion } : {}),
    };
    const rendered = await renderFor(target, options, render, call);
    const rules = [...(options.ignoreChartBump === false ? [] : [CHART_BUMP_RULE]), ...(options.ignore ?? [])];
    let diff = diffManifests(target.deployed?.manifest ?? '', rendered.manifest, { namespace: request.namespace, ignore: rules });
    if (request.includeCrds !== false) diff = await withCrds(diff, options, request, chart, target, rules, call);
    const helm4 = options.helm.version.major >= 4;
    return {
      ...base,
      chart: chartInfo(request.chart, chart, target.deployed),
      mode: target.mode,
      ...(target.reason ? { modeReason: target.reason } : {}),
      baseline: target.deployed ? 'release' : 'none',
      ...(target.deployed ? { revision: target.deployed.revision } : {}),
      ...(helm4
        ? {
            applyMethod: {
              ...(target.deployed ? { release: applyMethodName(target.deployed.applyMethod) } : {}),
              // Helm 4's default (`--server-side=auto`): a new install applies server-side, an upgrade keeps the release's method.
              upgrade: applyMethodName(rendered.applyMethod ?? (target.deployed ? target.deployed.applyMethod : 'ssa')),
            },
          }
        : {}),
      ...diff,
    };
  } catch (err) {
    const info = errorInfo(err);
    const origin = stage === 'render' && isRenderFailure(err) ? await locateRenderError(info.message, releaseValuesFiles(request)) : undefined;
    core.debug(`plan of ${request.release} failed: ${oneLine(info.message)}`);
    return { ...base, error: { ...info, ...(origin ? { origin } : {}) } };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * The render of the target's mode. In auto mode a server-side dry run that the cluster refuses for a
 * reason that says nothing about the chart — an identity that may read but not write (a PR plan's
 * role), a release another operation holds — falls back to `helm template`, and says so.
 */
async function renderFor(target: Target, options: PlanOptions, render: RenderRequest, call: HelmCallOptions): Promise<ServerRender> {
  if (target.mode === 'offline') return { manifest: await renderOffline(options.helm, render, call) };
  try {
    return await renderOnServer(options.helm, render, call);
  } catch (err) {
    const refused = err instanceof HelmError && (err.kind === 'forbidden' || err.kind === 'operation-in-progress');
    if (!refused || (options.mode ?? 'auto') !== 'auto') throw err;
    target.mode = 'offline';
    target.reason = `the cluster refused a server-side dry run (${oneLine(err.message, 300)}); rendered with helm template${target.deployed ? ', compared with the deployed release' : ''}`;
    return { manifest: await renderOffline(options.helm, render, call) };
  }
}

function settled<T>(outcome: PromiseSettledResult<T>): T {
  if (outcome.status === 'rejected') throw outcome.reason;
  return outcome.value;
}

function releaseValuesFiles(request: ReleaseRequest): ValuesFile[] {
  return [...(request.valuesFiles ?? []), ...(request.seedFile ? [request.seedFile] : [])];
}

function isRenderFailure(err: unknown): boolean {
  return err instanceof HelmError || (err instanceof PlanError && err.kind === 'render');
}

interface Target {
  mode: RenderMode;
  reason?: string;
  deployed?: DeployedRelease;
  /** Whether the cluster was read at all (offline by choice reads nothing). */
  clusterRead: boolean;
}

/**
 * auto: the cluster when helm reaches it, else offline with the reason. offline: `helm template`, yet
 * the deployed release is still the baseline when the cluster can be read. server: the cluster or an error.
 */
async function chooseTarget(options: PlanOptions, request: ReleaseRequest, call: HelmCallOptions): Promise<Target> {
  const mode = options.mode ?? 'auto';
  try {
    const deployed = await readDeployedRelease(options.helm, request.release, request.namespace, call);
    return { mode: mode === 'offline' ? 'offline' : 'server', ...(deployed ? { deployed } : {}), clusterRead: true };
  } catch (err) {
    if (!(err instanceof ClusterUnreachableError) || mode === 'server') throw err;
    return { mode: 'offline', reason: `${err.message}; rendered with helm template and compared with nothing`, clusterRead: false };
  }
}

function chartInfo(request: ChartRequest, chart: FetchedChart, deployed: DeployedRelease | undefined): ChartInfo {
  const previousDigest = deployed?.digest;
  const sameVersion = deployed !== undefined && deployed.chartName === chart.name && deployed.chartVersion === chart.version;
  const digestChanged = !deployed
    ? false
    : previousDigest && chart.digest
      ? previousDigest !== chart.digest
      : deployed.chartName !== chart.name || deployed.chartVersion !== chart.version;
  return {
    ref: request.ref,
    name: chart.name,
    version: chart.version,
    ...(chart.appVersion !== undefined ? { appVersion: chart.appVersion } : {}),
    ...(chart.digest ? { digest: chart.digest } : {}),
    ...(previousDigest ? { previousDigest } : {}),
    ...(deployed ? { previousVersion: deployed.chartVersion } : {}),
    digestChanged,
    sameVersionNewDigest: sameVersion && !!previousDigest && !!chart.digest && previousDigest !== chart.digest,
  };
}

/**
 * The chart's crds/ compared with the cluster's CRDs (the release never holds them), flagged: helm
 * applies them on a first install when absent, and never on upgrade.
 */
async function withCrds(
  diff: ManifestDiff,
  options: PlanOptions,
  request: ReleaseRequest,
  chart: FetchedChart,
  target: Target,
  rules: IgnoreRule[],
  call: HelmCallOptions,
): Promise<ManifestDiff> {
  const desired = splitManifest(await chartCrds(options.helm, chart.path, call), '').flatMap((d) => (d.object ? [d.object] : parseObjects(d.body, d.source)));
  if (desired.length === 0) return diff;
  const names = desired.map((o) => String(isMap(o.metadata) ? o.metadata.name : ''));
  const live = target.clusterRead ? await readLiveCrds(names, options.kubeContext, options.signal) : { byName: new Map<string, KubeObject>() };
  // Unread is not absent: the CRDs are left out rather than shown as additions.
  if (live.problem) return { ...diff, notes: [...diff.notes, live.problem] };
  const crds = diffCrds(desired, live.byName, { releaseExists: target.deployed !== undefined, ignore: rules });
  const objects = [...diff.objects, ...crds.objects].sort((a, b) => compareKeys(a.key, b.key));
  const counts = countChanges(objects);
  return { objects, counts, changes: changeTotal(counts), notes: [...diff.notes, ...crds.notes] };
}
