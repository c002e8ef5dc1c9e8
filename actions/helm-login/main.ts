import * as core from '@actions/core';
import { dirname, resolve } from 'node:path';
import { getBoolean, getDuration, getList, getString, InputError } from '../../src/action/inputs.js';
import { runEntry } from '../../src/action/entry.js';
import { runnerTemp, workspace } from '../../src/action/paths.js';
import { parseChartRef } from '../../src/helm/chart.js';
import { KEPT_LOGINS_ENV, openRegistryConfig, REGISTRY_CONFIG_ENV } from '../../src/helm/registry.js';
import { keepLogins } from '../../src/login/kept-logins.js';
import { loginFailure, loginSummary } from '../../src/login/report.js';
import { runLogin, type LoginRunOptions, type LoginRunResult } from '../../src/login/run.js';
import { PROVIDERS, registryHost, type Provider } from '../../src/registry/hosts.js';
import { generated, setOutputs, writeSummary } from '../../src/report/outputs.js';
import { registerSecret } from '../../src/report/secrets.js';
import { oneLine } from '../../src/report/text.js';
import { Defaults, Inputs, Outputs, State } from './names.js';

export function run(): Promise<void> {
  return runEntry(async () => {
    const inputs = readInputs();
    const skipLogout = getBoolean(Inputs.SkipLogout);
    // An earlier helm-login step (or the workflow) may already have chosen the job's config: share it.
    const registryConfig = await openRegistryConfig(process.env[REGISTRY_CONFIG_ENV] || undefined, runnerTemp());
    // Saved before any login, so post cleans up whatever happens to main.
    core.exportVariable(REGISTRY_CONFIG_ENV, registryConfig.path);
    core.saveState(State.RegistryConfig, registryConfig.path);
    core.saveState(State.OwnsConfig, String(registryConfig.owned));
    core.saveState(State.SkipLogout, String(skipLogout));
    core.saveState(State.TimeoutMs, String(inputs.timeoutMs));

    const result = await runLogin({ ...inputs, registryConfig, tempDir: runnerTemp() });
    await report(result, skipLogout);
    const failure = loginFailure(result);
    if (failure) throw new Error(failure);
  });
}

function readInputs(): Omit<LoginRunOptions, 'registryConfig' | 'tempDir'> {
  const password = core.getInput(Inputs.Password);
  const gcpAccessToken = getString(Inputs.GcpAccessToken);
  registerSecret(password);
  registerSecret(gcpAccessToken);

  const hosts = [
    ...new Set(
      getList(Inputs.Registries).map((entry) => {
        try {
          return registryHost(entry);
        } catch (err) {
          throw new InputError(`Input ${Inputs.Registries}: ${(err as Error).message}`);
        }
      }),
    ),
  ];
  if (!hosts.length) throw new InputError(`Input ${Inputs.Registries} is empty: name at least one registry host.`);
  const provider = getString(Inputs.Provider, Defaults.Provider);
  if (provider !== 'auto' && !(PROVIDERS as readonly string[]).includes(provider))
    throw new InputError(`Input ${Inputs.Provider} must be auto or one of ${PROVIDERS.join(', ')}, but it is "${oneLine(provider, 100)}".`);
  // Per registry operation (at least 1 s): helm waits forever on a registry that accepts the connection and stays silent.
  const timeoutMs = getDuration(Inputs.Timeout, Defaults.Timeout);
  let verifyChart;
  try {
    verifyChart = getString(Inputs.VerifyChart) ? parseChartRef(getString(Inputs.VerifyChart)) : undefined;
  } catch (err) {
    throw new InputError(`Input ${Inputs.VerifyChart}: ${(err as Error).message}`);
  }
  if (verifyChart && !hosts.includes(verifyChart.registry))
    throw new InputError(`Input ${Inputs.VerifyChart} is on ${verifyChart.registry}, which is not among the registries to log in to (${hosts.join(', ')}).`);
  const caFile = getString(Inputs.CaFile);
  return {
    hosts,
    provider: provider as Provider | 'auto',
    username: getString(Inputs.Username),
    password,
    gcpAccessToken,
    awsAccountId: getString(Inputs.AwsAccountId),
    awsRegion: getString(Inputs.AwsRegion),
    awsEndpoint: getString(Inputs.AwsEndpoint),
    ...(caFile ? { caFile: resolve(workspace(), caFile) } : {}),
    ...(verifyChart ? { verifyChart } : {}),
    timeoutMs,
    helmVersion: getString(Inputs.HelmVersion),
    helmDownloadUrl: getString(Inputs.HelmDownloadUrl, Defaults.HelmDownloadUrl),
  };
}

async function report(result: LoginRunResult, skipLogout: boolean): Promise<void> {
  core.saveState(State.HelmPath, result.helm.path);
  core.saveState(State.Hosts, JSON.stringify(result.loggedIn));
  if (result.helm.source !== 'path') core.addPath(dirname(result.helm.path));
  if (skipLogout && result.loggedIn.length)
    core.exportVariable(KEPT_LOGINS_ENV, keepLogins(process.env[KEPT_LOGINS_ENV], result.registryConfig.path, result.loggedIn));
  for (const warning of result.warnings) core.warning(warning);
  // All made by the toolkit (validated hosts, its own path, helm's version, semver tags): never altered by a weak secret.
  setOutputs({
    [Outputs.Registries]: generated(result.loggedIn.join(',')),
    [Outputs.RegistryConfig]: generated(result.registryConfig.path),
    [Outputs.HelmVersion]: generated(result.helm.version),
    [Outputs.ChartVersions]: result.chart ? generated(JSON.stringify(result.chart.versions)) : undefined,
  });
  await writeSummary(loginSummary(result), { keep: [result.registryConfig.path, result.helm.version] });
  // The user name can come from a remote token (ECR): one line, so it cannot start a workflow command.
  for (const l of result.logins) if (l.ok) core.info(`Logged in to ${l.host} as ${oneLine(l.username ?? '')} (${l.provider ?? ''}).`);
}
