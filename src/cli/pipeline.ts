/**
 * The pipeline file (`chalk-actions.yml` in the caller's repository): per environment, the inputs of
 * each step, and `defaults` shared by every step that declares that input. Steps run in the pipeline's
 * order (preflight → helm-login → render-and-diff → deploy-metadata → deploy-dataplane → verify →
 * drift-check), each only when its section is present. `${NAME}` takes a value from the environment,
 * so secrets never sit in the file. Every mistake is reported with the file, the line and the fix,
 * before anything runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { ActionMetadata } from '../runner/action-runner.js';

export const STEP_ORDER = ['preflight', 'helm-login', 'render-and-diff', 'deploy-metadata', 'deploy-dataplane', 'verify', 'drift-check'] as const;

export const STEP_TITLES: Record<(typeof STEP_ORDER)[number], string> = {
  preflight: 'Preflight: configuration and tools',
  'helm-login': 'Log in to the chart registry',
  'render-and-diff': 'Render and diff against the release',
  'deploy-metadata': 'Deploy the Metadata Plane',
  'deploy-dataplane': 'Deploy the Data Plane chart set',
  verify: 'Verify readiness',
  'drift-check': 'Check for drift',
};

export interface PipelineStep {
  title: string;
  action: string;
  inputs: Record<string, string>;
}

export interface Pipeline {
  /** The directory of the pipeline file: the workspace the steps run in (paths are relative to it). */
  workspace: string;
  steps: PipelineStep[];
}

export class PipelineError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
    readonly fix: string,
  ) {
    super(`${file}:${line}: ${message} Fix: ${fix}`);
    this.name = 'PipelineError';
  }
}

/** `root` is the toolkit checkout whose actions/<name>/action.yml declare the inputs. */
export function loadPipeline(file: string, env: string, vars: NodeJS.ProcessEnv, root: string): Pipeline {
  if (!existsSync(file))
    throw new PipelineError(file, 1, 'the pipeline file does not exist.', 'Create chalk-actions.yml (see docs/cli.md) or pass --config FILE.');
  const text = readFileSync(file, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const lineOf = (node: Node | Pair | null | undefined) => {
    const range = node && 'range' in node ? node.range : node && 'key' in node && isScalar(node.key) ? node.key.range : undefined;
    return range ? lines.linePos(range[0]).line : 1;
  };
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new PipelineError(file, lines.linePos(e.pos[0]).line, `not valid YAML: ${e.message.split('\n')[0]}`, 'Correct the YAML at that line.');
  }
  const environments = doc.get('environments', true) as Node | undefined;
  if (!isMap(environments)) throw new PipelineError(file, lineOf(doc.contents), 'has no `environments:` map.', 'Add environments: { dev: { … } }.');
  const section = environments.get(env, true) as Node | undefined;
  if (!isMap(section)) {
    const names = environments.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key));
    throw new PipelineError(file, lineOf(environments), `has no environment "${env}".`, `Use one of: ${names.join(', ') || '(none)'}, or add it.`);
  }

  // An anchor shared by several steps (`helm-login: *login`) reads as the node it names.
  const deref = (node: Node | undefined): Node | undefined => (isAlias(node) ? (node.resolve(doc) as Node | undefined) : node);
  const stringValue = (given: Node, where: string): string => {
    const node = deref(given)!;
    const raw = isSeq(node) ? node.items.map((i) => String(isScalar(i) ? i.value : '')).join('\n') : isScalar(node) ? String(node.value ?? '') : undefined;
    if (raw === undefined)
      throw new PipelineError(file, lineOf(node), `${where} must be a value or a list of values.`, 'Write it as text, a number, true/false or a list.');
    return raw.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined)
        throw new PipelineError(
          file,
          lineOf(node),
          `${where} uses \${${name}}, which is not set in the environment.`,
          `Export ${name} before running the pipeline.`,
        );
      return value;
    });
  };
  const inputsOf = (raw: Node | undefined, where: string): Map<string, { value: string; line: number }> => {
    const node = deref(raw);
    const out = new Map<string, { value: string; line: number }>();
    if (node === undefined || (isScalar(node) && node.value === true)) return out;
    if (!isMap(node)) throw new PipelineError(file, lineOf(node), `${where} must be a map of inputs (or true).`, 'Write input: value lines under it.');
    for (const pair of node.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      out.set(key, { value: stringValue(pair.value as Node, `${where}.${key}`), line: lineOf(pair) });
    }
    return out;
  };

  const known = new Set<string>([...STEP_ORDER, 'defaults']);
  for (const pair of section.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    if (!known.has(key))
      throw new PipelineError(
        file,
        lineOf(pair),
        `environments.${env}.${key} is not a step.`,
        `Steps: ${STEP_ORDER.join(', ')}; shared inputs go under defaults.`,
      );
  }
  const defaults = inputsOf(section.get('defaults', true) as Node | undefined, `environments.${env}.defaults`);
  const steps: PipelineStep[] = [];
  for (const action of STEP_ORDER) {
    if (!section.has(action)) continue;
    const meta = readMetadata(root, action);
    const declared = new Set(Object.keys(meta.inputs ?? {}));
    const own = inputsOf(section.get(action, true) as Node | undefined, `environments.${env}.${action}`);
    for (const [name, { line }] of own)
      if (!declared.has(name))
        throw new PipelineError(file, line, `${action} has no input "${name}".`, `Its inputs: ${[...declared].join(', ')} (chalk-actions ${action} --help).`);
    const inputs: Record<string, string> = {};
    for (const [name, { value }] of defaults) if (declared.has(name)) inputs[name] = value;
    for (const [name, { value }] of own) inputs[name] = value;
    steps.push({ title: STEP_TITLES[action], action, inputs });
  }
  if (steps.length === 0)
    throw new PipelineError(file, lineOf(section), `environment "${env}" has no steps.`, `Add at least one of: ${STEP_ORDER.join(', ')}.`);
  return { workspace: dirname(file), steps };
}

function readMetadata(root: string, action: string): ActionMetadata {
  return parseDocument(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')).toJS() as ActionMetadata;
}
