/**
 * helm-login against the test bed's real registry (htpasswd over TLS), end to end through the
 * bundle on both helm majors: login, a real `helm pull` with the exported per-job config, post's
 * logout, and failures. The runner's leak check fails any run that shows a masked value.
 */
import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoLeaks, LocalJob } from '../../src/runner/action-runner.js';
import { runBundled } from '../helpers/action.js';
import { HELM_MAJORS, helmOf } from '../helpers/helm.js';
import { startFakeRegistry, type FakeRegistry } from '../fakes/oci-registry.js';
import { startSilentServer } from '../fakes/silent-server.js';
import { bed, pullStandIn } from '../fakes/steps.js';
import { makePki } from '../fakes/tls.js';
import { node24, repoRoot } from '../helpers/paths.js';
import { helmRelease, NO_HELM_PATH, pathWithHelm } from './helm-majors.js';

const ws = () => mkdtemp(join(tmpdir(), 'chalk-ws-'));
const HELM_LOGIN = join(repoRoot, 'actions', 'helm-login');

describe.each(HELM_MAJORS)('helm-login on helm %i: generic registry (the test bed)', (major) => {
  const release = helmRelease(major);

  it('logs in with a private 0600 config, helm pull works with it, and post logs out and deletes it', async () => {
    const b = bed();
    let config = '';
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      env: { PATH: await pathWithHelm(major) },
      inputs: { registries: `oci://${b.registry}/charts`, username: b.user, password: b.password, 'ca-file': b.ca },
      // A later step of the job uses the login before post runs.
      beforePost: async (main) => {
        config = main.env.HELM_REGISTRY_CONFIG!;
        // Private: the file 0600 in a 0700 directory, holding only this login.
        expect(statSync(config).mode & 0o777).toBe(0o600);
        expect(statSync(join(config, '..')).mode & 0o777).toBe(0o700);
        expect(Object.keys((JSON.parse(await readFile(config, 'utf8')) as { auths: object }).auths)).toEqual([b.registry]);
        const pulled = await pullStandIn(config);
        expect(pulled.stdout + pulled.stderr).toContain('Pulled: ');
        expect(pulled.code).toBe(0);
      },
    });
    expect(run.main.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ registries: b.registry, 'registry-config': config, 'helm-version': release });
    // Private: a randomly named directory under RUNNER_TEMP, never ~/.config/helm.
    expect(config.startsWith(join(run.runnerTemp, 'helm-registry-'))).toBe(true);
    expect(run.main.masks).toContain(b.password);
    // The password travels on stdin: the (debug-logged) command line has no --password argument.
    expect(run.main.stdout).toContain(`helm registry login ${b.registry} --username ${b.user} --password-stdin --ca-file ${b.ca}`);
    expect(run.main.stdout).not.toMatch(/--password(?!-stdin)|-p /);
    expect(run.summary).toMatch(new RegExp(`\\| ${b.registry.replaceAll('.', '\\.')} \\| Generic \\| ${b.user} \\| logged in \\|`));
    expect(run.summary).toContain(`helm ${release} (path)`);

    expect(run.post!.exitCode).toBe(0);
    expect(run.post!.stdout).toContain(`Logged out of ${b.registry}.`);
    expect(existsSync(join(config, '..'))).toBe(false);
    const after = await pullStandIn(config);
    expect(after.code).not.toBe(0);
    expect(after.stderr).toMatch(/401|unauthorized|basic credential not found/i);
  });

  it('shares a config the workflow already chose: post logs out of it (the pull then fails) but leaves the file', async () => {
    const b = bed();
    const dir = await mkdtemp(join(tmpdir(), 'chalk-shared-'));
    const config = join(dir, 'config.json');
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      env: { HELM_REGISTRY_CONFIG: config, PATH: await pathWithHelm(major) },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['registry-config']).toBe(config);
    expect(run.post!.exitCode).toBe(0);
    expect(run.post!.stdout).toContain(`Logged out of ${b.registry}.`);
    expect(existsSync(config)).toBe(true);
    const pulled = await pullStandIn(config);
    expect(pulled.code).not.toBe(0);
    expect(pulled.stderr).toMatch(/401|unauthorized|basic credential not found/i);
  });

  it('skip-logout keeps the login (and the config holding it) after post', async () => {
    const b = bed();
    // The config left in RUNNER_TEMP holds the login, as skip-logout asks: the runner's scan of left files
    // cannot apply, so every other channel is checked here.
    const job = await LocalJob.create({ workspace: await ws(), node: node24(), env: { PATH: await pathWithHelm(major) }, failOnLeak: false });
    const run = await job.run(HELM_LOGIN, { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca, 'skip-logout': 'true' });
    await job.finish();
    assertNoLeaks(run);
    expect(run.exitCode).toBe(0);
    expect(run.post!.stdout).toContain('skip-logout');
    expect((await pullStandIn(run.outputs['registry-config']!)).code).toBe(0);
  });

  it('a wrong password fails naming the host, saying the credentials were rejected and what to do, and never shows the password', async () => {
    const b = bed();
    const wrong = `wrong-${Math.random().toString(36).slice(2)}-pw`;
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      env: { PATH: await pathWithHelm(major) },
      inputs: { registries: b.registry, username: b.user, password: wrong, 'ca-file': b.ca },
    });
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error')!.message;
    expect(error).toContain(`${b.registry}: the registry rejected the credentials for user "${b.user}". helm said: `);
    expect(error).toContain('Fix: Check that the token or password is current and belongs to this registry.');
    expect(run.summary).toContain('failed:');
    expect(run.outputs.registries).toBe('');
    // The password and the Basic header helm makes of it.
    expect(run.masks).toEqual(expect.arrayContaining([wrong, Buffer.from(`${b.user}:${wrong}`).toString('base64')]));
    // Nothing was logged in, so post has no host to log out of, but still removes the file.
    expect(run.post!.exitCode).toBe(0);
    expect(existsSync(run.outputs['registry-config']!)).toBe(false);
  });

  it('an untrusted TLS certificate without ca-file says to pass ca-file', async () => {
    const b = bed();
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      env: { PATH: await pathWithHelm(major) },
      inputs: { registries: b.registry, username: b.user, password: b.password },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toMatch(new RegExp(`${b.registry}: the registry's TLS certificate is not trusted\\. helm said: .*x509`));
    expect(run.annotations[0]!.message).toContain('Fix: Pass the CA that signed the registry certificate as ca-file.');
  });

  it('reports every registry when one of two fails, and still logs in to the other', async () => {
    const b = bed();
    const pki = await makePki();
    const other: FakeRegistry = await startFakeRegistry({ pki, username: b.user, password: 'the-other-password', scheme: 'basic' });
    try {
      const workspace = await ws();
      await writeFile(join(workspace, 'cas.pem'), (await readFile(b.ca, 'utf8')) + (await readFile(pki.caFile, 'utf8')));
      const run = await runBundled('helm-login', {
        workspace,
        post: false,
        env: { PATH: await pathWithHelm(major) },
        inputs: { registries: `${b.registry}\n${other.host}`, username: b.user, password: b.password, 'ca-file': 'cas.pem' },
      });
      expect(run.exitCode).toBe(1);
      const error = run.annotations.find((a) => a.level === 'error')!.message;
      expect(error).toContain('1 problem');
      expect(error).toContain(`${other.host}: the registry rejected the credentials`);
      expect(error).not.toContain(`${b.registry}:`);
      expect(run.outputs.registries).toBe(b.registry);
      expect(run.summary).toContain('1 of 2 failed');
      expect(run.summary).toMatch(new RegExp(`\\| ${b.registry.replaceAll('.', '\\.')} \\| Generic \\| ${b.user} \\| logged in \\|`));
      expect(run.summary).toContain(`| ${other.host} | Generic | ${b.user} | failed: the registry rejected`);
      expect(other.presented).toContainEqual({ username: b.user, password: b.password });
      expect((await pullStandIn(run.main.env.HELM_REGISTRY_CONFIG!)).code).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('verify-chart lists the chart versions over the registry API and resolves the latest through helm', async () => {
    const b = bed();
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      env: { PATH: await pathWithHelm(major) },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca, 'verify-chart': `${b.chartsOci}/chalk-metadata-plane` },
    });
    expect(run.exitCode).toBe(0);
    const expected = b.chartVersions['chalk-metadata-plane']!;
    expect(JSON.parse(run.outputs['chart-versions']!)).toEqual(expected);
    expect(run.summary).toContain(`Resolved \`${expected.at(-1)}\``);
    expect(run.summary).toMatch(/at `sha256:[0-9a-f]{64}`/);
  });

  it('verify-chart on a chart that does not exist fails and says so', async () => {
    const b = bed();
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      env: { PATH: await pathWithHelm(major) },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca, 'verify-chart': `${b.chartsOci}/no-such-chart` },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.registries).toBe(b.registry);
    expect(run.annotations[0]!.message).toContain('the chart repository charts/no-such-chart does not exist or is not visible to this identity');
    expect(run.annotations[0]!.message).toContain('Fix: Check the chart path and version');
  });

  it('post deletes the config it created even when the helm main used is gone, and warns that logout failed', async () => {
    const b = bed();
    // A copy of helm that only main sees: a later step (or a cache cleanup) removes it before post.
    const bin = await mkdtemp(join(tmpdir(), 'chalk-bin-'));
    await copyFile(helmOf(major), join(bin, 'helm'));
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      env: { PATH: `${bin}:${NO_HELM_PATH}` },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca },
      beforePost: async (main) => {
        expect(main.state['helm-path']).toBe(join(bin, 'helm'));
        await rm(bin, { recursive: true });
      },
    });
    expect(run.exitCode).toBe(0);
    const config = run.outputs['registry-config']!;
    expect(run.post!.exitCode).toBe(0);
    expect(run.post!.annotations).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(
          new RegExp(
            `^helm registry logout failed: Cannot run helm at ${bin}/helm: .*\\. The logins were removed anyway with ${config.replaceAll('.', '\\.')}\\.$`,
          ),
        ) as string,
      },
    ]);
    expect(run.post!.stdout).toContain(`Deleted ${config}.`);
    expect(existsSync(join(config, '..'))).toBe(false);
  });

  it('a registry that accepts the connection and never answers fails the login within timeout, naming the host, and helm is stopped', async () => {
    const b = bed();
    const pki = await makePki();
    const silent = await startSilentServer(pki);
    try {
      const started = Date.now();
      const run = await runBundled('helm-login', {
        workspace: await ws(),
        env: { PATH: await pathWithHelm(major) },
        inputs: { registries: silent.host, username: b.user, password: b.password, 'ca-file': pki.caFile, timeout: '3s' },
      });
      const seconds = (Date.now() - started) / 1000;
      expect(run.exitCode).toBe(1);
      // 3 s for the login, up to 3 s more for helm to stop, 3 s for the direct probe, plus node start-up for main and post.
      expect(seconds).toBeLessThan(15);
      expect(silent.requests.length).toBeGreaterThan(0);
      const error = run.annotations.find((a) => a.level === 'error')!.message;
      expect(error).toContain(`${silent.host}: the registry did not answer in 3 s; helm registry login was stopped.`);
      expect(run.summary).toContain(`| ${silent.host} | Generic | ${b.user} | failed: the registry did not answer in 3 s`);
      // helm was killed, so its connection closed: nothing is left waiting on the silent registry.
      await expect.poll(() => silent.openConnections(), { timeout: 5000 }).toBe(0);
      expect(run.post!.exitCode).toBe(0);
      expect(existsSync(run.outputs['registry-config']!)).toBe(false);
    } finally {
      await silent.close();
    }
  });
});

describe('helm-login inputs', () => {
  it.each([
    ['soon', 'Input timeout must be a duration such as 300, 90s, 5m or 1h, but it is "soon".'],
    ['500ms', 'Input timeout must be at least 1s, but it is "500ms".'],
  ])('rejects timeout %j', async (timeout, message) => {
    const b = bed();
    const run = await runBundled('helm-login', { workspace: await ws(), inputs: { registries: b.registry, timeout } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toBe(message);
  });
});
