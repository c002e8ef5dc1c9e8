/**
 * preflight's dataplane group end to end: S3 (REST XML: GetBucketCors) and Secrets Manager (JSON
 * protocol) through the real SDK clients against local endpoints, the CORS origins taken from the
 * merged values, and Background Persistence's namespace and service account in the bed's cluster.
 */
import { describe, expect, it } from 'vitest';
import { fakeAws, runPreflight, scratchNamespaces } from '../helpers/preflight.js';
import { bed, namespaceTrust, serviceAccount, uniq } from '../testbed/util.js';

const ACCOUNT = '111122223333';
/** The good fixture's api_host and frontend_host. */
const ORIGINS = ['https://api.chalk.acme.dev', 'https://chalk.acme.dev'];
const BP_POLICY = {
  Statement: [
    {
      Effect: 'Allow',
      Action: ['s3:*', 'secretsmanager:*', 'ecr:BatchGetImage', 'ecr:GetAuthorizationToken', 'ecr:GetDownloadUrlForLayer', 'kms:GenerateDataKey', 'glue:*'],
      Resource: '*',
    },
  ],
};

const aws = fakeAws();
const namespace = scratchNamespaces();

/** Background Persistence's namespace and service account, annotated with `role`, and the role itself. */
async function backgroundPersistence(prefix: string, policy: object): Promise<{ ns: string; role: string }> {
  const ns = await namespace(prefix);
  const role = `${ns}-role`;
  await serviceAccount(ns, 'background-persistence', `arn:aws:iam::${ACCOUNT}:role/${role}`);
  aws.state.roles.set(role, { trust: namespaceTrust(ACCOUNT, ns), inline: { persistence: policy as never } });
  return { ns, role };
}

const preflight = (inputs: Record<string, string>) => runPreflight('dataplane', inputs, { KUBECONFIG: bed().KUBECONFIG, ...aws.env() });

const bucketInputs = (prefix: string) => Object.fromEntries(['data', 'source', 'dataset', 'model', 'stages'].map((k) => [`s3-${k}-bucket`, `${prefix}-${k}`]));

