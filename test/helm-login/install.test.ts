/**
 * Getting helm: with no suitable helm on PATH, helm-login downloads the release tarball from a
 * local stand-in for get.helm.sh (built from the test bed's helm binary), verifies its .sha256sum,
 * installs it into the tool cache and logs in with it; a second job reuses the cache.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBundled } from './helpers/action.js';
import { startHelmDownloads, type FakeHelmDownloads } from './fakes/helm-downloads.js';
import { bed, pullStandIn } from './fakes/steps.js';

const VERSION = 'v3.19.0';
const PLATFORM = 'linux-amd64';
const TARBALL = `/helm-${VERSION}-${PLATFORM}.tar.gz`;
// No helm on this PATH: only the system tools (tar, which the tool cache extracts with).
const NO_HELM_PATH = '/usr/bin:/bin';

let downloads: FakeHelmDownloads | undefined;
afterEach(async () => {
  await downloads?.close();
  downloads = undefined;
});

const tmp = (prefix: string) => mkdtemp(join(tmpdir(), prefix));

describe('helm-login: installing helm', () => {
  it('downloads, verifies and caches helm when PATH has none, then a second job reuses the cache', async () => {
    const b = bed();
    expect(existsSync('/usr/bin/helm') || existsSync('/bin/helm')).toBe(false);
    downloads = await startHelmDownloads({ helmBinary: b.helm, version: VERSION, platform: PLATFORM });
    const toolCache = await tmp('chalk-toolcache-');
    const login = { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca, 'helm-download-url': downloads.url };
    const env = { PATH: NO_HELM_PATH, RUNNER_TOOL_CACHE: toolCache };

    const first = await runBundled('helm-login', { workspace: await tmp('chalk-ws-'), post: false, env, inputs: login });
    expect(first.main.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(downloads.requests.sort()).toEqual([TARBALL, `${TARBALL}.sha256sum`]);
    const cached = join(toolCache, 'helm', VERSION.slice(1), 'x64');
    expect(existsSync(join(cached, 'helm'))).toBe(true);
    expect(first.main.path).toEqual([cached]);
    expect(first.main.stdout).toContain(`Installed helm ${VERSION} (sha256 ${downloads.sha256}) into the tool cache.`);
    expect(first.outputs['helm-version']).toBe(VERSION);
    expect(first.summary).toContain(`helm ${VERSION} (download)`);
    expect((await pullStandIn(first.main.env.HELM_REGISTRY_CONFIG!)).code).toBe(0);

    const second = await runBundled('helm-login', { workspace: await tmp('chalk-ws-'), env, inputs: login });
    expect(second.exitCode).toBe(0);
    expect(downloads.requests).toHaveLength(2);
    expect(second.summary).toContain(`helm ${VERSION} (tool-cache)`);
    expect(second.post!.exitCode).toBe(0);
    expect(second.post!.stdout).toContain(`Logged out of ${b.registry}.`);
  });

  it('installs an explicitly requested helm-version even when PATH has another helm', async () => {
    const b = bed();
    const bin = await tmp('chalk-bin-');
    await symlink(b.helm4, join(bin, 'helm'));
    downloads = await startHelmDownloads({ helmBinary: b.helm, version: VERSION, platform: PLATFORM });
    const run = await runBundled('helm-login', {
      workspace: await tmp('chalk-ws-'),
      env: { PATH: `${bin}:${NO_HELM_PATH}`, RUNNER_TOOL_CACHE: await tmp('chalk-toolcache-') },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca, 'helm-version': VERSION, 'helm-download-url': downloads.url },
    });
    expect(run.exitCode).toBe(0);
    expect(run.main.stdout).toMatch(
      new RegExp(`Not using helm v4\\.\\d+\\.\\d+ at ${bin}/helm: helm-version ${VERSION} was requested; installing ${VERSION}\\.`),
    );
    expect(run.outputs['helm-version']).toBe(VERSION);
    expect(downloads.requests).toContain(TARBALL);
  });

  it('replaces a PATH helm older than the supported range with the default version', async () => {
    const b = bed();
    const bin = await tmp('chalk-bin-');
    // A runner image's old helm: only `helm version` is asked of it before it is passed over.
    await writeFile(join(bin, 'helm'), '#!/bin/sh\necho v3.12.3\n', { mode: 0o755 });
    downloads = await startHelmDownloads({ helmBinary: b.helm, version: VERSION, platform: PLATFORM });
    const run = await runBundled('helm-login', {
      workspace: await tmp('chalk-ws-'),
      env: { PATH: `${bin}:${NO_HELM_PATH}`, RUNNER_TOOL_CACHE: await tmp('chalk-toolcache-') },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca, 'helm-download-url': downloads.url },
    });
    expect(run.exitCode).toBe(0);
    expect(run.main.stdout).toContain(`Not using helm v3.12.3 at ${bin}/helm: helm v3.12.3 is older than the minimum v3.18.0; installing ${VERSION}.`);
    expect(run.outputs['helm-version']).toBe(VERSION);
  });

  it('passes over a PATH helm that cannot run, with a warning, and installs the default version', async () => {
    const b = bed();
    const bin = await tmp('chalk-bin-');
    await writeFile(join(bin, 'helm'), '#!/bin/sh\necho "helm: cannot execute binary file" >&2\nexit 126\n', { mode: 0o755 });
    downloads = await startHelmDownloads({ helmBinary: b.helm, version: VERSION, platform: PLATFORM });
    const run = await runBundled('helm-login', {
      workspace: await tmp('chalk-ws-'),
      env: { PATH: `${bin}:${NO_HELM_PATH}`, RUNNER_TOOL_CACHE: await tmp('chalk-toolcache-') },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca, 'helm-download-url': downloads.url },
    });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toEqual([
      {
        level: 'warning',
        message: `Not using the helm on PATH: ${bin}/helm did not report a helm version (exit 126): helm: cannot execute binary file; installing ${VERSION}.`,
      },
    ]);
    expect(run.outputs['helm-version']).toBe(VERSION);
  });

  it('refuses a tarball whose checksum does not match, and caches nothing', async () => {
    const b = bed();
    downloads = await startHelmDownloads({ helmBinary: b.helm, version: VERSION, platform: PLATFORM, corruptChecksum: true });
    const toolCache = await tmp('chalk-toolcache-');
    const run = await runBundled('helm-login', {
      workspace: await tmp('chalk-ws-'),
      env: { PATH: NO_HELM_PATH, RUNNER_TOOL_CACHE: toolCache },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'helm-download-url': downloads.url },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toContain(`Checksum mismatch for ${downloads.url}${TARBALL}: expected sha256`);
    expect(run.annotations[0]!.message).toContain(`got ${downloads.sha256}`);
    expect(existsSync(join(toolCache, 'helm'))).toBe(false);
  });

  it('fails on a helm version that cannot be downloaded, naming the URL, and never falls back to another helm', async () => {
    const b = bed();
    downloads = await startHelmDownloads({ helmBinary: b.helm, version: VERSION, platform: PLATFORM });
    const run = await runBundled('helm-login', {
      workspace: await tmp('chalk-ws-'),
      env: { RUNNER_TOOL_CACHE: await tmp('chalk-toolcache-') },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'helm-version': 'v3.18.9', 'helm-download-url': downloads.url },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toContain(`Could not download ${downloads.url}/helm-v3.18.9-${PLATFORM}.tar.gz`);
    expect(run.outputs['helm-version']).toBeUndefined();
  });

  it('rejects a helm-version that is not an exact supported release', async () => {
    const b = bed();
    for (const [version, message] of [
      ['3.x', 'helm-version must be an exact release such as v3.19.0, but it is "3.x"'],
      ['v2.17.0', 'helm-version v2.17.0 cannot be used: helm v2.17.0 is not a supported major'],
    ]) {
      const run = await runBundled('helm-login', { workspace: await tmp('chalk-ws-'), inputs: { registries: b.registry, 'helm-version': version! } });
      expect(run.exitCode).toBe(1);
      expect(run.annotations[0]!.message).toContain(message);
    }
  });

  it('refuses a plain-http helm-download-url off loopback before downloading anything (0.0.0.0 reaches this machine, but is not named as loopback)', async () => {
    const b = bed();
    downloads = await startHelmDownloads({ helmBinary: b.helm, version: VERSION, platform: PLATFORM });
    const toolCache = await tmp('chalk-toolcache-');
    const url = downloads.url.replace('127.0.0.1', '0.0.0.0');
    const run = await runBundled('helm-login', {
      workspace: await tmp('chalk-ws-'),
      env: { PATH: NO_HELM_PATH, RUNNER_TOOL_CACHE: toolCache },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca, 'helm-download-url': url },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toBe(
      `helm-download-url must be an https URL, but it is "${url}": the .sha256sum comes from the same server, so over http anyone on the network path could replace both the tarball and its checksum.`,
    );
    expect(downloads.requests).toEqual([]);
    expect(existsSync(join(toolCache, 'helm'))).toBe(false);
  });
});
