/**
 * Field-level differences between two normalised objects, as JSON pointers with before/after.
 * Maps compare key by key (so key order never matters). Lists of items that each have a unique
 * `name` (containers, env, ports, volumes — Kubernetes' merge key) are matched by name, so adding
 * one env var is one change, not a cascade over every later index; a reordering of such a list is
 * one change of the whole list. Other lists of maps compare index by index; lists of scalars whole.
 */
import { pointer } from './pointer.js';
import type { FieldChange } from './types.js';

type Json = unknown;

export function isMap(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isMap(a)) {
    if (!isMap(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

export function diffFields(before: Json, after: Json): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, [], out);
  return out;
}

function walk(before: Json, after: Json, path: (string | number)[], out: FieldChange[]): void {
  if (isMap(before) && isMap(after)) {
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      const b = before[key];
      const a = after[key];
      if (b === undefined) out.push({ path: pointer([...path, key]), after: a });
      else if (a === undefined) out.push({ path: pointer([...path, key]), before: b });
      else walk(b, a, [...path, key], out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    walkList(before, after, path, out);
    return;
  }
  if (!deepEqual(before, after)) out.push({ path: pointer(path), before, after });
}

function walkList(before: Json[], after: Json[], path: (string | number)[], out: FieldChange[]): void {
  if (deepEqual(before, after)) return;
  const namesBefore = itemNames(before);
  const namesAfter = itemNames(after);
  if (namesBefore && namesAfter) {
    const common = namesAfter.filter((n) => namesBefore.includes(n));
    const orderBefore = namesBefore.filter((n) => common.includes(n));
    if (orderBefore.join('\u0000') !== common.join('\u0000')) {
      out.push({ path: pointer(path), before, after });
      return;
    }
    namesBefore.forEach((name, i) => {
      if (!namesAfter.includes(name)) out.push({ path: pointer([...path, i]), before: before[i] });
    });
    namesAfter.forEach((name, i) => {
      const j = namesBefore.indexOf(name);
      if (j < 0) out.push({ path: pointer([...path, i]), after: after[i] });
      else walk(before[j], after[i], [...path, i], out);
    });
    return;
  }
  if (!before.some(isMap) && !after.some(isMap)) {
    out.push({ path: pointer(path), before, after });
    return;
  }
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (i >= after.length) out.push({ path: pointer([...path, i]), before: before[i] });
    else if (i >= before.length) out.push({ path: pointer([...path, i]), after: after[i] });
    else walk(before[i], after[i], [...path, i], out);
  }
}

/** The `name` of every item, when every item is a map with a string name and no name repeats. */
function itemNames(list: Json[]): string[] | undefined {
  if (list.length === 0) return [];
  const names: string[] = [];
  for (const item of list) {
    if (!isMap(item) || typeof item.name !== 'string') return undefined;
    names.push(item.name);
  }
  return new Set(names).size === names.length ? names : undefined;
}
