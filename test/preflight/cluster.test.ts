/**
 * preflight's cluster group end to end: the bundle under Node 24 against the bed's real API server,
 * as the admin and as the restricted identity, plus a stuck release and an unreachable endpoint.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grantRestricted } from '../testbed/index.js';
import { workspaceFrom } from './helpers/action.js';
import { runPreflight, scratchNamespaces } from './helpers/preflight.js';
import { bed, kubectl, must } from './testbed/util.js';

const namespace = scratchNamespaces();

const preflight = (inputs: Record<string, string>, kubeconfig = bed().KUBECONFIG) => runPreflight('cluster', inputs, { KUBECONFIG: kubeconfig });

/** A helm release revision as helm's storage driver writes it: a Secret labelled owner/name/status/version. */
async function releaseRevision(ns: string, release: string, revision: number, status: string, modifiedSecondsAgo: number): Promise<void> {
  const modifiedAt = Math.floor(Date.now() / 1000) - modifiedSecondsAgo;
  const secret = {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'helm.sh/release.v1',
    metadata: {
      name: `sh.helm.release.v1.${release}.v${revision}`,
      namespace: ns,
      labels: { owner: 'helm', name: release, status, version: String(revision), modifiedAt: String(modifiedAt) },
    },
    data: { release: Buffer.from('H4sIAAAAAAAA/wMAAAAAAAAAAAA=').toString('base64') },
  };
  await must(kubectl(['apply', '-f', '-'], bed().KUBECONFIG, JSON.stringify(secret)));
}

