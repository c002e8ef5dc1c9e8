/**
 * preflight's aws group end to end: the bundle's real AWS SDK v3 clients against local endpoints
 * that speak SQS's JSON protocol and IAM's query protocol (test/fakes/aws-*.ts), with the service
 * account and the OIDC issuer read from the bed's API server.
 */
import { describe, expect, it } from 'vitest';
import type { FakeRole } from './fakes/aws-state.js';
import { fakeAws, runPreflight, scratchNamespaces } from './helpers/preflight.js';
import { bed, OIDC_ISSUER as ISSUER, serviceAccount, uniq } from './testbed/util.js';

const QUEUES = ['metric-check-trigger', 'scheduled-resolver-trigger', 'scheduled-query-trigger', 'batch-status', 'argo-builds', 'batch-report', 'heartbeat'];
const ACCOUNT = '111122223333';
const PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/${ISSUER}`;

const aws = fakeAws();
const namespace = scratchNamespaces();

/** The guide's trust policy for `namespace`/chalk-metadata-plane. */
function trust(namespace: string, overrides: { sub?: string; aud?: string | null; provider?: string } = {}): FakeRole['trust'] {
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
});
