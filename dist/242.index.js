export const id = 242;
export const ids = [242];
export const modules = {

/***/ 25861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ KubeClient),
  I: () => (/* binding */ resourceName)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/kube/errors.ts
var errors = __webpack_require__(23646);
// EXTERNAL MODULE: ./src/process/run-tool.ts
var run_tool = __webpack_require__(33915);
// EXTERNAL MODULE: ./src/report/secrets.ts
var secrets = __webpack_require__(67663);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
;// CONCATENATED MODULE: ./src/kube/exec-credential.ts
/**
 * Kubeconfig `exec` credential plugins (`aws eks get-token`, gke-gcloud-auth-plugin, kubelogin), run
 * here rather than by @kubernetes/client-node: the library spawns them with no time limit and no way
 * to stop them, so a plugin that hangs outlived the check that timed out waiting for it and held the
 * step open. Here a plugin runs through runTool, bounded by a time limit and stopped when the client
 * closes; what it prints is read as the client.authentication.k8s.io ExecCredential it must be, and
 * the token is masked the moment it is read.
 */





/** What the library falls back to as well: plugins written for kubectl 1.22+ declare it. */
const DEFAULT_API_VERSION = 'client.authentication.k8s.io/v1beta1';
/** The `exec` stanza of a kubeconfig user in either form the library reads: `exec:` or the older `auth-provider: {config: {exec}}`. */
function execConfigOf(user) {
    const exec = user?.exec ?? user?.authProvider?.config?.exec;
    return exec && typeof exec === 'object' ? exec : undefined;
}
function pluginError(command, problem, fix) {
    return new errors/* KubeError */.a('credentials', `the kubeconfig's credential plugin ${(0,external_node_path_.basename)(command)} ${problem}`, fix);
}
const RUN_IT = (command) => `Run ${(0,external_node_path_.basename)(command)} yourself with the job's environment to see why (it is the kubeconfig user's exec command).`;
/** Reads a plugin's stdout as an ExecCredential of `apiVersion`; the message never repeats what it printed. */
function parseExecCredential(stdout, apiVersion, command) {
    const invalid = (problem) => pluginError(command, problem, `${RUN_IT(command)} It must print an ExecCredential (${apiVersion}) as JSON.`);
    let doc;
    try {
        doc = JSON.parse(stdout);
    }
    catch {
        throw invalid('printed no JSON');
    }
    if (doc?.kind !== 'ExecCredential')
        throw invalid('printed JSON that is not an ExecCredential');
    if (doc.apiVersion !== apiVersion)
        throw invalid(`answered with apiVersion ${(0,report_text/* oneLine */.T)(String(doc.apiVersion), 80)}, not the ${apiVersion} the kubeconfig asks for`);
    const field = (name) => {
        const v = doc.status?.[name];
        return typeof v === 'string' && v ? v : undefined;
    };
    const token = field('token');
    const clientCertificateData = field('clientCertificateData');
    const clientKeyData = field('clientKeyData');
    const expiration = field('expirationTimestamp');
    const expiresAt = expiration === undefined ? undefined : Date.parse(expiration);
    if (!token && !(clientCertificateData && clientKeyData))
        throw invalid('gave neither a token nor a client certificate and key');
    if (Boolean(clientCertificateData) !== Boolean(clientKeyData))
        throw invalid('gave a client certificate without its key, or a key without its certificate');
    if (expiresAt !== undefined && Number.isNaN(expiresAt))
        throw invalid('gave an expirationTimestamp that is not a time');
    return {
        ...(token ? { token } : {}),
        ...(clientCertificateData && clientKeyData ? { clientCertificateData, clientKeyData } : {}),
        ...(expiresAt !== undefined ? { expiresAt } : {}),
    };
}
/** Waits for `promise` unless `signal` fires first; the work behind the promise goes on for other waiters. */
function untilAborted(promise, signal) {
    if (signal.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then((value) => (signal.removeEventListener('abort', onAbort), resolve(value)), (err) => (signal.removeEventListener('abort', onAbort), reject(err)));
    });
}
/**
 * One user's plugin: a credential is cached until it expires, and concurrent callers share one run
 * of the plugin. A run is stopped at its time limit or when the client closes, whichever is first.
 */
