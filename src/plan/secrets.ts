/**
 * Secrets in a plan: never a value, never a length. A Secret's `data` values and its
 * `last-applied-configuration` annotation (which holds them again) are shown as `***`, with
 * `*** (changed)` on the new side where the value differs, and the keys added, removed and changed
 * are named. Any string anywhere (an env value, a ConfigMap entry) equal to a Secret's value is
 * masked the same way. Values are held in memory only to compare; the plan holds none.
 */
import type { KubeObject } from './documents.js';
import { isMap } from './field-diff.js';
import { escapeSegment, segmentsOf } from './pointer.js';
import type { FieldChange, ObjectKey, SecretChange } from './types.js';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
export const MASK = '***';
export const MASK_CHANGED = '*** (changed)';

export function isSecret(key: Pick<ObjectKey, 'group' | 'kind'>): boolean {
  return key.group === '' && key.kind === 'Secret';
}

/** The strings masked wherever they appear whole: every Secret value, decoded and as base64. */
export class MaskedValues {
  private readonly values = new Set<string>();

  add(value: string): void {
    if (value.trim()) this.values.add(value);
  }

  /** A normalised Secret's values (its last-applied copy included). */
  addSecret(secret: KubeObject): void {
    for (const data of [dataOf(secret), lastAppliedData(secret)]) for (const encoded of data.values()) this.addEncoded(encoded);
  }

  /** A base64 `data` value: the encoded form and the decoded one (binary data decodes to text nothing else equals). */
  addEncoded(encoded: string): void {
    this.add(encoded);
    this.add(Buffer.from(encoded, 'base64').toString('utf8'));
  }

  has(value: string): boolean {
    return this.values.has(value);
  }

  get size(): number {
    return this.values.size;
  }
}

/** `data` of a normalised Secret (stringData is merged into it), key → base64. */
function dataOf(secret: KubeObject | undefined): Map<string, string> {
  const data = secret && isMap(secret.data) ? secret.data : {};
  return new Map(Object.entries(data).map(([k, v]) => [k, String(v)]));
}

/** The Secret as last applied by kubectl, when the annotation holds one: its data, stringData merged. */
function lastAppliedData(secret: KubeObject | undefined): Map<string, string> {
  const meta = secret && isMap(secret.metadata) ? secret.metadata : {};
  const annotations = isMap(meta.annotations) ? meta.annotations : {};
  const text = annotations[LAST_APPLIED];
  if (typeof text !== 'string') return new Map();
  let applied: unknown;
  try {
    applied = JSON.parse(text);
  } catch {
    return new Map();
  }
  if (!isMap(applied)) return new Map();
  const out = new Map<string, string>();
  if (isMap(applied.data)) for (const [k, v] of Object.entries(applied.data)) out.set(k, String(v));
  if (isMap(applied.stringData)) for (const [k, v] of Object.entries(applied.stringData)) out.set(k, Buffer.from(String(v), 'utf8').toString('base64'));
  return out;
}

/** Keys added, removed and changed, over `data` and the last-applied copy. */
export function secretChange(before: KubeObject | undefined, after: KubeObject | undefined): SecretChange {
  const added = new Set<string>();
  const removed = new Set<string>();
  const changed = new Set<string>();
  const pairs: [Map<string, string>, Map<string, string>][] = [
    [dataOf(before), dataOf(after)],
    [lastAppliedData(before), lastAppliedData(after)],
  ];
  for (const [b, a] of pairs) {
    for (const [k, v] of a) {
      if (!b.has(k)) added.add(k);
      else if (!sameBytes(b.get(k)!, v)) changed.add(k);
    }
    for (const k of b.keys()) if (!a.has(k)) removed.add(k);
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return { keysAdded: sorted(added), keysRemoved: sorted(removed), keysChanged: sorted(changed) };
}

function sameBytes(a: string, b: string): boolean {
  return a === b || Buffer.from(a, 'base64').equals(Buffer.from(b, 'base64'));
}

/** Is the leaf at `path` of an object with `key` secret by position (a Secret's data value or last-applied copy)? */
function secretByPosition(key: ObjectKey, segments: readonly string[]): boolean {
  if (!isSecret(key)) return false;
  return (
    (segments[0] === 'data' && segments.length >= 2) ||
    (segments.length === 3 && segments[0] === 'metadata' && segments[1] === 'annotations' && segments[2] === LAST_APPLIED)
  );
}

/**
 * The object as shown: every secret leaf replaced by `***`, or by `*** (changed)` where `changed`
 * lists its path (the new side of a changed value).
 */
export function maskedView(object: unknown, key: ObjectKey, masked: MaskedValues, changed: ReadonlySet<string> = new Set()): unknown {
  const walk = (value: unknown, segments: string[], path: string): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...segments, String(i)], `${path}/${i}`));
    if (isMap(value)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = walk(v, [...segments, k], `${path}/${escapeSegment(k)}`);
      return out;
    }
    if (secretByPosition(key, segments) || (typeof value === 'string' && masked.has(value))) return changed.has(path) ? MASK_CHANGED : MASK;
    return value;
  };
  return walk(object, [], '');
}

