/**
 * chalk-deploy.yml run end to end by act on a push, from the example caller (examples/workflows/deploy.yml) in a
 * scratch caller repository: the Metadata Plane through the example's AWS role and EKS cluster (stand-ins), two
 * Data Plane clusters of dev as a matrix (one by AWS, one by GKE; prod's target filtered out) and their summary,
 * then the example's post-deploy job, which uses the actions directly in both reference forms
 * (org/chalk-actions/<name>@v1 and org/chalk-actions/actions/<name>@v1). Everything runs at the toolkit's released
 * commit; the later commit's bundles would fail the run.
 */
import { readFile } from 'node:fs/promises';
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

const CANARY = `pg-canary-${uniq('pw')}`;

/** The manifest digest of a bed chart, as the lock file pins it. */
async function chartDigest(env: NodeJS.ProcessEnv, chart: string, version: string): Promise<string> {
  const shown = await must(exec(bed().TESTBED_HELM, ['show', 'chart', chartRef(chart), '--version', version, '--ca-file', bed().TESTBED_REGISTRY_CA], { env }));
  const digest = /Digest: (sha256:[0-9a-f]{64})/.exec(shown.stdout + shown.stderr)?.[1];
  if (!digest) throw new Error(`no digest for ${chart} ${version}`);
  return digest;
}

/** A chart set of one bed chart in its own namespace, and its lock file. */
function chartSet(release: string, chart: string, version: string, namespace: string, digest: string): Record<string, string> {
  return {
    [`environments/dev/${release}.yaml`]: `releases:\n  ${release}:\n    chart: ${chartRef(chart)}\n    version: ${version}\n    namespace: ${namespace}\n`,
    [`environments/dev/${release}.lock.yaml`]: `lockVersion: 1\nreleases:\n  ${release}:\n    chart: ${chartRef(chart)}\n    requested: ${version}\n    version: ${version}\n    digest: ${digest}\n`,
  };
}

