/**
 * The workflows' own scripts, run as the runner runs a `run:` step (bash --noprofile --norc -eo pipefail) with the
 * step's env and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files: the toolkit-commit resolver (job context, the OIDC
 * token's claims from a loopback fake, neither), the Data Plane target filter, the environment list, the
 * per-cluster summary of chalk-deploy, the promotion's digest guard, and the release's move of the major tag.
 */
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startOidcFake, type OidcFake } from '../fakes/act-oidc.js';
import { repoRoot } from '../helpers/paths.js';
import { script, stepEnv } from './workflow-files.js';

interface StepRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'chalk-wf-scripts-'));
});
afterAll(() => rm(temp, { recursive: true, force: true }));

/** GITHUB_OUTPUT lines (name=value, or name<<delimiter … delimiter) as a map. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      outputs[lines[i]!.slice(0, lines[i]!.indexOf('='))] = lines[i]!.slice(lines[i]!.indexOf('=') + 1);
    }
  }
  return outputs;
}

async function runStep(run: string, env: Record<string, string>, cwd?: string): Promise<StepRun> {
  const dir = await mkdtemp(join(temp, 'step-'));
  const output = join(dir, 'output');
  const summary = join(dir, 'summary');
  await writeFile(output, '');
  await writeFile(summary, '');
  const file = join(dir, 'script.sh');
  await writeFile(file, run);
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
      cwd: cwd ?? dir,
      env: { PATH: process.env.PATH, HOME: dir, RUNNER_TEMP: dir, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', async (code) => {
      resolve({ code: code ?? -1, stdout, outputs: parseOutputs(await readFile(output, 'utf8')), summary: await readFile(summary, 'utf8') });
    });
  });
}

const SHA = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const RESOLVE = 'Resolve the toolkit commit this workflow runs at';

describe('the toolkit commit resolver', () => {
  const resolver = script('chalk-deploy.yml', 'setup', RESOLVE);
  let oidc: OidcFake;
  beforeAll(async () => {
    oidc = await startOidcFake({
      job_workflow_ref: 'org/chalk-actions/.github/workflows/chalk-deploy.yml@refs/tags/v1',
      job_workflow_sha: OTHER,
      sub: 'repo:acme/platform:environment:dev',
      repository: 'acme/platform',
    });
  });
  afterEach(() => {
    oidc.requests.length = 0;
  });
  afterAll(() => oidc.close());
  const oidcEnv = () => ({ ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken });

  it('reads the reusable workflow’s own repository and commit from the job context, without a token', async () => {
    const r = await runStep(resolver, { WORKFLOW_REPOSITORY: 'org/chalk-actions', WORKFLOW_SHA: SHA, ...oidcEnv() });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toEqual({ repository: 'org/chalk-actions', sha: SHA });
    expect(r.stdout).toContain(`The actions run from org/chalk-actions at ${SHA} (job context).`);
    expect(oidc.requests).toEqual([]);
  });

  it("falls back to the OIDC token's job_workflow_ref and job_workflow_sha claims, masking the token", async () => {
    const r = await runStep(resolver, { WORKFLOW_REPOSITORY: '', WORKFLOW_SHA: '', ...oidcEnv() });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toEqual({ repository: 'org/chalk-actions', sha: OTHER });
    expect(r.stdout).toContain('(OIDC token)');
    expect(r.stdout).toMatch(/^::add-mask::[\w-]+\.[\w-]+\.[\w-]+$/m);
    expect(oidc.requests).toEqual([{ audience: 'chalk-actions', authorized: true }]);
  });

  it('fails with the fix when the runner gives neither', async () => {
    const r = await runStep(resolver, { WORKFLOW_REPOSITORY: '', WORKFLOW_SHA: '' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=Toolkit commit unknown::');
    expect(r.stdout).toContain('id-token: write');
    expect(r.outputs).toEqual({});
  });

  it('refuses claims that are not a repository and a full commit SHA', async () => {
    oidc.claims.job_workflow_sha = 'v1';
    try {
      const r = await runStep(resolver, { WORKFLOW_REPOSITORY: '', WORKFLOW_SHA: '', ...oidcEnv() });
      expect(r.code).toBe(1);
      expect(r.outputs).toEqual({});
    } finally {
      oidc.claims.job_workflow_sha = OTHER;
    }
  });
});

describe('chalk-deploy: the Data Plane targets of an environment', () => {
  const filter = script('chalk-deploy.yml', 'setup', 'Data Plane targets of this environment');
  const FILTER = stepEnv('chalk-deploy.yml', 'setup', 'Data Plane targets of this environment').FILTER!;
  const targets = (environment: string, list: unknown) => runStep(filter, { ENVIRONMENT: environment, TARGETS: JSON.stringify(list), FILTER });

  it('keeps the targets of the environment and those without environments, in order', async () => {
    const r = await targets('prod', [
      { name: 'dp-dev', environments: ['dev'] },
      { name: 'dp-prod-a', environments: ['prod'], cloud: 'aws' },
      { name: 'dp-shared' },
      { name: 'dp-both', environments: ['dev', 'prod'] },
    ]);
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.outputs.targets!).map((t: { name: string }) => t.name)).toEqual(['dp-prod-a', 'dp-shared', 'dp-both']);
    expect(r.outputs.count).toBe('3');
    expect(r.stdout).toContain('Data Plane targets of prod: dp-prod-a, dp-shared, dp-both');
  });

  it('gives an empty list and a count of 0 when no target belongs to the environment', async () => {
    const r = await targets('dev', [{ name: 'dp-prod', environments: ['prod'] }]);
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ targets: '[]', count: '0' });
  });

  it.each([
    ['not a list', { name: 'x' }, 'not a JSON list'],
    ['a target without a name', [{ cloud: 'aws' }], 'needs a name'],
    ['a name that cannot be a concurrency group', [{ name: 'dp one' }], 'needs a name'],
    ['names that repeat', [{ name: 'a' }, { name: 'a' }], 'target names repeat'],
    ['environments that are not a list', [{ name: 'a', environments: 'prod' }], 'environments is a list'],
  ])('refuses %s with an error annotation', async (_, list, message) => {
    const r = await targets('prod', list);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^::error title=dataplane-targets::.*${message}`, 'm'));
  });

  it('refuses text that is not JSON', async () => {
    const r = await runStep(filter, { ENVIRONMENT: 'dev', TARGETS: '[{name: dp}]', FILTER });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=dataplane-targets::');
  });
});

describe('chalk-pr-diff / chalk-drift-check: the environment list', () => {
  const environments = script('chalk-pr-diff.yml', 'setup', 'Environments');
  const FILTER = stepEnv('chalk-pr-diff.yml', 'setup', 'Environments').FILTER!;

  it('is the same step in both workflows', () => {
    expect(script('chalk-drift-check.yml', 'setup', 'Environments')).toBe(environments);
    expect(stepEnv('chalk-drift-check.yml', 'setup', 'Environments').FILTER).toBe(FILTER);
  });

  it('turns names into entries and keeps objects as they are', async () => {
    const r = await runStep(environments, { ENVIRONMENTS: JSON.stringify(['dev', { name: 'prod', cloud: 'aws' }]), FILTER });
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.outputs.environments!)).toEqual([{ name: 'dev' }, { name: 'prod', cloud: 'aws' }]);
  });

  it.each([
    ['an empty list', []],
    ['a repeated name', ['dev', { name: 'dev' }]],
    ['a number', [3]],
  ])('refuses %s', async (_, list) => {
    const r = await runStep(environments, { ENVIRONMENTS: JSON.stringify(list), FILTER });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=environments::');
  });
});

describe('chalk-deploy: the outcome of each cluster and the summary of all', () => {
  const record = script('chalk-deploy.yml', 'dataplane', 'Record the outcome of ${{ matrix.target.name }}');
  const summary = script('chalk-deploy.yml', 'dataplane-summary', 'Summary per cluster');
  const releases = [{ release: 'keda', namespace: 'keda', outcome: 'upgraded', revision: 2, version: '2.11.1' }];

  it('records an outcome file per target, even when the deploy gave no releases', async () => {
    const dir = await mkdtemp(join(temp, 'record-'));
    const ok = await runStep(record, {
      RUNNER_TEMP: dir,
      ENVIRONMENT: 'prod',
      TARGET: 'dp-a',
      OUTCOME: 'success',
      CHANGED: 'true',
      FIRST_FAILURE: '',
      RELEASES: JSON.stringify(releases),
    });
    expect(ok.code, ok.stdout).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'chalk-dataplane', 'prod--dp-a.json'), 'utf8'))).toEqual({
      target: 'dp-a',
      outcome: 'success',
      changed: true,
      'first-failure': '',
      releases,
    });
    const failed = await runStep(record, {
      RUNNER_TEMP: dir,
      ENVIRONMENT: 'prod',
      TARGET: 'dp-b',
      OUTCOME: 'failure',
      CHANGED: '',
      FIRST_FAILURE: '',
      RELEASES: '',
    });
    expect(failed.code, failed.stdout).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'chalk-dataplane', 'prod--dp-b.json'), 'utf8'))).toMatchObject({ outcome: 'failure', releases: [] });
  });

  /** The outcome files download-artifact brings back: `<environment>--<target>.json`. */
  async function collected(results: Record<string, object>): Promise<string> {
    const dir = await mkdtemp(join(temp, 'summary-'));
    await mkdir(join(dir, 'chalk-dataplane'));
    for (const [file, result] of Object.entries(results)) await writeFile(join(dir, 'chalk-dataplane', `${file}.json`), JSON.stringify(result));
    return dir;
  }

  it('writes one row per cluster and succeeds when every cluster deployed', async () => {
    const dir = await collected({
      'prod--dp-a': { target: 'dp-a', outcome: 'success', changed: true, 'first-failure': '', releases },
      'prod--dp-b': { target: 'dp-b', outcome: 'success', changed: false, 'first-failure': '', releases: [] },
      // Another environment deployed in the same run, with a target of the same name.
      'prod-eu--dp-b': { target: 'dp-b', outcome: 'failure', changed: false, 'first-failure': 'keda', releases: [] },
    });
    const r = await runStep(summary, { RUNNER_TEMP: dir, ENVIRONMENT: 'prod', TARGETS: JSON.stringify([{ name: 'dp-a' }, { name: 'dp-b' }]) });
    expect(r.code, r.stdout).toBe(0);
    expect(r.summary).toContain('## Data Plane of prod');
    expect(r.summary).toContain('| dp-a | ✅ deployed | true | keda upgraded |  |');
    expect(r.summary).toContain('| dp-b | ✅ deployed | false |  |  |');
    expect(JSON.parse(r.outputs.results!).map((x: { target: string }) => x.target)).toEqual(['dp-a', 'dp-b']);
  });

  it('names the clusters that failed or never ran, and fails', async () => {
    const dir = await collected({ 'prod--dp-a': { target: 'dp-a', outcome: 'failure', changed: false, 'first-failure': 'keda', releases: [] } });
    const r = await runStep(summary, { RUNNER_TEMP: dir, ENVIRONMENT: 'prod', TARGETS: JSON.stringify([{ name: 'dp-a' }, { name: 'dp-b' }]) });
    expect(r.code).toBe(1);
    expect(r.summary).toContain('| dp-a | ❌ failure | false |  | keda |');
    expect(r.summary).toContain('| dp-b | ⏭️ not run | false |  |  |');
    expect(r.stdout).toContain('::error title=Data Plane deploy failed::dp-a, dp-b');
  });
});

