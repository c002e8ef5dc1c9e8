/**
 * preflight's cluster group end to end: the bundle under Node 24 against the bed's real API server,
 * as the admin and as the restricted identity, plus stuck releases (written by hand, and by a real
 * helm of each major interrupted mid-upgrade), an unreachable endpoint and kubeconfig exec plugins.
 */
import { spawn } from 'node:child_process';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { grantRestricted } from '../../testbed/index.js';
import { workspaceFrom } from '../helpers/action.js';
import { HELM_MAJORS, helmOf, type HelmMajor } from '../helpers/helm.js';
import { fixtures } from '../helpers/paths.js';
import { runPreflight, scratchNamespaces } from '../helpers/preflight.js';
import { bed, exec, kubectl, must } from '../testbed/util.js';

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

  it.concurrent('takes its credential from a kubeconfig exec plugin, and masks the key it prints', async () => {
    const config = parse(await readFile(bed().KUBECONFIG, 'utf8')) as Kubeconfig;
    const user = config.users[0]!.user as Record<string, string>;
    const pem = (key: string) => Buffer.from(user[key]!, 'base64').toString('utf8');
    const dir = await workspaceFrom();
    const answer = join(dir, 'credential.json');
    const status = { clientCertificateData: pem('client-certificate-data'), clientKeyData: pem('client-key-data') };
    await writeFile(answer, JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status }));
    const kubeconfig = await execKubeconfig(dir, `cat '${answer}'`);
    const { run, checks } = await preflight({ namespace: await namespace('pf-cl-exec') }, kubeconfig);
    expect(checks['cluster.api']).toMatchObject({ verdict: 'pass' });
    expect(checks['cluster.access']!.verdict).toBe('pass');
    expect(run.masks).toContain(status.clientKeyData);
  });

  it.concurrent('stops a hung exec plugin with the check that waited for it, and the step ends at once', async () => {
    const dir = await workspaceFrom();
    const kubeconfig = await execKubeconfig(dir, `echo $$ > '${join(dir, 'plugin.pid')}'; exec sleep 600`);
    const started = Date.now();
    const { run, checks } = await preflight({ namespace: 'chalk-metadata', 'check-timeout': '2s' }, kubeconfig);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.main.durationMs).toBeLessThan(8_000);
    expect(run.exitCode).toBe(1);
    expect(checks['cluster.api']).toMatchObject({ verdict: 'fail', finding: 'timed out after 2 s' });
    const pid = Number(await readFile(join(dir, 'plugin.pid'), 'utf8'));
    expect(alive(pid), 'the plugin outlived the step').toBe(false);
  });

  it.concurrent('names a failing exec plugin and what it said', async () => {
    const dir = await workspaceFrom();
    const kubeconfig = await execKubeconfig(dir, `echo 'error: SSO session expired, run aws sso login' >&2; exit 255`);
    const { checks } = await preflight({ namespace: 'chalk-metadata' }, kubeconfig);
    expect(checks['cluster.api']).toMatchObject({
      verdict: 'fail',
      finding: "the kubeconfig's credential plugin get-token failed (exit 255): error: SSO session expired, run aws sso login",
      fix: "Run get-token yourself with the job's environment to see why (it is the kubeconfig user's exec command).",
    });
  });
});

interface Kubeconfig {
  users: { name: string; user: Record<string, unknown> }[];
}

/** The bed's admin kubeconfig with its user's credential replaced by an exec plugin running `script`. */
async function execKubeconfig(dir: string, script: string): Promise<string> {
  const command = join(dir, 'get-token');
  await writeFile(command, `#!/bin/sh\n${script}\n`);
  await chmod(command, 0o755);
  const config = parse(await readFile(bed().KUBECONFIG, 'utf8')) as Kubeconfig;
  config.users[0]!.user = { exec: { apiVersion: 'client.authentication.k8s.io/v1', command, interactiveMode: 'Never' } };
  const path = join(dir, 'exec-kubeconfig');
  await writeFile(path, stringify(config));
  return path;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.each(HELM_MAJORS)('preflight cluster, releases a real helm %i wrote', (major: HelmMajor) => {
  const chart = join(fixtures, 'preflight', 'charts', 'stuck');
  const helm = (ns: string, args: string[]) => must(exec(helmOf(major), [...args, '--namespace', ns, '--kubeconfig', bed().KUBECONFIG]));

  it.concurrent('finds an upgrade helm left pending when it was killed, and its recovery works', async () => {
    const ns = await namespace(`pf-cl-helm${major}`);
    await helm(ns, ['install', 'chalk-metadata-plane', chart]);
    await helm(ns, ['upgrade', 'chalk-metadata-plane', chart]);
    const deployed = await preflight({ namespace: ns });
    expect(deployed.checks['cluster.release']).toMatchObject({ verdict: 'pass', finding: 'release chalk-metadata-plane is at revision 2 (deployed)' });

    // An upgrade that waits for a Deployment no node runs, killed (as a runner that dies would) once helm recorded it.
    const upgrade = spawn(
      helmOf(major),
      [
        'upgrade',
        'chalk-metadata-plane',
        chart,
        '--set',
        'unschedulable=true',
        '--wait',
        '--timeout',
        '10m',
        '--namespace',
        ns,
        '--kubeconfig',
        bed().KUBECONFIG,
      ],
      { stdio: 'ignore' },
    );
    try {
      await expect
        .poll(
          async () =>
            (await kubectl(['get', 'secret', 'sh.helm.release.v1.chalk-metadata-plane.v3', '-n', ns, '-o', 'jsonpath={.metadata.labels.status}'])).stdout,
          {
            timeout: 30_000,
            interval: 250,
          },
        )
        .toBe('pending-upgrade');
    } finally {
      upgrade.kill('SIGKILL');
    }
    const { checks } = await preflight({ namespace: ns });
    const recovery = ['rollback', 'chalk-metadata-plane', '2', '--namespace', ns];
    expect(checks['cluster.release']!.verdict).toBe('warn');
    expect(checks['cluster.release']!.finding).toMatch(
      new RegExp(
        `^release chalk-metadata-plane revision 3 is pending-upgrade, \\d+ s old: the deploy will roll back to revision 2 \\(deployed\\), then upgrade \\(helm ${recovery.join(' ')}\\)$`,
      ),
    );
    // The recovery the finding names, run with the same helm, clears the release.
    await must(exec(helmOf(major), [...recovery, '--kubeconfig', bed().KUBECONFIG]));
    const recovered = await preflight({ namespace: ns });
    expect(recovered.checks['cluster.release']).toMatchObject({ verdict: 'pass', finding: 'release chalk-metadata-plane is at revision 4 (deployed)' });
  });
});