class ExecCredentialPlugin {
    exec;
    cluster;
    timeoutMs;
    cached;
    running;
    closed = new AbortController();
    constructor(exec, cluster, timeoutMs) {
        this.exec = exec;
        this.cluster = cluster;
        this.timeoutMs = timeoutMs;
    }
    /** The credential; `signal` stops this caller's wait, not the run other callers share. */
    credential(signal) {
        const cached = this.cached;
        if (cached && (cached.expiresAt === undefined || cached.expiresAt > Date.now()))
            return Promise.resolve(cached);
        this.running ??= this.run().finally(() => {
            this.running = undefined;
        });
        return signal ? untilAborted(this.running, signal) : this.running;
    }
    /** Puts the credential on a request the library is about to send. */
    async apply(opts) {
        const credential = await this.credential();
        if (credential.token)
            opts.headers = { ...opts.headers, Authorization: `Bearer ${credential.token}` };
        if (credential.clientCertificateData && credential.clientKeyData) {
            opts.cert = credential.clientCertificateData;
            opts.key = credential.clientKeyData;
        }
    }
    /** Stops a running plugin and waits until it has exited. */
    async close() {
        this.closed.abort();
        await this.running?.catch(() => { });
    }
    async run() {
        const { command } = this.exec;
        if (this.closed.signal.aborted)
            throw pluginError(command, 'was not started: the run is over', RUN_IT(command));
        if (this.exec.interactiveMode === 'Always')
            throw pluginError(command, 'needs a terminal (interactiveMode: Always), which a workflow does not have', 'Use a kubeconfig whose credential needs no prompt.');
        const apiVersion = this.exec.apiVersion || DEFAULT_API_VERSION;
        const execInfo = {
            apiVersion,
            kind: 'ExecCredential',
            spec: {
                interactive: false,
                ...(this.exec.provideClusterInfo && this.cluster
                    ? {
                        cluster: {
                            server: this.cluster.server,
                            ...(this.cluster.tlsServerName ? { 'tls-server-name': this.cluster.tlsServerName } : {}),
                            ...(this.cluster.skipTLSVerify ? { 'insecure-skip-tls-verify': true } : {}),
                            ...(this.cluster.caData ? { 'certificate-authority-data': this.cluster.caData } : {}),
                        },
                    }
                    : {}),
            },
        };
        const env = { ...Object.fromEntries((this.exec.env ?? []).map((e) => [e.name, e.value])), KUBERNETES_EXEC_INFO: JSON.stringify(execInfo) };
        let result;
        try {
            result = await (0,run_tool/* runTool */.qI)(command, this.exec.args ?? [], { env, timeoutMs: this.timeoutMs, signal: this.closed.signal });
        }
        catch (err) {
            if (err instanceof run_tool/* ToolTimeoutError */.Ap)
                throw pluginError(command, `did not answer within ${Math.round(this.timeoutMs / 1000)} s and was stopped`, RUN_IT(command));
            if (err instanceof run_tool/* ToolAbortedError */.ik)
                throw pluginError(command, 'was stopped: the run is over', RUN_IT(command));
            throw pluginError(command, `cannot run: ${err instanceof Error ? err.message : String(err)}`, `Install ${(0,external_node_path_.basename)(command)} on the runner (the kubeconfig user runs it for a token), or use a kubeconfig with another credential.`);
        }
        if (result.exitCode !== 0) {
            const said = result.stderr.trim().split('\n').at(-1) ?? '';
            throw pluginError(command, `failed (exit ${result.exitCode})${said ? `: ${(0,report_text/* oneLine */.T)(said, 300)}` : ''}`, RUN_IT(command));
        }
        const credential = parseExecCredential(result.stdout, apiVersion, command);
        (0,secrets/* registerSecret */.cl)(credential.token);
        (0,secrets/* registerSecret */.cl)(credential.clientKeyData);
        this.cached = credential;
        return credential;
    }
}

