/**
 * Helpers for helm-login's end-to-end tests: the bed's registry values, helm run against a
 * registry config, and the post step run on its own with main's saved state (the local runner runs
 * main and post back to back, and a test needs to act in between, as later workflow steps do).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ActionRun } from '../../src/runner/action-runner.js';
import { node24, repoRoot } from '../helpers/paths.js';

export function bed() {
  const need = (name: string): string => {
    const v = process.env[name];
    if (!v) throw new Error(`${name} is not set: the test bed's global setup did not run.`);
    return v;
  };
  return {
    registry: need('TESTBED_REGISTRY'),
    user: need('TESTBED_REGISTRY_USER'),
    password: need('TESTBED_REGISTRY_PASSWORD'),
    ca: need('TESTBED_REGISTRY_CA'),
    chartsOci: need('TESTBED_CHARTS_OCI'),
    helm: need('TESTBED_HELM'),
    helm4: need('TESTBED_HELM4'),
    chartVersions: JSON.parse(need('TESTBED_CHART_VERSIONS')) as Record<string, string[]>,
  };
}

export interface HelmOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the bed's helm with `HELM_REGISTRY_CONFIG`, never throwing on a non-zero exit. */
export async function helmWithConfig(args: string[], registryConfig: string): Promise<HelmOutcome> {
  try {
    const { stdout, stderr } = await promisify(execFile)(bed().helm, args, { env: { ...process.env, HELM_REGISTRY_CONFIG: registryConfig } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** `helm pull` of the bed's stand-in chart into a fresh directory. */
export async function pullStandIn(registryConfig: string): Promise<HelmOutcome> {
  const dest = await mkdtemp(join(tmpdir(), 'chalk-pull-'));
  return helmWithConfig(['pull', `${bed().chartsOci}/chalk-metadata-plane`, '--ca-file', bed().ca, '-d', dest], registryConfig);
}

/** Runs dist/helm-login/post with main's state (`STATE_<name>`), the way the runner hands it over. */
export function runPostStep(run: ActionRun, env: Record<string, string> = {}): Promise<HelmOutcome> {
  const state = Object.fromEntries(Object.entries(run.main.state).map(([k, v]) => [`STATE_${k}`, v]));
  return new Promise((resolve, reject) => {
    const child = spawn(node24(), [join(repoRoot, 'dist', 'helm-login', 'post', 'index.js')], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', RUNNER_TEMP: run.runnerTemp, ...env, ...state },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
