/**
 * One object of the release against the cluster, as a pair the plan's differ compares: the deployed
 * side is what applying the release's object would leave (the server's answer to a dry run with helm's
 * field manager, or the same computed here when there is none), with the fields others added out of
 * band taken away; the live side is the object as it is. Both lose what the cluster owns first, so
 * status, bookkeeping metadata, revisions, HPA-managed replicas and injected CA bundles never show.
 */
import type { KubeObject } from '../plan/documents.js';
import { isMap } from '../plan/field-diff.js';
import type { ObjectKey } from '../plan/types.js';
import { outOfBandFields, withoutFields } from './managed-fields.js';

/** Metadata the API server and controllers write. */
const SERVER_METADATA = [
  'managedFields',
  'resourceVersion',
  'uid',
  'generation',
  'creationTimestamp',
  'selfLink',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
];
/** Annotations controllers write on the objects they manage. */
const CONTROLLER_ANNOTATIONS = ['deployment.kubernetes.io/revision', 'deprecated.daemonset.template.generation'];
const MANAGED_BY = 'app.kubernetes.io/managed-by';

export interface LiveInput {
  key: ObjectKey;
  /** The object as the release manifest holds it. */
  deployed: KubeObject;
  /** The object as the API server serves it (managedFields included). */
  live: KubeObject;
  /** The API server's answer to a server-side apply dry run of `withHelmMetadata(deployed)`, when it gave one. */
  dryRun?: KubeObject;
  /** A HorizontalPodAutoscaler scales it: `spec.replicas` is the autoscaler's. */
  autoscaled: boolean;
}

export interface LivePair {
  deployed: KubeObject;
  live: KubeObject;
}

/** What helm adds to every object it applies, besides the manifest: its ownership label and annotations. */
export function withHelmMetadata(object: KubeObject, release: string, namespace: string): KubeObject {
  const metadata = isMap(object.metadata) ? object.metadata : {};
  const labels = isMap(metadata.labels) ? metadata.labels : {};
  const annotations = isMap(metadata.annotations) ? metadata.annotations : {};
  return {
    ...object,
    metadata: {
      ...metadata,
      labels: { ...labels, [MANAGED_BY]: 'Helm' },
      annotations: { ...annotations, 'meta.helm.sh/release-name': release, 'meta.helm.sh/release-namespace': namespace },
    },
  };
}

/**
 * The pair to compare. `deployed` must already carry helm's metadata. Without a dry run the apply is
 * computed here: the live object, less what was added out of band, with the deployed fields laid over it
 * (maps merged, lists of named items matched by name, other lists of the same length item by item).
 */
export function livePair(input: LiveInput): LivePair {
  const added = outOfBandFields(input.live, input.deployed);
  const applied = input.dryRun ? withoutFields(input.dryRun, added) : (overlay(withoutFields(input.live, added), input.deployed) as KubeObject);
  return { deployed: stripClusterOwned(applied, input.key, input.autoscaled), live: stripClusterOwned(input.live, input.key, input.autoscaled) };
}

function overlay(base: unknown, desired: unknown): unknown {
  if (isMap(base) && isMap(desired)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(desired)) out[k] = k in base ? overlay(base[k], v) : v;
    return out;
  }
  if (Array.isArray(base) && Array.isArray(desired)) {
    const baseByName = namedItems(base);
    if (baseByName && namedItems(desired)) return desired.map((d) => (baseByName.has(nameOf(d)) ? overlay(baseByName.get(nameOf(d)), d) : d));
    if (base.length === desired.length) return desired.map((d, i) => overlay(base[i], d));
  }
  return desired;
}

function nameOf(item: unknown): string {
  return isMap(item) && typeof item.name === 'string' ? item.name : '';
}

/** The items by name, when every item is a map with a unique string name. */
function namedItems(list: readonly unknown[]): Map<string, unknown> | undefined {
  const map = new Map<string, unknown>();
  for (const item of list) {
    const name = nameOf(item);
    if (!name || map.has(name)) return undefined;
    map.set(name, item);
  }
  return map;
}

/** A copy without what the cluster owns. */
export function stripClusterOwned(object: KubeObject, key: ObjectKey, autoscaled: boolean): KubeObject {
  const copy = structuredClone(object);
  delete copy.status;
  if (isMap(copy.metadata)) {
    for (const field of SERVER_METADATA) delete copy.metadata[field];
    const annotations = copy.metadata.annotations;
    if (isMap(annotations)) {
      for (const a of CONTROLLER_ANNOTATIONS) delete annotations[a];
      if (Object.keys(annotations).length === 0) delete copy.metadata.annotations;
    }
  }
  const spec = isMap(copy.spec) ? copy.spec : undefined;
  if (autoscaled && spec) delete spec.replicas;
  // CA bundles are injected by the API server's owner of the CA (cert-manager's cainjector, the aggregator's installer).
  if ((key.kind === 'MutatingWebhookConfiguration' || key.kind === 'ValidatingWebhookConfiguration') && Array.isArray(copy.webhooks))
    for (const hook of copy.webhooks) if (isMap(hook) && isMap(hook.clientConfig)) delete hook.clientConfig.caBundle;
  if (key.kind === 'APIService' && spec) delete spec.caBundle;
  if (
    key.kind === 'CustomResourceDefinition' &&
    spec &&
    isMap(spec.conversion) &&
    isMap(spec.conversion.webhook) &&
    isMap(spec.conversion.webhook.clientConfig)
  )
    delete spec.conversion.webhook.clientConfig.caBundle;
  return copy;
}

/** HorizontalPodAutoscalers' targets, as `group/kind/name` in their namespace. */
export function autoscaledTargets(autoscalers: readonly KubeObject[]): Set<string> {
  const targets = new Set<string>();
  for (const hpa of autoscalers) {
    const ref = isMap(hpa.spec) && isMap(hpa.spec.scaleTargetRef) ? hpa.spec.scaleTargetRef : undefined;
    if (!ref || typeof ref.kind !== 'string' || typeof ref.name !== 'string') continue;
    const apiVersion = typeof ref.apiVersion === 'string' ? ref.apiVersion : '';
    const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
    const namespace = isMap(hpa.metadata) && typeof hpa.metadata.namespace === 'string' ? hpa.metadata.namespace : '';
    targets.add(targetId(group, ref.kind, namespace, ref.name));
  }
  return targets;
}

export function targetId(group: string, kind: string, namespace: string, name: string): string {
  return `${group}/${kind}/${namespace}/${name}`;
}
