/**
 * The `registry` group: the guide's "verify that you are properly authenticated" step — the chart
 * reference resolves with the current registry login (helm's registry config, as helm-login leaves
 * it): its versions are listed over the registry API and helm itself fetches the chart.
 */
import { existsSync } from 'node:fs';
import { ChartAccessError, parseChartRef, resolveChart, type RegistryAccess } from '../helm/chart.js';
import { HelmClient } from '../helm/client.js';
import type { HelmErrorKind } from '../helm/errors.js';
import { registryConfigCredentials } from '../helm/registry.js';
import { registerSecret } from '../report/secrets.js';
import type { Check, CheckOutcome } from '../checks/check.js';
import type { PreflightContext } from './context.js';

const FIX: Partial<Record<HelmErrorKind, string>> = {
  unauthorized: 'Log in to the registry first (the helm-login action, or `helm registry login`), with a current token.',
  forbidden: 'Give Chalk your AWS account ID or Google project ID so they grant it pull access to the chart registry.',
  'not-found': 'Check the chart path and version (e.g. oci://754784422779.dkr.ecr.us-east-1.amazonaws.com/charts/chalk-metadata-plane).',
  tls: 'Pass the CA that signed the registry certificate as ca-file.',
  connection: "Check the registry host and the runner's network access to it.",
};

/** Where helm keeps registry logins: $HELM_REGISTRY_CONFIG, as `helm env` reports it. */
async function registryConfigPath(helm: HelmClient): Promise<string | undefined> {
  const out = await helm.exec(['env', 'HELM_REGISTRY_CONFIG']);
  return (out.exitCode === 0 && out.stdout.trim()) || undefined;
}

async function chartCheck(ctx: PreflightContext): Promise<CheckOutcome> {
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
  const config = await registryConfigPath(helm);
  const login = config && existsSync(config) ? await registryConfigCredentials(config, ref.registry) : undefined;
  registerSecret(login?.password);
  const access: RegistryAccess = { ...(login ?? {}), ...(caFile ? { caFile } : {}) };
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
    return { verdict: 'fail', finding: `${err.message}${hint}`, fix: FIX[err.kind] ?? 'Check the registry and the chart reference.' };
  }
}

export function registryChecks(): Check<PreflightContext>[] {
  return [{ id: 'registry.chart', group: 'registry', title: 'Chart reference resolves with the current registry login', run: (ctx) => chartCheck(ctx) }];
}
