/**
 * OCI chart references (`oci://host/charts/name[:tag|@digest]`) and resolving them against the
 * registry: the tag list from the distribution API (`GET /v2/<name>/tags/list`, with the Basic or
 * Bearer-token challenge registries answer with) and, through helm, the chart a version resolves to.
 * Used by helm-login's verify-chart and by preflight's registry check.
 */
import { parse as parseYaml } from 'yaml';
import { ChalkError } from '../errors.js';
import { ToolAbortedError, ToolTimeoutError } from '../process/run-tool.js';
import { registerSecret } from '../report/secrets.js';
import { oneLine } from '../report/text.js';
import { adviceFor, kindOfStatus, seconds } from './advice.js';
import { CaFileError, loadCaFile } from './ca-file.js';
import type { HelmClient } from './client.js';
import { HelmError, type HelmErrorKind } from './errors.js';
import { bytes, Deadline, httpGet, HttpFailure, httpsRule, isLoopbackHost, type HttpResponse } from './http.js';

/** Limit for a whole chart check (tag listing and helm's fetch) when the caller sets none. */
const DEFAULT_REGISTRY_TIMEOUT_MS = 30_000;

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
      `"${oneLine(ref, 200)}" is not an OCI chart reference: expected oci://<registry>/<path>/<chart>[:<version>], e.g. oci://754784422779.dkr.ecr.us-east-1.amazonaws.com/charts/chalk-metadata-plane.`,
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
  /** One limit for the whole operation: every registry API request and helm's fetch of the chart. */
  timeoutMs?: number;
  /** Ends the operation early (a check's timeout, the job's cancellation). */
  signal?: AbortSignal;
}

export class ChartAccessError extends ChalkError<HelmErrorKind> {
  readonly boundary = 'registry';

  constructor(
    readonly registry: string,
    kind: HelmErrorKind,
    message: string,
    fix = adviceFor(kind, 'pull').fix,
  ) {
    super(kind, message, fix);
  }
}

/** Limits on what one tag listing reads: a registry's list of a chart's versions is a few KiB. */
export const TAG_LIST_LIMITS = { pageBytes: 4 << 20, pages: 100, tags: 100_000 } as const;
const TOKEN_BODY_BYTES = 256 * 1024;

