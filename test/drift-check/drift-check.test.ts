/**
 * drift-check end to end, through the bundle, on the bed, with both helm majors: a release deployed with
 * helm, then changed by hand in each way the issue lists; every change is reported exactly and in its
 * section, an untouched release reports nothing (whatever the controllers did to it meanwhile), and the
 * drift issue is opened once, updated, closed when clean and reopened, never duplicated.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasMarker } from '../../src/github/marker.js';
import { workspaceFrom } from '../helpers/action.js';
import { HELM_MAJORS, type HelmMajor } from '../helpers/helm.js';
import { repoRoot } from '../helpers/paths.js';
import { startGitHubFake, WRITE_TOKEN, type GitHubFake } from '../fakes/github.js';
import { bed, chartRef, deleteNamespace, exec, uniq } from '../testbed/util.js';
import { driftCheck, driftEnv, everythingShown, findings, helm, kube, missingOf, readerKubeconfig, releaseOf, reportOf, type DriftEnv } from './helpers.js';

const CHART = () => chartRef('chalk-metadata-plane');
const WIDGETS = join(repoRoot, 'test', 'drift-check', 'fixtures', 'widgets');
const FRONTEND_IMAGE = '754784422779.dkr.ecr.us-east-1.amazonaws.com/chalk/frontend:1.42.0';

describe.each(HELM_MAJORS)('drift-check, releases deployed by helm %i', (major: HelmMajor) => {
  let d: DriftEnv;
  let ws: string;
  let github: GitHubFake;
  const namespaces: string[] = [];
  const namespace = (prefix: string) => {
    const ns = uniq(`${prefix}${major}`);
    namespaces.push(ns);
    return ns;
  };
  const install = (release: string, ns: string, chart: string, extra: string[] = []) =>
    helm(d, ['upgrade', '--install', release, chart, '--namespace', ns, '--create-namespace', ...extra]);
  const metadataValues = () => ['--values', join(ws, 'values.yaml'), '--values', join(ws, 'seed.yaml')];

  beforeAll(async () => {
    d = await driftEnv(major);
    ws = await workspaceFrom(join(repoRoot, 'examples'));
    github = await startGitHubFake();
  });
  afterAll(async () => {
    await github.close();
    for (const ns of namespaces) await deleteNamespace(ns);
  });

  it('reports nothing for an untouched release, then each hand change exactly in its section, and keeps one drift issue', { timeout: 420_000 }, async () => {
    const ns = namespace('drift');
    await install('chalk', ns, CHART(), ['--version', '0.1.2', ...metadataValues()]);
    const repository = `acme/infra-${major}`;
    const issueEnv = { GITHUB_API_URL: github.apiUrl, GITHUB_GRAPHQL_URL: github.graphqlUrl, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: '77' };
    const check = (extra: Record<string, string> = {}) =>
      driftCheck(
        d,
        ws,
        { chart: CHART(), version: '0.1.2', release: 'chalk', namespace: ns, issue: 'true', environment: 'prod', 'github-token': WRITE_TOKEN, ...extra },
        issueEnv,
      );
    const issues = () => github.state.issues.filter((i) => i.repository === repository && hasMarker(i.body, '<!-- chalk-actions:drift-check'));

    // 1. Untouched (the controllers have written status, revisions and defaults since): no drift, no issue.
    const clean = await check();
    expect(clean.exitCode, everythingShown(clean)).toBe(0);
    expect(clean.outputs).toMatchObject({ drifted: 'false', 'drifted-count': '0', 'live-count': '0', 'missing-count': '0', 'desired-count': '0' });
    const cleanRelease = releaseOf(reportOf(clean), 'chalk');
    expect(cleanRelease.status).toBe('clean');
    expect(cleanRelease.live.checked).toBe(6);
    expect(cleanRelease.live.objects.every((o) => o.method === 'server-side-apply')).toBe(true);
    expect(findings(cleanRelease, 'live')).toEqual([]);
    expect(issues()).toEqual([]);

    // 2. Scaled, re-imaged, an env var added, a ConfigMap deleted: each in its section, nothing else.
    await kube(['-n', ns, 'scale', 'deployment/chalk-metadata-api', '--replicas=3']);
    await kube(['-n', ns, 'set', 'image', 'deployment/chalk-metadata-frontend', 'frontend=registry.invalid/chalk/frontend:9.9.9']);
    await kube(['-n', ns, 'set', 'env', 'deployment/chalk-metadata-api', 'EXTRA_FLAG=1']);
    await kube(['-n', ns, 'delete', 'configmap', 'chalk-metadata-seed']);
    const drifted = await check({ 'fail-on-drift': 'true' });
    expect(drifted.exitCode, everythingShown(drifted)).toBe(1);
    expect(drifted.outputs).toMatchObject({ drifted: 'true', 'drifted-count': '3', 'desired-count': '0', 'live-count': '2', 'missing-count': '1' });
    const r = releaseOf(reportOf(drifted), 'chalk');
    expect(findings(r, 'desired')).toEqual([]);
    expect(r.desired.values).toEqual([]);
    expect(findings(r, 'live')).toEqual([
      `Deployment.apps ${ns}/chalk-metadata-api /spec/replicas 1 -> 3`,
      `Deployment.apps ${ns}/chalk-metadata-api /spec/template/spec/containers/0/env/4 ∅ -> {"name":"EXTRA_FLAG","value":"1"}`,
      `Deployment.apps ${ns}/chalk-metadata-frontend /spec/template/spec/containers/0/image "${FRONTEND_IMAGE}" -> "registry.invalid/chalk/frontend:9.9.9"`,
    ]);
    expect(missingOf(r)).toEqual([`ConfigMap ${ns}/chalk-metadata-seed`]);
    expect(drifted.summary).toContain('**2. Deployed vs live**');
    expect(drifted.summary).toContain('(added out of band)');
    expect(drifted.annotations.map((a) => a.title)).toEqual(expect.arrayContaining(['Drift']));
    expect(issues()).toHaveLength(1);
    const issue = issues()[0]!;
    expect(issue).toMatchObject({ state: 'open', labels: ['chalk-drift'], title: 'Chalk drift in prod: chalk' });
    expect(issue.body).toContain('chalk-metadata-seed');
    expect(drifted.outputs['issue-url']).toContain(`/issues/${issue.number}`);

    // 3. More drift: the same issue, updated.
    await kube(['-n', ns, 'scale', 'deployment/chalk-metadata-api', '--replicas=4']);
    const more = await check();
    expect(more.exitCode, everythingShown(more)).toBe(0);
    expect(findings(releaseOf(reportOf(more), 'chalk'), 'live')).toContain(`Deployment.apps ${ns}/chalk-metadata-api /spec/replicas 1 -> 4`);
    expect(issues()).toHaveLength(1);
    expect(issues()[0]!.body).toContain('`4`');

    // 4. Put right (by hand, then a redeploy recreates the ConfigMap): the issue is commented and closed.
    await kube(['-n', ns, 'scale', 'deployment/chalk-metadata-api', '--replicas=1']);
    await kube(['-n', ns, 'set', 'image', 'deployment/chalk-metadata-frontend', `frontend=${FRONTEND_IMAGE}`]);
    await kube(['-n', ns, 'set', 'env', 'deployment/chalk-metadata-api', 'EXTRA_FLAG-']);
    await install('chalk', ns, CHART(), ['--version', '0.1.2', ...metadataValues()]);
    const fixed = await check();
    expect(fixed.exitCode, everythingShown(fixed)).toBe(0);
    expect(fixed.outputs).toMatchObject({ drifted: 'false', 'drifted-count': '0' });
    expect(issues()).toHaveLength(1);
    expect(issues()[0]).toMatchObject({ state: 'closed', number: issue.number });
    expect(github.state.comments.filter((c) => c.repository === repository && c.number === issue.number).map((c) => c.body)).toEqual([
      expect.stringContaining('No drift found'),
    ]);

    // 5. Drift again: the same issue, reopened. Five runs, one issue.
    await kube(['-n', ns, 'scale', 'deployment/chalk-metadata-api', '--replicas=2']);
    const again = await check();
    expect(again.exitCode, everythingShown(again)).toBe(0);
    expect(findings(releaseOf(reportOf(again), 'chalk'), 'live')).toEqual([`Deployment.apps ${ns}/chalk-metadata-api /spec/replicas 1 -> 2`]);
    expect(issues()).toHaveLength(1);
    expect(issues()[0]).toMatchObject({ state: 'open', number: issue.number });
    // The token is masked where the action registered it, and nowhere else (the runner checks every encoding too).
    expect(
      everythingShown(again)
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::')),
    ).not.toContainEqual(expect.stringContaining(WRITE_TOKEN));
  });

  it('reports an edited custom resource, and a field added to it, but never its CRD or the server defaults', async () => {
    const ns = namespace('drift-cr');
    await install('widgets', ns, WIDGETS);
    await kube(['-n', ns, 'patch', 'widget', 'widgets-widget', '--type', 'merge', '-p', '{"spec":{"size":"large","owner":"someone"}}']);
    const run = await driftCheck(d, ws, { chart: WIDGETS, release: 'widgets', namespace: ns, 'values-files': '', 'seed-file': '' });
    expect(run.exitCode, everythingShown(run)).toBe(0);
    const r = releaseOf(reportOf(run), 'widgets');
    expect(findings(r, 'desired')).toEqual([]);
    expect(findings(r, 'live')).toEqual([
      `Widget.drift.chalk.test ${ns}/widgets-widget /spec/owner ∅ -> "someone"`,
      `Widget.drift.chalk.test ${ns}/widgets-widget /spec/size "small" -> "large"`,
    ]);
    expect(missingOf(r)).toEqual([]);
    expect(run.outputs).toMatchObject({ drifted: 'true', 'live-count': '1', 'desired-count': '0', 'missing-count': '0' });
  });

  it('compares read-only, and says so, when the identity may read everything but patch nothing', async () => {
    const ns = namespace('drift-ro');
    await install('chalk', ns, CHART(), ['--version', '0.1.2', ...metadataValues()]);
    const kubeconfig = await readerKubeconfig(ns);
    await kube(['-n', ns, 'scale', 'deployment/chalk-metadata-api', '--replicas=3']);
    const run = await driftCheck(d, ws, { chart: CHART(), version: '0.1.2', release: 'chalk', namespace: ns }, { KUBECONFIG: kubeconfig });
    expect(run.exitCode, everythingShown(run)).toBe(0);
    const r = releaseOf(reportOf(run), 'chalk');
    expect(findings(r, 'live')).toEqual([`Deployment.apps ${ns}/chalk-metadata-api /spec/replicas 1 -> 3`]);
    expect(r.live.objects.map((o) => o.method)).toEqual(['read-only']);
    expect(r.live.checked).toBe(6);
    expect(r.live.notes).toEqual([
      'No patch permission on configmaps, deployments.apps, serviceaccounts, services: compared read-only (a server-side apply dry run needs patch; it stores nothing).',
    ]);
    expect(missingOf(r)).toEqual([]);
    expect(run.summary).toContain('compared read-only where a dry run was not possible');
  });

  it('reports a helm upgrade by hand with another value in desired vs deployed only', async () => {
    const ns = namespace('drift-hand');
    await install('chalk', ns, CHART(), ['--version', '0.1.2', ...metadataValues()]);
    await helm(d, ['upgrade', 'chalk', CHART(), '--version', '0.1.2', '--namespace', ns, '--reuse-values', '--set', 'chalk.metadata.api.replicas=2']);
    const run = await driftCheck(d, ws, { chart: CHART(), version: '0.1.2', release: 'chalk', namespace: ns });
    expect(run.exitCode, everythingShown(run)).toBe(0);
    const r = releaseOf(reportOf(run), 'chalk');
    expect(r.desired.values).toEqual([{ path: '/chalk/metadata/api', before: { replicas: 2 } }]);
    expect(findings(r, 'desired')).toEqual([`Deployment.apps ${ns}/chalk-metadata-api /spec/replicas 2 -> 1`]);
    expect(r.desired.chartChanged).toBe(false);
    expect(findings(r, 'live')).toEqual([]);
    expect(missingOf(r)).toEqual([]);
    expect(r.revision).toBe(2);
    expect(run.outputs).toMatchObject({ drifted: 'true', 'desired-count': '2', 'live-count': '0', 'missing-count': '0' });
    expect(run.summary).toContain('**1. Desired vs deployed**');
  });

  it('checks every release of a chart set at its locked version, each in its own section', async () => {
    const ns = namespace('drift-set');
    const pins: Record<string, string> = {};
    for (const [release, version] of [
      ['keda', '2.11.1'],
      ['metrics-server', '3.12.2'],
    ] as const) {
      await install(release, ns, chartRef(release), ['--version', version, ...(release === 'keda' ? ['--set', 'replicaCount=2'] : [])]);
      pins[release] = digestOf(await pull(d, chartRef(release), version));
    }
    const set = [
      'releases:',
      ...['keda', 'metrics-server'].flatMap((name) => [
        `  ${name}:`,
        `    chart: ${chartRef(name)}`,
        `    version: ${name === 'keda' ? '2.11.1' : '3.12.2'}`,
        `    namespace: ${ns}`,
        ...(name === 'keda' ? ['    values:', '      replicaCount: 2'] : []),
      ]),
    ].join('\n');
    const lock = [
      'lockVersion: 1',
      'releases:',
      ...['keda', 'metrics-server'].flatMap((name) => [
        `  ${name}:`,
        `    chart: ${chartRef(name)}`,
        `    requested: ${name === 'keda' ? '2.11.1' : '3.12.2'}`,
        `    version: ${name === 'keda' ? '2.11.1' : '3.12.2'}`,
        `    digest: "${pins[name]}"`,
      ]),
    ].join('\n');
    const setWs = await workspaceFrom(join(repoRoot, 'examples'));
    await writeFile(join(setWs, 'data-plane.yaml'), `${set}\n`);
    await writeFile(join(setWs, 'data-plane.lock.yaml'), `${lock}\n`);
    await kube(['-n', ns, 'scale', 'deployment/metrics-server', '--replicas=5']);

    const run = await driftCheck(d, setWs, { 'chart-set': 'data-plane.yaml' });
    expect(run.exitCode, everythingShown(run)).toBe(0);
    const report = reportOf(run);
    expect(report.releases.map((r) => [r.release, r.status])).toEqual([
      ['keda', 'clean'],
      ['metrics-server', 'drifted'],
    ]);
    expect(releaseOf(report, 'keda').desired.values).toEqual([]);
    expect(releaseOf(report, 'keda').chart?.digest).toBe(pins.keda);
    expect(findings(releaseOf(report, 'metrics-server'), 'live')).toEqual([`Deployment.apps ${ns}/metrics-server /spec/replicas 1 -> 5`]);
    expect(run.summary).toContain('### `keda`');
    expect(run.summary).toContain('### `metrics-server`');
  });
});

/** helm pull, for the digest a lock file pins. */
async function pull(d: DriftEnv, chart: string, version: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'drift-pull-'));
  const r = await exec(d.helm, ['pull', chart, '--version', version, '--destination', dir, '--ca-file', bed().TESTBED_REGISTRY_CA], {
    env: { ...process.env, ...d.env },
  });
  if (r.code !== 0) throw new Error(r.stderr);
  return `${r.stdout}\n${r.stderr}`;
}

function digestOf(helmOutput: string): string {
  const digest = /Digest:\s*(sha256:[0-9a-f]{64})/.exec(helmOutput)?.[1];
  if (!digest) throw new Error(`helm printed no digest:\n${helmOutput}`);
  return digest;
}
