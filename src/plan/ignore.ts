/**
 * Ignore rules: differences that are expected and not worth a review, kept visible but apart.
 * A rule is a list of JSON pointers and an optional target (group, kind, name, namespace), the shape
 * of Flux's `driftDetection.ignore` (`paths` + `target`); Argo CD's `ignoreDifferences` entries
 * (`group`, `kind`, `name`, `namespace`, `jsonPointers`) are read too. A pointer matches its own path
 * and everything under it; a segment `*` matches any one segment, `**` any number, and `*` inside a
 * segment any text (`checksum~1*`).
 */
import { PlanError } from './errors.js';
import { segmentsOf } from './pointer.js';
import type { ObjectKey } from './types.js';

export interface IgnoreTarget {
  group?: string;
  kind?: string;
  name?: string;
  namespace?: string;
}

export interface IgnoreRule {
  /** Shown as `ignoredBy`: `chart-bump`, or the user's `name`, else `ignore[<index>]`. */
  name: string;
  paths: string[];
  target?: IgnoreTarget;
}

/**
 * What a chart version bump changes everywhere without changing anything that runs: the chart label,
 * the app version label, and `checksum/*` annotations (which change when any value does and roll pods
 * for a reason that shows as its own change).
 */
export const CHART_BUMP_RULE: IgnoreRule = {
  name: 'chart-bump',
  paths: ['/**/labels/helm.sh~1chart', '/**/labels/app.kubernetes.io~1version', '/**/annotations/checksum~1*'],
};

export type IgnoreMatcher = (key: ObjectKey, path: string) => string | undefined;

/** The name of the first rule matching a difference at `path` of the object `key`, or undefined. */
export function ignoreMatcher(rules: readonly IgnoreRule[]): IgnoreMatcher {
  const compiled = rules.map((rule) => ({ rule, patterns: rule.paths.map(compilePattern) }));
  return (key, path) => {
    const segments = segmentsOf(path);
    for (const { rule, patterns } of compiled) {
      if (rule.target && !targets(rule.target, key)) continue;
      if (patterns.some((p) => matchesUnder(p, segments))) return rule.name;
    }
    return undefined;
  };
}

function targets(target: IgnoreTarget, key: ObjectKey): boolean {
  return (
    (target.group === undefined || target.group === key.group) &&
    (target.kind === undefined || target.kind === key.kind) &&
    (target.name === undefined || target.name === key.name) &&
    (target.namespace === undefined || target.namespace === key.namespace)
  );
}

type Pattern = (string | RegExp)[];

function compilePattern(path: string): Pattern {
  return segmentsOf(path).map((s) => (s === '**' || s === '*' || !s.includes('*') ? s : new RegExp(`^${s.split('*').map(escapeRegExp).join('.*')}$`)));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern matches a prefix of `segments` (a rule on a map covers every field in it). */
function matchesUnder(pattern: Pattern, segments: readonly string[]): boolean {
  const match = (p: number, s: number): boolean => {
    if (p === pattern.length) return true;
    const part = pattern[p]!;
    if (part === '**') {
      for (let k = s; k <= segments.length; k++) if (match(p + 1, k)) return true;
      return false;
    }
    if (s === segments.length) return false;
    const seg = segments[s]!;
    const ok = part === '*' || (typeof part === 'string' ? part === seg : part.test(seg));
    return ok && match(p + 1, s + 1);
  };
  return match(0, 0);
}

/**
 * Rules from the `ignore` input (already parsed from YAML): a list of Flux- or Argo-shaped entries.
 * Anything else is an error naming the entry, never a rule that silently matches nothing.
 */
export function parseIgnoreRules(value: unknown): IgnoreRule[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw ruleError('the ignore rules must be a YAML list of entries with `paths` (JSON pointers) and an optional `target`.');
  return value.map((entry: unknown, i) => {
    const where = `ignore[${i}]`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw ruleError(`${where} is not a map.`);
    const e = entry as Record<string, unknown>;
    const known = ['name', 'paths', 'jsonPointers', 'target', 'group', 'kind', 'namespace'];
    const unknown = Object.keys(e).filter((k) => !known.includes(k));
    if (unknown.length)
      throw ruleError(
        `${where} has unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: paths or jsonPointers, target, name, group, kind, namespace).`,
      );
    const paths = e.paths ?? e.jsonPointers;
    if (!Array.isArray(paths) || paths.length === 0 || !paths.every((p) => typeof p === 'string'))
      throw ruleError(`${where} needs \`paths\` (or Argo's \`jsonPointers\`): a list of JSON pointers such as /spec/replicas.`);
    for (const p of paths as string[]) {
      if (!p.startsWith('/')) throw ruleError(`${where}: "${p}" is not a JSON pointer; it must start with / (e.g. /spec/replicas).`);
    }
    const targetFields = e.target ?? pick(e, ['group', 'kind', 'namespace']);
    const target = parseTarget(targetFields, where, e.target === undefined ? e.name : undefined);
    // Argo's entries name the object with `name`; with a Flux `target`, `name` is the rule's own name.
    const ruleName = e.target !== undefined && typeof e.name === 'string' ? e.name : where;
    return { name: ruleName, paths: paths as string[], ...(target ? { target } : {}) };
  });
}

function pick(e: Record<string, unknown>, fields: string[]): Record<string, unknown> | undefined {
  const out = Object.fromEntries(fields.filter((f) => e[f] !== undefined).map((f) => [f, e[f]]));
  return Object.keys(out).length ? out : undefined;
}

function parseTarget(value: unknown, where: string, argoName: unknown): IgnoreTarget | undefined {
  if (value === undefined && argoName === undefined) return undefined;
  if (value !== undefined && (!value || typeof value !== 'object' || Array.isArray(value))) throw ruleError(`${where}.target is not a map.`);
  const t = { ...((value ?? {}) as Record<string, unknown>), ...(argoName !== undefined ? { name: argoName } : {}) };
  const out: IgnoreTarget = {};
  for (const [k, v] of Object.entries(t)) {
    if (!['group', 'kind', 'name', 'namespace'].includes(k))
      throw ruleError(`${where}.target has an unknown field ${k} (known: group, kind, name, namespace; the API version is not part of a target).`);
    if (typeof v !== 'string') throw ruleError(`${where}.target.${k} must be text.`);
    out[k as keyof IgnoreTarget] = v;
  }
  return out;
}

function ruleError(message: string): PlanError {
  return new PlanError('ignore-rule', `Ignore rules: ${message}`, 'See the `ignore` input in the render-and-diff README for the rule format.');
}
