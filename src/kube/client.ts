/**
 * The Kubernetes API through @kubernetes/client-node: kubeconfig loading, access reviews and the
 * few reads preflight needs. The client library is imported lazily (only check groups that talk
 * to a cluster pay for it), every call can be aborted, so a check's timeout frees its socket, and
 * `close()` ends whatever the client still has open: connections and a credential plugin's process.
 */
import { existsSync } from 'node:fs';
import type { Agent } from 'node:http';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import type * as K8s from '@kubernetes/client-node';
import { KubeError, toKubeError } from './errors.js';
import { execConfigOf, ExecCredentialPlugin } from './exec-credential.js';
import { assertName } from './names.js';

export interface KubeClientOptions {
  /** Time limit for one run of the kubeconfig's exec credential plugin. */
  credentialTimeoutMs?: number;
}

const DEFAULT_CREDENTIAL_TIMEOUT_MS = 60_000;

export interface AccessQuery {
  verb: string;
  /** API group; '' for the core group. */
  group: string;
  resource: string;
  /** Omitted for cluster-scoped resources. */
  namespace?: string;
}

export interface AccessAnswer extends AccessQuery {
  allowed: boolean;
}

/** A resource as `kubectl` spells it: `deployments.apps`, `secrets`. */
export const resourceName = (q: { group: string; resource: string }): string => (q.group ? `${q.resource}.${q.group}` : q.resource);

export class KubeClient {
  /** The agents of the requests sent so far (one per request, as the library makes them), destroyed by close(). */
  private readonly agents = new Set<Agent>();

  private constructor(
    private readonly k8s: typeof K8s,
    private readonly config: K8s.KubeConfig,
    /** The API server URL of the current context. */
    readonly server: string,
    /** The current context's name, for messages. */
    readonly context: string,
    private readonly plugin: ExecCredentialPlugin | undefined,
  ) {}

  /** Loads the kubeconfig as kubectl and helm do ($KUBECONFIG, else ~/.kube/config, else in-cluster). */
  static async load(options: KubeClientOptions = {}): Promise<KubeClient> {
    const env = process.env;
    const files = (env.KUBECONFIG ?? '').split(delimiter).filter(Boolean);
    const missing = files.filter((f) => !existsSync(f));
    if (files.length && missing.length === files.length)
      throw new KubeError(
        'no-config',
        `KUBECONFIG names ${missing.join(', ')}, which does not exist`,
        'Point KUBECONFIG at the kubeconfig file of the cluster.',
      );
    const inCluster = Boolean(env.KUBERNETES_SERVICE_HOST);
    if (!files.length && !existsSync(join(homedir(), '.kube', 'config')) && !inCluster)
      throw new KubeError(
        'no-config',
        'no kubeconfig: KUBECONFIG is unset and ~/.kube/config does not exist',
        'Configure cluster access first, e.g. `aws eks update-kubeconfig --name <cluster>` or the azure/gcloud equivalent.',
      );
    const k8s = await import('@kubernetes/client-node');
    const config = new k8s.KubeConfig();
    try {
      config.loadFromDefault();
    } catch (err) {
      throw new KubeError('no-config', `the kubeconfig cannot be read: ${err instanceof Error ? err.message : String(err)}`, 'Fix the kubeconfig file.');
    }
    const cluster = config.getCurrentCluster();
    if (!cluster)
      throw new KubeError('no-config', 'the kubeconfig has no current context with a cluster', 'Select a context: kubectl config use-context <name>.');
    const plugin = takeOverExecPlugin(config, cluster, options.credentialTimeoutMs ?? DEFAULT_CREDENTIAL_TIMEOUT_MS);
    return new KubeClient(k8s, config, cluster.server, config.getCurrentContext(), plugin);
  }

  /**
   * The loaded kubeconfig for code that talks to the API through the library directly (watches): an exec
   * credential plugin in it is run by this client, bounded and stopped by close(), not by the library.
   */
  get kubeConfig(): K8s.KubeConfig {
    return this.config;
  }

  /** Stops a running credential plugin (and waits for it to exit) and closes every connection the client opened. */
  async close(): Promise<void> {
    await this.plugin?.close();
    for (const agent of this.agents) agent.destroy();
    this.agents.clear();
  }

  /** Runs one API call with `signal`, turning anything thrown into a KubeError. */
  private async call<T>(signal: AbortSignal | undefined, fn: (options: K8s.ConfigurationOptions) => Promise<T>): Promise<T> {
    // Per-request middleware (observable-style, as the object-param API expects) sets the signal, so a timeout aborts
    // the socket, and keeps the request's agent for close().
    const { Observable } = this.k8s;
    const options: K8s.ConfigurationOptions = {
      middleware: [
        {
          pre: (ctx: K8s.RequestContext) => {
            const agent = ctx.getAgent();
            if (agent) this.agents.add(agent);
            if (signal) ctx.setSignal(signal);
            return new Observable(Promise.resolve(ctx));
          },
          post: (r: K8s.ResponseContext) => new Observable(Promise.resolve(r)),
        },
      ],
      middlewareMergeStrategy: 'append',
    };
    try {
      // The library asks for credentials before any middleware runs: the plugin is run first, under the caller's signal.
      await this.plugin?.credential(signal);
      return await fn(options);
    } catch (err) {
      throw toKubeError(err, this.server);
    }
  }

