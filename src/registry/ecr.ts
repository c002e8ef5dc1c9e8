/**
 * ECR and ECR Public tokens through the AWS SDK's GetAuthorizationToken, asked in the region the
 * host names (tokens are regional; asking the default region is the classic cross-region failure).
 * Credentials come from the SDK's standard chain (env keys from aws-actions/configure-aws-credentials,
 * web identity, profiles). The SDK is imported only when an ECR host is used: it is most of the bundle.
 */
import * as core from '@actions/core';
import { seconds } from '../helm/advice.js';
import { cancellation } from '../process/cancellation.js';
import { oneLine } from '../report/text.js';
import { registerSecret } from '../report/secrets.js';
import { CredentialError, type RegistryCredentials } from './credentials.js';

export interface EcrRequest {
  host: string;
  accountId: string;
  region: string;
  fips: boolean;
  /** API endpoint override; without it the SDK also honours AWS_ENDPOINT_URL_ECR / AWS_ENDPOINT_URL. */
  endpoint?: string;
  /** Limit for the whole token request, retries included. */
  timeoutMs?: number;
  /** Ends the request early (the job's cancellation). */
  signal?: AbortSignal;
}

/** The SDK's standard retry mode backs off exponentially (with jitter) on throttling and 5xx; this bounds it. */
const ECR_MAX_ATTEMPTS = 5;

export async function ecrCredentials(req: EcrRequest): Promise<RegistryCredentials> {
  const { ECRClient, GetAuthorizationTokenCommand } = await import('@aws-sdk/client-ecr');
  // A custom endpoint replaces the FIPS one: the SDK refuses to be given both.
  const customEndpoint = req.endpoint || process.env.AWS_ENDPOINT_URL_ECR || process.env.AWS_ENDPOINT_URL;
  const client = new ECRClient({
    region: req.region,
    maxAttempts: ECR_MAX_ATTEMPTS,
    retryMode: 'standard',
    useFipsEndpoint: req.fips && !customEndpoint,
    ...(req.endpoint ? { endpoint: req.endpoint } : {}),
  });
  try {
    // registryIds is what lets a caller in the customer account ask for the Chalk account's registry.
    const out = await client.send(new GetAuthorizationTokenCommand({ registryIds: [req.accountId] }), abortAfter(req));
    const data = out.authorizationData?.[0];
    if (!data?.authorizationToken)
      throw new CredentialError(
        req.host,
        'bad-token',
        `ECR ${req.region} returned no authorization token for registry ${req.accountId} (${req.host}).`,
        'Retry the job; if it persists, check the aws-endpoint (or AWS_ENDPOINT_URL_ECR) points at ECR.',
      );
    logAttempts(req.host, out.$metadata.attempts);
    return decodeToken(req.host, 'ecr', data.authorizationToken, data.expiresAt);
  } catch (err) {
    throw ecrError(req, err, 'ecr:GetAuthorizationToken');
  } finally {
    client.destroy();
  }
}

