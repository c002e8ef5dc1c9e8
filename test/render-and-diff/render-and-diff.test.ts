/**
 * render-and-diff end to end, through the bundle and the local runner, on both helm majors: a release
 * of the chalk-plan-demo stand-in installed at 1.0.0, then planned with a changed value and a version
 * bump, with nothing changed, with a changed Secret value, offline, and with values helm refuses.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObjectChange } from '../../src/plan/types.js';
import { HELM_MAJORS } from '../helpers/helm.js';
import { grantRestricted } from '../../testbed/index.js';
import { bed, chartRef, deleteNamespace, exec, sleep, uniq } from '../testbed/util.js';
import { demoValues, diffTextOf, everythingShown, installDemo, planEnv, planOf, renderAndDiff, workspaceWith, type PlanEnv } from './helpers.js';

const RELEASE = 'plan-demo';
const TOKEN_DEPLOYED = 'tok-initial-8Qw2';
const TOKEN_NEW = 'tok-rotated-Vb71xK';

async function until(done: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; !(await done()); await sleep(250)) if (Date.now() > end) throw new Error('timed out waiting');
}

const find = (objects: readonly ObjectChange[] | undefined, kind: string, name: string) => objects?.find((o) => o.key.kind === kind && o.key.name === name);

describe.each(HELM_MAJORS)('render-and-diff with helm %s', (major) => {
  let p: PlanEnv;
  const namespace = uniq(`plan-h${major}`);
  const inputs = (extra: Record<string, string> = {}) => ({
    chart: chartRef('chalk-plan-demo'),
    release: RELEASE,
    namespace,
    'values-files': 'values.yaml',
    ...extra,
  });

  beforeAll(async () => {
    p = await planEnv(major);
    const ws = workspaceWith({ 'values.yaml': demoValues() });
    await installDemo(p, RELEASE, namespace, '1.0.0', join(ws, 'values.yaml'));
  });
  afterAll(() => deleteNamespace(namespace));

  it('reports zero changes for a re-run of what is deployed, against the cluster, the lookup-kept password included', async () => {
    const run = await renderAndDiff(p, workspaceWith({ 'values.yaml': demoValues() }), inputs({ version: '1.0.0' }));
    expect(run.exitCode, run.main.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ 'has-changes': 'false', added: '0', changed: '0', removed: '0', ignored: '0' });
    const release = planOf(run).releases[0]!;
    expect(release).toMatchObject({
      mode: 'server',
      baseline: 'release',
      revision: 1,
      changes: 0,
      chart: { name: 'chalk-plan-demo', version: '1.0.0', digestChanged: false },
    });
    expect(release.chart?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.outputs['chart-digest']).toBe(release.chart?.digest);
    expect(find(release.objects, 'Secret', 'plan-demo-db')?.change).toBe('unchanged');
    expect(find(release.objects, 'CustomResourceDefinition', 'plandemos.testbed.chalk.ai')).toMatchObject({
      change: 'unchanged',
      crd: { helmWillNotApply: true },
    });
    expect(release.objects?.every((o) => o.change === 'unchanged')).toBe(true);
    expect(run.summary).toContain('Rendered against the cluster');
    if (major === 4) expect(release.applyMethod).toEqual({ release: 'server-side apply', upgrade: 'server-side apply' });
    else expect(release.applyMethod).toBeUndefined();
  });

  it('shows the lookup-kept password as changed offline, which is why a reachable cluster is used', async () => {
    const run = await renderAndDiff(p, workspaceWith({ 'values.yaml': demoValues() }), inputs({ version: '1.0.0', mode: 'offline' }));
    expect(run.exitCode, run.main.stdout).toBe(0);
    const release = planOf(run).releases[0]!;
    expect(release.mode).toBe('offline');
    expect(find(release.objects, 'Secret', 'plan-demo-db')).toMatchObject({ change: 'changed', secret: { keysChanged: ['password'] } });
    expect(run.summary).toContain('Rendered offline');
  });

  it('needs only read access: an identity that may read the release but write nothing plans against the cluster', async () => {
    await grantRestricted(namespace);
    const run = await renderAndDiff(p, workspaceWith({ 'values.yaml': demoValues() }), inputs({ version: '1.0.0' }), {
      KUBECONFIG: bed().TESTBED_RESTRICTED_KUBECONFIG,
    });
    expect(run.exitCode, run.main.stdout).toBe(0);
    const release = planOf(run).releases[0]!;
    expect(release).toMatchObject({ mode: 'server', baseline: 'release', revision: 1, changes: 0 });
    expect(release.notes?.join(' ')).toContain("The cluster's CRDs could not be read");
  });

  it('reports exactly the changed field for a changed value and a chart bump, the bump noise listed as ignored', async () => {
    const run = await renderAndDiff(p, workspaceWith({ 'values.yaml': demoValues({ logLevel: 'debug' }) }), inputs({ version: '1.1.0' }));
    expect(run.exitCode, run.main.stdout).toBe(0);
    const release = planOf(run).releases[0]!;
    const changed = release.objects!.filter((o) => !['unchanged', 'ignored'].includes(o.change));
    expect(changed.map((o) => [o.key.kind, o.key.name, o.change])).toEqual([['ConfigMap', 'plan-demo-config', 'changed']]);
    expect(changed[0]!.fields.filter((f) => !f.ignoredBy)).toEqual([{ path: '/data/log-level', before: 'info', after: 'debug' }]);
    expect(changed[0]!.textDiff).toContain('-  log-level: info\n+  log-level: debug');
    const ignored = release.objects!.flatMap((o) => o.fields.filter((f) => f.ignoredBy));
    expect(new Set(ignored.map((f) => f.ignoredBy))).toEqual(new Set(['chart-bump']));
    expect(ignored.map((f) => f.path)).toEqual(
      expect.arrayContaining(['/metadata/labels/helm.sh~1chart', '/spec/template/metadata/annotations/checksum~1config']),
    );
    expect(run.outputs).toMatchObject({ 'has-changes': 'true', added: '0', changed: '1', removed: '0', ignored: String(ignored.length) });
    expect(release.chart).toMatchObject({ version: '1.1.0', previousVersion: '1.0.0', digestChanged: true, sameVersionNewDigest: false });
    expect(run.summary).toContain('Ignored differences, not counted as changes');
    expect(run.summary).toMatch(/<b>changed<\/b> ConfigMap [\w-]+\/plan-demo-config/);
    expect(diffTextOf(run)).toContain('# ignored (chart-bump): /metadata/labels/helm.sh~1chart');
  });

  it('exits 2 on changes with detailed-exitcode, and 0 without', async () => {
    const changed = await renderAndDiff(
      p,
      workspaceWith({ 'values.yaml': demoValues({ logLevel: 'warn' }) }),
      inputs({ version: '1.0.0', 'detailed-exitcode': 'true' }),
    );
    expect(changed.exitCode, changed.main.stdout).toBe(2);
    expect(changed.outputs['has-changes']).toBe('true');
    const bumpOnly = await renderAndDiff(p, workspaceWith({ 'values.yaml': demoValues() }), inputs({ version: '1.1.0', 'detailed-exitcode': 'true' }));
    expect(bumpOnly.exitCode, bumpOnly.main.stdout).toBe(0);
    expect(bumpOnly.outputs).toMatchObject({ 'has-changes': 'false', changed: '0' });
    expect(Number(bumpOnly.outputs.ignored)).toBeGreaterThan(0);
  });

  it('names the Secret and the key of a changed Secret value, and never shows the value or its length', async () => {
    const run = await renderAndDiff(p, workspaceWith({ 'values.yaml': demoValues({ apiToken: TOKEN_NEW }) }), inputs({ version: '1.0.0' }));
    expect(run.exitCode, run.main.stdout).toBe(0);
    const secret = find(planOf(run).releases[0]!.objects, 'Secret', 'plan-demo-api');
    expect(secret).toMatchObject({
      change: 'changed',
      secret: { keysChanged: ['token'], keysAdded: [], keysRemoved: [] },
      fields: [{ path: '/data/token', redacted: true }],
    });
    expect(run.summary).toContain('Secret keys changed: `token`');
    const shown = everythingShown(run);
    for (const value of [TOKEN_DEPLOYED, TOKEN_NEW]) {
      expect(shown).not.toContain(value);
      expect(shown).not.toContain(Buffer.from(value).toString('base64'));
    }
    expect(shown).not.toMatch(/\b\d+ bytes\b/);
  });

  it('pins the chart by digest, and refuses a version that is not the digest’s', async () => {
    const ws = workspaceWith({ 'values.yaml': demoValues() });
    const byVersion = planOf(await renderAndDiff(p, ws, inputs({ version: '1.0.0' }))).releases[0]!;
    const digest = byVersion.chart!.digest!;
    const pinned = await renderAndDiff(p, ws, inputs({ digest }));
    expect(pinned.exitCode, pinned.main.stdout).toBe(0);
    expect(planOf(pinned).releases[0]).toMatchObject({ changes: 0, chart: { version: '1.0.0', digest } });
    const wrong = await renderAndDiff(p, ws, inputs({ digest, version: '1.1.0' }));
    expect(wrong.exitCode).toBe(1);
    expect(wrong.annotations.find((a) => a.level === 'error')?.message).toContain(`is chart version 1.0.0, not 1.1.0`);
  });

  it('annotates a render failure on the values file line with helm’s own message, without a stack trace', async () => {
    const ws = workspaceWith({
      'values.yaml': 'chalk:\n  metadata:\n    api_host: https://api.example.com\n    frontend_host: https://example.com\n    frontend:\n      replicas: 1\n',
    });
    const run = await renderAndDiff(p, ws, {
      chart: chartRef('chalk-metadata-plane'),
      version: '0.1.2',
      release: uniq('broken'),
      namespace,
      'values-files': 'values.yaml',
    });
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error' && a.file === 'values.yaml');
    expect(error, JSON.stringify(run.annotations)).toBeDefined();
    expect(error).toMatchObject({ line: 5, col: 5 });
    expect(error!.message).toContain('Value chalk.metadata.frontend.image is required');
    expect(run.main.stdout + run.main.stderr).not.toMatch(/^\s+at .+\.js:\d+/m);
    expect(planOf(run).releases[0]!.error).toMatchObject({ origin: { file: 'values.yaml', line: 5 } });
  });

  // Last: it adds a revision.
  it('reports loudly a version whose digest is not the one the release was deployed from', async () => {
    const ws = workspaceWith({ 'values.yaml': demoValues() });
    await installDemo(p, RELEASE, namespace, '1.0.0', join(ws, 'values.yaml'), ['--description', `chalk-actions: chart digest sha256:${'0'.repeat(64)}`]);
    const run = await renderAndDiff(p, ws, inputs({ version: '1.0.0' }));
    expect(run.exitCode, run.main.stdout).toBe(0);
    const release = planOf(run).releases[0]!;
    expect(release).toMatchObject({
      changes: 0,
      revision: 2,
      chart: { previousDigest: `sha256:${'0'.repeat(64)}`, digestChanged: true, sameVersionNewDigest: true },
    });
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toContain('the version was pushed again with different content');
    expect(run.summary).toContain('[!WARNING]');
  });

  it('plans against the deployed revision, offline, while another operation holds the release', async () => {
    const ws = workspaceWith({ 'values.yaml': demoValues() });
    const stuck = installDemo(p, RELEASE, namespace, '1.0.0', join(ws, 'values.yaml'), ['--set', 'image=x:does-not-exist', '--wait', '--timeout', '20s']);
    await until(async () =>
      (await exec(p.helm, ['history', RELEASE, '--namespace', namespace], { env: { ...process.env, ...p.env } })).stdout.includes('pending-upgrade'),
    );
    const run = await renderAndDiff(p, ws, inputs({ version: '1.0.0' }));
    await stuck.catch(() => undefined);
    expect(run.exitCode, run.main.stdout).toBe(0);
    const release = planOf(run).releases[0]!;
    expect(release).toMatchObject({ mode: 'offline', baseline: 'release', revision: 2 });
    expect(release.modeReason).toContain('another operation (install/upgrade/rollback) is in progress');
    expect(find(release.objects, 'Deployment', 'plan-demo')?.change).toBe('unchanged');
  });
});

describe('render-and-diff of several releases', () => {
  let p: PlanEnv;
  const namespace = uniq('plan-multi');
  beforeAll(async () => {
    p = await planEnv(4);
    const ws = workspaceWith({ 'values.yaml': demoValues() });
    await installDemo(p, 'one', namespace, '1.0.0', join(ws, 'values.yaml'));
  });
  afterAll(() => deleteNamespace(namespace));

  it('plans each release in its own section of one plan file', async () => {
    const ws = workspaceWith({ 'one.yaml': demoValues({ logLevel: 'debug' }), 'two.yaml': demoValues() });
    const releases = [
      { chart: chartRef('chalk-plan-demo'), version: '1.0.0', release: 'one', namespace, 'values-files': ['one.yaml'] },
      { chart: chartRef('chalk-plan-demo'), version: '1.1.0', release: 'two', namespace: `${namespace}-b`, 'values-files': 'two.yaml', 'include-crds': false },
    ];
    const run = await renderAndDiff(p, ws, { releases: JSON.stringify(releases), 'values-files': '' });
    expect(run.exitCode, run.main.stdout).toBe(0);
    const plan = planOf(run);
    expect(plan.releases.map((r) => [r.release, r.baseline, r.counts?.changed, r.counts?.added])).toEqual([
      ['one', 'release', 1, 0],
      ['two', 'none', 0, 4],
    ]);
    expect(plan.changes).toBe(5);
    expect(run.outputs).toMatchObject({ 'has-changes': 'true', added: '4', changed: '1' });
    expect(run.summary).toContain('### `one` in');
    expect(run.summary).toContain('### `two` in');
    const refused = await renderAndDiff(p, ws, { releases: JSON.stringify(releases), version: '1.0.0' });
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations[0]?.message).toContain('Inputs releases and version cannot be combined');
  });
});