// EXTERNAL MODULE: ./src/kube/names.ts
var names = __webpack_require__(19449);
;// CONCATENATED MODULE: ./src/kube/client.ts
/**
 * The Kubernetes API through @kubernetes/client-node: kubeconfig loading, access reviews and the
 * few reads preflight needs. The client library is imported lazily (only check groups that talk
 * to a cluster pay for it), every call can be aborted, so a check's timeout frees its socket, and
 * `close()` ends whatever the client still has open: connections and a credential plugin's process.
 */






const DEFAULT_CREDENTIAL_TIMEOUT_MS = 60_000;
/** A resource as `kubectl` spells it: `deployments.apps`, `secrets`. */
const resourceName = (q) => (q.group ? `${q.resource}.${q.group}` : q.resource);
class KubeClient {
    k8s;
    config;
    server;
    context;
    plugin;
    /** The agents of the requests sent so far (one per request, as the library makes them), destroyed by close(). */
    agents = new Set();
    constructor(k8s, config, 
    /** The API server URL of the current context. */
    server, 
    /** The current context's name, for messages. */
    context, plugin) {
        this.k8s = k8s;
        this.config = config;
        this.server = server;
        this.context = context;
        this.plugin = plugin;
    }
    /** Loads the kubeconfig as kubectl and helm do ($KUBECONFIG, else ~/.kube/config, else in-cluster). */
    static async load(options = {}) {
        const env = process.env;
        const files = (env.KUBECONFIG ?? '').split(external_node_path_.delimiter).filter(Boolean);
        const missing = files.filter((f) => !(0,external_node_fs_.existsSync)(f));
        if (files.length && missing.length === files.length)
            throw new errors/* KubeError */.a('no-config', `KUBECONFIG names ${missing.join(', ')}, which does not exist`, 'Point KUBECONFIG at the kubeconfig file of the cluster.');
        const inCluster = Boolean(env.KUBERNETES_SERVICE_HOST);
        if (!files.length && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)((0,external_node_os_.homedir)(), '.kube', 'config')) && !inCluster)
            throw new errors/* KubeError */.a('no-config', 'no kubeconfig: KUBECONFIG is unset and ~/.kube/config does not exist', 'Configure cluster access first, e.g. `aws eks update-kubeconfig --name <cluster>` or the azure/gcloud equivalent.');
        const k8s = await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 6959));
        const config = new k8s.KubeConfig();
        try {
            config.loadFromDefault();
        }
        catch (err) {
            throw new errors/* KubeError */.a('no-config', `the kubeconfig cannot be read: ${err instanceof Error ? err.message : String(err)}`, 'Fix the kubeconfig file.');
        }
        const cluster = config.getCurrentCluster();
        if (!cluster)
            throw new errors/* KubeError */.a('no-config', 'the kubeconfig has no current context with a cluster', 'Select a context: kubectl config use-context <name>.');
        const plugin = takeOverExecPlugin(config, cluster, options.credentialTimeoutMs ?? DEFAULT_CREDENTIAL_TIMEOUT_MS);
        return new KubeClient(k8s, config, cluster.server, config.getCurrentContext(), plugin);
    }
    /**
     * The loaded kubeconfig for code that talks to the API through the library directly (watches): an exec
     * credential plugin in it is run by this client, bounded and stopped by close(), not by the library.
     */
    get kubeConfig() {
        return this.config;
    }
    /** Stops a running credential plugin (and waits for it to exit) and closes every connection the client opened. */
    async close() {
        await this.plugin?.close();
        for (const agent of this.agents)
            agent.destroy();
        this.agents.clear();
    }
    /** Runs one API call with `signal`, turning anything thrown into a KubeError. */
    async call(signal, fn) {
        // Per-request middleware (observable-style, as the object-param API expects) sets the signal, so a timeout aborts
        // the socket, and keeps the request's agent for close().
        const { Observable } = this.k8s;
        const options = {
            middleware: [
                {
                    pre: (ctx) => {
                        const agent = ctx.getAgent();
                        if (agent)
                            this.agents.add(agent);
                        if (signal)
                            ctx.setSignal(signal);
                        return new Observable(Promise.resolve(ctx));
                    },
                    post: (r) => new Observable(Promise.resolve(r)),
                },
            ],
            middlewareMergeStrategy: 'append',
        };
        try {
            // The library asks for credentials before any middleware runs: the plugin is run first, under the caller's signal.
            await this.plugin?.credential(signal);
            return await fn(options);
        }
        catch (err) {
            throw (0,errors/* toKubeError */.N)(err, this.server);
        }
    }
    api(type) {
        return this.config.makeApiClient(type);
    }
    /** `v1.34.4`: the server's gitVersion (this is also the reachability probe, as `helm list` would be). */
    async serverVersion(signal) {
        const info = await this.call(signal, (o) => this.api(this.k8s.VersionApi).getCode(undefined, o));
        return info.gitVersion;
    }
    /** SelfSubjectAccessReviews, all in parallel: what the current identity may do. */
    async accessReviews(queries, signal) {
        const authz = this.api(this.k8s.AuthorizationV1Api);
        return Promise.all(queries.map(async (q) => {
            const review = await this.call(signal, (o) => authz.createSelfSubjectAccessReview({
                body: {
                    apiVersion: 'authorization.k8s.io/v1',
                    kind: 'SelfSubjectAccessReview',
                    spec: { resourceAttributes: { verb: q.verb, group: q.group, resource: q.resource, ...(q.namespace ? { namespace: q.namespace } : {}) } },
                },
            }, o));
            return { ...q, allowed: review.status?.allowed === true };
        }));
    }
    /** The object, or undefined when it does not exist (404); other failures throw KubeError. */
    async optional(signal, fn) {
        try {
            return await this.call(signal, fn);
        }
        catch (err) {
            if (err instanceof errors/* KubeError */.a && err.kind === 'not-found')
                return undefined;
            throw err;
        }
    }
    readNamespace(name, signal) {
        (0,names/* assertName */.I1)('namespace', name, 'Namespace');
        return this.optional(signal, (o) => this.api(this.k8s.CoreV1Api).readNamespace({ name }, o));
    }
    /** A Secret, data included: callers must not log values (report key names only). */
    readSecret(namespace, name, signal) {
        (0,names/* assertName */.I1)('namespace', namespace, 'Namespace');
        (0,names/* assertName */.I1)('object', name, 'Secret name');
        return this.optional(signal, (o) => this.api(this.k8s.CoreV1Api).readNamespacedSecret({ namespace, name }, o));
    }
    async listSecrets(namespace, labelSelector, signal) {
        (0,names/* assertName */.I1)('namespace', namespace, 'Namespace');
        const list = await this.call(signal, (o) => this.api(this.k8s.CoreV1Api).listNamespacedSecret({ namespace, labelSelector }, o));
        return list.items;
    }
    readServiceAccount(namespace, name, signal) {
        (0,names/* assertName */.I1)('namespace', namespace, 'Namespace');
        (0,names/* assertName */.I1)('object', name, 'Service account name');
        return this.optional(signal, (o) => this.api(this.k8s.CoreV1Api).readNamespacedServiceAccount({ namespace, name }, o));
    }
    /** The service-account token issuer (on EKS, the cluster's OIDC provider URL). */
    async serviceAccountIssuer(signal) {
        const doc = await this.call(signal, (o) => this.api(this.k8s.WellKnownApi).getServiceAccountIssuerOpenIDConfiguration(undefined, o));
        const parsed = (typeof doc === 'string' ? JSON.parse(doc) : doc);
        if (typeof parsed.issuer !== 'string')
            throw new errors/* KubeError */.a('unknown', 'the API server published no service-account issuer', 'Check --service-account-issuer on the API server.');
        return parsed.issuer;
    }
}
/**
 * When the current user gets its credential from an exec plugin, the plugin is run by
 * ExecCredentialPlugin instead of the library (which cannot stop it): the user loses its exec stanza
 * and an authenticator puts the plugin's credential on each request.
 */