describe('preflight cluster', () => {
  it.concurrent('passes for the admin identity and reports the server version', async () => {
    const ns = await namespace('pf-cl-admin');
    const { run, checks } = await preflight({ namespace: ns });
    expect(run.exitCode).toBe(0);
    expect(checks['cluster.api']).toMatchObject({ verdict: 'pass' });
    expect(checks['cluster.api']!.finding).toBe(
      `Kubernetes ${bed().TESTBED_KUBERNETES_VERSION} at ${bed().TESTBED_APISERVER} (context chalk-testbed-admin@chalk-testbed)`,
    );
    expect(checks['cluster.access']).toMatchObject({ verdict: 'pass', finding: `all 33 permissions granted in namespace ${ns}` });
    expect(checks['cluster.cluster-scoped-access']).toMatchObject({ verdict: 'pass', finding: 'all 16 permissions granted cluster-wide' });
    expect(checks['cluster.release']).toMatchObject({
      verdict: 'pass',
      finding: `no release chalk-metadata-plane in namespace ${ns} yet: the deploy installs it`,
    });
    expect(run.summary).toContain('Chalk preflight passed');
  });

  it.concurrent('names every permission the restricted identity lacks', async () => {
    const ns = await namespace('pf-cl-restricted');
    await grantRestricted(ns);
    const { run, checks } = await preflight({ namespace: ns }, bed().TESTBED_RESTRICTED_KUBECONFIG);
    expect(run.exitCode).toBe(1);
    expect(checks['cluster.api']!.verdict).toBe('pass');
    const all = 'all of get, list, create, update, patch, delete';
    expect(checks['cluster.access']).toMatchObject({
      verdict: 'fail',
      finding: `29 of 33 permissions denied in namespace ${ns}: deployments.apps (${all}); services (${all}); configmaps (${all}); secrets (create, update, patch, delete); serviceaccounts (${all}); pods (watch)`,
      fix: `Bind the deploying identity to a Role in namespace ${ns} with apiGroups [apps, ""], resources [deployments, services, configmaps, secrets, serviceaccounts, pods], verbs [get, list, create, update, patch, delete, watch] (or use an admin identity for the install).`,
    });
    // Cluster-scoped kinds only matter for the Data Plane, which is not being checked: a warning.
    expect(checks['cluster.cluster-scoped-access']!.verdict).toBe('warn');
    expect(checks['cluster.cluster-scoped-access']!.finding).toBe(
      '16 of 16 permissions denied cluster-wide: customresourcedefinitions.apiextensions.k8s.io (all of get, create, update, patch); clusterroles.rbac.authorization.k8s.io (all of get, create, update, patch); clusterrolebindings.rbac.authorization.k8s.io (all of get, create, update, patch); namespaces (all of get, create, update, patch)',
    );
    // It may list secrets in the namespace, so helm's release history is readable.
    expect(checks['cluster.release']!.verdict).toBe('pass');
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.title)).toEqual(['preflight cluster.access', undefined]); // and the step's own failure
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.title)).toEqual(['preflight cluster.cluster-scoped-access']);
  });

  it.concurrent('fails the cluster-scoped permissions when the Data Plane is being checked too', async () => {
    const ns = await namespace('pf-cl-dp');
    await grantRestricted(ns);
    const { checks } = await runPreflight(
      'cluster,dataplane',
      { namespace: ns },
      { KUBECONFIG: bed().TESTBED_RESTRICTED_KUBECONFIG, AWS_EC2_METADATA_DISABLED: 'true' },
    );
    const check = checks['cluster.cluster-scoped-access']!;
    expect(check.verdict).toBe('fail');
    expect(check.fix).toBe(
      'Bind the deploying identity to a ClusterRole with apiGroups [apiextensions.k8s.io, rbac.authorization.k8s.io, ""], resources [customresourcedefinitions, clusterroles, clusterrolebindings, namespaces], verbs [get, create, update, patch] (or use an admin identity for the install).',
    );
  });

  it.concurrent('says why the restricted identity cannot read release history where it has no grant', async () => {
    const ns = await namespace('pf-cl-nogrant');
    const { checks } = await preflight({ namespace: ns }, bed().TESTBED_RESTRICTED_KUBECONFIG);
    expect(checks['cluster.release']!.verdict).toBe('fail');
    expect(checks['cluster.release']!.finding).toContain(
      `cannot read the release history of chalk-metadata-plane (helm keeps it in Secrets of ${ns}): secrets is forbidden: User "chalk-restricted" cannot list resource "secrets"`,
    );
    expect(checks['cluster.release']!.fix).toBe('Grant the identity the missing RBAC permission, or run with an identity that has it.');
  });

  it.concurrent('reports a pending-upgrade release with its age and the rollback the deploy will do', async () => {
    const ns = await namespace('pf-cl-pending');
    await releaseRevision(ns, 'chalk-metadata-plane', 1, 'superseded', 7200);
    await releaseRevision(ns, 'chalk-metadata-plane', 2, 'deployed', 3600);
    await releaseRevision(ns, 'chalk-metadata-plane', 3, 'pending-upgrade', 600);
    const { run, checks } = await preflight({ namespace: ns });
    expect(run.exitCode).toBe(0);
    expect(checks['cluster.release']).toMatchObject({
      verdict: 'warn',
      finding: `release chalk-metadata-plane revision 3 is pending-upgrade, 10 min old: the deploy will roll back to revision 2 (deployed), then upgrade (helm rollback chalk-metadata-plane 2 --namespace ${ns})`,
    });
    expect(run.outputs['warning-count']).toBe('1');
  });

  it.concurrent('reports a never-finished first install and the uninstall the deploy will do, for a custom release name', async () => {
    const ns = await namespace('pf-cl-pinstall');
    await releaseRevision(ns, 'my-chalk', 1, 'pending-install', 300);
    const { checks } = await preflight({ namespace: ns, release: 'my-chalk' });
    expect(checks['cluster.release']).toMatchObject({
      verdict: 'warn',
      finding: `release my-chalk revision 1 is pending-install, 5 min old: the deploy will uninstall the never-completed release, then install it again (helm uninstall my-chalk --namespace ${ns})`,
    });
    expect(checks['cluster.release']!.fix).toContain('If another deploy of my-chalk is still running, let it finish');
  });

  it.concurrent('fails fast and precisely when the API server does not answer, and skips what depends on it', async () => {
    const config = (await readFile(bed().KUBECONFIG, 'utf8')).replace(bed().TESTBED_APISERVER, 'https://127.0.0.1:1');
    const path = join(await workspaceFrom(), 'dead-kubeconfig');
    await writeFile(path, config);
    const { run, checks } = await preflight({ namespace: 'chalk-metadata' }, path);
    expect(run.exitCode).toBe(1);
    expect(checks['cluster.api']).toMatchObject({ verdict: 'fail', finding: 'cannot reach the API server at https://127.0.0.1:1 (ECONNREFUSED)' });
    for (const id of ['cluster.access', 'cluster.cluster-scoped-access', 'cluster.release'])
      expect(checks[id]).toMatchObject({ verdict: 'skipped', finding: 'skipped: cluster.api did not pass' });
  });

  it.concurrent('cannot be hung by an API endpoint that accepts connections and never answers', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const url = `https://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const path = join(await workspaceFrom(), 'silent-kubeconfig');
      await writeFile(path, (await readFile(bed().KUBECONFIG, 'utf8')).replace(bed().TESTBED_APISERVER, url));
      const started = Date.now();
      const { run, checks } = await preflight({ namespace: 'chalk-metadata', 'check-timeout': '2s' }, path);
      expect(Date.now() - started).toBeLessThan(8_000);
      expect(run.exitCode).toBe(1);
      expect(checks['cluster.api']).toMatchObject({ verdict: 'fail', finding: 'timed out after 2 s' });
      expect(checks['cluster.access']!.verdict).toBe('skipped');
    } finally {
      sockets.forEach((s) => s.destroy());
      silent.close();
    }
  });

  it.concurrent('says when there is no kubeconfig at all', async () => {
    const { run, checks } = await preflight({}, '/nonexistent/kubeconfig');
    expect(run.exitCode).toBe(1);
    expect(checks['cluster.api']).toMatchObject({
      verdict: 'fail',
      finding: 'KUBECONFIG names /nonexistent/kubeconfig, which does not exist',
      fix: 'Point KUBECONFIG at the kubeconfig file of the cluster.',
    });
  });
});
