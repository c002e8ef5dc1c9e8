/**
 * One drift issue per key (environment, release set), found by a label AND a hidden marker in its
 * body: issues are listed by label with `state=all`, every page; never the search API (its
 * tokenisation matches the wrong issue and its index lags) and never a `title` filter (the issues
 * list has none). Pull requests, which the issues list also returns, are never taken.
 *
 * Drift found: open the issue, or update it in place, reopening it when closed. Clean run: comment
 * and close it when open. Never a second issue: when several carry the marker (made by hand, or an
 * old race) the oldest open one is used, else the newest closed one, and the result says so.
 */
import * as core from '@actions/core';
import { oneLine } from '../report/text.js';
import type { GitHubClient } from './client.js';
import { COMMENT_LIMIT, fitsWithin } from '../report/body-size.js';
import { GitHubError } from './errors.js';
import { hasMarker, withMarker } from './marker.js';

export interface IssueUpsertOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** From `markerFor('drift-check', { repository, environment, releases })`. */
  marker: string;
  /** The label the issue carries (created by GitHub on first use); no commas. */
  label: string;
  /** Drift found: the title and visible body (fitted under COMMENT_BODY_LIMIT). Absent: a clean run. */
  drift?: { title: string; body: string };
  /** Clean run: the comment posted before the issue is closed. */
  resolvedComment: string;
}

export interface IssueUpsertResult {
  action: 'opened' | 'updated' | 'reopened' | 'closed' | 'unchanged' | 'none' | 'skipped';
  number?: number;
  url?: string;
  notice?: string;
}

interface ListedIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url: string;
  pull_request?: unknown;
}

export async function upsertDriftIssue(options: IssueUpsertOptions): Promise<IssueUpsertResult> {
  if (!options.label || options.label.includes(','))
    throw new GitHubError('invalid', `the issue label ${JSON.stringify(options.label)} is empty or has a comma`, 'Use a label without commas.');
  const body = options.drift ? withMarker(options.marker, options.drift.body) : '';
  if (!fitsWithin(body, COMMENT_LIMIT) || !fitsWithin(options.resolvedComment, COMMENT_LIMIT))
    throw new GitHubError(
      'too-large',
      `the drift issue body is over GitHub's ${COMMENT_LIMIT} characters`,
      'Fit the body with fitBody (src/report/body-size.ts).',
    );
  try {
    return await upsert(options, body);
  } catch (err) {
    if (!(err instanceof GitHubError) || err.kind !== 'forbidden') throw err;
    const notice = `The drift issue was not written: the token may not (${err.message}). Grant the job \`permissions: issues: write\`.`;
    return { action: 'skipped', notice: oneLine(notice, 1000) };
  }
}

async function upsert(options: IssueUpsertOptions, body: string): Promise<IssueUpsertResult> {
  const { client, owner, repo, label, drift } = options;
  const listed: ListedIssue[] = await client.octokit.paginate(client.octokit.rest.issues.listForRepo, {
    owner,
    repo,
    labels: label,
    state: 'all',
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  });
  const { issue, notice } = choose(listed.filter((i) => !i.pull_request && hasMarker(i.body, options.marker)));
  const extra = notice ? { notice } : {};
  let result: IssueUpsertResult;
  if (!drift) {
    if (issue?.state !== 'open') result = { action: 'none', ...(issue ? { number: issue.number, url: issue.html_url } : {}), ...extra };
    else {
      await client.octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: options.resolvedComment });
      await client.octokit.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
      result = { action: 'closed', number: issue.number, url: issue.html_url, ...extra };
    }
  } else if (!issue) {
    const { data } = await client.octokit.rest.issues.create({ owner, repo, title: drift.title, body, labels: [label] });
    result = { action: 'opened', number: data.number, url: data.html_url, ...extra };
  } else if (issue.state !== 'open') {
    await client.octokit.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'open', title: drift.title, body });
    result = { action: 'reopened', number: issue.number, url: issue.html_url, ...extra };
  } else if (issue.title === drift.title && (issue.body ?? '').replace(/\r\n/g, '\n') === body) {
    result = { action: 'unchanged', number: issue.number, url: issue.html_url, ...extra };
  } else {
    await client.octokit.rest.issues.update({ owner, repo, issue_number: issue.number, title: drift.title, body });
    result = { action: 'updated', number: issue.number, url: issue.html_url, ...extra };
  }
  core.debug(`drift issue ${result.action}: ${oneLine(result.url ?? '')}`);
  return result;
}

/** The one issue to use among those carrying the marker: the oldest open, else the newest. */
function choose(candidates: ListedIssue[]): { issue?: ListedIssue; notice?: string } {
  const byNumber = [...candidates].sort((a, b) => a.number - b.number);
  const oldestOpen = byNumber.find((i) => i.state === 'open');
  const issue = oldestOpen ?? byNumber.at(-1);
  if (!issue || byNumber.length === 1) return issue ? { issue } : {};
  const all = byNumber.map((i) => `#${i.number}`).join(', ');
  return {
    issue,
    notice: `${byNumber.length} issues carry this drift marker (${all}); using #${issue.number}, the ${oldestOpen ? 'oldest open' : 'newest'} one.`,
  };
}
