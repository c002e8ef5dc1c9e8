import * as core from '@actions/core';
import { resolve } from 'node:path';
import { getBoolean, getDuration, getList, getString, InputError } from '../../src/action/inputs.js';
import { runEntry } from '../../src/action/entry.js';
import { runnerTemp, workspace } from '../../src/action/paths.js';
import { parseChartRef, resolveChart, type ResolvedChart } from '../../src/helm/chart.js';
import { setupHelm } from '../../src/helm/install.js';
import { createRegistryConfig, registryConfigCredentials } from '../../src/helm/registry.js';
import { oneLine } from '../../src/report/text.js';
import { PROVIDERS, registryHost, type Provider } from '../../src/registry/hosts.js';
import { loginRegistries } from '../../src/registry/login.js';
import { loginSummary } from '../../src/registry/report.js';
import { setOutputs, writeSummary } from '../../src/report/outputs.js';
import { registerSecret } from '../../src/report/secrets.js';
import { REGISTRY_CONFIG_ENV } from '../../src/helm/registry.js';
import { Inputs, Outputs, State } from './names.js';

export function run(): Promise<void> {
  return runEntry(async () => {
    const password = core.getInput(Inputs.Password);
    const gcpAccessToken = core.getInput(Inputs.GcpAccessToken).trim();
    registerSecret(password);
    registerSecret(gcpAccessToken);

    const hosts = [...new Set(getList(Inputs.Registries).map(registryHost))];
    if (!hosts.length) throw new InputError(`Input ${Inputs.Registries} is empty: name at least one registry host.`);
    const provider = getString(Inputs.Provider, 'auto');
    if (provider !== 'auto' && !(PROVIDERS as readonly string[]).includes(provider))
      throw new InputError(`Input ${Inputs.Provider} must be auto or one of ${PROVIDERS.join(', ')}, but it is "${provider}".`);
    const caFile = getString(Inputs.CaFile) ? resolve(workspace(), getString(Inputs.CaFile)) : undefined;
    const verifyChart = getString(Inputs.VerifyChart) ? parseChartRef(getString(Inputs.VerifyChart)) : undefined;
    // Per registry operation: helm waits forever on a registry that accepts the connection and stays silent.
    const timeoutMs = getDuration(Inputs.Timeout, '2m');
    if (timeoutMs < 1000) throw new InputError(`Input ${Inputs.Timeout} must be at least 1s, but it is "${getString(Inputs.Timeout)}".`);
    if (verifyChart && !hosts.includes(verifyChart.registry))
      throw new InputError(`Input ${Inputs.VerifyChart} is on ${verifyChart.registry}, which is not among the registries to log in to (${hosts.join(', ')}).`);

    const { client, source } = await setupHelm({ requested: getString(Inputs.HelmVersion), downloadUrl: getString(Inputs.HelmDownloadUrl) });
    // An earlier helm-login step (or the workflow) may already have chosen the job's config: share it.
    const existing = process.env[REGISTRY_CONFIG_ENV];
    const registryConfig = existing || (await createRegistryConfig(runnerTemp()));
    core.exportVariable(REGISTRY_CONFIG_ENV, registryConfig);
    core.saveState(State.RegistryConfig, registryConfig);
    core.saveState(State.OwnsConfig, String(!existing));
    core.saveState(State.HelmPath, client.path);
    core.saveState(State.SkipLogout, String(getBoolean(Inputs.SkipLogout)));
    core.saveState(State.TimeoutMs, String(timeoutMs));
    const helm = client.withEnv({ [REGISTRY_CONFIG_ENV]: registryConfig });

    const results = await loginRegistries(helm, hosts, {
      ...(provider !== 'auto'
        ? { override: { provider: provider as Provider, awsAccountId: getString(Inputs.AwsAccountId), awsRegion: getString(Inputs.AwsRegion) } }
        : {}),
      username: getString(Inputs.Username),
      password,
      gcpAccessToken,
      awsEndpoint: getString(Inputs.AwsEndpoint),
      timeoutMs,
      ...(caFile ? { caFile } : {}),
    });
    const loggedIn = results.filter((r) => r.ok).map((r) => r.host);
    core.saveState(State.Hosts, JSON.stringify(loggedIn));

    let chart: ResolvedChart | undefined;
    let chartError: string | undefined;
    if (verifyChart && loggedIn.includes(verifyChart.registry)) {
      const creds = await registryConfigCredentials(registryConfig, verifyChart.registry);
      chart = await resolveChart(helm, verifyChart, { ...creds, timeoutMs, ...(caFile ? { caFile } : {}) }).catch((err: Error) => {
        chartError = err.message;
        return undefined;
      });
    }

    setOutputs({
      [Outputs.Registries]: loggedIn.join(','),
      [Outputs.RegistryConfig]: registryConfig,
      [Outputs.HelmVersion]: client.version.raw,
      ...(chart ? { [Outputs.ChartVersions]: JSON.stringify(chart.versions) } : {}),
    });
    await writeSummary(
      loginSummary({
        results,
        helmVersion: client.version.raw,
        helmSource: source,
        registryConfig,
        ...(chart ? { chart } : {}),
        ...(chartError ? { chartError } : {}),
      }),
    );
    // The user name can come from a remote token (ECR): one line, so it cannot start a workflow command.
    for (const r of results) if (r.ok) core.info(`Logged in to ${r.host} as ${oneLine(r.username ?? '')} (${r.provider}).`);
    const failures = [
      ...results.filter((r) => !r.ok).map((r) => r.error ?? r.host),
      ...(chartError ? [`verify-chart ${verifyChart?.url}: ${chartError}`] : []),
    ];
    if (failures.length)
      throw new Error(`helm-login: ${failures.length} problem${failures.length > 1 ? 's' : ''}:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  });
}
