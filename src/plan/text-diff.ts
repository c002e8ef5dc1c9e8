/** The unified text diff of one object (jsdiff), from its canonical YAML. */
import { diffLines, FILE_HEADERS_ONLY, formatPatch, structuredPatch } from 'diff';
import type { ObjectKey } from './types.js';

export const CONTEXT_LINES = 3;

export function objectLabel(key: ObjectKey): string {
  return `${key.kind}${key.group ? `.${key.group}` : ''} ${key.namespace ? `${key.namespace}/` : ''}${key.name}`;
}

/** `--- <object> (deployed)` / `+++ <object> (planned)` and hunks with context; '' when the texts are equal. */
export function unifiedDiff(beforeKey: ObjectKey | undefined, afterKey: ObjectKey | undefined, before: string, after: string): string {
  if (before === after) return '';
  const patch = structuredPatch(
    beforeKey ? `${objectLabel(beforeKey)} (deployed)` : '/dev/null',
    afterKey ? `${objectLabel(afterKey)} (planned)` : '/dev/null',
    before,
    after,
    '',
    '',
    { context: CONTEXT_LINES },
  );
  return formatPatch(patch, FILE_HEADERS_ONLY);
}

/** Shared lines over all lines (0..1), for telling a rename from an unrelated add and remove. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  let common = 0;
  for (const part of diffLines(a, b)) if (!part.added && !part.removed) common += 2 * (part.count ?? 0);
  const lines = (t: string) => (t ? t.split('\n').length - (t.endsWith('\n') ? 1 : 0) : 0);
  const all = lines(a) + lines(b);
  return all === 0 ? 1 : common / all;
}
