/**
 * The few API calls the readiness engine makes, as unstructured JSON: GET (lists, events, discovery),
 * pod logs as text, and watches through @kubernetes/client-node's Watch. Objects stay as the server
 * sent them (no typed deserialisation), so rules read every kind, CRs included, the same way.
 * The kubeconfig is loaded as src/kube/client.ts loads it, and the client library only on first use.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import type * as K8s from '@kubernetes/client-node';
import { KubeClient } from '../kube/client.js';
import { toKubeError } from '../kube/errors.js';
import type { KubeObject } from './types.js';

export type Query = Record<string, string | number | boolean | undefined>;

export interface WatchHandle {
  abort(): void;
}

/** What the watch loop and diagnostics need from the API server; unit tests fake it. */
export interface KubeTransport {
  /** The API server URL, for messages. */
  readonly server: string;
  getJson<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T>;
  getText(path: string, query?: Query, signal?: AbortSignal): Promise<string>;
  /**
   * Opens a watch; `onEvent` gets each event, `onDone` is called once when the stream ends (err
   * null on a clean close). Resolves once the request is answered (or has failed).
   */
  watch(path: string, query: Query, onEvent: (type: string, obj: KubeObject) => void, onDone: (err: unknown) => void): Promise<WatchHandle>;
}

export interface ResourceInfo {
  group: string;
  version: string;
  kind: string;
  /** Plural resource name (`deployments`). */
  plural: string;
  namespaced: boolean;
}

/** The collection URL of a resource, in `namespace` or cluster-wide. */
export function collectionPath(resource: ResourceInfo, namespace?: string): string {
  const base = resource.group ? `/apis/${resource.group}/${resource.version}` : `/api/${resource.version}`;
  return resource.namespaced && namespace ? `${base}/namespaces/${encodeURIComponent(namespace)}/${resource.plural}` : `${base}/${resource.plural}`;
}

const REQUEST_TIMEOUT_MS = 30_000;

export class KubeApi implements KubeTransport {
  private constructor(
    private readonly k8s: typeof K8s,
    private readonly client: KubeClient,
    readonly server: string,
  ) {}

  private get config(): K8s.KubeConfig {
    return this.client.kubeConfig;
  }

  /**
   * The current kubeconfig context; a missing or unreadable kubeconfig throws KubeError (`no-config`). The
   * KubeClient's kubeconfig is used, so an exec credential plugin runs bounded and is stopped by close().
   */
  static async connect(): Promise<KubeApi> {
    const client = await KubeClient.load();
    const k8s = await import('@kubernetes/client-node');
    return new KubeApi(k8s, client, client.server);
  }

  /** Stops the credential plugin, if any, and closes the client's connections. */
  close(): Promise<void> {
    return this.client.close();
  }

  async getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
    const body = await this.get(path, query, 'application/json', signal);
    return JSON.parse(body) as T;
  }

  getText(path: string, query: Query = {}, signal?: AbortSignal): Promise<string> {
    return this.get(path, query, '*/*', signal);
  }

  async watch(path: string, query: Query, onEvent: (type: string, obj: KubeObject) => void, onDone: (err: unknown) => void): Promise<WatchHandle> {
    const watch = new this.k8s.Watch(this.config);
    return watch.watch(path, query, (type: string, obj: KubeObject) => onEvent(type, obj), onDone);
  }

  private async get(path: string, query: Query, accept: string, signal?: AbortSignal): Promise<string> {
    const url = new URL(this.server.replace(/\/+$/, '') + path);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value));
    const options: https.RequestOptions = { headers: {} };
    await this.config.applyToHTTPSOptions(options);
    const transport = url.protocol === 'http:' ? http : https;
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = transport.request(
        url,
        { ...options, method: 'GET', headers: { ...options.headers, Accept: accept }, signal, timeout: REQUEST_TIMEOUT_MS },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`), { code: 'ETIMEDOUT' })));
      req.on('error', reject);
      req.end();
    }).catch((err: unknown) => {
      throw toKubeError(err, this.server);
    });
    if (status >= 400) throw toKubeError({ code: status, body }, this.server);
    return body;
  }
}

interface ApiResourceList {
  resources?: { name: string; kind: string; namespaced: boolean }[];
}

/** Kinds to resources (plural, scope) through the discovery API, one request per group version. */
export class Discovery {
  private readonly lists = new Map<string, Promise<ApiResourceList | undefined>>();

  constructor(private readonly api: KubeTransport) {}

  async resource(apiVersion: string, kind: string, signal?: AbortSignal): Promise<ResourceInfo | undefined> {
    const [group, version] = apiVersion.includes('/') ? (apiVersion.split('/', 2) as [string, string]) : ['', apiVersion];
    let list = this.lists.get(apiVersion);
    if (!list) {
      list = this.api.getJson<ApiResourceList>(group ? `/apis/${group}/${version}` : `/api/${version}`, {}, signal).catch((err: unknown) => {
        if ((err as { kind?: string }).kind === 'not-found') return undefined;
        this.lists.delete(apiVersion);
        throw err;
      });
      this.lists.set(apiVersion, list);
    }
    const found = (await list)?.resources?.find((r) => r.kind === kind && !r.name.includes('/'));
    return found ? { group, version, kind, plural: found.name, namespaced: found.namespaced } : undefined;
  }
}
