/**
 * One sticky PR comment per key (repository, workflow, environment, release set), found again by
 * its hidden marker and edited in place on each push.
 *
 * Which comments are ours: those whose body contains the exact marker AND whose author is the
 * account the token posts as (`author`, else asked with GraphQL `viewer`, which answers for
 * GITHUB_TOKEN, app installation tokens and PATs alike; logins compared without case and without
 * a `[bot]` suffix, which REST and GraphQL spell differently). A comment by someone else that
 * quotes the marker is never edited or minimized. If `viewer` is refused, the marker alone decides.
 *
 * The newest of ours is kept and edited (not at all when its body is unchanged: no API write);
 * older ones (a race of two runs, an older layout) are minimized as OUTDATED through GraphQL
 * `minimizeComment`, once. A token that may not write (fork PRs, `pull-requests: read`) skips
 * with a notice naming the permission: never a failure.
 */
import * as core from '@actions/core';
import { oneLine } from '../report/text.js';
import type { GitHubClient } from './client.js';
import { COMMENT_LIMIT, fitsWithin, sizeOf } from '../report/body-size.js';
import { GitHubError } from './errors.js';
import { hasMarker, withMarker } from './marker.js';

export interface StickyCommentOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** The pull request number. */
  number: number;
  /** From `markerFor('render-and-diff', { repository, workflow, environment, releases })`. */
  marker: string;
  /** The visible markdown, fitted under COMMENT_BODY_LIMIT (src/report/body-size.ts `fitBody`). */
  body: string;
  /** The login the token posts as; default: GraphQL `viewer`. */
  author?: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  commentId?: number;
  url?: string;
  /** Superseded comments minimized by this run. */
  minimized: number;
  notice?: string;
}

interface ListedComment {
  id: number;
  node_id: string;
  body?: string | null;
  html_url: string;
  user?: { login?: string } | null;
}

export async function upsertStickyComment(options: StickyCommentOptions): Promise<StickyCommentResult> {
  const body = withMarker(options.marker, options.body);
  if (!fitsWithin(body, COMMENT_LIMIT)) {
    const { chars, bytes } = sizeOf(body);
    throw new GitHubError(
      'too-large',
      `the comment body is ${chars} characters / ${bytes} UTF-8 bytes, over GitHub's ${COMMENT_LIMIT}`,
      'Fit the body with fitBody (src/report/body-size.ts) before posting.',
    );
  }
  try {
    return await upsert(options, body);
  } catch (err) {
    if (err instanceof GitHubError && err.kind === 'forbidden')
      return { action: 'skipped', minimized: 0, notice: forbiddenNotice('The PR comment was skipped', err) };
    throw err;
  }
}

async function upsert(options: StickyCommentOptions, body: string): Promise<StickyCommentResult> {
  const { client, owner, repo, number } = options;
  const author = options.author ?? (await tokenLogin(client));
  const comments: ListedComment[] = await client.octokit.paginate(client.octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100,
  });
  const ours = comments
    .filter((c) => hasMarker(c.body, options.marker) && (author === undefined || sameLogin(c.user?.login, author)))
    .sort((a, b) => a.id - b.id);
  const current = ours.at(-1);
  let result: StickyCommentResult;
  if (!current) {
    const { data } = await client.octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
    result = { action: 'created', commentId: data.id, url: data.html_url, minimized: 0 };
  } else if (sameText(current.body, body)) {
    result = { action: 'unchanged', commentId: current.id, url: current.html_url, minimized: 0 };
  } else {
    const { data } = await client.octokit.rest.issues.updateComment({ owner, repo, comment_id: current.id, body });
    result = { action: 'updated', commentId: data.id, url: data.html_url, minimized: 0 };
  }
  core.debug(`PR comment ${result.action}: ${oneLine(result.url ?? '')}`);
  const superseded = ours.slice(0, -1).map((c) => c.node_id);
  if (superseded.length === 0) return result;
  try {
    return { ...result, minimized: await minimizeOutdated(client, superseded) };
  } catch (err) {
    if (err instanceof GitHubError && err.kind === 'forbidden')
      return { ...result, notice: forbiddenNotice('Older copies of the PR comment were not minimized', err) };
    throw err;
  }
}

const MINIMIZED_STATE = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }`;
const MINIMIZE = `mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }`;

/** Minimizes those of `nodeIds` not minimized yet (so a re-run writes nothing); returns how many. */
async function minimizeOutdated(client: GitHubClient, nodeIds: string[]): Promise<number> {
  const { nodes } = await client.graphql<{ nodes: ({ id?: string; isMinimized?: boolean } | null)[] }>(MINIMIZED_STATE, { ids: nodeIds });
  const pending = nodes.filter((n): n is { id: string; isMinimized?: boolean } => typeof n?.id === 'string' && n.isMinimized === false);
  for (const node of pending) await client.graphql(MINIMIZE, { id: node.id });
  return pending.length;
}

/** The login the token acts as, or undefined when GitHub will not say (the marker alone then decides). */
export async function tokenLogin(client: GitHubClient): Promise<string | undefined> {
  try {
    const { viewer } = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    return viewer.login;
  } catch (err) {
    if (!(err instanceof GitHubError) || !['forbidden', 'not-found', 'invalid'].includes(err.kind)) throw err;
    core.debug(`the token's login is unknown (${err.message}); comments are matched by their marker alone`);
    return undefined;
  }
}

/** REST spells bots `name[bot]`, GraphQL `name`; logins are case-insensitive. */
export function sameLogin(a: string | undefined, b: string): boolean {
  const norm = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '');
  return a !== undefined && norm(a) === norm(b);
}

function sameText(stored: string | null | undefined, body: string): boolean {
  return (stored ?? '').replace(/\r\n/g, '\n') === body.replace(/\r\n/g, '\n');
}

function forbiddenNotice(what: string, err: GitHubError): string {
  return oneLine(
    `${what}: the token may not write here (${err.message}). Pull requests from forks get a read-only token by design; otherwise grant the job \`permissions: pull-requests: write\`.`,
    1000,
  );
}
