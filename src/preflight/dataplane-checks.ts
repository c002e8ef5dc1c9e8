/**
 * The `dataplane` group (opt-in): the guide's Data Plane prerequisites that can be checked from
 * outside — the five S3 buckets with CORS for the Metadata Plane's hosts, the MSK SASL/SCRAM
 * secret in Secrets Manager, and Background Persistence's namespace, service account and IRSA role.
 */
import type { CORSRule, GetBucketCorsCommandOutput } from '@aws-sdk/client-s3';
import type { DescribeSecretCommandOutput } from '@aws-sdk/client-secrets-manager';
import { AwsError } from '../aws/errors.js';
import { childAt } from '../config/located.js';
import { withRole } from './aws-checks.js';
import { annotationOutcome, awsSession, IRSA_ANNOTATION, permissionsOutcome, trustOutcome, type IrsaTarget } from './aws-session.js';
import type { Check, CheckOutcome } from '../checks/check.js';
import { BUCKET_KINDS, type BucketKind, type PreflightContext } from './context.js';
import { failure } from '../checks/failure.js';

const BUCKET_PURPOSE: Record<BucketKind, string> = {
  data: 'feature data',
  source: 'deployed source code',
  dataset: 'materialized datasets',
  model: 'model artifacts',
  stages: 'query plan stages',
};

/** The guide's Background Persistence policy; dynamodb:* only matters with a DynamoDB online store. */
const BACKGROUND_PERSISTENCE_ACTIONS = [
  's3:*',
  'secretsmanager:*',
  'ecr:BatchGetImage',
  'ecr:GetAuthorizationToken',
  'ecr:GetDownloadUrlForLayer',
  'kms:GenerateDataKey',
  'glue:*',
];
const BACKGROUND_PERSISTENCE_OPTIONAL = ['dynamodb:*'];

/** The origins the browser sends for the Metadata Plane's api_host and frontend_host (from the merged values). */
async function metadataOrigins(ctx: PreflightContext): Promise<string[] | CheckOutcome> {
  const config = await ctx.config();
  const origins: string[] = [];
  for (const key of ['api_host', 'frontend_host']) {
    const node = childAt(config.merged?.root, ['chalk', 'metadata', key]);
    const value = node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
    let origin: string | undefined;
    try {
      origin = value ? new URL(value).origin : undefined;
    } catch {
      origin = undefined;
    }
    if (!origin)
      return {
        verdict: 'fail',
        finding: `chalk.metadata.${key} is not a URL in the values files (${config.files.map((f) => f.displayPath).join(', ') || 'none'}), so the CORS origins are unknown`,
        fix: 'Set api_host and frontend_host in the values files (see the config group).',
      };
    origins.push(origin);
  }
  return origins;
}

/** S3 matches AllowedOrigin with at most one `*` wildcard, case-sensitively. */
const originMatches = (pattern: string, origin: string): boolean =>
  pattern === '*' || new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(origin);

export function corsGaps(rules: readonly CORSRule[], origins: readonly string[]): string[] {
  return origins.filter((o) => !rules.some((r) => (r.AllowedMethods ?? []).includes('GET') && (r.AllowedOrigins ?? []).some((p) => originMatches(p, o))));
}

async function bucketCheck(ctx: PreflightContext, kind: BucketKind, signal: AbortSignal): Promise<CheckOutcome> {
  const bucket = ctx.settings.dataplane.buckets[kind];
  if (!bucket)
    return { verdict: 'fail', finding: `input s3-${kind}-bucket is empty`, fix: `Set s3-${kind}-bucket to the Data Plane's ${BUCKET_PURPOSE[kind]} bucket.` };
  const origins = await metadataOrigins(ctx);
  if (!Array.isArray(origins)) return origins;
  const { GetBucketCorsCommand } = await import('@aws-sdk/client-s3');
  const corsFix = `Add a CORS rule allowing GET from ${origins.join(' and ')}: aws s3api put-bucket-cors --bucket ${bucket} --cors-configuration '{"CORSRules":[{"AllowedMethods":["GET"],"AllowedOrigins":[${origins.map((o) => `"${o}"`).join(',')}],"AllowedHeaders":["*"]}]}'`;
  let cors: GetBucketCorsCommandOutput;
  try {
    cors = await awsSession(ctx).clients.s3.call('s3:GetBucketCORS', new GetBucketCorsCommand({ Bucket: bucket }), signal);
  } catch (err) {
    if (err instanceof AwsError && err.code === 'NoSuchCORSConfiguration')
      return { verdict: 'fail', finding: `bucket ${bucket} has no CORS configuration`, fix: corsFix };
    if (err instanceof AwsError && err.code === 'NoSuchBucket')
      return { verdict: 'fail', finding: `bucket ${bucket} does not exist`, fix: `Create the ${BUCKET_PURPOSE[kind]} bucket ${bucket}, then: ${corsFix}` };
    return failure(err, `bucket ${bucket}`);
  }
  const gaps = corsGaps(cors.CORSRules ?? [], origins);
  if (gaps.length) return { verdict: 'fail', finding: `bucket ${bucket}: CORS does not allow GET from ${gaps.join(', ')}`, fix: corsFix };
  return { verdict: 'pass', finding: `bucket ${bucket} allows GET from ${origins.join(', ')}` };
}

