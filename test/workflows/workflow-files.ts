/** The repository's workflow files and action contracts, parsed, for the static tests of test/workflows. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/paths.js';

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

export interface Job {
  name?: string;
  uses?: string;
  needs?: string | string[];
  if?: string;
  'runs-on'?: string;
  environment?: string | { name: string };
  permissions?: Record<string, string> | string;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  strategy?: { 'fail-fast'?: boolean; 'max-parallel'?: unknown; matrix?: Record<string, unknown> };
  outputs?: Record<string, string>;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  secrets?: 'inherit' | Record<string, string>;
  steps?: Step[];
}

export interface WorkflowCall {
  inputs?: Record<string, { description?: string; type: string; required?: boolean; default?: unknown }>;
  secrets?: Record<string, { description?: string; required?: boolean }>;
  outputs?: Record<string, { description?: string; value: string }>;
}

export interface Workflow {
  name?: string;
  on: Record<string, unknown> & { workflow_call?: WorkflowCall | null };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

export interface WorkflowFile {
  /** Relative to the repository root. */
  path: string;
  text: string;
  doc: Workflow;
}

export const REUSABLE = ['chalk-pr-diff.yml', 'chalk-deploy.yml', 'chalk-promote.yml', 'chalk-drift-check.yml'] as const;
export const TOOLKIT_DIR = './.chalk-actions/';

function load(dir: string): WorkflowFile[] {
  return readdirSync(join(repoRoot, dir))
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(repoRoot, dir, f), 'utf8');
      return { path: `${dir}/${f}`, text, doc: parse(text) as Workflow };
    });
}

/** Every workflow of this repository (.github/workflows) and of the example caller (examples/workflows). */
export const ALL = [...load('.github/workflows'), ...load('examples/workflows')];
export const reusable = (name: string): WorkflowFile => ALL.find((w) => w.path === `.github/workflows/${name}`)!;
export const EXAMPLES = ALL.filter((w) => w.path.startsWith('examples/'));

export interface ActionContract {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  outputs: Record<string, unknown>;
}

/** actions/<name>/action.yml's inputs and outputs. */
export function actionContract(name: string): ActionContract {
  const file = join(repoRoot, 'actions', name, 'action.yml');
  if (!existsSync(file)) throw new Error(`actions/${name}/action.yml does not exist`);
  const meta = parse(readFileSync(file, 'utf8')) as { inputs?: ActionContract['inputs']; outputs?: ActionContract['outputs'] };
  return { inputs: meta.inputs ?? {}, outputs: meta.outputs ?? {} };
}

export const steps = (job: Job): Step[] => job.steps ?? [];
export const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);

/** Every expression in a value (recursively): each `${{ … }}`, and each `if:`, which is one without the braces. */
export function expressions(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]!.trim());
  if (Array.isArray(value)) return value.flatMap(expressions);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (key === 'if' && typeof v === 'string' && !v.includes('${{') ? [v.trim()] : expressions(v)));
  }
  return [];
}

/** Names after `<context>.` in a text, e.g. refs('inputs', …) → ['environment', …]. */
export function refs(context: string, text: string): string[] {
  return [...text.matchAll(new RegExp(`(?<![\\w.-])${context}\\.([A-Za-z_][\\w-]*)`, 'g'))].map((m) => m[1]!);
}

/** The local action a step runs from the toolkit checkout (`./.chalk-actions/actions/<name>`), if any. */
export function toolkitAction(step: Step): string | undefined {
  const m = /^\.\/\.chalk-actions\/actions\/([\w-]+)$/.exec(step.uses ?? '');
  return m?.[1];
}

/** The script of the step named `name` in job `job` of workflow `file`. */
export function script(file: string, job: string, name: string): string {
  const step = steps(reusable(file).doc.jobs[job]!).find((s) => s.name === name);
  if (!step?.run) throw new Error(`${file}: no run step "${name}" in job ${job}`);
  return step.run;
}

/** The env of the step named `name` in job `job` of workflow `file`. */
export function stepEnv(file: string, job: string, name: string): Record<string, string> {
  return steps(reusable(file).doc.jobs[job]!).find((s) => s.name === name)?.env ?? {};
}
