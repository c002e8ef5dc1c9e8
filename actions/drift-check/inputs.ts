/** drift-check's inputs, read and checked before anything runs, as the drift engine's typed options. */
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { getList, getOptional, getString, InputError, shown } from '../../src/action/inputs.js';
import { lockedSources, lockPathFor, readLock } from '../../src/apply/chart-lock.js';
import { loadChartSet } from '../../src/config/chart-set.js';
import { assertName } from '../../src/kube/names.js';
import { parseIgnoreRules, type IgnoreRule } from '../../src/plan/ignore.js';
import type { ValuesFile } from '../../src/plan/locate.js';
import type { ReleaseRequest } from '../../src/plan/run.js';
import { annotate } from '../../src/report/annotations.js';
import { countErrors } from '../../src/report/problems.js';
import { Defaults, Inputs } from './names.js';

export interface Paths {
  workspace: string;
  /** working-directory, resolved. */
  cwd: string;
  /** Where inline values of a chart set are written as files (job-private). */
  tempDir: string;
}

function valuesFile(paths: Paths, file: string, input: string): ValuesFile {
  const path = resolve(paths.cwd, file);
  const display = relative(paths.workspace, path) || file;
  if (!existsSync(path))
    throw new InputError(`${input}: ${shown(display)} does not exist.`, `Create it, or correct the path (relative to ${Inputs.WorkingDirectory}).`);
  return { path, display };
}

/** The releases to check: every release of the chart set, or the one the single-release inputs name. */
export async function releaseInputs(paths: Paths): Promise<ReleaseRequest[]> {
  const chartSet = getOptional(Inputs.ChartSet);
  if (!chartSet) return [singleRelease(paths)];
  for (const single of [Inputs.Chart, Inputs.RepoUrl, Inputs.Version, Inputs.Digest, Inputs.Set])
    if (getOptional(single)) throw new InputError(`Inputs ${Inputs.ChartSet} and ${single} cannot be combined: the chart set pins each release's chart.`);
  return chartSetReleases(valuesFile(paths, chartSet, `Input ${Inputs.ChartSet}`), paths);
}

function singleRelease(paths: Paths): ReleaseRequest {
  const repoUrl = getOptional(Inputs.RepoUrl);
  const chart = getOptional(Inputs.Chart) ?? `oci://${getString(Inputs.Registry, Defaults.Registry)}/charts/chalk-metadata-plane`;
  const version = getOptional(Inputs.Version);
  const digest = getOptional(Inputs.Digest);
  if (digest && !/^sha256:[0-9a-f]{64}$/.test(digest))
    throw new InputError(`Input ${Inputs.Digest} must be sha256:<64 hex digits>, but it is ${shown(digest)}.`);
  const remote = chart.startsWith('oci://') || repoUrl !== undefined;
  if (remote && !version && !digest)
    throw new InputError(
      `Set the ${Inputs.Version} or ${Inputs.Digest} input: drift is measured against the chart the release should run, never "whatever is newest".`,
    );
  const seed = getOptional(Inputs.SeedFile);
  return {
    chart: {
      ref: remote ? chart : resolve(paths.cwd, chart),
      ...(version ? { version } : {}),
      ...(digest ? { digest } : {}),
      ...(repoUrl ? { repoUrl } : {}),
    },
    release: assertName('release', getString(Inputs.Release, Defaults.Release), `Input ${Inputs.Release}`),
    namespace: assertName('namespace', getString(Inputs.Namespace, Defaults.Namespace), `Input ${Inputs.Namespace}`),
    valuesFiles: getList(Inputs.ValuesFiles).map((f) => valuesFile(paths, f, `Input ${Inputs.ValuesFiles}`)),
    ...(seed ? { seedFile: valuesFile(paths, seed, `Input ${Inputs.SeedFile}`) } : {}),
    set: core
      .getInput(Inputs.Set)
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

/** The chart set's releases at the versions and digests of its lock file; inline values become a values file after the release's own. */
async function chartSetReleases(file: ValuesFile, paths: Paths): Promise<ReleaseRequest[]> {
  const loaded = await loadChartSet(file.path, { workspace: paths.workspace });
  if (!loaded.chartSet) {
    annotate(loaded.problems, 'chart-set file');
    throw new InputError(`Input ${Inputs.ChartSet}: ${file.display} has ${countErrors(loaded.problems)} problem(s), annotated on the file.`);
  }
  const lockPath = lockPathFor(file.path);
  const lockShown = relative(paths.workspace, lockPath) || lockPath;
  const sources = lockedSources(loaded.chartSet, await readLock(lockPath, lockShown), lockShown);
  const requests: ReleaseRequest[] = [];
  for (const release of loaded.chartSet.releases) {
    const source = sources.get(release.name)!;
    const valuesFiles: ValuesFile[] = release.valuesFiles.map((f) => ({ path: f.path, display: f.display }));
    if (release.values) {
      const inline = join(paths.tempDir, `${release.name}.values.yaml`);
      await writeFile(inline, stringify(release.values));
      valuesFiles.push({ path: inline, display: `${file.display} (values of ${release.name})` });
    }
    requests.push({
      chart: {
        ref: source.chart,
        ...(source.version ? { version: source.version } : {}),
        ...(source.digest ? { digest: source.digest } : {}),
        ...(source.repository ? { repoUrl: source.repository } : {}),
      },
      release: release.name,
      namespace: release.namespace,
      valuesFiles,
      set: [],
    });
  }
  return requests;
}

export function ignoreInput(): IgnoreRule[] {
  const text = core.getInput(Inputs.Ignore).trim();
  if (!text) return [];
  let value: unknown;
  try {
    value = parse(text);
  } catch (err) {
    throw new InputError(`Input ${Inputs.Ignore} is not YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  return parseIgnoreRules(value);
}
