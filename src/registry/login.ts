/**
 * Logging a job in to every registry it names: each host's provider produces credentials
 * (concurrently: they are independent API calls), then helm logs in to each in turn (one config
 * file, so no concurrent writers). A failing host is reported next to the others, not instead of them,
 * with its typed error.
 */
import { ChalkError } from '../errors.js';
import type { HelmClient } from '../helm/client.js';
import { registryLogin } from '../helm/registry.js';
import { oneLine } from '../report/text.js';
import { CredentialError, type RegistryCredentials } from './credentials.js';
import { ecrCredentials, ecrPublicCredentials } from './ecr.js';
import { genericCredentials } from './generic.js';
import { artifactRegistryCredentials } from './google.js';
import { resolveTarget, type Provider, type ProviderOverride, type RegistryTarget } from './hosts.js';

export interface LoginOptions {
  /** An explicit provider for every host; detection from the host name otherwise. */
  override?: ProviderOverride;
  username?: string;
  password?: string;
  gcpAccessToken?: string;
  /** ECR / ECR Public API endpoint (tests, VPC endpoints); the SDK's own AWS_ENDPOINT_URL_ECR also works. */
  awsEndpoint?: string;
  caFile?: string;
  /** Limit for each `helm registry login` and each ECR token request. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface LoginResult {
  host: string;
  provider?: Provider;
  username?: string;
  ok: boolean;
  /** Why it failed: a typed error naming the host and the cause, with the fix. */
  error?: ChalkError;
  expiresAt?: Date;
}

export async function loginRegistries(helm: HelmClient, hosts: readonly string[], options: LoginOptions): Promise<LoginResult[]> {
  const prepared = await Promise.all(
    hosts.map(async (host): Promise<{ target?: RegistryTarget; creds?: RegistryCredentials; error?: ChalkError }> => {
      let target: RegistryTarget | undefined;
      try {
        target = resolveTarget(host, options.override);
        return { target, creds: await credentialsFor(target, options) };
      } catch (err) {
        return { ...(target ? { target } : {}), error: typed(host, err) };
      }
    }),
  );
  const results: LoginResult[] = [];
  for (const [i, { target, creds, error }] of prepared.entries()) {
    const host = hosts[i]!;
    const base = { host, ...(target ? { provider: target.provider } : {}), ...(creds ? { username: creds.username } : {}) };
    if (!creds) {
      results.push({ ...base, ok: false, ...(error ? { error } : {}) });
      continue;
    }
    try {
      await registryLogin(helm, {
        host,
        username: creds.username,
        password: creds.password,
        ...(options.caFile ? { caFile: options.caFile } : {}),
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      results.push({ ...base, ok: true, ...(creds.expiresAt ? { expiresAt: creds.expiresAt } : {}) });
    } catch (err) {
      results.push({ ...base, ok: false, error: typed(host, err) });
    }
  }
  return results;
}

/** Anything a provider or helm threw, as a typed error: the typed ones as they are, the rest as an unknown credential failure. */
function typed(host: string, err: unknown): ChalkError {
  if (err instanceof ChalkError) return err;
  return new CredentialError(
    host,
    'unknown',
    `${host}: ${oneLine(err instanceof Error ? err.message : String(err))}`,
    'Check the registry host and the inputs for it.',
  );
}

function credentialsFor(target: RegistryTarget, options: LoginOptions): Promise<RegistryCredentials> {
  const limits = { ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}), ...(options.signal ? { signal: options.signal } : {}) };
  switch (target.provider) {
    case 'ecr':
      return ecrCredentials({ ...target, ...(options.awsEndpoint ? { endpoint: options.awsEndpoint } : {}), ...limits });
    case 'ecr-public':
      return ecrPublicCredentials(target.host, { ...(options.awsEndpoint ? { endpoint: options.awsEndpoint } : {}), ...limits });
    case 'artifact-registry':
      return artifactRegistryCredentials(target.host, options.gcpAccessToken, options.timeoutMs);
    case 'generic':
      return Promise.resolve(genericCredentials(target.host, options.username ?? '', options.password ?? ''));
  }
}
