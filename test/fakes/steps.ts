/** Helpers for helm-login's end-to-end tests: the bed's registry values and helm run against a registry config. */
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

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
