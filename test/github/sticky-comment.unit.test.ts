/** The sticky PR comment against the local GitHub fake, through GHES-style URLs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { COMMENT_LIMIT, fitBody, fitsWithin } from '../../src/report/body-size.js';
import { GitHubError } from '../../src/github/errors.js';
import { markerFor, withMarker } from '../../src/github/marker.js';
import { sameLogin, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { forgetSecrets } from '../../src/report/secrets.js';
import { ACTIONS_BOT, READ_ONLY_TOKEN, startGitHubFake, WRITE_TOKEN, type GitHubFake } from '../fakes/github.js';

let fake: GitHubFake;
let client: GitHubClient;
beforeAll(async () => {
  fake = await startGitHubFake();
  client = await clientFor(WRITE_TOKEN);
});
afterAll(async () => {
  forgetSecrets();
  await fake.close();
});

const clientFor = (token: string) => createGitHubClient({ token, env: { GITHUB_API_URL: fake.apiUrl, GITHUB_GRAPHQL_URL: fake.graphqlUrl } });
const keyOf = (environment: string) => markerFor('render-and-diff', { repository: 'acme/deploy', workflow: 'PR diff', environment, releases: ['chalk'] });
const commentsOn = (number: number) => fake.state.comments.filter((c) => c.repository === 'acme/deploy' && c.number === number);

describe('upsertStickyComment', () => {
  it('creates on the first run, updates the same comment on the second, writes nothing on an unchanged third', async () => {
    const pr = fake.seedPullRequest('acme/deploy');
    const marker = keyOf('prod');
    const options = { client, owner: 'acme', repo: 'deploy', number: pr.number, marker };
    const start = fake.requests.length;

    const first = await upsertStickyComment({ ...options, body: '## prod: 1 change' });
    expect(first).toMatchObject({ action: 'created', minimized: 0 });
    expect(first.url).toBe(`${fake.url}/acme/deploy/pull/${pr.number}#issuecomment-${first.commentId}`);

    const second = await upsertStickyComment({ ...options, body: '## prod: 2 changes' });
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId, minimized: 0 });
    expect(commentsOn(pr.number).map((c) => c.body)).toEqual([withMarker(marker, '## prod: 2 changes')]);

    const writes = fake.writes().length;
    const third = await upsertStickyComment({ ...options, body: '## prod: 2 changes' });
    expect(third).toEqual({ action: 'unchanged', commentId: first.commentId, url: first.url, minimized: 0 });
    expect(fake.writes().length).toBe(writes);

    // GHES paths only: REST under /api/v3, GraphQL at /api/graphql.
    expect(fake.requests.slice(start).every((r) => r.path.startsWith('/api/v3/') || r.path === '/api/graphql')).toBe(true);
  });

  it('keeps one comment per environment on the same PR', async () => {
    const pr = fake.seedPullRequest('acme/deploy');
    const options = { client, owner: 'acme', repo: 'deploy', number: pr.number };
    await upsertStickyComment({ ...options, marker: keyOf('dev'), body: 'dev' });
    await upsertStickyComment({ ...options, marker: keyOf('prod'), body: 'prod' });
    await upsertStickyComment({ ...options, marker: keyOf('dev'), body: 'dev 2' });
    expect(commentsOn(pr.number).map((c) => c.body)).toEqual([withMarker(keyOf('dev'), 'dev 2'), withMarker(keyOf('prod'), 'prod')]);
  });

  it('edits the newest of its comments, minimizes the older ones as OUTDATED once, and leaves others’ comments alone', async () => {
    const pr = fake.seedPullRequest('acme/deploy');
    const marker = keyOf('prod');
    const oldest = fake.seedComment('acme/deploy', pr.number, withMarker(marker, 'old layout'));
    const quoted = fake.seedComment('acme/deploy', pr.number, `> ${marker}\nwhy is this red?`, { user: 'alice' });
    const raced = fake.seedComment('acme/deploy', pr.number, withMarker(marker, 'race'));
    const newest = fake.seedComment('acme/deploy', pr.number, withMarker(marker, 'previous run'));
    const options = { client, owner: 'acme', repo: 'deploy', number: pr.number, marker, body: 'this run' };

    const result = await upsertStickyComment(options);
    expect(result).toMatchObject({ action: 'updated', commentId: newest.id, minimized: 2 });
    expect([oldest, raced].map((c) => [c.isMinimized, c.minimizedReason])).toEqual([
      [true, 'outdated'],
      [true, 'outdated'],
    ]);
    expect(quoted).toMatchObject({ isMinimized: false, body: `> ${marker}\nwhy is this red?` });
    expect(newest).toMatchObject({ isMinimized: false, body: withMarker(marker, 'this run') });

    const writes = fake.writes().length;
    expect(await upsertStickyComment(options)).toMatchObject({ action: 'unchanged', minimized: 0 });
    expect(fake.writes().length).toBe(writes);
  });

  it('skips with a notice naming the permission when the token is read-only (fork PRs), never failing', async () => {
    const pr = fake.seedPullRequest('acme/deploy');
    const readOnly = await clientFor(READ_ONLY_TOKEN);
    const result = await upsertStickyComment({ client: readOnly, owner: 'acme', repo: 'deploy', number: pr.number, marker: keyOf('prod'), body: 'x' });
    expect(result).toMatchObject({ action: 'skipped', minimized: 0 });
    expect(result.notice).toContain('Resource not accessible by integration');
    expect(result.notice).toContain('permissions: pull-requests: write');
    expect(commentsOn(pr.number)).toEqual([]);
  });

  it('reports when older copies cannot be minimized, keeping the result of the comment itself', async () => {
    const pr = fake.seedPullRequest('acme/deploy');
    const marker = keyOf('prod');
    const older = fake.seedComment('acme/deploy', pr.number, withMarker(marker, 'same'));
    fake.seedComment('acme/deploy', pr.number, withMarker(marker, 'same'));
    const readOnly = await clientFor(READ_ONLY_TOKEN);
    const result = await upsertStickyComment({ client: readOnly, owner: 'acme', repo: 'deploy', number: pr.number, marker, body: 'same' });
    expect(result).toMatchObject({ action: 'unchanged', minimized: 0 });
    expect(result.notice).toMatch(/^Older copies of the PR comment were not minimized: .*pull-requests: write/);
    expect(older.isMinimized).toBe(false);
  });

  it('finds its comment on any page of a long conversation', async () => {
    const pr = fake.seedPullRequest('acme/deploy');
    const marker = keyOf('prod');
    for (let i = 0; i < 230; i++) fake.seedComment('acme/deploy', pr.number, `chatter ${i}`, { user: 'alice' });
    const ours = fake.seedComment('acme/deploy', pr.number, withMarker(marker, 'before'));
    for (let i = 0; i < 20; i++) fake.seedComment('acme/deploy', pr.number, `more ${i}`, { user: 'bob' });
    const start = fake.requests.length;
    const result = await upsertStickyComment({ client, owner: 'acme', repo: 'deploy', number: pr.number, marker, body: 'after' });
    expect(result).toMatchObject({ action: 'updated', commentId: ours.id });
    const pages = fake.requests.slice(start).filter((r) => r.method === 'GET');
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(pages.every((r) => r.query.per_page === '100')).toBe(true);
  });

  it('matches only comments by the account the token posts as, or by the marker alone when GitHub will not say', async () => {
    const pr = fake.seedPullRequest('acme/deploy');
    const marker = keyOf('prod');
    fake.addToken('ghp_deployBotPat', 'deploy-bot');
    const pat = await clientFor('ghp_deployBotPat');
    const byActions = fake.seedComment('acme/deploy', pr.number, withMarker(marker, 'from GITHUB_TOKEN'));
    const created = await upsertStickyComment({ client: pat, owner: 'acme', repo: 'deploy', number: pr.number, marker, body: 'from the PAT' });
    expect(created.action).toBe('created');
    expect(byActions.isMinimized).toBe(false);

    fake.failNext({ status: 200, body: { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] } });
    const markerOnly = await upsertStickyComment({ client: pat, owner: 'acme', repo: 'deploy', number: pr.number, marker, body: 'from the PAT' });
    expect(markerOnly).toMatchObject({ action: 'unchanged', commentId: created.commentId, minimized: 1 });
    expect(byActions.isMinimized).toBe(true);
  });

  it('posts a 300 KB diff fitted under the limit with its fences intact, and refuses an unfitted body before any request', async () => {
    const pr = fake.seedPullRequest('acme/deploy');
    const marker = keyOf('prod');
    const sections = Array.from(
      { length: 300 },
      (_, i) =>
        `<details><summary>ConfigMap cm-${i}</summary>\n\n\`\`\`diff\n${Array.from({ length: 45 }, (_, j) => `-  key${j}: ${'é'.repeat(8)}${i}`).join('\n')}\n\`\`\`\n\n</details>`,
    );
    const { body, omitted } = fitBody({
      header: '## prod',
      counts: '| ConfigMap | 300 changed |',
      sections,
      pointer: (n) => `… ${n} more objects: see the job summary`,
    });
    expect(omitted.length).toBeGreaterThan(0);
    const result = await upsertStickyComment({ client, owner: 'acme', repo: 'deploy', number: pr.number, marker, body });
    expect(result.action).toBe('created');
    const stored = commentsOn(pr.number)[0]!.body;
    expect(fitsWithin(stored, COMMENT_LIMIT)).toBe(true);
    expect((stored.match(/^```/gm) ?? []).length % 2).toBe(0);

    const count = fake.requests.length;
    const refused = await upsertStickyComment({ client, owner: 'acme', repo: 'deploy', number: pr.number, marker, body: sections.join('\n') }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(GitHubError);
    expect(refused).toMatchObject({ kind: 'too-large' });
    expect(fake.requests.length).toBe(count);
  });
});

describe('sameLogin', () => {
  it('ignores case and the [bot] suffix REST adds', () => {
    expect(sameLogin(ACTIONS_BOT, 'github-actions')).toBe(true);
    expect(sameLogin('Deploy-Bot', 'deploy-bot')).toBe(true);
    expect(sameLogin('alice', 'github-actions')).toBe(false);
    expect(sameLogin(undefined, 'github-actions')).toBe(false);
  });
});
