/**
 * helm-login's ECR provider end to end: the real @aws-sdk/client-ecr (and -ecr-public) signs and
 * sends GetAuthorizationToken to a local server speaking ECR's JSON 1.1 protocol, and the token it
 * returns is used by `helm registry login` against the test bed's registry. The bed's host is
 * 127.0.0.1:<port>, so those cases name the ECR registry with provider ecr + aws-account-id +
 * aws-region (the documented way for hosts that do not spell them); cases that need no login use
 * real ECR host names and check the account and region the SDK derived from them.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBundled } from '../helpers/action.js';
import { accessDenied, ECR_PUBLIC_TARGET, ECR_TARGET, serverError, startEcrServer, throttled, type FakeEcr } from '../fakes/ecr-server.js';
import { bed, pullStandIn } from '../fakes/steps.js';
import { HELM_MAJORS } from '../helpers/helm.js';
import { pathWithHelm } from './helm-majors.js';

const AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  // A default region unlike every registry's: the token must be asked for in the registry's region.
  AWS_REGION: 'ap-southeast-2',
  AWS_EC2_METADATA_DISABLED: 'true',
};
const CHALK_TEMPLATE_ACCOUNT = '754784422779';
const CHALK_INSTALL_ACCOUNT = '317932201237';

let fake: FakeEcr | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const ws = () => mkdtemp(join(tmpdir(), 'chalk-ws-'));

describe.each(HELM_MAJORS)('helm-login on helm %i: Amazon ECR', (major) => {
  it('logs in with the token the SDK fetched (user taken from the token), retrying throttling and a 5xx', async () => {
    const b = bed();
    fake = await startEcrServer({ token: `${b.user}:${b.password}`, proxyEndpoint: `https://${b.registry}`, script: [throttled(), serverError()] });
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      post: false,
      env: { ...AWS_ENV, AWS_ENDPOINT_URL_ECR: fake.url, PATH: await pathWithHelm(major) },
      inputs: { registries: b.registry, provider: 'ecr', 'aws-account-id': CHALK_TEMPLATE_ACCOUNT, 'aws-region': 'us-east-1', 'ca-file': b.ca },
    });
    expect(run.main.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(fake.requests).toHaveLength(3);
    for (const r of fake.requests) {
      expect(r).toMatchObject({
        target: ECR_TARGET,
        contentType: 'application/x-amz-json-1.1',
        body: { registryIds: [CHALK_TEMPLATE_ACCOUNT] },
        accessKeyId: AWS_ENV.AWS_ACCESS_KEY_ID,
        region: 'us-east-1',
        service: 'ecr',
      });
    }
    expect(run.main.stdout).toContain(`${b.registry}: GetAuthorizationToken succeeded after 3 attempts`);
    expect(run.outputs.registries).toBe(b.registry);
    expect(run.summary).toMatch(new RegExp(`\\| Amazon ECR \\| ${b.user} \\| logged in \\(token expires \\d{4}-`));
    // The base64 token and the password inside it are both masked and appear nowhere.
    const token = Buffer.from(`${b.user}:${b.password}`).toString('base64');
    expect(run.masks).toEqual(expect.arrayContaining([token, b.password]));
    expect(
      run.main.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(b.password);
    expect((await pullStandIn(run.main.env.HELM_REGISTRY_CONFIG!)).code).toBe(0);
  });

  it('logs in to two registries in one step (the guide uses two Chalk accounts), one token request each', async () => {
    const b = bed();
    // The bed's certificate also names localhost: a second host name for the same registry.
    const second = b.registry.replace('127.0.0.1', 'localhost');
    fake = await startEcrServer({ token: `${b.user}:${b.password}`, proxyEndpoint: `https://${b.registry}` });
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      post: false,
      env: { ...AWS_ENV, PATH: await pathWithHelm(major) },
      inputs: {
        registries: `${b.registry}, ${second}`,
        provider: 'ecr',
        'aws-account-id': CHALK_INSTALL_ACCOUNT,
        'aws-region': 'us-east-1',
        'aws-endpoint': fake.url,
        'ca-file': b.ca,
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.registries).toBe(`${b.registry},${second}`);
    expect(fake.requests).toHaveLength(2);
    const config = JSON.parse(await readFile(run.main.env.HELM_REGISTRY_CONFIG!, 'utf8')) as { auths: Record<string, unknown> };
    expect(Object.keys(config.auths).sort()).toEqual([b.registry, second].sort());
  });

  it('ECR Public: the token is asked of the ECR Public API in us-east-1', async () => {
    const b = bed();
    fake = await startEcrServer({ token: `${b.user}:${b.password}`, proxyEndpoint: 'unused' });
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      env: { ...AWS_ENV, AWS_ENDPOINT_URL_ECR_PUBLIC: fake.url, PATH: await pathWithHelm(major) },
      inputs: { registries: b.registry, provider: 'ecr-public', 'ca-file': b.ca },
    });
    expect(run.exitCode).toBe(0);
    expect(fake.requests).toEqual([expect.objectContaining({ target: ECR_PUBLIC_TARGET, region: 'us-east-1', service: 'ecr-public' })]);
    expect(run.summary).toContain(`| ${b.registry} | Amazon ECR Public | ${b.user} | logged in`);
  });
});

/** These end before helm runs any registry verb, so one helm major is enough. */
describe('helm-login: Amazon ECR token failures', () => {
  it("AccessDenied names both of the guide's registries, the missing permission and the fix; account and region come from each host", async () => {
    fake = await startEcrServer({
      token: 'AWS:unused',
      proxyEndpoint: 'https://unused',
      script: [
        accessDenied('User: arn:aws:sts::111122223333:assumed-role/ci/gha is not authorized to perform: ecr:GetAuthorizationToken'),
        accessDenied('denied'),
      ],
    });
    const template = `${CHALK_TEMPLATE_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com`;
    const install = `${CHALK_INSTALL_ACCOUNT}.dkr.ecr.eu-central-1.amazonaws.com`;
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      env: AWS_ENV,
      inputs: { registries: `oci://${template}/charts/chalk-metadata-plane, ${install}`, 'aws-endpoint': fake.url },
    });
    expect(run.exitCode).toBe(1);
    // The SDK retries nothing here: AccessDenied is final.
    expect(fake.requests.map((r) => [r.region, r.body.registryIds])).toEqual(
      expect.arrayContaining([
        ['us-east-1', [CHALK_TEMPLATE_ACCOUNT]],
        ['eu-central-1', [CHALK_INSTALL_ACCOUNT]],
      ]),
    );
    expect(fake.requests).toHaveLength(2);
    const error = run.annotations.find((a) => a.level === 'error')!.message;
    for (const [host, account, region] of [
      [template, CHALK_TEMPLATE_ACCOUNT, 'us-east-1'],
      [install, CHALK_INSTALL_ACCOUNT, 'eu-central-1'],
    ])
      expect(error).toContain(
        `ECR denied GetAuthorizationToken for registry ${account} in ${region} (${host}): your AWS identity lacks ecr:GetAuthorizationToken`,
      );
    expect(error).toContain('Fix: Give your AWS account id to your Chalk representative');
    expect(error).toContain('is not authorized to perform: ecr:GetAuthorizationToken');
    expect(run.summary).toContain(`| ${template} | Amazon ECR | — | failed: ECR denied`);
    expect(run.outputs.registries).toBe('');
  });

  it('a FIPS GovCloud host asks in its region, and an endpoint override replaces the FIPS endpoint', async () => {
    fake = await startEcrServer({ token: 'AWS:unused', proxyEndpoint: 'https://unused', script: [accessDenied('denied')] });
    const host = '123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com';
    const run = await runBundled('helm-login', { workspace: await ws(), env: { ...AWS_ENV, AWS_ENDPOINT_URL_ECR: fake.url }, inputs: { registries: host } });
    expect(run.exitCode).toBe(1);
    expect(fake.requests).toEqual([expect.objectContaining({ region: 'us-gov-west-1', body: { registryIds: ['123456789012'] } })]);
    expect(run.annotations[0]!.message).toContain(`ECR denied GetAuthorizationToken for registry 123456789012 in us-gov-west-1 (${host})`);
  });

  it('gives up after the retry budget when ECR keeps throttling, and says so', async () => {
    fake = await startEcrServer({ token: 'AWS:unused', proxyEndpoint: 'https://unused', script: Array.from({ length: 10 }, throttled) });
    const host = `${CHALK_TEMPLATE_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com`;
    const run = await runBundled('helm-login', { workspace: await ws(), env: { ...AWS_ENV, AWS_ENDPOINT_URL_ECR: fake.url }, inputs: { registries: host } });
    expect(run.exitCode).toBe(1);
    expect(fake.requests).toHaveLength(5);
    expect(run.annotations[0]!.message).toContain(
      `ECR kept throttling GetAuthorizationToken for registry ${CHALK_TEMPLATE_ACCOUNT} in us-east-1 (${host}) after 5 attempts`,
    );
  });

  it('an ECR API endpoint that accepts the connection and never answers fails within timeout, naming the registry', async () => {
    const sockets = new Set<Socket>();
    let connections = 0;
    const silent = createServer((socket) => {
      connections++;
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const host = `${CHALK_TEMPLATE_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com`;
      const started = Date.now();
      const run = await runBundled('helm-login', {
        workspace: await ws(),
        env: { ...AWS_ENV, AWS_ENDPOINT_URL_ECR: `http://127.0.0.1:${(silent.address() as { port: number }).port}` },
        inputs: { registries: host, timeout: '2s' },
      });
      expect(run.exitCode).toBe(1);
      expect(Date.now() - started).toBeLessThan(12_000);
      expect(connections).toBeGreaterThan(0);
      expect(run.annotations[0]!.message).toContain(
        `The ECR API did not answer in 2 s when asked for a token for registry ${CHALK_TEMPLATE_ACCOUNT} in us-east-1 (${host})`,
      );
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('without AWS credentials, says to configure them', async () => {
    fake = await startEcrServer({ token: 'AWS:unused', proxyEndpoint: 'https://unused' });
    const home = await mkdtemp(join(tmpdir(), 'chalk-home-'));
    const run = await runBundled('helm-login', {
      workspace: await ws(),
      env: { HOME: home, AWS_EC2_METADATA_DISABLED: 'true', AWS_ENDPOINT_URL_ECR: fake.url },
      inputs: { registries: `${CHALK_TEMPLATE_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com` },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toContain('No AWS credentials for registry 754784422779 in us-east-1');
    expect(run.annotations[0]!.message).toContain('aws-actions/configure-aws-credentials');
    expect(fake.requests).toHaveLength(0);
  });

  it('provider ecr on a host that does not spell account and region asks for them', async () => {
    const b = bed();
    const run = await runBundled('helm-login', { workspace: await ws(), env: AWS_ENV, inputs: { registries: b.registry, provider: 'ecr' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toContain(`${b.registry} is not an ECR host name`);
    expect(run.annotations[0]!.message).toContain('aws-account-id and aws-region');
  });
});
