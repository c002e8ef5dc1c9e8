/**
 * The helm verbs a deploy runs about one release: its history and metadata, its manifest, and the
 * chart reference arguments shared by upgrade and the lock mode. Upgrade flags differ by helm major
 * and live with the upgrade (release.ts).
 */
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { pulledDigest } from '../helm/chart.js';
import type { HelmClient } from '../helm/client.js';
import { HelmError } from '../helm/errors.js';

/** Where a chart comes from: an OCI reference (optionally pinned by digest), or a chart in an https repository. */
export interface ChartSource {
  /** `oci://host/path/name` (no tag or digest), or the chart's name in `repository`. */
  chart: string;
  repository?: string;
  version?: string;
  /** `sha256:…`: the OCI manifest the version must resolve to. */
  digest?: string;
}

/** One revision as `helm history -o json` prints it (same fields on helm 3 and 4). */
export interface Revision {
  revision: number;
  /** RFC 3339. */
  updated: string;
  status: string;
  /** `name-version`. */
  chart: string;
  app_version: string;
  description: string;
}

/** The chart reference and version flags helm takes after the release name. */
export function chartArgs(source: ChartSource): string[] {
  const version = source.version ? ['--version', source.version] : [];
  if (source.repository) return [source.chart, '--repo', source.repository, ...version];
  return [source.digest ? `${source.chart}@${source.digest}` : source.chart, ...version];
}

/** How the chart is named in reports: `oci://…/name`, `repo-url name`. */
export const chartLabel = (source: ChartSource): string => (source.repository ? `${source.repository} ${source.chart}` : source.chart);

/** Every revision, oldest first; empty when the release does not exist. */
export async function releaseHistory(helm: HelmClient, release: string, namespace: string): Promise<Revision[]> {
  try {
    const result = await helm.run(['history', release, '--namespace', namespace, '--output', 'json', '--max', '1000'], { timeoutMs: 60_000 });
    return (JSON.parse(result.stdout) as Revision[]).sort((a, b) => a.revision - b.revision);
  } catch (err) {
    if (err instanceof HelmError && /release: not found/.test(err.message)) return [];
    throw err;
  }
}

/** Helm 4's record of how the release's objects were applied: `ssa` or `csa` (absent on helm 3). */
export async function releaseApplyMethod(helm: HelmClient, release: string, namespace: string): Promise<string | undefined> {
  const result = await helm.run(['get', 'metadata', release, '--namespace', namespace, '--output', 'json'], { timeoutMs: 60_000 });
  const meta = JSON.parse(result.stdout) as { applyMethod?: string };
  return meta.applyMethod;
}

export interface ManifestObject {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

/** The objects of the deployed release (`helm get manifest`), by identity only. */
export async function releaseObjects(helm: HelmClient, release: string, namespace: string): Promise<ManifestObject[]> {
  const result = await helm.run(['get', 'manifest', release, '--namespace', namespace], { timeoutMs: 60_000 });
  const objects: ManifestObject[] = [];
  for (const doc of parseAllDocuments(result.stdout)) {
    const obj = (doc.toJS() ?? {}) as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } };
    if (typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string' || typeof obj.metadata?.name !== 'string') continue;
    objects.push({
      apiVersion: obj.apiVersion,
      kind: obj.kind,
      name: obj.metadata.name,
      ...(typeof obj.metadata.namespace === 'string' ? { namespace: obj.metadata.namespace } : {}),
    });
  }
  return objects;
}

/** `helm show chart` for the lock mode: the version a request resolves to and, for OCI, its digest. */
export async function showChart(helm: HelmClient, source: ChartSource, caFile: string | undefined): Promise<{ version: string; digest?: string }> {
  const args = ['show', 'chart', ...chartArgs(source), ...(caFile ? ['--ca-file', caFile] : [])];
  const result = await helm.run(args, { timeoutMs: 120_000 });
  const meta = (parseYaml(result.stdout) ?? {}) as { version?: unknown };
  const digest = pulledDigest(result.stderr);
  return { version: String(meta.version ?? source.version ?? ''), ...(digest ? { digest } : {}) };
}