/** ECR Public's token (public.ecr.aws) is only issued in us-east-1. */
export async function ecrPublicCredentials(
  host: string,
  options: { endpoint?: string; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<RegistryCredentials> {
  const { ECRPUBLICClient, GetAuthorizationTokenCommand } = await import('@aws-sdk/client-ecr-public');
  const client = new ECRPUBLICClient({
    region: 'us-east-1',
    maxAttempts: ECR_MAX_ATTEMPTS,
    retryMode: 'standard',
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
  });
  const req: EcrRequest = { host, accountId: '', region: 'us-east-1', fips: false, ...options };
  try {
    const out = await client.send(new GetAuthorizationTokenCommand({}), abortAfter(req));
    const data = out.authorizationData;
    if (!data?.authorizationToken)
      throw new CredentialError(
        host,
        'bad-token',
        `ECR Public (us-east-1) returned no authorization token for ${host}.`,
        'Retry the job; if it persists, check the aws-endpoint (or AWS_ENDPOINT_URL_ECR_PUBLIC) points at ECR Public.',
      );
    logAttempts(host, out.$metadata.attempts);
    return decodeToken(host, 'ecr-public', data.authorizationToken, data.expiresAt);
  } catch (err) {
    throw ecrError(req, err, 'ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken');
  } finally {
    client.destroy();
  }
}

/** Ends the SDK's request (retries included) at the timeout, the caller's signal or the job's cancellation. */
function abortAfter(req: EcrRequest): { abortSignal: AbortSignal } {
  return {
    abortSignal: AbortSignal.any([...(req.timeoutMs ? [AbortSignal.timeout(req.timeoutMs)] : []), cancellation.signal, ...(req.signal ? [req.signal] : [])]),
  };
}

function logAttempts(host: string, attempts: number | undefined): void {
  if (attempts && attempts > 1) core.info(`${host}: GetAuthorizationToken succeeded after ${attempts} attempts (throttled or server errors retried).`);
}

/** The token is base64("<user>:<password>"); the user is AWS for ECR, but honour what the token says. */
function decodeToken(host: string, provider: 'ecr' | 'ecr-public', token: string, expiresAt: Date | undefined): RegistryCredentials {
  registerSecret(token);
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0)
    throw new CredentialError(
      host,
      'bad-token',
      `The ECR authorization token for ${host} is not base64 "user:password"; cannot log in with it.`,
      'Check that the aws-endpoint (or AWS_ENDPOINT_URL_ECR) points at ECR.',
    );
  const password = decoded.slice(colon + 1);
  registerSecret(password);
  return { host, provider, username: decoded.slice(0, colon), password, ...(expiresAt ? { expiresAt } : {}) };
}

interface SdkError {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

function ecrError(req: EcrRequest, err: unknown, permission: string): CredentialError {
  if (err instanceof CredentialError) return err;
  const e = (err ?? {}) as SdkError;
  const where = req.accountId ? `registry ${req.accountId} in ${req.region} (${req.host})` : req.host;
  if (e.name === 'AbortError' && (req.signal?.aborted || cancellation.signal.aborted))
    return new CredentialError(
      req.host,
      'cancelled',
      `The ECR token request for ${where} was stopped: the job is being cancelled.`,
      'Nothing to fix: rerun the job.',
    );
  if (e.name === 'AbortError' && req.timeoutMs)
    return new CredentialError(
      req.host,
      'timeout',
      `The ECR API did not answer in ${seconds(req.timeoutMs)} when asked for a token for ${where}.`,
      "Check the runner's network access to ECR (or the aws-endpoint), or raise timeout.",
    );
  const said = e.message ? ` AWS said: ${oneLine(e.message)}` : '';
  switch (e.name) {
    case 'AccessDeniedException':
      return new CredentialError(
        req.host,
        'access-denied',
        `ECR denied GetAuthorizationToken for ${where}: your AWS identity lacks ${permission} on the Chalk registry account${req.accountId ? ` ${req.accountId}` : ''}.${said}`,
        `Give your AWS account id to your Chalk representative so Chalk grants your IAM principals pull access (guide: "Authenticating to the Chalk Private Helm Registry"), and allow ${permission} in the role this job assumes.`,
      );
    case 'CredentialsProviderError':
      return new CredentialError(
        req.host,
        'no-credentials',
        `No AWS credentials for ${where}: the SDK's credential chain (env keys, web identity, profiles) found none.${said}`,
        'Run aws-actions/configure-aws-credentials (OIDC role) before this step.',
      );
    case 'UnrecognizedClientException':
    case 'InvalidSignatureException':
    case 'ExpiredTokenException':
      return new CredentialError(
        req.host,
        'rejected-credentials',
        `AWS rejected this job's credentials when asking ECR for ${where} (${e.name}).${said}`,
        'Check the role or keys configured for this job.',
      );
    case 'ThrottlingException':
      return new CredentialError(
        req.host,
        'throttled',
        `ECR kept throttling GetAuthorizationToken for ${where} after ${e.$metadata?.attempts ?? ECR_MAX_ATTEMPTS} attempts.${said}`,
        'Retry the job later.',
      );
    default:
      return new CredentialError(
        req.host,
        'unknown',
        `Could not get an ECR token for ${where}: ${e.name ?? 'error'}${e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : ''}.${said || ` ${oneLine(String(err))}`}`,
        "Check this job's AWS credentials and its network access to ECR.",
      );
  }
}
