/**
 * Getting a helm binary: the one on PATH when its version fits (or equals an explicitly requested
 * one), else the pinned release from the tool cache, downloaded and checksum-verified on a miss.
 * Failing to get the requested helm is an error, never a quiet switch to another version.
 */
import * as core from '@actions/core';
import * as io from '@actions/io';
import * as tc from '@actions/tool-cache';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { HelmClient } from './client.js';
import { isLoopbackHost } from './registry.js';
import { parseHelmVersion, unsupportedReason } from './version.js';

export const DEFAULT_HELM_VERSION = 'v3.19.0';
export const DEFAULT_HELM_DOWNLOAD_URL = 'https://get.helm.sh';

export interface HelmSetupOptions {
  /** A version the workflow asked for explicitly; PATH helm is then used only if it is exactly this one. */
  requested?: string;
  /** Where `helm-<v>-<os>-<arch>.tar.gz` and its `.sha256sum` live. */
  downloadUrl?: string;
}

export interface HelmSetup {
  client: HelmClient;
  source: 'path' | 'tool-cache' | 'download';
}

export async function setupHelm(options: HelmSetupOptions = {}): Promise<HelmSetup> {
  const want = normaliseVersion(options.requested || DEFAULT_HELM_VERSION);
  const baseUrl = checkDownloadUrl(options.downloadUrl || DEFAULT_HELM_DOWNLOAD_URL);
  const onPath = await io.which('helm', false);
  if (onPath) {
    const client = await HelmClient.at(onPath).catch((err: Error) => err);
    if (client instanceof Error) core.warning(`Not using the helm on PATH: ${client.message}; installing ${want}.`);
    else {
      const reason = options.requested ? (client.version.raw === want ? undefined : `helm-version ${want} was requested`) : unsupportedReason(client.version);
      if (!reason) return { client, source: 'path' };
      core.info(`Not using helm ${client.version.raw} at ${onPath}: ${reason}; installing ${want}.`);
    }
  }
  if (!process.env.RUNNER_TOOL_CACHE)
    throw new Error(`Cannot install helm ${want}: RUNNER_TOOL_CACHE is not set (GitHub's runners set it). Put helm on PATH or set RUNNER_TOOL_CACHE.`);
  const platform = releasePlatform();
  const cached = tc.find('helm', want.slice(1));
  if (cached) return { client: await checkedClient(join(cached, 'helm'), want), source: 'tool-cache' };
  const dir = await download(want, platform, baseUrl);
  return { client: await checkedClient(join(dir, 'helm'), want), source: 'download' };
}

/** `3.19.0` and `v3.19.0` → `v3.19.0`; anything else is rejected (no ranges: the download is one file). */
export function normaliseVersion(version: string): string {
  const v = parseHelmVersion(version);
  if (!v || v.raw.replace(/^v/, '') !== version.trim().replace(/^v/, ''))
    throw new Error(`helm-version must be an exact release such as v3.19.0, but it is "${version}".`);
  const reason = unsupportedReason(v);
  if (reason) throw new Error(`helm-version ${v.raw} cannot be used: ${reason}.`);
  return v.raw;
}

/**
 * The `.sha256sum` comes from the same server as the tarball, so it only proves the download is
 * intact; trusting the binary rests on TLS and the server. Hence https only — plain http is
 * allowed for loopback (a local stand-in in tests), where nothing crosses a network.
 */
export function checkDownloadUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`helm-download-url must be an https URL, but it is "${raw}".`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname)))
    throw new Error(
      `helm-download-url must be an https URL, but it is "${raw}": the .sha256sum comes from the same server, so over ${url.protocol.replace(/:$/, '')} anyone on the network path could replace both the tarball and its checksum.`,
    );
  return raw.replace(/\/+$/, '');
}

function releasePlatform(): string {
  const os = { linux: 'linux', darwin: 'darwin' }[process.platform as string];
  const arch = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' }[process.arch as string];
  if (!os || !arch) throw new Error(`No helm release for ${process.platform}/${process.arch}; put helm on PATH before this step.`);
  return `${os}-${arch}`;
}

async function download(version: string, platform: string, baseUrl: string): Promise<string> {
  const name = `helm-${version}-${platform}.tar.gz`;
  const url = `${baseUrl}/${name}`;
  core.info(`Downloading ${url}`);
  const fetchFile = (u: string): Promise<string> =>
    tc.downloadTool(u).catch((err: Error) => {
      throw new Error(`Could not download ${u}: ${err.message}. Check that helm ${version} exists and the runner can reach ${new URL(u).host}.`);
    });
  const [archive, sumFile] = await Promise.all([fetchFile(url), fetchFile(`${url}.sha256sum`)]);
  const expected = /^([0-9a-f]{64})\b/i.exec((await readFile(sumFile, 'utf8')).trim())?.[1]?.toLowerCase();
  if (!expected) throw new Error(`${url}.sha256sum does not hold a SHA-256 checksum; refusing to install an unverified helm.`);
  const actual = await sha256(archive);
  if (actual !== expected)
    throw new Error(
      `Checksum mismatch for ${url}: expected sha256 ${expected}, got ${actual}. The download is corrupt or was tampered with; not installing it.`,
    );
  const extracted = await tc.extractTar(archive);
  const cached = await tc.cacheDir(join(extracted, platform), 'helm', version.slice(1));
  core.info(`Installed helm ${version} (sha256 ${actual}) into the tool cache.`);
  return cached;
}

/** Runs the binary and insists it is the version it was installed as; then puts it on PATH for later steps. */
async function checkedClient(path: string, want: string): Promise<HelmClient> {
  const client = await HelmClient.at(path);
  if (client.version.raw !== want)
    throw new Error(`${path} reports helm ${client.version.raw}, not the requested ${want}; the tool cache entry is wrong — delete it and rerun.`);
  core.addPath(dirname(path));
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
