/**
 * The sticky PR comment, through the bundle, against the local GitHub API fake at GHES-style URLs
 * (GITHUB_API_URL / GITHUB_GRAPHQL_URL): created, then updated in place, then left alone when
 * unchanged; a 300 KB diff fitted under the limit with whole objects and intact fences; a read-only
 * token skipped with a notice. The chart is a local one rendered offline against no release.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitsWithin } from '../../src/report/body-size.js';
import { READ_ONLY_TOKEN, startGitHubFake, WRITE_TOKEN, type GitHubFake } from '../fakes/github.js';
import { deleteNamespace, uniq } from '../testbed/util.js';
import { planEnv, renderAndDiff, workspaceWith, type PlanEnv } from './helpers.js';

const REPO = 'acme/chalk-infra';
const COMMENT_LIMIT = 65_536;

/** A chart of `count` ConfigMaps, each holding `lines` lines of text with ``` fences inside. */
function localChart(ws: string): void {
  const dir = join(ws, 'chart');
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: comment-demo\nversion: 0.1.0\n');
  writeFileSync(join(dir, 'values.yaml'), 'count: 2\nlines: 3\nword: alpha\n');
  writeFileSync(
    join(dir, 'templates', 'configmaps.yaml'),
    `{{- range $i := until (int .Values.count) }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: notes-{{ $i }}
data:
  README.md: |
    # Notes {{ $i }}
    \`\`\`sh
    echo {{ $.Values.word }}
    \`\`\`
    {{- range $j := until (int $.Values.lines) }}
    line {{ $j }} of notes {{ $i }}: {{ $.Values.word }} ✓ ünïcode
    {{- end }}
{{- end }}
`,
  );
}

describe('render-and-diff PR comment', () => {
  let fake: GitHubFake;
  let p: PlanEnv;
  let ws: string;
  const namespace = uniq('plan-comment');

  beforeAll(async () => {
    fake = await startGitHubFake();
    p = await planEnv(4);
    ws = workspaceWith({});
    localChart(ws);
  });
  afterAll(async () => {
    await fake.close();
    await deleteNamespace(namespace);
  });

  function github(pr: number, token: string, environment: string, set: string[]) {
    const event = join(ws, `event-${pr}.json`);
    writeFileSync(event, JSON.stringify({ pull_request: { number: pr, head: { sha: 'feedface'.repeat(5) } } }));
    return renderAndDiff(
      p,
      ws,
      {
        chart: 'chart',
        release: 'comment-demo',
        namespace,
        'values-files': '',
        mode: 'offline',
        comment: 'auto',
        environment,
        'github-token': token,
        set: set.join('\n'),
      },
      {
        GITHUB_API_URL: fake.apiUrl,
        GITHUB_GRAPHQL_URL: fake.graphqlUrl,
        GITHUB_REPOSITORY: REPO,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_WORKFLOW: 'plan',
        GITHUB_RUN_ID: '77',
        GITHUB_SERVER_URL: 'https://github.example',
      },
    );
  }
  const commentsOn = (pr: number) => fake.state.comments.filter((c) => c.repository === REPO && c.number === pr);

  it('creates the comment, updates the same one on the next push, and writes nothing when unchanged', async () => {
    const pr = fake.seedPullRequest(REPO).number;
    const first = await github(pr, WRITE_TOKEN, 'staging', ['count=2']);
    expect(first.exitCode, first.main.stdout).toBe(0);
    expect(commentsOn(pr)).toHaveLength(1);
    const comment = commentsOn(pr)[0]!;
    expect(first.outputs['comment-url']).toContain(`#issuecomment-${comment.id}`);
    expect(comment.body).toContain('## Render and diff: staging');
    expect(comment.body).toContain('commit `feedfacefeed`');
    expect(comment.body).toContain('**2 changes**');

    const second = await github(pr, WRITE_TOKEN, 'staging', ['count=3']);
    expect(second.exitCode, second.main.stdout).toBe(0);
    expect(commentsOn(pr).map((c) => c.id)).toEqual([comment.id]);
    expect(commentsOn(pr)[0]!.body).toContain('**3 changes**');

    const writes = fake.writes().length;
    const third = await github(pr, WRITE_TOKEN, 'staging', ['count=3']);
    expect(third.exitCode, third.main.stdout).toBe(0);
    expect(fake.writes().length).toBe(writes);
    expect(third.main.stdout).toContain('PR comment unchanged');
    expect(fake.requests.every((r) => r.path.startsWith('/api/v3/') || r.path === '/api/graphql')).toBe(true);
  });

  it('fits a 300 KB diff under the limit with whole objects, intact fences and a pointer to the summary', async () => {
    const pr = fake.seedPullRequest(REPO).number;
    const run = await github(pr, WRITE_TOKEN, 'big', ['count=100', 'lines=80']);
    expect(run.exitCode, run.main.stdout).toBe(0);
    const body = commentsOn(pr)[0]!.body;
    expect(fitsWithin(body, COMMENT_LIMIT)).toBe(true);
    expect(run.summary.length).toBeGreaterThan(300_000);
    const fences = body.split('\n').filter((l) => /^`{3,}/.test(l));
    expect(fences.length % 2).toBe(0);
    expect(body.match(/<details>/g)?.length).toBe(body.match(/<\/details>/g)?.length);
    expect(body).toMatch(
      /… \d+ more objects not shown \(GitHub's comment size limit\): see the job summary of \[this run\]\(https:\/\/github\.example\/acme\/chalk-infra\/actions\/runs\/77\)/,
    );
    expect(body).toContain('| **total** | 100 |');
  });

  it('skips the comment with a notice for a read-only token, and still writes the plan and the summary', async () => {
    const pr = fake.seedPullRequest(REPO).number;
    const run = await github(pr, READ_ONLY_TOKEN, 'fork', ['count=1']);
    expect(run.exitCode, run.main.stdout).toBe(0);
    expect(commentsOn(pr)).toHaveLength(0);
    expect(run.annotations.find((a) => a.level === 'notice')?.message).toMatch(/The PR comment was skipped: .*pull-requests: write/);
    expect(run.outputs['comment-url']).toBeUndefined();
    expect(run.outputs['has-changes']).toBe('true');
    expect(run.summary).toContain('<b>added</b> ConfigMap');
  });
});
