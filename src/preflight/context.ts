/**
 * What every preflight check receives: the settings from the action's inputs, the config files
 * (loaded once, on first use) and lazily created clients. Nothing is connected or imported until
 * a check of a group that needs it asks, so `checks: config` stays as fast as before.
 */
import { which } from '@actions/io';
import type { V1Secret } from '@kubernetes/client-node';
import { HelmClient } from '../helm/client.js';
import { KubeClient } from '../kube/client.js';
import type { ConfigCheckContext } from './config-checks.js';

export const CLOUDS = ['aws', 'gcp'] as const;
export type Cloud = (typeof CLOUDS)[number];

export const POSTGRES_SSL_MODES = ['prefer', 'require', 'verify-full', 'disable'] as const;
export type PostgresSslMode = (typeof POSTGRES_SSL_MODES)[number];

/** The five Data Plane buckets of the guide, in its order. */
export const BUCKET_KINDS = ['data', 'source', 'dataset', 'model', 'stages'] as const;
export type BucketKind = (typeof BUCKET_KINDS)[number];

export interface PostgresSettings {
  host?: string;
  port?: number;
  database?: string;
  user?: string;
  /** Registered as a secret by the action before it gets here. */
  password?: string;
  sslMode: PostgresSslMode;
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
  /** A Secret of the target namespace, read once and shared (undefined when it does not exist). */
  secret(name: string): Promise<V1Secret | undefined>;
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

export function createContext(base: ConfigCheckContext, settings: PreflightSettings): PreflightContext {
  let kube: Promise<KubeClient> | undefined;
  let helm: Promise<HelmOnPath> | undefined;
  const secrets = new Map<string, Promise<V1Secret | undefined>>();
  const ctx: PreflightContext = {
    ...base,
    settings,
    kube: () => (kube ??= KubeClient.load()),
    helm: () => (helm ??= findHelm()),
    secret(name) {
      let read = secrets.get(name);
      if (!read) {
        read = ctx.kube().then((k) => k.readSecret(settings.namespace, name));
        secrets.set(name, read);
      }
      return read;
    },
  };
  return ctx;
}
