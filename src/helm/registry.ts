/**
 * helm's registry verbs (`registry login` / `logout`) and the per-job registry config file they
 * write to. The password only ever travels on stdin; the config lives in a private directory so
 * one job's logout cannot break another's pulls on a shared self-hosted runner.
 */
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ChalkError } from '../errors.js';
import { ToolAbortedError, ToolTimeoutError } from '../process/run-tool.js';
import { registerSecret } from '../report/secrets.js';
import { oneLine } from '../report/text.js';
import { adviceFor, kindOfStatus, seconds } from './advice.js';
import { loadCaFile } from './ca-file.js';
import type { HelmClient } from './client.js';
import { HelmError, type HelmErrorKind } from './errors.js';
import { Deadline, ERROR_BODY_BYTES, httpGet, HttpFailure } from './http.js';

/** The variable helm reads its registry config path from; helm-login exports it for later steps. */
export const REGISTRY_CONFIG_ENV = 'HELM_REGISTRY_CONFIG';

/**
 * Logins a step asked to keep (skip-logout), as JSON `{"<config path>": ["<host>", …]}`: exported for
 * the later steps of the job, so that another step's post sharing the config leaves them in place.
 */
export const KEPT_LOGINS_ENV = 'CHALK_HELM_KEPT_LOGINS';

/** helm-login's default limit for one helm registry operation (a login, a logout, a chart fetch). */
export const DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS = 2 * 60_000;

/** How long, after helm gave up or was stopped, the registry is asked directly what it answers. */
const PROBE_MS = 3_000;

export interface LoginRequest {
  host: string;
  username: string;
  password: string;
  /** CA bundle for a registry whose certificate a public CA did not sign (already checked: ca-file.ts). */
  caFile?: string;
  /** helm is stopped after this long (helm itself never gives up on a registry that accepts and stays silent). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export class RegistryLoginError extends ChalkError<HelmErrorKind> {
  readonly boundary = 'registry';

  constructor(
    readonly host: string,
    kind: HelmErrorKind,
    message: string,
    fix = adviceFor(kind, 'login').fix,
  ) {
    super(kind, message, fix);
  }
}

export interface RegistryConfig {
  path: string;
  /** Created by this step (so its post deletes it), rather than chosen by the workflow or an earlier step. */
  owned: boolean;
}

/** The config `existing` names (an earlier step's, or the workflow's), else a fresh `config.json` (0600) in a random directory (0700) under `parent`. */
export async function openRegistryConfig(existing: string | undefined, parent: string): Promise<RegistryConfig> {
  if (existing) return { path: existing, owned: false };
  const dir = await mkdtemp(join(parent, 'helm-registry-'));
  await chmod(dir, 0o700);
  const path = join(dir, 'config.json');
  await writeFile(path, '{"auths":{}}\n', { mode: 0o600, flag: 'wx' });
  return { path, owned: true };
}

export async function registryLogin(helm: HelmClient, req: LoginRequest): Promise<void> {
  // helm sends base64(user:password) as its Basic header, and a registry may echo it back in an error helm prints.
  registerSecret(Buffer.from(`${req.username}:${req.password}`).toString('base64'));
  const args = ['registry', 'login', req.host, '--username', req.username, '--password-stdin'];
  if (req.caFile) args.push('--ca-file', req.caFile);
  const timeoutMs = req.timeoutMs ?? DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS;
  try {
    await helm.run(args, { stdin: req.password, timeoutMs, ...(req.signal ? { signal: req.signal } : {}) });
  } catch (err) {
    if (err instanceof ToolTimeoutError) throw await timedOut(req, timeoutMs);
    if (err instanceof ToolAbortedError) throw new RegistryLoginError(req.host, 'cancelled', `${req.host}: helm registry login was stopped: ${err.message}`);
    if (!(err instanceof HelmError)) throw err;
    const status = Number(/status code (\d{3})/.exec(err.message)?.[1]) || undefined;
    const { says } = adviceFor(err.kind, 'login', { user: req.username, ...(status ? { status } : {}), what: `the registry ${req.host}` });
    throw new RegistryLoginError(req.host, err.kind, `${req.host}: ${says}. helm said: ${oneLine(err.message)}`);
  }
}

/**
 * helm retries a registry that answers 5xx until its own budget runs out, so "did not answer" would
 * often be wrong: the registry is asked once more, directly, and its status reported when it has one.
 */
async function timedOut(req: LoginRequest, timeoutMs: number): Promise<RegistryLoginError> {
  const probe = await probeRegistry(req, Math.min(PROBE_MS, timeoutMs));
  const kind = probe.status ? kindOfStatus(probe.status) : undefined;
  if (kind === 'server-error')
    return new RegistryLoginError(
      req.host,
      kind,
      `${req.host}: ${adviceFor(kind, 'login', { status: probe.status! }).says}: GET /v2/ answered HTTP ${probe.status}${probe.detail ? ` (${probe.detail})` : ''}; helm registry login kept retrying and was stopped after ${seconds(timeoutMs)}.`,
    );
  const said = probe.status ? ` Asked directly, the registry answers GET /v2/ (HTTP ${probe.status}).` : '';
  return new RegistryLoginError(
    req.host,
    'timeout',
    `${req.host}: ${adviceFor('timeout', 'login', { limit: seconds(timeoutMs) }).says}; helm registry login was stopped.${said}`,
  );
}

async function probeRegistry(req: LoginRequest, ms: number): Promise<{ status?: number; detail?: string }> {
  const ca = req.caFile ? await loadCaFile(req.caFile).catch(() => undefined) : undefined;
  try {
    const res = await httpGet(new URL(`https://${req.host}/v2/`), {
      signal: new Deadline(ms).signal,
      maxBytes: ERROR_BODY_BYTES,
      headers: { accept: 'application/json' },
      ...(ca ? { ca } : {}),
    });
    return { status: res.status, detail: oneLine(res.body, 200) };
  } catch (err) {
    if (err instanceof HttpFailure) return {};
    throw err;
  }
}

/** Removes `host` from the config; helm treats an absent entry as success. */
export async function registryLogout(helm: HelmClient, host: string, timeoutMs = DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS): Promise<void> {
  try {
    await helm.run(['registry', 'logout', host], { timeoutMs });
  } catch (err) {
    if (err instanceof ToolTimeoutError)
      throw new RegistryLoginError(
        host,
        'timeout',
        `${host}: ${adviceFor('timeout', 'login', { limit: seconds(timeoutMs) }).says}; helm registry logout was stopped.`,
      );
    if (err instanceof HelmError) throw new RegistryLoginError(host, err.kind, `${host}: ${oneLine(err.message)}`);
    throw err;
  }
}

/** The username and password helm stored for `host` in a registry config (registered as secrets), for API calls with the same login. */
export async function registryConfigCredentials(configPath: string, host: string): Promise<{ username: string; password: string } | undefined> {
  const config = JSON.parse(await readFile(configPath, 'utf8')) as { auths?: Record<string, { auth?: string }> };
  const auth = config.auths?.[host]?.auth;
  if (!auth) return undefined;
  registerSecret(auth);
  const decoded = Buffer.from(auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  const password = decoded.slice(colon + 1);
  registerSecret(password);
  return { username: decoded.slice(0, colon), password };
}
