/**
 * One canonical form per object, so that what cannot change the cluster never shows as a change:
 * key order (maps are rebuilt in a fixed order), quoting and whitespace (gone once parsed), `null`
 * map values (absent to the API server), the namespace a namespaced object lands in (filled in),
 * and a Secret's `stringData` (merged into `data` as the API server does, base64 re-encoded).
 */
import type { KubeObject } from './documents.js';
import { isMap } from './field-diff.js';
import type { ObjectKey } from './types.js';

const FIRST_KEYS = ['apiVersion', 'kind', 'metadata'];

/** The object in canonical form (a new value; the input is not changed). */
export function normaliseObject(object: KubeObject, key: ObjectKey): KubeObject {
  const copy = canonical(object) as KubeObject;
  if (key.namespace && isMap(copy.metadata) && !copy.metadata.namespace)
    copy.metadata = canonical({ ...copy.metadata, namespace: key.namespace }) as Record<string, unknown>;
  if (key.group === '' && key.kind === 'Secret') mergeStringData(copy);
  const ordered: KubeObject = {};
  for (const k of FIRST_KEYS) if (k in copy) ordered[k] = copy[k];
  for (const k of Object.keys(copy)) if (!FIRST_KEYS.includes(k)) ordered[k] = copy[k];
  return ordered;
}

/** Maps with sorted keys (`name` first, as Kubernetes lists it) and without null values, recursively; lists keep their order. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isMap(value)) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort(byKey)) {
    const v = value[k];
    if (v !== null && v !== undefined) out[k] = canonical(v);
  }
  return out;
}

function byKey(a: string, b: string): number {
  return a === 'name' ? -1 : b === 'name' ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `stringData` wins over `data` for the same key, as on the API server; every value ends up as
 * canonical base64 (so `YQ==` and a wrapped `Y\nQ==` compare equal). A value that is not base64 is
 * left as written, which the API server would refuse anyway.
 */
function mergeStringData(secret: KubeObject): void {
  const data: Record<string, unknown> = isMap(secret.data) ? { ...secret.data } : {};
  for (const [k, v] of Object.entries(data)) if (typeof v === 'string') data[k] = canonicalBase64(v);
  if (isMap(secret.stringData)) for (const [k, v] of Object.entries(secret.stringData)) data[k] = Buffer.from(String(v), 'utf8').toString('base64');
  delete secret.stringData;
  if (Object.keys(data).length) secret.data = canonical(data);
  else delete secret.data;
}

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

function canonicalBase64(text: string): string {
  if (!BASE64.test(text)) return text;
  return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('base64');
}
