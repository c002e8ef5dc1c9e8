/**
 * The `registry` group: the guide's "verify that you are properly authenticated" step — the chart
 * reference resolves with the current registry login (helm's registry config, as helm-login leaves
 * it): its versions are listed over the registry API and helm itself fetches the chart.
 */
import { existsSync } from 'node:fs';
import { ChartAccessError, parseChartRef, resolveChart, type RegistryAccess } from '../helm/chart.js';
import type { HelmClient } from '../helm/client.js';
import { registryConfigCredentials } from '../helm/registry.js';
import { registerSecret } from '../report/secrets.js';
import type { Check, CheckOutcome } from '../checks/check.js';
import type { PreflightContext } from './context.js';

/** Where helm keeps registry logins: $HELM_REGISTRY_CONFIG, as `helm env` reports it. */
async function registryConfigPath(helm: HelmClient, signal: AbortSignal): Promise<string | undefined> {
  const out = await helm.exec(['env', 'HELM_REGISTRY_CONFIG'], { signal });
  return (out.exitCode === 0 && out.stdout.trim()) || undefined;
}

async function chartCheck(ctx: PreflightContext, signal: AbortSignal): Promise<CheckOutcome> {
  const { chart: reference, chartVersion, caFile } = ctx.settings.registry;
  if (!reference) return { verdict: 'fail', finding: 'input chart is empty', fix: 'Set chart to the OCI reference of the Metadata Plane chart.' };
  let ref;
  try {
    ref = parseChartRef(reference);
  } catch (err) {
    return { verdict: 'fail', finding: (err as Error).message, fix: 'Use an oci:// reference as the guide does.' };
  }
  if (chartVersion && !ref.tag && !ref.digest) ref = { ...ref, tag: chartVersion };
  const found = await ctx.helm();
  if (!found.path) return { verdict: 'fail', finding: 'helm is not on PATH, so the chart cannot be fetched', fix: 'See the tools group: install helm.' };
  if ('error' in found)
    return { verdict: 'fail', finding: `helm cannot run, so the chart cannot be fetched: ${found.error}`, fix: 'See the tools group: install helm.' };
  const helm = found.client;
  const config = await registryConfigPath(helm, signal);
  const login = config && existsSync(config) ? await registryConfigCredentials(config, ref.registry) : undefined;
  registerSecret(login?.password);
  // One deadline for the listing and helm's fetch, just inside the check's own, so a timeout keeps its cause.
  const timeoutMs = Math.max(1000, ctx.settings.checkTimeoutMs - 1000);
  const access: RegistryAccess = { ...(login ?? {}), ...(caFile ? { caFile } : {}), timeoutMs, signal };
  try {
    const resolved = await resolveChart(helm, ref, access);
    return {
      verdict: 'pass',
      finding: `${ref.url} ${resolved.version} resolves${resolved.digest ? ` (${resolved.digest})` : ''} with ${login ? `the login for ${ref.registry}` : 'anonymous access'}; ${resolved.versions.length} version${resolved.versions.length === 1 ? '' : 's'} available`,
    };
  } catch (err) {
    if (!(err instanceof ChartAccessError)) throw err;
    const hint =
      !login && (err.kind === 'unauthorized' || err.kind === 'forbidden') ? ` (no login for ${ref.registry} in ${config ?? "helm's registry config"})` : '';
    return { verdict: 'fail', finding: `${err.message}${hint}`, fix: err.fix };
  }
}

export function registryChecks(): Check<PreflightContext>[] {
  return [
    {
      id: 'registry.chart',
      group: 'registry',
      title: 'Chart reference resolves with the current registry login',
      run: (ctx, signal) => chartCheck(ctx, signal),
    },
  ];
}
