/**
 * chalk-drift-check.yml run end to end by act on workflow_dispatch, from the example caller
 * (examples/workflows/drift.yml) in a scratch caller repository: dev's Metadata Plane is deployed from the
 * example's values, then scaled by hand; the drift job (the example's AWS role and EKS cluster, stand-ins) reports
 * it, opens dev's drift issue in the GitHub API fake, keeps the report as an artifact, and succeeds (fail-on-drift
 * is off).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcFake, type OidcFake } from '../fakes/act-oidc.js';
import { startGitHubFake, WRITE_TOKEN, type GitHubFake } from '../fakes/github.js';
import { bed, chartRef, deleteNamespace, exec, helmHome, helmLogin, kubectl, must, uniq } from '../testbed/util.js';
import {
  CALLER,
  commitCaller,
  createWorkspace,
  exampleCaller,
  exampleEnvironments,
  jobLog,
  removeWorkspace,
  runAct,
  TOOLKIT,
  type ActResult,
  type Workspace,
} from './act.js';

const DEV = {
  name: 'dev',
  'chart-version': '0.1.3',
  cloud: 'aws',
  'aws-region': 'us-east-1',
  'aws-role-to-assume': 'arn:aws:iam::111122223333:role/chalk-drift-dev',
  'eks-cluster': 'chalk-dev',
};

describe('chalk-drift-check.yml through act', () => {
  const namespace = uniq('wf-drift');
  let ws: Workspace;
  let github: GitHubFake;
  let oidc: OidcFake;
  let run: ActResult;

  beforeAll(async () => {
    ws = await createWorkspace();
    github = await startGitHubFake();
    oidc = await startOidcFake({
      job_workflow_ref: `${TOOLKIT}/.github/workflows/chalk-drift-check.yml@refs/tags/v1`,
      job_workflow_sha: ws.toolkit.released,
      sub: `repo:${CALLER}:ref:refs/heads/main`,
      repository: CALLER,
    });
    const environments = await exampleEnvironments();
    await writeFile(join(ws.root, 'values.yaml'), environments['environments/dev/values.yaml']!);
    await writeFile(join(ws.root, 'seed.yaml'), environments['environments/dev/seed.yaml']!);
    const home = helmHome();
    await must(helmLogin(home.env));
    await must(
      exec(
        bed().TESTBED_HELM,
        [
          'upgrade',
          '--install',
          'chalk-metadata-plane',
          chartRef('chalk-metadata-plane'),
          '--version',
          '0.1.3',
          '--namespace',
          namespace,
          '--create-namespace',
          '--values',
          join(ws.root, 'values.yaml'),
          '--values',
          join(ws.root, 'seed.yaml'),
          '--ca-file',
          bed().TESTBED_REGISTRY_CA,
          '--wait',
          '--timeout',
          '2m',
        ],
        { env: home.env },
      ),
    );
    home.cleanup();
    // Someone scales the frontend by hand.
    const deployments = await must(kubectl(['get', 'deployments', '--namespace', namespace, '-o', 'name']));
    const frontend = deployments.stdout.split('\n').find((d) => d.includes('frontend'))!;
    await must(kubectl(['scale', frontend, '--replicas', '3', '--namespace', namespace]));

    const workflow = await exampleCaller(
      'drift.yml',
      { registry: bed().TESTBED_REGISTRY, namespace, environments: JSON.stringify([DEV]), 'registry-ca-file': 'ca.pem' },
      { inheritSecrets: true },
    );
    await commitCaller(ws, { ...environments, '.github/workflows/drift.yml': workflow, 'ca.pem': await readFile(bed().TESTBED_REGISTRY_CA, 'utf8') }, 'drift');
    run = await runAct(ws, {
      event: 'workflow_dispatch',
      workflow: '.github/workflows/drift.yml',
      payload: { ref: 'refs/heads/main', repository: { full_name: CALLER }, inputs: {} },
      secrets: { GITHUB_TOKEN: WRITE_TOKEN, REGISTRY_USERNAME: bed().TESTBED_REGISTRY_USER, REGISTRY_PASSWORD: bed().TESTBED_REGISTRY_PASSWORD },
      env: {
        GITHUB_API_URL: github.url,
        GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
        CHALK_ACT_KUBECONFIG: bed().KUBECONFIG,
      },
    });
  }, 600_000);

  afterAll(async () => {
    await github?.close();
    await oidc?.close();
    await deleteNamespace(namespace);
    if (ws) await removeWorkspace(ws);
  });

  it('checks dev from the released toolkit and succeeds although it drifted (fail-on-drift is off)', () => {
    expect(run.code, run.log).toBe(0);
    expect(run.jobs).toEqual({ 'Toolkit commit and environments': 'success', 'Drift dev': 'success' });
    expect(run.log).toContain(`stand-in checkout: ${TOOLKIT} at ${ws.toolkit.released} into .chalk-actions`);
    const drift = jobLog(run.log, 'Drift dev');
    expect(drift).toContain(`stand-in configure-aws-credentials: assumed ${DEV['aws-role-to-assume']} in us-east-1`);
    expect(drift).toContain('::set-output:: drifted=true');
  });

  it("opens dev's drift issue, found by its label, naming the scaled Deployment", () => {
    const issues = github.state.issues.filter((i) => !i.pull);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.state).toBe('open');
    expect(issues[0]!.labels).toContain('chalk-drift');
    expect(issues[0]!.title).toContain('dev');
    expect(issues[0]!.body).toMatch(/frontend/);
    expect(issues[0]!.body).toMatch(/replicas/);
  });

  it('keeps the drift report as an artifact', async () => {
    const files = await readdir(join(ws.artifacts, 'chalk-drift-dev'));
    expect(files).toHaveLength(1);
    const report = JSON.parse(await readFile(join(ws.artifacts, 'chalk-drift-dev', files[0]!), 'utf8')) as unknown;
    expect(JSON.stringify(report)).toContain('chalk-metadata-plane');
  });
});
