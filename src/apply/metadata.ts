/**
 * deploy-metadata's engine: the guide's "Deploying the Chalk Metadata Plane". The preflight config
 * checks run first and an invalid config is refused before the cluster is touched; then the
 * namespace, the two Secrets (applied server-side from inputs, or checked for their keys as preflight
 * does), and the release itself (deployRelease).
 */
import { runChecks, type CheckResult } from '../checks/check.js';
import type { ConfigFiles } from '../config/chalk-config.js';
import { errorInfo, type ErrorInfo } from '../errors.js';
import { PreflightClients } from '../preflight/clients.js';
import { configChecks, memoizedConfig } from '../preflight/config-checks.js';
import { createContext, FRONTEND_SECRET, METADATA_SECRET } from '../preflight/context.js';
import { secretsChecks } from '../preflight/secrets-checks.js';
import type { ApplyAction, ApplyOutcome } from './kube-apply.js';
import { deployRelease, readRelease, type DeploySettings, type ReleaseResult, type ReleaseTarget } from './release.js';

/** Secret values from the action's inputs, registered as secrets before they get here. */
export interface MetadataSecrets {
  postgres?: { user: string; password: string; host: string; db: string };
  google?: { clientId: string; clientSecret: string };
}

export interface DeployMetadataOptions {
  config: ConfigFiles;
  target: ReleaseTarget;
  secrets: MetadataSecrets;
  settings: DeploySettings;
  /** Time limit of each config and secrets check. */
  checkTimeoutMs: number;
}

export interface DeployMetadataResult {
  ok: boolean;
  /** The deploy stopped before helm: the config or the Secrets are not usable. */
  refused?: 'config' | 'secrets';
  /** The preflight checks run (config, and secrets when not created from inputs). */
  checks: CheckResult[];
  namespaceAction?: ApplyAction;
  /** Secrets applied from inputs. */
  secrets: ApplyOutcome[];
  release?: ReleaseResult;
  cancelled: boolean;
  error?: ErrorInfo;
  durationMs: number;
}

export async function runDeployMetadata(options: DeployMetadataOptions): Promise<DeployMetadataResult> {
  const started = Date.now();
  const { settings, target } = options;
  const result: DeployMetadataResult = { ok: false, checks: [], secrets: [], cancelled: false, durationMs: 0 };
  const clients = new PreflightClients({ credentialTimeoutMs: options.checkTimeoutMs });
  const context = createContext(
    { config: memoizedConfig(options.config) },
    {
      groups: ['config', 'secrets'],
      checkTimeoutMs: options.checkTimeoutMs,
      release: target.release,
      namespace: target.namespace,
      createNamespace: false,
      postgres: { port: 5432, sslMode: 'require' },
      aws: { queuePrefix: '', queueSuffix: '' },
      dataplane: { buckets: {}, backgroundPersistenceNamespace: '', backgroundPersistenceServiceAccount: '' },
      registry: {},
    },
    clients,
  );
  // The release's history and its offline plan are read (nothing is written) while the config and the
  // Secrets are checked; the deploy then starts from them. A refusal stops the reading.
  const stopReading = new AbortController();
  let writesDone!: () => void;
  const afterWrites = new Promise<void>((resolve) => (writesDone = resolve));
  const reading = readRelease(target, { ...settings, signal: AbortSignal.any([settings.signal, stopReading.signal]) }, afterWrites);
  let readingUsed = false;
  try {
    result.checks = await runChecks(configChecks(), context, options.checkTimeoutMs);
    if (failed(result.checks)) {
      result.refused = 'config';
      return result;
    }
    result.namespaceAction = await settings.kube.ensureNamespace(target.namespace, { dryRun: settings.dryRun });
    // A dry run into a namespace that does not exist yet: the Secrets would be created, and there is nothing to check.
    const noNamespaceYet = settings.dryRun && result.namespaceAction === 'created';
    const fromInputs = secretObjects(target.namespace, options.secrets);
    result.secrets = await Promise.all(
      fromInputs.map((secret) =>
        noNamespaceYet
          ? { kind: secret.kind, name: secret.metadata.name, namespace: target.namespace, action: 'created' as const }
          : settings.kube.apply(secret, { dryRun: settings.dryRun }),
      ),
    );
    const unchecked = secretsChecks().filter((c) => c.id !== 'secrets.namespace' && !fromInputs.some((s) => c.id === `secrets.${s.metadata.name}`));
    if (unchecked.length && !noNamespaceYet) {
      const secretChecks = await runChecks(unchecked, context, options.checkTimeoutMs);
      result.checks.push(...secretChecks);
      if (failed(secretChecks)) {
        result.refused = 'secrets';
        return result;
      }
    }
    writesDone();
    readingUsed = true;
    result.release = await deployRelease(target, settings, reading);
    result.ok = !result.release.error;
  } catch (err) {
    result.error = errorInfo(err);
  } finally {
    if (!readingUsed) {
      stopReading.abort();
      writesDone();
      await reading.catch(() => undefined);
    }
    await clients.close();
    result.cancelled = settings.signal.aborted;
    result.durationMs = Date.now() - started;
  }
  return result;
}

const failed = (checks: readonly CheckResult[]): boolean => checks.some((c) => c.verdict === 'fail');

const b64 = (value: string): string => Buffer.from(value, 'utf8').toString('base64');

/** The guide's two Secrets, for the groups given as inputs. */
function secretObjects(namespace: string, secrets: MetadataSecrets) {
  const secret = (name: string, data: Record<string, string>) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'Opaque',
    metadata: { name, namespace, labels: { 'app.kubernetes.io/managed-by': 'chalk-actions' } },
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)])),
  });
  return [
    ...(secrets.postgres
      ? [
          secret(METADATA_SECRET, {
            POSTGRES_USER: secrets.postgres.user,
            POSTGRES_PASSWORD: secrets.postgres.password,
            POSTGRES_HOST: secrets.postgres.host,
            POSTGRES_DB: secrets.postgres.db,
          }),
        ]
      : []),
    ...(secrets.google ? [secret(FRONTEND_SECRET, { GOOGLE_CLIENT_ID: secrets.google.clientId, GOOGLE_CLIENT_SECRET: secrets.google.clientSecret })] : []),
  ];
}
