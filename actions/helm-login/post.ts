import * as core from '@actions/core';
import { runEntry } from '../../src/action/entry.js';
import { DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS, KEPT_LOGINS_ENV } from '../../src/helm/registry.js';
import { keptLogins } from '../../src/login/kept-logins.js';
import { runLogout } from '../../src/login/logout.js';
import { oneLine } from '../../src/report/text.js';
import { State } from './names.js';

export function run(): Promise<void> {
  return runEntry(async () => {
    const registryConfig = core.getState(State.RegistryConfig);
    if (!registryConfig) return core.info('helm-login did not get as far as creating a registry config; nothing to clean up.');
    const config = oneLine(registryConfig);
    const skipLogout = core.getState(State.SkipLogout) === 'true';
    const kept = keptLogins(process.env[KEPT_LOGINS_ENV], registryConfig);
    const result = await runLogout({
      registryConfig,
      owned: core.getState(State.OwnsConfig) === 'true',
      helmPath: core.getState(State.HelmPath),
      hosts: hostsOf(core.getState(State.Hosts)),
      kept,
      skipLogout,
      timeoutMs: Number(core.getState(State.TimeoutMs)) || DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS,
    });
    if (skipLogout) return core.info(`skip-logout: leaving the logins in ${config}.`);
    for (const host of result.loggedOut) core.info(`Logged out of ${host}.`);
    if (result.kept.length)
      core.info(`Left ${result.kept.join(', ')} logged in: another helm-login step of this job kept ${result.kept.length > 1 ? 'them' : 'it'} (skip-logout).`);
    if (result.deleted) core.info(`Deleted ${config}.`);
    else if (kept.length) core.info(`Left ${config} in place: it holds ${kept.join(', ')}, kept by a helm-login step with skip-logout.`);
    if (result.problems.length)
      core.warning(
        `helm registry logout failed: ${result.problems.map((p) => p.message).join('; ')}. ${result.deleted ? `The logins were removed anyway with ${config}.` : `The logins may still be in ${config}.`}`,
      );
  });
}

function hostsOf(state: string): string[] {
  try {
    const hosts = JSON.parse(state || '[]') as unknown;
    return Array.isArray(hosts) ? hosts.filter((h): h is string => typeof h === 'string') : [];
  } catch {
    return [];
  }
}
