/**
 * GitHub API failures as typed errors at the boundary: one kind to branch on (a read-only token
 * is `forbidden`, a spent quota `rate-limited`, a body over the limit `too-large`) and a fix that
 * names the permission or setting to change. GitHub's own message is kept, flattened to one line.
 */
import { ChalkError } from '../errors.js';
import { oneLine } from '../report/text.js';

export type GitHubErrorKind =
  | 'context'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'too-large'
  | 'invalid'
  | 'server'
  | 'unreachable'
  | 'timeout'
  | 'cancelled'
  | 'unknown';

export class GitHubError extends ChalkError<GitHubErrorKind> {
  readonly boundary = 'github';

  constructor(
    kind: GitHubErrorKind,
    message: string,
    fix: string,
    /** The HTTP status GitHub answered, when it answered. */
    readonly status?: number,
  ) {
    super(kind, message, fix);
  }
}

/** The fix for a write the token may not make; fork PRs always get a read-only token. */
export const FORBIDDEN_FIX =
  "Grant the workflow token what the call needs in the job's `permissions:` (`pull-requests: write` for PR comments, `issues: write` for drift issues). Pull requests from forks get a read-only token by design.";

interface RequestErrorLike {
  status?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
  cause?: unknown;
}

/** GitHub's `message` (and the `errors[].message` of a 422), or the client's message. */
function serverMessage(err: RequestErrorLike): string {
  const data = err.response?.data;
  if (data && typeof data === 'object') {
    const d = data as { message?: unknown; errors?: unknown };
    const details = Array.isArray(d.errors)
      ? d.errors.map((e) => (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string' ? (e as { message: string }).message : ''))
      : [];
    const parts = [typeof d.message === 'string' ? d.message : '', ...details].filter(Boolean);
    if (parts.length) return oneLine(parts.join(': '));
  }
  if (typeof data === 'string' && data.trim()) return oneLine(data);
  return oneLine(typeof err.message === 'string' ? err.message : 'no message');
}

function networkCode(err: unknown): string {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return '';
}

function rateLimitReset(headers: Record<string, string | undefined>): string {
  const retryAfter = Number(headers['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return ` (retry after ${retryAfter} s)`;
  const reset = Number(headers['x-ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? ` (the quota resets at ${new Date(reset * 1000).toISOString()})` : '';
}

/**
 * Turns what Octokit threw into a GitHubError. `call` names the request (`PATCH
 * /repos/{owner}/{repo}/issues/comments/{comment_id}`) and `api` the endpoint, for messages.
 */
export function toGitHubError(err: unknown, call: string, api: string): GitHubError {
  if (err instanceof GitHubError) return err;
  const e = (err ?? {}) as RequestErrorLike;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const headers = e.response?.headers ?? {};
  if (status !== undefined && e.response) {
    const message = serverMessage(e);
    const said = `${call} → ${status}: ${message}`;
    if (status === 401)
      return new GitHubError(
        'unauthorized',
        `GitHub rejected the token (${said})`,
        'Pass a valid token in `github-token` (default `${{ github.token }}`); a personal access token may have expired or been revoked.',
        status,
      );
    if (status === 429 || (status === 403 && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message))))
      return new GitHubError(
        'rate-limited',
        `GitHub's rate limit stopped ${call}${rateLimitReset(headers)}: ${message}`,
        'Wait for the quota to reset or use a token with its own quota; the next run retries.',
        status,
      );
    if (status === 403) return new GitHubError('forbidden', `the token may not do this (${said})`, FORBIDDEN_FIX, status);
    if (status === 404)
      return new GitHubError(
        'not-found',
        `not found (${said})`,
        'Check the repository and the pull request or issue number; a token without access to a private repository also gets 404.',
        status,
      );
    if (status === 413 || (status === 422 && /too long|too large/i.test(message)))
      return new GitHubError(
        'too-large',
        `GitHub refused the body as too large (${said})`,
        'Fit the body under the limit (src/report/body-size.ts fitBody).',
        status,
      );
    if (status === 422)
      return new GitHubError('invalid', `GitHub refused the request (${said})`, 'Check the request fields against the GitHub REST API reference.', status);
    if (status >= 500)
      return new GitHubError(
        'server',
        `GitHub failed (${said})`,
        'A GitHub outage or a transient error: https://www.githubstatus.com; the next run retries.',
        status,
      );
    return new GitHubError('unknown', `unexpected answer (${said})`, 'Check the GitHub API URL and the token.', status);
  }
  const code = networkCode(err);
  const message = oneLine(typeof e.message === 'string' ? e.message : String(err));
  return new GitHubError(
    'unreachable',
    `cannot reach the GitHub API at ${api} for ${call} (${code || message})`,
    'Check GITHUB_API_URL / GITHUB_GRAPHQL_URL (GHES: https://HOST/api/v3 and https://HOST/api/graphql) and that the runner can reach them (HTTPS_PROXY, NO_PROXY).',
  );
}

/** Errors of a GraphQL answer (HTTP 200 with `errors`), typed by GitHub's `type` field. */
export function graphqlError(errors: readonly { type?: string; message?: string }[], api: string): GitHubError {
  const first = errors[0] ?? {};
  const message = `GraphQL at ${api}: ${oneLine(errors.map((e) => e.message ?? e.type ?? 'error').join('; '))}`;
  if (first.type === 'FORBIDDEN') return new GitHubError('forbidden', message, FORBIDDEN_FIX);
  if (first.type === 'NOT_FOUND') return new GitHubError('not-found', message, 'The node no longer exists (a deleted comment or issue).');
  if (first.type === 'RATE_LIMITED' || first.type === 'RATE_LIMIT')
    return new GitHubError('rate-limited', message, 'Wait for the GraphQL quota to reset; the next run retries.');
  return new GitHubError('invalid', message, 'Check the GraphQL document against the GitHub GraphQL schema.');
}
