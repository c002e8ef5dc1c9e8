import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { getBoolean, getChoices, getDuration, getList, getOneOf, getOptional, getPort, getString, InputError, shown } from '../../src/action/inputs.js';
import { runEntry } from '../../src/action/entry.js';
import { runnerTemp, workspace } from '../../src/action/paths.js';
import { assertName } from '../../src/kube/names.js';
import { SSL_MODES } from '../../src/postgres/connect.js';
import { PreflightClients } from '../../src/preflight/clients.js';
import { BUCKET_KINDS, CLOUDS, type BucketKind } from '../../src/preflight/context.js';
import { reportAnnotations, summaryMarkdown, type PreflightReport } from '../../src/preflight/report.js';
import { CHECK_GROUPS, runPreflight, type PreflightOptions } from '../../src/preflight/run.js';
import { annotate } from '../../src/report/annotations.js';
import { generated, setOutputs, writeSummary } from '../../src/report/outputs.js';
import { redactJson, registerSecret } from '../../src/report/secrets.js';
import { Defaults, Inputs, Outputs } from './names.js';

const BUCKET_INPUTS: Record<BucketKind, string> = {
  data: Inputs.S3DataBucket,
  source: Inputs.S3SourceBucket,
  dataset: Inputs.S3DatasetBucket,
  model: Inputs.S3ModelBucket,
  stages: Inputs.S3StagesBucket,
};

// Bundled dependencies (the Kubernetes client's fetch) trip Node deprecation warnings the user can do nothing about.
process.noDeprecation = true;

export function run(): Promise<void> {
  return runEntry(async () => {
    // Registered before anything else runs, so no later log line can carry it.
    const postgresPassword = core.getInput(Inputs.PostgresPassword);
    registerSecret(postgresPassword);
    const options = readOptions(postgresPassword);
    const reportPath = reportPathInput();
    const clients = new PreflightClients({ credentialTimeoutMs: options.checkTimeoutMs });
    let report: PreflightReport;
    try {
      report = await runPreflight({ ...options, clients });
    } finally {
      // A check that timed out may have left a socket or a credential plugin behind: the step ends only once they are gone.
      await clients.close();
    }
    await publish(report, reportPath);
  });
}

/** The report-path input, resolved against the workspace; a path is one line (it becomes an output, which later steps may echo). */
function reportPathInput(): string | undefined {
  const raw = getOptional(Inputs.ReportPath);
  // eslint-disable-next-line no-control-regex -- control characters are what is refused.
  if (raw && /[\u0000-\u001f\u007f]/.test(raw))
    throw new InputError(`Input ${Inputs.ReportPath} ${shown(raw)} holds a line break or another control character.`, 'Give a plain file path.');
  return raw ? resolve(workspace(), raw) : undefined;
}

/** The engine's options from the inputs; every input error is thrown here, before anything runs. */
function readOptions(postgresPassword: string): Omit<PreflightOptions, 'clients'> {
  const ws = workspace();
  const path = (p: string | undefined): string | undefined => (p ? resolve(ws, p) : undefined);
  const name = (kind: 'namespace' | 'release' | 'object', input: string, fallback: string): string =>
    assertName(kind, getString(input, fallback), `Input ${input}`);
  return {
    groups: getChoices(Inputs.Checks, CHECK_GROUPS, [Defaults.Checks]),
    configFiles: {
      valuesFiles: getList(Inputs.ValuesFiles),
      seedFile: getOptional(Inputs.SeedFile),
      workingDirectory: resolve(ws, getString(Inputs.WorkingDirectory, Defaults.WorkingDirectory)),
      workspace: ws,
      allowHttp: getBoolean(Inputs.AllowHttp),
    },
    settings: {
      release: name('release', Inputs.Release, Defaults.Release),
      namespace: name('namespace', Inputs.Namespace, Defaults.Namespace),
      createNamespace: getBoolean(Inputs.CreateNamespace),
      cloud: getOneOf(Inputs.Cloud, CLOUDS),
      postgres: {
        host: getOptional(Inputs.PostgresHost),
        port: getPort(Inputs.PostgresPort),
        database: getOptional(Inputs.PostgresDatabase),
        user: getOptional(Inputs.PostgresUser),
        password: postgresPassword || undefined,
        sslMode: getOneOf(Inputs.PostgresSslMode, SSL_MODES) ?? Defaults.PostgresSslMode,
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
        buckets: Object.fromEntries(BUCKET_KINDS.flatMap((kind) => (getString(BUCKET_INPUTS[kind]) ? [[kind, getString(BUCKET_INPUTS[kind])]] : []))),
        mskSecret: getOptional(Inputs.MskSecret),
        backgroundPersistenceNamespace: name('namespace', Inputs.BackgroundPersistenceNamespace, Defaults.BackgroundPersistenceNamespace),
        backgroundPersistenceServiceAccount: name('object', Inputs.BackgroundPersistenceServiceAccount, Defaults.BackgroundPersistenceServiceAccount),
        backgroundPersistenceRole: getOptional(Inputs.BackgroundPersistenceRole),
      },
      registry: { chart: getOptional(Inputs.Chart), chartVersion: getOptional(Inputs.ChartVersion), caFile: path(getOptional(Inputs.CaFile)) },
    },
    checkTimeoutMs: getDuration(Inputs.CheckTimeout, Defaults.CheckTimeout),
  };
}

/**
 * The report as the job sees it: annotations, the JSON file, the summary and the outputs. A report
 * file that cannot be written fails the step with the reason, after the summary and outputs are written.
 */
async function publish(report: PreflightReport, requestedPath: string | undefined): Promise<void> {
  for (const { title, problems } of reportAnnotations(report)) annotate(problems, title);
  const target = requestedPath ?? join(runnerTemp(), `chalk-preflight-${randomBytes(6).toString('hex')}.json`);
  const fileError = await writeReportFile(report, target).then(
    () => undefined,
    (err: unknown) => reportFileError(err, target, requestedPath !== undefined),
  );
  const note = fileError ? `\n> [!WARNING]\n> The JSON report was not written: ${fileError.message}\n` : '';
  await writeSummary(summaryMarkdown(report) + note, { keep: fileError ? [] : [target] });
  setOutputs({
    [Outputs.Ok]: report.ok,
    [Outputs.ErrorCount]: report.errorCount,
    [Outputs.WarningCount]: report.warningCount,
    [Outputs.Report]: fileError ? undefined : generated(target),
  });
  if (!report.ok)
    core.setFailed(`Chalk preflight found ${report.errorCount} error${report.errorCount === 1 ? '' : 's'}; see the annotations and the job summary.`);
  if (fileError) throw fileError;
}

/** Every string in the report redacted, numbers and booleans as they are: valid JSON whatever a secret is. */
async function writeReportFile(report: PreflightReport, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(redactJson(report), null, 2) + '\n', { mode: 0o600 });
}

const FILE_ERRORS: Record<string, string> = {
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of its path is a file, not a directory',
  // mkdir's answer when a directory of the path exists as a file.
  EEXIST: 'a part of its path is a file, not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
};

function reportFileError(err: unknown, path: string, fromInput: boolean): Error {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const why = FILE_ERRORS[code] ?? (err instanceof Error ? err.message : String(err));
  if (!fromInput) return new Error(`Cannot write the JSON report to ${path}: ${why}.`);
  return new InputError(
    `Input ${Inputs.ReportPath} ${shown(path)} cannot be written: ${why}.`,
    `Set ${Inputs.ReportPath} to a file path the job may write, or leave it empty for a file under RUNNER_TEMP.`,
  );
}
