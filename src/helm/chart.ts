/**
 * OCI chart references (`oci://host/charts/name[:tag|@digest]`) and resolving them against the
 * registry: the tag list from the distribution API (`GET /v2/<name>/tags/list`, with the Basic or
 * Bearer-token challenge registries answer with) and, through helm, the chart a version resolves to.
 * Used by helm-login's verify-chart and by preflight's registry check.
 */
import { readFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { parse as parseYaml } from 'yaml';
import { ToolTimeoutError } from '../process/run-tool.js';
import type { HelmClient } from './client.js';
import { HelmError, type HelmErrorKind } from './errors.js';
import { isLoopbackHost } from './registry.js';
import { oneLine } from '../report/text.js';

/** Per-request limit for registry API calls when the caller sets none. */
export const DEFAULT_REGISTRY_TIMEOUT_MS = 30_000;

export interface ChartRef {
  /** `oci://host/path/name` without tag or digest. */
  url: string;
  /** `host[:port]`, as helm keys its registry config. */
  registry: string;
  /** Repository path inside the registry, e.g. `charts/chalk-metadata-plane`. */
  repository: string;
  name: string;
  tag?: string;
  digest?: string;
}

export function parseChartRef(ref: string): ChartRef {
  const m = /^oci:\/\/([^/\s]+)\/([^\s@]+?)(?::([\w][\w.+-]{0,127}))?(?:@(sha256:[0-9a-f]{64}))?$/i.exec(ref.trim());
  if (!m)
    throw new Error(
      `"${ref}" is not an OCI chart reference: expected oci://<registry>/<path>/<chart>[:<version>], e.g. oci://754784422779.dkr.ecr.us-east-1.amazonaws.com/charts/chalk-metadata-plane.`,
    );
  const [, registry, repository, tag, digest] = m as unknown as [string, string, string, string | undefined, string | undefined];
  const host = registry.toLowerCase();
  return {
    url: `oci://${host}/${repository}`,
    registry: host,
    repository,
    name: repository.slice(repository.lastIndexOf('/') + 1),
    ...(tag ? { tag } : {}),
    ...(digest ? { digest: digest.toLowerCase() } : {}),
  };
}

export interface RegistryAccess {
  username?: string;
  password?: string;
  /** PEM CA bundle file for registries with a private CA. */
  caFile?: string;
  /** Limit for each registry API request and for helm's fetch of the chart. */
  timeoutMs?: number;
}

export class ChartAccessError extends Error {
  constructor(
    readonly registry: string,
    readonly kind: HelmErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ChartAccessError';
  }
}

/** Every tag of the chart's repository, following pagination. */
export async function listChartTags(chart: ChartRef, access: RegistryAccess = {}): Promise<string[]> {
  const ca = access.caFile ? await readFile(access.caFile) : undefined;
  const session = new RegistrySession(chart, access, ca);
  const tags: string[] = [];
  for (let path: string | undefined = `/v2/${chart.repository}/tags/list?n=1000`; path;) {
    const res = await session.get(path);
    tags.push(...((JSON.parse(res.body) as { tags?: string[] | null }).tags ?? []));
    path = nextLink(res.headers.link);
  }
  return tags;
}

/** Chart versions among `tags` (helm stores `+` as `_`), ascending by semver precedence. */
export function chartVersions(tags: readonly string[]): string[] {
  return tags
    .map((t) => t.replaceAll('_', '+'))
    .filter((t) => SEMVER.test(t))
    .sort(compareSemver);
}

/** The highest release version, or the highest pre-release when there is no release. */
export function latestVersion(versions: readonly string[]): string | undefined {
  const sorted = [...versions].sort(compareSemver);
  return sorted.filter((v) => !semverParts(v).pre).at(-1) ?? sorted.at(-1);
}

export interface ResolvedChart {
  chart: ChartRef;
  versions: string[];
  /** The version helm resolved (the ref's tag, else the latest). */
  version: string;
  appVersion?: string;
  digest?: string;
}

/** Lists the versions over the API, then has helm fetch the chosen one, which proves helm's own login works. */
export async function resolveChart(helm: HelmClient, chart: ChartRef, access: RegistryAccess = {}): Promise<ResolvedChart> {
  const versions = chartVersions(await listChartTags(chart, access));
  const want = chart.tag ?? latestVersion(versions);
  if (!want && !chart.digest)
    throw new ChartAccessError(chart.registry, 'not-found', `${chart.url} has no chart versions: the repository exists but holds no semver tags.`);
  const args = ['show', 'chart', chart.digest ? `${chart.url}@${chart.digest}` : chart.url];
  if (want && !chart.digest) args.push('--version', want);
  if (access.caFile) args.push('--ca-file', access.caFile);
  const timeoutMs = access.timeoutMs ?? DEFAULT_REGISTRY_TIMEOUT_MS;
  const result = await helm.run(args, { timeoutMs }).catch((err: unknown) => {
    if (err instanceof HelmError)
      throw new ChartAccessError(chart.registry, err.kind, `helm could not fetch ${chart.url}${want ? ` ${want}` : ''}: ${oneLine(err.message)}`);
    if (err instanceof ToolTimeoutError)
      throw new ChartAccessError(
        chart.registry,
        'timeout',
        `${chart.registry} did not answer in ${seconds(timeoutMs)} s: helm show chart ${chart.url} was stopped. Check that the host serves an OCI registry and that the runner can reach it.`,
      );
    throw err;
  });
  const meta = (parseYaml(result.stdout) ?? {}) as { version?: string; appVersion?: string };
  const digest = /^Digest:\s*(sha256:[0-9a-f]{64})/m.exec(result.stderr)?.[1];
  return {
    chart,
    versions,
    version: String(meta.version ?? want),
    ...(meta.appVersion !== undefined ? { appVersion: String(meta.appVersion) } : {}),
    ...(digest ? { digest } : {}),
  };
}

interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One registry conversation: answers the auth challenge once and reuses the result. */
class RegistrySession {
  private authorization: string | undefined;

  constructor(
    private readonly chart: ChartRef,
    private readonly access: RegistryAccess,
    private readonly ca: Buffer | undefined,
  ) {}

  async get(path: string): Promise<HttpResponse> {
    const url = `https://${this.chart.registry}${path}`;
    let res = await this.fetch(url, this.headers());
    if (res.status === 401 && !this.authorization) {
      this.authorization = await this.answerChallenge(String(res.headers['www-authenticate'] ?? ''));
      res = await this.fetch(url, this.headers());
    }
    if (res.status === 200) return res;
    throw this.error(res);
  }

  private fetch(url: string, headers: Record<string, string>): Promise<HttpResponse> {
    return httpGet(url, headers, this.ca, this.access.timeoutMs ?? DEFAULT_REGISTRY_TIMEOUT_MS);
  }

  private headers(): Record<string, string> {
    return { accept: 'application/json', ...(this.authorization ? { authorization: this.authorization } : {}) };
  }

  private basic(): string | undefined {
    const { username, password } = this.access;
    return username && password ? `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` : undefined;
  }

  private async answerChallenge(challenge: string): Promise<string> {
    const basic = this.basic();
    if (!/^bearer\s/i.test(challenge)) {
      if (!basic)
        throw new ChartAccessError(
          this.chart.registry,
          'unauthorized',
          `${this.chart.registry} requires a login to list ${this.chart.repository}, and no credentials were given.`,
        );
      return basic;
    }
    const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
    if (!params.realm)
      throw new ChartAccessError(this.chart.registry, 'unknown', `${this.chart.registry} sent a Bearer challenge without a realm: ${oneLine(challenge)}`);
    const tokenUrl = this.realmUrl(params.realm);
    if (params.service) tokenUrl.searchParams.set('service', params.service);
    tokenUrl.searchParams.set('scope', params.scope ?? `repository:${this.chart.repository}:pull`);
    const res = await this.fetch(tokenUrl.toString(), { accept: 'application/json', ...(basic ? { authorization: basic } : {}) });
    if (res.status !== 200) throw this.error(res, `token endpoint ${tokenUrl.host}`);
    const body = JSON.parse(res.body) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new ChartAccessError(this.chart.registry, 'unknown', `The token endpoint of ${this.chart.registry} returned no token.`);
    return `Bearer ${token}`;
  }

  /**
   * The token endpoint the registry names receives our Basic credentials, so a registry (or whoever
   * can answer for it) must not be able to send them in clear text or to an arbitrary http host:
   * https only, except plain http on loopback when the registry itself is loopback (local tests).
   */
  private realmUrl(realm: string): URL {
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new ChartAccessError(this.chart.registry, 'unknown', `${this.chart.registry} named a token realm that is not a URL: ${oneLine(realm)}`);
    }
    const loopback = url.protocol === 'http:' && isLoopbackHost(url.hostname) && isLoopbackHost(hostOf(this.chart.registry));
    if (url.protocol !== 'https:' && !loopback)
      throw new ChartAccessError(
        this.chart.registry,
        'unknown',
        `${this.chart.registry} asks for a token from ${oneLine(url.origin)}, which is not https; refusing to send the registry credentials there. A registry's token realm must be an https URL.`,
      );
    return url;
  }

  private error(res: HttpResponse, what = `${this.chart.registry}/v2/${this.chart.repository}/tags/list`): ChartAccessError {
    const detail = oneLine(res.body, 300);
    const kind: HelmErrorKind = res.status === 401 ? 'unauthorized' : res.status === 403 ? 'forbidden' : res.status === 404 ? 'not-found' : 'unknown';
    const advice = {
      unauthorized: 'the credentials were rejected; log in again (helm-login) with a current token.',
      forbidden: 'this identity may not pull from it; ask the registry owner (Chalk) to grant access to your account.',
      'not-found': `the chart repository ${this.chart.repository} does not exist or is not visible to this identity; check the chart path.`,
      unknown: 'unexpected answer from the registry.',
    }[kind as 'unauthorized' | 'forbidden' | 'not-found' | 'unknown'];
    return new ChartAccessError(this.chart.registry, kind, `${what} answered HTTP ${res.status}: ${advice}${detail ? ` (${detail})` : ''}`);
  }
}