describe('preflight dataplane', () => {
  it.concurrent('passes with five buckets whose CORS allows the hosts, the MSK secret and Background Persistence', async () => {
    for (const [i, k] of ['data', 'source', 'dataset', 'model', 'stages'].entries())
      aws.state.buckets.set(`ok-${k}`, [
        i % 2
          ? { AllowedMethods: ['GET', 'HEAD'], AllowedOrigins: ORIGINS }
          : { AllowedMethods: ['GET'], AllowedOrigins: ['https://*.acme.dev', 'https://chalk.acme.dev'] },
      ]);
    aws.state.secrets.set('AmazonMSK_chalk-ok', { kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234` });
    const { ns, role } = await backgroundPersistence('pf-dp-ok', { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
    const { run, checks } = await preflight({ ...bucketInputs('ok'), 'msk-secret': 'AmazonMSK_chalk-ok', 'background-persistence-namespace': ns });
    expect(run.exitCode).toBe(0);
    expect(checks['dataplane.s3-data']).toMatchObject({ verdict: 'pass', finding: `bucket ok-data allows GET from ${ORIGINS.join(', ')}` });
    expect(Object.values(checks).map((c) => c.verdict)).toEqual(Array(9).fill('pass'));
    expect(checks['dataplane.msk-secret']!.finding).toBe(
      `secret AmazonMSK_chalk-ok exists, named for MSK and encrypted with arn:aws:kms:us-east-1:${ACCOUNT}:key/1234`,
    );
    expect(checks['dataplane.background-persistence-service-account']!.finding).toBe(
      `service account ${ns}/background-persistence is annotated with arn:aws:iam::${ACCOUNT}:role/${role}`,
    );
    expect(checks['dataplane.background-persistence-role-permissions']!.finding).toBe(
      `role ${role} allows s3:*, secretsmanager:*, ecr:BatchGetImage, ecr:GetAuthorizationToken, ecr:GetDownloadUrlForLayer, kms:GenerateDataKey, glue:*, dynamodb:*`,
    );
    // Only GetBucketCors and DescribeSecret: a secret's value is never fetched.
    expect(aws.state.calls).not.toContain('secretsmanager:GetSecretValue');
  });

  it.concurrent('tells a missing bucket, no CORS, CORS without the hosts and AccessDenied apart', async () => {
    aws.state.buckets.set('bad-data', [{ AllowedMethods: ['GET'], AllowedOrigins: ['https://chalk.ai', 'https://api.chalk.ai'] }]);
    aws.state.buckets.set('bad-source', undefined);
    aws.state.buckets.set('bad-dataset', [
      { AllowedMethods: ['PUT'], AllowedOrigins: ['*'] },
      { AllowedMethods: ['GET'], AllowedOrigins: ['https://chalk.acme.dev'] },
    ]);
    aws.state.buckets.set('bad-model', [{ AllowedMethods: ['GET'], AllowedOrigins: ['*'] }]);
    aws.state.denied.add('s3:GetBucketCors/bad-model');
    aws.state.secrets.set('chalk-kafka', {});
    const { ns, role } = await backgroundPersistence('pf-dp-bad', BP_POLICY);
    const { run, checks } = await preflight({ ...bucketInputs('bad'), 'msk-secret': 'chalk-kafka', 'background-persistence-namespace': ns });
    expect(run.exitCode).toBe(1);
    expect(checks['dataplane.s3-data']).toMatchObject({ verdict: 'fail', finding: `bucket bad-data: CORS does not allow GET from ${ORIGINS.join(', ')}` });
    expect(checks['dataplane.s3-data']!.fix).toContain(
      `aws s3api put-bucket-cors --bucket bad-data --cors-configuration '{"CORSRules":[{"AllowedMethods":["GET"],"AllowedOrigins":["https://api.chalk.acme.dev","https://chalk.acme.dev"]`,
    );
    expect(checks['dataplane.s3-source']).toMatchObject({ verdict: 'fail', finding: 'bucket bad-source has no CORS configuration' });
    expect(checks['dataplane.s3-dataset']).toMatchObject({
      verdict: 'fail',
      finding: 'bucket bad-dataset: CORS does not allow GET from https://api.chalk.acme.dev',
    });
    expect(checks['dataplane.s3-model']).toMatchObject({ verdict: 'fail', finding: 'bucket bad-model: s3:GetBucketCORS was denied: Access Denied' });
    expect(checks['dataplane.s3-stages']).toMatchObject({ verdict: 'fail', finding: 'bucket bad-stages does not exist' });
    expect(checks['dataplane.msk-secret']).toMatchObject({
      verdict: 'fail',
      finding:
        'secret chalk-kafka: its name does not start with AmazonMSK_, which MSK requires of SCRAM secrets; it is encrypted with the default aws/secretsmanager key, which MSK cannot use',
    });
    // The trust policy's StringLike sub matches the service account; only the optional DynamoDB access is missing.
    expect(checks['dataplane.background-persistence-role-trust']!.verdict).toBe('pass');
    expect(checks['dataplane.background-persistence-role-permissions']).toMatchObject({
      verdict: 'warn',
      finding: `role ${role}: dynamodb:* is not allowed (read inline policy persistence)`,
    });
  });

  it.concurrent('names what is missing when nothing is configured yet', async () => {
    const ns = uniq('pf-dp-none');
    const { checks } = await preflight({ 'msk-secret': 'AmazonMSK_absent', 'background-persistence-namespace': ns });
    expect(checks['dataplane.s3-data']).toMatchObject({
      verdict: 'fail',
      finding: 'input s3-data-bucket is empty',
      fix: "Set s3-data-bucket to the Data Plane's feature data bucket.",
    });
    expect(checks['dataplane.msk-secret']).toMatchObject({ verdict: 'fail', finding: 'secret AmazonMSK_absent does not exist in Secrets Manager' });
    expect(checks['dataplane.background-persistence-service-account']).toMatchObject({ verdict: 'fail', finding: `namespace ${ns} does not exist` });
    expect(checks['dataplane.background-persistence-role-trust']).toMatchObject({
      verdict: 'fail',
      finding: `no role to check: input background-persistence-role is empty and service account ${ns}/background-persistence does not exist`,
    });
  });
});
