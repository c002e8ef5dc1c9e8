import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestbedEnv } from '../../testbed/index.js';
import type { PolicyDocument } from '../fakes/aws-state.js';

// vitest refuses to be imported outside a test run: scripts (bench/) bring the bed up themselves and pass it to useBed().
const vitest = process.env.VITEST ? await import('vitest') : undefined;
let scriptBed: TestbedEnv | undefined;

export const LONG = 180_000;

/** For a script outside vitest: the bed it brought up with `up()`, which bed() then returns. */
export function useBed(env: TestbedEnv): void {
  scriptBed = env;
}

export function bed(): TestbedEnv {
  const env = scriptBed ?? vitest?.inject('testbed');
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

/** A generic Secret from literal key/value pairs (values are test-only strings). */
export async function createSecret(ns: string, name: string, data: Record<string, string>): Promise<void> {
  await must(kubectl(['-n', ns, 'create', 'secret', 'generic', name, ...Object.entries(data).map(([k, v]) => `--from-literal=${k}=${v}`)]));
}

/** metadata-plane-secrets' keys for the bed's database (POSTGRES_HOST as host:port). */
export function bedPostgresSecret(db: string): Record<string, string> {
  const b = bed();
  return { POSTGRES_USER: b.PGUSER, POSTGRES_PASSWORD: b.PGPASSWORD, POSTGRES_HOST: `${b.PGHOST}:${b.PGPORT}`, POSTGRES_DB: db };
}

/** Creates a namespace with the two secrets the metadata-plane chart expects (placeholder values unless given). */
export async function metadataNamespace(
  ns: string,
  postgres: Record<string, string> = { POSTGRES_USER: 'chalk', POSTGRES_PASSWORD: 'x', POSTGRES_HOST: '127.0.0.1', POSTGRES_DB: 'chalk' },
  oidc: Record<string, string> = { GOOGLE_CLIENT_ID: 'id', GOOGLE_CLIENT_SECRET: 'secret' },
): Promise<void> {
  await must(kubectl(['create', 'namespace', ns]));
  await createSecret(ns, 'metadata-plane-secrets', postgres);
  await createSecret(ns, 'chalk-frontend-secrets', oidc);
}

/** A service account, annotated with the IAM role it assumes (IRSA) when `roleArn` is given. */
export async function serviceAccount(ns: string, name: string, roleArn?: string): Promise<void> {
  await must(kubectl(['-n', ns, 'create', 'serviceaccount', name]));
  if (roleArn) await must(kubectl(['-n', ns, 'annotate', 'serviceaccount', name, `eks.amazonaws.com/role-arn=${roleArn}`]));
}

/** The bed's API server issues service-account tokens as this issuer (its "OIDC provider"; testbed/lib/kube.ts). */
export const OIDC_ISSUER = 'kubernetes.default.svc.cluster.local';

/** A role trust policy for every service account of `ns`, through the bed's OIDC provider registered in `account`. */
export function namespaceTrust(account: string, ns: string): PolicyDocument {
  return {
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/${OIDC_ISSUER}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringLike: { [`${OIDC_ISSUER}:sub`]: `system:serviceaccount:${ns}:*` }, StringEquals: { [`${OIDC_ISSUER}:aud`]: 'sts.amazonaws.com' } },
      },
    ],
  };
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
