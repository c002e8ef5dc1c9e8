/**
 * chalk-pr-diff.yml run end to end by act, from the example caller (examples/workflows/pr-diff.yml) in a scratch
 * caller repository: a pull request of this repository gets the diff against the release deployed in the bed and
 * one sticky comment (GitHub API fake); a fork's pull request gets an offline render, no credentials and no write.
 * The actions come from the toolkit's released commit, never the later one.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcFake, type OidcFake } from '../fakes/act-oidc.js';
import { READ_ONLY_TOKEN, startGitHubFake, WRITE_TOKEN, type GitHubFake } from '../fakes/github.js';
import { bed, chartRef, deleteNamespace, exec, helmHome, helmLogin, must, uniq } from '../testbed/util.js';
import { CALLER, commitCaller, createWorkspace, exampleCaller, exampleEnvironments, jobLog, removeWorkspace, runAct, TOOLKIT, type Workspace } from './act.js';

const DEV = {
  name: 'dev',
  cloud: 'aws',
  'aws-region': 'us-east-1',
  'aws-role-to-assume': 'arn:aws:iam::111122223333:role/chalk-plan-dev',
  'eks-cluster': 'chalk-dev',
};

describe('chalk-pr-diff.yml through act', () => {
  const namespace = uniq('wf-prdiff');
  let ws: Workspace;
  let github: GitHubFake;
  let oidc: OidcFake;
  let base: string;
  let head: string;

  beforeAll(async () => {
    ws = await createWorkspace();
    github = await startGitHubFake();
    oidc = await startOidcFake({
      job_workflow_ref: `${TOOLKIT}/.github/workflows/chalk-pr-diff.yml@refs/tags/v1`,
      job_workflow_sha: ws.toolkit.released,
      sub: `repo:${CALLER}:pull_request`,
      repository: CALLER,
    });
    const environments = await exampleEnvironments();
    // What main deployed: dev at chart 0.1.2.
    const home = helmHome();
    await must(helmLogin(home.env));
    await writeFileValues(ws.root, environments);
    await must(
      exec(
        bed().TESTBED_HELM,
        [
          'upgrade',
          '--install',
          'chalk-metadata-plane',
          chartRef('chalk-metadata-plane'),
          '--version',
          '0.1.2',
          '--namespace',
          namespace,
          '--create-namespace',
          '--values',
          join(ws.root, 'dev-values.yaml'),
          '--values',
          join(ws.root, 'dev-seed.yaml'),
          '--ca-file',
          bed().TESTBED_REGISTRY_CA,
        ],
        { env: home.env },
      ),
    );
    home.cleanup();
    const workflow = await exampleCaller(
      'pr-diff.yml',
      {
        registry: bed().TESTBED_REGISTRY,
        namespace,
        // The example's dev entry (its AWS role and EKS cluster, served by the stand-ins), without prod.
        environments: JSON.stringify([DEV]),
        'registry-ca-file': 'ca.pem',
      },
      { inheritSecrets: true },
    );
    base = await commitCaller(
      ws,
      { ...environments, '.github/workflows/pr-diff.yml': workflow, 'ca.pem': await readFile(bed().TESTBED_REGISTRY_CA, 'utf8') },
      'main',
    );
    // The pull request: the frontend image moves, and the chart goes to 0.1.3 (the example's chart-version).
    const values = environments['environments/dev/values.yaml']!.replace('frontend:1.42.0', 'frontend:1.43.0');
    head = await commitCaller(ws, { 'environments/dev/values.yaml': values }, 'frontend 1.43.0');
  }, 300_000);

  afterAll(async () => {
    await github?.close();
    await oidc?.close();
    await deleteNamespace(namespace);
    if (ws) await removeWorkspace(ws);
  });

  const payload = (number: number, headRepository: string) => ({
    number,
    pull_request: {
      number,
      head: { sha: head, ref: 'frontend-1.43', repo: { full_name: headRepository } },
      base: { sha: base, ref: 'main', repo: { full_name: CALLER } },
    },
    repository: { full_name: CALLER },
  });

  const apiEnv = () => ({
    GITHUB_API_URL: github.url,
    GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    CHALK_ACT_KUBECONFIG: bed().KUBECONFIG,
  });

  it('a branch of this repository: the diff against the deployed release, in one sticky comment, from the released toolkit', async () => {
    const pr = github.seedPullRequest(CALLER, { title: 'frontend 1.43.0' });
    const run = await runAct(ws, {
      event: 'pull_request',
      workflow: '.github/workflows/pr-diff.yml',
      payload: payload(pr.number, CALLER),
      secrets: {
        GITHUB_TOKEN: WRITE_TOKEN,
        REGISTRY_USERNAME: bed().TESTBED_REGISTRY_USER,
        REGISTRY_PASSWORD: bed().TESTBED_REGISTRY_PASSWORD,
      },
      env: apiEnv(),
    });
    expect(run.code, run.log).toBe(0);
    expect(run.jobs).toEqual({ 'Toolkit commit and environments': 'success', 'Diff dev': 'success' });

    // The same commit: the toolkit's released commit, read from the OIDC token (act has no job.workflow_sha).
    expect(jobLog(run.log, 'Toolkit commit and environments')).toContain(`The actions run from ${TOOLKIT} at ${ws.toolkit.released} (OIDC token).`);
    expect(run.log).toContain(`stand-in checkout: ${TOOLKIT} at ${ws.toolkit.released} into .chalk-actions`);
    expect(run.log).not.toContain(ws.toolkit.later);
    // The example's cloud wiring: its plan role by OIDC, then the EKS kubeconfig.
    const diff = jobLog(run.log, 'Diff dev');
    expect(diff).toContain(`stand-in configure-aws-credentials: assumed ${DEV['aws-role-to-assume']} in us-east-1`);
    expect(diff).toContain('stand-in aws: kubeconfig of EKS cluster chalk-dev in us-east-1');

    const comments = github.state.comments.filter((c) => c.number === pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('dev');
    expect(comments[0]!.body).toContain('chalk-metadata-plane');
    expect(comments[0]!.body).toContain('1.43.0');
    expect(comments[0]!.body).not.toContain(bed().TESTBED_REGISTRY_PASSWORD);
    expect(run.log).not.toContain(bed().TESTBED_REGISTRY_PASSWORD);
  });

  it("a fork's pull request: the config checks only, no credentials, nothing written to GitHub", async () => {
    // The bed's registry, like Chalk's, needs credentials, which a fork never gets: no offline render then.
    const workflow = await exampleCaller(
      'pr-diff.yml',
      { registry: bed().TESTBED_REGISTRY, namespace, environments: JSON.stringify([DEV]), 'registry-ca-file': 'ca.pem', 'fork-render': false },
      { inheritSecrets: true },
    );
    head = await commitCaller(ws, { '.github/workflows/pr-diff.yml': workflow }, 'private chart: no fork render');
    const pr = github.seedPullRequest(CALLER, { title: 'from a fork', user: 'outsider' });
    const writesBefore = github.writes().length;
    const run = await runAct(ws, {
      event: 'pull_request',
      workflow: '.github/workflows/pr-diff.yml',
      payload: payload(pr.number, 'outsider/platform'),
      // What GitHub gives a fork: a read-only token, no secrets; the OIDC endpoint still answers (the toolkit commit).
      secrets: { GITHUB_TOKEN: READ_ONLY_TOKEN },
      env: apiEnv(),
    });
    expect(run.code, run.log).toBe(0);
    expect(run.jobs).toEqual({ 'Toolkit commit and environments': 'success', 'Offline render dev (fork)': 'success' });
    const offline = jobLog(run.log, 'Offline render dev (fork)');
    expect(offline).toContain('✅  Success - Main Config checks');
    expect(offline).not.toContain('Main Render dev offline');
    expect(offline).not.toMatch(/configure-aws-credentials|google-auth|Cluster access|helm-login/);
    expect(github.writes().length).toBe(writesBefore);
  });
});

async function writeFileValues(dir: string, environments: Record<string, string>): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(join(dir, 'dev-values.yaml'), environments['environments/dev/values.yaml']!);
  await writeFile(join(dir, 'dev-seed.yaml'), environments['environments/dev/seed.yaml']!);
}