async function mskSecretCheck(ctx: PreflightContext, signal: AbortSignal): Promise<CheckOutcome> {
  const id = ctx.settings.dataplane.mskSecret;
  if (!id) return { verdict: 'fail', finding: 'input msk-secret is empty', fix: 'Set msk-secret to the name or ARN of the MSK SASL/SCRAM secret.' };
  const { DescribeSecretCommand } = await import('@aws-sdk/client-secrets-manager');
  let secret: DescribeSecretCommandOutput;
  try {
    // Metadata only: the secret's value is never fetched.
    secret = await awsSession(ctx).clients.secretsManager.call('secretsmanager:DescribeSecret', new DescribeSecretCommand({ SecretId: id }), signal);
  } catch (err) {
    if (err instanceof AwsError && err.kind === 'not-found')
      return {
        verdict: 'fail',
        finding: `secret ${id} does not exist in Secrets Manager`,
        fix: 'Create the SCRAM secret (name starting AmazonMSK_, a customer managed KMS key) and associate it with the MSK cluster.',
      };
    return failure(err, `secret ${id}`);
  }
  const name = secret.Name ?? id;
  const problems = [
    secret.DeletedDate && `it is scheduled for deletion (${secret.DeletedDate.toISOString()})`,
    !name.startsWith('AmazonMSK_') && `its name does not start with AmazonMSK_, which MSK requires of SCRAM secrets`,
    !secret.KmsKeyId && 'it is encrypted with the default aws/secretsmanager key, which MSK cannot use',
  ].filter((p): p is string => Boolean(p));
  if (problems.length)
    return {
      verdict: 'fail',
      finding: `secret ${name}: ${problems.join('; ')}`,
      fix: 'Recreate it named AmazonMSK_<something>, encrypted with a customer managed KMS key, and associate it with the MSK cluster (aws kafka batch-associate-scram-secret).',
    };
  return { verdict: 'pass', finding: `secret ${name} exists, named for MSK and encrypted with ${secret.KmsKeyId}` };
}

const bpTarget = (ctx: PreflightContext): IrsaTarget => ({
  namespace: ctx.settings.dataplane.backgroundPersistenceNamespace,
  serviceAccount: ctx.settings.dataplane.backgroundPersistenceServiceAccount,
  role: ctx.settings.dataplane.backgroundPersistenceRole,
  roleInput: 'background-persistence-role',
});

async function bpServiceAccountCheck(ctx: PreflightContext, signal: AbortSignal): Promise<CheckOutcome> {
  const target = bpTarget(ctx);
  try {
    const ns = await (await ctx.kube()).readNamespace(target.namespace, signal);
    if (!ns)
      return {
        verdict: 'fail',
        finding: `namespace ${target.namespace} does not exist`,
        fix: `kubectl create namespace ${target.namespace}; kubectl create serviceaccount ${target.serviceAccount} -n ${target.namespace}; then annotate it with its IAM role (${IRSA_ANNOTATION}).`,
      };
    const session = awsSession(ctx);
    const role = target.role ? await session.role(target.role, signal) : undefined;
    return await annotationOutcome(session, target, role, false, signal);
  } catch (err) {
    return failure(err);
  }
}

export function dataplaneChecks(): Check<PreflightContext>[] {
  return [
    ...BUCKET_KINDS.map((kind): Check<PreflightContext> => ({
      id: `dataplane.s3-${kind}`,
      group: 'dataplane',
      title: `S3 ${kind} bucket exists and allows GET from the Metadata Plane hosts (CORS)`,
      async run(ctx, signal) {
        try {
          return await bucketCheck(ctx, kind, signal);
        } catch (err) {
          return failure(err);
        }
      },
    })),
    {
      id: 'dataplane.msk-secret',
      group: 'dataplane',
      title: 'MSK SASL/SCRAM secret is in Secrets Manager',
      async run(ctx, signal) {
        try {
          return await mskSecretCheck(ctx, signal);
        } catch (err) {
          return failure(err);
        }
      },
    },
    {
      id: 'dataplane.background-persistence-service-account',
      group: 'dataplane',
      title: 'Background Persistence namespace and service account with its IRSA annotation',
      run: (ctx, signal) => bpServiceAccountCheck(ctx, signal),
    },
    {
      id: 'dataplane.background-persistence-role-trust',
      group: 'dataplane',
      title: 'Background Persistence IAM role trusts its service account (IRSA)',
      run: (ctx, signal) => withRole(ctx, bpTarget(ctx), signal, (role) => trustOutcome(awsSession(ctx), role, bpTarget(ctx), signal)),
    },
    {
      id: 'dataplane.background-persistence-role-permissions',
      group: 'dataplane',
      title: 'Background Persistence IAM role has the guide policy',
      run: (ctx, signal) =>
        withRole(ctx, bpTarget(ctx), signal, (role) => permissionsOutcome(role, BACKGROUND_PERSISTENCE_ACTIONS, BACKGROUND_PERSISTENCE_OPTIONAL)),
    },
  ];
}
