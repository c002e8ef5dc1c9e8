/** drift-check's inputs, read and checked before anything runs, as the drift engine's typed options. */
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { getOptional, InputError } from '../../src/action/inputs.js';
import { singleReleaseInput, valuesFileInput, type Paths as ReleasePaths } from '../../src/action/release-inputs.js';
import { lockedSources, lockPathFor, readLock } from '../../src/apply/chart-lock.js';
import { loadChartSet } from '../../src/config/chart-set.js';
import type { ValuesFile } from '../../src/plan/locate.js';
import type { ReleaseRequest } from '../../src/plan/run.js';
import { annotate } from '../../src/report/annotations.js';
import { countErrors } from '../../src/report/problems.js';
import { Defaults, Inputs } from './names.js';

export interface Paths extends ReleasePaths {
  /** Where inline values of a chart set are written as files (job-private). */
  tempDir: string;
}

/** The releases to check: every release of the chart set, or the one the single-release inputs name. */
export async function releaseInputs(paths: Paths): Promise<ReleaseRequest[]> {
  const chartSet = getOptional(Inputs.ChartSet);
  if (!chartSet)
    return [singleReleaseInput(paths, { registry: Defaults.Registry, release: Defaults.Release, namespace: Defaults.Namespace }, { requirePin: true })];
  for (const single of [Inputs.Chart, Inputs.RepoUrl, Inputs.Version, Inputs.Digest, Inputs.Set])
    if (getOptional(single)) throw new InputError(`Inputs ${Inputs.ChartSet} and ${single} cannot be combined: the chart set pins each release's chart.`);
  return chartSetReleases(valuesFileInput(paths, chartSet, `Input ${Inputs.ChartSet}`), paths);
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
