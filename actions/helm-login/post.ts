import * as core from '@actions/core';
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { runEntry } from '../../src/action/entry.js';
import { HelmClient } from '../../src/helm/client.js';
import { registryLogout } from '../../src/helm/registry.js';
import { REGISTRY_CONFIG_ENV, State } from './names.js';

await runEntry(async () => {
  const registryConfig = core.getState(State.RegistryConfig);
  if (!registryConfig) return core.info('helm-login did not get as far as creating a registry config; nothing to clean up.');
  if (core.getState(State.SkipLogout) === 'true') return core.info(`skip-logout: leaving the logins in ${registryConfig}.`);
  const hosts = JSON.parse(core.getState(State.Hosts) || '[]') as string[];
  const problems: string[] = [];
  if (hosts.length) {
    const helm = await HelmClient.at(core.getState(State.HelmPath), { env: { [REGISTRY_CONFIG_ENV]: registryConfig } });
    for (const host of hosts) {
      await registryLogout(helm, host).then(
        () => core.info(`Logged out of ${host}.`),
        (err: Error) => problems.push(`${host}: ${err.message}`),
      );
    }
  }
  // Only a config this job created is deleted; one the workflow chose is left to it.
  if (core.getState(State.OwnsConfig) === 'true') {
    await rm(dirname(registryConfig), { recursive: true, force: true });
    core.info(`Deleted ${registryConfig}.`);
  }
  if (problems.length) core.warning(`helm registry logout failed for ${problems.join('; ')}`);
});
