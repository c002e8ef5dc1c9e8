import * as core from '@actions/core';
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { runEntry } from '../../src/action/entry.js';
import { HelmClient } from '../../src/helm/client.js';
import { DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS, REGISTRY_CONFIG_ENV, registryLogout } from '../../src/helm/registry.js';
import { State } from './names.js';

export function run(): Promise<void> {
  return runEntry(async () => {
    const registryConfig = core.getState(State.RegistryConfig);
    if (!registryConfig) return core.info('helm-login did not get as far as creating a registry config; nothing to clean up.');
    if (core.getState(State.SkipLogout) === 'true') return core.info(`skip-logout: leaving the logins in ${registryConfig}.`);
    const owned = core.getState(State.OwnsConfig) === 'true';
    const problems: string[] = [];
    try {
      await logoutAll(registryConfig, problems);
    } catch (err) {
      problems.push((err as Error).message);
    } finally {
      // Whatever happened to helm, a config this job created (and the logins in it) must not outlive the job;
      // one the workflow chose is left to it.
      if (owned) {
        await rm(dirname(registryConfig), { recursive: true, force: true });
        core.info(`Deleted ${registryConfig}.`);
      }
    }
    if (problems.length)
      core.warning(
        `helm registry logout failed: ${problems.join('; ')}. ${owned ? `The logins were removed anyway with ${registryConfig}.` : `The logins may still be in ${registryConfig}.`}`,
      );
  });
}

async function logoutAll(registryConfig: string, problems: string[]): Promise<void> {
  const hosts = JSON.parse(core.getState(State.Hosts) || '[]') as string[];
  if (!hosts.length) return;
  const timeoutMs = Number(core.getState(State.TimeoutMs)) || DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS;
  const helm = await HelmClient.at(core.getState(State.HelmPath), { env: { [REGISTRY_CONFIG_ENV]: registryConfig } });
  for (const host of hosts) {
    await registryLogout(helm, host, timeoutMs).then(
      () => core.info(`Logged out of ${host}.`),
      (err: Error) => problems.push(err.message),
    );
  }
}
