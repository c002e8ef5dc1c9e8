/**
 * helm-login's Artifact Registry provider end to end. The test bed's registry knows only its
 * htpasswd user, so these log in to a local HTTPS fake registry (certificate from a CA made here
 * with openssl) that records which credentials reached it and checks them the way Artifact
 * Registry does. The ADC case runs google-auth-library on an external_account credentials file like
 * the one google-github-actions/auth writes, pointed at local OIDC and STS endpoints.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runBundled } from '../helpers/action.js';
import { startFakeSts, type FakeSts } from '../fakes/google-sts.js';
import { startHostileServer, silence } from '../fakes/hostile-server.js';
import { startFakeRegistry, type FakeRegistry } from '../fakes/oci-registry.js';
import { makePki, type TestPki } from '../fakes/tls.js';
import { HELM_MAJORS } from '../helpers/helm.js';
import { pathWithHelm } from './helm-majors.js';

const ACCESS_TOKEN = 'ya29.c.fake-access-token-0123456789abcdef';
const AUDIENCE = '//iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/github/providers/chalk';

let pki: TestPki;
let registry: FakeRegistry | undefined;
let sts: FakeSts | undefined;
beforeAll(async () => {
  pki = await makePki();
});
afterEach(async () => {
  await registry?.close();
  await sts?.close();
  registry = sts = undefined;
});

const ws = () => mkdtemp(join(tmpdir(), 'chalk-ws-'));

async function externalAccountFile(dir: string, tokenUrl: string, oidcUrl: string): Promise<string> {
  const file = join(dir, 'gha-creds.json');
  await writeFile(
    file,
    JSON.stringify({
      type: 'external_account',
      audience: AUDIENCE,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      token_url: tokenUrl,
      credential_source: {
        url: `${oidcUrl}?audience=https://iam.googleapis.com${AUDIENCE.slice(1)}`,
        headers: { Authorization: 'Bearer gha-request-token' },
        format: { type: 'json', subject_token_field_name: 'value' },
      },
    }),
  );
  return file;
}

describe.each(HELM_MAJORS)('helm-login on helm %i: Google Artifact Registry', (major) => {
  it('logs in as oauth2accesstoken with the gcp-access-token input', async () => {
    registry = await startFakeRegistry({ pki, username: 'oauth2accesstoken', password: ACCESS_TOKEN, scheme: 'basic' });
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      env: { PATH: await pathWithHelm(major) },
      inputs: { registries: registry.host, provider: 'artifact-registry', 'gcp-access-token': ACCESS_TOKEN, 'ca-file': pki.caFile },
    });
    expect(run.main.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(registry.presented).toContainEqual({ username: 'oauth2accesstoken', password: ACCESS_TOKEN });
    expect(run.summary).toContain(`| ${registry.host} | Google Artifact Registry | oauth2accesstoken | logged in |`);
    expect(run.masks).toContain(ACCESS_TOKEN);
  });

  it('mints the token from Application Default Credentials (a Workload Identity Federation credentials file)', async () => {
    const idToken = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmFjbWUvY2hhbGsifQ.c2ln';
    sts = await startFakeSts({ accessToken: ACCESS_TOKEN, idToken });
    // Bearer, as Artifact Registry answers: the token endpoint checks the Basic login, then /v2/ the Bearer.
    registry = await startFakeRegistry({ pki, username: 'oauth2accesstoken', password: ACCESS_TOKEN, scheme: 'bearer' });
    const workspace = await ws();
    const run = await runBundled('helm-login', {
      workspace,
      env: { GOOGLE_APPLICATION_CREDENTIALS: await externalAccountFile(workspace, sts.tokenUrl, sts.oidcUrl), PATH: await pathWithHelm(major) },
      inputs: { registries: `oci://${registry.host}/chalk-prod/charts`, provider: 'artifact-registry', 'ca-file': pki.caFile },
    });
    expect(run.annotations).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(sts.oidcAuthorizations).toEqual(['Bearer gha-request-token']);
    expect(sts.requests).toHaveLength(1);
    expect(sts.requests[0]).toMatchObject({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      audience: AUDIENCE,
      subject_token: idToken,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      scope: 'https://www.googleapis.com/auth/cloud-platform',
    });
    expect(registry.presented).toContainEqual({ username: 'oauth2accesstoken', password: ACCESS_TOKEN });
    expect(run.masks).toContain(ACCESS_TOKEN);
    expect(run.outputs.registries).toBe(registry.host);
  });

  it('a token exchange the STS refuses fails naming the host and the fix', async () => {
    sts = await startFakeSts({ accessToken: ACCESS_TOKEN, idToken: 'x.y.z', status: 400 });
    registry = await startFakeRegistry({ pki, username: 'oauth2accesstoken', password: ACCESS_TOKEN, scheme: 'basic' });
    const workspace = await ws();
    const run = await runBundled('helm-login', {
      workspace,
      env: { GOOGLE_APPLICATION_CREDENTIALS: await externalAccountFile(workspace, sts.tokenUrl, sts.oidcUrl), PATH: await pathWithHelm(major) },
      inputs: { registries: registry.host, provider: 'artifact-registry', 'ca-file': pki.caFile },
    });
    expect(run.exitCode).toBe(1);
    const message = run.annotations[0]!.message;
    expect(message).toContain(`Could not get a Google access token for ${registry.host} from the credentials file in GOOGLE_APPLICATION_CREDENTIALS`);
    expect(message).toContain('google-github-actions/auth');
    expect(registry.presented).toEqual([]);
  });

  it('a rejected access token is reported as rejected credentials for that host', async () => {
    registry = await startFakeRegistry({ pki, username: 'oauth2accesstoken', password: ACCESS_TOKEN, scheme: 'bearer' });
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      env: { PATH: await pathWithHelm(major) },
      inputs: { registries: registry.host, provider: 'artifact-registry', 'gcp-access-token': 'ya29.expired', 'ca-file': pki.caFile },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toContain(`${registry.host}: the registry rejected the credentials for user "oauth2accesstoken"`);
  });
});

/** Ends before helm runs any registry verb, so one helm major is enough. */
describe('helm-login: Google token service', () => {
  it('a token service that never answers fails within timeout, naming the host', async () => {
    sts = await startFakeSts({ accessToken: ACCESS_TOKEN, idToken: 'x.y.z' });
    const silent = await startHostileServer({ behaviours: [silence()] });
    try {
      const workspace = await ws();
      const started = Date.now();
      const run = await runBundled('helm-login', {
        workspace,
        env: { GOOGLE_APPLICATION_CREDENTIALS: await externalAccountFile(workspace, `${silent.origin}/v1/token`, sts.oidcUrl) },
        inputs: { registries: 'us-docker.pkg.dev', timeout: '2s' },
      });
      expect(run.exitCode).toBe(1);
      expect(Date.now() - started).toBeLessThan(12_000);
      expect(silent.requests).toHaveLength(1);
      expect(run.annotations[0]!.message).toContain(
        'Could not get a Google access token for us-docker.pkg.dev from the credentials file in GOOGLE_APPLICATION_CREDENTIALS',
      );
    } finally {
      await silent.close();
    }
  });
});
