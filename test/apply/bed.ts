/**
 * What the deploy actions' end-to-end tests share: the helm of one major first on PATH (as helm-login
 * leaves it), a private helm home logged in to the bed's registry, GitHub's run variables, a workspace
 * with the guide's values and seed files, and reading a release's history from the cluster.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { ActionRun } from '../../src/runner/action-runner.js';
import { runBundled, workspaceFrom } from '../helpers/action.js';
import { helmOf, type HelmMajor } from '../helpers/helm.js';
import { fixtures } from '../helpers/paths.js';
import { bed, exec, helmHome, helmLogin, kubectl, must } from '../testbed/util.js';

export const CANARY_PASSWORD = 'canary-pg-Zq8vX2mL5rT';
export const CANARY_CLIENT_SECRET = 'canary-oidc-Hj3kP9wQ7nB';

export interface DeployEnv {
  major: HelmMajor;
  helm: string;
  /** The job environment: PATH with this helm first, KUBECONFIG, the helm home, GitHub's run variables. */
  env: Record<string, string>;
}

/** A job environment for `major`, removed after the test file. */
export async function deployEnv(major: HelmMajor, run = '4711'): Promise<DeployEnv> {
  const helm = helmOf(major);
  const bin = mkdtempSync(join(tmpdir(), `helm${major}-bin-`));
  symlinkSync(helm, join(bin, 'helm'));
  const home = helmHome();
  await must(helmLogin(home.env, helm));
  afterAll(() => {
    home.cleanup();
    rmSync(bin, { recursive: true, force: true });
  });
  const pick = (k: string): string => String(home.env[k] ?? '');
  return {
    major,
    helm,
    env: {
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      KUBECONFIG: bed().KUBECONFIG,
      HELM_REGISTRY_CONFIG: pick('HELM_REGISTRY_CONFIG'),
      HELM_CACHE_HOME: pick('HELM_CACHE_HOME'),
      HELM_CONFIG_HOME: pick('HELM_CONFIG_HOME'),
      HELM_DATA_HOME: pick('HELM_DATA_HOME'),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/chalk-infra',
      GITHUB_RUN_ID: run,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_ACTOR: 'octocat',
      GITHUB_JOB: 'deploy',
    },
  };
}

/** A workspace with the guide's values.yaml (frontend image `image`) and seed.yaml. */
export async function metadataWorkspace(image = 'chalk.example/frontend:1.0.0'): Promise<string> {
  const ws = await workspaceFrom(join(fixtures, 'preflight', 'good'));
  const values = readFileSync(join(ws, 'values.yaml'), 'utf8').replace(/image: .*/, `image: ${image}`);
  writeFileSync(join(ws, 'values.yaml'), values);
  return ws;
}

export function setImage(ws: string, image: string): void {
  writeFileSync(join(ws, 'values.yaml'), readFileSync(join(ws, 'values.yaml'), 'utf8').replace(/image: .*/, `image: ${image}`));
}

/** deploy-metadata from the bed's registry into `namespace`, with `inputs` on top. */
export function deployMetadata(d: DeployEnv, workspace: string, namespace: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runBundled('deploy-metadata', {
    workspace,
    env: d.env,
    inputs: {
      chart: `${bed().TESTBED_CHARTS_OCI}/chalk-metadata-plane`,
      'ca-file': bed().TESTBED_REGISTRY_CA,
      namespace,
      version: '0.1.2',
      timeout: '60s',
      ...inputs,
    },
  });
}

export interface HistoryEntry {
  revision: number;
  status: string;
  chart: string;
  description: string;
}

export async function releaseHistory(d: DeployEnv, release: string, namespace: string): Promise<HistoryEntry[]> {
  const r = await exec(d.helm, ['history', release, '-n', namespace, '-o', 'json'], { env: { ...process.env, ...d.env } });
  if (r.code !== 0) return [];
  return JSON.parse(r.stdout) as HistoryEntry[];
}

/** The statuses of the release's revisions as helm's Secrets record them (no helm involved). */
export async function revisionStatuses(release: string, namespace: string): Promise<string[]> {
  const r = await must(
    kubectl([
      '-n',
      namespace,
      'get',
      'secrets',
      '-l',
      `owner=helm,name=${release}`,
      '-o',
      'jsonpath={range .items[*]}{.metadata.labels.version}={.metadata.labels.status}{"\\n"}{end}',
    ]),
  );
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .sort((a, b) => Number(a.split('=')[0]) - Number(b.split('=')[0]))
    .map((l) => l.split('=')[1]!);
}

/**
 * The pid of the node process running `action`'s bundle in `workspace` (the runner does not expose its
 * child): found through /proc by its command line and its GITHUB_WORKSPACE.
 */
export function actionPid(action: string, workspace: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!cmdline.includes(`${action}/main.js`)) continue;
      const environ = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      if (environ.includes(`GITHUB_WORKSPACE=${workspace}`)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}
