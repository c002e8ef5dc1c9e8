/**
 * The helm verbs a plan needs, over the shared HelmClient: fetch the chart once (its digest), render
 * it offline (`helm template`) or against the cluster (`helm upgrade --install --dry-run=server`, so
 * `lookup` sees what exists), and read the deployed release (manifest, metadata, history). helm prints
 * `Pulled:`/`Digest:` on stdout or stderr depending on the major and the verb; both are searched.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { pulledDigest } from '../helm/chart.js';
import type { HelmClient } from '../helm/client.js';
import { HelmError } from '../helm/errors.js';
import { oneLine } from '../report/text.js';
import { PlanError } from './errors.js';

export interface ChartRequest {
  /** `oci://host/path/chart[:version][@digest]`, a local chart directory or archive, or a chart name in `repoUrl`. */
  ref: string;
  version?: string;
  /** `sha256:…`: pins the content (OCI charts). */
  digest?: string;
  /** A classic chart repository (index.yaml), for `ref` = a chart name. */
  repoUrl?: string;
}

export interface FetchedChart {
  /** A local directory or .tgz helm renders from. */
  path: string;
  name: string;
  version: string;
  appVersion?: string;
  digest?: string;
}

export interface HelmCallOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  kubeContext?: string;
  /** CA bundle for a registry or repository whose certificate a public CA did not sign. */
  caFile?: string;
}

/** Pulls an OCI or repository chart into a fresh directory under `workDir` (a local chart is used in place). */
export async function fetchChart(helm: HelmClient, request: ChartRequest, workDir: string, options: HelmCallOptions): Promise<FetchedChart> {
  const { ref, version, digest } = request;
  if (digest && !/^sha256:[0-9a-f]{64}$/.test(digest))
    throw new PlanError(
      'input',
      `The digest "${oneLine(digest)}" is not sha256:<64 hex digits>.`,
      'Copy the digest helm prints after `Digest:` when it pulls the chart.',
    );
  const oci = ref.startsWith('oci://');
  if (!oci && !request.repoUrl) {
    if (!existsSync(ref))
      throw new PlanError(
        'chart',
        `The chart ${oneLine(ref)} is neither oci://…, a chart in repo-url, nor an existing local path.`,
        'Give oci://<registry>/<path>/<chart>, a chart directory or .tgz in the repository, or a chart name with repo-url.',
      );
    if (digest) throw new PlanError('input', 'A digest pins an OCI or repository chart; a local chart has none.', 'Leave digest empty for a local chart.');
    return { path: ref, ...(await chartMetadata(helm, ref, options)) };
  }
  const dir = await mkdtemp(join(workDir, 'chart-'));
  const args = ['pull'];
  if (oci) args.push(digest ? `${ref.replace(/@sha256:[0-9a-f]+$/, '')}@${digest}` : ref);
  else args.push(ref, '--repo', request.repoUrl!);
  if (version && !(oci && digest)) args.push('--version', version);
  // An OCI chart is expanded, so its Chart.yaml is read here rather than by one more helm process; a
  // repository chart stays an archive, whose bytes are its digest.
  args.push('--destination', dir, ...(oci ? ['--untar'] : []));
  if (options.caFile) args.push('--ca-file', options.caFile);
  const pulled = await helm.run(args, { timeoutMs: options.timeoutMs, signal: options.signal }).catch((err: unknown) => {
    throw chartError(err, ref);
  });
  const written = (await readdir(dir, { withFileTypes: true })).find((f) => (oci ? f.isDirectory() : f.isFile() && f.name.endsWith('.tgz')));
  if (!written) throw new PlanError('chart', `helm pull ${oneLine(ref)} wrote no chart.`, 'Check the chart reference.');
  const path = join(dir, written.name);
  const metadata = await chartMetadata(helm, path, options);
  const received = oci
    ? (pulledDigest(pulled.stdout) ?? pulledDigest(pulled.stderr))
    : `sha256:${createHash('sha256')
        .update(await readFile(path))
        .digest('hex')}`;
  if (digest && received && received !== digest)
    throw new PlanError('chart', `${oneLine(ref)} answered with digest ${received}, not the ${digest} asked for.`, 'Check the digest input.');
  if (version && metadata.version !== version.replace(/^v(?=\d)/, '') && metadata.version !== version)
    throw new PlanError(
      'chart',
      `${oneLine(ref)}${digest ? `@${digest}` : ''} is chart version ${metadata.version}, not ${version}.`,
      'Give the version the digest belongs to, or leave one of them empty.',
    );
  return { path, ...metadata, ...(received ? { digest: received } : {}) };
}

