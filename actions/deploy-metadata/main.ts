import * as core from '@actions/core';
import { resolve } from 'node:path';
import { runEntry } from '../../src/action/entry.js';
import { getBoolean, getDuration, getList, getOneOf, getOptional, getString, InputError, shown } from '../../src/action/inputs.js';
import { runnerTemp, workspace } from '../../src/action/paths.js';
import { digestInput, nonEmptyLines } from '../../src/action/release-inputs.js';
import { ApplyKube } from '../../src/apply/kube-apply.js';
import { runDeployMetadata, type MetadataSecrets } from '../../src/apply/metadata.js';
import { githubProvenance, lockHolder } from '../../src/apply/provenance.js';
import type { TraceTarget } from '../../src/apply/release.js';
import { displayPath } from '../../src/config/chalk-config.js';
import { parseChartRef } from '../../src/helm/chart.js';
import { setupHelm } from '../../src/helm/install.js';
import { assertName } from '../../src/kube/names.js';
import { cancellation } from '../../src/process/cancellation.js';
import { annotate, annotation } from '../../src/report/annotations.js';
import { metadataSummary } from '../../src/report/deploy-summary.js';
import { generated, setOutputs, writeSummary } from '../../src/report/outputs.js';
import { registerSecret } from '../../src/report/secrets.js';
import { Defaults, Inputs, Outputs } from './names.js';

const TRACE_TARGETS = ['objects', 'namespace', 'off'] as const satisfies readonly TraceTarget[];

// Bundled dependencies (the Kubernetes client's fetch) trip Node deprecation warnings the user can do nothing about.
process.noDeprecation = true;

/** The two Secrets' values: registered as secrets before anything runs; each Secret takes all its keys or none. */
function secretInputs(): MetadataSecrets {
  const read = (name: string): string => core.getInput(name).trim();
  const password = read(Inputs.PostgresPassword);
  const clientSecret = read(Inputs.GoogleClientSecret);
  registerSecret(password);
  registerSecret(clientSecret);
  const postgres = { user: read(Inputs.PostgresUser), password, host: read(Inputs.PostgresHost), db: read(Inputs.PostgresDb) };
  const google = { clientId: read(Inputs.GoogleClientId), clientSecret };
  const all = <T extends object>(group: T, names: string[]): T | undefined => {
    const given = Object.values(group).filter(Boolean).length;
    if (given === 0) return undefined;
    if (given < names.length) throw new InputError(`Inputs ${names.join(', ')} create one Secret together: give all of them or none.`);
    return group;
  };
  return {
    ...(all(postgres, [Inputs.PostgresUser, Inputs.PostgresPassword, Inputs.PostgresHost, Inputs.PostgresDb]) ? { postgres } : {}),
    ...(all(google, [Inputs.GoogleClientId, Inputs.GoogleClientSecret]) ? { google } : {}),
  };
}

function chartInput(): string {
  const chart = getOptional(Inputs.Chart) ?? `oci://${getString(Inputs.Registry, Defaults.Registry)}/charts/chalk-metadata-plane`;
  const ref = parseChartRef(chart);
  if (ref.tag || ref.digest) throw new InputError(`Input ${Inputs.Chart} must not carry a tag or digest (${shown(chart)}): use the version and digest inputs.`);
  return ref.url;
}

