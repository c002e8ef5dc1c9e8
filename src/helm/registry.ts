/**
 * helm's registry verbs (`registry login` / `logout`) and the per-job registry config file they
 * write to. The password only ever travels on stdin; the config lives in a private directory so
 * one job's logout cannot break another's pulls on a shared self-hosted runner. Also the guards every
 * registry conversation shares: which hosts are loopback, and remote text flattened to one line.
 */
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { oneLine } from '../report/text.js';
import { join } from 'node:path';
import { ToolTimeoutError } from '../process/run-tool.js';
import type { HelmClient } from './client.js';
import { HelmError, type HelmErrorKind } from './errors.js';

/** The variable helm reads its registry config path from; helm-login exports it for later steps. */
export const REGISTRY_CONFIG_ENV = 'HELM_REGISTRY_CONFIG';

/** helm-login's default limit for one helm registry operation (a login, a logout, a chart fetch). */
export const DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS = 2 * 60_000;

export interface LoginRequest {
  host: string;
  username: string;
  password: string;
  /** CA bundle for a registry whose certificate a public CA did not sign. */
  caFile?: string;
  /** helm is stopped after this long (helm itself never gives up on a registry that accepts and stays silent). */
  timeoutMs?: number;
}

export class RegistryLoginError extends Error {
  constructor(
    readonly host: string,
    readonly kind: HelmErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'RegistryLoginError';
  }
}

/** A fresh `config.json` (0600) in a randomly named directory (0700) under `parent`. */
export async function createRegistryConfig(parent: string): Promise<string> {
  const dir = await mkdtemp(join(parent, 'helm-registry-'));
  await chmod(dir, 0o700);
  const file = join(dir, 'config.json');
  await writeFile(file, '{"auths":{}}\n', { mode: 0o600, flag: 'wx' });
  return file;
}

export async function registryLogin(helm: HelmClient, req: LoginRequest): Promise<void> {
  const args = ['registry', 'login', req.host, '--username', req.username, '--password-stdin'];
  if (req.caFile) args.push('--ca-file', req.caFile);
  const timeoutMs = req.timeoutMs ?? DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS;
  try {
    await helm.run(args, { stdin: req.password, timeoutMs });
  } catch (err) {
    if (err instanceof ToolTimeoutError) throw new RegistryLoginError(req.host, 'timeout', `${req.host}: ${notAnswered('helm registry login', timeoutMs)}`);
    if (!(err instanceof HelmError)) throw err;
    throw new RegistryLoginError(req.host, err.kind, `${req.host}: ${loginAdvice(req, err.kind)} helm said: ${oneLine(err.message)}`);
  }
}

function notAnswered(what: string, timeoutMs: number): string {
  return `the registry did not answer in ${Math.round(timeoutMs / 100) / 10} s; ${what} was stopped. Check that the host and port serve an OCI registry and that the runner can reach it; the timeout input sets this limit.`;
}

function loginAdvice(req: LoginRequest, kind: HelmErrorKind): string {
  switch (kind) {
    case 'unauthorized':
      return `the registry rejected the credentials for user "${req.username}" (401). Check that the token or password is current and belongs to this registry.`;
    case 'forbidden':
      return `the registry refused user "${req.username}" (403): the identity is known but not allowed. Ask the registry owner (Chalk) to grant it pull access.`;
    case 'tls':
      return `the registry's TLS certificate is not trusted. Pass the CA that signed it as ca-file.`;
    case 'connection':
      return `the registry could not be reached. Check the host name and port and the runner's network access.`;
    default:
      return `helm registry login failed.`;
  }
}

/** Removes `host` from the config; helm treats an absent entry as success. */
export async function registryLogout(helm: HelmClient, host: string, timeoutMs = DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS): Promise<void> {
  try {
    await helm.run(['registry', 'logout', host], { timeoutMs });
  } catch (err) {
    if (err instanceof ToolTimeoutError) throw new RegistryLoginError(host, 'timeout', `${host}: ${notAnswered('helm registry logout', timeoutMs)}`);
    if (err instanceof HelmError) throw new RegistryLoginError(host, err.kind, `${host}: ${oneLine(err.message)}`);
    throw err;
  }
}

/** The username and password helm stored for `host` in a registry config, for API calls with the same login. */
export async function registryConfigCredentials(configPath: string, host: string): Promise<{ username: string; password: string } | undefined> {
  const config = JSON.parse(await readFile(configPath, 'utf8')) as { auths?: Record<string, { auth?: string }> };
  const auth = config.auths?.[host]?.auth;
  if (!auth) return undefined;
  const decoded = Buffer.from(auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) } : undefined;
}

/** 127.0.0.0/8, ::1 and localhost: traffic that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}
