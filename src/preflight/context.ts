/**
 * What every preflight check receives: the settings from the action's inputs, the config files
 * (loaded once, on first use) and the run's clients (src/preflight/clients.ts). Nothing is connected
 * or imported until a check of a group that needs it asks, so `checks: config` stays fast.
 */
import { which } from '@actions/io';
import type { V1Secret } from '@kubernetes/client-node';
import type { AwsClients } from '../aws/clients.js';
import { HelmClient } from '../helm/client.js';
import type { KubeClient } from '../kube/client.js';
import type { SslMode } from '../postgres/connect.js';
import { connectionSecrets } from '../postgres/host.js';
import { registerSecret } from '../report/secrets.js';
import type { PreflightClients } from './clients.js';
import type { ConfigCheckContext } from './config-checks.js';

export const CLOUDS = ['aws', 'gcp'] as const;
export type Cloud = (typeof CLOUDS)[number];

/** The five Data Plane buckets of the guide, in its order. */
export const BUCKET_KINDS = ['data', 'source', 'dataset', 'model', 'stages'] as const;
export type BucketKind = (typeof BUCKET_KINDS)[number];

export interface PostgresSettings {
  host?: string;
  /** When the host does not name one; else PostgreSQL's default. */
  port?: number;
  database?: string;
  user?: string;
  /** Registered as a secret by the action before it gets here. */
  password?: string;
  sslMode: SslMode;
  caFile?: string;
}

export interface PreflightSettings {
  /** Groups selected by the `checks` input: some verdicts depend on what else runs. */
  groups: readonly string[];
  /** Each check's time limit; network clients give up a little earlier so the failure keeps its cause. */
  checkTimeoutMs: number;
  release: string;
  namespace: string;
  /** The deploy creates the namespace, so its absence is a warning. */
  createNamespace: boolean;
  cloud?: Cloud;
  postgres: PostgresSettings;
  aws: {
    region?: string;
    queuePrefix: string;
    queueSuffix: string;
    /** Role name or ARN; else taken from the service account's IRSA annotation. */
    metadataRole?: string;
    /** Service-account issuer URL; else read from the cluster. */
    oidcIssuer?: string;
  };
  dataplane: {
    buckets: Partial<Record<BucketKind, string>>;
    mskSecret?: string;
    backgroundPersistenceNamespace: string;
    backgroundPersistenceServiceAccount: string;
    backgroundPersistenceRole?: string;
  };
  registry: { chart?: string; chartVersion?: string; caFile?: string };
}

export interface PreflightContext extends ConfigCheckContext {
  settings: PreflightSettings;
  /** The cluster client for the current kubeconfig, created on first use. */
  kube(): Promise<KubeClient>;
  /** The AWS SDK clients for the region and role ARNs of the settings. */
  aws(): AwsClients;
  /** Aborts when the run's clients close; a connection a check opens is bound to it as well as to the check's signal. */
  closing: AbortSignal;
  /** A Secret of the target namespace, read once and shared (undefined when it does not exist). */
  secret(name: string, signal?: AbortSignal): Promise<V1Secret | undefined>;
  /** helm from PATH, asked for its version once for the tools and registry groups. */
  helm(): Promise<HelmOnPath>;
}

export type HelmOnPath = { path?: undefined } | { path: string; client: HelmClient } | { path: string; error: string };

async function findHelm(): Promise<HelmOnPath> {
  const path = await which('helm', false);
  if (!path) return {};
  try {
    return { path, client: await HelmClient.at(path) };
  } catch (err) {
    return { path, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The Metadata Plane's two secrets and their names, from the guide. */
export const METADATA_SECRET = 'metadata-plane-secrets';
export const FRONTEND_SECRET = 'chalk-frontend-secrets';
/** The chart's API-server service account, bound to the IRSA role (guide: "IAM Role for the Metadata Plane API Server"). */
export const METADATA_SERVICE_ACCOUNT = 'chalk-metadata-plane';

/**
 * Work several checks share (a Secret, an IAM role), started by the first caller and awaited by
 * each under its own signal. The work is aborted only when every caller waiting for it has given
 * up (a caller without a signal never does), and is then forgotten so a later caller starts afresh.
 */
export function sharedWork<T>(work: (key: string, signal: AbortSignal) => Promise<T>): (key: string, signal?: AbortSignal) => Promise<T> {
  interface Entry {
    promise: Promise<T>;
    controller: AbortController;
    waiting: number;
    settled: boolean;
  }
  const entries = new Map<string, Entry>();
  return (key, signal) => {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    let entry = entries.get(key);
    if (!entry) {
      const controller = new AbortController();
      const e: Entry = { controller, waiting: 0, settled: false, promise: Promise.resolve(undefined as T) };
      e.promise = Promise.resolve()
        .then(() => work(key, controller.signal))
        .finally(() => {
          e.settled = true;
        });
      // Settled entries are kept (one read per run); a caller's rejection handler is attached below.
      e.promise.catch(() => {});
      entries.set(key, e);
      entry = e;
    }
    const e = entry;
    e.waiting++;
    if (!signal) return e.promise;
    return new Promise<T>((resolve, reject) => {
      const giveUp = (): void => {
        e.waiting--;
        if (e.waiting === 0 && !e.settled) {
          e.controller.abort(signal.reason);
          if (entries.get(key) === e) entries.delete(key);
        }
        reject(signal.reason as Error);
      };
      signal.addEventListener('abort', giveUp, { once: true });
      e.promise.then(
        (value) => {
          signal.removeEventListener('abort', giveUp);
          e.waiting--;
          resolve(value);
        },
        (err: unknown) => {
          signal.removeEventListener('abort', giveUp);
          e.waiting--;
          reject(err as Error);
        },
      );
    });
  };
}

export function createContext(base: ConfigCheckContext, settings: PreflightSettings, clients: PreflightClients): PreflightContext {
  // A connection URL given as postgres-host carries a password: masked before any check can print anything.
  if (settings.postgres.host) for (const s of connectionSecrets(settings.postgres.host)) registerSecret(s);
  let helm: Promise<HelmOnPath> | undefined;
  const secret = sharedWork(async (name, signal) => (await ctx.kube()).readSecret(settings.namespace, name, signal));
  const ctx: PreflightContext = {
    ...base,
    settings,
    kube: () => clients.kube(),
    aws: () => clients.awsClients({ region: settings.aws.region, arns: [settings.aws.metadataRole, settings.dataplane.backgroundPersistenceRole] }),
    closing: clients.closing,
    helm: () => (helm ??= findHelm()),
    secret,
  };
  return ctx;
}
