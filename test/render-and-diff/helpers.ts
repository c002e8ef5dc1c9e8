/**
 * What render-and-diff's end-to-end tests share: a job environment with the bed's helm of one major
 * first on PATH (as helm-login leaves it) and a private helm home logged in to the bed's registry,
 * a workspace with values files, and the plan and diff files an action run wrote.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import type { ActionRun } from '../../src/runner/action-runner.js';
import { runBundled } from '../helpers/action.js';
import { helmOf, type HelmMajor } from '../helpers/helm.js';
import { bed, chartRef, exec, helmHome, helmLogin, must } from '../testbed/util.js';

export interface PlanEnv {
  major: HelmMajor;
  helm: string;
  /** For the action's job and for helm run by the test itself. */
  env: Record<string, string>;
}

export async function planEnv(major: HelmMajor): Promise<PlanEnv> {
  const helm = helmOf(major);
  const bin = mkdtempSync(join(tmpdir(), `plan-helm${major}-`));
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
    },
  };
}

export function workspaceWith(files: Record<string, string>): string {
  const ws = mkdtempSync(join(tmpdir(), 'chalk-plan-ws-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(ws, name), text);
  afterAll(() => rmSync(ws, { recursive: true, force: true }));
  return ws;
}

export const demoValues = (values: { logLevel?: string; apiToken?: string } = {}): string =>
  `logLevel: ${values.logLevel ?? 'info'}\napiToken: ${JSON.stringify(values.apiToken ?? 'tok-initial-8Qw2')}\n`;

/** helm install/upgrade of the chalk-plan-demo stand-in, as a deploy would leave it. */
export async function installDemo(p: PlanEnv, release: string, namespace: string, version: string, valuesFile: string, extra: string[] = []): Promise<void> {
  await must(
    exec(
      p.helm,
      [
        'upgrade',
        '--install',
        release,
        chartRef('chalk-plan-demo'),
        '--version',
        version,
        '--namespace',
        namespace,
        '--create-namespace',
        '--values',
        valuesFile,
        '--ca-file',
        bed().TESTBED_REGISTRY_CA,
        ...extra,
      ],
      { env: { ...process.env, ...p.env } },
    ),
  );
}

export function renderAndDiff(p: PlanEnv, workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runBundled('render-and-diff', {
    workspace,
    env: { ...p.env, ...env },
    inputs: { 'ca-file': bed().TESTBED_REGISTRY_CA, 'seed-file': '', ...inputs },
  });
}

export function planOf(run: ActionRun): Plan {
  const file = run.outputs['plan-file'];
  if (!file) throw new Error(`no plan-file output (exit ${run.exitCode}):\n${run.main.stdout}\n${run.main.stderr}`);
  return JSON.parse(readFileSync(file, 'utf8')) as Plan;
}

export function diffTextOf(run: ActionRun): string {
  return readFileSync(run.outputs['diff-file']!, 'utf8');
}

/** Everything the step produced that a person or a later step can read. */
export function everythingShown(run: ActionRun): string {
  return [
    run.main.stdout,
    run.main.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    JSON.stringify(run.annotations),
    run.outputs['plan-file'] ? readFileSync(run.outputs['plan-file'], 'utf8') : '',
    run.outputs['diff-file'] ? readFileSync(run.outputs['diff-file'], 'utf8') : '',
  ].join('\n');
}
