/**
 * What a PR comment or a drift issue needs to know about the run, from the runner's environment
 * and the webhook payload at GITHUB_EVENT_PATH: a pure function of both, so it is tested without a
 * runner. On `pull_request` events GITHUB_SHA is the merge commit: the head commit is the payload's.
 */
import { readFileSync } from 'node:fs';
import { githubUrls, type GitHubUrls } from './client.js';
import { GitHubError } from './errors.js';

export interface RunContext extends GitHubUrls {
  owner: string;
  repo: string;
  eventName: string;
  workflow: string;
  /** The pull request number, on `pull_request`/`pull_request_target` events (and comments on a PR). */
  pullRequest?: number;
  /** The PR's head commit, else GITHUB_SHA. */
  headSha: string;
  /** This run's page, e.g. https://github.com/o/r/actions/runs/1 (with `/attempts/N` after a re-run; the Actions tab without a run id). */
  runUrl: string;
  serverUrl: string;
}

interface EventPayload {
  pull_request?: { number?: unknown; head?: { sha?: unknown } };
  issue?: { number?: unknown; pull_request?: unknown };
}

export function runContext(env: Record<string, string | undefined>, readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): RunContext {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length)
    throw new GitHubError(
      'context',
      `GITHUB_REPOSITORY is ${JSON.stringify(env.GITHUB_REPOSITORY ?? '')}, not owner/name`,
      'Run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/name.',
    );
  const event = readEvent(env.GITHUB_EVENT_PATH, readFile);
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  const actions = `${serverUrl}/${owner}/${repo}/actions`;
  const runUrl = env.GITHUB_RUN_ID ? `${actions}/runs/${env.GITHUB_RUN_ID}${attempt > 1 ? `/attempts/${attempt}` : ''}` : actions;
  const pullRequest = positiveInteger(event.pull_request?.number) ?? (event.issue?.pull_request ? positiveInteger(event.issue.number) : undefined);
  const headSha = typeof event.pull_request?.head?.sha === 'string' ? event.pull_request.head.sha : (env.GITHUB_SHA ?? '');
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    ...(pullRequest !== undefined ? { pullRequest } : {}),
    headSha,
    runUrl,
    serverUrl,
    ...githubUrls(env),
  };
}

function readEvent(path: string | undefined, readFile: (path: string) => string): EventPayload {
  if (!path) return {};
  let text: string;
  try {
    text = readFile(path);
  } catch (err) {
    throw new GitHubError(
      'context',
      `cannot read the event payload GITHUB_EVENT_PATH=${path}: ${(err as Error).message}`,
      'Run inside GitHub Actions, or point GITHUB_EVENT_PATH at a webhook payload JSON file.',
    );
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as EventPayload) : {};
  } catch {
    throw new GitHubError('context', `the event payload at ${path} is not JSON`, 'Point GITHUB_EVENT_PATH at a webhook payload JSON file.');
  }
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
