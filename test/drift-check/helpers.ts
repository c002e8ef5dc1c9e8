/**
 * What drift-check's end-to-end tests share: a job environment with the bed's helm of one major first on
 * PATH (as helm-login leaves it) and a private helm home logged in to the bed's registry, helm run by the
 * test itself (the deploy a drift is measured against), and the report an action run wrote, reduced to
 * the findings of each section so a test can compare them exactly.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import type { DriftReport, ReleaseDrift } from '../../src/drift/types.js';
import { objectLabel } from '../../src/plan/text-diff.js';
import type { ActionRun } from '../../src/runner/action-runner.js';
import { runBundled } from '../helpers/action.js';
import { helmOf, type HelmMajor } from '../helpers/helm.js';
import { bed, exec, helmHome, helmLogin, kubectl, must } from '../testbed/util.js';

export interface DriftEnv {
  major: HelmMajor;
  helm: string;
  /** For the action's job and for helm run by the test itself. */
  env: Record<string, string>;
}

export async function driftEnv(major: HelmMajor): Promise<DriftEnv> {
  const helm = helmOf(major);
  const bin = mkdtempSync(join(tmpdir(), `drift-helm${major}-`));
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

/** helm run by the test, as a deploy (or a person at a terminal) would run it. */
export function helm(d: DriftEnv, args: string[]): Promise<void> {
  return must(exec(d.helm, [...args, '--ca-file', bed().TESTBED_REGISTRY_CA], { env: { ...process.env, ...d.env } })).then(() => undefined);
}

export async function kube(args: string[]): Promise<void> {
  await must(kubectl(args));
}

/**
 * A kubeconfig for a service account that may read everything in `namespace` and change nothing (no
 * patch, so no server-side apply dry run either).
 */
export async function readerKubeconfig(namespace: string): Promise<string> {
  await kube(['-n', namespace, 'create', 'serviceaccount', 'drift-reader']);
  await kube(['-n', namespace, 'create', 'role', 'drift-reader', '--verb=get,list,watch', '--resource=*.*']);
  await kube(['-n', namespace, 'create', 'rolebinding', 'drift-reader', '--role=drift-reader', `--serviceaccount=${namespace}:drift-reader`]);
  const token = (await must(kubectl(['-n', namespace, 'create', 'token', 'drift-reader', '--duration=1h']))).stdout.trim();
  const b = bed();
  const file = join(mkdtempSync(join(tmpdir(), 'drift-reader-')), 'kubeconfig');
  writeFileSync(
    file,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'bed', cluster: { server: b.TESTBED_APISERVER, 'certificate-authority': b.TESTBED_CA } }],
      users: [{ name: 'drift-reader', user: { token } }],
      contexts: [{ name: 'drift-reader', context: { cluster: 'bed', user: 'drift-reader' } }],
      'current-context': 'drift-reader',
    }),
  );
  afterAll(() => rmSync(dirname(file), { recursive: true, force: true }));
  return file;
}

export function driftCheck(d: DriftEnv, workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runBundled('drift-check', {
    workspace,
    env: { ...d.env, ...env },
    inputs: { 'ca-file': bed().TESTBED_REGISTRY_CA, ...inputs },
  });
}

export function reportOf(run: ActionRun): DriftReport {
  const file = run.outputs['report-file'];
  if (!file) throw new Error(`no report-file output (exit ${run.exitCode}):\n${run.main.stdout}\n${run.main.stderr}`);
  return JSON.parse(readFileSync(file, 'utf8')) as DriftReport;
}

export function releaseOf(report: DriftReport, release: string): ReleaseDrift {
  const found = report.releases.find((r) => r.release === release);
  if (!found) throw new Error(`no release ${release} in the report`);
  return found;
}

/** One line per difference of a section: `<object> <path> <before> -> <after>`, sorted. */
export function findings(r: ReleaseDrift, section: 'desired' | 'live'): string[] {
  const show = (v: unknown) => (v === undefined ? '∅' : JSON.stringify(v));
  const objects = section === 'desired' ? r.desired.objects : r.live.objects;
  return objects
    .flatMap((o) => o.fields.filter((f) => !f.ignoredBy).map((f) => `${objectLabel(o.key)} ${f.path} ${show(f.before)} -> ${show(f.after)}`))
    .sort();
}

export function missingOf(r: ReleaseDrift): string[] {
  return r.missing.objects.map((m) => objectLabel(m.key)).sort();
}

/** Everything the step produced that a person or a later step can read. */
export function everythingShown(run: ActionRun): string {
  const file = run.outputs['report-file'];
  return [
    run.main.stdout,
    run.main.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    JSON.stringify(run.annotations),
    file ? readFileSync(file, 'utf8') : '',
  ].join('\n');
}
