import * as core from '@actions/core';
import { resolve } from 'node:path';
import { getBoolean, getDuration, getList, getString, InputError, shown } from '../../src/action/inputs.js';
import { runEntry } from '../../src/action/entry.js';
import { runnerTemp, workspace } from '../../src/action/paths.js';
import { setupHelm } from '../../src/helm/install.js';
import { cancellation } from '../../src/process/cancellation.js';
import { assertName } from '../../src/kube/names.js';
import { parseHttpChecks } from '../../src/readiness/http-checks.js';
import { runReadiness } from '../../src/readiness/run.js';
import type { ReadinessTarget } from '../../src/readiness/types.js';
import { annotate } from '../../src/report/annotations.js';
import { setOutputs, writeSummary } from '../../src/report/outputs.js';
import { diagnosticsLines, notReadyOutput, progressLine, readinessHeadline, readinessProblems, readinessSummary } from '../../src/report/readiness-summary.js';
import { Defaults, Inputs, Outputs } from './names.js';

// Bundled dependencies (the Kubernetes client's fetch) trip Node deprecation warnings the user can do nothing about.
process.noDeprecation = true;

/** Releases as `name` (in the namespace input) or `namespace/name`; without releases, the namespace (and selector). */
function readTargets(): ReadinessTarget[] {
  const namespace = getString(Inputs.Namespace);
  const selector = getString(Inputs.Selector);
  const releases = getList(Inputs.Releases);
  if (releases.length) {
    if (selector)
      throw new InputError(`Input ${Inputs.Selector} selects objects of a namespace; with ${Inputs.Releases}, every object of each release is verified.`);
    return releases.map((entry) => {
      const [ns, name] = entry.includes('/') ? [entry.slice(0, entry.indexOf('/')), entry.slice(entry.indexOf('/') + 1)] : [namespace, entry];
      if (!ns) throw new InputError(`Release ${shown(entry)} has no namespace: write namespace/name, or set input ${Inputs.Namespace}.`);
      return {
        release: assertName('release', name, `Release in input ${Inputs.Releases}`),
        namespace: assertName('namespace', ns, `Namespace of release ${name}`),
      };
    });
  }
  if (!namespace) throw new InputError(`Nothing to verify: set input ${Inputs.Releases}, or input ${Inputs.Namespace} to verify a namespace.`);
  return [{ namespace: assertName('namespace', namespace, `Input ${Inputs.Namespace}`), ...(selector ? { selector } : {}) }];
}

function getCount(name: string, fallback: string): number {
  const raw = getString(name, fallback);
  if (!/^\d{1,4}$/.test(raw) || Number(raw) < 1) throw new InputError(`Input ${name} must be a whole number from 1 to 9999, but it is ${shown(raw)}.`);
  return Number(raw);
}

export function run(): Promise<void> {
  return runEntry(async () => {
    const targets = readTargets();
    const timeoutMs = getDuration(Inputs.Timeout, Defaults.Timeout);
    const policy = {
      waitForJobs: getString(Inputs.WaitForJobs) ? getBoolean(Inputs.WaitForJobs) : Defaults.WaitForJobs === 'true',
      crashLoopRestarts: getCount(Inputs.CrashLoopRestarts, Defaults.CrashLoopRestarts),
      failureGraceMs: getDuration(Inputs.FailureGrace, Defaults.FailureGrace, { min: 0 }),
      unschedulableGraceMs: getDuration(Inputs.UnschedulableGrace, Defaults.UnschedulableGrace, { min: 0 }),
    };
    const httpChecks = parseHttpChecks(core.getInput(Inputs.HttpChecks), (path) => resolve(workspace(), path));
    let helm;
    if (targets.some((t) => 'release' in t)) {
      const setup = await setupHelm({ tempDir: runnerTemp() });
      for (const warning of setup.warnings) core.warning(warning);
      helm = setup.client;
    }

    const result = await runReadiness(
      { targets, timeoutMs, policy, httpChecks, signal: cancellation.signal, ...(helm ? { helm } : {}) },
      { onProgress: (event) => core.info(progressLine(event)) },
    );

    for (const line of diagnosticsLines(result)) core.info(line);
    setOutputs({
      [Outputs.Ready]: result.ready,
      [Outputs.NotReady]: notReadyOutput(result),
      [Outputs.DurationSeconds]: Number((result.durationMs / 1000).toFixed(1)),
    });
    await writeSummary(readinessSummary(result));
    core.info(readinessHeadline(result));
    if (!result.ready) {
      // One error annotation per object not ready (GitHub shows 10 per step); setFailed would add an 11th, so the exit code says it.
      annotate(readinessProblems(result), 'verify');
      process.exitCode ||= 1;
    }
  });
}
