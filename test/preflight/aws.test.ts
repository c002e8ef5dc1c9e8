/**
 * preflight's aws group end to end: the bundle's real AWS SDK v3 clients against local endpoints
 * that speak SQS's JSON protocol and IAM's query protocol (test/fakes/aws-*.ts), with the service
 * account and the OIDC issuer read from the bed's API server.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { awsChecks } from '../../src/preflight/aws-checks.js';
import { PreflightClients } from '../../src/preflight/clients.js';
import { createContext, type PreflightSettings } from '../../src/preflight/context.js';
import { startFakeAws } from '../fakes/aws-server.js';
import { emptyState, type FakeRole } from '../fakes/aws-state.js';
import { fakeAws, runPreflight, scratchNamespaces } from '../helpers/preflight.js';
import { bed, OIDC_ISSUER as ISSUER, serviceAccount, uniq } from '../testbed/util.js';

const QUEUES = ['metric-check-trigger', 'scheduled-resolver-trigger', 'scheduled-query-trigger', 'batch-status', 'argo-builds', 'batch-report', 'heartbeat'];
const ACCOUNT = '111122223333';
const PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/${ISSUER}`;

const aws = fakeAws();
const namespace = scratchNamespaces();

/** The guide's trust policy for `namespace`/chalk-metadata-plane. */
function trust(namespace: string, overrides: { sub?: string; aud?: string | null; provider?: string } = {}): FakeRole['trust'] {
  // PROVIDER is the commercial partition's; other partitions pass `provider`.
  const condition: Record<string, string> = { [`${ISSUER}:sub`]: overrides.sub ?? `system:serviceaccount:${namespace}:chalk-metadata-plane` };
  if (overrides.aud !== null) condition[`${ISSUER}:aud`] = overrides.aud ?? 'sts.amazonaws.com';
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: overrides.provider ?? PROVIDER },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: condition },
      },
    ],
  };
}

async function namespaceWithServiceAccount(prefix: string, roleArn?: string): Promise<string> {
  const ns = await namespace(prefix);
  await serviceAccount(ns, 'chalk-metadata-plane', roleArn);
  return ns;
}

const preflight = (inputs: Record<string, string>) => runPreflight('aws', inputs, { KUBECONFIG: bed().KUBECONFIG, ...aws.env() });

