/**
 * The GitHub client: Octokit through @actions/github (its proxy-aware fetch included), pointed at
 * GITHUB_API_URL and GITHUB_GRAPHQL_URL as the runner sets them (on GHES `https://HOST/api/v3` and
 * `https://HOST/api/graphql`). GraphQL is posted to GITHUB_GRAPHQL_URL exactly: Octokit's own
 * `graphql` derives its URL from the REST base. No retries; every call has a timeout and fails
 * with a GitHubError. @actions/github is imported lazily so actions that never post pay nothing.
 */
import type { getOctokit } from '@actions/github';
import { registerSecret } from '../report/secrets.js';
import { GitHubError, graphqlError, toGitHubError } from './errors.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubUrls {
  /** The REST base, without a trailing slash. */
  apiUrl: string;
  graphqlUrl: string;
}

export interface GitHubClientOptions {
  token: string;
  /** Where GITHUB_API_URL / GITHUB_GRAPHQL_URL are read; default `process.env`. */
  env?: Record<string, string | undefined>;
  /** Per call (each page of a listing is a call). */
  timeoutMs?: number;
  /** Aborts every call, e.g. when the job is cancelled. */
  signal?: AbortSignal;
}

export interface GitHubClient extends GitHubUrls {
  /** Typed REST calls (`octokit.rest.issues.…`, `octokit.paginate`); failures are GitHubErrors. */
  readonly octokit: Octokit;
  /** Posts a GraphQL document to `graphqlUrl`; GraphQL `errors` become a GitHubError. */
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** The API URLs from the runner's environment; GITHUB_GRAPHQL_URL, when set, is used as is. */
export function githubUrls(env: Record<string, string | undefined>): GitHubUrls {
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const derived = /\/api\/v3$/.test(apiUrl) ? apiUrl.replace(/\/api\/v3$/, '/api/graphql') : `${apiUrl}/graphql`;
  return { apiUrl, graphqlUrl: env.GITHUB_GRAPHQL_URL || derived };
}

export async function createGitHubClient(options: GitHubClientOptions): Promise<GitHubClient> {
  if (!options.token) throw new GitHubError('unauthorized', 'no GitHub token was given', 'Pass `github-token` (default `${{ github.token }}`).');
  registerSecret(options.token);
  const { apiUrl, graphqlUrl } = githubUrls(options.env ?? process.env);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(options.token, { baseUrl: apiUrl, userAgent: 'chalk-actions' });

  octokit.hook.wrap('request', async (request, endpoint) => {
    const call = `${endpoint.method} ${endpoint.url}`;
    const api = endpoint.url.startsWith('http') ? endpoint.url : apiUrl;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    try {
      if (options.signal?.aborted) throw options.signal.reason;
      // before-after-hook binds the inner hooks to this options object: it is changed, not replaced.
      endpoint.request = { ...endpoint.request, signal };
      return await request(endpoint);
    } catch (err) {
      if (options.signal?.aborted) throw new GitHubError('cancelled', `${call} was cancelled`, 'The job was cancelled; nothing further was sent.');
      if (timeout.aborted)
        throw new GitHubError(
          'timeout',
          `no answer from ${api} to ${call} within ${timeoutMs / 1000} s`,
          'Check that the runner reaches the GitHub API (GHES host, proxy); the next run retries.',
        );
      throw toGitHubError(err, call, api);
    }
  });

  return {
    octokit,
    apiUrl,
    graphqlUrl,
    async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const { data } = await octokit.request({ method: 'POST', url: graphqlUrl, query, variables });
      const answer = data as { data?: T; errors?: { type?: string; message?: string }[] };
      if (answer.errors?.length) throw graphqlError(answer.errors, graphqlUrl);
      if (answer.data === undefined) throw new GitHubError('invalid', `GraphQL at ${graphqlUrl} answered without data`, 'Check GITHUB_GRAPHQL_URL.');
      return answer.data;
    },
  };
}
