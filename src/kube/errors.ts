/**
 * Kubernetes API failures as typed errors at the boundary: a kind to branch on and a message that
 * says what to do next, whether the cause was the network, TLS, the credentials or RBAC.
 */
import { ChalkError } from '../errors.js';
export type KubeErrorKind = 'no-config' | 'credentials' | 'unreachable' | 'tls' | 'unauthorized' | 'forbidden' | 'not-found' | 'timeout' | 'unknown';

export class KubeError extends ChalkError<KubeErrorKind> {
  readonly boundary = 'kube';

  constructor(
    kind: KubeErrorKind,
    message: string,
    fix: string,
    readonly status?: number,
  ) {
    super(kind, message, fix);
  }
}

const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

interface ErrorLike {
  code?: unknown;
  body?: unknown;
  message?: unknown;
  name?: unknown;
  type?: unknown;
  cause?: unknown;
}

/** The API server's own reason (`Status.message`) from an ApiException body, when it sent one. */
function statusMessage(body: unknown): string | undefined {
  if (typeof body === 'string') {
    try {
      return statusMessage(JSON.parse(body));
    } catch {
      return body.trim() || undefined;
    }
  }
  if (body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string') return (body as { message: string }).message;
  return undefined;
}

/** Turns whatever the client threw into a KubeError; `server` names the endpoint in messages. */
export function toKubeError(err: unknown, server: string): KubeError {
  if (err instanceof KubeError) return err;
  const e = (err ?? {}) as ErrorLike;
  const status = typeof e.code === 'number' ? e.code : undefined;
  const reason = statusMessage(e.body);
  if (status === 401)
    return new KubeError(
      'unauthorized',
      `the API server at ${server} rejected the credentials (401)`,
      'Refresh the kubeconfig credentials (e.g. aws eks update-kubeconfig / a new token) for the context in use.',
      401,
    );
  if (status === 403)
    return new KubeError(
      'forbidden',
      reason ?? `forbidden (403) by ${server}`,
      'Grant the identity the missing RBAC permission, or run with an identity that has it.',
      403,
    );
  if (status === 404) return new KubeError('not-found', reason ?? 'not found (404)', 'Create the object first.', 404);
  if (status !== undefined)
    return new KubeError('unknown', `the API server answered ${status}${reason ? `: ${reason}` : ''}`, 'Check the API server and its logs.', status);
  const code = typeof e.code === 'string' ? e.code : typeof (e.cause as ErrorLike)?.code === 'string' ? ((e.cause as ErrorLike).code as string) : '';
  const message = typeof e.message === 'string' ? e.message : String(err);
  if (e.name === 'AbortError' || code === 'ETIMEDOUT' || /timed? ?out/i.test(message))
    return new KubeError(
      'timeout',
      `no answer from ${server} in time`,
      'Check that the API server is reachable from the runner (VPN, firewall, endpoint allowlist).',
    );
  if (TLS_CODES.has(code) || /certificate|x509|self[- ]signed/i.test(message))
    return new KubeError(
      'tls',
      `the TLS certificate of ${server} is not trusted (${code || message})`,
      'Put the cluster CA in the kubeconfig (certificate-authority-data) for this cluster.',
    );
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET'].includes(code))
    return new KubeError(
      'unreachable',
      `cannot reach the API server at ${server} (${code})`,
      code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'The kubeconfig server name does not resolve from the runner: check the cluster endpoint and DNS.'
        : 'Check that the cluster is running and its API endpoint is reachable from the runner (public endpoint allowlist, VPN, security groups).',
    );
  return new KubeError('unknown', message, 'Check the kubeconfig and that the API server is reachable.');
}
