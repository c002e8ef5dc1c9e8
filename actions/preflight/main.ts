import * as core from '@actions/core';
import { resolve } from 'node:path';
import { getBoolean, getChoices, getDuration, getList, getString, InputError } from '../../src/action/inputs.js';
import { runEntry, workspace } from '../../src/action/entry.js';
import { BUCKET_KINDS, CLOUDS, POSTGRES_SSL_MODES } from '../../src/preflight/context.js';
import { CHECK_GROUPS, runPreflight } from '../../src/preflight/run.js';
import { registerSecret } from '../../src/report/secrets.js';

export const Inputs = {
  ValuesFiles: 'values-files',
  SeedFile: 'seed-file',
  Checks: 'checks',
  WorkingDirectory: 'working-directory',
  AllowHttp: 'allow-http',
  CheckTimeout: 'check-timeout',
  ReportPath: 'report-path',
  Release: 'release',
  Namespace: 'namespace',
  CreateNamespace: 'create-namespace',
  Cloud: 'cloud',
  PostgresHost: 'postgres-host',
  PostgresPort: 'postgres-port',
  PostgresDatabase: 'postgres-database',
  PostgresUser: 'postgres-user',
  PostgresPassword: 'postgres-password',
  PostgresSslMode: 'postgres-sslmode',
  PostgresCaFile: 'postgres-ca-file',
  AwsRegion: 'aws-region',
  SqsQueuePrefix: 'sqs-queue-prefix',
  SqsQueueSuffix: 'sqs-queue-suffix',
  MetadataRole: 'metadata-role',
  OidcIssuer: 'oidc-issuer',
  MskSecret: 'msk-secret',
  BackgroundPersistenceNamespace: 'background-persistence-namespace',
  BackgroundPersistenceServiceAccount: 'background-persistence-service-account',
  BackgroundPersistenceRole: 'background-persistence-role',
  Chart: 'chart',
  ChartVersion: 'chart-version',
  CaFile: 'ca-file',
} as const;

/** One value of `allowed`, or undefined when the input is empty. */
function getOne<T extends string>(name: string, allowed: readonly T[]): T | undefined {
  const [value, ...rest] = getChoices(name, allowed, []);
  if (rest.length) throw new InputError(`Input ${name} takes one value; allowed: ${allowed.join(', ')}.`);
  return value;
}

function getPort(name: string): number | undefined {
  const raw = getString(name);
  if (!raw) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new InputError(`Input ${name} must be a port number (1-65535), but it is "${raw}".`);
  return port;
}

const optional = (name: string): string | undefined => getString(name) || undefined;

// Bundled dependencies (the Kubernetes client's fetch) trip Node deprecation warnings the user can do nothing about.
process.noDeprecation = true;

await runEntry(async () => {
  // Registered before anything else runs, so no later log line can carry it.
  const postgresPassword = core.getInput(Inputs.PostgresPassword);
  registerSecret(postgresPassword);
  const ws = workspace();
  const path = (p: string | undefined): string | undefined => (p ? resolve(ws, p) : undefined);
  const { report } = await runPreflight({
    groups: getChoices(Inputs.Checks, CHECK_GROUPS, ['config']),
    configFiles: {
      valuesFiles: getList(Inputs.ValuesFiles),
      seedFile: getString(Inputs.SeedFile) || undefined,
      workingDirectory: resolve(ws, getString(Inputs.WorkingDirectory, '.')),
      workspace: ws,
      allowHttp: getBoolean(Inputs.AllowHttp),
    },
    settings: {
      release: getString(Inputs.Release, 'chalk-metadata-plane'),
      namespace: getString(Inputs.Namespace, 'chalk-metadata'),
      createNamespace: getBoolean(Inputs.CreateNamespace),
      cloud: getOne(Inputs.Cloud, CLOUDS),
      postgres: {
        host: optional(Inputs.PostgresHost),
        port: getPort(Inputs.PostgresPort),
        database: optional(Inputs.PostgresDatabase),
        user: optional(Inputs.PostgresUser),
        password: postgresPassword || undefined,
        sslMode: getOne(Inputs.PostgresSslMode, POSTGRES_SSL_MODES) ?? 'prefer',
        caFile: path(optional(Inputs.PostgresCaFile)),
      },
      aws: {
        region: optional(Inputs.AwsRegion),
        queuePrefix: getString(Inputs.SqsQueuePrefix),
        queueSuffix: getString(Inputs.SqsQueueSuffix),
        metadataRole: optional(Inputs.MetadataRole),
        oidcIssuer: optional(Inputs.OidcIssuer),
      },
      dataplane: {
        buckets: Object.fromEntries(BUCKET_KINDS.flatMap((kind) => (getString(`s3-${kind}-bucket`) ? [[kind, getString(`s3-${kind}-bucket`)]] : []))),
        mskSecret: optional(Inputs.MskSecret),
        backgroundPersistenceNamespace: getString(Inputs.BackgroundPersistenceNamespace, 'background-persistence'),
        backgroundPersistenceServiceAccount: getString(Inputs.BackgroundPersistenceServiceAccount, 'background-persistence'),
        backgroundPersistenceRole: optional(Inputs.BackgroundPersistenceRole),
      },
      registry: { chart: optional(Inputs.Chart), chartVersion: optional(Inputs.ChartVersion), caFile: path(optional(Inputs.CaFile)) },
    },
    checkTimeoutMs: getDuration(Inputs.CheckTimeout, '60s'),
    reportPath: getString(Inputs.ReportPath) || undefined,
  });
  if (!report.ok)
    core.setFailed(`Chalk preflight found ${report.errorCount} error${report.errorCount === 1 ? '' : 's'}; see the annotations and the job summary.`);
});
// A check that timed out may leave a socket a library will not close; the verdicts are written, so end here.
process.exit();
