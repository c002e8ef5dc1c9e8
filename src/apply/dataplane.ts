/**
 * deploy-dataplane's engine: the guide's "Helm Charts in the Data Plane Cluster" and "Kubernetes
 * Resources in the Data Plane Cluster". In lock mode it resolves every release's version once and
 * writes the lock file; in deploy mode it installs or upgrades the releases in `needs` order
 * (independent ones in parallel, each through deployRelease), then applies the cluster resources
 * after the charts that ship their CRDs, stopping at the first failure.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ChartSet, ChartSetRelease } from '../config/chart-set.js';
import { errorInfo, type ErrorInfo } from '../errors.js';
import { parseChartRef } from '../helm/chart.js';
import type { ValuesFile } from '../plan/locate.js';
import type { HelmClient } from '../helm/client.js';
import { lockedSources, readLock, resolveRelease, writeLock, type RegistryAccessFor, type Resolution } from './chart-lock.js';
import type { ClusterResource } from './cluster-resources.js';
import { chartLabel, type ChartSource } from './helm-release.js';
import type { ApplyOutcome } from './kube-apply.js';
import { deployRelease, type DeploySettings, type ReleaseResult, type ReleaseTarget } from './release.js';
import { runInOrder, type Task } from './schedule.js';

export type DataplaneMode = 'deploy' | 'lock';

interface ChartSetFiles {
  chartSet: ChartSet;
  /** The lock file: read in deploy mode, written in lock mode. */
  lockPath: string;
  /** The lock file's path as shown to the user. */
  lockShown: string;
  maxParallel: number;
}

export interface ChartLockOptions extends ChartSetFiles {
  helm: HelmClient;
  /** Registry login and CA by host, for the tag lists. */
  registryAccess: RegistryAccessFor;
  signal: AbortSignal;
}

export interface DeployDataplaneOptions extends ChartSetFiles {
  resources: ClusterResource[];
  /** helm's --timeout for releases whose entry sets none. */
  defaultTimeoutMs: number;
  historyMax: number;
  /** Extra values files per release, after the chart set's own. */
  releaseValues: Record<string, ValuesFile[]>;
  settings: DeploySettings;
  /** How long a cluster resource waits for its CRD to be Established (default 2 minutes). */
  crdTimeoutMs?: number;
}

export interface ResourceResult {
  id: string;
  outcome: 'applied' | 'would-apply' | 'failed' | 'not-started';
  /** The releases it was applied after. */
  after: string[];
  objects: ApplyOutcome[];
  error?: ErrorInfo;
  durationMs: number;
}

export interface DeployDataplaneResult {
  mode: DataplaneMode;
  ok: boolean;
  cancelled: boolean;
  lock?: { path: string; resolutions: Resolution[]; written: boolean };
  /** In chart-set order. */
  releases: ReleaseResult[];
  resources: ResourceResult[];
  /** Releases and resources in the order they started. */
  started: string[];
  firstFailure?: string;
  error?: ErrorInfo;
  durationMs: number;
}

/** Lock mode: resolves every release's version once and writes the lock file (nothing is deployed). */
export async function runChartLock(options: ChartLockOptions): Promise<DeployDataplaneResult> {
  const started = Date.now();
  const result: DeployDataplaneResult = { mode: 'lock', ok: false, cancelled: false, releases: [], resources: [], started: [], durationMs: 0 };
  try {
    await lockMode(options, result);
  } catch (err) {
    result.error = errorInfo(err);
  } finally {
    finish(result, options.signal, started);
  }
  return result;
}

export async function runDeployDataplane(options: DeployDataplaneOptions): Promise<DeployDataplaneResult> {
  const started = Date.now();
  const result: DeployDataplaneResult = { mode: 'deploy', ok: false, cancelled: false, releases: [], resources: [], started: [], durationMs: 0 };
  try {
    await deployMode(options, result);
  } catch (err) {
    result.error = errorInfo(err);
  } finally {
    finish(result, options.settings.signal, started);
  }
  return result;
}

function finish(result: DeployDataplaneResult, signal: AbortSignal, started: number): void {
  result.cancelled = signal.aborted;
  result.ok = !result.error && !result.firstFailure && !result.cancelled;
  result.durationMs = Date.now() - started;
}

async function lockMode(options: ChartLockOptions, result: DeployDataplaneResult): Promise<void> {
  const previous = await readLock(options.lockPath, options.lockShown).catch(() => undefined);
  const resolutions: Resolution[] = [];
  const errors: ErrorInfo[] = [];
  const tasks: Task[] = options.chartSet.releases.map((release) => ({
    id: release.name,
    needs: [],
    run: async () => {
      try {
        const resolved = await resolveRelease(options.helm, release, options.registryAccess);
        const before = previous?.releases[release.name]?.version;
        resolutions.push({ ...resolved, ...(before && before !== resolved.version ? { previous: before } : {}) });
        return true;
      } catch (err) {
        errors.push(errorInfo(err));
        return false;
      }
    },
  }));
  const schedule = await runInOrder(tasks, { maxParallel: options.maxParallel, signal: options.signal });
  const order = options.chartSet.releases.map((r) => r.name);
  resolutions.sort((a, b) => order.indexOf(a.release) - order.indexOf(b.release));
  result.lock = { path: options.lockPath, resolutions, written: false };
  if (schedule.firstFailure) {
    result.firstFailure = schedule.firstFailure;
    result.error = errors[0];
    return;
  }
  if (options.signal.aborted) return;
  await writeLock(options.lockPath, options.chartSet.file, resolutions);
  result.lock.written = true;
}