describe('chalk-promote: what prod will get', () => {
  const guard = script('chalk-promote.yml', 'dev', 'What prod will get');
  const DIGEST = `sha256:${'c'.repeat(64)}`;

  it('writes the chart version, digest and config commit prod will deploy to the summary', async () => {
    const r = await runStep(guard, { COMMIT: SHA, VERSION: '0.1.3', DIGEST, PROD: 'prod' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.summary).toContain('## Promotion candidate for prod');
    expect(r.summary).toContain(`| 0.1.3 | \`${DIGEST}\` | \`${SHA}\` |`);
  });

  it.each([
    ['no digest', ''],
    ['a tag', '0.1.3'],
    ['a short digest', 'sha256:abc'],
  ])('refuses to promote with %s', async (_, digest) => {
    const r = await runStep(guard, { COMMIT: SHA, VERSION: '0.1.3', DIGEST: digest, PROD: 'prod' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=No chart digest::');
    expect(r.summary).toBe('');
  });
});

describe('release.yml: the major tag', () => {
  const release = parse(readFileSync(join(repoRoot, '.github', 'workflows', 'release.yml'), 'utf8')) as {
    jobs: { publish: { steps: { name?: string; run?: string }[] } };
  };
  const move = release.jobs.publish.steps.find((s) => s.name === 'Move the major tag')!.run!;
  const git = (cwd: string, ...args: string[]) =>
    new Promise<string>((resolve, reject) =>
      execFile('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd }, (err, stdout) =>
        err ? reject(err) : resolve(stdout.trim()),
      ),
    );

  it('moves v1 to the tagged commit, locally and on the remote, from wherever it was', async () => {
    const dir = await mkdtemp(join(temp, 'release-'));
    const [remote, clone] = [join(dir, 'remote.git'), join(dir, 'clone')];
    await git(dir, 'init', '-q', '--bare', remote);
    await git(dir, 'clone', '-q', remote, clone);
    await git(clone, 'commit', '-q', '--allow-empty', '-m', 'one');
    const one = await git(clone, 'rev-parse', 'HEAD');
    await git(clone, 'tag', 'v1');
    await git(clone, 'commit', '-q', '--allow-empty', '-m', 'two');
    const two = await git(clone, 'rev-parse', 'HEAD');
    await git(clone, 'push', '-q', 'origin', 'HEAD:refs/heads/main', 'refs/tags/v1');
    const r = await runStep(move, { TAG: 'v1.4.0', GITHUB_SHA: two }, clone);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain(`v1 now points at ${two} (v1.4.0).`);
    expect(await git(clone, 'rev-parse', 'v1^{commit}')).toBe(two);
    expect(await git(remote, 'rev-parse', 'v1^{commit}')).toBe(two);
    expect(two).not.toBe(one);
  });
});

describe('chalk-pr-diff: same repository or fork', () => {
  const origin = script('chalk-pr-diff.yml', 'setup', 'Same repository or fork');
  it.each([
    ['a branch of the repository', 'acme/platform', 'jane', 'false'],
    ['a fork', 'outsider/platform', 'outsider', 'true'],
    ['Dependabot (read-only token, no secrets)', 'acme/platform', 'dependabot[bot]', 'true'],
    ['an event without a pull request', '', 'jane', 'false'],
  ])('%s', async (_, head, actor, fork) => {
    const r = await runStep(origin, { HEAD_REPOSITORY: head, REPOSITORY: 'acme/platform', ACTOR: actor });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toEqual({ fork });
  });
});
