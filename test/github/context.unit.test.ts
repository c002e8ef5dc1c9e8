/** The run context a PR comment needs, from env + the event payload; and the markers that key comments. */
import { describe, expect, it } from 'vitest';
import { runContext } from '../../src/github/context.js';
import { GitHubError } from '../../src/github/errors.js';
import { hasMarker, markerFor } from '../../src/github/marker.js';

const files = (payloads: Record<string, unknown>) => (path: string) => {
  if (!(path in payloads)) throw new Error(`ENOENT: ${path}`);
  return typeof payloads[path] === 'string' ? (payloads[path] as string) : JSON.stringify(payloads[path]);
};

describe('runContext', () => {
  const env = {
    GITHUB_REPOSITORY: 'acme/deploy',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: '/event.json',
    GITHUB_WORKFLOW: 'Chalk PR diff',
    GITHUB_SERVER_URL: 'https://ghe.example',
    GITHUB_API_URL: 'https://ghe.example/api/v3',
    GITHUB_GRAPHQL_URL: 'https://ghe.example/api/graphql',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_SHA: 'merge0000',
  };

  it('takes the PR number and head commit from the payload, not the merge commit', () => {
    const context = runContext(env, files({ '/event.json': { pull_request: { number: 17, head: { sha: 'head1111' } } } }));
    expect(context).toEqual({
      owner: 'acme',
      repo: 'deploy',
      eventName: 'pull_request',
      workflow: 'Chalk PR diff',
      pullRequest: 17,
      headSha: 'head1111',
      runUrl: 'https://ghe.example/acme/deploy/actions/runs/42/attempts/2',
      serverUrl: 'https://ghe.example',
      apiUrl: 'https://ghe.example/api/v3',
      graphqlUrl: 'https://ghe.example/api/graphql',
    });
  });

  it('has no PR on a push, takes an issue_comment on a PR, and defaults to github.com', () => {
    const push = runContext(
      { GITHUB_REPOSITORY: 'acme/deploy', GITHUB_EVENT_PATH: '/push.json', GITHUB_SHA: 'abc', GITHUB_RUN_ID: '7' },
      files({ '/push.json': { ref: 'refs/heads/main' } }),
    );
    expect(push).toMatchObject({ headSha: 'abc', runUrl: 'https://github.com/acme/deploy/actions/runs/7', apiUrl: 'https://api.github.com' });
    expect(push.pullRequest).toBeUndefined();
    const comment = runContext({ ...env, GITHUB_EVENT_NAME: 'issue_comment' }, files({ '/event.json': { issue: { number: 5, pull_request: {} } } }));
    expect(comment).toMatchObject({ pullRequest: 5, headSha: 'merge0000' });
    const issue = runContext(env, files({ '/event.json': { issue: { number: 5 } } }));
    expect(issue.pullRequest).toBeUndefined();
  });

  it('fails as a context error on a bad repository, an unreadable or a non-JSON payload', () => {
    expect(() => runContext({ GITHUB_REPOSITORY: 'acme' })).toThrow(GitHubError);
    expect(() => runContext({ ...env, GITHUB_EVENT_PATH: '/missing.json' }, files({}))).toThrow(/cannot read the event payload/);
    expect(() => runContext(env, files({ '/event.json': '{nope' }))).toThrow(/is not JSON/);
  });
});

describe('markerFor', () => {
  it('is stable, order-insensitive for sets, and different per key part', () => {
    const a = markerFor('render-and-diff', { repository: 'acme/deploy', workflow: 'PR', environment: 'prod', releases: ['chalk', 'chalk-dp'] });
    const b = markerFor('render-and-diff', { releases: ['chalk-dp', 'chalk', 'chalk'], environment: 'prod', workflow: 'PR', repository: 'acme/deploy' });
    expect(a).toBe(b);
    expect(a).toMatch(/^<!-- chalk-actions:render-and-diff key=[0-9a-f]{24} -->$/);
    expect(markerFor('render-and-diff', { repository: 'acme/deploy', workflow: 'PR', environment: 'dev', releases: ['chalk', 'chalk-dp'] })).not.toBe(a);
    expect(markerFor('drift-check', { repository: 'acme/deploy', workflow: 'PR', environment: 'prod', releases: ['chalk', 'chalk-dp'] })).not.toBe(a);
  });

  it('cannot be closed early by user text, and matches only itself', () => {
    const marker = markerFor('drift-check', { environment: 'prod --> <script>' });
    expect(marker.match(/-->/g)).toHaveLength(1);
    expect(hasMarker(`${marker}\nbody`, marker)).toBe(true);
    expect(hasMarker(marker.replace(/[0-9a-f](?= -->)/, 'x'), marker)).toBe(false);
    expect(hasMarker(null, marker)).toBe(false);
    expect(() => markerFor('Drift Check', {})).toThrow(/lower-case/);
  });
});
