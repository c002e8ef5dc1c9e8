/** The drift issue against the local GitHub fake: one issue per key, whatever the history. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { GitHubError } from '../../src/github/errors.js';
import { upsertDriftIssue, type IssueUpsertOptions } from '../../src/github/issue-upsert.js';
import { hasMarker, markerFor, withMarker } from '../../src/github/marker.js';
import { forgetSecrets } from '../../src/report/secrets.js';
import { READ_ONLY_TOKEN, startGitHubFake, WRITE_TOKEN, type GitHubFake } from '../fakes/github.js';

let fake: GitHubFake;
let client: GitHubClient;
beforeAll(async () => {
  fake = await startGitHubFake();
  client = await createGitHubClient({ token: WRITE_TOKEN, env: { GITHUB_API_URL: fake.apiUrl, GITHUB_GRAPHQL_URL: fake.graphqlUrl } });
});
afterAll(async () => {
  forgetSecrets();
  await fake.close();
});

const LABEL = 'chalk-drift';
const marker = markerFor('drift-check', { repository: 'acme/deploy', environment: 'prod', releases: ['chalk'] });
let repos = 0;
/** A fresh repository per scenario, and the options of a run in it. */
function scenario() {
  const repo = `deploy-${++repos}`;
  const base: Omit<IssueUpsertOptions, 'drift'> = { client, owner: 'acme', repo, marker, label: LABEL, resolvedComment: 'No drift in run 9: closing.' };
  const drift = (body: string) => upsertDriftIssue({ ...base, drift: { title: 'Drift in prod', body } });
  const clean = () => upsertDriftIssue(base);
  const issues = () => fake.state.issues.filter((i) => i.repository === `acme/${repo}` && !i.pull && hasMarker(i.body, marker));
  return { repo, base, drift, clean, issues };
}

