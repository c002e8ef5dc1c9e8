/**
 * A loopback Kubernetes API server for the readiness engine's unit tests: discovery, lists and
 * watches (with resourceVersion replay, 410 Gone once history is compacted) over plain HTTP, and
 * the failures the engine must survive: dropped watch connections, a server that refuses
 * connections for a while, ERROR events, and 403s. Every request must carry the kubeconfig's token.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KubeObject } from '../../src/readiness/types.js';

interface Resource {
  groupVersion: string;
  plural: string;
  kind: string;
  namespaced: boolean;
}

const RESOURCES: Resource[] = [
  { groupVersion: 'v1', plural: 'pods', kind: 'Pod', namespaced: true },
  { groupVersion: 'v1', plural: 'services', kind: 'Service', namespaced: true },
  { groupVersion: 'v1', plural: 'persistentvolumeclaims', kind: 'PersistentVolumeClaim', namespaced: true },
  { groupVersion: 'v1', plural: 'configmaps', kind: 'ConfigMap', namespaced: true },
  { groupVersion: 'v1', plural: 'secrets', kind: 'Secret', namespaced: true },
  { groupVersion: 'v1', plural: 'events', kind: 'Event', namespaced: true },
  { groupVersion: 'apps/v1', plural: 'deployments', kind: 'Deployment', namespaced: true },
  { groupVersion: 'apps/v1', plural: 'statefulsets', kind: 'StatefulSet', namespaced: true },
  { groupVersion: 'apps/v1', plural: 'daemonsets', kind: 'DaemonSet', namespaced: true },
  { groupVersion: 'apps/v1', plural: 'replicasets', kind: 'ReplicaSet', namespaced: true },
  { groupVersion: 'batch/v1', plural: 'jobs', kind: 'Job', namespaced: true },
];

interface Change {
  rv: number;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  obj: KubeObject;
}

interface Watcher {
  collection: string;
  fieldSelector?: string;
  res: ServerResponse;
}

/** `metadata.name=x` / `involvedObject.uid=y`: the one field selector form the engine sends. */
function matchesField(obj: KubeObject, selector: string | undefined): boolean {
  if (!selector) return true;
  const [path, value] = selector.split('=', 2) as [string, string];
  const actual = path.split('.').reduce<unknown>((cur, part) => (cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined), obj);
  return actual === value;
}

const collectionOf = (obj: KubeObject): string => {
  const resource = RESOURCES.find((r) => r.kind === obj.kind && r.groupVersion === obj.apiVersion);
  if (!resource) throw new Error(`the fake API server serves no ${obj.apiVersion} ${obj.kind}`);
  const base = resource.groupVersion === 'v1' ? '/api/v1' : `/apis/${resource.groupVersion}`;
  return `${base}/namespaces/${obj.metadata?.namespace}/${resource.plural}`;
};

export class FakeApiServer {
  private rv = 100;
  private readonly objects = new Map<string, Map<string, KubeObject>>();
  private readonly history: (Change & { collection: string })[] = [];
  /** Changes at or before this version are compacted: watching from them gets 410 Gone. */
  private compactedThrough = 0;
  private readonly watchers = new Set<Watcher>();
  private readonly sockets = new Set<Socket>();
  private server: Server;
  /** Every request: path and query. */
  readonly requests: { path: string; query: URLSearchParams }[] = [];
  /** Collection paths answered with 403. */
  readonly forbidden = new Set<string>();
  /** Log text by `namespace/pod/container`; other logs answer 500 as a node that serves none would. */
  readonly logs = new Map<string, string>();

  private constructor(readonly port: number) {
    this.server = this.makeServer();
  }

