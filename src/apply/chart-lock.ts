/**
 * The chart set's lock file: the exact version (and, for OCI charts, the manifest digest) each
 * release deploys. Only the lock mode resolves `latest` and `X.Y.Z+`, against the registry, and
 * writes the file beside the chart set; a deploy reads it and refuses to run when it is missing or no
 * longer matches the chart set, so a version never changes without a commit that says so.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parse as parseYaml, stringify } from 'yaml';
import type { ChartSet, ChartSetRelease, VersionRequest } from '../config/chart-set.js';
import { ChalkError } from '../errors.js';
import { chartVersions, compareSemver, latestVersion, listChartTags, parseChartRef, type RegistryAccess } from '../helm/chart.js';
import type { HelmClient } from '../helm/client.js';
import { showChart, type ChartSource } from './helm-release.js';

export const LOCK_VERSION = 1;

export interface LockEntry {
  chart: string;
  repository?: string;
  /** The version as the chart set writes it: `1.2.3`, `latest`, `1.0.0+`. */
  requested: string;
  version: string;
  /** OCI manifest digest. */
  digest?: string;
}

export interface ChartLock {
  lockVersion: typeof LOCK_VERSION;
  releases: Record<string, LockEntry>;
}

export class LockFileError extends ChalkError<'missing' | 'stale' | 'invalid' | 'unresolvable'> {
  readonly boundary = 'config';
}

/** `chart-set.yaml` → `chart-set.lock.yaml`, beside it. */
export function lockPathFor(chartSetPath: string): string {
  return chartSetPath.replace(/(\.ya?ml)?$/, '.lock.yaml');
}

export async function readLock(path: string, shown: string): Promise<ChartLock> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new LockFileError(
        'missing',
        `the lock file ${shown} does not exist: a deploy installs only versions pinned there.`,
        'Run the action once with mode: lock, and commit the lock file it writes beside the chart set.',
      );
    throw err;
  }
  const lock = (() => {
    try {
      return parseYaml(text) as Partial<ChartLock> | null;
    } catch {
      return null;
    }
  })();
  if (!lock || lock.lockVersion !== LOCK_VERSION || typeof lock.releases !== 'object' || lock.releases === null)
    throw new LockFileError(
      'invalid',
      `${shown} is not a chart-set lock file of version ${LOCK_VERSION}.`,
      'Write it again with mode: lock; do not edit it by hand.',
    );
  for (const [name, e] of Object.entries(lock.releases))
    if (typeof e?.chart !== 'string' || typeof e.requested !== 'string' || typeof e.version !== 'string')
      throw new LockFileError('invalid', `${shown}: the entry of ${name} lacks chart, requested or version.`, 'Write it again with mode: lock.');
  return lock as ChartLock;
}

/** Why the lock no longer matches the chart set (empty when it does). */
export function staleReasons(chartSet: ChartSet, lock: ChartLock): string[] {
  const reasons: string[] = [];
  for (const r of chartSet.releases) {
    const e = lock.releases[r.name];
    if (!e) reasons.push(`${r.name} is not in the lock`);
    else if (e.chart !== r.chart || (e.repository ?? '') !== (r.repository ?? '')) reasons.push(`${r.name}'s chart changed since the lock was written`);
    else if (e.requested !== r.version) reasons.push(`${r.name}'s version changed from ${e.requested} to ${r.version}`);
    else if (!r.repository && !e.digest) reasons.push(`${r.name} has no digest in the lock`);
  }
  for (const name of Object.keys(lock.releases))
    if (!chartSet.releases.some((r) => r.name === name)) reasons.push(`the lock lists ${name}, which the chart set does not`);
  return reasons;
}

/** The pinned chart source each release deploys, or a stale-lock error naming every mismatch. */
export function lockedSources(chartSet: ChartSet, lock: ChartLock, shown: string): Map<string, ChartSource> {
  const reasons = staleReasons(chartSet, lock);
  if (reasons.length)
    throw new LockFileError(
      'stale',
      `${shown} does not match ${chartSet.file}: ${reasons.join('; ')}.`,
      'Run the action with mode: lock and commit the lock file.',
    );
  return new Map(
    chartSet.releases.map((r) => {
      const e = lock.releases[r.name]!;
      return [r.name, { chart: r.chart, ...(r.repository ? { repository: r.repository } : {}), version: e.version, ...(e.digest ? { digest: e.digest } : {}) }];
    }),
  );
}

/** The login (from helm's registry config) and CA for a registry host. */
export type RegistryAccessFor = (host: string) => Promise<RegistryAccess>;

export interface Resolution extends LockEntry {
  release: string;
  /** The version the previous lock had, when it differs. */
  previous?: string;
}

/**
 * Resolves one release's version request: OCI charts from the registry's tag list (helm's own
 * resolution ignores `v`-prefixed tags such as cert-manager's), then `helm show chart` for the digest
 * and proof that helm can pull it; repository charts through helm (`>=X.Y.Z` for a minimum).
 */
export async function resolveRelease(helm: HelmClient, release: ChartSetRelease, accessFor: RegistryAccessFor): Promise<Resolution> {
  const base = { release: release.name, chart: release.chart, ...(release.repository ? { repository: release.repository } : {}), requested: release.version };
  if (release.repository) {
    const constraint =
      release.request.kind === 'exact' ? release.request.version : release.request.kind === 'at-least' ? `>=${release.request.version}` : undefined;
    const { caFile } = await accessFor(new URL(release.repository).host);
    const shown = await showChart(helm, { chart: release.chart, repository: release.repository, ...(constraint ? { version: constraint } : {}) }, caFile);
    return { ...base, version: shown.version };
  }
  const ref = parseChartRef(release.chart);
  const access = await accessFor(ref.registry);
  const versions = chartVersions(await listChartTags(ref, access));
  const version = pick(versions, release.request);
  if (!version)
    throw new LockFileError(
      'unresolvable',
      `${release.chart} has no version matching ${release.version} (${versions.length ? `newest: ${versions.slice(-3).join(', ')}` : 'no versions at all'}).`,
      'Correct the version in the chart set, or check the chart reference.',
    );
  const shown = await showChart(helm, { chart: release.chart, version }, access.caFile);
  if (!shown.digest)
    throw new LockFileError('unresolvable', `helm did not report a digest for ${release.chart} ${version}.`, 'Check that the chart is an OCI artifact.');
  return { ...base, version, digest: shown.digest };
}

/** The version a request picks among `versions` (ascending); `X.Y.Z+` and `latest` skip pre-releases when a release exists. */
export function pick(versions: readonly string[], request: VersionRequest): string | undefined {
  if (request.kind === 'exact') return versions.find((v) => v === request.version || v.replace(/^v/, '') === request.version.replace(/^v/, ''));
  if (request.kind === 'latest') return latestVersion(versions);
  const eligible = versions.filter((v) => compareSemver(v, request.version) >= 0);
  return latestVersion(eligible);
}

export function renderLock(chartSetFile: string, resolutions: readonly Resolution[]): string {
  const lock: ChartLock = {
    lockVersion: LOCK_VERSION,
    releases: Object.fromEntries(resolutions.map(({ release, previous: _previous, ...entry }) => [release, entry])),
  };
  return `# Written by chalk-actions deploy-dataplane (mode: lock) from ${chartSetFile}. Commit it beside the chart set:\n# deploys install exactly these versions, and refuse to run when it no longer matches the chart set.\n${stringify(lock)}`;
}

export async function writeLock(path: string, chartSetFile: string, resolutions: readonly Resolution[]): Promise<void> {
  await writeFile(path, renderLock(chartSetFile, resolutions));
}