describe('chalk-deploy.yml through act', () => {
  const namespace = uniq('wf-deploy');
  const dpA = uniq('wf-dp-a');
  const dpB = uniq('wf-dp-b');
  let ws: Workspace;
  let github: GitHubFake;
  let oidc: OidcFake;
  let run: ActResult;

  beforeAll(async () => {
    ws = await createWorkspace();
    github = await startGitHubFake();
    oidc = await startOidcFake({
      job_workflow_ref: `${TOOLKIT}/.github/workflows/chalk-deploy.yml@refs/tags/v1`,
      job_workflow_sha: ws.toolkit.released,
      sub: `repo:${CALLER}:environment:dev`,
      repository: CALLER,
    });
    const home = helmHome();
    await must(helmLogin(home.env));
    const digests = { metrics: await chartDigest(home.env, 'metrics-server', '3.12.2'), keda: await chartDigest(home.env, 'keda', '2.11.1') };
    home.cleanup();
    const targets = [
      {
        name: 'dp-a',
        environments: ['dev'],
        cloud: 'aws',
        'aws-region': 'us-east-1',
        'aws-role-to-assume': 'arn:aws:iam::111122223333:role/chalk-deploy-dev',
        'eks-cluster': 'chalk-dp-dev-use1',
        'chart-set': 'dp-a.yaml',
      },
      {
        name: 'dp-b',
        environments: ['dev'],
        cloud: 'gcp',
        'gcp-workload-identity-provider': 'projects/123/locations/global/workloadIdentityPools/github/providers/github',
        'gcp-service-account': 'chalk-deploy@acme-dev.iam.gserviceaccount.com',
        'gke-cluster': 'chalk-dp-dev-usc1',
        'gke-location': 'us-central1',
        'chart-set': 'dp-b.yaml',
      },
      { name: 'dp-prod', environments: ['prod'], 'kubeconfig-secret': 'PROD_KUBECONFIG' },
    ];
    const workflow = await exampleCaller(
      'deploy.yml',
      {
        registry: bed().TESTBED_REGISTRY,
        namespace,
        'registry-ca-file': 'ca.pem',
        'dataplane-targets': JSON.stringify(targets),
        'dataplane-registries': bed().TESTBED_REGISTRY,
        'http-checks': '',
      },
      {
        steps: {
          preflight: { namespace },
          verify: { releases: `${namespace}/chalk-metadata-plane` },
        },
      },
    );
    await commitCaller(
      ws,
      {
        ...(await exampleEnvironments()),
        ...chartSet('dp-a', 'metrics-server', '3.12.2', dpA, digests.metrics),
        ...chartSet('dp-b', 'keda', '2.11.1', dpB, digests.keda),
        '.github/workflows/deploy.yml': workflow,
        'ca.pem': await readFile(bed().TESTBED_REGISTRY_CA, 'utf8'),
      },
      'deploy dev',
    );
    run = await runAct(ws, {
      event: 'push',
      workflow: '.github/workflows/deploy.yml',
      payload: { ref: 'refs/heads/main', repository: { full_name: CALLER } },
      secrets: {
        GITHUB_TOKEN: WRITE_TOKEN,
        REGISTRY_USERNAME: bed().TESTBED_REGISTRY_USER,
        REGISTRY_PASSWORD: bed().TESTBED_REGISTRY_PASSWORD,
        POSTGRES_USER: 'metadata_app',
        POSTGRES_PASSWORD: CANARY,
        POSTGRES_HOST: 'chalk-dev.cluster-abc.us-east-1.rds.amazonaws.com',
        POSTGRES_DB: 'metadata_dev',
        GOOGLE_CLIENT_ID: 'client-id.apps.googleusercontent.com',
        GOOGLE_CLIENT_SECRET: `${CANARY}-google`,
      },
      env: {
        GITHUB_API_URL: github.url,
        GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
        CHALK_ACT_KUBECONFIG: bed().KUBECONFIG,
      },
      timeoutMs: 900_000,
    });
  }, 960_000);

  afterAll(async () => {
    await github?.close();
    await oidc?.close();
    for (const ns of [namespace, dpA, dpB]) await deleteNamespace(ns);
    if (ws) await removeWorkspace(ws);
  });

  it('deploys the Metadata Plane and the two Data Plane clusters of dev, then checks them', () => {
    expect(run.code, run.log).toBe(0);
    expect(run.jobs).toEqual({
      'Toolkit commit and targets': 'success',
      'Metadata Plane (dev)': 'success',
      // act numbers matrix legs.
      'Data Plane dp-a (dev)-1': 'success',
      'Data Plane dp-b (dev)-2': 'success',
      'Data Plane summary (dev)': 'success',
      'post-deploy-checks': 'success',
    });
  });

  it('leaves the releases deployed, the Metadata Plane at the example’s chart version with its Secrets', async () => {
    const releases = async (ns: string) => {
      const list = await must(
        exec(bed().TESTBED_HELM, ['list', '--namespace', ns, '--output', 'json'], { env: { ...process.env, KUBECONFIG: bed().KUBECONFIG } }),
      );
      return (JSON.parse(list.stdout) as { name: string; status: string; chart: string }[]).map((r) => `${r.name} ${r.chart} ${r.status}`);
    };
    expect(await releases(namespace)).toEqual(['chalk-metadata-plane chalk-metadata-plane-0.1.3 deployed']);
    expect(await releases(dpA)).toEqual(['dp-a metrics-server-3.12.2 deployed']);
    expect(await releases(dpB)).toEqual(['dp-b keda-2.11.1 deployed']);
    const secrets = await must(kubectl(['get', 'secret', 'metadata-plane-secrets', 'chalk-frontend-secrets', '--namespace', namespace, '-o', 'name']));
    expect(secrets.stdout.trim().split('\n')).toEqual(['secret/metadata-plane-secrets', 'secret/chalk-frontend-secrets']);
  });

  it('runs every action of the toolkit’s released commit, found through the OIDC token', () => {
    expect(jobLog(run.log, 'Toolkit commit and targets')).toContain(`The actions run from ${TOOLKIT} at ${ws.toolkit.released} (OIDC token).`);
    const checkouts = [...run.log.matchAll(new RegExp(`stand-in checkout: ${TOOLKIT} at ([0-9a-f]{40}) into \\.chalk-actions`, 'g'))].map((m) => m[1]);
    expect(checkouts).toEqual([ws.toolkit.released, ws.toolkit.released, ws.toolkit.released]);
    expect(run.log).not.toContain('of a later commit ran');
  });

  it('fans the Data Plane out per cluster of dev, each with its own cloud access, and sums it up', () => {
    expect(jobLog(run.log, 'Toolkit commit and targets')).toContain('Data Plane targets of dev: dp-a, dp-b');
    expect(jobLog(run.log, 'Data Plane dp-a (dev)-1')).toContain('stand-in aws: kubeconfig of EKS cluster chalk-dp-dev-use1 in us-east-1');
    expect(jobLog(run.log, 'Data Plane dp-b (dev)-2')).toContain('stand-in get-gke-credentials: chalk-dp-dev-usc1 in us-central1');
    // act prints only the first lines of a job summary: the rows come from the results the table is made of.
    const results = /::set-output:: results=(.*)$/m.exec(jobLog(run.log, 'Data Plane summary (dev)'))?.[1];
    expect(JSON.parse(results ?? 'null')).toEqual([
      {
        target: 'dp-a',
        outcome: 'success',
        changed: true,
        'first-failure': '',
        releases: [expect.objectContaining({ release: 'dp-a', outcome: 'installed' })],
      },
      {
        target: 'dp-b',
        outcome: 'success',
        changed: true,
        'first-failure': '',
        releases: [expect.objectContaining({ release: 'dp-b', outcome: 'installed' })],
      },
    ]);
    expect(run.log).not.toContain('dp-prod');
  });

  it('reaches the Metadata Plane through the example’s AWS role and EKS cluster', () => {
    const metadata = jobLog(run.log, 'Metadata Plane (dev)');
    expect(metadata).toContain('stand-in configure-aws-credentials: assumed arn:aws:iam::111122223333:role/chalk-deploy-dev in us-east-1');
    expect(metadata).toContain('stand-in aws: kubeconfig of EKS cluster chalk-dev in us-east-1');
  });

  it('runs the actions as steps in both reference forms', () => {
    const checks = jobLog(run.log, 'post-deploy-checks');
    expect(checks).toContain(`read cachedir ${TOOLKIT} with ref v1 and subpath 'preflight/action.yml'`);
    expect(checks).toContain(`read cachedir ${TOOLKIT} with ref v1 and subpath 'actions/verify/action.yml'`);
    expect(checks).toContain('✅  Success - Main Secrets and cluster access after the deploy');
    expect(checks).toContain('✅  Success - Main The Metadata Plane is ready');
  });

  it('never prints a secret', () => {
    expect(run.log).not.toContain(CANARY);
    expect(run.log).not.toContain(bed().TESTBED_REGISTRY_PASSWORD);
  });
});
