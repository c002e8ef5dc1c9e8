/**
 * deploy-metadata end to end, through its bundle and the local runner, on the bed with both helm
 * majors: install, upgrade, the no-op, rollback with the pod's reason, a cancel mid-upgrade, a release
 * left pending by a killed helm, two concurrent runs, and an invalid config refused before the cluster
 * is touched. Canary secret values go through every run: the runner fails a test that leaks one.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ActionRun } from '../../src/runner/action-runner.js';
import {
  actionPid,
  CANARY_CLIENT_SECRET,
  CANARY_PASSWORD,
  deployEnv,
  deployMetadata,
  metadataWorkspace,
  releaseHistory,
  revisionStatuses,
  setImage,
  type DeployEnv,
} from '../apply/bed.js';
import { HELM_MAJORS } from '../helpers/helm.js';
import { scratchNamespaces } from '../helpers/preflight.js';
import { bed, kubectl, LONG, must, sleep, uniq } from '../testbed/util.js';

const RELEASE = 'chalk-metadata-plane';

const secretInputs = {
  'postgres-user': 'chalk',
  'postgres-password': CANARY_PASSWORD,
  'postgres-host': 'db.chalk.internal:5432',
  'postgres-db': 'chalk',
  'google-client-id': 'client-id.apps.googleusercontent.com',
  'google-client-secret': CANARY_CLIENT_SECRET,
};

function explain(run: ActionRun): string {
  return `exit ${run.exitCode}\n${run.summary}\n${run.main.stderr}\n${run.main.stdout.slice(-3000)}`;
}

async function readyReplicas(ns: string, deployment: string): Promise<string> {
  return (await must(kubectl(['-n', ns, 'get', 'deploy', deployment, '-o', 'jsonpath={.status.readyReplicas}']))).stdout;
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

describe.each(HELM_MAJORS)('deploy-metadata with helm %i', (major) => {
  const namespace = scratchNamespaces();
  let d: DeployEnv;
  const env = async (): Promise<DeployEnv> => (d ??= await deployEnv(major));

  it('installs to Ready pods, upgrades a changed value, and skips an identical re-run', { timeout: LONG }, async () => {
    const e = await env();
    const ns = await namespace(`dm${major}-flow`);
    const ws = await metadataWorkspace('chalk.example/frontend:1.0.0');

    const first = await deployMetadata(e, ws, ns, secretInputs);
    expect(first.exitCode, explain(first)).toBe(0);
    expect(first.masks).toEqual(expect.arrayContaining([CANARY_PASSWORD, CANARY_CLIENT_SECRET]));
    expect(first.outputs).toMatchObject({ revision: '1', status: 'deployed', 'chart-version': '0.1.2', changed: 'true' });
    expect(first.outputs['previous-revision']).toBeUndefined();
    expect(first.outputs['chart-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.summary).toContain('✅ installed (revision 1)');
    expect(first.summary).toMatch(/metadata-plane-secrets \| created/);
    if (major === 4) expect(first.summary).toContain('server-side apply: Helm 4 installs a new release server-side');
    expect(await readyReplicas(ns, 'chalk-metadata-frontend')).toBe('1');
    expect(await readyReplicas(ns, 'chalk-metadata-api')).toBe('1');
    const secret = await must(kubectl(['-n', ns, 'get', 'secret', 'metadata-plane-secrets', '-o', 'jsonpath={.data.POSTGRES_PASSWORD}']));
    expect(Buffer.from(secret.stdout, 'base64').toString()).toBe(CANARY_PASSWORD);
    const traced = await must(kubectl(['-n', ns, 'get', 'deploy', 'chalk-metadata-api', '-o', 'jsonpath={.metadata.annotations}']));
    expect(JSON.parse(traced.stdout)).toMatchObject({
      'deploy.chalk.ai/run-url': 'https://github.com/acme/chalk-infra/actions/runs/4711/attempts/1',
      'deploy.chalk.ai/commit': '0123456789abcdef0123456789abcdef01234567',
      'deploy.chalk.ai/actor': 'octocat',
    });

    const again = await deployMetadata(e, ws, ns, secretInputs);
    expect(again.exitCode, explain(again)).toBe(0);
    expect(again.outputs).toMatchObject({ revision: '1', 'previous-revision': '1', changed: 'false' });
    expect(again.summary).toContain('⏸️ unchanged (revision 1)');
    expect(again.summary).toContain('no object changes; the same chart digest');
    expect(again.summary).toMatch(/metadata-plane-secrets \| unchanged/);
    expect((await releaseHistory(e, RELEASE, ns)).map((h) => h.revision)).toEqual([1]);

    setImage(ws, 'chalk.example/frontend:1.0.1');
    const dryRun = await deployMetadata(e, ws, ns, { ...secretInputs, 'dry-run': 'true' });
    expect(dryRun.exitCode, explain(dryRun)).toBe(0);
    expect(dryRun.summary).toContain('📝 would deploy (dry run)');
    expect(dryRun.outputs).toMatchObject({ revision: '1', changed: 'false' });
    expect((await releaseHistory(e, RELEASE, ns)).map((h) => h.revision)).toEqual([1]);

    const changed = await deployMetadata(e, ws, ns, secretInputs);
    expect(changed.exitCode, explain(changed)).toBe(0);
    expect(changed.outputs).toMatchObject({ revision: '2', 'previous-revision': '1', status: 'deployed', changed: 'true' });
    expect(changed.summary).toContain('✅ upgraded (revision 2)');
    expect(changed.summary).toContain('Deployment chalk-metadata/'.replace('chalk-metadata', ns));
    expect(changed.summary).toMatch(/2 changed/);
    const image = await must(kubectl(['-n', ns, 'get', 'deploy', 'chalk-metadata-frontend', '-o', 'jsonpath={.spec.template.spec.containers[0].image}']));
    expect(image.stdout).toBe('chalk.example/frontend:1.0.1');

    const forced = await deployMetadata(e, ws, ns, { ...secretInputs, force: 'true' });
    expect(forced.exitCode, explain(forced)).toBe(0);
    expect(forced.outputs).toMatchObject({ revision: '3', changed: 'true' });
  });

  it('rolls a bad image back to the previous revision, exits 1 and names the pod reason', { timeout: LONG }, async () => {
    const e = await env();
    const ns = await namespace(`dm${major}-bad`);
    const ws = await metadataWorkspace('chalk.example/frontend:1.0.0');
    const good = await deployMetadata(e, ws, ns, secretInputs);
    expect(good.exitCode, explain(good)).toBe(0);

    setImage(ws, 'chalk.example/frontend:does-not-exist');
    const bad = await deployMetadata(e, ws, ns, { ...secretInputs, timeout: '15s' });
    expect(bad.exitCode, explain(bad)).toBe(1);
    expect(bad.summary).toContain('↩️ failed, rolled back');
    expect(bad.summary).toMatch(/\| frontend \| (ImagePullBackOff|ErrImagePull) \|/);
    expect(bad.summary).toContain('image chalk.example/frontend:does-not-exist');
    expect(bad.summary).toContain('helm rolled the release back: it runs revision 3 (deployed)');
    expect(bad.outputs).toMatchObject({ revision: '3', 'previous-revision': '1', status: 'deployed', changed: 'true' });
    expect(await revisionStatuses(RELEASE, ns)).toEqual(['superseded', 'failed', 'deployed']);
    const image = await must(kubectl(['-n', ns, 'get', 'deploy', 'chalk-metadata-frontend', '-o', 'jsonpath={.spec.template.spec.containers[0].image}']));
    expect(image.stdout).toBe('chalk.example/frontend:1.0.0');
  });

  it('forwards a cancel to helm: the release is failed, not pending, and the next run converges', { timeout: LONG }, async () => {
    const e = await env();
    const ns = await namespace(`dm${major}-sig`);
    const ws = await metadataWorkspace('chalk.example/frontend:1.0.0');
    expect((await deployMetadata(e, ws, ns, secretInputs)).exitCode).toBe(0);

    setImage(ws, 'chalk.example/frontend:does-not-exist');
    const running = deployMetadata(e, ws, ns, { ...secretInputs, timeout: '120s' });
    await waitFor('the upgrade to be pending', async () => (await revisionStatuses(RELEASE, ns)).includes('pending-upgrade'));
    const pid = actionPid('deploy-metadata', ws);
    expect(pid, 'the action process').toBeDefined();
    process.kill(pid!, 'SIGINT');
    const cancelled = await running;
    expect(cancelled.exitCode, explain(cancelled)).not.toBe(0);
    expect(cancelled.summary).toContain('⏹️ cancelled');
    const statuses = await revisionStatuses(RELEASE, ns);
    expect(statuses.some((s) => s.startsWith('pending'))).toBe(false);
    expect(statuses[1]).toBe('failed');

    setImage(ws, 'chalk.example/frontend:1.0.2');
    const next = await deployMetadata(e, ws, ns, secretInputs);
    expect(next.exitCode, explain(next)).toBe(0);
    expect(next.outputs.status).toBe('deployed');
    expect(next.summary).toContain('✅ upgraded');
  });

  it('recovers a release left pending by a killed helm only once it is old enough', { timeout: LONG }, async () => {
    const e = await env();
    const ns = await namespace(`dm${major}-pend`);
    const ws = await metadataWorkspace('chalk.example/frontend:1.0.0');
    expect((await deployMetadata(e, ws, ns, secretInputs)).exitCode).toBe(0);

    // A runner killed mid-upgrade: helm is SIGKILLed and cannot mark the release.
    const helm = spawn(
      e.helm,
      [
        'upgrade',
        RELEASE,
        `${bed().TESTBED_CHARTS_OCI}/chalk-metadata-plane`,
        '--version',
        '0.1.3',
        '-n',
        ns,
        '--reuse-values',
        '--set',
        'chalk.metadata.frontend.image=chalk.example/frontend:does-not-exist',
        '--wait',
        '--timeout',
        '120s',
        '--ca-file',
        bed().TESTBED_REGISTRY_CA,
      ],
      { env: { ...process.env, ...e.env }, stdio: 'ignore', detached: true },
    );
    await waitFor('helm to leave the release pending', async () => (await revisionStatuses(RELEASE, ns)).includes('pending-upgrade'));
    process.kill(-helm.pid!, 'SIGKILL');

    const young = await deployMetadata(e, ws, ns, { ...secretInputs, 'recover-pending-after': '1h' });
    expect(young.exitCode, explain(young)).toBe(1);
    expect(young.summary).toMatch(/is pending-upgrade \(revision 2\) since \d+s, younger than recover-pending-after \(60m 0s\)/);
    expect(young.summary).toContain(`helm rollback ${RELEASE} 1 --namespace ${ns}`);
    expect(await revisionStatuses(RELEASE, ns)).toEqual(['deployed', 'pending-upgrade']);

    await sleep(2_000);
    const old = await deployMetadata(e, ws, ns, { ...secretInputs, 'recover-pending-after': '1s' });
    expect(old.exitCode, explain(old)).toBe(0);
    expect(old.summary).toContain('### Recovery of a stuck release');
    expect(old.summary).toMatch(/was pending-upgrade \(revision 2\) for \d+s: rolled back to revision 1 with `helm rollback/);
    // helm rollback leaves the stuck revision in the history as it was; the release runs the rolled-back one.
    expect(await revisionStatuses(RELEASE, ns)).toEqual(['superseded', 'pending-upgrade', 'deployed']);
    expect(old.outputs).toMatchObject({ status: 'deployed', revision: '3', changed: 'true' });

    setImage(ws, 'chalk.example/frontend:1.0.3');
    const next = await deployMetadata(e, ws, ns, secretInputs);
    expect(next.exitCode, explain(next)).toBe(0);
    expect(next.outputs).toMatchObject({ status: 'deployed', revision: '4' });
  });

  it('serialises two concurrent runs through the deploy Lease', { timeout: LONG }, async () => {
    const e = await env();
    const ns = await namespace(`dm${major}-lock`);
    const [ws1, ws2] = await Promise.all([metadataWorkspace('chalk.example/frontend:2.0.1'), metadataWorkspace('chalk.example/frontend:2.0.2')]);
    const runs = await Promise.all([deployMetadata(e, ws1, ns, secretInputs), deployMetadata(e, ws2, ns, secretInputs)]);
    for (const run of runs) expect(run.exitCode, explain(run)).toBe(0);
    expect(
      runs.filter((r) => /waited [\d.]+ s for the deploy lock held by https:\/\/github\.com\/acme\/chalk-infra\/actions\/runs\/4711/.test(r.summary)),
    ).toHaveLength(1);
    expect((await revisionStatuses(RELEASE, ns)).sort()).toEqual(['deployed', 'superseded']);
    const lease = await must(kubectl(['-n', ns, 'get', 'lease', `chalk-deploy-${RELEASE}`, '-o', 'jsonpath={.spec.holderIdentity}']));
    expect(lease.stdout).toBe('');
  });

  it('waits for a lock another deploy holds up to lock-timeout, then fails clearly without touching the release', { timeout: LONG }, async () => {
    const e = await env();
    const ns = await namespace(`dm${major}-held`);
    const holder = 'https://github.com/acme/chalk-infra/actions/runs/999/attempts/1 (job deploy, runner-7 pid 4242)';
    const lease = {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: `chalk-deploy-${RELEASE}`, namespace: ns },
      spec: { holderIdentity: holder, leaseDurationSeconds: 600, renewTime: new Date().toISOString().replace('Z', '000Z') },
    };
    await must(kubectl(['apply', '-f', '-'], undefined, JSON.stringify(lease)));
    const ws = await metadataWorkspace();
    const run = await deployMetadata(e, ws, ns, { ...secretInputs, 'lock-timeout': '3s' });
    expect(run.exitCode, explain(run)).toBe(1);
    expect(run.main.stdout).toContain(`another deploy of ${RELEASE} holds the lock ${ns}/chalk-deploy-${RELEASE} (${holder})`);
    expect(run.main.stdout).toContain('cancel-in-progress: false');
    expect(await revisionStatuses(RELEASE, ns)).toEqual([]);
  });

  it('checks existing Secrets for their keys when no secret inputs are given, and refuses to deploy without them', { timeout: LONG }, async () => {
    const e = await env();
    const ns = await namespace(`dm${major}-nosec`);
    await must(
      kubectl([
        '-n',
        ns,
        'create',
        'secret',
        'generic',
        'chalk-frontend-secrets',
        '--from-literal=GOOGLE_CLIENT_ID=id',
        '--from-literal=GOOGLE_CLIENT_SECREET=x',
      ]),
    );
    const run = await deployMetadata(e, await metadataWorkspace(), ns);
    expect(run.exitCode, explain(run)).toBe(1);
    expect(run.summary).toContain('❌ refused: the Secrets are not usable; the release was not touched');
    expect(run.summary).toContain(`secret metadata-plane-secrets does not exist in namespace ${ns}`);
    expect(run.summary).toContain('has GOOGLE_CLIENT_SECREET, which looks like a misspelling of GOOGLE_CLIENT_SECRET (the typo is in the guide)');
    expect(await revisionStatuses(RELEASE, ns)).toEqual([]);
  });

  it('reports what a dry run into a namespace that does not exist yet would do, and creates nothing', { timeout: LONG }, async () => {
    const e = await env();
    const ns = uniq(`dm${major}-dry`);
    const run = await deployMetadata(e, await metadataWorkspace(), ns, { ...secretInputs, 'dry-run': 'true' });
    expect(run.exitCode, explain(run)).toBe(0);
    expect(run.summary).toContain('📝 would deploy (dry run)');
    expect(run.summary).toContain(`| ${ns}/metadata-plane-secrets | created |`);
    expect(run.outputs.changed).toBe('false');
    expect((await kubectl(['get', 'namespace', ns])).code, 'the namespace was not created').not.toBe(0);
  });

  it('refuses an invalid config before touching the cluster', { timeout: LONG }, async () => {
    const e = await env();
    const ns = uniq(`dm${major}-cfg`);
    const ws = await metadataWorkspace();
    const { writeFile, readFile } = await import('node:fs/promises');
    const values = `${ws}/values.yaml`;
    await writeFile(values, (await readFile(values, 'utf8')).replace('https://api.chalk.acme.dev', 'http://api.chalk.acme.dev'));
    const run = await deployMetadata(e, ws, ns, secretInputs);
    expect(run.exitCode, explain(run)).toBe(1);
    expect(run.summary).toContain('❌ refused: the configuration is invalid; the release was not touched');
    expect(run.annotations.some((a) => a.file === 'values.yaml' && a.line === 5 && /api_host/.test(a.message))).toBe(true);
    const exists = await kubectl(['get', 'namespace', ns]);
    expect(exists.code, 'the namespace was not created').not.toBe(0);
  });
});