function takeOverExecPlugin(config, cluster, timeoutMs) {
    const user = config.getCurrentUser();
    const exec = execConfigOf(user);
    if (!user || !exec)
        return undefined;
    const plugin = new ExecCredentialPlugin(exec, {
        server: cluster.server,
        skipTLSVerify: cluster.skipTLSVerify,
        ...(cluster.tlsServerName ? { tlsServerName: cluster.tlsServerName } : {}),
        ...(cluster.caData ? { caData: cluster.caData } : {}),
    }, timeoutMs);
    config.users = config.users.map((u) => (u === user ? { ...u, exec: undefined, authProvider: user.exec ? user.authProvider : undefined } : u));
    config.addAuthenticator({
        isAuthProvider: (u) => u.name === user.name,
        applyAuthentication: (_, opts) => plugin.apply(opts),
    });
    return plugin;
}


/***/ }),

/***/ 23646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ toKubeError),
/* harmony export */   a: () => (/* binding */ KubeError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Kubernetes API failures as typed errors at the boundary: a kind to branch on and a message that
 * says what to do next, whether the cause was the network, TLS, the credentials or RBAC.
 */

class KubeError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChalkError */ .E {
    status;
    boundary = 'kube';
    constructor(kind, message, fix, status) {
        super(kind, message, fix);
        this.status = status;
    }
}
const TLS_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** The API server's own reason (`Status.message`) from an ApiException body, when it sent one. */
function statusMessage(body) {
    if (typeof body === 'string') {
        try {
            return statusMessage(JSON.parse(body));
        }
        catch {
            return body.trim() || undefined;
        }
    }
    if (body && typeof body === 'object' && typeof body.message === 'string')
        return body.message;
    return undefined;
}
/** Turns whatever the client threw into a KubeError; `server` names the endpoint in messages. */
function toKubeError(err, server) {
    if (err instanceof KubeError)
        return err;
    const e = (err ?? {});
    const status = typeof e.code === 'number' ? e.code : undefined;
    const reason = statusMessage(e.body);
    if (status === 401)
        return new KubeError('unauthorized', `the API server at ${server} rejected the credentials (401)`, 'Refresh the kubeconfig credentials (e.g. aws eks update-kubeconfig / a new token) for the context in use.', 401);
    if (status === 403)
        return new KubeError('forbidden', reason ?? `forbidden (403) by ${server}`, 'Grant the identity the missing RBAC permission, or run with an identity that has it.', 403);
    if (status === 404)
        return new KubeError('not-found', reason ?? 'not found (404)', 'Create the object first.', 404);
    if (status !== undefined)
        return new KubeError('unknown', `the API server answered ${status}${reason ? `: ${reason}` : ''}`, 'Check the API server and its logs.', status);
    const code = typeof e.code === 'string' ? e.code : typeof e.cause?.code === 'string' ? e.cause.code : '';
    const message = typeof e.message === 'string' ? e.message : String(err);
    if (e.name === 'AbortError' || code === 'ETIMEDOUT' || /timed? ?out/i.test(message))
        return new KubeError('timeout', `no answer from ${server} in time`, 'Check that the API server is reachable from the runner (VPN, firewall, endpoint allowlist).');
    if (TLS_CODES.has(code) || /certificate|x509|self[- ]signed/i.test(message))
        return new KubeError('tls', `the TLS certificate of ${server} is not trusted (${code || message})`, 'Put the cluster CA in the kubeconfig (certificate-authority-data) for this cluster.');
    if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET'].includes(code))
        return new KubeError('unreachable', `cannot reach the API server at ${server} (${code})`, code === 'ENOTFOUND' || code === 'EAI_AGAIN'
            ? 'The kubeconfig server name does not resolve from the runner: check the cluster endpoint and DNS.'
            : 'Check that the cluster is running and its API endpoint is reachable from the runner (public endpoint allowlist, VPN, security groups).');
    return new KubeError('unknown', message, 'Check the kubeconfig and that the API server is reachable.');
}


/***/ }),

