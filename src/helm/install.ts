/**
 * Getting a helm binary: the one on PATH when its version fits (or equals an explicitly requested
 * one), else the pinned release from the tool cache, downloaded and checksum-verified on a miss.
 * Failing to get the requested helm is an error, never a quiet switch to another version. The
 * download (retries included) ends within one deadline, and what a mirror sends is bounded.
 */
import * as core from '@actions/core';
import * as io from '@actions/io';
import * as tc from '@actions/tool-cache';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runTool } from '../process/run-tool.js';
import { registerSecret } from '../report/secrets.js';
import { oneLine } from '../report/text.js';
import { seconds } from './advice.js';
import { HelmClient } from './client.js';
import { HelmSetupError } from './errors.js';
import { bytes, Deadline, downloadFile, httpGet, HttpFailure, httpsRule } from './http.js';
import { parseHelmVersion, unsupportedReason } from './version.js';

export const DEFAULT_HELM_VERSION = 'v4.3.2';
export const DEFAULT_HELM_DOWNLOAD_URL = 'https://get.helm.sh';
/** Limit for the whole download when the caller sets none. */
const DEFAULT_DOWNLOAD_TIMEOUT_MS = 2 * 60_000;
/** A helm release tarball is about 20 MiB; a mirror sending far more is not sending helm. */
const MAX_TARBALL_BYTES = 256 << 20;
const MAX_CHECKSUM_BYTES = 4096;
const DOWNLOAD_ATTEMPTS = 3;

export interface HelmSetupOptions {
  /** A version the workflow asked for explicitly; PATH helm is then used only if it is exactly this one. */
  requested?: string;
  /** Where `helm-<v>-<os>-<arch>.tar.gz` and its `.sha256sum` live. */
  downloadUrl?: string;
  /** Limit for the whole download, retries included. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Where the tarball is downloaded and unpacked (the job's RUNNER_TEMP). */
  tempDir: string;
}

export interface HelmSetup {
  client: HelmClient;
  source: 'path' | 'tool-cache' | 'download';
  /** What the job should be warned about (a helm on PATH that cannot run). */
  warnings: string[];
}

export async function setupHelm(options: HelmSetupOptions): Promise<HelmSetup> {
  const want = normaliseVersion(options.requested || DEFAULT_HELM_VERSION);
  const baseUrl = checkDownloadUrl(options.downloadUrl || DEFAULT_HELM_DOWNLOAD_URL);
  const warnings: string[] = [];
  const onPath = await io.which('helm', false);
  if (onPath) {
    const client = await HelmClient.at(onPath).catch((err: Error) => err);
    if (client instanceof Error) warnings.push(`Not using the helm on PATH: ${client.message}; installing ${want}.`);
    else {
      const reason = options.requested ? (client.version.raw === want ? undefined : `helm-version ${want} was requested`) : unsupportedReason(client.version);
      if (!reason) return { client, source: 'path', warnings };
      core.info(`Not using helm ${client.version.raw} at ${oneLine(onPath)}: ${reason}; installing ${want}.`);
    }
  }
  if (!process.env.RUNNER_TOOL_CACHE)
    throw new HelmSetupError(
      'no-tool-cache',
      `Cannot install helm ${want}: RUNNER_TOOL_CACHE is not set (GitHub's runners set it).`,
      'Put helm on PATH before this step, or set RUNNER_TOOL_CACHE.',
    );
  const platform = releasePlatform();
  const cached = tc.find('helm', want.slice(1));
  if (cached) return { client: await checkedClient(join(cached, 'helm'), want), source: 'tool-cache', warnings };
  const dir = await download(want, platform, baseUrl, options);
  return { client: await checkedClient(join(dir, 'helm'), want), source: 'download', warnings };
}

/** `4.3.2` and `v4.3.2` → `v4.3.2`; anything else is rejected (no ranges: the download is one file). */
function normaliseVersion(version: string): string {
  const v = parseHelmVersion(version);
  const example = `Set helm-version to an exact release such as ${DEFAULT_HELM_VERSION}, or leave it empty.`;
  if (!v || v.raw.replace(/^v/, '') !== version.trim().replace(/^v/, ''))
    throw new HelmSetupError(
      'bad-version',
      `helm-version must be an exact release such as ${DEFAULT_HELM_VERSION}, but it is "${oneLine(version, 100)}".`,
      example,
    );
  const reason = unsupportedReason(v);
  if (reason) throw new HelmSetupError('bad-version', `helm-version ${v.raw} cannot be used: ${reason}.`, example);
  return v.raw;
}

/**
 * The `.sha256sum` comes from the same server as the tarball, so it only proves the download is
 * intact; trusting the binary rests on TLS and the server. Hence https only — plain http is
 * allowed for loopback (a local stand-in in tests), where nothing crosses a network.
 */
function checkDownloadUrl(raw: string): URL {
  const fix = `Use an https mirror of ${DEFAULT_HELM_DOWNLOAD_URL}, or leave helm-download-url empty.`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new HelmSetupError('bad-download-url', `helm-download-url must be an https URL, but it is "${oneLine(raw, 200)}".`, fix);
  }
  // A mirror may take credentials in its URL: they are secrets, and are never shown.
  registerSecret(url.password);
  if (httpsRule(url, true))
    throw new HelmSetupError(
      'bad-download-url',
      `helm-download-url must be an https URL, but it is "${shown(url)}": the .sha256sum comes from the same server, so over ${url.protocol.replace(/:$/, '')} anyone on the network path could replace both the tarball and its checksum.`,
      fix,
    );
  return url;
}

