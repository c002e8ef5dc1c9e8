import * as core from '@actions/core';
import { resolve } from 'node:path';
import { getBoolean, getChoices, getDuration, getList, getOneOf, getOptional, getPort, getString } from '../../src/action/inputs.js';
import { runEntry } from '../../src/action/entry.js';
import { workspace } from '../../src/action/paths.js';
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

/** `s3-<kind>-bucket`, one input per Data Plane bucket of the guide. */
const bucketInput = (kind: string): string => `s3-${kind}-bucket`;

// Bundled dependencies (the Kubernetes client's fetch) trip Node deprecation warnings the user can do nothing about.
process.noDeprecation = true;

export function run(): Promise<void> {
  return runEntry(async () => {
    // Registered before anything else runs, so no later log line can carry it.
    const postgresPassword = core.getInput(Inputs.PostgresPassword);
    registerSecret(postgresPassword);
    const ws = workspace();
    const path = (p: string | undefined): string | undefined => (p ? resolve(ws, p) : undefined);
    const { report } = await runPreflight({
      groups: getChoices(Inputs.Checks, CHECK_GROUPS, ['config']),
      configFiles: {
        valuesFiles: getList(Inputs.ValuesFiles),
        seedFile: getOptional(Inputs.SeedFile),
        workingDirectory: resolve(ws, getString(Inputs.WorkingDirectory, '.')),
        workspace: ws,
        allowHttp: getBoolean(Inputs.AllowHttp),
      },
      settings: {
        release: getString(Inputs.Release, 'chalk-metadata-plane'),
        namespace: getString(Inputs.Namespace, 'chalk-metadata'),
        createNamespace: getBoolean(Inputs.CreateNamespace),
        cloud: getOneOf(Inputs.Cloud, CLOUDS),
        postgres: {
          host: getOptional(Inputs.PostgresHost),
          port: getPort(Inputs.PostgresPort),
          database: getOptional(Inputs.PostgresDatabase),
          user: getOptional(Inputs.PostgresUser),
          password: postgresPassword || undefined,
          sslMode: getOneOf(Inputs.PostgresSslMode, POSTGRES_SSL_MODES) ?? 'require',
          caFile: path(getOptional(Inputs.PostgresCaFile)),
        },
        aws: {
          region: getOptional(Inputs.AwsRegion),
          queuePrefix: getString(Inputs.SqsQueuePrefix),
          queueSuffix: getString(Inputs.SqsQueueSuffix),
          metadataRole: getOptional(Inputs.MetadataRole),
          oidcIssuer: getOptional(Inputs.OidcIssuer),
        },
        dataplane: {
          buckets: Object.fromEntries(BUCKET_KINDS.flatMap((kind) => (getString(bucketInput(kind)) ? [[kind, getString(bucketInput(kind))]] : []))),
          mskSecret: getOptional(Inputs.MskSecret),
          backgroundPersistenceNamespace: getString(Inputs.BackgroundPersistenceNamespace, 'background-persistence'),
          backgroundPersistenceServiceAccount: getString(Inputs.BackgroundPersistenceServiceAccount, 'background-persistence'),
          backgroundPersistenceRole: getOptional(Inputs.BackgroundPersistenceRole),
        },
        registry: { chart: getOptional(Inputs.Chart), chartVersion: getOptional(Inputs.ChartVersion), caFile: path(getOptional(Inputs.CaFile)) },
      },
      checkTimeoutMs: getDuration(Inputs.CheckTimeout, '60s'),
      reportPath: getOptional(Inputs.ReportPath),
    });
    if (!report.ok)
      core.setFailed(`Chalk preflight found ${report.errorCount} error${report.errorCount === 1 ? '' : 's'}; see the annotations and the job summary.`);
  });
}
