import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { runEntry } from '../../src/action/entry.js';
import { getBoolean, getDuration, getList, getOneOf, getOptional, getPath, getString, InputError, shown } from '../../src/action/inputs.js';
import { runnerTemp, workspace } from '../../src/action/paths.js';
import { lockPathFor } from '../../src/apply/chart-lock.js';
import { AMI_FAMILIES, backgroundPersistence, clusterIssuer, ec2NodeClass, type ClusterResource } from '../../src/apply/cluster-resources.js';
import { runChartLock, runDeployDataplane, type DeployDataplaneResult } from '../../src/apply/dataplane.js';
import { DEFAULT_CHART_SET_YAML } from '../../src/apply/default-chart-set.js';
import { ApplyKube } from '../../src/apply/kube-apply.js';
import { githubProvenance, lockHolder } from '../../src/apply/provenance.js';
import type { TraceTarget } from '../../src/apply/release.js';
import { displayPath } from '../../src/config/chalk-config.js';
import { loadChartSet, parseChartSet, type ChartSet } from '../../src/config/chart-set.js';
import { setupHelm } from '../../src/helm/install.js';
import type { ValuesFile } from '../../src/plan/locate.js';
import { REGISTRY_CONFIG_ENV, registryConfigCredentials } from '../../src/helm/registry.js';
import { assertName } from '../../src/kube/names.js';
import { cancellation } from '../../src/process/cancellation.js';
import { annotate, annotation } from '../../src/report/annotations.js';
import { dataplaneSummary } from '../../src/report/deploy-summary.js';
import { generated, setOutputs, writeSummary } from '../../src/report/outputs.js';
import { Defaults, Inputs, Outputs } from './names.js';

const MODES = ['deploy', 'lock'] as const;
const TRACE_TARGETS = ['objects', 'namespace', 'off'] as const satisfies readonly TraceTarget[];

// Bundled dependencies (the Kubernetes client's fetch) trip Node deprecation warnings the user can do nothing about.
process.noDeprecation = true;

/** `key=value` lines of an input, as a map. */
function pairs(name: string): [string, string][] {
  return getList(name).map((entry) => {
    const i = entry.indexOf('=');
    if (i <= 0 || i === entry.length - 1) throw new InputError(`Input ${name}: ${shown(entry)} is not key=value.`);
    return [entry.slice(0, i).trim(), entry.slice(i + 1).trim()];
  });
}

function clusterResources(): ClusterResource[] {
  const resources: ClusterResource[] = [];
  const email = getOptional(Inputs.ClusterIssuerEmail);
  if (email) {
    const region = getOptional(Inputs.Route53Region);
    if (!region) throw new InputError(`Input ${Inputs.Route53Region} is required with ${Inputs.ClusterIssuerEmail}: the DNS-01 solver calls Route 53 there.`);
    const zone = getOptional(Inputs.Route53HostedZoneId);
    const role = getOptional(Inputs.Route53RoleArn);
    resources.push(
      clusterIssuer({
        name: assertName('object', getString(Inputs.ClusterIssuerName, Defaults.ClusterIssuerName), `Input ${Inputs.ClusterIssuerName}`),
        email,
        server: getString(Inputs.ClusterIssuerServer, Defaults.ClusterIssuerServer),
        region,
        ...(zone ? { hostedZoneId: zone } : {}),
        ...(role ? { roleArn: role } : {}),
      }),
    );
  }
  const nodeRole = getOptional(Inputs.NodeClassRole);
  if (nodeRole) {
    const subnetTags = Object.fromEntries(pairs(Inputs.NodeClassSubnetTags));
    if (Object.keys(subnetTags).length === 0)
      throw new InputError(`Input ${Inputs.NodeClassSubnetTags} is required with ${Inputs.NodeClassRole}: Karpenter picks the nodes' subnets by tag.`);
    const groupTags = Object.fromEntries(pairs(Inputs.NodeClassSecurityGroupTags));
    const family = getString(Inputs.NodeClassAmiFamily, Defaults.NodeClassAmiFamily);
    const amiFamily = AMI_FAMILIES.find((f) => f.toLowerCase() === family.toLowerCase());
    if (!amiFamily) throw new InputError(`Input ${Inputs.NodeClassAmiFamily} must be ${AMI_FAMILIES.join(' or ')}, but it is ${shown(family)}.`);
    resources.push(
      ec2NodeClass({
        name: assertName('object', getString(Inputs.NodeClassName, Defaults.NodeClassName), `Input ${Inputs.NodeClassName}`),
        amiFamily,
        role: nodeRole,
        subnetTags,
        securityGroupTags: Object.keys(groupTags).length ? groupTags : subnetTags,
      }),
    );
  }
  const bpRole = getOptional(Inputs.BackgroundPersistenceRoleArn);
  if (bpRole)
    resources.push(
      backgroundPersistence({
        namespace: assertName(
          'namespace',
          getString(Inputs.BackgroundPersistenceNamespace, Defaults.BackgroundPersistenceNamespace),
          `Input ${Inputs.BackgroundPersistenceNamespace}`,
        ),
        serviceAccount: assertName(
          'object',
          getString(Inputs.BackgroundPersistenceServiceAccount, Defaults.BackgroundPersistenceServiceAccount),
          `Input ${Inputs.BackgroundPersistenceServiceAccount}`,
        ),
        roleArn: bpRole,
      }),
    );
  return resources;
}

/** helm's registry config: the one helm-login exported, else helm's default location. */
function registryConfigPath(): string {
  const env = process.env;
  return env[REGISTRY_CONFIG_ENV] || join(env.HELM_CONFIG_HOME || join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'helm'), 'registry', 'config.json');
}

