/**
 * helm-login's post engine: log out of the hosts this step logged in to, except those another step
 * of the job kept (skip-logout) in the same config, then delete the config when this step created
 * it and nothing in it is to be kept. Whatever helm does, an owned config without kept logins is
 * deleted: the credentials in it must not outlive the job.
 */
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { errorInfo, type ErrorInfo } from '../errors.js';
import { HelmClient } from '../helm/client.js';
import { REGISTRY_CONFIG_ENV, registryLogout } from '../helm/registry.js';

export interface LogoutRunOptions {
  registryConfig: string;
  /** This step created the config. */
  owned: boolean;
  /** The helm main used (it may be gone by now). */
  helmPath: string;
  /** Hosts this step logged in to. */
  hosts: readonly string[];
  /** Hosts any step of the job kept in this config (skip-logout). */
  kept: readonly string[];
  skipLogout: boolean;
  timeoutMs: number;
}

export interface LogoutRunResult {
  loggedOut: string[];
  /** Hosts left logged in (this step's skip-logout, or another step's). */
  kept: string[];
  /** The config's directory was deleted. */
  deleted: boolean;
  problems: ErrorInfo[];
}

export async function runLogout(options: LogoutRunOptions): Promise<LogoutRunResult> {
  if (options.skipLogout) return { loggedOut: [], kept: [...options.hosts], deleted: false, problems: [] };
  const kept = options.hosts.filter((h) => options.kept.includes(h));
  const toLogOut = options.hosts.filter((h) => !options.kept.includes(h));
  const loggedOut: string[] = [];
  const problems: ErrorInfo[] = [];
  try {
    if (toLogOut.length) {
      const helm = await HelmClient.at(options.helmPath, { env: { [REGISTRY_CONFIG_ENV]: options.registryConfig } });
      for (const host of toLogOut)
        await registryLogout(helm, host, options.timeoutMs).then(
          () => loggedOut.push(host),
          (err: unknown) => problems.push(errorInfo(err)),
        );
    }
  } catch (err) {
    problems.push(errorInfo(err));
  }
  const deleted = options.owned && options.kept.length === 0;
  if (deleted) await rm(dirname(options.registryConfig), { recursive: true, force: true });
  return { loggedOut, kept, deleted, problems };
}