/** The URL as logs show it: credentials replaced, one line. */
function shown(url: URL): string {
  const copy = new URL(url);
  if (copy.username || copy.password) {
    copy.username = '***';
    copy.password = '';
  }
  return oneLine(copy.href, 300);
}

function releasePlatform(): string {
  const os = { linux: 'linux', darwin: 'darwin' }[process.platform as string];
  const arch = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' }[process.arch as string];
  if (!os || !arch) throw new HelmSetupError('no-release', `No helm release for ${process.platform}/${process.arch}.`, 'Put helm on PATH before this step.');
  return `${os}-${arch}`;
}

async function download(version: string, platform: string, baseUrl: URL, options: HelmSetupOptions): Promise<string> {
  const name = `helm-${version}-${platform}.tar.gz`;
  const url = new URL(`${baseUrl.href.replace(/\/+$/, '')}/${name}`);
  const sumUrl = new URL(`${url.href}.sha256sum`);
  const deadline = new Deadline(options.timeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS, options.signal);
  core.info(`Downloading ${shown(url)}`);
  const work = await mkdtemp(join(options.tempDir, 'helm-download-'));
  try {
    const archive = join(work, name);
    const get = { signal: deadline.signal, allowLoopbackHttp: true };
    const [, sums] = await Promise.all([
      retrying(url, version, deadline, async () => ({ status: await downloadFile(url, archive, { ...get, maxBytes: MAX_TARBALL_BYTES }), value: archive })),
      retrying(sumUrl, version, deadline, async () => {
        const res = await httpGet(sumUrl, { ...get, maxBytes: MAX_CHECKSUM_BYTES });
        return { status: res.status, value: res.body };
      }),
    ]);
    const expected = /^([0-9a-f]{64})\b/i.exec(sums.trim())?.[1]?.toLowerCase();
    const fix = `Check that ${shown(baseUrl)} serves helm's own releases, or use ${DEFAULT_HELM_DOWNLOAD_URL}.`;
    if (!expected)
      throw new HelmSetupError('checksum-mismatch', `${shown(sumUrl)} does not hold a SHA-256 checksum; refusing to install an unverified helm.`, fix);
    const actual = await sha256(archive);
    if (actual !== expected)
      throw new HelmSetupError(
        'checksum-mismatch',
        `Checksum mismatch for ${shown(url)}: expected sha256 ${expected}, got ${actual}. The download is corrupt or was tampered with; not installing it.`,
        fix,
      );
    await runTool('tar', ['-xzf', archive, '-C', work, `${platform}/helm`], {
      timeoutMs: deadline.remaining(),
      ...(options.signal ? { signal: options.signal } : {}),
    }).then((r) => {
      if (r.exitCode !== 0) throw new HelmSetupError('download-failed', `${shown(url)} is not a helm release tarball: tar said ${oneLine(r.stderr, 300)}`, fix);
    });
    const cached = await tc.cacheDir(join(work, platform), 'helm', version.slice(1));
    core.info(`Installed helm ${version} (sha256 ${actual}) into the tool cache.`);
    return cached;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Runs `attempt` until it answers 200, a failure that retrying cannot fix, DOWNLOAD_ATTEMPTS
 * attempts or the deadline; 5xx, 408, 429 and network failures are retried after 1 s, then 2 s.
 */
async function retrying<T>(url: URL, version: string, deadline: Deadline, attempt: () => Promise<{ status: number; value: T }>): Promise<T> {
  let last = '';
  for (let n = 1; ; n++) {
    try {
      const { status, value } = await attempt();
      if (status === 200) return value;
      last = `HTTP ${status}`;
      if (status < 500 && status !== 408 && status !== 429) break;
    } catch (err) {
      if (!(err instanceof HttpFailure)) throw err;
      last = err.kind === 'too-large' ? `it sent more than ${bytes(err.limitBytes ?? 0)}` : err.reason;
      if (err.kind !== 'connection') break;
    }
    if (n >= DOWNLOAD_ATTEMPTS || deadline.signal.aborted) break;
    const stopped = await sleep(1000 * 2 ** (n - 1), undefined, { signal: deadline.signal }).then(
      () => false,
      () => true,
    );
    if (stopped) break;
  }
  const within = deadline.timedOut ? ` within ${seconds(deadline.ms)} (the timeout input)` : deadline.signal.aborted ? ' (cancelled)' : '';
  throw new HelmSetupError(
    'download-failed',
    `Could not download ${shown(url)}${within}: ${last}.`,
    `Check that helm ${version} exists there and that the runner can reach ${url.host}${deadline.timedOut ? ', or raise timeout' : ''}.`,
  );
}

/** Runs the binary and insists it is the version it was installed as. */
async function checkedClient(path: string, want: string): Promise<HelmClient> {
  const client = await HelmClient.at(path);
  if (client.version.raw !== want)
    throw new HelmSetupError(
      'not-runnable',
      `${path} reports helm ${client.version.raw}, not the requested ${want}; the tool cache entry is wrong.`,
      'Delete it from the tool cache and rerun.',
    );
  return client;
}

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
