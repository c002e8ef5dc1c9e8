/**
 * helm's registry verbs (`registry login` / `logout`) and the per-job registry config file they
 * write to. The password only ever travels on stdin; the config lives in a private directory so
 * one job's logout cannot break another's pulls on a shared self-hosted runner.
 */
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HelmClient } from './client.js';
import { HelmError, type HelmErrorKind } from './errors.js';

export interface LoginRequest {
  host: string;
  username: string;
  password: string;
  /** CA bundle for a registry whose certificate a public CA did not sign. */
  caFile?: string;
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
  try {
    await helm.run(args, { stdin: req.password });
  } catch (err) {
    if (!(err instanceof HelmError)) throw err;
    throw new RegistryLoginError(req.host, err.kind, `${req.host}: ${loginAdvice(req, err.kind)} helm said: ${err.message}`);
  }
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
export async function registryLogout(helm: HelmClient, host: string): Promise<void> {
  await helm.run(['registry', 'logout', host]);
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