/** Chart.yaml of a chart directory is read in place; of an archive, through `helm show chart`. */
async function chartMetadata(helm: HelmClient, path: string, options: HelmCallOptions): Promise<Omit<FetchedChart, 'path' | 'digest'>> {
  const text = (await stat(path)).isDirectory() ? await chartYaml(path) : await showChart(helm, path, options);
  // Failsafe: every scalar a string, as helm reads the fields it declares as strings (`version: 1.0` is "1.0").
  const meta = (parseYaml(text, { schema: 'failsafe' }) ?? {}) as {
    name?: unknown;
    version?: unknown;
    appVersion?: unknown;
  };
  if (typeof meta.name !== 'string' || meta.version === undefined)
    throw new PlanError('chart', `${oneLine(path)} has no Chart.yaml name and version.`, 'Check that the path is a helm chart.');
  return { name: meta.name, version: String(meta.version), ...(meta.appVersion !== undefined ? { appVersion: String(meta.appVersion) } : {}) };
}

/** A Chart.yaml is a few hundred bytes; a larger one than this is refused before it is read. */
const MAX_CHART_YAML_BYTES = 5 * 1024 * 1024;

async function chartYaml(dir: string): Promise<string> {
  const file = join(dir, 'Chart.yaml');
  const size = await stat(file).then(
    (s) => s.size,
    () => undefined,
  );
  if (size === undefined) throw new PlanError('chart', `${oneLine(dir)} has no Chart.yaml.`, 'Check that the path is a helm chart.');
  if (size > MAX_CHART_YAML_BYTES) throw new PlanError('chart', `${oneLine(file)} is ${size} bytes, far more than a chart's metadata.`, 'Check the chart.');
  return readFile(file, 'utf8');
}

async function showChart(helm: HelmClient, path: string, options: HelmCallOptions): Promise<string> {
  const shown = await helm.run(['show', 'chart', path], { timeoutMs: options.timeoutMs, signal: options.signal }).catch((err: unknown) => {
    throw chartError(err, path);
  });
  return shown.stdout.slice(shown.stdout.search(/^apiVersion:|^name:/m));
}

function chartError(err: unknown, ref: string): unknown {
  if (!(err instanceof HelmError)) return err;
  return new PlanError('chart', `helm could not fetch the chart ${oneLine(ref)}: ${oneLine(err.message)}`, err.fix);
}

/** The CRDs in the chart's crds/ directories (its dependencies' included), as helm shows them. */
export async function chartCrds(helm: HelmClient, chartPath: string, options: HelmCallOptions): Promise<string> {
  const shown = await helm.run(['show', 'crds', chartPath], { timeoutMs: options.timeoutMs, signal: options.signal });
  return shown.stdout;
}

export interface RenderRequest {
  chartPath: string;
  release: string;
  namespace: string;
  /** `--values` files in order (values files, then the seed file). */
  valuesFiles: readonly string[];
  set: readonly string[];
  kubeVersion?: string;
}

function valueArgs(request: RenderRequest): string[] {
  return [...request.valuesFiles.flatMap((f) => ['--values', f]), ...request.set.flatMap((s) => ['--set', s])];
}

function contextArgs(options: HelmCallOptions): string[] {
  return options.kubeContext ? ['--kube-context', options.kubeContext] : [];
}

/** `helm template`: no cluster involved (`lookup` finds nothing), hooks and tests left out as `helm get manifest` leaves them out. */
export async function renderOffline(helm: HelmClient, request: RenderRequest, options: HelmCallOptions): Promise<string> {
  const args = ['template', request.release, request.chartPath, '--namespace', request.namespace, '--no-hooks', '--skip-tests', ...valueArgs(request)];
  if (request.kubeVersion) args.push('--kube-version', request.kubeVersion);
  const result = await helm.run(args, { timeoutMs: options.timeoutMs, signal: options.signal });
  return result.stdout;
}

export interface ServerRender {
  manifest: string;
  /** Helm 4: the apply method this upgrade would use (`ssa`/`csa`). */
  applyMethod?: string;
}