  private api<T extends K8s.ApiType>(type: K8s.ApiConstructor<T>): T {
    return this.config.makeApiClient(type);
  }

  /** `v1.34.4`: the server's gitVersion (this is also the reachability probe, as `helm list` would be). */
  async serverVersion(signal?: AbortSignal): Promise<string> {
    const info = await this.call(signal, (o) => this.api(this.k8s.VersionApi).getCode(undefined, o));
    return info.gitVersion;
  }

  /** SelfSubjectAccessReviews, all in parallel: what the current identity may do. */
  async accessReviews(queries: readonly AccessQuery[], signal?: AbortSignal): Promise<AccessAnswer[]> {
    const authz = this.api(this.k8s.AuthorizationV1Api);
    return Promise.all(
      queries.map(async (q) => {
        const review = await this.call(signal, (o) =>
          authz.createSelfSubjectAccessReview(
            {
              body: {
                apiVersion: 'authorization.k8s.io/v1',
                kind: 'SelfSubjectAccessReview',
                spec: { resourceAttributes: { verb: q.verb, group: q.group, resource: q.resource, ...(q.namespace ? { namespace: q.namespace } : {}) } },
              },
            },
            o,
          ),
        );
        return { ...q, allowed: review.status?.allowed === true };
      }),
    );
  }

  /** The object, or undefined when it does not exist (404); other failures throw KubeError. */
  private async optional<T>(signal: AbortSignal | undefined, fn: (options: K8s.ConfigurationOptions) => Promise<T>): Promise<T | undefined> {
    try {
      return await this.call(signal, fn);
    } catch (err) {
      if (err instanceof KubeError && err.kind === 'not-found') return undefined;
      throw err;
    }
  }

  readNamespace(name: string, signal?: AbortSignal): Promise<K8s.V1Namespace | undefined> {
    assertName('namespace', name, 'Namespace');
    return this.optional(signal, (o) => this.api(this.k8s.CoreV1Api).readNamespace({ name }, o));
  }

  /** A Secret, data included: callers must not log values (report key names only). */
  readSecret(namespace: string, name: string, signal?: AbortSignal): Promise<K8s.V1Secret | undefined> {
    assertName('namespace', namespace, 'Namespace');
    assertName('object', name, 'Secret name');
    return this.optional(signal, (o) => this.api(this.k8s.CoreV1Api).readNamespacedSecret({ namespace, name }, o));
  }

  async listSecrets(namespace: string, labelSelector: string, signal?: AbortSignal): Promise<K8s.V1Secret[]> {
    assertName('namespace', namespace, 'Namespace');
    const list = await this.call(signal, (o) => this.api(this.k8s.CoreV1Api).listNamespacedSecret({ namespace, labelSelector }, o));
    return list.items;
  }

  readServiceAccount(namespace: string, name: string, signal?: AbortSignal): Promise<K8s.V1ServiceAccount | undefined> {
    assertName('namespace', namespace, 'Namespace');
    assertName('object', name, 'Service account name');
    return this.optional(signal, (o) => this.api(this.k8s.CoreV1Api).readNamespacedServiceAccount({ namespace, name }, o));
  }

  /** The service-account token issuer (on EKS, the cluster's OIDC provider URL). */
  async serviceAccountIssuer(signal?: AbortSignal): Promise<string> {
    const doc = await this.call(signal, (o) => this.api(this.k8s.WellKnownApi).getServiceAccountIssuerOpenIDConfiguration(undefined, o));
    const parsed = (typeof doc === 'string' ? JSON.parse(doc) : doc) as { issuer?: unknown };
    if (typeof parsed.issuer !== 'string')
      throw new KubeError('unknown', 'the API server published no service-account issuer', 'Check --service-account-issuer on the API server.');
    return parsed.issuer;
  }
}

/**
 * When the current user gets its credential from an exec plugin, the plugin is run by
 * ExecCredentialPlugin instead of the library (which cannot stop it): the user loses its exec stanza
 * and an authenticator puts the plugin's credential on each request.
 */
function takeOverExecPlugin(config: K8s.KubeConfig, cluster: K8s.Cluster, timeoutMs: number): ExecCredentialPlugin | undefined {
  const user = config.getCurrentUser();
  const exec = execConfigOf(user);
  if (!user || !exec) return undefined;
  const plugin = new ExecCredentialPlugin(
    exec,
    {
      server: cluster.server,
      skipTLSVerify: cluster.skipTLSVerify,
      ...(cluster.tlsServerName ? { tlsServerName: cluster.tlsServerName } : {}),
      ...(cluster.caData ? { caData: cluster.caData } : {}),
    },
    timeoutMs,
  );
  config.users = config.users.map((u) => (u === user ? { ...u, exec: undefined, authProvider: user.exec ? user.authProvider : undefined } : u));
  config.addAuthenticator({
    isAuthProvider: (u) => u.name === user.name,
    applyAuthentication: (_, opts) => plugin.apply(opts as Parameters<typeof plugin.apply>[0]),
  });
  return plugin;
}