describe('preflight aws', () => {
  it.concurrent('passes with the queues, a correct role (inline + attached wildcard policies) and the annotated service account', async () => {
    const role = uniq('chalk-md-ok');
    const ns = await namespaceWithServiceAccount('pf-aws-ok', `arn:aws:iam::${ACCOUNT}:role/${role}`);
    for (const q of QUEUES) aws.state.queues.add(`ok-${q}-prod`);
    aws.state.policies.set(`arn:aws:iam::${ACCOUNT}:policy/${role}-ecr`, { Statement: [{ Effect: 'Allow', Action: 'ecr:*', Resource: '*' }] });
    aws.state.roles.set(role, {
      trust: trust(ns),
      inline: {
        main: {
          Statement: [
            { Effect: 'Allow', Action: ['S3:*', 'sqs:*'], Resource: '*' },
            { Effect: 'Allow', Action: 'sts:Assume*', Resource: '*' },
          ],
        },
      },
      attached: [`arn:aws:iam::${ACCOUNT}:policy/${role}-ecr`],
    });
    // No metadata-role input: the role comes from the service account's annotation.
    const { run, checks } = await preflight({ namespace: ns, 'sqs-queue-prefix': 'ok-', 'sqs-queue-suffix': '-prod' });
    expect(run.exitCode).toBe(0);
    expect(checks['aws.sqs-queues']).toMatchObject({ verdict: 'pass', finding: `all 7 queues exist: ${QUEUES.map((q) => `ok-${q}-prod`).join(', ')}` });
    expect(checks['aws.metadata-role-trust']).toMatchObject({
      verdict: 'pass',
      finding: `role ${role} trusts system:serviceaccount:${ns}:chalk-metadata-plane through ${PROVIDER} (aud sts.amazonaws.com)`,
    });
    expect(checks['aws.metadata-role-permissions']).toMatchObject({ verdict: 'pass', finding: `role ${role} allows s3:*, ecr:*, sqs:*, sts:AssumeRole` });
    expect(checks['aws.metadata-service-account']).toMatchObject({
      verdict: 'pass',
      finding: `service account ${ns}/chalk-metadata-plane is annotated with arn:aws:iam::${ACCOUNT}:role/${role}`,
    });
  });

  it.concurrent('names a missing queue and a queue the identity may not see', async () => {
    for (const q of QUEUES.filter((q) => q !== 'heartbeat')) aws.state.queues.add(`mq-${q}`);
    aws.state.denied.add('sqs:GetQueueUrl/mq-batch-report');
    const { checks } = await preflight({ namespace: 'chalk-metadata', 'sqs-queue-prefix': 'mq-', checks: 'aws', 'metadata-role': 'absent-role' });
    expect(checks['aws.sqs-queues']).toMatchObject({
      verdict: 'fail',
      finding: '1 of 7 queues missing: mq-heartbeat; sqs:GetQueueUrl denied for mq-batch-report',
      fix: 'Create them: aws sqs create-queue --queue-name mq-heartbeat Allow sqs:GetQueueUrl on these queues for the identity the workflow runs as.',
    });
    expect(checks['aws.metadata-role-trust']).toMatchObject({ verdict: 'fail' });
    expect(checks['aws.metadata-role-trust']!.finding).toBe('IAM role absent-role does not exist: The role with name absent-role cannot be found.');
  });

  it.concurrent('says exactly which trust binding is wrong and which actions are missing or denied', async () => {
    const role = uniq('chalk-md-bad');
    const ns = await namespaceWithServiceAccount('pf-aws-bad', `arn:aws:iam::${ACCOUNT}:role/other-role`);
    aws.state.policies.set('arn:aws:iam::aws:policy/DenyAssume', { Statement: [{ Sid: 'NoAssume', Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' }] });
    aws.state.roles.set(role, {
      trust: trust(ns, { sub: 'system:serviceaccount:default:chalk-metadata-plane', aud: null }),
      inline: { main: { Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 'sqs:*', 'sts:AssumeRole'], Resource: '*' }] } },
      attached: ['arn:aws:iam::aws:policy/DenyAssume'],
    });
    const { run, checks } = await preflight({ namespace: ns, 'metadata-role': `arn:aws:iam::${ACCOUNT}:role/${role}` });
    expect(run.exitCode).toBe(1);
    expect(checks['aws.metadata-role-trust']).toMatchObject({
      verdict: 'fail',
      finding: `role ${role} trust policy: ${ISSUER}:sub is system:serviceaccount:default:chalk-metadata-plane, not system:serviceaccount:${ns}:chalk-metadata-plane; no ${ISSUER}:aud condition for audience sts.amazonaws.com`,
      fix: `Trust statement: {"Effect":"Allow","Principal":{"Federated":"${PROVIDER}"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"${ISSUER}:sub":"system:serviceaccount:${ns}:chalk-metadata-plane","${ISSUER}:aud":"sts.amazonaws.com"}}}`,
    });
    expect(checks['aws.metadata-role-permissions']).toMatchObject({
      verdict: 'fail',
      finding: `role ${role}: s3:* is not allowed (only s3:GetObject, s3:PutObject); ecr:* is not allowed; sts:AssumeRole is denied by policy arn:aws:iam::aws:policy/DenyAssume (NoAssume) (read inline policy main, policy arn:aws:iam::aws:policy/DenyAssume)`,
    });
    expect(checks['aws.metadata-service-account']).toMatchObject({
      verdict: 'fail',
      finding: `service account ${ns}/chalk-metadata-plane is annotated with arn:aws:iam::${ACCOUNT}:role/other-role, not arn:aws:iam::${ACCOUNT}:role/${role}`,
      fix: `kubectl annotate serviceaccount chalk-metadata-plane -n ${ns} --overwrite eks.amazonaws.com/role-arn=arn:aws:iam::${ACCOUNT}:role/${role}`,
    });
  });

  it.concurrent("reports a trust policy for another cluster's OIDC provider, using the oidc-issuer input", async () => {
    const role = uniq('chalk-md-eks');
    const eksIssuer = 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
    aws.state.roles.set(role, {
      trust: trust('chalk-metadata', { provider: `arn:aws:iam::${ACCOUNT}:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/OTHER` }),
    });
    const { checks } = await preflight({ namespace: 'chalk-metadata', 'metadata-role': role, 'oidc-issuer': `https://${eksIssuer}` });
    expect(checks['aws.metadata-role-trust']!.finding).toBe(
      `role ${role} trust policy: no statement trusts this cluster's OIDC provider arn:aws:iam::${ACCOUNT}:oidc-provider/${eksIssuer} (it trusts arn:aws:iam::${ACCOUNT}:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/OTHER)`,
    );
    expect(checks['aws.metadata-role-permissions']).toMatchObject({
      verdict: 'fail',
      finding: `role ${role}: s3:* is not allowed; ecr:* is not allowed; sqs:* is not allowed; sts:AssumeRole is not allowed (read no policies attached)`,
    });
  });

  it.concurrent('turns AccessDenied on IAM into the permission to grant', async () => {
    const role = uniq('chalk-md-denied');
    aws.state.roles.set(role, { trust: trust('chalk-metadata') });
    aws.state.denied.add(`iam:GetRole/${role}`);
    const { checks } = await preflight({ namespace: 'chalk-metadata', 'metadata-role': role });
    expect(checks['aws.metadata-role-trust']!.verdict).toBe('fail');
    expect(checks['aws.metadata-role-trust']!.finding).toMatch(
      /^iam:GetRole was denied: User: arn:aws:iam::111122223333:user\/ci is not authorized to perform: iam:GetRole/,
    );
    expect(checks['aws.metadata-role-trust']!.fix).toBe(
      'Allow iam:GetRole for the identity the workflow runs as (e.g. in the role assumed by aws-actions/configure-aws-credentials).',
    );
  });

  it.concurrent('says when the job has no AWS credentials or region, without waiting on instance metadata', async () => {
    const run = async (awsEnv: Record<string, string>) => {
      const env = { KUBECONFIG: bed().KUBECONFIG, AWS_EC2_METADATA_DISABLED: 'true', ...awsEnv };
      return (await runPreflight('aws', { 'metadata-role': 'chalk-metadata-plane' }, env, [])).checks['aws.sqs-queues']!;
    };
    const noCredentials = await run({ AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_SQS: aws.url });
    expect(noCredentials.finding).toMatch(/^no valid AWS credentials: /);
    expect(noCredentials.fix).toBe('Configure AWS credentials for the job (aws-actions/configure-aws-credentials with role-to-assume), and set aws-region.');
    const { AWS_REGION: _region, ...withoutRegion } = aws.env();
    const noRegion = await run(withoutRegion);
    expect(noRegion).toMatchObject({ verdict: 'fail', finding: 'no AWS region for sqs:GetQueueUrl' });
  });

  // AWS in GovCloud and China: the same account layout in another partition, whose IAM signs in its own region.
  it.concurrent.each([
    ['us-gov-east-1', 'aws-us-gov', 'us-gov-west-1'],
    ['cn-northwest-1', 'aws-cn', 'cn-north-1'],
  ])('works in region %s (partition %s: IAM in %s, ARNs arn:<partition>:…)', async (region, partition, iamRegion) => {
    const fake = await startFakeAws(emptyState(ACCOUNT, partition));
    try {
      const role = uniq('chalk-md-part');
      const roleArn = `arn:${partition}:iam::${ACCOUNT}:role/${role}`;
      const provider = `arn:${partition}:iam::${ACCOUNT}:oidc-provider/${ISSUER}`;
      const ns = await namespaceWithServiceAccount('pf-aws-part', roleArn);
      for (const q of QUEUES) fake.state.queues.add(q);
      fake.state.roles.set(role, {
        trust: trust(ns, { provider }),
        inline: { main: { Statement: [{ Effect: 'Allow', Action: ['s3:*', 'ecr:*', 'sqs:*', 'sts:AssumeRole'], Resource: '*' }] } },
      });
      const env = { KUBECONFIG: bed().KUBECONFIG, ...fake.env(), AWS_REGION: region };
      const { run, checks } = await runPreflight('aws', { namespace: ns }, env);
      expect(checks['aws.metadata-role-trust']).toMatchObject({
        verdict: 'pass',
        finding: `role ${role} trusts system:serviceaccount:${ns}:chalk-metadata-plane through ${provider} (aud sts.amazonaws.com)`,
      });
      expect(checks['aws.metadata-role-permissions']!.verdict).toBe('pass');
      expect(checks['aws.sqs-queues']!.verdict).toBe('pass');
      expect(checks['aws.metadata-service-account']!.verdict).toBe('pass');
      expect(run.exitCode).toBe(0);
      // What the fake saw in the SigV4 scopes: IAM in the partition's IAM region, SQS in the workload region.
      expect(new Set(fake.state.signed.filter((c) => c.startsWith('iam:')).map((c) => c.split('@')[1]))).toEqual(new Set([iamRegion]));
      expect(fake.state.signed).toContain(`sqs:GetQueueUrl@${region}`);

      // No region at all: IAM still finds its partition from the metadata-role ARN.
      const { AWS_REGION: _r, ...noRegion } = env;
      const byArn = await runPreflight('aws', { namespace: ns, 'metadata-role': roleArn }, noRegion);
      expect(byArn.checks['aws.metadata-role-trust']!.verdict).toBe('pass');
      expect(byArn.checks['aws.sqs-queues']!.finding).toBe('no AWS region for sqs:GetQueueUrl');
    } finally {
      await fake.close();
    }
  });

  it('a check that times out aborts its IAM requests (the shared role read is given up when no check waits for it)', async () => {
    // An IAM endpoint that accepts requests and never answers; it records when each request's connection closes.
    const open: IncomingMessage[] = [];
    const closed: number[] = [];
    const hung = createServer((req) => {
      open.push(req);
      req.socket.on('close', () => closed.push(Date.now()));
    });
    await new Promise<void>((r) => hung.listen(0, '127.0.0.1', r));
    const saved = { ...process.env };
    Object.assign(process.env, aws.env(), { AWS_ENDPOINT_URL_IAM: `http://127.0.0.1:${(hung.address() as AddressInfo).port}` });
    const clients = new PreflightClients({ credentialTimeoutMs: 60_000 });
    try {
      const settings = {
        groups: ['aws'],
        checkTimeoutMs: 60_000,
        release: 'r',
        namespace: 'chalk-metadata',
        createNamespace: false,
        postgres: { sslMode: 'require' },
        aws: { queuePrefix: '', queueSuffix: '', metadataRole: 'hung-role', oidcIssuer: `https://${ISSUER}` },
        dataplane: { buckets: {}, backgroundPersistenceNamespace: 'bp', backgroundPersistenceServiceAccount: 'bp' },
        registry: {},
      } satisfies PreflightSettings;
      const ctx = createContext({ config: () => Promise.reject(new Error('unused')) }, settings, clients);
      const [trustCheck, permissionsCheck] = ['aws.metadata-role-trust', 'aws.metadata-role-permissions'].map((id) => awsChecks().find((c) => c.id === id)!);
      const first = new AbortController();
      const second = new AbortController();
      // Either may end in a rejection once aborted (the runner has already reported the timeout then).
      const runs = [trustCheck!.run(ctx, first.signal), permissionsCheck!.run(ctx, second.signal)].map((p) => p.catch(() => undefined));
      await expect.poll(() => open.length, { timeout: 10_000 }).toBeGreaterThan(0);
      // One check giving up must not cut the other's shared read short.
      first.abort(new Error('timed out'));
      await new Promise((r) => setTimeout(r, 300));
      expect(closed).toEqual([]);
      const abortedAt = Date.now();
      second.abort(new Error('timed out'));
      let settled = false;
      void Promise.all(runs).then(() => (settled = true));
      await expect.poll(() => settled, { timeout: 5_000 }).toBe(true);
      await expect.poll(() => closed.length, { timeout: 5_000 }).toBe(open.length);
      expect(Math.max(...closed) - abortedAt).toBeLessThan(2_000);
    } finally {
      await clients.close();
      process.env = saved;
      open.forEach((r) => r.socket.destroy());
      hung.close();
    }
  });
});
