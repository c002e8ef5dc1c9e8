/** The local GitHub fake keeps GitHub's documented contract, so tests against it mean something. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_ONLY_TOKEN, startGitHubFake, WRITE_TOKEN, type GitHubFake } from '../fakes/github.js';

let fake: GitHubFake;
beforeAll(async () => {
  fake = await startGitHubFake();
});
afterAll(() => fake.close());

async function call<T = Record<string, unknown>>(method: string, url: string, body?: unknown, token = WRITE_TOKEN) {
  const res = await fetch(url, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, link: res.headers.get('link'), body: (await res.json()) as T };
}

describe('GitHub fake: REST', () => {
  it('pages issue comments with per_page/page and RFC 5988 Link headers on the path the client used', async () => {
    const pr = fake.seedPullRequest('o/paged');
    for (let i = 0; i < 5; i++) fake.seedComment('o/paged', pr.number, `comment ${i}`);
    const first = await call<{ body: string }[]>('GET', `${fake.apiUrl}/repos/o/paged/issues/${pr.number}/comments?per_page=2`);
    expect(first.body.map((c) => c.body)).toEqual(['comment 0', 'comment 1']);
    expect(first.link).toContain(`<${fake.apiUrl}/repos/o/paged/issues/${pr.number}/comments?per_page=2&page=2>; rel="next"`);
    expect(first.link).toContain('page=3>; rel="last"');
    const last = await call<{ body: string }[]>('GET', `${fake.url}/repos/o/paged/issues/${pr.number}/comments?per_page=2&page=3`);
    expect(last.body.map((c) => c.body)).toEqual(['comment 4']);
    expect(last.link).toContain('rel="prev"');
    expect(last.link).not.toContain('rel="next"');
  });

  it('lists pull requests among issues, marked with pull_request, and filters by every label and by state', async () => {
    fake.seedIssue('o/list', { title: 'a', labels: ['drift', 'prod'] });
    fake.seedIssue('o/list', { title: 'b', labels: ['drift'], state: 'closed' });
    fake.seedPullRequest('o/list', { labels: ['drift'] });
    const open = await call<{ title: string; pull_request?: unknown }[]>('GET', `${fake.apiUrl}/repos/o/list/issues?labels=drift`);
    expect(open.body.map((i) => [i.title, Boolean(i.pull_request)])).toEqual([
      ['A pull request', true],
      ['a', false],
    ]);
    const all = await call<{ title: string }[]>('GET', `${fake.apiUrl}/repos/o/list/issues?labels=drift,PROD&state=all`);
    expect(all.body.map((i) => i.title)).toEqual(['a']);
    const closed = await call<{ title: string; state_reason: string }[]>('GET', `${fake.apiUrl}/repos/o/list/issues?state=closed&direction=asc`);
    expect(closed.body.map((i) => [i.title, i.state_reason])).toEqual([['b', 'completed']]);
  });

  it('answers 401 to unknown tokens, 403 to writes with a read-only token, 422 to bodies over 65,536', async () => {
    const pr = fake.seedPullRequest('o/auth');
    expect((await call('GET', `${fake.apiUrl}/repos/o/auth/issues`, undefined, 'nope')).status).toBe(401);
    expect((await call('GET', `${fake.apiUrl}/repos/o/auth/issues`, undefined, READ_ONLY_TOKEN)).status).toBe(200);
    const denied = await call('POST', `${fake.apiUrl}/repos/o/auth/issues/${pr.number}/comments`, { body: 'hi' }, READ_ONLY_TOKEN);
    expect(denied).toMatchObject({ status: 403, body: { message: 'Resource not accessible by integration' } });
    const long = await call('POST', `${fake.apiUrl}/repos/o/auth/issues/${pr.number}/comments`, { body: 'é'.repeat(40_000) });
    expect(long.status).toBe(422);
    expect(JSON.stringify(long.body)).toContain('Body is too long (maximum is 65536 characters)');
    expect(fake.state.comments.filter((c) => c.repository === 'o/auth')).toEqual([]);
  });

  it('closes with state_reason completed and reopens with reopened', async () => {
    const issue = fake.seedIssue('o/state', { title: 't' });
    const closed = await call('PATCH', `${fake.apiUrl}/repos/o/state/issues/${issue.number}`, { state: 'closed' });
    expect(closed.body).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(closed.body.closed_at).toBeTruthy();
    const reopened = await call('PATCH', `${fake.apiUrl}/repos/o/state/issues/${issue.number}`, { state: 'open' });
    expect(reopened.body).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
    expect((await call('PATCH', `${fake.apiUrl}/repos/o/state/issues/${issue.number}`, { state: 'shut' })).status).toBe(422);
  });
});

describe('GitHub fake: GraphQL', () => {
  it('minimizes a comment by node_id; isMinimized and minimizedReason show it afterwards', async () => {
    const pr = fake.seedPullRequest('o/gql');
    const comment = fake.seedComment('o/gql', pr.number, 'old');
    const mutation = await call('POST', fake.graphqlUrl, {
      query: 'mutation M($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { minimizedComment { isMinimized minimizedReason } } }',
      variables: { id: comment.node_id },
    });
    expect(mutation.body).toEqual({ data: { minimizeComment: { minimizedComment: { isMinimized: true, minimizedReason: 'outdated' } } } });
    const read = await call('POST', `${fake.url}/graphql`, {
      query: `{ node(id: "${comment.node_id}") { __typename ... on IssueComment { databaseId state: isMinimized } } viewer { login } }`,
    });
    expect(read.body).toEqual({ data: { node: { __typename: 'IssueComment', databaseId: comment.id, state: true }, viewer: { login: 'github-actions' } } });
    expect(fake.requests.at(-1)).toMatchObject({ path: '/graphql', operation: 'query' });
    expect(fake.writes().at(-1)).toMatchObject({ path: '/api/graphql', operation: 'mutation' });
  });

  it('refuses a mutation with a read-only token as GitHub does: HTTP 200, a FORBIDDEN error, the field null', async () => {
    const pr = fake.seedPullRequest('o/gql-ro');
    const comment = fake.seedComment('o/gql-ro', pr.number, 'old');
    const answer = await call(
      'POST',
      fake.graphqlUrl,
      { query: `mutation { minimizeComment(input: {subjectId: "${comment.node_id}", classifier: OUTDATED}) { clientMutationId } }` },
      READ_ONLY_TOKEN,
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ data: { minimizeComment: null }, errors: [{ type: 'FORBIDDEN', path: ['minimizeComment'] }] });
    expect(comment.isMinimized).toBe(false);
  });

  it('reports unknown nodes, unknown fields and parse errors as errors', async () => {
    const missing = await call('POST', fake.graphqlUrl, { query: 'query { node(id: "nope") { id } }' });
    expect(missing.body).toMatchObject({ data: { node: null }, errors: [{ type: 'NOT_FOUND' }] });
    const unknown = await call('POST', fake.graphqlUrl, { query: 'query { viewer { email } }' });
    expect(JSON.stringify(unknown.body)).toContain("Field 'email' doesn't exist on type 'Bot'");
    const broken = await call('POST', fake.graphqlUrl, { query: 'query { viewer { login }' });
    expect(JSON.stringify(broken.body)).toContain('Parse error');
  });
});
