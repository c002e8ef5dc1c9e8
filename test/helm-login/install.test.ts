/**
 * Getting helm: with no suitable helm on PATH, helm-login downloads the release tarball from a
 * local stand-in for get.helm.sh (built from the test bed's helm of each major), verifies its
 * .sha256sum, installs it into the tool cache and logs in with it; a second job reuses the cache.
 * Helm 4 is the default; Helm 3 is installed when helm-version asks for it.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_HELM_VERSION } from '../../src/helm/install.js';
import { runBundled } from '../helpers/action.js';
import { HELM_MAJORS, helmOf } from '../helpers/helm.js';
import { startHelmDownloads, type FakeHelmDownloads } from '../fakes/helm-downloads.js';
import { startHostileServer, silence, status } from '../fakes/hostile-server.js';
import { bed, pullStandIn } from '../fakes/steps.js';
import { helmRelease, NO_HELM_PATH } from './helm-majors.js';

const PLATFORM = 'linux-amd64';
const tarball = (version: string) => `/helm-${version}-${PLATFORM}.tar.gz`;

let downloads: FakeHelmDownloads | undefined;
afterEach(async () => {
  await downloads?.close();
  downloads = undefined;
});

const tmp = (prefix: string) => mkdtemp(join(tmpdir(), prefix));

describe.each(HELM_MAJORS)('helm-login: installing helm %i', (major) => {
  const version = helmRelease(major);
  // Helm 4 is what an empty helm-version installs; Helm 3 has to be asked for.
  const requested: Record<string, string> = major === 4 ? {} : { 'helm-version': version };

  it('downloads, verifies and caches helm when PATH has none, then a second job reuses the cache', async () => {
    const b = bed();
    expect(existsSync('/usr/bin/helm') || existsSync('/bin/helm')).toBe(false);
    downloads = await startHelmDownloads({ helmBinary: helmOf(major), version, platform: PLATFORM });
    const toolCache = await tmp('chalk-toolcache-');
    const login = { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca, 'helm-download-url': downloads.url, ...requested };
    const env = { PATH: NO_HELM_PATH, RUNNER_TOOL_CACHE: toolCache };

    const first = await runBundled('helm-login', { workspace: await tmp('chalk-ws-'), post: false, env, inputs: login });
    expect(first.main.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(downloads.requests.sort()).toEqual([tarball(version), `${tarball(version)}.sha256sum`]);
    const cached = join(toolCache, 'helm', version.slice(1), 'x64');
    expect(existsSync(join(cached, 'helm'))).toBe(true);
    expect(first.main.path).toEqual([cached]);
    expect(first.main.stdout).toContain(`Installed helm ${version} (sha256 ${downloads.sha256}) into the tool cache.`);
    expect(first.outputs['helm-version']).toBe(version);
    expect(first.summary).toContain(`helm ${version} (download)`);
    expect((await pullStandIn(first.main.env.HELM_REGISTRY_CONFIG!)).code).toBe(0);

    const second = await runBundled('helm-login', { workspace: await tmp('chalk-ws-'), env, inputs: login });
    expect(second.exitCode).toBe(0);
    expect(downloads.requests).toHaveLength(2);
    expect(second.summary).toContain(`helm ${version} (tool-cache)`);
    expect(second.post!.exitCode).toBe(0);
    expect(second.post!.stdout).toContain(`Logged out of ${b.registry}.`);
  });

  it('installs an explicitly requested helm-version even when PATH has the other major', async () => {
    const b = bed();
    const bin = await tmp('chalk-bin-');
    const other = major === 4 ? 3 : 4;
    await symlink(helmOf(other), join(bin, 'helm'));
    downloads = await startHelmDownloads({ helmBinary: helmOf(major), version, platform: PLATFORM });
    const run = await runBundled('helm-login', {
      workspace: await tmp('chalk-ws-'),
      env: { PATH: `${bin}:${NO_HELM_PATH}`, RUNNER_TOOL_CACHE: await tmp('chalk-toolcache-') },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca, 'helm-version': version, 'helm-download-url': downloads.url },
    });
    expect(run.exitCode).toBe(0);
    expect(run.main.stdout).toContain(`Not using helm ${helmRelease(other)} at ${bin}/helm: helm-version ${version} was requested; installing ${version}.`);
    expect(run.outputs['helm-version']).toBe(version);
    expect(downloads.requests).toContain(tarball(version));
  });
});

describe('helm-login: installing the default helm', () => {
  const version = helmRelease(4);

  it('the default is the Helm 4 release the bed pins', () => {
    expect(DEFAULT_HELM_VERSION).toBe(version);
  });

  it('replaces a PATH helm older than the supported range with the default version', async () => {
    const b = bed();
    const bin = await tmp('chalk-bin-');
    // A runner image's old helm: only `helm version` is asked of it before it is passed over.
    await writeFile(join(bin, 'helm'), '#!/bin/sh\necho v3.12.3\n', { mode: 0o755 });
    downloads = await startHelmDownloads({ helmBinary: helmOf(4), version, platform: PLATFORM });
    const run = await runBundled('helm-login', {
      workspace: await tmp('chalk-ws-'),
      env: { PATH: `${bin}:${NO_HELM_PATH}`, RUNNER_TOOL_CACHE: await tmp('chalk-toolcache-') },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca, 'helm-download-url': downloads.url },
    });
    expect(run.exitCode).toBe(0);
    expect(run.main.stdout).toContain(`Not using helm v3.12.3 at ${bin}/helm: helm v3.12.3 is older than the minimum v3.18.0; installing ${version}.`);
    expect(run.outputs['helm-version']).toBe(version);
  });

  it('passes over a PATH helm that cannot run, with a warning, and installs the default version', async () => {
    const b = bed();
    const bin = await tmp('chalk-bin-');
    await writeFile(join(bin, 'helm'), '#!/bin/sh\necho "helm: cannot execute binary file" >&2\nexit 126\n', { mode: 0o755 });
    downloads = await startHelmDownloads({ helmBinary: helmOf(4), version, platform: PLATFORM });
    const run = await runBundled('helm-login', {
      workspace: await tmp('chalk-ws-'),
      env: { PATH: `${bin}:${NO_HELM_PATH}`, RUNNER_TOOL_CACHE: await tmp('chalk-toolcache-') },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca, 'helm-download-url': downloads.url },
    });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toEqual([
      {
        level: 'warning',
        message: `Not using the helm on PATH: ${bin}/helm did not report a helm version (exit 126): helm: cannot execute binary file; installing ${version}.`,
      },
    ]);
    expect(run.outputs['helm-version']).toBe(version);
  });

  it('refuses a tarball whose checksum does not match, and caches nothing', async () => {
    const b = bed();
    downloads = await startHelmDownloads({ helmBinary: helmOf(4), version, platform: PLATFORM, corruptChecksum: true });
    const toolCache = await tmp('chalk-toolcache-');
    const run = await runBundled('helm-login', {
      workspace: await tmp('chalk-ws-'),
      env: { PATH: NO_HELM_PATH, RUNNER_TOOL_CACHE: toolCache },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'helm-download-url': downloads.url },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toContain(`Checksum mismatch for ${downloads.url}${tarball(version)}: expected sha256`);
    expect(run.annotations[0]!.message).toContain(`got ${downloads.sha256}`);
    expect(existsSync(join(toolCache, 'helm'))).toBe(false);
  });

  it('fails on a helm version that cannot be downloaded, naming the URL, and never falls back to another helm', async () => {
    const b = bed();
    downloads = await startHelmDownloads({ helmBinary: helmOf(4), version, platform: PLATFORM });
    const run = await runBundled('helm-login', {
      workspace: await tmp('chalk-ws-'),
      env: { PATH: NO_HELM_PATH, RUNNER_TOOL_CACHE: await tmp('chalk-toolcache-') },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'helm-version': 'v3.18.9', 'helm-download-url': downloads.url },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toBe(
      `Could not download ${downloads.url}/helm-v3.18.9-${PLATFORM}.tar.gz: HTTP 404. Fix: Check that helm v3.18.9 exists there and that the runner can reach ${new URL(downloads.url).host}.`,
    );
    expect(run.outputs['helm-version']).toBeUndefined();
  });

  it('rejects a helm-version that is not an exact supported release', async () => {
    const b = bed();
    for (const [input, message] of [
      ['3.x', `helm-version must be an exact release such as ${version}, but it is "3.x".`],
      ['v2.17.0', 'helm-version v2.17.0 cannot be used: helm v2.17.0 is not a supported major'],
      ['v5.0.0', 'helm-version v5.0.0 cannot be used: helm v5.0.0 is not a supported major'],
    ]) {
      const run = await runBundled('helm-login', { workspace: await tmp('chalk-ws-'), inputs: { registries: b.registry, 'helm-version': input! } });
      expect(run.exitCode).toBe(1);
      expect(run.annotations[0]!.message).toContain(message);
    }
  });

  it('refuses a plain-http helm-download-url off loopback before downloading anything (0.0.0.0 reaches this machine, but is not named as loopback)', async () => {
    const b = bed();
    downloads = await startHelmDownloads({ helmBinary: helmOf(4), version, platform: PLATFORM });
    const toolCache = await tmp('chalk-toolcache-');
    const url = downloads.url.replace('127.0.0.1', '0.0.0.0');
    const run = await runBundled('helm-login', {
      workspace: await tmp('chalk-ws-'),
      env: { PATH: NO_HELM_PATH, RUNNER_TOOL_CACHE: toolCache },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca, 'helm-download-url': url },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toBe(
      `helm-download-url must be an https URL, but it is "${url}/": the .sha256sum comes from the same server, so over http anyone on the network path could replace both the tarball and its checksum. Fix: Use an https mirror of https://get.helm.sh, or leave helm-download-url empty.`,
    );
    expect(downloads.requests).toEqual([]);
    expect(existsSync(join(toolCache, 'helm'))).toBe(false);
  });

  it('a helm-download-url carrying a workflow command logs it on one line: no command is injected (issue 9 #6)', async () => {
    const b = bed();
    const mirror = await startHostileServer({ behaviours: [status(404)] });
    try {
      const run = await runBundled('helm-login', {
        workspace: await tmp('chalk-ws-'),
        env: { PATH: NO_HELM_PATH, RUNNER_TOOL_CACHE: await tmp('chalk-toolcache-') },
        inputs: {
          registries: b.registry,
          username: b.user,
          password: b.password,
          'helm-download-url': `${mirror.origin}/x\n::error file=README.md,line=1::INJECTED-URL\r\n::add-mask::${b.user}`,
        },
      });
      expect(run.exitCode).toBe(1);
      expect(run.annotations).toHaveLength(1);
      expect(run.annotations[0]!.message).toMatch(
        /^Could not download http:\/\/127\.0\.0\.1:\d+\/x::error%20file=README\.md,line=1::INJECTED-URL.*: HTTP 404\./,
      );
      expect(run.main.stdout).toMatch(/^Downloading http:\/\/127\.0\.0\.1:\d+\/x::error%20file=README\.md/m);
      expect(run.main.stdout.split('\n').filter((l) => l.startsWith('::error file=README.md') || l.startsWith(`::add-mask::${b.user}`))).toEqual([]);
      expect(run.masks).not.toContain(b.user);
    } finally {
      await mirror.close();
    }
  });

  it.each([
    ['a mirror that never answers', silence()],
    ['a mirror that keeps failing with HTTP 503', status(503)],
  ])('the download and its retries end within timeout: %s (issue 9 #6)', async (_name, behaviour) => {
    const b = bed();
    const mirror = await startHostileServer({ behaviours: [behaviour] });
    try {
      const started = Date.now();
      const run = await runBundled('helm-login', {
        workspace: await tmp('chalk-ws-'),
        env: { PATH: NO_HELM_PATH, RUNNER_TOOL_CACHE: await tmp('chalk-toolcache-') },
        inputs: { registries: b.registry, username: b.user, password: b.password, 'helm-download-url': mirror.origin, timeout: '2s' },
      });
      const elapsed = Date.now() - started;
      expect(run.exitCode).toBe(1);
      expect(run.annotations[0]!.message).toMatch(/^Could not download http:\/\/127\.0\.0\.1:\d+\/helm-v[\d.]+-linux-amd64\.tar\.gz/);
      // Two seconds for the download (tool-cache's own retries took about 70 s whatever timeout said), plus node start-up for main and post.
      expect(elapsed).toBeLessThan(8000);
    } finally {
      await mirror.close();
    }
  });
});
