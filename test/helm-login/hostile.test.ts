/**
 * helm-login against hostile registries and inputs (issue 9), through the bundle on both helm
 * majors: endless tag pagination, credentials echoed back, huge bodies, 500s, a bad ca-file,
 * credentials and bad ports in `registries`, and skip-logout across steps sharing one config.
 * Each case says what happened before the fix. The runner's leak check fails any run that shows a
 * masked value; the canaries below also assert the derived credential was masked.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertNoLeaks, LocalJob, type ActionRun } from '../../src/runner/action-runner.js';
import { runBundled } from '../helpers/action.js';
import { HELM_MAJORS } from '../helpers/helm.js';
import { node24, repoRoot } from '../helpers/paths.js';
import { endlessTags, registryLogin, TAGS, type RegistryLogin } from '../fakes/hostile-registry.js';
import { echoAuthorization, hugeBody, on, slow, startHostileServer, status, type Behaviour, type HostileServer } from '../fakes/hostile-server.js';
import { bed, pullStandIn } from '../fakes/steps.js';
import { makePki, type TestPki } from '../fakes/tls.js';
import { pathWithHelm } from './helm-majors.js';

const HELM_LOGIN = join(repoRoot, 'actions', 'helm-login');
const USER = 'canary-user';
const PASSWORD = 'canary-PW-7731';
const ws = () => mkdtemp(join(tmpdir(), 'chalk-ws-'));
const errorOf = (run: ActionRun) => run.annotations.find((a) => a.level === 'error')?.message ?? '';

let pki: TestPki;
let server: HostileServer | undefined;
beforeAll(async () => {
  pki = await makePki();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe.each(HELM_MAJORS)('helm-login on helm %i against hostile registries', (major) => {
  /** A registry helm can log in to (Basic, or the Bearer token dance), whose tag list behaves as `tags` says. */
  async function registry(
    tags: (login: RegistryLogin) => Behaviour[],
    scheme: 'basic' | 'bearer' = 'basic',
  ): Promise<{ server: HostileServer; token: string }> {
    const login = registryLogin({ scheme, username: USER, password: PASSWORD });
    server = await startHostileServer({ pki, behaviours: [login.endpoints, ...tags(login)] });
    return { server, token: login.token };
  }

  async function verify(host: string, extra: Record<string, string> = {}): Promise<ActionRun> {
    return runBundled('helm-login', {
      workspace: await ws(),
      env: { PATH: await pathWithHelm(major) },
      inputs: { registries: host, username: USER, password: PASSWORD, 'ca-file': pki.caFile, 'verify-chart': `oci://${host}/charts/chalk`, ...extra },
    });
  }

  it('endless tag pagination stops at the page cap (before: 314,971 requests in 150 s, never ending) (#2)', async () => {
    const { server } = await registry(() => [on(TAGS, endlessTags())]);
    const started = Date.now();
    const run = await verify(server.host);
    expect(run.exitCode).toBe(1);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(server.requests.filter((r) => TAGS.test(r.url.split('?')[0]!))).toHaveLength(100);
    expect(errorOf(run)).toContain(`verify-chart: ${server.host}: the tag list did not end after 100 pages.`);
    // The login itself worked, and is reported as such.
    expect(run.outputs.registries).toBe(server.host);
    expect(run.summary).toContain('#### Chart check failed');
  });

  it('slow pages end at one deadline over the whole chart check, not one per request (#2)', async () => {
    const { server } = await registry(() => [on(TAGS, slow(400, endlessTags()))]);
    const started = Date.now();
    const run = await verify(server.host, { timeout: '3s' });
    const elapsed = Date.now() - started;
    expect(run.exitCode).toBe(1);
    expect(errorOf(run)).toMatch(/the chart check did not finish in 3 s; stopped after \d+ pages of tags/);
    // Login (fast) + 3 s of pages + node start-up for main and post: never 100 pages × 400 ms.
    expect(elapsed).toBeLessThan(12_000);
  });

  it('a Bearer token the registry echoes back is masked the moment it is issued (before: printed) (#4)', async () => {
    const { server, token } = await registry((login) => [on(TAGS, login.challenge), on(TAGS, echoAuthorization(401))], 'bearer');
    const run = await verify(server.host);
    expect(run.exitCode).toBe(1);
    expect(server.requests.some((r) => r.authorization === `Bearer ${token}`)).toBe(true);
    expect(run.masks).toContain(token);
    // Still reported: the registry's answer, with the token masked.
    expect(errorOf(run)).toContain('tags/list answered HTTP 401: the registry rejected the credentials (');
    expect(errorOf(run)).toContain('"message":"bad auth header Bearer ***"');
    expect(run.summary).toContain('bad auth header Bearer ***');
  });

  it('the Basic header helm sends, echoed back by a registry that rejects it, is masked (before: printed) (#4)', async () => {
    server = await startHostileServer({ pki, behaviours: [echoAuthorization(401, 'Basic realm="hostile"')] });
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      env: { PATH: await pathWithHelm(major) },
      inputs: { registries: server.host, username: USER, password: PASSWORD, 'ca-file': pki.caFile },
    });
    const basic = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
    expect(run.exitCode).toBe(1);
    expect(server.requests.some((r) => r.authorization === `Basic ${basic}`)).toBe(true);
    expect(run.masks).toContain(basic);
    expect(errorOf(run)).toContain(`${server.host}: the registry rejected the credentials for user "${USER}". helm said: `);
    expect(errorOf(run)).toContain('bad auth header Basic ***');
  });

  it.each([
    ['streamed without a length', false],
    ['announced in Content-Length', true],
  ])(
    'a 600 MiB tag list (%s) fails the chart check at 4 MiB; summary and outputs are still written (before: crash, no report) (#5)',
    async (_how, declareLength) => {
      const { server } = await registry(() => [on(TAGS, hugeBody(600 << 20, { declareLength }))]);
      const started = Date.now();
      const run = await verify(server.host);
      expect(run.exitCode).toBe(1);
      expect(run.main.stderr).toBe('');
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(errorOf(run)).toContain(`verify-chart: ${server.host}: the registry sent more than 4 MiB; reading stopped there`);
      expect(server.bytesSent()).toBeLessThan(64 << 20);
      expect(run.outputs).toMatchObject({ registries: server.host, 'registry-config': expect.any(String) as string });
      expect(run.summary).toContain('#### Chart check failed');
    },
  );

  it('a huge error body is cut, and the status is reported (#5, and a 500 is not "did not answer")', async () => {
    const { server } = await registry(() => [on(TAGS, hugeBody(600 << 20, { code: 500, contentType: 'text/plain' }))]);
    const run = await verify(server.host);
    expect(run.exitCode).toBe(1);
    expect(errorOf(run)).toMatch(/tags\/list answered HTTP 500: the registry failed with a server error \(HTTP 500\) \(a{100,}…\)/);
    expect(errorOf(run).length).toBeLessThan(2000);
    expect(server.bytesSent()).toBeLessThan(64 << 20);
  });

  it('a registry answering 500 to the login is reported with its status, though helm retried it until the timeout (before: "did not answer")', async () => {
    server = await startHostileServer({ pki, behaviours: [status(500, 'registry storage unavailable')] });
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      env: { PATH: await pathWithHelm(major) },
      inputs: { registries: server.host, username: USER, password: PASSWORD, 'ca-file': pki.caFile, timeout: '3s' },
    });
    expect(run.exitCode).toBe(1);
    expect(errorOf(run)).toContain(
      `${server.host}: the registry failed with a server error (HTTP 500): GET /v2/ answered HTTP 500 ({"errors":[{"code":"UNKNOWN","message":"registry storage unavailable"}]}); helm registry login kept retrying and was stopped after 3 s.`,
    );
    expect(errorOf(run)).toContain('Fix: The registry itself is failing');
  });

  it.each([
    ['missing', 'nope.pem', 'does not exist.'],
    ['a directory', 'certs', 'is not a file.'],
    ['not PEM', 'README.md', 'holds no PEM certificate (-----BEGIN CERTIFICATE-----), so helm cannot use it.'],
    ['a broken PEM block', 'broken.pem', 'certificate 1 of 1 does not parse'],
  ])('a ca-file that is %s is reported before helm runs, never as helm panic lines (before: helm.go:91 +0x205) (#9)', async (_what, file, problem) => {
    const b = bed();
    const workspace = await ws();
    await mkdir(join(workspace, 'certs'));
    await writeFile(join(workspace, 'README.md'), '# not a certificate\n');
    await writeFile(join(workspace, 'broken.pem'), '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n');
    const run = await runBundled('helm-login', {
      workspace,
      env: { PATH: await pathWithHelm(major) },
      inputs: { registries: b.registry, username: b.user, password: b.password, 'ca-file': file },
    });
    expect(run.exitCode).toBe(1);
    expect(errorOf(run)).toContain(`ca-file ${join(workspace, file)}`);
    expect(errorOf(run)).toContain(problem);
    expect(errorOf(run)).toContain('Fix: Set ca-file to a PEM file (-----BEGIN CERTIFICATE-----)');
    expect(run.main.stdout).not.toMatch(/goroutine|\+0x[0-9a-f]+|helm registry login/);
  });
});

