/**
 * deploy-dataplane end to end, through its bundle and the local runner, on the bed with both helm
 * majors: the lock mode pins "latest" and "1.0.0+", a deploy refuses a missing or stale lock, installs
 * the stand-in charts in `needs` order with the CRD-dependent cluster resources after their CRDs,
 * skips everything on an identical re-run, and stops at the first failure.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ActionRun } from '../../src/runner/action-runner.js';
import { deployEnv, type DeployEnv } from '../apply/bed.js';
import { runBundled } from '../helpers/action.js';
import { HELM_MAJORS } from '../helpers/helm.js';
import { bed, deleteNamespace, kubectl, LONG, must, uniq } from '../testbed/util.js';

interface Release {
  chart: string;
  version: string;
  namespace: string;
  needs?: string[];
  values?: Record<string, unknown>;
  timeout?: string;
}

function chartSetYaml(releases: Record<string, Release>): string {
  return JSON.stringify({ releases }, null, 2);
}

function explain(run: ActionRun): string {
  return `exit ${run.exitCode}\n${run.summary}\n${run.main.stderr}\n${run.main.stdout.slice(-3000)}`;
}

/** Start order from the summary's table (`| 1 | gateway-helm | …`). */
function startOrder(summary: string): string[] {
  return [...summary.matchAll(/^\| (\d+) \| ([\w.-]+) \|/gm)].sort((a, b) => Number(a[1]) - Number(b[1])).map((m) => m[2]!);
}

