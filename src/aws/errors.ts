/** AWS SDK failures as typed errors with the fix: access denied, not found, credentials, network. */
import { ChalkError } from '../errors.js';
export type AwsErrorKind = 'access-denied' | 'not-found' | 'credentials' | 'unreachable' | 'unknown';

export class AwsError extends ChalkError<AwsErrorKind> {
  readonly boundary = 'aws';

  constructor(
    kind: AwsErrorKind,
    message: string,
    fix: string,
    /** The service's error code, e.g. NoSuchCORSConfiguration. */
    readonly code?: string,
  ) {
    super(kind, message, fix);
  }
}

const NOT_FOUND =
  /^(NoSuchEntity|NoSuchEntityException|NoSuchBucket|NoSuchCORSConfiguration|QueueDoesNotExist|AWS\.SimpleQueueService\.NonExistentQueue|ResourceNotFoundException|NotFound)$/;
const DENIED = /^(AccessDenied|AccessDeniedException|AllAccessDisabled|UnauthorizedOperation)$/;
const CREDENTIALS =
  /^(CredentialsProviderError|InvalidClientTokenId|UnrecognizedClientException|ExpiredToken|ExpiredTokenException|SignatureDoesNotMatch|InvalidAccessKeyId)$/;

/** `action` names the API call (sqs:GetQueueUrl) so an AccessDenied says which permission to grant. */
export function toAwsError(err: unknown, action: string): AwsError {
  if (err instanceof AwsError) return err;
  const e = (err ?? {}) as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const name = e.name ?? '';
  const message = e.message ?? String(err);
  if (NOT_FOUND.test(name)) return new AwsError('not-found', message, 'Create it.', name);
  if (DENIED.test(name) || e.$metadata?.httpStatusCode === 403)
    return new AwsError(
      'access-denied',
      `${action} was denied: ${message}`,
      `Allow ${action} for the identity the workflow runs as (e.g. in the role assumed by aws-actions/configure-aws-credentials).`,
      name || 'AccessDenied',
    );
  if (/region is missing/i.test(message))
    return new AwsError(
      'credentials',
      `no AWS region for ${action}`,
      'Set the aws-region input (or AWS_REGION, as aws-actions/configure-aws-credentials does).',
      name,
    );
  if (CREDENTIALS.test(name) || /credential/i.test(message))
    return new AwsError(
      'credentials',
      `no valid AWS credentials: ${message}`,
      'Configure AWS credentials for the job (aws-actions/configure-aws-credentials with role-to-assume), and set aws-region.',
      name,
    );
  const code = e.code ?? '';
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET/.test(code) || name === 'TimeoutError')
    return new AwsError(
      'unreachable',
      `cannot reach AWS for ${action} (${code || name})`,
      'Check the runner has network access to the AWS endpoints (VPC endpoints, proxy).',
      code || name,
    );
  return new AwsError('unknown', `${action} failed: ${name ? `${name}: ` : ''}${message}`, 'Check the AWS error above.', name);
}
