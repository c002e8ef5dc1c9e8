/**
 * What to wait on: the objects of a helm release (its manifest, as `helm get manifest` prints it), or
 * the workloads, Jobs, claims and Services of a namespace. Hooks are not part of a release's manifest,
 * so they are not waited on (helm ran them already).
 */
import { parseAllDocuments } from 'yaml';
import { HelmError } from '../helm/errors.js';
import type { HelmClient } from '../helm/client.js';
import { assertName } from '../kube/names.js';
import { ReadinessError } from './errors.js';
import { controllerKind } from './objects.js';
import type { KubeObject, ObjectRef } from './types.js';

/** The objects a manifest declares (`List` kinds unpacked); documents without a kind or a name are skipped. */
export function parseManifest(text: string): ObjectRef[] {
  const refs: ObjectRef[] = [];
  const add = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    const obj = value as KubeObject;
    if (typeof obj.kind === 'string' && obj.kind.endsWith('List') && Array.isArray(obj.items)) {
      for (const item of obj.items) add(item);
      return;
    }
    const name = obj.metadata?.name;
    if (typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string' || typeof name !== 'string' || !name) return;
    const namespace = obj.metadata?.namespace;
    refs.push({ apiVersion: obj.apiVersion, kind: obj.kind, name, ...(typeof namespace === 'string' && namespace ? { namespace } : {}) });
  };
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new Error(`the release manifest is not valid YAML: ${doc.errors[0]?.message}`);
    add(doc.toJS());
  }
  return refs;
}

/** The objects of `release` in `namespace`, from the release's stored manifest. */
export async function releaseObjects(helm: HelmClient, release: string, namespace: string, timeoutMs: number): Promise<ObjectRef[]> {
  assertName('release', release, 'Release');
  assertName('namespace', namespace, 'Namespace');
  try {
    const { stdout } = await helm.run(['get', 'manifest', release, '--namespace', namespace], { timeoutMs });
    return parseManifest(stdout);
  } catch (err) {
    if (err instanceof HelmError && err.kind === 'not-found')
      throw new ReadinessError(
        'release-not-found',
        `helm release ${release} does not exist in namespace ${namespace}`,
        'Check the release name and namespace (helm list --namespace <namespace>), and that the deploy step ran first.',
      );
    throw err;
  }
}

/** What a namespace target waits on: kinds with a readiness of their own, by apiVersion. */
export const NAMESPACE_KINDS: readonly { apiVersion: string; kind: string }[] = [
  { apiVersion: 'apps/v1', kind: 'Deployment' },
  { apiVersion: 'apps/v1', kind: 'StatefulSet' },
  { apiVersion: 'apps/v1', kind: 'DaemonSet' },
  { apiVersion: 'apps/v1', kind: 'ReplicaSet' },
  { apiVersion: 'batch/v1', kind: 'Job' },
  { apiVersion: 'v1', kind: 'Pod' },
  { apiVersion: 'v1', kind: 'PersistentVolumeClaim' },
  { apiVersion: 'v1', kind: 'Service' },
];

/**
 * Whether a namespace target waits on this object itself: not on ReplicaSets and pods a controller
 * manages (their owner is waited on, with them), nor on Jobs a CronJob starts on its schedule.
 */
export function waitsOnItself(obj: KubeObject): boolean {
  const owner = controllerKind(obj);
  if (obj.kind === 'ReplicaSet' || obj.kind === 'Pod') return owner === undefined;
  if (obj.kind === 'Job') return owner !== 'CronJob';
  return true;
}
