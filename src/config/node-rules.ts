/** Shared typed accessors over located trees: each returns the value or records a located problem. */
import { describeKind, type LEntry, type LMap, type LNode, type LSeq } from './located.js';
import { findLookalike, hasLookalike, type Lookalike } from './lookalikes.js';
import type { MergedValues } from './merge.js';
import { error, type Origin, type Problem } from '../report/problems.js';

export function wrongType(node: LNode, path: string, expected: string): Problem {
  const got = describeKind(node);
  const leaf = path.split('.').pop() ?? path;
  let fix = `Make ${path} ${expected}.`;
  if (expected === 'a string' && node.kind === 'scalar' && node.value !== null && !node.quoted) {
    fix = `Quote the value so YAML (and helm) read it as text: ${leaf.replace(/\[\d+\]$/, '')}: "${node.source}".`;
  }
  return error('values.wrong-type', `${path} must be ${expected}, but it is ${got}.`, node.origin, fix, path);
}

/** A string scalar, or undefined with a problem when it has another type. Empty strings are returned as-is. */
export function asString(node: LNode, path: string, problems: Problem[]): string | undefined {
  if (node.kind === 'scalar' && typeof node.value === 'string') return node.value;
  problems.push(wrongType(node, path, 'a string'));
  return undefined;
}

export function asMap(node: LNode, path: string, problems: Problem[]): LMap | undefined {
  if (node.kind === 'map') return node;
  problems.push(wrongType(node, path, 'a map'));
  return undefined;
}

export function asSeq(node: LNode, path: string, problems: Problem[]): LSeq | undefined {
  if (node.kind === 'seq') return node;
  problems.push(wrongType(node, path, 'a list'));
  return undefined;
}

/**
 * Problem for a required value that is absent from the merged values: points at the `null` that
 * removed it, or else at the deepest enclosing key that exists in the last file (other than
 * `skipFile`, the seed) that has any of it, so the fix lands where the value belongs.
 */
export function missing(merged: MergedValues, path: string, fix: string, skipFile?: string): Problem {
  const removedAt = merged.removed.get(path);
  if (removedAt) {
    return error(
      'values.removed',
      `${path} is required, but ${removedAt.file} removes it by setting it to null.`,
      removedAt,
      `Delete the null entry in ${removedAt.file}, or give ${path} a value.`,
      path,
    );
  }
  const files = merged.files.join(', ');
  return error('values.missing', `${path} is required, but none of the values files (${files}) sets it.`, anchorFor(merged, path, skipFile), fix, path);
}

function anchorFor(merged: MergedValues, path: string, skipFile: string | undefined): Origin {
  const keys = path.split('.');
  let best: { depth: number; origin: Origin } | undefined;
  const layers = merged.layers.filter((l) => l.file !== skipFile);
  for (const layer of [...layers].reverse()) {
    let node: LNode = layer.root;
    let origin: Origin | undefined;
    let depth = 0;
    for (const key of keys) {
      const entry: LEntry | undefined = node.kind === 'map' ? node.entries.get(key) : undefined;
      if (!entry) break;
      origin = entry.keyOrigin;
      node = entry.value;
      depth++;
    }
    if (origin && (!best || depth > best.depth)) best = { depth, origin };
  }
  return best?.origin ?? { file: layers[0]?.file ?? merged.files[0] ?? '', line: 1, col: 1 };
}

/** Levenshtein distance, for "did you mean" suggestions on misspelt keys. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** "Did you mean" looks at this many candidates, for names this short, so a huge seed cannot make it quadratic. */
const SUGGEST_MAX_CANDIDATES = 100;
const SUGGEST_MAX_LENGTH = 64;

const normalizedName = (s: string) => s.toLowerCase().replace(/[-_]/g, '');

/**
 * A known name `key` is probably a misspelling of (case, separators or two edits apart). Never a
 * homoglyph: when either name holds a non-ASCII lookalike character, `lookalikeHint` names it instead.
 */
export function closest(key: string, known: readonly string[]): string | undefined {
  if (key.length > SUGGEST_MAX_LENGTH || hasLookalike(key)) return undefined;
  const norm = normalizedName(key);
  return known
    .slice(0, SUGGEST_MAX_CANDIDATES)
    .find(
      (k) =>
        k !== key &&
        k.length <= SUGGEST_MAX_LENGTH &&
        !hasLookalike(k) &&
        (normalizedName(k) === norm || (Math.abs(k.length - key.length) <= 2 && editDistance(k, key) <= 2)),
    );
}

/** When `key` passes for a known name only through lookalike characters: that name, and the character named. */
export function lookalikeHint(key: string, known: readonly string[]): Lookalike | undefined {
  if (key.length > SUGGEST_MAX_LENGTH) return undefined;
  return findLookalike(key, known.slice(0, SUGGEST_MAX_CANDIDATES), normalizedName);
}