async function deployMode(options: DeployDataplaneOptions, result: DeployDataplaneResult): Promise<void> {
  const { chartSet, settings } = options;
  const sources = lockedSources(chartSet, await readLock(options.lockPath, options.lockShown), options.lockShown);
  const valuesDir = await mkdtemp(join(tmpdir(), 'chalk-dataplane-'));
  const releaseResults = new Map<string, ReleaseResult>();
  const resourceResults = new Map<string, ResourceResult>();
  try {
    const releaseTasks: Task[] = chartSet.releases.map((release) => ({
      id: release.name,
      needs: release.needs,
      run: async () => {
        const target = await targetOf(release, sources.get(release.name)!, valuesDir, options);
        const deployed = await deployRelease(target, settings);
        releaseResults.set(release.name, deployed);
        return !deployed.error;
      },
    }));
    const resourceTasks: Task[] = options.resources.map((resource) => {
      const after = resource.crd ? chartSet.releases.filter((r) => chartName(r) === resource.crd!.chart).map((r) => r.name) : [];
      return {
        id: resource.id,
        needs: after,
        run: async () => {
          const applied = await applyResource(resource, after, options);
          resourceResults.set(resource.id, applied);
          return !applied.error;
        },
      };
    });
    const schedule = await runInOrder([...releaseTasks, ...resourceTasks], { maxParallel: options.maxParallel, signal: settings.signal });
    result.started = schedule.started;
    if (schedule.firstFailure) result.firstFailure = schedule.firstFailure;
    const notStarted = settings.signal.aborted ? 'the job was cancelled' : `${schedule.firstFailure ?? 'an earlier step'} failed first`;
    result.releases = chartSet.releases.map((r) => releaseResults.get(r.name) ?? notStartedRelease(r, sources.get(r.name)!, notStarted));
    result.resources = options.resources.map(
      (r) =>
        resourceResults.get(r.id) ?? {
          id: r.id,
          outcome: 'not-started',
          after: resourceTasks.find((t) => t.id === r.id)?.needs.slice() ?? [],
          objects: [],
          durationMs: 0,
        },
    );
  } finally {
    await rm(valuesDir, { recursive: true, force: true });
  }
}

/** The chart's own name: the last path segment of an OCI reference, or the repository chart name. */
export function chartName(release: Pick<ChartSetRelease, 'chart' | 'repository'>): string {
  return release.repository ? release.chart : parseChartRef(release.chart).name;
}

async function targetOf(release: ChartSetRelease, source: ChartSource, valuesDir: string, options: DeployDataplaneOptions): Promise<ReleaseTarget> {
  const { chartSet } = options;
  const valuesFiles: ValuesFile[] = release.valuesFiles.map((f) => ({ path: f.path, display: f.display }));
  if (release.values) {
    const inline = join(valuesDir, `${release.name}.yaml`);
    await writeFile(inline, stringify(release.values));
    valuesFiles.push({ path: inline, display: `${chartSet.file} (releases.${release.name}.values)` });
  }
  valuesFiles.push(...(options.releaseValues[release.name] ?? []));
  return {
    release: release.name,
    namespace: release.namespace,
    chart: source,
    valuesFiles,
    set: [],
    timeoutMs: release.timeoutMs ?? options.defaultTimeoutMs,
    historyMax: options.historyMax,
  };
}

function notStartedRelease(release: ChartSetRelease, source: ChartSource, why: string): ReleaseResult {
  return {
    release: release.name,
    namespace: release.namespace,
    chart: { ref: chartLabel(source), ...(source.version ? { version: source.version } : {}), ...(source.digest ? { digest: source.digest } : {}) },
    outcome: 'not-started',
    changed: false,
    containerProblems: [],
    history: [],
    error: { boundary: 'apply', kind: 'not-started', message: `not started: ${why}.`, fix: '' },
    durationMs: 0,
  };
}

async function applyResource(resource: ClusterResource, after: string[], options: DeployDataplaneOptions): Promise<ResourceResult> {
  const started = Date.now();
  const { kube, dryRun, signal } = options.settings;
  const result: ResourceResult = { id: resource.id, outcome: 'failed', after, objects: [], durationMs: 0 };
  try {
    // In a dry run the chart that ships the CRD was not installed, so there is nothing to wait for.
    if (resource.crd && !dryRun) await kube.waitForCrd(resource.crd.group, resource.crd.kind, options.crdTimeoutMs ?? 120_000, signal);
    for (const object of resource.objects)
      result.objects.push(
        // An existing namespace is left untouched (an apply would rewrite its metadata every time).
        object.kind === 'Namespace'
          ? { kind: 'Namespace', name: object.metadata.name, action: await kube.ensureNamespace(object.metadata.name, { dryRun }) }
          : await kube.apply(object, { dryRun }),
      );
    result.outcome = dryRun ? 'would-apply' : 'applied';
  } catch (err) {
    result.error = errorInfo(err);
  } finally {
    result.durationMs = Date.now() - started;
  }
  return result;
}
