/**
 * preflight's registry group end to end against the bed's OCI registry (htpasswd auth over TLS with
 * the bed's CA), on both helm majors: the chart resolves with helm's current login, and each failure
 * names its cause.
 */
import { mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HELM_MAJORS, helmOf, type HelmMajor } from '../helpers/helm.js';
import { runPreflight } from '../helpers/preflight.js';
import { bed, helmHome, helmLogin } from '../testbed/util.js';

const homes: (() => void)[] = [];
afterAll(() => homes.forEach((cleanup) => cleanup()));

describe.each(HELM_MAJORS)('preflight registry (helm %i)', (major: HelmMajor) => {
  /** A private helm registry config, logged in to the bed's registry with this helm unless `login` is false. */
  async function registryConfig(login = true): Promise<string> {
    const home = helmHome();
    homes.push(home.cleanup);
    if (login) {
      const r = await helmLogin(home.env, helmOf(major));
      if (r.code !== 0) throw new Error(`helm registry login failed: ${r.stderr}`);
    }
    return home.env.HELM_REGISTRY_CONFIG!;
  }

  /** PATH with this major's helm first, as a workflow that set up that helm has it. */
  async function pathWithHelm(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'pf-helm-'));
    await symlink(helmOf(major), join(dir, 'helm'));
    return [dir, process.env.PATH ?? ''].join(delimiter);
  }

  async function preflight(inputs: Record<string, string>, registryConfigPath: string) {
    const chartInputs = { chart: `${bed().TESTBED_CHARTS_OCI}/chalk-metadata-plane`, 'ca-file': bed().TESTBED_REGISTRY_CA, ...inputs };
    const env = { HELM_REGISTRY_CONFIG: registryConfigPath, PATH: await pathWithHelm() };
    const { run, checks } = await runPreflight('registry', chartInputs, env, []);
    return { run, check: checks['registry.chart']! };
  }

  const versions = (): string[] => (JSON.parse(bed().TESTBED_CHART_VERSIONS) as Record<string, string[]>)['chalk-metadata-plane']!;

  it.concurrent('resolves the newest chart, or the pinned version, with the current login', async () => {
    const config = await registryConfig();
    const latest = await preflight({}, config);
    expect(latest.run.exitCode).toBe(0);
    expect(latest.check.verdict).toBe('pass');
    const chart = `${bed().TESTBED_CHARTS_OCI}/chalk-metadata-plane`;
    expect(latest.check.finding).toMatch(
      new RegExp(
        `^${chart.replace(/[.]/g, '\\.')} ${versions().at(-1)!.replace(/\./g, '\\.')} resolves \\(sha256:[0-9a-f]{64}\\) with the login for ${bed().TESTBED_REGISTRY}; ${versions().length} versions available$`,
      ),
    );
    // The login's password is masked as soon as it is read from helm's registry config.
    expect(latest.run.masks).toContain(bed().TESTBED_REGISTRY_PASSWORD);
    const pinned = await preflight({ 'chart-version': versions()[0]! }, config);
    expect(pinned.check.finding).toContain(` ${versions()[0]} resolves`);
  });

  it.concurrent('fails without a login, and says where it looked', async () => {
    const config = await registryConfig(false);
    const { run, check } = await preflight({}, config);
    expect(run.exitCode).toBe(1);
    expect(check).toMatchObject({
      verdict: 'fail',
      finding: `${bed().TESTBED_REGISTRY} requires a login to list charts/chalk-metadata-plane, and no credentials were given. (no login for ${bed().TESTBED_REGISTRY} in ${config})`,
      fix: 'Log in to the registry first (the helm-login action, or `helm registry login`), with a current token.',
    });
  });

  it.concurrent('names an unknown version, an untrusted certificate and a malformed reference', async () => {
    const config = await registryConfig();
    const missing = await preflight({ 'chart-version': '9.9.9' }, config);
    expect(missing.check.verdict).toBe('fail');
    expect(missing.check.finding).toMatch(/^helm could not fetch oci:\/\/.*\/charts\/chalk-metadata-plane 9\.9\.9: /);
    expect(missing.check.fix).toMatch(/^Check the chart path and version/);
    const noCa = await preflight({ 'ca-file': '' }, config);
    expect(noCa.check).toMatchObject({ verdict: 'fail', fix: 'Pass the CA that signed the registry certificate as ca-file.' });
    const bad = await preflight({ chart: 'https://example.com/chalk.tgz' }, config);
    expect(bad.check.finding).toMatch(/^"https:\/\/example\.com\/chalk\.tgz" is not an OCI chart reference/);
  });
});
