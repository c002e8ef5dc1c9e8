/**
 * Who set what, from an object's `metadata.managedFields` (FieldsV1: `f:<field>`, list items by key
 * `k:{"name":"x"}`, by value `v:"x"` or by index `i:0`, and `.` for the node itself). A server-side
 * apply keeps what other managers own, so a dry run alone misses fields added out of band (an extra env
 * var, a sidecar): those are the fields a manager other than helm and the cluster's own controllers
 * owns, at a place the deployed manifest does not set.
 *
 * helm's managers are found by what only helm sets: the `meta.helm.sh/release-name` annotation. Helm 4
 * applies server-side as `helm` (operation Apply, owning exactly the manifest's fields); Helm 3 updates
 * client-side (operation Update, owning the server's defaults too).
 */
import { FIELD_MANAGER } from '../apply/kube-apply.js';
import type { KubeObject } from '../plan/documents.js';
import { deepEqual, isMap } from '../plan/field-diff.js';

export interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  subresource?: string;
  fieldsType?: string;
  fieldsV1?: unknown;
}

/** A path in FieldsV1 segments: `['f:spec', 'f:template', …, 'k:{"name":"api"}']`. */
export type FieldPath = readonly string[];

/** The cluster's own writers: what they set (status, revisions, allocated values, injected CA bundles) is never drift. */
const CLUSTER_MANAGERS = new Set(['kube-controller-manager', 'kube-scheduler', 'kubelet', 'kube-apiserver', 'cloud-controller-manager', 'cainjector']);

const RELEASE_NAME_ANNOTATION = ['f:metadata', 'f:annotations', 'f:meta.helm.sh/release-name'];

export function managedFieldsOf(object: KubeObject): ManagedFieldsEntry[] {
  const entries = isMap(object.metadata) ? object.metadata.managedFields : undefined;
  return Array.isArray(entries) ? entries.filter((e): e is ManagedFieldsEntry => isMap(e)) : [];
}

/** The managers that own the release-name annotation: helm's, whatever name and operation it used. */
export function helmManagers(entries: readonly ManagedFieldsEntry[]): Set<string> {
  return new Set(entries.filter((e) => e.manager && owns(e.fieldsV1, RELEASE_NAME_ANNOTATION)).map((e) => e.manager!));
}

/** The name helm applied the object with server-side (Helm 4), if it did. */
export function helmApplyManager(entries: readonly ManagedFieldsEntry[]): string | undefined {
  return entries.find((e) => e.operation === 'Apply' && e.manager && owns(e.fieldsV1, RELEASE_NAME_ANNOTATION))?.manager;
}

function owns(fields: unknown, path: readonly string[]): boolean {
  let node = fields;
  for (const segment of path) {
    if (!isMap(node) || !(segment in node)) return false;
    node = node[segment];
  }
  return true;
}

/** A manager whose fields are not drift: helm itself, the cluster's controllers, status writers and this toolkit (deploy's trace annotations). */
function isExpected(entry: ManagedFieldsEntry, helm: ReadonlySet<string>): boolean {
  const manager = entry.manager ?? '';
  return (
    helm.has(manager) || CLUSTER_MANAGERS.has(manager) || entry.subresource === 'status' || manager === FIELD_MANAGER || manager.startsWith(`${FIELD_MANAGER}-`)
  );
}

/**
 * The fields of `live` set out of band at places `deployed` does not set, each as the topmost such
 * path (an added env var is its list item, not its name and value); sorted, without duplicates.
 */
export function outOfBandFields(live: KubeObject, deployed: KubeObject): FieldPath[] {
  const entries = managedFieldsOf(live);
  const helm = helmManagers(entries);
  const found = new Map<string, FieldPath>();
  for (const entry of entries) {
    if (isExpected(entry, helm) || !isMap(entry.fieldsV1)) continue;
    walk(entry.fieldsV1, live, deployed, [], found);
  }
  return [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, path]) => path);
}

function walk(node: Record<string, unknown>, live: unknown, deployed: unknown, path: string[], found: Map<string, FieldPath>): void {
  for (const [segment, child] of Object.entries(node)) {
    if (segment === '.') continue;
    const liveChild = step(live, segment, false);
    // A manager can own a field that is gone since (another manager removed it): nothing to report.
    if (!liveChild) continue;
    const here = [...path, segment];
    const deployedChild = step(deployed, segment, true);
    if (!deployedChild) {
      found.set(JSON.stringify(here), here);
      continue;
    }
    if (isMap(child) && Object.keys(child).some((k) => k !== '.')) walk(child, liveChild.value, deployedChild.value, here, found);
  }
}

/**
 * One FieldsV1 step into `value`. `lenient` matches a keyed list item of a manifest, which may leave out
 * key fields the server defaults (a port's `protocol: TCP`): the key fields it does set must match.
 */
function step(value: unknown, segment: string, lenient: boolean): { value: unknown } | undefined {
  if (segment.startsWith('f:')) {
    const field = segment.slice(2);
    return isMap(value) && field in value && value[field] !== undefined ? { value: value[field] } : undefined;
  }
  if (!Array.isArray(value)) return undefined;
  const index = itemIndex(value, segment, lenient);
  return index < 0 ? undefined : { value: value[index] };
}

/** The index of the list item a `k:`, `v:` or `i:` segment names, or -1. */
export function itemIndex(list: readonly unknown[], segment: string, lenient = false): number {
  const body = segment.slice(2);
  if (segment.startsWith('i:')) {
    const i = Number(body);
    return Number.isInteger(i) && i >= 0 && i < list.length ? i : -1;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return -1;
  }
  if (segment.startsWith('v:')) return list.findIndex((item) => deepEqual(item, parsed));
  if (!segment.startsWith('k:') || !isMap(parsed)) return -1;
  const keys = Object.entries(parsed);
  return list.findIndex((item) => {
    if (!isMap(item)) return false;
    const present = keys.filter(([k]) => item[k] !== undefined);
    if (present.length === 0 || (!lenient && present.length < keys.length)) return false;
    return present.every(([k, v]) => deepEqual(item[k], v));
  });
}

/** The JSON-pointer segments of `path` in `object`, or undefined when it is not there. */
export function pointerSegments(object: unknown, path: FieldPath): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  let node = object;
  for (const segment of path) {
    if (segment.startsWith('f:')) {
      const field = segment.slice(2);
      if (!isMap(node) || !(field in node)) return undefined;
      out.push(field);
      node = node[field];
      continue;
    }
    if (!Array.isArray(node)) return undefined;
    const index = itemIndex(node, segment);
    if (index < 0) return undefined;
    out.push(index);
    node = node[index];
  }
  return out;
}

/** A copy of `object` without the fields at `paths` (list items are removed, later indexes first). */
export function withoutFields(object: KubeObject, paths: readonly FieldPath[]): KubeObject {
  const copy = structuredClone(object);
  const targets = paths.map((p) => pointerSegments(copy, p)).filter((s): s is (string | number)[] => s !== undefined && s.length > 0);
  targets.sort(descending);
  for (const segments of targets) {
    const parent = segments.slice(0, -1).reduce<unknown>((node, s) => (node as Record<string | number, unknown>)[s], copy);
    const last = segments.at(-1)!;
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else if (isMap(parent)) delete parent[String(last)];
  }
  return copy;
}

/** Deepest and highest-indexed first, so removing one never shifts the index of another still to remove. */
function descending(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(y) < String(x) ? -1 : 1;
  }
  return b.length - a.length;
}
