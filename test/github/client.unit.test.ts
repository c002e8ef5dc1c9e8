/** The GitHub client: GHES URLs honoured exactly, every failure a typed GitHubError, every call bounded. */
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, githubUrls } from '../../src/github/client.js';
import { GitHubError } from '../../src/github/errors.js';
import { forgetSecrets, redact } from '../../src/report/secrets.js';
import { startGitHubFake, WRITE_TOKEN, type GitHubFake } from '../fakes/github.js';
import { close, listen } from '../fakes/http.js';

let fake: GitHubFake;
beforeAll(async () => {
  fake = await startGitHubFake();
});
afterAll(async () => {
  forgetSecrets();
  await fake.close();
});

const ghes = () => ({ GITHUB_API_URL: fake.apiUrl, GITHUB_GRAPHQL_URL: fake.graphqlUrl });

async function failure(promise: Promise<unknown>): Promise<GitHubError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GitHubError);
  return err as GitHubError;
}

describe('githubUrls', () => {
  it('defaults to github.com and derives GHES GraphQL from /api/v3 when GITHUB_GRAPHQL_URL is unset', () => {
    expect(githubUrls({})).toEqual({ apiUrl: 'https://api.github.com', graphqlUrl: 'https://api.github.com/graphql' });
    expect(githubUrls({ GITHUB_API_URL: 'https://ghe.example/api/v3/' })).toEqual({
      apiUrl: 'https://ghe.example/api/v3',
      graphqlUrl: 'https://ghe.example/api/graphql',
    });
    expect(githubUrls({ GITHUB_API_URL: 'https://ghe.example/api/v3', GITHUB_GRAPHQL_URL: 'https://gql.example/x' }).graphqlUrl).toBe('https://gql.example/x');
  });
});

describe('createGitHubClient', () => {
  it('sends REST to GITHUB_API_URL and GraphQL to GITHUB_GRAPHQL_URL, as on GHES', async () => {
    fake.seedIssue('o/urls', { title: 'one' });
    const client = await createGitHubClient({ token: WRITE_TOKEN, env: ghes() });
    const { data } = await client.octokit.rest.issues.listForRepo({ owner: 'o', repo: 'urls' });
    expect(data.map((i) => i.title)).toEqual(['one']);
    expect(await client.graphql('query { viewer { login } }')).toEqual({ viewer: { login: 'github-actions' } });
    expect(fake.requests.slice(-2).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v3/repos/o/urls/issues', 'POST /api/graphql']);
  });

  it('posts GraphQL to GITHUB_GRAPHQL_URL exactly, even where Octokit would derive another URL from /api/v3', async () => {
    const client = await createGitHubClient({ token: WRITE_TOKEN, env: { GITHUB_API_URL: fake.apiUrl, GITHUB_GRAPHQL_URL: `${fake.url}/graphql` } });
    await client.graphql('query { viewer { login } }');
    expect(fake.requests.at(-1)?.path).toBe('/graphql');
  });

  it('registers the token as a secret', async () => {
    await createGitHubClient({ token: 'ghp_registeredSecretToken', env: ghes() });
    expect(redact('token ghp_registeredSecretToken')).toBe('token ***');
  });

  it('types failures: unauthorized, forbidden, not-found, too-large, rate-limited, server', async () => {
    const pr = fake.seedPullRequest('o/errors');
    const anonymous = await createGitHubClient({ token: 'not-a-token', env: ghes() });
    expect((await failure(anonymous.octokit.rest.issues.get({ owner: 'o', repo: 'errors', issue_number: pr.number })))?.kind).toBe('unauthorized');

    const client = await createGitHubClient({ token: WRITE_TOKEN, env: ghes() });
    const missing = await failure(client.octokit.rest.issues.get({ owner: 'o', repo: 'errors', issue_number: 999 }));
    expect(missing).toMatchObject({ kind: 'not-found', status: 404 });
    expect(missing.message).toContain('GET /repos/{owner}/{repo}/issues/{issue_number}');

    const tooLong = await failure(client.octokit.rest.issues.createComment({ owner: 'o', repo: 'errors', issue_number: pr.number, body: 'x'.repeat(70_000) }));
    expect(tooLong.kind).toBe('too-large');

    fake.failNext({ status: 403, body: { message: 'Resource not accessible by integration' } });
    const forbidden = await failure(client.octokit.rest.issues.createComment({ owner: 'o', repo: 'errors', issue_number: pr.number, body: 'x' }));
    expect(forbidden.kind).toBe('forbidden');
    expect(forbidden.fix).toContain('pull-requests: write');

    fake.failNext({ status: 403, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1767225600' } });
    const limited = await failure(client.octokit.rest.issues.get({ owner: 'o', repo: 'errors', issue_number: pr.number }));
    expect(limited.kind).toBe('rate-limited');
    expect(limited.message).toContain('2026-01-01T00:00:00.000Z');

    fake.failNext({ status: 429, body: { message: 'You have exceeded a secondary rate limit' }, headers: { 'retry-after': '60' } });
    expect((await failure(client.octokit.rest.issues.get({ owner: 'o', repo: 'errors', issue_number: pr.number }))).message).toContain('retry after 60 s');

    fake.failNext({ status: 502, body: { message: 'Server Error' } });
    expect((await failure(client.octokit.rest.issues.get({ owner: 'o', repo: 'errors', issue_number: pr.number }))).kind).toBe('server');
  });

  it('types GraphQL errors answered with HTTP 200 by their type', async () => {
    const client = await createGitHubClient({ token: WRITE_TOKEN, env: ghes() });
    const missing = await failure(
      client.graphql('mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { clientMutationId } }', { id: 'IC_gone' }),
    );
    expect(missing.kind).toBe('not-found');
    expect(missing.message).toContain("Could not resolve to a node with the global id of 'IC_gone'");
    expect((await failure(client.graphql('query { viewer { email } }'))).kind).toBe('invalid');
  });

  it('fails as unreachable when nothing listens, without retrying', async () => {
    const server = createServer();
    const port = await listen(server);
    await close(server);
    const client = await createGitHubClient({ token: WRITE_TOKEN, env: { GITHUB_API_URL: `http://127.0.0.1:${port}/api/v3` } });
    const err = await failure(client.octokit.rest.issues.get({ owner: 'o', repo: 'r', issue_number: 1 }));
    expect(err.kind).toBe('unreachable');
    expect(err.message).toContain('ECONNREFUSED');
  });

  it('bounds every call by its timeout, and stops at once when cancelled', async () => {
    const client = await createGitHubClient({ token: WRITE_TOKEN, env: ghes(), timeoutMs: 300 });
    fake.hangNext();
    const started = Date.now();
    const err = await failure(client.octokit.rest.issues.get({ owner: 'o', repo: 'errors', issue_number: 1 }));
    expect(err.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);

    const controller = new AbortController();
    controller.abort();
    const count = fake.requests.length;
    const cancelled = await createGitHubClient({ token: WRITE_TOKEN, env: ghes(), signal: controller.signal });
    expect((await failure(cancelled.octokit.rest.issues.get({ owner: 'o', repo: 'errors', issue_number: 1 }))).kind).toBe('cancelled');
    expect(fake.requests.length).toBe(count);
  });

  it('refuses an empty token before any request', async () => {
    expect((await failure(createGitHubClient({ token: '', env: ghes() }))).kind).toBe('unauthorized');
  });
});
