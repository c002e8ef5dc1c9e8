/** render-and-diff's inputs, read and checked before anything runs, as the plan engine's typed options. */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { getOptional, InputError } from '../../src/action/inputs.js';
import { digestInput, singleReleaseInput, valuesFileInput, type Paths } from '../../src/action/release-inputs.js';
import { assertName } from '../../src/kube/names.js';
import type { ReleaseRequest } from '../../src/plan/run.js';
import { Defaults, Inputs } from './names.js';

export type { Paths } from '../../src/action/release-inputs.js';

const RELEASE_FIELDS = ['chart', 'repo-url', 'version', 'digest', 'release', 'namespace', 'values-files', 'seed-file', 'set', 'kube-version', 'include-crds'];

/** Several releases from the `releases` YAML list. */
function listedReleases(text: string, paths: Paths): ReleaseRequest[] {
  let value: unknown;
  try {
    value = parse(text);
  } catch (err) {
    throw new InputError(`Input ${Inputs.Releases} is not YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!Array.isArray(value) || value.length === 0)
    throw new InputError(`Input ${Inputs.Releases} must be a YAML list of releases (chart, release, namespace, …).`);
  const seen = new Set<string>();
  return value.map((entry: unknown, i) => {
    const where = `Input ${Inputs.Releases}[${i}]`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new InputError(`${where} is not a map.`);
    const e = entry as Record<string, unknown>;
    const unknown = Object.keys(e).filter((k) => !RELEASE_FIELDS.includes(k));
    if (unknown.length)
      throw new InputError(`${where} has unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; known: ${RELEASE_FIELDS.join(', ')}.`);
    const text = (field: string): string | undefined => {
      const v = e[field];
      if (v === undefined || v === null || v === '') return undefined;
      if (typeof v !== 'string' && typeof v !== 'number') throw new InputError(`${where}.${field} must be text.`);
      return String(v);
    };
    const list = (field: string): string[] => {
      const v = e[field];
      if (v === undefined || v === null) return [];
      if (typeof v === 'string')
        return v
          .split(/[\n,]/)
          .map((s) => s.trim())
          .filter(Boolean);
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
      throw new InputError(`${where}.${field} must be a list of text.`);
    };
    const chart = text('chart');
    if (!chart) throw new InputError(`${where} has no chart.`);
    const repoUrl = text('repo-url');
    const version = text('version');
    const digest = digestInput(text('digest'), `${where}.digest`);
    const release = assertName('release', text('release') ?? '', `${where}.release`);
    const namespace = assertName('namespace', text('namespace') ?? '', `${where}.namespace`);
    if (seen.has(`${namespace}/${release}`)) throw new InputError(`${where} repeats the release ${namespace}/${release}.`);
    seen.add(`${namespace}/${release}`);
    const seed = text('seed-file');
    const kubeVersion = text('kube-version');
    const crds = e['include-crds'];
    if (crds !== undefined && typeof crds !== 'boolean') throw new InputError(`${where}.include-crds must be true or false.`);
    return {
      chart: {
        ref: chart.startsWith('oci://') || repoUrl ? chart : resolve(paths.cwd, chart),
        ...(version ? { version } : {}),
        ...(digest ? { digest } : {}),
        ...(repoUrl ? { repoUrl } : {}),
      },
      release,
      namespace,
      valuesFiles: list('values-files').map((f) => valuesFileInput(paths, f, `${where}.values-files`)),
      ...(seed ? { seedFile: valuesFileInput(paths, seed, `${where}.seed-file`) } : {}),
      set: list('set'),
      ...(kubeVersion ? { kubeVersion } : {}),
      includeCrds: crds !== false,
    };
  });
}

export function releaseInputs(paths: Paths): ReleaseRequest[] {
  const listed = core.getInput(Inputs.Releases).trim();
  if (!listed) return [singleReleaseInput(paths, { registry: Defaults.Registry, release: Defaults.Release, namespace: Defaults.Namespace })];
  for (const single of [Inputs.Chart, Inputs.RepoUrl, Inputs.Version, Inputs.Digest])
    if (getOptional(single)) throw new InputError(`Inputs ${Inputs.Releases} and ${single} cannot be combined: give each release's ${single} in its entry.`);
  return listedReleases(listed, paths);
}
