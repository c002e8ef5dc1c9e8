import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { TestbedEnv } from '../../testbed/index.js';

export const LONG = 180_000;

export function bed(): TestbedEnv {
  const env = inject('testbed');
  if (!env) throw new Error('testbed env not provided: is test/global-setup.ts configured as globalSetup?');
  return env;
}

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export function exec(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number } = {}): Promise<Result> {
  return new Promise((resolve) => {
    const child = execFile(
      cmd,
      args,
      { env: opts.env ?? process.env, timeout: opts.timeoutMs ?? 170_000, maxBuffer: 32 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

export const uniq = (prefix: string): string => `${prefix}-${randomBytes(3).toString('hex')}`;

/** A private helm home (registry config, cache) for one test, so tests never share login state. */
export function helmHome(): { env: NodeJS.ProcessEnv; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tb-helm-'));
  const env = {
    ...process.env,
    KUBECONFIG: bed().KUBECONFIG,
    HELM_REGISTRY_CONFIG: join(dir, 'registry.json'),
    HELM_CACHE_HOME: join(dir, 'cache'),
    HELM_CONFIG_HOME: join(dir, 'config'),
    HELM_DATA_HOME: join(dir, 'data'),
  };
  return { env, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function helmLogin(env: NodeJS.ProcessEnv, helm = bed().TESTBED_HELM, password = bed().TESTBED_REGISTRY_PASSWORD): Promise<Result> {
  const b = bed();
  return exec(helm, ['registry', 'login', b.TESTBED_REGISTRY, '--username', b.TESTBED_REGISTRY_USER, '--password-stdin', '--ca-file', b.TESTBED_REGISTRY_CA], {
    env,
    input: password,
  });
}

export function kubectl(args: string[], kubeconfig = bed().KUBECONFIG, input?: string): Promise<Result> {
  return exec(bed().TESTBED_KUBECTL, args, { env: { ...process.env, KUBECONFIG: kubeconfig }, input });
}

export async function must(p: Promise<Result>): Promise<Result> {
  const r = await p;
  if (r.code !== 0) throw new Error(`command failed (${r.code}):\n${r.stderr}\n${r.stdout}`);
  return r;
}

/** Creates a namespace with the two secrets the metadata-plane chart expects; returns a cleanup. */
export async function metadataNamespace(ns: string): Promise<void> {
  await must(kubectl(['create', 'namespace', ns]));
  await must(
    kubectl([
      '-n',
      ns,
      'create',
      'secret',
      'generic',
      'metadata-plane-secrets',
      '--from-literal=POSTGRES_USER=chalk',
      '--from-literal=POSTGRES_PASSWORD=x',
      '--from-literal=POSTGRES_HOST=127.0.0.1',
      '--from-literal=POSTGRES_DB=chalk',
    ]),
  );
  await must(
    kubectl([
      '-n',
      ns,
      'create',
      'secret',
      'generic',
      'chalk-frontend-secrets',
      '--from-literal=GOOGLE_CLIENT_ID=id',
      '--from-literal=GOOGLE_CLIENT_SECRET=secret',
    ]),
  );
}

export async function deleteNamespace(ns: string): Promise<void> {
  await kubectl(['delete', 'namespace', ns, '--wait=false', '--ignore-not-found']);
}

export function valuesFile(dir: string, image: string): string {
  const f = join(dir, 'values.yaml');
  writeFileSync(
    f,
    [
      'chalk:',
      '  metadata:',
      '    api_host: https://api.chalk.testbed.local',
      '    frontend_host: https://chalk.testbed.local',
      '    frontend:',
      `      image: ${image}`,
      '    seed:',
      '      teams:',
      '        - id: acme',
      '          name: Acme',
      '',
    ].join('\n'),
  );
  return f;
}

export const chartRef = (name: string): string => `${bed().TESTBED_CHARTS_OCI}/${name}`;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
