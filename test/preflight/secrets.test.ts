/**
 * preflight's secrets group end to end against the bed's API server: the namespace and the two
 * Secrets of the guide, with missing, empty, misspelt and wrongly created keys — and never a value
 * in the output.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grantRestricted } from '../../testbed/index.js';
import { workspaceFrom } from '../helpers/action.js';
import { runPreflight, scratchNamespaces } from '../helpers/preflight.js';
import { bed, createSecret, kubectl, must, uniq } from '../testbed/util.js';

const namespace = scratchNamespaces();

const PG = { POSTGRES_USER: 'chalk', POSTGRES_PASSWORD: 'pg-Secret-Value-1', POSTGRES_HOST: 'db.internal', POSTGRES_DB: 'chalk' };
const OIDC = { GOOGLE_CLIENT_ID: 'client-id-1', GOOGLE_CLIENT_SECRET: 'oidc-Secret-Value-2' };

async function preflight(inputs: Record<string, string>, kubeconfig = bed().KUBECONFIG) {
  const result = await runPreflight('secrets', inputs, { KUBECONFIG: kubeconfig });
  const { run } = result;
  const everything = run.main.stdout + run.main.stderr + run.summary + (await readFile(run.outputs.report!, 'utf8'));
  // Values are never read into a log, summary or report, whatever the verdict.
  for (const value of [...Object.values(PG), ...Object.values(OIDC)].filter((v) => v.includes('Value'))) expect(everything).not.toContain(value);
  return result;
}

describe('preflight secrets', () => {
  it.concurrent('passes with the namespace and both secrets in place', async () => {
    const ns = await namespace('pf-sec-ok');
    await createSecret(ns, 'metadata-plane-secrets', PG);
    await createSecret(ns, 'chalk-frontend-secrets', OIDC);
    const { run, checks } = await preflight({ namespace: ns });
    expect(run.exitCode).toBe(0);
    expect(checks['secrets.namespace']).toMatchObject({ verdict: 'pass', finding: `namespace ${ns} exists` });
    expect(checks['secrets.metadata-plane-secrets']).toMatchObject({
      verdict: 'pass',
      finding: 'secret metadata-plane-secrets has POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_HOST, POSTGRES_DB',
    });
    expect(checks['secrets.chalk-frontend-secrets']).toMatchObject({
      verdict: 'pass',
      finding: 'secret chalk-frontend-secrets has GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET',
    });
  });

  it.concurrent("names missing and empty keys, and the guide's GOOGLE_CLIENT_SECREET typo", async () => {
    const ns = await namespace('pf-sec-keys');
    await createSecret(ns, 'metadata-plane-secrets', { POSTGRES_USER: 'chalk', POSTGRES_PASSWORD: ' ', postgres_host: 'db.internal' });
    await createSecret(ns, 'chalk-frontend-secrets', { GOOGLE_CLIENT_ID: 'client-id-1', GOOGLE_CLIENT_SECREET: OIDC.GOOGLE_CLIENT_SECRET });
    const { run, checks } = await preflight({ namespace: ns });
    expect(run.exitCode).toBe(1);
    expect(checks['secrets.metadata-plane-secrets']).toMatchObject({
      verdict: 'fail',
      finding: 'missing POSTGRES_HOST, POSTGRES_DB; empty POSTGRES_PASSWORD; has postgres_host, which looks like a misspelling of POSTGRES_HOST',
      fix: `Add the missing keys (the env file name does not matter, the key names do): kubectl create secret generic metadata-plane-secrets --namespace ${ns} --from-env-file metadata-plane-secrets.env --dry-run=client -o yaml | kubectl apply -f -`,
    });
    expect(checks['secrets.chalk-frontend-secrets']).toMatchObject({
      verdict: 'fail',
      finding: 'missing GOOGLE_CLIENT_SECRET; has GOOGLE_CLIENT_SECREET, which looks like a misspelling of GOOGLE_CLIENT_SECRET (the typo is in the guide)',
    });
    expect(run.outputs['error-count']).toBe('2');
    // The job summary's table row carries the finding and the fix (pipes escaped for markdown).
    expect(run.summary).toContain('### ❌ Chalk preflight failed: 2 errors');
    expect(run.summary).toContain(
      '| ❌ fail | missing GOOGLE_CLIENT_SECRET; has GOOGLE_CLIENT_SECREET, which looks like a misspelling of GOOGLE_CLIENT_SECRET (the typo is in the guide) |',
    );
    expect(run.summary).toContain('--dry-run=client -o yaml \\| kubectl apply -f -');
    expect(run.annotations.filter((a) => a.title).map((a) => a.title)).toEqual([
      'preflight secrets.metadata-plane-secrets',
      'preflight secrets.chalk-frontend-secrets',
    ]);
  });

  it.concurrent('recognises a secret created with --from-file instead of --from-env-file', async () => {
    const ns = await namespace('pf-sec-file');
    await createSecret(ns, 'metadata-plane-secrets', PG);
    const env = `GOOGLE_CLIENT_ID=${OIDC.GOOGLE_CLIENT_ID}\nGOOGLE_CLIENT_SECRET=${OIDC.GOOGLE_CLIENT_SECRET}\n`;
    const file = join(await workspaceFrom(), 'oidc.env');
    await writeFile(file, env);
    await must(kubectl(['-n', ns, 'create', 'secret', 'generic', 'chalk-frontend-secrets', `--from-file=oidc.env=${file}`]));
    const { checks } = await preflight({ namespace: ns });
    expect(checks['secrets.chalk-frontend-secrets']).toMatchObject({
      verdict: 'fail',
      finding:
        'missing GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET; key oidc.env holds a whole env file (with GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET): it was created with --from-file',
      fix: `Recreate it with --from-env-file (not --from-file): kubectl create secret generic chalk-frontend-secrets --namespace ${ns} --from-env-file oidc.env --dry-run=client -o yaml | kubectl apply -f -`,
    });
  });

  it.concurrent('fails on a missing namespace, and only warns when the deploy creates it', async () => {
    const ns = uniq('pf-sec-none');
    const strict = await preflight({ namespace: ns });
    expect(strict.checks['secrets.namespace']).toMatchObject({
      verdict: 'fail',
      finding: `namespace ${ns} does not exist`,
      fix: `kubectl create namespace ${ns}`,
    });
    expect(strict.checks['secrets.metadata-plane-secrets']).toMatchObject({ verdict: 'skipped', finding: 'skipped: secrets.namespace did not pass' });

    const created = await preflight({ namespace: ns, 'create-namespace': 'true' });
    expect(created.checks['secrets.namespace']!.verdict).toBe('warn');
    expect(created.checks['secrets.metadata-plane-secrets']).toMatchObject({
      verdict: 'fail',
      finding: `namespace ${ns} does not exist, so secret metadata-plane-secrets does not either`,
    });
    expect(created.checks['secrets.metadata-plane-secrets']!.fix).toMatch(new RegExp(`^kubectl create namespace ${ns}; then Write POSTGRES_USER=…`));
  });

  it.concurrent('works for the restricted identity that may read secrets but not namespaces', async () => {
    const ns = await namespace('pf-sec-restricted');
    await grantRestricted(ns);
    await createSecret(ns, 'metadata-plane-secrets', PG);
    const { checks } = await preflight({ namespace: ns }, bed().TESTBED_RESTRICTED_KUBECONFIG);
    expect(checks['secrets.namespace']).toMatchObject({
      verdict: 'pass',
      finding: `namespace ${ns} exists (seen through its secret; this identity may not get namespaces)`,
    });
    expect(checks['secrets.metadata-plane-secrets']!.verdict).toBe('pass');
    expect(checks['secrets.chalk-frontend-secrets']).toMatchObject({
      verdict: 'fail',
      finding: `secret chalk-frontend-secrets does not exist in namespace ${ns}`,
    });
  });

  it.concurrent('gives the forbidden reason when the identity may not read the secrets', async () => {
    const ns = await namespace('pf-sec-forbidden');
    const { checks } = await preflight({ namespace: ns }, bed().TESTBED_RESTRICTED_KUBECONFIG);
    expect(checks['secrets.namespace']!.verdict).toBe('warn');
    expect(checks['secrets.namespace']!.finding).toContain(`cannot tell whether namespace ${ns} exists: namespaces "${ns}" is forbidden`);
    expect(checks['secrets.metadata-plane-secrets']!.verdict).toBe('fail');
    expect(checks['secrets.metadata-plane-secrets']!.finding).toContain(
      `cannot read secret metadata-plane-secrets in ${ns}: secrets "metadata-plane-secrets" is forbidden: User "chalk-restricted" cannot get resource "secrets"`,
    );
  });
});