describe.each(HELM_MAJORS)('deploy-dataplane with helm %i', (major) => {
  const prefix = uniq(`dp${major}`);
  const ns = (name: string): string => `${prefix}-${name}`;
  const chart = (name: string): string => `${bed().TESTBED_CHARTS_OCI}/${name}`;
  let d: DeployEnv;
  afterAll(async () => {
    for (const name of ['gw', 'cm', 'dns', 'karp', 'keda', 'ms', 'bp']) await deleteNamespace(ns(name));
    // Cluster-scoped leftovers: cert-manager's CRDs belong to this run's release (helm keeps them), the EC2NodeClass to this test.
    await kubectl([
      'delete',
      'crd',
      'clusterissuers.cert-manager.io',
      'issuers.cert-manager.io',
      'certificates.cert-manager.io',
      '--ignore-not-found',
      '--wait=false',
    ]);
    await kubectl(['delete', 'ec2nodeclass', `nc-${prefix}`, '--ignore-not-found', '--wait=false']);
  });

  const releases: Record<string, Release> = {
    'gateway-helm': { chart: chart('gateway-helm'), version: 'v1.6.0', namespace: ns('gw') },
    'cert-manager': {
      chart: chart('cert-manager'),
      version: 'latest',
      namespace: ns('cm'),
      needs: ['gateway-helm'],
      values: {
        crds: { enabled: true },
        config: { apiVersion: 'controller.config.cert-manager.io/v1alpha1', kind: 'ControllerConfiguration', enableGatewayAPI: true },
      },
    },
    'external-dns': { chart: chart('external-dns'), version: '1.17.0', namespace: ns('dns'), needs: ['gateway-helm'] },
    karpenter: { chart: chart('karpenter'), version: '1.0.0+', namespace: ns('karp') },
    keda: { chart: chart('keda'), version: '2.11.1', namespace: ns('keda') },
  };

  const run = (ws: string, inputs: Record<string, string>): Promise<ActionRun> =>
    runBundled('deploy-dataplane', { workspace: ws, env: d.env, inputs: { 'ca-file': bed().TESTBED_REGISTRY_CA, timeout: '60s', ...inputs } });

  it(
    'pins the set with mode: lock, installs it in needs order with the cluster resources after their CRDs, and skips an identical re-run',
    { timeout: 2 * LONG },
    async () => {
      d = await deployEnv(major);
      const ws = await mkdtemp(join(tmpdir(), 'chalk-dp-'));
      await writeFile(join(ws, 'chart-set.yaml'), chartSetYaml(releases));

      const missing = await run(ws, { 'chart-set': 'chart-set.yaml' });
      expect(missing.exitCode, explain(missing)).toBe(1);
      expect(missing.main.stdout).toContain('the lock file chart-set.lock.yaml does not exist');

      const lock = await run(ws, { 'chart-set': 'chart-set.yaml', mode: 'lock' });
      expect(lock.exitCode, explain(lock)).toBe(0);
      expect(lock.outputs['lock-file']).toBe(join(ws, 'chart-set.lock.yaml'));
      const pinned = parse(await readFile(join(ws, 'chart-set.lock.yaml'), 'utf8')) as {
        releases: Record<string, { version: string; digest?: string; requested: string }>;
      };
      expect(pinned.releases['cert-manager']).toMatchObject({ requested: 'latest', version: 'v1.16.1' });
      expect(pinned.releases.karpenter).toMatchObject({ requested: '1.0.0+', version: '1.0.1' });
      expect(pinned.releases.keda).toMatchObject({ requested: '2.11.1', version: '2.11.1' });
      for (const entry of Object.values(pinned.releases)) expect(entry.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(lock.summary).toMatch(/\| cert-manager \| oci:\/\/\S+ \| latest \| v1\.16\.1 \| sha256:/);

      const resources = {
        'cluster-issuer-email': 'platform@acme.dev',
        'cluster-issuer-name': `le-${prefix}`,
        'route53-region': 'us-east-1',
        'node-class-role': 'KarpenterNodeRole-chalk',
        'node-class-name': `nc-${prefix}`,
        'node-class-subnet-tags': 'karpenter.sh/discovery=chalk',
        'background-persistence-role-arn': 'arn:aws:iam::123456789012:role/chalk-background-persistence',
        'background-persistence-namespace': ns('bp'),
      };
      const deployed = await run(ws, { 'chart-set': 'chart-set.yaml', ...resources });
      expect(deployed.exitCode, explain(deployed)).toBe(0);
      const order = startOrder(deployed.summary);
      expect(order).toHaveLength(5);
      expect(order.indexOf('gateway-helm')).toBeLessThan(order.indexOf('cert-manager'));
      expect(order.indexOf('gateway-helm')).toBeLessThan(order.indexOf('external-dns'));
      const outcomes = JSON.parse(deployed.outputs.releases!) as { release: string; outcome: string; version: string }[];
      expect(Object.fromEntries(outcomes.map((r) => [r.release, [r.outcome, r.version]]))).toEqual({
        'gateway-helm': ['installed', 'v1.6.0'],
        'cert-manager': ['installed', 'v1.16.1'],
        'external-dns': ['installed', '1.17.0'],
        karpenter: ['installed', '1.0.1'],
        keda: ['installed', '2.11.1'],
      });
      expect(deployed.outputs).toMatchObject({ changed: 'true', 'first-failure': '' });
      expect(deployed.summary).toMatch(new RegExp(`\\| ClusterIssuer/le-${prefix} \\| ✅ applied \\| cert-manager \\|`));
      expect(deployed.summary).toMatch(new RegExp(`\\| EC2NodeClass/nc-${prefix} \\| ✅ applied \\| karpenter \\|`));
      const issuer = JSON.parse((await must(kubectl(['get', 'clusterissuer', `le-${prefix}`, '-o', 'json']))).stdout) as { spec: unknown };
      expect(issuer.spec).toEqual({
        acme: {
          email: 'platform@acme.dev',
          server: 'https://acme-v02.api.letsencrypt.org/directory',
          privateKeySecretRef: { name: `le-${prefix}-account-key` },
          solvers: [{ dns01: { route53: { region: 'us-east-1' } } }],
        },
      });
      const nodeClass = JSON.parse((await must(kubectl(['get', 'ec2nodeclass', `nc-${prefix}`, '-o', 'json']))).stdout) as { spec: unknown };
      expect(nodeClass.spec).toMatchObject({ amiSelectorTerms: [{ alias: 'al2023@latest' }], role: 'KarpenterNodeRole-chalk' });
      const sa = await must(
        kubectl(['-n', ns('bp'), 'get', 'serviceaccount', 'background-persistence', '-o', 'jsonpath={.metadata.annotations.eks\\.amazonaws\\.com/role-arn}']),
      );
      expect(sa.stdout).toBe('arn:aws:iam::123456789012:role/chalk-background-persistence');
      const config = await must(kubectl(['-n', ns('cm'), 'get', 'configmap', 'cert-manager', '-o', 'jsonpath={.data.config\\.yaml}']));
      expect(config.stdout).toContain('enableGatewayAPI: true');

      const again = await run(ws, { 'chart-set': 'chart-set.yaml', ...resources });
      expect(again.exitCode, explain(again)).toBe(0);
      expect((JSON.parse(again.outputs.releases!) as { outcome: string }[]).map((r) => r.outcome)).toEqual(Array(5).fill('unchanged'));
      expect(again.outputs.changed, again.summary).toBe('false');

      const stale = { ...releases, keda: { ...releases.keda!, version: '2.11.2' } };
      await writeFile(join(ws, 'chart-set.yaml'), chartSetYaml(stale));
      const refused = await run(ws, { 'chart-set': 'chart-set.yaml' });
      expect(refused.exitCode, explain(refused)).toBe(1);
      expect(refused.main.stdout).toContain("chart-set.lock.yaml does not match chart-set.yaml: keda's version changed from 2.11.1 to 2.11.2");
    },
  );

  it(
    'stops at the first failure: what ran before stays deployed, the failed release is rolled back, its dependents are not started',
    { timeout: 2 * LONG },
    async () => {
      const ws = await mkdtemp(join(tmpdir(), 'chalk-dp-'));
      await writeFile(
        join(ws, 'chart-set.yaml'),
        chartSetYaml({
          keda: { ...releases.keda!, namespace: ns('keda'), values: { image: { tag: 'does-not-exist' } }, timeout: '20s' },
          'metrics-server': { chart: chart('metrics-server'), version: '3.12.2', namespace: ns('ms'), needs: ['keda'] },
          'gateway-helm': releases['gateway-helm']!,
        }),
      );
      expect((await run(ws, { 'chart-set': 'chart-set.yaml', mode: 'lock' })).exitCode).toBe(0);
      const failed = await run(ws, { 'chart-set': 'chart-set.yaml' });
      expect(failed.exitCode, explain(failed)).toBe(1);
      expect(failed.outputs['first-failure']).toBe('keda');
      const outcomes = Object.fromEntries((JSON.parse(failed.outputs.releases!) as { release: string; outcome: string }[]).map((r) => [r.release, r.outcome]));
      expect(outcomes).toEqual({ keda: 'rolled-back', 'metrics-server': 'not-started', 'gateway-helm': 'unchanged' });
      expect(failed.summary).toContain('⏭️ not started (keda failed first)');
      expect(failed.summary).toMatch(/\| keda-operator \| (ImagePullBackOff|ErrImagePull) \|/);
      expect(failed.summary).toContain('Fix: The release runs revision 3 (deployed) again.');
      const image = await must(kubectl(['-n', ns('keda'), 'get', 'deploy', 'keda-operator', '-o', 'jsonpath={.spec.template.spec.containers[0].image}']));
      expect(image.stdout).not.toContain('does-not-exist');
      const ms = await kubectl(['get', 'namespace', ns('ms')]);
      expect(ms.code, 'metrics-server was never started').not.toBe(0);
    },
  );
});