/** Every tag of the chart's repository, following pagination within TAG_LIST_LIMITS and the deadline. */
export async function listChartTags(chart: ChartRef, access: RegistryAccess = {}, deadline = deadlineOf(access)): Promise<string[]> {
  const session = new RegistrySession(chart, access, await caOf(chart, access), deadline);
  const tags: string[] = [];
  const seen = new Set<string>();
  for (let path: string | undefined = `/v2/${chart.repository}/tags/list?n=1000`; path;) {
    if (seen.size >= TAG_LIST_LIMITS.pages)
      throw session.failure('too-many-pages', `${chart.registry}: ${adviceFor('too-many-pages', 'pull', { limit: `${TAG_LIST_LIMITS.pages} pages` }).says}.`);
    if (seen.has(path)) throw session.failure('bad-response', `${chart.registry}: the tag list's next page is one already read (${oneLine(path, 200)}).`);
    seen.add(path);
    const res = await session.get(path);
    tags.push(...tagsOf(res.body, chart));
    if (tags.length > TAG_LIST_LIMITS.tags)
      throw session.failure('too-large', `${chart.registry}: ${adviceFor('too-large', 'pull', { limit: `${TAG_LIST_LIMITS.tags} tags` }).says}.`);
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

/**
 * Lists the versions over the API, then has helm fetch the chosen one, which proves helm's own
 * login works — all within one deadline (access.timeoutMs), however many pages the registry serves.
 */
export async function resolveChart(helm: HelmClient, chart: ChartRef, access: RegistryAccess = {}): Promise<ResolvedChart> {
  const deadline = deadlineOf(access);
  const versions = chartVersions(await listChartTags(chart, access, deadline));
  const want = chart.tag ?? latestVersion(versions);
  if (!want && !chart.digest)
    throw new ChartAccessError(chart.registry, 'not-found', `${chart.url} has no chart versions: the repository exists but holds no semver tags.`);
  const args = ['show', 'chart', chart.digest ? `${chart.url}@${chart.digest}` : chart.url];
  if (want && !chart.digest) args.push('--version', want);
  if (access.caFile) args.push('--ca-file', access.caFile);
  const result = await helm.run(args, { timeoutMs: deadline.remaining(), ...(access.signal ? { signal: access.signal } : {}) }).catch((err: unknown) => {
    if (err instanceof HelmError)
      throw new ChartAccessError(chart.registry, err.kind, `helm could not fetch ${chart.url}${want ? ` ${want}` : ''}: ${oneLine(err.message)}`);
    if (err instanceof ToolTimeoutError)
      throw new ChartAccessError(
        chart.registry,
        'timeout',
        `${chart.registry}: ${adviceFor('timeout', 'pull', { limit: seconds(deadline.ms) }).says}; helm show chart ${chart.url} was stopped.`,
      );
    if (err instanceof ToolAbortedError) throw new ChartAccessError(chart.registry, 'cancelled', `helm show chart ${chart.url} was stopped: ${err.message}`);
    throw err;
  });
  const meta = (parseYaml(result.stdout) ?? {}) as { version?: string; appVersion?: string };
  const digest = pulledDigest(result.stderr);
  return {
    chart,
    versions,
    version: String(meta.version ?? want),
    ...(meta.appVersion !== undefined ? { appVersion: String(meta.appVersion) } : {}),
    ...(digest ? { digest } : {}),
  };
}

function deadlineOf(access: RegistryAccess): Deadline {
  return new Deadline(access.timeoutMs ?? DEFAULT_REGISTRY_TIMEOUT_MS, access.signal);
}

async function caOf(chart: ChartRef, access: RegistryAccess): Promise<Buffer | undefined> {
  if (!access.caFile) return undefined;
  return loadCaFile(access.caFile).catch((err: unknown) => {
    if (err instanceof CaFileError) throw new ChartAccessError(chart.registry, 'ca-file', err.message, err.fix);
    throw err;
  });
}

function tagsOf(body: string, chart: ChartRef): string[] {
  let tags: unknown;
  try {
    tags = (JSON.parse(body) as { tags?: unknown }).tags ?? [];
  } catch {
    tags = undefined;
  }
  if (Array.isArray(tags) && tags.every((t) => typeof t === 'string')) return tags as string[];
  throw new ChartAccessError(
    chart.registry,
    'bad-response',
    `${chart.registry}: ${adviceFor('bad-response', 'pull').says}: the tag list of ${chart.repository} is not {"tags": [<strings>]} (${oneLine(body, 120)}).`,
  );
}

/** One registry conversation: answers the auth challenge once and reuses the result, all under one deadline. */
class RegistrySession {
  private authorization: string | undefined;
  private pages = 0;

  constructor(
    private readonly chart: ChartRef,
    private readonly access: RegistryAccess,
    private readonly ca: Buffer | undefined,
    private readonly deadline: Deadline,
  ) {}

  async get(path: string): Promise<HttpResponse> {
    const url = new URL(`https://${this.chart.registry}${path}`);
    let res = await this.fetch(url, this.headers(), TAG_LIST_LIMITS.pageBytes);
    if (res.status === 401 && !this.authorization) {
      this.authorization = await this.answerChallenge(String(res.headers['www-authenticate'] ?? ''));
      res = await this.fetch(url, this.headers(), TAG_LIST_LIMITS.pageBytes);
    }
    if (res.status === 200) {
      this.pages++;
      return res;
    }
    throw this.statusError(res);
  }

  failure(kind: HelmErrorKind, message: string): ChartAccessError {
    return new ChartAccessError(this.chart.registry, kind, message);
  }

  private async fetch(url: URL, headers: Record<string, string>, maxBytes: number): Promise<HttpResponse> {
    try {
      return await httpGet(url, { headers, maxBytes, signal: this.deadline.signal, ...(this.ca ? { ca: this.ca } : {}) });
    } catch (err) {
      if (err instanceof HttpFailure) throw this.requestError(err);
      throw err;
    }
  }

  private headers(): Record<string, string> {
    return { accept: 'application/json', ...(this.authorization ? { authorization: this.authorization } : {}) };
  }

  /** `Basic base64(user:password)`, registered as a secret the moment it exists: a registry may echo it. */
  private basic(): string | undefined {
    const { username, password } = this.access;
    if (!username || !password) return undefined;
    const encoded = Buffer.from(`${username}:${password}`).toString('base64');
    registerSecret(encoded);
    return `Basic ${encoded}`;
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
    if (!params.realm) throw this.failure('bad-response', `${this.chart.registry} sent a Bearer challenge without a realm: ${oneLine(challenge)}`);
    const tokenUrl = this.realmUrl(params.realm);
    if (params.service) tokenUrl.searchParams.set('service', params.service);
    tokenUrl.searchParams.set('scope', params.scope ?? `repository:${this.chart.repository}:pull`);
    const res = await this.fetch(tokenUrl, { accept: 'application/json', ...(basic ? { authorization: basic } : {}) }, TOKEN_BODY_BYTES);
    if (res.status !== 200) throw this.statusError(res, `token endpoint ${tokenUrl.host}`);
    let body: { token?: unknown; access_token?: unknown } | undefined;
    try {
      body = JSON.parse(res.body) as typeof body;
    } catch {
      body = undefined;
    }
    const token = body?.token ?? body?.access_token;
    if (typeof token !== 'string' || !token) throw this.failure('bad-response', `The token endpoint of ${this.chart.registry} returned no token.`);
    registerSecret(token);
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
      throw this.failure('bad-response', `${this.chart.registry} named a token realm that is not a URL: ${oneLine(realm)}`);
    }
    if (httpsRule(url, isLoopbackHost(hostOf(this.chart.registry))))
      throw this.failure(
        'insecure-realm',
        `${this.chart.registry} asks for a token from ${oneLine(url.origin)}, which is not https; refusing to send the registry credentials there.`,
      );
    return url;
  }

  private statusError(res: HttpResponse, what = `${this.chart.registry}/v2/${this.chart.repository}/tags/list`): ChartAccessError {
    const detail = oneLine(res.body, 300);
    const kind = kindOfStatus(res.status) ?? 'bad-response';
    const { says } = adviceFor(kind, 'pull', { status: res.status, what: `the chart repository ${this.chart.repository}` });
    return this.failure(kind, `${what} answered HTTP ${res.status}: ${says}${detail ? ` (${detail})` : ''}`);
  }

  private requestError(err: HttpFailure): ChartAccessError {
    const where = `${err.url.origin}${err.url.pathname}`;
    const registry = this.chart.registry;
    switch (err.kind) {
      case 'timeout':
        return this.failure(
          'timeout',
          this.pages
            ? `${this.chart.url}: the chart check did not finish in ${seconds(this.deadline.ms)}; stopped after ${this.pages} page${this.pages === 1 ? '' : 's'} of tags, during GET ${where}.`
            : `${registry} did not answer in ${seconds(this.deadline.ms)} (GET ${where}).`,
        );
      case 'cancelled':
        return this.failure('cancelled', `The chart check of ${this.chart.url} was stopped (GET ${where}).`);
      case 'too-large':
        return this.failure('too-large', `${registry}: ${adviceFor('too-large', 'pull', { limit: bytes(err.limitBytes ?? 0) }).says} (GET ${where}).`);
      default:
        return this.failure(err.kind, `${registry}: ${adviceFor(err.kind, 'pull').says} (${err.message}).`);
    }
  }
}

/** `host` of `host:port` / `[v6]:port`. */
function hostOf(hostPort: string): string {
  return new URL(`https://${hostPort}`).hostname;
}

/** The path of a `Link: </v2/…?last=x>; rel="next"` header (its origin is ignored: pages come from the registry itself). */
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

/** The digest helm prints after fetching an OCI chart (`Digest: sha256:…`), from the output it was printed on. */
export function pulledDigest(output: string): string | undefined {
  return /^Digest:\s*(sha256:[0-9a-f]{64})\s*$/m.exec(output)?.[1];
}
