/** Reading unstructured objects the way controllers write them: integers, conditions, owners, identities. */
import type { KubeObject, ObjectRef } from './types.js';

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

/** The API group of an apiVersion: `apps/v1` → `apps`, `v1` → ''. */
export const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '');

/** `Deployment` for core and apps kinds people know by name, `Certificate.cert-manager.io` otherwise. */
export function kindLabel(ref: Pick<ObjectRef, 'apiVersion' | 'kind'>): string {
  const group = groupOf(ref.apiVersion);
  return group === '' || group === 'apps' || group === 'batch' ? ref.kind : `${ref.kind}.${group}`;
}

/** `Deployment chalk/api`: how objects are named in logs, annotations and tables. */
export const describeRef = (ref: ObjectRef): string => `${kindLabel(ref)} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;

/** Identity of an object across versions of its API: group, kind, namespace, name. */
export const refKey = (ref: ObjectRef): string => `${groupOf(ref.apiVersion)}/${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;

export function refOf(obj: KubeObject): ObjectRef {
  return {
    apiVersion: obj.apiVersion ?? '',
    kind: obj.kind ?? '',
    name: obj.metadata?.name ?? '',
    ...(obj.metadata?.namespace ? { namespace: obj.metadata.namespace } : {}),
  };
}

/** A field by dotted path under the object (`status.readyReplicas`). */
export function field(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/**
 * An integer field, also when it is published as a numeric string: some controllers write
 * `observedGeneration: "3"` (helm #32615), which a strict reader would reject or ignore.
 */
export function intField(obj: unknown, path: string): number | undefined {
  const value = field(obj, path);
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

export const intOr = (obj: unknown, path: string, fallback: number): number => intField(obj, path) ?? fallback;

export function stringField(obj: unknown, path: string): string | undefined {
  const value = field(obj, path);
  return typeof value === 'string' ? value : undefined;
}

export function conditions(obj: KubeObject): Condition[] {
  const list = field(obj, 'status.conditions');
  if (!Array.isArray(list)) return [];
  return list
    .filter((c): c is Condition => Boolean(c) && typeof c === 'object' && typeof (c as Condition).type === 'string')
    .map((c) => ({
      ...c,
      status: String(c.status ?? ''),
    }));
}

export const condition = (obj: KubeObject, type: string): Condition | undefined => conditions(obj).find((c) => c.type === type);

/** The controlling owner's uid (`ownerReferences[].controller: true`). */
export const controllerUid = (obj: KubeObject): string | undefined => obj.metadata?.ownerReferences?.find((o) => o.controller)?.uid;

export const controllerKind = (obj: KubeObject): string | undefined => obj.metadata?.ownerReferences?.find((o) => o.controller)?.kind;

export const isTerminating = (obj: KubeObject): boolean => Boolean(obj.metadata?.deletionTimestamp);

/** `3/5` style counts for messages. */
export const ratio = (have: number, want: number): string => `${have}/${want}`;