describe('helm-login: hostile registries input', () => {
  it('refuses credentials in a registry host without repeating them (before: echoed user:pw@)', async () => {
    const b = bed();
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      inputs: { registries: `oci://deploy:${PASSWORD}@${b.registry}/charts`, username: b.user, password: b.password },
    });
    expect(run.exitCode).toBe(1);
    expect(errorOf(run)).toBe(
      `Input registries: "oci://***@${b.registry}/charts" holds credentials before the host: pass them as the inputs username and password (from secrets), never in registries.`,
    );
    for (const text of [run.main.stdout, run.main.stderr, run.summary, JSON.stringify(run.outputs)]) expect(text).not.toContain(PASSWORD);
  });

  it('refuses a port outside 1-65535 (before: accepted port 99999)', async () => {
    const run = await runBundled('helm-login', { workspace: await ws(), inputs: { registries: '127.0.0.1:99999', username: USER, password: PASSWORD } });
    expect(run.exitCode).toBe(1);
    expect(errorOf(run)).toBe('Input registries: "127.0.0.1:99999" has port 99999: a port is 1-65535.');
  });
});

describe.each(HELM_MAJORS)('helm-login on helm %i: skip-logout across steps sharing one registry config', (major) => {
  /** Two helm-login steps in one job (the second shares the first's config); the configs holding kept logins stay in RUNNER_TEMP, so each run is leak-checked here without the file scan. */
  async function twoSteps(first: Record<string, string>, second: Record<string, string>): Promise<[ActionRun, ActionRun]> {
    const job = await LocalJob.create({ workspace: await ws(), node: node24(), env: { PATH: await pathWithHelm(major) }, failOnLeak: false });
    const one = await job.run(HELM_LOGIN, first);
    const two = await job.run(HELM_LOGIN, second);
    await job.finish();
    for (const run of [one, two]) assertNoLeaks({ ...run, masks: [...one.masks, ...two.masks] });
    return [one, two];
  }

  it("a later step's skip-logout survives the first step's post, which then leaves the shared config in place (before: deleted)", async () => {
    const b = bed();
    // The bed's certificate also names localhost: a second host key for the same registry.
    const other = b.registry.replace('127.0.0.1', 'localhost');
    const login = { username: b.user, password: b.password, 'ca-file': b.ca };
    const [one, two] = await twoSteps({ ...login, registries: b.registry }, { ...login, registries: other, 'skip-logout': 'true' });
    const config = one.outputs['registry-config']!;
    expect(two.outputs['registry-config']).toBe(config);
    expect(one.post!.stdout).toContain(`Logged out of ${b.registry}.`);
    expect(one.post!.stdout).toContain(`Left ${config} in place: it holds ${other}, kept by a helm-login step with skip-logout.`);
    expect(existsSync(config)).toBe(true);
    expect(Object.keys((JSON.parse(await readFile(config, 'utf8')) as { auths: object }).auths)).toEqual([other]);
  });

  it("an earlier step's skip-logout of a host survives the post of a later step that logged in to the same host (before: logged out)", async () => {
    const b = bed();
    const login = { registries: b.registry, username: b.user, password: b.password, 'ca-file': b.ca };
    const [one, two] = await twoSteps({ ...login, 'skip-logout': 'true' }, login);
    expect(two.post!.stdout).toContain(`Left ${b.registry} logged in: another helm-login step of this job kept it (skip-logout).`);
    expect(two.post!.stdout).not.toContain('Logged out of');
    expect(one.post!.stdout).toContain('skip-logout');
    expect((await pullStandIn(one.outputs['registry-config']!)).code).toBe(0);
  });
});