/***/ 19449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ assertName),
/* harmony export */   rH: () => (/* binding */ nameProblem)
/* harmony export */ });
/* unused harmony exports InvalidNameError, suggestName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65655);
/**
 * The names Kubernetes and helm accept, checked before any request: an invalid name is an input
 * error, never a URL path. (`GET /api/v1/namespaces/..` is normalised to `/api/v1`, so a namespace
 * `..` once "existed"; a release name with a comma widens a label selector.)
 *
 * Namespaces are DNS-1123 labels (apimachinery's ValidateNamespaceName); most object names, service
 * accounts included, are DNS-1123 subdomains; helm release names are subdomains of at most 53
 * characters (helm's chartutil.ValidateReleaseName, unchanged in helm 4), leaving room for the
 * `sh.helm.release.v1.<name>.v<N>` Secret names helm derives from them.
 */


const LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const SUBDOMAIN = new RegExp(`^${LABEL}(\\.${LABEL})*$`);
const SUBDOMAIN_RULE = "lower-case letters, digits, '-' and '.', each '.'-separated part starting and ending with a letter or digit";
const RULES = {
    namespace: {
        pattern: new RegExp(`^${LABEL}$`),
        maxLength: 63,
        rule: "a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit",
    },
    release: { pattern: SUBDOMAIN, maxLength: 53, rule: `a helm release name: ${SUBDOMAIN_RULE}` },
    object: { pattern: SUBDOMAIN, maxLength: 253, rule: `a DNS-1123 subdomain: ${SUBDOMAIN_RULE}` },
};
class InvalidNameError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChalkError */ .E {
    boundary = 'input';
    constructor(message, fix) {
        super('invalid-name', message, fix);
    }
}
/** Why `name` is not a valid name of `kind`, or undefined when it is. */
function nameProblem(kind, name) {
    const { pattern, maxLength, rule } = RULES[kind];
    if (name.length === 0)
        return 'is empty';
    if (name.length > maxLength)
        return `is ${name.length} characters long; it must be at most ${maxLength}`;
    if (!pattern.test(name))
        return `must be ${rule}`;
    return undefined;
}
/** The nearest valid name (`Bad_NS` → `bad-ns`), or undefined when nothing usable is left. */
function suggestName(kind, name) {
    const { maxLength } = RULES[kind];
    const separators = kind === 'namespace' ? /[^a-z0-9]+/g : /[^a-z0-9.]+/g;
    const candidate = name
        .normalize('NFKD')
        .toLowerCase()
        .replace(separators, '-')
        .replace(/-*\.+-*/g, '.')
        .replace(/^[-.]+/, '')
        .slice(0, maxLength)
        .replace(/[-.]+$/, '');
    return candidate && candidate !== name && !nameProblem(kind, candidate) ? candidate : undefined;
}
/**
 * Throws InvalidNameError unless `name` is valid; `subject` says where it came from, e.g.
 * `Input namespace`. The name is quoted on one line, so a hostile value cannot start a workflow command.
 */
function assertName(kind, name, subject) {
    const problem = nameProblem(kind, name);
    if (!problem)
        return name;
    const suggestion = suggestName(kind, name);
    throw new InvalidNameError(name ? `${subject} "${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .T)(name, 120)}" ${problem}.` : `${subject} is empty.`, suggestion ? `Use a valid name, e.g. ${suggestion}.` : `Use ${RULES[kind].rule}, at most ${RULES[kind].maxLength} characters.`);
}


/***/ })

};