export function run(): Promise<void> {
  return runEntry(async () => {
    const secrets = secretInputs();
    const ws = workspace();
    const cwd = resolve(ws, getString(Inputs.WorkingDirectory, Defaults.WorkingDirectory));
    const version = getOptional(Inputs.Version);
    const digest = digestInput(getOptional(Inputs.Digest), `Input ${Inputs.Digest}`);
    if (!version && !digest) throw new InputError(`Set the ${Inputs.Version} or ${Inputs.Digest} input: a deploy is pinned, never "whatever is newest".`);
    const historyMax = Number(getString(Inputs.HistoryMax, Defaults.HistoryMax));
    if (!Number.isInteger(historyMax) || historyMax < 0) throw new InputError(`Input ${Inputs.HistoryMax} must be a whole number, 0 for no limit.`);
    const caFile = getOptional(Inputs.CaFile);
    const provenance = githubProvenance(process.env);
    const chart = chartInput();
    const target = {
      release: assertName('release', getString(Inputs.Release, Defaults.Release), `Input ${Inputs.Release}`),
      namespace: assertName('namespace', getString(Inputs.Namespace, Defaults.Namespace), `Input ${Inputs.Namespace}`),
      chart: { chart, ...(version ? { version } : {}), ...(digest ? { digest } : {}) },
      valuesFiles: [...getList(Inputs.ValuesFiles), ...(getOptional(Inputs.SeedFile) ? [getString(Inputs.SeedFile)] : [])].map((f) => {
        const path = resolve(cwd, f);
        return { path, display: displayPath(path, ws) };
      }),
      set: nonEmptyLines(core.getInput(Inputs.Set)),
      timeoutMs: getDuration(Inputs.Timeout, Defaults.Timeout),
      historyMax,
    };
    const settings = {
      recoverPending: getBoolean(Inputs.RecoverPending),
      recoverPendingAfterMs: getDuration(Inputs.RecoverPendingAfter, Defaults.RecoverPendingAfter),
      force: getBoolean(Inputs.Force),
      dryRun: getBoolean(Inputs.DryRun),
      lock: { holder: lockHolder(provenance, process.env), waitMs: getDuration(Inputs.LockTimeout, Defaults.LockTimeout) },
      provenance,
      trace: getOneOf(Inputs.Trace, TRACE_TARGETS) ?? 'objects',
      ...(caFile ? { caFile: resolve(ws, caFile) } : {}),
      signal: cancellation.signal,
    };
    const checkTimeoutMs = getDuration(Inputs.CheckTimeout, Defaults.CheckTimeout);

    const [{ client: helm, warnings }, kube] = await Promise.all([setupHelm({ tempDir: runnerTemp() }), ApplyKube.load()]);
    for (const w of warnings) core.warning(w);
    const result = await runDeployMetadata({
      config: {
        valuesFiles: getList(Inputs.ValuesFiles),
        seedFile: getOptional(Inputs.SeedFile),
        workingDirectory: cwd,
        workspace: ws,
        allowHttp: getBoolean(Inputs.AllowHttp),
      },
      target,
      secrets,
      settings: { ...settings, helm, kube },
      checkTimeoutMs,
    }).finally(() => kube.close());

    for (const check of result.checks) annotate(check.problems, check.title);
    const release = result.release;
    const origin = release?.error?.origin;
    if (origin)
      annotation('error', `${release.error!.message}${release.error!.fix ? ` Fix: ${release.error!.fix}` : ''}`, {
        title: 'helm could not render the chart',
        file: origin.file,
        line: origin.line,
        col: origin.col,
      });
    setOutputs({
      [Outputs.Revision]: release?.revision,
      [Outputs.PreviousRevision]: release?.previousRevision,
      [Outputs.Status]: release?.status,
      [Outputs.ChartVersion]: release?.chart.version,
      [Outputs.ChartDigest]: release?.chart.digest ? generated(release.chart.digest) : undefined,
      // A dry run changes nothing, whatever it would do.
      [Outputs.Changed]: !settings.dryRun && Boolean(release?.changed || result.secrets.some((s) => s.action !== 'unchanged')),
      [Outputs.DurationSeconds]: Math.round(result.durationMs / 100) / 10,
    });
    await writeSummary(metadataSummary(result));
    if (result.ok) return;
    const why = result.refused
      ? `the ${result.refused === 'config' ? 'configuration' : 'Secrets'} failed the preflight checks (see the summary); the release was not touched.`
      : (release?.error ?? result.error)?.message;
    const fix = (release?.error ?? result.error)?.fix;
    core.setFailed(`deploy-metadata ${result.cancelled ? 'was cancelled' : 'failed'}: ${why ?? 'see the summary'}${fix ? ` Fix: ${fix}` : ''}`);
  });
}