describe('upsertDriftIssue', () => {
  it('opens once, updates in place, leaves an unchanged issue alone, closes when clean, reopens the same issue', async () => {
    const s = scenario();
    const opened = await s.drift('1 object drifted');
    expect(opened).toEqual({ action: 'opened', number: 1, url: `${fake.url}/acme/${s.repo}/issues/1` });
    expect(s.issues()[0]).toMatchObject({ title: 'Drift in prod', body: withMarker(marker, '1 object drifted'), labels: [LABEL], state: 'open' });

    expect(await s.drift('2 objects drifted')).toMatchObject({ action: 'updated', number: 1 });
    const writes = fake.writes().length;
    expect(await s.drift('2 objects drifted')).toMatchObject({ action: 'unchanged', number: 1 });
    expect(fake.writes().length).toBe(writes);

    expect(await s.clean()).toMatchObject({ action: 'closed', number: 1 });
    expect(s.issues()[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(fake.state.comments.filter((c) => c.repository === `acme/${s.repo}`).map((c) => c.body)).toEqual(['No drift in run 9: closing.']);
    expect(await s.clean()).toMatchObject({ action: 'none', number: 1 });

    expect(await s.drift('drift again')).toMatchObject({ action: 'reopened', number: 1 });
    expect(s.issues()).toHaveLength(1);
    expect(s.issues()[0]).toMatchObject({ state: 'open', state_reason: 'reopened', body: withMarker(marker, 'drift again') });
  });

  it('does nothing on a clean run when there is no issue', async () => {
    const s = scenario();
    const writes = fake.writes().length;
    expect(await s.clean()).toEqual({ action: 'none' });
    expect(fake.writes().length).toBe(writes);
  });

  it('never makes a duplicate: all 32 orders of 5 drift/clean runs end with one issue in the state of the last run', async () => {
    for (let n = 0; n < 2 ** 5; n++) {
      const s = scenario();
      // Drift bodies alternate A, A, B, B, A… so both `updated` and `unchanged` occur along the way.
      const sequence = Array.from({ length: 5 }, (_, i) => ((n >> i) & 1 ? 'clean' : `drift ${'AABBA'[i]}`));
      const actions: string[] = [];
      for (const run of sequence) actions.push((await (run === 'clean' ? s.clean() : s.drift(run))).action);
      const what = `${sequence.join(', ')} → ${actions.join(', ')}`;
      const issues = s.issues();
      expect(issues.length, what).toBe(sequence.some((r) => r !== 'clean') ? 1 : 0);
      const last = sequence.at(-1)!;
      if (last === 'clean')
        expect(
          issues.every((i) => i.state === 'closed'),
          what,
        ).toBe(true);
      else expect(issues[0], what).toMatchObject({ state: 'open', body: withMarker(marker, last) });
    }
  });

  it('finds its issue among 100+ labelled issues and pull requests, over every page, without search or a title filter', async () => {
    const s = scenario();
    const other = markerFor('drift-check', { repository: 'acme/deploy', environment: 'dev', releases: ['chalk'] });
    const ours = fake.seedIssue(`acme/${s.repo}`, { title: 'Drift in prod', body: withMarker(marker, 'old'), labels: [LABEL], state: 'closed' });
    for (let i = 0; i < 130; i++) fake.seedIssue(`acme/${s.repo}`, { title: 'Drift in prod', body: withMarker(other, `dev ${i}`), labels: [LABEL] });
    fake.seedPullRequest(`acme/${s.repo}`, { title: 'Drift in prod', body: withMarker(marker, 'a PR quoting the marker'), labels: [LABEL] });
    const start = fake.requests.length;
    expect(await s.drift('new drift')).toMatchObject({ action: 'reopened', number: ours.number });
    const lists = fake.requests.slice(start).filter((r) => r.method === 'GET');
    expect(lists.map((r) => r.path)).toEqual([`/api/v3/repos/acme/${s.repo}/issues`, `/api/v3/repos/acme/${s.repo}/issues`]);
    expect(lists.map((r) => r.query)).toEqual([
      { labels: LABEL, state: 'all', sort: 'created', direction: 'asc', per_page: '100' },
      { labels: LABEL, state: 'all', sort: 'created', direction: 'asc', per_page: '100', page: '2' },
    ]);
    expect(fake.requests.some((r) => r.path.includes('/search/') || 'title' in r.query)).toBe(false);
  });

  it('never takes a pull request that carries the label and marker', async () => {
    const s = scenario();
    const pr = fake.seedPullRequest(`acme/${s.repo}`, { body: withMarker(marker, 'x'), labels: [LABEL] });
    const result = await s.drift('drift');
    expect(result.action).toBe('opened');
    expect(result.number).not.toBe(pr.number);
    expect(pr).toMatchObject({ state: 'open', body: withMarker(marker, 'x') });
  });

  it('uses the oldest open of several issues carrying the marker, else the newest closed, and says so', async () => {
    const s = scenario();
    const closed = fake.seedIssue(`acme/${s.repo}`, { title: 'by hand', body: withMarker(marker, 'a'), labels: [LABEL], state: 'closed' });
    const firstOpen = fake.seedIssue(`acme/${s.repo}`, { title: 'by hand', body: withMarker(marker, 'b'), labels: [LABEL] });
    fake.seedIssue(`acme/${s.repo}`, { title: 'by hand', body: withMarker(marker, 'c'), labels: [LABEL] });
    const result = await s.drift('drift');
    expect(result).toMatchObject({ action: 'updated', number: firstOpen.number });
    expect(result.notice).toBe(`3 issues carry this drift marker (#1, #2, #3); using #${firstOpen.number}, the oldest open one.`);

    const t = scenario();
    fake.seedIssue(`acme/${t.repo}`, { title: 'x', body: withMarker(marker, 'a'), labels: [LABEL], state: 'closed' });
    const newest = fake.seedIssue(`acme/${t.repo}`, { title: 'x', body: withMarker(marker, 'b'), labels: [LABEL], state: 'closed' });
    expect(await t.drift('drift')).toMatchObject({ action: 'reopened', number: newest.number, notice: expect.stringContaining('the newest one') });
    expect(closed.state).toBe('closed');
  });

  it('skips with a notice naming issues: write when the token is read-only', async () => {
    const s = scenario();
    const readOnly = await createGitHubClient({ token: READ_ONLY_TOKEN, env: { GITHUB_API_URL: fake.apiUrl } });
    const result = await upsertDriftIssue({ ...s.base, client: readOnly, drift: { title: 'Drift in prod', body: 'x' } });
    expect(result.action).toBe('skipped');
    expect(result.notice).toContain('permissions: issues: write');
    expect(s.issues()).toEqual([]);
  });

  it('refuses a label with a comma and an oversized body before any request', async () => {
    const s = scenario();
    const count = fake.requests.length;
    await expect(upsertDriftIssue({ ...s.base, label: 'a,b' })).rejects.toMatchObject({ kind: 'invalid' });
    await expect(upsertDriftIssue({ ...s.base, drift: { title: 't', body: 'x'.repeat(70_000) } })).rejects.toBeInstanceOf(GitHubError);
    expect(fake.requests.length).toBe(count);
  });
});