/**
 * A field difference fit to show: a secret leaf keeps only its path (`redacted`), a subtree keeps
 * its shape with its secret leaves masked. `changedSecretPaths` collects the paths whose secret value
 * differs, for the new side's `*** (changed)`.
 */
export function redactField(field: FieldChange, key: ObjectKey, masked: MaskedValues, changedSecretPaths: Set<string>): FieldChange {
  const segments = segmentsOf(field.path);
  const leafIsSecret = (v: unknown) => v !== undefined && (secretByPosition(key, segments) || (typeof v === 'string' && masked.has(v)));
  if (leafIsSecret(field.before) || leafIsSecret(field.after)) {
    if (field.before !== undefined && field.after !== undefined) changedSecretPaths.add(field.path);
    const { path, ignoredBy } = field;
    return { path, redacted: true, ...(ignoredBy ? { ignoredBy } : {}) };
  }
  const mask = (v: unknown) => (v === undefined ? undefined : maskedSubtree(v, key, segments, masked));
  const out: FieldChange = { path: field.path };
  if (field.before !== undefined) out.before = mask(field.before);
  if (field.after !== undefined) out.after = mask(field.after);
  if (field.ignoredBy) out.ignoredBy = field.ignoredBy;
  return out;
}

function maskedSubtree(value: unknown, key: ObjectKey, baseSegments: readonly string[], masked: MaskedValues): unknown {
  const walk = (v: unknown, segments: string[]): unknown => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...segments, String(i)]));
    if (isMap(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...segments, k])]));
    return secretByPosition(key, segments) || (typeof v === 'string' && masked.has(v)) ? MASK : v;
  };
  return walk(value, [...baseSegments]);
}

const DATA_ENTRY = /^([A-Za-z0-9._-]+)[ \t]*:[ \t]*(.*)$/;

/**
 * A Secret document's values by line scan (key → base64), for Secrets identical on both sides that
 * are never parsed; undefined when the text is anything but plain `key: value` lines under top-level
 * `data:` / `stringData:` (block scalars, flow maps, escapes, a last-applied copy), to be parsed instead.
 */
export function scanSecretData(body: string): Map<string, string> | undefined {
  if (body.includes(LAST_APPLIED)) return undefined;
  const out = new Map<string, string>();
  for (const section of ['data', 'stringData'] as const) {
    const marker = `${section}:`;
    // The section's line start: 0 also when indexOf finds nothing (-1 + 1), told apart by startsWith.
    const at = body.startsWith(marker) ? 0 : body.indexOf(`\n${marker}`) + 1;
    if (at === 0 && !body.startsWith(marker)) continue;
    if (!scanSection(body, at + marker.length, section, out)) return undefined;
  }
  return out;
}

/** The `key: value` lines of one top-level section from `from` (just past its colon); false when unsure. */
function scanSection(body: string, from: number, section: 'data' | 'stringData', out: Map<string, string>): boolean {
  let lineEnd = body.indexOf('\n', from);
  if (lineEnd < 0) lineEnd = body.length;
  const rest = body.slice(from, lineEnd).trim();
  if (rest !== '' && rest !== '{}') return false;
  let indent = -1;
  for (let start = lineEnd + 1; start < body.length;) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    const line = body.slice(start, end);
    start = end + 1;
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const lead = line.length - line.trimStart().length;
    if (lead === 0) break;
    if (indent < 0) indent = lead;
    if (lead !== indent || line[lead - 1] === '\t') return false;
    const m = DATA_ENTRY.exec(line.slice(lead));
    const value = m ? plainOrQuoted(m[2]!.trim()) : undefined;
    if (value === undefined) return false;
    out.set(m![1]!, section === 'data' ? value : Buffer.from(value, 'utf8').toString('base64'));
  }
  return true;
}

function plainOrQuoted(text: string): string | undefined {
  if (/^[A-Za-z0-9+/=._-]+$/.test(text) && !/^(?:true|false|null|~|[-+]?[0-9][0-9_.e+-]*)$/i.test(text)) return text;
  const m = /^"([^"\\]*)"$|^'([^']*)'$/.exec(text);
  return m ? (m[1] ?? m[2]) : undefined;
}
