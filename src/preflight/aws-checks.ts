/**
 * The `aws` group (opt-in): the guide's "Configuring the AWS Environment for the Metadata Plane" —
 * the seven SQS queues, the API server's IRSA role (trust and permissions) and the service
 * account's annotation. AWS is called through the SDK; nothing needs the aws CLI.
 */
import { AwsError } from '../aws/errors.js';
import type { Check, CheckOutcome } from '../checks/check.js';
import { METADATA_SERVICE_ACCOUNT, type PreflightContext } from './context.js';
import { failure } from '../checks/failure.js';
import { annotationOutcome, awsSession, isOutcome, permissionsOutcome, resolveRole, trustOutcome, type IrsaTarget } from './aws-session.js';

export const SQS_QUEUES = [
  'metric-check-trigger',
  'scheduled-resolver-trigger',
  'scheduled-query-trigger',
  'batch-status',
  'argo-builds',
  'batch-report',
  'heartbeat',
];
/** The guide's "Permissions" for the Metadata Plane API server role. */
export const METADATA_ROLE_ACTIONS = ['s3:*', 'ecr:*', 'sqs:*', 'sts:AssumeRole'];

async function queuesCheck(ctx: PreflightContext, signal: AbortSignal): Promise<CheckOutcome> {
  const { queuePrefix, queueSuffix } = ctx.settings.aws;
  const { GetQueueUrlCommand } = await import('@aws-sdk/client-sqs');
  const { clients } = awsSession(ctx);
  const names = SQS_QUEUES.map((q) => `${queuePrefix}${q}${queueSuffix}`);
  const results = await Promise.all(
    names.map(async (QueueName) => {
      try {
        await clients.sqs.call('sqs:GetQueueUrl', new GetQueueUrlCommand({ QueueName }), signal);
        return { name: QueueName, error: undefined };
      } catch (err) {
        if (!(err instanceof AwsError) || (err.kind !== 'not-found' && err.kind !== 'access-denied')) throw err;
        return { name: QueueName, error: err };
      }
    }),
  );
  const missing = results.filter((r) => r.error?.kind === 'not-found').map((r) => r.name);
  const denied = results.filter((r) => r.error?.kind === 'access-denied').map((r) => r.name);
  if (!missing.length && !denied.length) return { verdict: 'pass', finding: `all ${names.length} queues exist: ${names.join(', ')}` };
  const parts = [
    missing.length && `${missing.length} of ${names.length} queues missing: ${missing.join(', ')}`,
    denied.length && `sqs:GetQueueUrl denied for ${denied.join(', ')}`,
  ].filter(Boolean);
  const fixes = [
    missing.length && `Create them: ${missing.map((q) => `aws sqs create-queue --queue-name ${q}`).join('; ')}`,
    denied.length && 'Allow sqs:GetQueueUrl on these queues for the identity the workflow runs as.',
  ].filter(Boolean);
  return {
    verdict: 'fail',
    finding: parts.join('; '),
    fix: fixes.join(' ') + (queuePrefix || queueSuffix ? '' : ' (If your queues carry a prefix or suffix, set sqs-queue-prefix / sqs-queue-suffix.)'),
  };
}

const metadataTarget = (ctx: PreflightContext): IrsaTarget => ({
  namespace: ctx.settings.namespace,
  serviceAccount: METADATA_SERVICE_ACCOUNT,
  role: ctx.settings.aws.metadataRole,
  roleInput: 'metadata-role',
});

/** Runs `judge` on the resolved role; typed AWS/kube failures become fail verdicts. */
export async function withRole(
  ctx: PreflightContext,
  target: IrsaTarget,
  signal: AbortSignal,
  judge: (role: Exclude<Awaited<ReturnType<typeof resolveRole>>, CheckOutcome>) => Promise<CheckOutcome> | CheckOutcome,
): Promise<CheckOutcome> {
  try {
    const role = await resolveRole(awsSession(ctx), target, signal);
    return isOutcome(role) ? role : await judge(role);
  } catch (err) {
    if (err instanceof AwsError && err.kind === 'not-found' && err.code?.startsWith('NoSuchEntity'))
      return {
        verdict: 'fail',
        finding: `IAM role ${target.role ?? '(from the service account annotation)'} does not exist: ${err.message}`,
        fix: `Create the role, or correct the ${target.roleInput} input or the service account's eks.amazonaws.com/role-arn annotation.`,
      };
    return failure(err);
  }
}

export function awsChecks(): Check<PreflightContext>[] {
  return [
    {
      id: 'aws.sqs-queues',
      group: 'aws',
      title: 'The seven SQS queues exist',
      async run(ctx, signal) {
        try {
          return await queuesCheck(ctx, signal);
        } catch (err) {
          return failure(err);
        }
      },
    },
    {
      id: 'aws.metadata-role-trust',
      group: 'aws',
      title: 'Metadata Plane IAM role trusts the API server service account (IRSA)',
      run: (ctx, signal) => withRole(ctx, metadataTarget(ctx), signal, (role) => trustOutcome(awsSession(ctx), role, metadataTarget(ctx), signal)),
    },
    {
      id: 'aws.metadata-role-permissions',
      group: 'aws',
      title: `Metadata Plane IAM role allows ${METADATA_ROLE_ACTIONS.join(', ')}`,
      run: (ctx, signal) => withRole(ctx, metadataTarget(ctx), signal, (role) => permissionsOutcome(role, METADATA_ROLE_ACTIONS)),
    },
    {
      id: 'aws.metadata-service-account',
      group: 'aws',
      title: `Service account ${METADATA_SERVICE_ACCOUNT} carries the role's IRSA annotation`,
      async run(ctx, signal) {
        const target = metadataTarget(ctx);
        const session = awsSession(ctx);
        try {
          const role = target.role ? await session.role(target.role, signal) : undefined;
          return await annotationOutcome(session, target, role, true, signal);
        } catch (err) {
          return failure(err);
        }
      },
    },
  ];
}
