/**
 * The reads drift-check makes of the cluster, and its one kind of write request, which writes nothing:
 * a server-side apply with `dryRun=All`. Objects are read as the API serves them (JSON, field names as
 * in the manifest, managedFields included): the client library's typed models rename and retype
 * fields, so requests go through the kubeconfig's own connection options (client certificates, tokens,
 * exec plugins, proxies) without them. Kinds are found by discovery, so custom resources are read as
 * any other object.
 *
 * RBAC: `get` on every kind of the release, `list` on horizontalpodautoscalers in its namespace, and
 * `patch` on every kind for the dry run (dry runs are authorised as the real verb); without `patch` an
 * object is compared read-only.
 */
import type * as K8s from '@kubernetes/client-node';
import { Agent as HttpAgent, request as httpRequest, type Agent } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest, type RequestOptions } from 'node:https';
import { KubeError, toKubeError } from '../kube/errors.js';
import type { KubeObject } from '../plan/documents.js';
import { isMap } from '../plan/field-diff.js';

export interface ApiResource {
  /** `deployments`. */
  plural: string;
  namespaced: boolean;
}

export interface ObjectRef {
  apiVersion: string;
  kind: string;
  /** '' for cluster-scoped kinds. */
  namespace: string;
  name: string;
}

export interface ClusterOptions {
  kubeContext?: string;
  /** Per request. */
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Connection options are made again after this long, so an exec plugin's short-lived token is renewed. */
const OPTIONS_TTL_MS = 60_000;
const MAX_BODY_BYTES = 64 << 20;

export class LiveCluster {
  private readonly discovery = new Map<string, Promise<Map<string, ApiResource> | undefined>>();
  private readonly agents = new Set<Agent>();
  private connection: { options: Promise<RequestOptions>; at: number } | undefined;
  /** Connections kept open between requests (hundreds of objects, each read and dry-run); a proxy keeps the library's own agent. */
  private readonly keepAlive: Agent | undefined;

  private constructor(
    private readonly config: K8s.KubeConfig,
    readonly server: string,
    private readonly options: ClusterOptions,
  ) {
    if (!config.getCurrentCluster()?.proxyUrl) {
      this.keepAlive = server.startsWith('http:') ? new HttpAgent({ keepAlive: true }) : new HttpsAgent({ keepAlive: true });
      this.agents.add(this.keepAlive);
    }
  }

  /** Loads the kubeconfig as kubectl and helm do ($KUBECONFIG, else ~/.kube/config, else in-cluster). */
  static async connect(options: ClusterOptions): Promise<LiveCluster> {
    const k8s = await import('@kubernetes/client-node');
    const config = new k8s.KubeConfig();
    try {
      config.loadFromDefault();
      if (options.kubeContext) config.setCurrentContext(options.kubeContext);
    } catch (err) {
      throw new KubeError(
        'no-config',
        `the kubeconfig cannot be used: ${err instanceof Error ? err.message : String(err)}`,
        'Fix the kubeconfig (and kube-context).',
      );
    }
    const server = config.getCurrentCluster()?.server;
    if (!server)
      throw new KubeError(
        'no-config',
        'the kubeconfig has no current cluster',
        'Configure cluster access first, e.g. `aws eks update-kubeconfig --name <cluster>`.',
      );
    return new LiveCluster(config, server.replace(/\/+$/, ''), options);
  }

  /** Ends the connections this client opened. */
  close(): void {
    for (const agent of this.agents) agent.destroy();
    this.agents.clear();
  }

  /** The resource serving `kind` in `apiVersion`, or undefined when the API server serves no such kind. */
  async resourceOf(apiVersion: string, kind: string): Promise<ApiResource | undefined> {
    let resources = this.discovery.get(apiVersion);
    if (!resources) {
      resources = this.discover(apiVersion);
      this.discovery.set(apiVersion, resources);
    }
    return (await resources)?.get(kind);
  }

