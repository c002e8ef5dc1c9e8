import { describe, expect, it } from 'vitest';
import { grantRestricted } from '../../testbed/index.js';
import { bed, exec, helmHome, helmLogin, kubectl, LONG, must, uniq } from './util.js';

describe('test bed: registry auth and the restricted identity', () => {
  it('the registry rejects bad credentials with 401', { timeout: LONG }, async () => {
    const b = bed();
    const ca = b.TESTBED_REGISTRY_CA;
    const res = await fetchWithCa(`https://${b.TESTBED_REGISTRY}/v2/`, ca, `${b.TESTBED_REGISTRY_USER}:wrong-password`);
    expect(res).toBe(401);
    expect(await fetchWithCa(`https://${b.TESTBED_REGISTRY}/v2/`, ca)).toBe(401);
    expect(await fetchWithCa(`https://${b.TESTBED_REGISTRY}/v2/`, ca, `${b.TESTBED_REGISTRY_USER}:${b.TESTBED_REGISTRY_PASSWORD}`)).toBe(200);
    const h = helmHome();
    try {
      const bad = await helmLogin(h.env, b.TESTBED_HELM, 'wrong-password');
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toMatch(/401|unauthorized/i);
      // without --ca-file the bed's CA is not trusted
      const noCa = await exec(b.TESTBED_HELM, ['registry', 'login', b.TESTBED_REGISTRY, '--username', b.TESTBED_REGISTRY_USER, '--password-stdin'], {
        env: h.env,
        input: b.TESTBED_REGISTRY_PASSWORD,
      });
      expect(noCa.code).not.toBe(0);
      expect(noCa.stderr).toMatch(/certificate/i);
    } finally {
      h.cleanup();
    }
  });

  it('a namespace labelled chalk.ai/testbed-restricted=true (like chalk-metadata) grants the restricted identity read access', { timeout: LONG }, async () => {
    const b = bed();
    const ns = uniq('tb-rlabel');
    await must(kubectl(['create', 'namespace', ns]));
    try {
      await must(kubectl(['label', 'namespace', ns, 'chalk.ai/testbed-restricted=true']));
      let ok = false;
      for (let i = 0; i < 60 && !ok; i++) {
        ok = (await kubectl(['-n', ns, 'get', 'secrets'], b.TESTBED_RESTRICTED_KUBECONFIG)).code === 0;
        if (!ok) await new Promise((r) => setTimeout(r, 500));
      }
      expect(ok).toBe(true);
      const create = await kubectl(['-n', ns, 'create', 'secret', 'generic', 'x', '--from-literal=a=b'], b.TESTBED_RESTRICTED_KUBECONFIG);
      expect(create.stderr).toMatch(/forbidden/i);
    } finally {
      await kubectl(['delete', 'namespace', ns, '--wait=false']);
    }
  });

  it('the restricted kubeconfig cannot create a Deployment and only reads pods/secrets where granted', { timeout: LONG }, async () => {
    const b = bed();
    const ns = uniq('tb-rbac');
    await must(kubectl(['create', 'namespace', ns]));
    try {
      const create = await kubectl(['-n', ns, 'create', 'deployment', 'nope', '--image=busybox:1.36'], b.TESTBED_RESTRICTED_KUBECONFIG);
      expect(create.code).not.toBe(0);
      expect(create.stderr).toMatch(/forbidden/i);
      expect(create.stderr).toContain(`User "${b.TESTBED_RESTRICTED_USER}" cannot create resource "deployments"`);

      const before = await kubectl(['-n', ns, 'get', 'pods'], b.TESTBED_RESTRICTED_KUBECONFIG);
      expect(before.stderr).toMatch(/forbidden/i);
      await grantRestricted(ns);
      await must(kubectl(['-n', ns, 'get', 'pods,secrets'], b.TESTBED_RESTRICTED_KUBECONFIG));
      const canI = await kubectl(['auth', 'can-i', 'create', 'deployments', '-n', ns], b.TESTBED_RESTRICTED_KUBECONFIG);
      expect(canI.stdout.trim()).toBe('no');
      const cluster = await kubectl(['get', 'nodes'], b.TESTBED_RESTRICTED_KUBECONFIG);
      expect(cluster.stderr).toMatch(/forbidden/i);
    } finally {
      await kubectl(['delete', 'namespace', ns, '--wait=false']);
    }
  });
});

async function fetchWithCa(url: string, ca: string, auth?: string): Promise<number> {
  const { request } = await import('node:https');
  const { readFileSync } = await import('node:fs');
  return new Promise((resolve, reject) => {
    const req = request(url, { ca: readFileSync(ca), headers: auth ? { authorization: `Basic ${Buffer.from(auth).toString('base64')}` } : {} }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}