function httpGet(url: string, headers: Record<string, string>, ca: Buffer | undefined, timeoutMs: number): Promise<HttpResponse> {
  const u = new URL(url);
  const request = u.protocol === 'http:' ? httpRequest : httpsRequest;
  // A total limit, not an idle one: a server that trickles bytes must not hold the step either.
  const signal = AbortSignal.timeout(timeoutMs);
  return new Promise((resolve, reject) => {
    const req = request(u, { method: 'GET', headers, signal, ...(ca && u.protocol === 'https:' ? { ca } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (err) => reject(requestError(u, err, signal, timeoutMs)));
    });
    req.on('error', (err) => reject(requestError(u, err, signal, timeoutMs)));
    req.end();
  });
}

function requestError(u: URL, err: Error, signal: AbortSignal, timeoutMs: number): ChartAccessError {
  if (signal.aborted)
    return new ChartAccessError(
      u.host,
      'timeout',
      `${u.host} did not answer in ${seconds(timeoutMs)} s (GET ${u.origin}${u.pathname}). Check that the host serves an OCI registry and that the runner can reach it.`,
    );
  const kind = /certificate|self.signed|CERT/i.test(err.message) ? 'tls' : 'connection';
  return new ChartAccessError(u.host, kind, `GET ${u.origin}${u.pathname}: ${oneLine(err.message)}`);
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

/** `host` of `host:port` / `[v6]:port`. */
function hostOf(hostPort: string): string {
  return new URL(`https://${hostPort}`).hostname;
}

/** The path of a `Link: </v2/…?last=x>; rel="next"` header. */
function nextLink(link: string | string[] | undefined): string | undefined {
  const value = Array.isArray(link) ? link.join(',') : link;
  const m = value ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(value) : null;
  if (!m) return undefined;
  const target = new URL(m[1]!, 'https://registry.invalid');
  return `${target.pathname}${target.search}`;
}

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

function semverParts(v: string): { nums: number[]; pre?: string } {
  const m = SEMVER.exec(v)!;
  return { nums: [Number(m[1]), Number(m[2]), Number(m[3])], ...(m[4] ? { pre: m[4] } : {}) };
}

export function compareSemver(a: string, b: string): number {
  const pa = semverParts(a);
  const pb = semverParts(b);
  for (let i = 0; i < 3; i++) if (pa.nums[i] !== pb.nums[i]) return pa.nums[i]! - pb.nums[i]!;
  if (!pa.pre || !pb.pre) return pa.pre ? -1 : pb.pre ? 1 : 0;
  const xs = pa.pre.split('.');
  const ys = pb.pre.split('.');
  for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
    const x = xs[i];
    const y = ys[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
