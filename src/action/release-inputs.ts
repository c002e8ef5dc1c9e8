/**
 * The single-release inputs render-and-diff and drift-check share (`chart`, `version`, `digest`, `release`,
 * `values-files`, …, and `ignore`), read and checked before anything runs, as the plan engine's request.
 * Both actions name these inputs alike, so one reader serves both; deploy-metadata reads its digest and
 * `set` lines with the same helpers.
 */
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { assertName } from '../kube/names.js';
import { parseIgnoreRules, type IgnoreRule } from '../plan/ignore.js';
import type { ValuesFile } from '../plan/locate.js';
import type { ReleaseRequest } from '../plan/run.js';
import { getBoolean, getList, getOptional, getString, InputError, shown } from './inputs.js';

export const RELEASE_INPUTS = {
  Registry: 'registry',
  Chart: 'chart',
  RepoUrl: 'repo-url',
  Version: 'version',
  Digest: 'digest',
  Release: 'release',
  Namespace: 'namespace',
  ValuesFiles: 'values-files',
  SeedFile: 'seed-file',
  Set: 'set',
  KubeVersion: 'kube-version',
  IncludeCrds: 'include-crds',
  Ignore: 'ignore',
  WorkingDirectory: 'working-directory',
} as const;

const I = RELEASE_INPUTS;

export interface Paths {
  workspace: string;
  /** working-directory, resolved. */
  cwd: string;
}

/** A values or seed file that must exist, shown relative to the workspace. */
export function valuesFileInput(paths: Paths, file: string, where: string): ValuesFile {
  const path = resolve(paths.cwd, file);
  const display = relative(paths.workspace, path) || file;
  if (!existsSync(path))
    throw new InputError(`${where}: ${shown(display)} does not exist.`, `Create it, or correct the path (relative to ${I.WorkingDirectory}).`);
  return { path, display };
}

export function digestInput(digest: string | undefined, where: string): string | undefined {
  if (digest && !/^sha256:[0-9a-f]{64}$/.test(digest)) throw new InputError(`${where} must be sha256:<64 hex digits>, but it is ${shown(digest)}.`);
  return digest;
}

export function nonEmptyLines(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface SingleReleaseDefaults {
  registry: string;
  release: string;
  namespace: string;
}

/**
 * The release the single-release inputs name. With `requirePin`, a remote chart needs a version or a digest
 * (drift is measured against the chart the release should run, never "whatever is newest").
 */
export function singleReleaseInput(paths: Paths, defaults: SingleReleaseDefaults, { requirePin = false } = {}): ReleaseRequest {
  const repoUrl = getOptional(I.RepoUrl);
  const chart = getOptional(I.Chart) ?? `oci://${getString(I.Registry, defaults.registry)}/charts/chalk-metadata-plane`;
  const version = getOptional(I.Version);
  const digest = digestInput(getOptional(I.Digest), `Input ${I.Digest}`);
  const remote = chart.startsWith('oci://') || repoUrl !== undefined;
  if (requirePin && remote && !version && !digest)
    throw new InputError(`Set the ${I.Version} or ${I.Digest} input: drift is measured against the chart the release should run, never "whatever is newest".`);
  const seed = getOptional(I.SeedFile);
  const kubeVersion = getOptional(I.KubeVersion);
  // include-crds is declared by render-and-diff only; an action without it gets the engine's default.
  const crds = core.getInput(I.IncludeCrds).trim();
  return {
    chart: {
      ref: remote ? chart : resolve(paths.cwd, chart),
      ...(version ? { version } : {}),
      ...(digest ? { digest } : {}),
      ...(repoUrl ? { repoUrl } : {}),
    },
    release: assertName('release', getString(I.Release, defaults.release), `Input ${I.Release}`),
    namespace: assertName('namespace', getString(I.Namespace, defaults.namespace), `Input ${I.Namespace}`),
    valuesFiles: getList(I.ValuesFiles).map((f) => valuesFileInput(paths, f, `Input ${I.ValuesFiles}`)),
    ...(seed ? { seedFile: valuesFileInput(paths, seed, `Input ${I.SeedFile}`) } : {}),
    set: nonEmptyLines(core.getInput(I.Set)),
    ...(kubeVersion ? { kubeVersion } : {}),
    ...(crds ? { includeCrds: getBoolean(I.IncludeCrds) } : {}),
  };
}

/** The `ignore` input: rules in the plan engine's form (JSON pointers + target selector), as YAML. */
export function ignoreRulesInput(): IgnoreRule[] {
  const text = core.getInput(I.Ignore).trim();
  if (!text) return [];
  let value: unknown;
  try {
    value = parse(text);
  } catch (err) {
    throw new InputError(`Input ${I.Ignore} is not YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  return parseIgnoreRules(value);
}