  static async start(): Promise<FakeApiServer> {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const fake = new FakeApiServer(port);
    await fake.listen();
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A kubeconfig for this server (plain HTTP needs insecure-skip-tls-verify in the client). */
  async kubeconfig(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'chalk-fake-kube-'));
    const file = join(dir, 'config');
    await writeFile(
      file,
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters: [{name: fake, cluster: {server: "' + this.url + '", insecure-skip-tls-verify: true}}]',
        'users: [{name: fake, user: {token: fake-token}}]',
        'contexts: [{name: fake, context: {cluster: fake, user: fake}}]',
        'current-context: fake',
        '',
      ].join('\n'),
    );
    return file;
  }

  /** Creates or replaces an object, telling every watch of its collection. */
  put(obj: KubeObject): KubeObject {
    const collection = collectionOf(obj);
    const store = this.objects.get(collection) ?? new Map<string, KubeObject>();
    this.objects.set(collection, store);
    const name = obj.metadata?.name ?? '';
    const type = store.has(name) ? 'MODIFIED' : 'ADDED';
    const stored = { ...obj, metadata: { uid: `uid-${name}`, ...obj.metadata, resourceVersion: String(++this.rv) } };
    store.set(name, stored);
    this.record({ rv: this.rv, type, obj: stored, collection });
    return stored;
  }

  remove(obj: KubeObject): void {
    const collection = collectionOf(obj);
    const stored = this.objects.get(collection)?.get(obj.metadata?.name ?? '');
    if (!stored) return;
    this.objects.get(collection)?.delete(obj.metadata?.name ?? '');
    this.record({ rv: ++this.rv, type: 'DELETED', obj: { ...stored, metadata: { ...stored.metadata, resourceVersion: String(this.rv) } }, collection });
  }

  /** Resolves once a watch of `collection` is open. */
  async watching(collection: string): Promise<void> {
    while (![...this.watchers].some((w) => w.collection === collection)) await new Promise((r) => setTimeout(r, 10));
  }

  /** Cuts every open watch connection, as a load balancer or a restarting API server does. */
  dropWatches(): void {
    for (const w of this.watchers) w.res.socket?.destroy();
    this.watchers.clear();
  }

  /** Forgets the history so far: watches resumed from before now get 410 Gone; open ones get an ERROR event. */
  compact(): void {
    this.compactedThrough = this.rv;
    for (const w of this.watchers) {
      w.res.write(
        JSON.stringify({
          type: 'ERROR',
          object: { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Expired', code: 410, message: 'too old resource version' },
        }) + '\n',
      );
      w.res.end();
    }
    this.watchers.clear();
  }

  /** Stops accepting connections (they are refused) and cuts the open ones, until `resume()`. */
  async pause(): Promise<void> {
    this.watchers.clear();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  async resume(): Promise<void> {
    this.server = this.makeServer();
    await this.listen();
  }

  async close(): Promise<void> {
    await this.pause();
  }

  private listen(): Promise<void> {
    return new Promise((r) => this.server.listen(this.port, '127.0.0.1', () => r()));
  }

  private makeServer(): Server {
    const server = createServer((req, res) => this.handle(req, res));
    server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    return server;
  }

  private record(change: Change & { collection: string }): void {
    this.history.push(change);
    for (const w of this.watchers) if (w.collection === change.collection && matchesField(change.obj, w.fieldSelector)) this.send(w.res, change);
  }

  private send(res: ServerResponse, change: Change): void {
    res.write(JSON.stringify({ type: change.type, object: change.obj }) + '\n');
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({ path: url.pathname, query: url.searchParams });
    const json = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== 'Bearer fake-token') return json(401, { kind: 'Status', code: 401, message: 'Unauthorized' });
    const discovery = RESOURCES.filter((r) => (url.pathname === '/api/v1' ? r.groupVersion === 'v1' : `/apis/${r.groupVersion}` === url.pathname));
    if (discovery.length)
      return json(200, { kind: 'APIResourceList', resources: discovery.map((r) => ({ name: r.plural, kind: r.kind, namespaced: r.namespaced })) });
    if (this.forbidden.has(url.pathname)) return json(403, { kind: 'Status', code: 403, message: `forbidden: cannot list ${url.pathname}` });
    const log = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/log$/.exec(url.pathname);
    if (log) {
      const text = this.logs.get(`${log[1]}/${log[2]}/${url.searchParams.get('container')}`);
      if (text === undefined)
        return json(500, { kind: 'Status', code: 500, message: 'Get "https://127.0.0.1:10250/containerLogs": connect: connection refused' });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(text);
      return;
    }
    const single = /^(.*\/namespaces\/[^/]+\/[^/]+)\/([^/]+)$/.exec(url.pathname);
    if (single && RESOURCES.some((r) => single[1]!.endsWith(`/${r.plural}`))) {
      const obj = this.objects.get(single[1]!)?.get(single[2]!);
      return obj ? json(200, obj) : json(404, { kind: 'Status', code: 404, message: `${single[2]} not found` });
    }
    const collection = url.pathname;
    const fieldSelector = url.searchParams.get('fieldSelector') || undefined;
    if (url.searchParams.get('watch') === 'true') {
      const from = Number(url.searchParams.get('resourceVersion') || '0');
      res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      if (from < this.compactedThrough) {
        res.end(JSON.stringify({ type: 'ERROR', object: { kind: 'Status', code: 410, reason: 'Expired', message: 'too old resource version' } }) + '\n');
        return;
      }
      for (const change of this.history)
        if (change.collection === collection && change.rv > from && matchesField(change.obj, fieldSelector)) this.send(res, change);
      const watcher = { collection, res, ...(fieldSelector ? { fieldSelector } : {}) };
      this.watchers.add(watcher);
      req.on('close', () => this.watchers.delete(watcher));
      return;
    }
    const items = [...(this.objects.get(collection)?.values() ?? [])]
      .filter((o) => matchesField(o, fieldSelector))
      .map(({ apiVersion: _a, kind: _k, ...rest }) => rest);
    return json(200, { kind: 'List', metadata: { resourceVersion: String(this.rv) }, items });
  }
}