  private async discover(apiVersion: string): Promise<Map<string, ApiResource> | undefined> {
    const list = await this.send('GET', groupVersionPath(apiVersion));
    if (!list) return undefined;
    const resources = Array.isArray(list.resources) ? list.resources : [];
    const out = new Map<string, ApiResource>();
    for (const r of resources) {
      if (!isMap(r) || typeof r.name !== 'string' || r.name.includes('/') || typeof r.kind !== 'string') continue;
      out.set(r.kind, { plural: r.name, namespaced: r.namespaced === true });
    }
    return out;
  }

  /** The object, or undefined when it does not exist. */
  get(ref: ObjectRef, resource: ApiResource): Promise<KubeObject | undefined> {
    return this.send('GET', objectPath(ref, resource));
  }

  /** The object as a server-side apply by `fieldManager` would leave it (forcing conflicts), without storing anything. */
  async dryRunApply(object: KubeObject, ref: ObjectRef, resource: ApiResource, fieldManager: string): Promise<KubeObject> {
    const query = new URLSearchParams({ dryRun: 'All', fieldManager, force: 'true' });
    const answer = await this.send('PATCH', `${objectPath(ref, resource)}?${query}`, JSON.stringify(object), 'application/apply-patch+yaml');
    if (!answer) throw new KubeError('not-found', `${ref.kind} ${ref.name} disappeared during the dry run`, 'Run the drift check again.', 404);
    return answer;
  }

  /** The items of a namespaced list (e.g. `/apis/autoscaling/v2/namespaces/x/horizontalpodautoscalers`). */
  async list(path: string): Promise<KubeObject[]> {
    const answer = await this.send('GET', path);
    return answer && Array.isArray(answer.items) ? answer.items.filter((i): i is KubeObject => isMap(i)) : [];
  }

  private connectionOptions(): Promise<RequestOptions> {
    if (!this.connection || Date.now() - this.connection.at > OPTIONS_TTL_MS) {
      const options: RequestOptions = { headers: {} };
      const ready = this.config.applyToHTTPSOptions(options).then(() => {
        if (options.agent && options.agent !== true) {
          if (this.keepAlive) options.agent.destroy();
          else this.agents.add(options.agent);
        }
        // The TLS settings (CA, client certificate, server name) are in the options themselves; the agent only pools.
        if (this.keepAlive) options.agent = this.keepAlive;
        return options;
      });
      this.connection = { options: ready, at: Date.now() };
    }
    return this.connection.options;
  }

  /** One request; 404 is undefined, other failures a KubeError. */
  private async send(method: string, path: string, body?: string, contentType?: string): Promise<KubeObject | undefined> {
    const url = new URL(`${this.server}${path}`);
    const base = await this.connectionOptions().catch((err: unknown) => {
      this.connection = undefined;
      throw toKubeError(err, this.server);
    });
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = this.options.signal ? AbortSignal.any([this.options.signal, timeout]) : timeout;
    const headers: Record<string, string | number> = { ...(base.headers as Record<string, string>), accept: 'application/json' };
    if (body !== undefined) {
      headers['content-type'] = contentType ?? 'application/json';
      headers['content-length'] = Buffer.byteLength(body);
    }
    const send = url.protocol === 'http:' ? httpRequest : httpsRequest;
    const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = send(url, { ...base, method, headers, signal }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_BODY_BYTES) req.destroy(new Error(`${method} ${url.pathname}: the answer is over ${MAX_BODY_BYTES >> 20} MiB`));
          else chunks.push(c);
        });
        res.on('error', reject);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', (err) => reject(timeout.aborted ? Object.assign(new Error(`${method} ${url.pathname} timed out`), { name: 'AbortError' }) : err));
      req.end(body);
    }).catch((err: unknown) => {
      throw toKubeError(err, this.server);
    });
    if (status === 404) return undefined;
    if (status >= 200 && status < 300) return JSON.parse(text) as KubeObject;
    throw toKubeError({ code: status, body: text }, this.server);
  }
}

function groupVersionPath(apiVersion: string): string {
  return apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
}

function objectPath(ref: ObjectRef, resource: ApiResource): string {
  const namespace = resource.namespaced ? `/namespaces/${encodeURIComponent(ref.namespace)}` : '';
  return `${groupVersionPath(ref.apiVersion)}${namespace}/${resource.plural}/${encodeURIComponent(ref.name)}`;
}