/** `helm upgrade --install --dry-run=server`: the API server validates and `lookup` reads the cluster. */
export async function renderOnServer(helm: HelmClient, request: RenderRequest, options: HelmCallOptions): Promise<ServerRender> {
  const args = [
    'upgrade',
    '--install',
    request.release,
    request.chartPath,
    '--namespace',
    request.namespace,
    '--dry-run=server',
    '--output',
    'json',
    ...valueArgs(request),
    ...contextArgs(options),
  ];
  const result = await helm.run(args, { timeoutMs: options.timeoutMs, signal: options.signal });
  // Helm 4 prints `Pulled:`/`Digest:` before the JSON on stdout.
  const start = result.stdout.search(/^\{/m);
  let release: { manifest?: unknown; apply_method?: unknown };
  try {
    release = JSON.parse(start < 0 ? '' : result.stdout.slice(start)) as typeof release;
  } catch {
    throw new PlanError(
      'render',
      'helm upgrade --dry-run=server printed no JSON release.',
      'Run the same helm command by hand and report its output with the helm version.',
    );
  }
  return {
    manifest: typeof release.manifest === 'string' ? release.manifest : '',
    ...(typeof release.apply_method === 'string' ? { applyMethod: release.apply_method } : {}),
  };
}

/** Revisions read to find the deployed one (helm keeps 10 by default). */
const HISTORY_READ = 50;

export interface DeployedRelease {
  manifest: string;
  revision: number;
  /** `deployed`, or the newest revision's status when none is deployed (a first install that failed). */
  status: string;
  chartName: string;
  chartVersion: string;
  /** Helm 4 releases record `ssa` or `csa`; Helm 3 releases record nothing (client-side apply). */
  applyMethod?: string;
  /** The chart digest deploy recorded in the deployed revision's description. */
  digest?: string;
}

export class ClusterUnreachableError extends PlanError {}

/**
 * The deployed release (its newest `deployed` revision: while an upgrade is pending or after one
 * failed, the newest revision is not what runs), or undefined when there is none (first install).
 * A cluster helm cannot reach is a ClusterUnreachableError, which auto mode turns into an offline plan.
 */
export async function readDeployedRelease(
  helm: HelmClient,
  release: string,
  namespace: string,
  options: HelmCallOptions,
): Promise<DeployedRelease | undefined> {
  const call = (args: string[]) =>
    helm.run([...args, release, '--namespace', namespace, ...contextArgs(options)], { timeoutMs: options.timeoutMs, signal: options.signal });
  let historyText: string;
  try {
    historyText = (await call(['history', '--output', 'json', '--max', String(HISTORY_READ)])).stdout;
  } catch (err) {
    if (err instanceof HelmError && err.kind === 'not-found') return undefined;
    if (err instanceof HelmError && (err.kind === 'connection' || /cluster unreachable/i.test(err.message)))
      throw new ClusterUnreachableError(
        'cluster',
        `helm cannot reach the cluster: ${oneLine(err.message)}`,
        'Check KUBECONFIG (and kube-context), or use mode offline.',
      );
    throw releaseError(err, release, namespace);
  }
  const revisions = JSON.parse(historyText) as { revision: number; status: string; description?: string }[];
  const chosen = revisions.findLast((r) => r.status === 'deployed') ?? revisions.at(-1);
  if (!chosen) return undefined;
  const at = ['--revision', String(chosen.revision)];
  const [metadata, manifest] = await Promise.all([call(['get', 'metadata', '--output', 'json', ...at]), call(['get', 'manifest', ...at])]).catch(
    (err: unknown) => {
      throw releaseError(err, release, namespace);
    },
  );
  const meta = JSON.parse(metadata.stdout) as { chart?: string; version?: string; applyMethod?: string };
  const digest = chosen.description ? digestFromDescription(chosen.description) : undefined;
  return {
    manifest: manifest.stdout,
    revision: chosen.revision,
    status: chosen.status,
    chartName: String(meta.chart ?? ''),
    chartVersion: String(meta.version ?? ''),
    ...(meta.applyMethod ? { applyMethod: meta.applyMethod } : {}),
    ...(digest ? { digest } : {}),
  };
}

function releaseError(err: unknown, release: string, namespace: string): unknown {
  if (!(err instanceof HelmError)) return err;
  return new PlanError('release', `helm cannot read the release ${release} in ${namespace}: ${oneLine(err.message)}`, err.fix);
}

/**
 * Helm keeps no chart digest in a release, so deploy records it in the revision's description
 * (`helm upgrade --description`), where `helm history` shows it: `chalk-actions: chart digest sha256:…`.
 */
export function digestDescription(digest: string): string {
  return `chalk-actions: chart digest ${digest}`;
}

export function digestFromDescription(description: string): string | undefined {
  return /chart digest (sha256:[0-9a-f]{64})/.exec(description)?.[1];
}

/** `ssa`/`csa` as people say it; a release without one was made by Helm 3 (client-side apply). */
export function applyMethodName(method: string | undefined): string {
  if (method === 'ssa' || method === 'server-side apply') return 'server-side apply';
  return 'client-side apply';
}
