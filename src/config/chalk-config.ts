/**
 * The one entry point that turns the operator's files into a validated configuration: it reads
 * each values file once, merges them in helm's order (values files, then the seed file, as the
 * guide's `helm install --values values.yaml --values seed.yaml`), and runs every rule.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { LMap } from './located.js';
import { mergeValues, type MergedValues } from './merge.js';
import { validateMetadataValues, validateStructure } from './metadata-values.js';
import type { Problem } from '../report/problems.js';
import { validateSeed } from './seed.js';
import { loadYamlFile } from './yaml-file.js';

export interface ConfigFiles {
  valuesFiles: readonly string[];
  seedFile?: string;
  /** Directory the file paths are relative to. */
  workingDirectory: string;
  /** Annotation paths are made relative to this (GITHUB_WORKSPACE). */
  workspace: string;
  allowHttp: boolean;
  /** The time the caller gives the whole load (preflight's check timeout); each file's parse is stopped a little before it. */
  timeoutMs?: number;
}

export interface ConfigFile {
  /** Absolute path on disk. */
  path: string;
  /** Path relative to the workspace, as used in annotations. */
  displayPath: string;
  role: 'values file' | 'seed file';
  loaded: boolean;
}

export interface ChalkConfig {
  files: ConfigFile[];
  /** The merged values, when every file loaded. */
  merged?: MergedValues;
  /** Problems of each stage, kept apart so they can be reported as separate checks. */
  problems: { files: Problem[]; values: Problem[]; seed: Problem[] };
}

export function displayPath(path: string, workspace: string): string {
  const rel = relative(workspace, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export async function loadChalkConfig(input: ConfigFiles): Promise<ChalkConfig> {
  const wanted = [
    ...input.valuesFiles.map((f) => ({ file: f, role: 'values file' as const })),
    ...(input.seedFile ? [{ file: input.seedFile, role: 'seed file' as const }] : []),
  ];
  const files: ConfigFile[] = [];
  const layers: { file: string; root: LMap }[] = [];
  const fileProblems: Problem[] = [];
  // Ending just before the caller's deadline, a parse that runs too long is reported on its file, not as a bare timeout.
  const timeoutMs = input.timeoutMs === undefined ? undefined : input.timeoutMs - Math.min(1000, input.timeoutMs / 10);
  const loads = await Promise.all(
    wanted.map(async ({ file, role }) => {
      const path = resolve(input.workingDirectory, file);
      const shown = displayPath(path, input.workspace);
      return { path, shown, role, result: await loadYamlFile(path, { displayPath: shown, role, timeoutMs }) };
    }),
  );
  for (const { path, shown, role, result } of loads) {
    fileProblems.push(...result.problems);
    files.push({ path, displayPath: shown, role, loaded: result.root !== undefined });
    if (result.root) layers.push({ file: shown, root: result.root });
  }
  const config: ChalkConfig = { files, problems: { files: fileProblems, values: [], seed: [] } };
  if (layers.length !== wanted.length || fileProblems.some((p) => p.severity === 'error')) return config;

  const merged = mergeValues(layers);
  config.merged = merged;
  const seedFile = files.find((f) => f.role === 'seed file')?.displayPath;
  const structure = validateStructure(layers);
  config.problems.values = structure.length ? structure : validateMetadataValues(merged, { allowHttp: input.allowHttp, seedFile });
  config.problems.seed = validateSeed(merged, seedFile);
  return config;
}
