/**
 * helm-login's engine: get helm, log in to every registry (into the registry config the caller
 * opened), then, when asked, prove the login by resolving a chart. Everything it found comes back
 * as a JSON-serialisable result; it writes nothing to the job (the action's glue reports).
 */
import { errorInfo, type ErrorInfo } from '../errors.js';
import { loadCaFile } from '../helm/ca-file.js';
import { resolveChart, type ChartRef, type ResolvedChart } from '../helm/chart.js';
import { setupHelm, type HelmSetup } from '../helm/install.js';
import { REGISTRY_CONFIG_ENV, registryConfigCredentials, type RegistryConfig } from '../helm/registry.js';
import type { Provider } from '../registry/hosts.js';
import { loginRegistries } from '../registry/login.js';

export interface LoginRunOptions {
  /** Registry hosts (`host[:port]`), as registryHost returns them. */
  hosts: readonly string[];
  /** `auto` recognises each host's provider from its name. */
  provider: Provider | 'auto';
  username?: string;
  password?: string;
  gcpAccessToken?: string;
  /** For provider ecr on a host that does not spell the account and region. */
  awsAccountId?: string;
  awsRegion?: string;
  awsEndpoint?: string;
  /** Absolute path of the CA bundle for registries with a private CA. */
  caFile?: string;
  /** A chart to resolve after the login; its registry must be among `hosts`. */
  verifyChart?: ChartRef;
  /** Limit for each registry operation (a token request, a login, the chart check, the helm download). */
  timeoutMs: number;
  helmVersion?: string;
  helmDownloadUrl?: string;
  /** The config the logins go to (openRegistryConfig). */
  registryConfig: RegistryConfig;
  /** For the helm download (the job's RUNNER_TEMP). */
  tempDir: string;
  /** Ends everything early (the job's cancellation). */
  signal?: AbortSignal;
}

export interface HostLogin {
  host: string;
  provider?: Provider;
  username?: string;
  ok: boolean;
  /** ISO time the token stops working, when the provider says (ECR). */
  expiresAt?: string;
  error?: ErrorInfo;
}

export interface LoginRunResult {
  /** Every host logged in and the chart (if asked for) resolved. */
  ok: boolean;
  helm: { path: string; version: string; source: HelmSetup['source'] };
  /** Things the job should be warned about, which did not stop it. */
  warnings: string[];
  registryConfig: RegistryConfig;
  logins: HostLogin[];
  /** The hosts logged in, in input order. */
  loggedIn: string[];
  chart?: ResolvedChart;
  chartError?: ErrorInfo;
}

export async function runLogin(options: LoginRunOptions): Promise<LoginRunResult> {
  // helm panics on a missing or unparsable --ca-file: check it before helm ever sees it.
  if (options.caFile) await loadCaFile(options.caFile);
  const limits = { timeoutMs: options.timeoutMs, ...(options.signal ? { signal: options.signal } : {}) };
  const setup = await setupHelm({ requested: options.helmVersion, downloadUrl: options.helmDownloadUrl, tempDir: options.tempDir, ...limits });
  const helm = setup.client.withEnv({ [REGISTRY_CONFIG_ENV]: options.registryConfig.path });
  const results = await loginRegistries(helm, options.hosts, {
    ...(options.provider !== 'auto' ? { override: { provider: options.provider, awsAccountId: options.awsAccountId, awsRegion: options.awsRegion } } : {}),
    username: options.username,
    password: options.password,
    gcpAccessToken: options.gcpAccessToken,
    awsEndpoint: options.awsEndpoint,
    caFile: options.caFile,
    ...limits,
  });
  const logins: HostLogin[] = results.map((r) => ({
    host: r.host,
    ...(r.provider ? { provider: r.provider } : {}),
    ...(r.username !== undefined ? { username: r.username } : {}),
    ok: r.ok,
    ...(r.expiresAt ? { expiresAt: r.expiresAt.toISOString() } : {}),
    ...(r.error ? { error: errorInfo(r.error) } : {}),
  }));
  const loggedIn = logins.filter((l) => l.ok).map((l) => l.host);

  let chart: ResolvedChart | undefined;
  let chartError: ErrorInfo | undefined;
  const verify = options.verifyChart;
  if (verify && loggedIn.includes(verify.registry)) {
    try {
      const creds = await registryConfigCredentials(options.registryConfig.path, verify.registry);
      chart = await resolveChart(helm, verify, { ...creds, caFile: options.caFile, ...limits });
    } catch (err) {
      chartError = errorInfo(err);
    }
  }
  return {
    ok: loggedIn.length === logins.length && !chartError,
    helm: { path: setup.client.path, version: setup.client.version.raw, source: setup.source },
    warnings: setup.warnings,
    registryConfig: options.registryConfig,
    logins,
    loggedIn,
    ...(chart ? { chart } : {}),
    ...(chartError ? { chartError } : {}),
  };
}