export function run(): Promise<void> {
  return runEntry(async () => {
    const ws = workspace();
    const cwd = resolve(ws, getPath(Inputs.WorkingDirectory) ?? Defaults.WorkingDirectory);
    const mode = getOneOf(Inputs.Mode, MODES) ?? 'deploy';
    const chartSetInput = getPath(Inputs.ChartSet);
    const chartSetPath = resolve(cwd, chartSetInput ?? 'chart-set.yaml');
    const loaded = chartSetInput
      ? await loadChartSet(chartSetPath, { workspace: ws })
      : await parseChartSet(DEFAULT_CHART_SET_YAML, chartSetPath, { workspace: ws });
    annotate(loaded.problems, 'Chart set');
    if (!loaded.chartSet)
      throw new InputError(
        `The chart set ${displayPath(chartSetPath, ws)} has ${loaded.problems.filter((p) => p.severity === 'error').length} error(s); see the annotations.`,
      );
    const chartSet: ChartSet = loaded.chartSet;
    const releaseValues: Record<string, ValuesFile[]> = {};
    for (const [release, file] of pairs(Inputs.ReleaseValues)) {
      if (!chartSet.releases.some((r) => r.name === release))
        throw new InputError(`Input ${Inputs.ReleaseValues} names ${shown(release)}, which is not a release of ${chartSet.file}.`);
      const path = resolve(cwd, file);
      if (!existsSync(path)) throw new InputError(`Input ${Inputs.ReleaseValues}: ${displayPath(path, ws)} (for ${release}) does not exist.`);
      (releaseValues[release] ??= []).push({ path, display: displayPath(path, ws) });
    }
    const lockPath = resolve(cwd, getPath(Inputs.LockFile) ?? lockPathFor(chartSetPath));
    const maxParallel = Number(getString(Inputs.MaxParallel, Defaults.MaxParallel));
    if (!Number.isInteger(maxParallel) || maxParallel < 1) throw new InputError(`Input ${Inputs.MaxParallel} must be a whole number of at least 1.`);
    const historyMax = Number(getString(Inputs.HistoryMax, Defaults.HistoryMax));
    if (!Number.isInteger(historyMax) || historyMax < 0) throw new InputError(`Input ${Inputs.HistoryMax} must be a whole number, 0 for no limit.`);
    const caFile = getOptional(Inputs.CaFile) ? resolve(ws, getString(Inputs.CaFile)) : undefined;
    const provenance = githubProvenance(process.env);

    const files = { chartSet, lockPath, lockShown: displayPath(lockPath, ws), maxParallel };
    const deploy =
      mode === 'deploy'
        ? {
            resources: clusterResources(),
            defaultTimeoutMs: getDuration(Inputs.Timeout, Defaults.Timeout),
            historyMax,
            releaseValues,
            settings: {
              ...(caFile ? { caFile } : {}),
              recoverPending: getBoolean(Inputs.RecoverPending),
              recoverPendingAfterMs: getDuration(Inputs.RecoverPendingAfter, Defaults.RecoverPendingAfter),
              force: getBoolean(Inputs.Force),
              dryRun: getBoolean(Inputs.DryRun),
              lock: { holder: lockHolder(provenance, process.env), waitMs: getDuration(Inputs.LockTimeout, Defaults.LockTimeout) },
              provenance,
              trace: getOneOf(Inputs.Trace, TRACE_TARGETS) ?? 'objects',
              signal: cancellation.signal,
            },
          }
        : undefined;

    const { client: helm, warnings } = await setupHelm({ tempDir: runnerTemp() });
    for (const w of warnings) core.warning(w);
    let result: DeployDataplaneResult;
    if (deploy) {
      const kube = await ApplyKube.load();
      result = await runDeployDataplane({ ...files, ...deploy, settings: { ...deploy.settings, helm, kube } }).finally(() => kube.close());
    } else
      result = await runChartLock({
        ...files,
        helm,
        registryAccess: async (host) => ({
          ...(await registryConfigCredentials(registryConfigPath(), host).catch(() => undefined)),
          ...(caFile ? { caFile } : {}),
          signal: cancellation.signal,
        }),
        signal: cancellation.signal,
      });

    for (const r of result.releases) {
      const origin = r.error?.origin;
      if (origin)
        annotation('error', `${r.release}: ${r.error!.message}`, {
          title: 'helm could not render the chart',
          file: origin.file,
          line: origin.line,
          col: origin.col,
        });
    }
    setOutputs({
      [Outputs.Releases]: JSON.stringify(
        result.releases.map((r) => ({
          release: r.release,
          namespace: r.namespace,
          outcome: r.outcome,
          revision: r.revision ?? null,
          version: r.chart.version ?? null,
        })),
      ),
      // A dry run changes nothing, whatever it would do.
      [Outputs.Changed]:
        !deploy?.settings.dryRun && (result.releases.some((r) => r.changed) || result.resources.some((r) => r.objects.some((o) => o.action !== 'unchanged'))),
      [Outputs.FirstFailure]: result.firstFailure ?? '',
      [Outputs.LockFile]: generated(lockPath),
      [Outputs.DurationSeconds]: Math.round(result.durationMs / 100) / 10,
    });
    await writeSummary(dataplaneSummary(result), { keep: [lockPath] });
    if (result.ok) return;
    const failed = result.releases.find((r) => r.release === result.firstFailure)?.error ?? result.resources.find((r) => r.id === result.firstFailure)?.error;
    const error = failed ?? result.error;
    core.setFailed(
      `deploy-dataplane ${result.cancelled ? 'was cancelled' : 'failed'}${result.firstFailure ? ` at ${result.firstFailure}` : ''}: ${error?.message ?? 'see the summary'}${error?.fix ? ` Fix: ${error.fix}` : ''}`,
    );
  });
}
