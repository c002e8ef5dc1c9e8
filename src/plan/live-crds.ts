/**
 * The cluster's copy of the CRDs a chart ships in crds/. Helm installs those on first install only and
 * never upgrades them, so the deployed release says nothing about them: the old side of their diff is
 * the live object, seen through the shape of the chart's (`projectOnto`), so that what the API server
 * adds (status, uid, defaults, other controllers' annotations) is not mistaken for a change.
 */
import type * as K8s from '@kubernetes/client-node';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest, type RequestOptions } from 'node:https';
import { diffManifests } from './diff.js';
import type { KubeObject } from './documents.js';
import { isMap } from './field-diff.js';
import type { IgnoreRule } from './ignore.js';
import type { ManifestDiff } from './types.js';

export interface LiveCrds {
  /** By name; absent when the cluster has no such CRD. */
  byName: Map<string, KubeObject>;
  /** Why they could not be read (permissions, connection), when they could not. */
  problem?: string;
}

/** Per CRD read: a cluster that accepts the connection and stays silent must not hold the plan. */
const READ_TIMEOUT_MS = 30_000;

export async function readLiveCrds(names: readonly string[], kubeContext: string | undefined, signal?: AbortSignal): Promise<LiveCrds> {
  const byName = new Map<string, KubeObject>();
  if (names.length === 0) return { byName };
  try {
    const k8s = await import('@kubernetes/client-node');
    const config = new k8s.KubeConfig();
    config.loadFromDefault();
    if (kubeContext) config.setCurrentContext(kubeContext);
    const server = config.getCurrentCluster()?.server;
    if (!server) throw new Error('the kubeconfig has no current cluster');
    for (const name of names) {
      const crd = await getJson(config, new URL(`/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${encodeURIComponent(name)}`, server), signal);
      if (crd) byName.set(name, crd);
    }
    return { byName };
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    return {
      byName,
      problem: `The cluster's CRDs could not be read (${reason}); the chart's ${names.length} CRD${names.length === 1 ? ' was' : 's were'} not compared.`,
    };
  }
}

/**
 * The object as the API serves it (JSON field names as in the chart: the client library's typed
 * models rename `x-kubernetes-*` fields), or undefined on 404.
 */
async function getJson(config: K8s.KubeConfig, url: URL, signal: AbortSignal | undefined): Promise<KubeObject | undefined> {
  const options: RequestOptions = { method: 'GET', headers: { accept: 'application/json' } };
  await config.applyToHTTPSOptions(options);
  const timeout = AbortSignal.timeout(READ_TIMEOUT_MS);
  const abort = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const send = url.protocol === 'http:' ? httpRequest : httpsRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { ...options, signal: abort }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode === 404) return resolve(undefined);
        if (res.statusCode === 200) return resolve(JSON.parse(body) as KubeObject);
        const status = res.statusCode === 403 ? 'this identity may not read CustomResourceDefinitions' : `HTTP ${res.statusCode}`;
        reject(new Error(`GET ${url.pathname}: ${status}`));
      });
    });
    req.on('error', (err) => reject(timeout.aborted ? new Error(`GET ${url.pathname}: no answer within ${READ_TIMEOUT_MS / 1000} s`) : err));
    req.end();
  });
}

/**
 * `live` reduced to the fields `desired` sets: maps keep only the desired keys, lists keep the live
 * length (an item the chart dropped still shows as removed) with each item reduced by its desired
 * counterpart.
 */
export function projectOnto(live: unknown, desired: unknown): unknown {
  if (isMap(live) && isMap(desired)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(desired)) if (k in live) out[k] = projectOnto(live[k], desired[k]);
    return out;
  }
  if (Array.isArray(live) && Array.isArray(desired)) return live.map((item, i) => (i < desired.length ? projectOnto(item, desired[i]) : item));
  return live;
}

export interface CrdDiffOptions {
  /** An upgrade: helm applies no CRD from crds/. */
  releaseExists: boolean;
  ignore: readonly IgnoreRule[];
}

/**
 * The chart's CRDs against the cluster's (projected onto the chart's shape), each flagged: helm
 * will not apply it when this is an upgrade or the cluster already has it.
 */
export function diffCrds(desired: readonly KubeObject[], live: ReadonlyMap<string, KubeObject>, options: CrdDiffOptions): ManifestDiff {
  const byName = new Map(desired.map((o) => [String(isMap(o.metadata) ? o.metadata.name : ''), o]));
  const projected = [...live].filter(([name]) => byName.has(name)).map(([name, object]) => projectOnto(object, byName.get(name)) as KubeObject);
  const diff = diffManifests(projected, desired, { namespace: '', ignore: options.ignore });
  for (const object of diff.objects) object.crd = { helmWillNotApply: options.releaseExists || live.has(object.key.name) };
  return diff;
}
