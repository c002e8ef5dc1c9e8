export const id = 44;
export const ids = [44];
export const modules = {

/***/ 56193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ toAwsError),
/* harmony export */   G: () => (/* binding */ AwsError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23919);
/** AWS SDK failures as typed errors with the fix: access denied, not found, credentials, network. */

class AwsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChalkError */ .E {
    code;
    boundary = 'aws';
    constructor(kind, message, fix, 
    /** The service's error code, e.g. NoSuchCORSConfiguration. */
    code) {
        super(kind, message, fix);
        this.code = code;
    }
}
const NOT_FOUND = /^(NoSuchEntity|NoSuchEntityException|NoSuchBucket|NoSuchCORSConfiguration|QueueDoesNotExist|AWS\.SimpleQueueService\.NonExistentQueue|ResourceNotFoundException|NotFound)$/;
const DENIED = /^(AccessDenied|AccessDeniedException|AllAccessDisabled|UnauthorizedOperation)$/;
const CREDENTIALS = /^(CredentialsProviderError|InvalidClientTokenId|UnrecognizedClientException|ExpiredToken|ExpiredTokenException|SignatureDoesNotMatch|InvalidAccessKeyId)$/;
/** `action` names the API call (sqs:GetQueueUrl) so an AccessDenied says which permission to grant. */
function toAwsError(err, action) {
    if (err instanceof AwsError)
        return err;
    const e = (err ?? {});
    const name = e.name ?? '';
    const message = e.message ?? String(err);
    if (NOT_FOUND.test(name))
        return new AwsError('not-found', message, 'Create it.', name);
    if (DENIED.test(name) || e.$metadata?.httpStatusCode === 403)
        return new AwsError('access-denied', `${action} was denied: ${message}`, `Allow ${action} for the identity the workflow runs as (e.g. in the role assumed by aws-actions/configure-aws-credentials).`, name || 'AccessDenied');
    if (/region is missing/i.test(message))
        return new AwsError('credentials', `no AWS region for ${action}`, 'Set the aws-region input (or AWS_REGION, as aws-actions/configure-aws-credentials does).', name);
    if (CREDENTIALS.test(name) || /credential/i.test(message))
        return new AwsError('credentials', `no valid AWS credentials: ${message}`, 'Configure AWS credentials for the job (aws-actions/configure-aws-credentials with role-to-assume), and set aws-region.', name);
    const code = e.code ?? '';
    if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET/.test(code) || name === 'TimeoutError')
        return new AwsError('unreachable', `cannot reach AWS for ${action} (${code || name})`, 'Check the runner has network access to the AWS endpoints (VPC endpoints, proxy).', code || name);
    return new AwsError('unknown', `${action} failed: ${name ? `${name}: ` : ''}${message}`, 'Check the AWS error above.', name);
}


/***/ }),

/***/ 71970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ runChecks),
/* harmony export */   s: () => (/* binding */ outcomeOf)
/* harmony export */ });
/* harmony import */ var _report_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59497);
/**
 * Checks, as preflight runs them (and any action that gives verdicts): each has an id, a verdict,
 * a one-line finding and a fix. Checks run concurrently, each under its own timeout, whose signal
 * the check passes on to what it starts, so one dead endpoint cannot hang the job.
 */

/** The verdict a list of problems earns: any error fails, warnings only warn. */
function outcomeOf(problems, passFinding, fix) {
    const errors = (0,_report_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .countErrors */ .Tk)(problems);
    const warnings = problems.length - errors;
    if (errors > 0)
        return {
            verdict: 'fail',
            finding: `${errors} error${errors > 1 ? 's' : ''}${warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}`,
            problems,
            ...(fix ? { fix } : {}),
        };
    if (warnings > 0)
        return { verdict: 'warn', finding: `${warnings} warning${warnings > 1 ? 's' : ''}`, problems, ...(fix ? { fix } : {}) };
    return { verdict: 'pass', finding: passFinding, problems };
}
class CheckTimeout extends Error {
}
async function runChecks(checks, ctx, defaultTimeoutMs) {
    const done = new Map();
    const runOne = async (check) => {
        const base = { id: check.id, group: check.group, title: check.title };
        const prerequisites = await Promise.all((check.after ?? []).flatMap((id) => (done.has(id) ? [done.get(id)] : [])));
        const failed = prerequisites.find((r) => r.verdict === 'fail' || r.verdict === 'skipped');
        if (failed)
            return { ...base, verdict: 'skipped', finding: `skipped: ${failed.id} did not pass`, problems: [], durationMs: 0 };
        const started = performance.now();
        const timeoutMs = check.timeoutMs ?? defaultTimeoutMs;
        let timer;
        const abort = new AbortController();
        try {
            const outcome = await Promise.race([
                check.run(ctx, abort.signal),
                new Promise((_, reject) => {
                    timer = setTimeout(() => {
                        // Settled before the abort: a check that rejects at once on its signal must not turn the timeout into a crash.
                        reject(new CheckTimeout());
                        abort.abort(new CheckTimeout());
                    }, timeoutMs);
                }),
            ]);
            return { ...base, ...outcome, problems: outcome.problems ?? [], durationMs: Math.round(performance.now() - started) };
        }
        catch (err) {
            const finding = err instanceof CheckTimeout
                ? `timed out after ${timeoutMs % 1000 ? (timeoutMs / 1000).toFixed(1) : timeoutMs / 1000} s`
                : `check crashed: ${err instanceof Error ? err.message : String(err)}`;
            return {
                ...base,
                verdict: 'fail',
                finding,
                fix: err instanceof CheckTimeout
                    ? 'Check that the endpoint is reachable from the runner, or raise the input timeout.'
                    : 'Report this as a bug in chalk-actions with the log.',
                problems: [],
                durationMs: Math.round(performance.now() - started),
            };
        }
        finally {
            clearTimeout(timer);
        }
    };
    for (const check of checks)
        done.set(check.id, runOne(check));
    return Promise.all(checks.map((c) => done.get(c.id)));
}


/***/ }),

/***/ 31268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ failure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23919);
/** Typed boundary errors become failed checks with their fix. */

/** A fail verdict for `err`; a typed boundary error carries its own fix, anything else is rethrown as a crash. */
function failure(err, context) {
    if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChalkError */ .E) || !err.fix)
        throw err;
    return { verdict: 'fail', finding: context ? `${context}: ${err.message}` : err.message, fix: err.fix };
}


/***/ }),

/***/ 435:
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
var errors = __webpack_require__(57487);
// EXTERNAL MODULE: ./src/process/run-tool.ts
var run_tool = __webpack_require__(7424);
// EXTERNAL MODULE: ./src/report/secrets.ts
var secrets = __webpack_require__(88800);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(99218);
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
var names = __webpack_require__(83590);
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
        const k8s = await Promise.all(/* import() */[__webpack_require__.e(363), __webpack_require__.e(455)]).then(__webpack_require__.bind(__webpack_require__, 96455));
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

/***/ 25391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ releaseHistory),
/* harmony export */   mm: () => (/* binding */ isPending),
/* harmony export */   rm: () => (/* binding */ pendingRecovery)
/* harmony export */ });
/* unused harmony export PENDING_STATUSES */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83590);

const PENDING_STATUSES = ['pending-install', 'pending-upgrade', 'pending-rollback'];
async function releaseHistory(kube, namespace, release, signal) {
    // Validated: a release name is part of the label selector.
    const secrets = await kube.listSecrets(namespace, `owner=helm,name=${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('release', release, 'Release name')}`, signal);
    return secrets
        .map((s) => {
        const labels = s.metadata?.labels ?? {};
        const modified = Number(labels.modifiedAt);
        return {
            revision: Number(labels.version),
            status: labels.status ?? 'unknown',
            ...(Number.isFinite(modified) && modified > 0
                ? { modifiedAt: new Date(modified * 1000) }
                : s.metadata?.creationTimestamp
                    ? { modifiedAt: new Date(s.metadata.creationTimestamp) }
                    : {}),
        };
    })
        .filter((r) => Number.isInteger(r.revision))
        .sort((a, b) => a.revision - b.revision);
}
const isPending = (status) => PENDING_STATUSES.includes(status);
/**
 * A pending release blocks every helm operation ("another operation is in progress"). The deploy
 * rolls back to the newest revision that was deployed; with none (a first install that never
 * finished) there is nothing to return to, so it uninstalls and installs afresh.
 */
function pendingRecovery(history, release, namespace) {
    const latest = history[history.length - 1];
    if (!latest || !isPending(latest.status))
        return undefined;
    const good = [...history].reverse().find((r) => r.revision < latest.revision && (r.status === 'deployed' || r.status === 'superseded'));
    if (good)
        return {
            args: ['rollback', release, String(good.revision), '--namespace', namespace],
            description: `roll back to revision ${good.revision} (${good.status}), then upgrade`,
        };
    return { args: ['uninstall', release, '--namespace', namespace], description: 'uninstall the never-completed release, then install it again' };
}


/***/ }),

/***/ 71156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ NOT_A_HOST),
/* harmony export */   Fd: () => (/* binding */ notAHost),
/* harmony export */   K$: () => (/* binding */ connectionSecrets)
/* harmony export */ });
/**
 * POSTGRES_HOST (or the postgres-host input) must be a host name, optionally with :port. A
 * connection URL (`postgres://user:pass@host/db`) or a libpq keyword string pasted there carries
 * the password: `connectionSecrets` finds it so it is masked before anything can print the value,
 * and `notAHost` says what the value is without repeating it.
 */
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** `host=db password=…`: libpq's keyword/value form. */
const KEYWORD = /(?:^|\s)[a-z_]+\s*=/i;
/** A DNS name or IPv4 address, a bracketed or bare IPv6 address, each with an optional :port. */
const HOST = /^(?:[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.?|\[[0-9a-f:.%\p{L}\p{N}]+\]|[0-9a-f]*:[0-9a-f:.]+)(?::\d{1,5})?$/iu;
function withDecoded(values) {
    const out = new Set();
    for (const v of values) {
        if (!v)
            continue;
        out.add(v);
        try {
            out.add(decodeURIComponent(v));
        }
        catch {
            // Not percent-encoded after all: the raw form is registered.
        }
    }
    return [...out];
}
/**
 * The password-like parts of a connection URL or keyword string, raw and percent-decoded: the
 * URL's user-info after the first `:` (up to the last `@`, so an unencoded `@` or `/` in the
 * password is still covered) and any `password=` / `sslpassword=` parameter. [] for a plain host.
 */
function connectionSecrets(value) {
    const parts = [];
    const scheme = URL_SCHEME.exec(value);
    if (scheme) {
        const rest = value.slice(scheme[0].length);
        const at = rest.lastIndexOf('@');
        const userInfo = at >= 0 ? rest.slice(0, at) : '';
        const colon = userInfo.indexOf(':');
        if (colon >= 0)
            parts.push(userInfo.slice(colon + 1));
    }
    for (const m of value.matchAll(/(?:^|[?&\s])(?:ssl)?password\s*=\s*('(?:[^'\\]|\\.)*'|[^&\s]*)/gi))
        parts.push(m[1].replace(/^'(.*)'$/s, '$1'));
    return withDecoded(parts);
}
/** Why `value` is not a host name, or undefined when it is one. */
function notAHost(value) {
    if (URL_SCHEME.test(value))
        return 'url';
    if (KEYWORD.test(value))
        return 'keywords';
    return HOST.test(value) ? undefined : 'invalid';
}
/** What the value looks like, for a finding that must not repeat it. */
const NOT_A_HOST = {
    url: 'looks like a connection URL',
    keywords: 'looks like a libpq connection string (keyword=value)',
    invalid: 'is not a host name or host:port',
};


/***/ }),

/***/ 31896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ PreflightClients)
});

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(56193);
;// CONCATENATED MODULE: ./src/aws/partition.ts
/**
 * AWS partitions, told by region prefix (as the SDK's endpoint rules do) or by an ARN's second
 * field. IAM is global per partition and signs in one region of it: us-east-1 is only the
 * commercial partition's, so GovCloud and China need their own.
 */
const COMMERCIAL = { name: 'aws', iamRegion: 'us-east-1' };
// Longer prefixes first: us-isob- and us-isof- before us-iso-.
const PARTITIONS = [
    { prefix: 'cn-', name: 'aws-cn', iamRegion: 'cn-north-1' },
    { prefix: 'us-gov-', name: 'aws-us-gov', iamRegion: 'us-gov-west-1' },
    { prefix: 'us-isob-', name: 'aws-iso-b', iamRegion: 'us-isob-east-1' },
    { prefix: 'us-isof-', name: 'aws-iso-f', iamRegion: 'us-isof-south-1' },
    { prefix: 'us-iso-', name: 'aws-iso', iamRegion: 'us-iso-east-1' },
    { prefix: 'eu-isoe-', name: 'aws-iso-e', iamRegion: 'eu-isoe-west-1' },
    { prefix: 'eusc-', name: 'aws-eusc', iamRegion: 'eusc-de-east-1' },
];
/** The partition of a region; the commercial one for its regions and when the region is unknown. */
function partitionOfRegion(region) {
    const found = region ? PARTITIONS.find((p) => region.startsWith(p.prefix)) : undefined;
    return found ? { name: found.name, iamRegion: found.iamRegion } : COMMERCIAL;
}
/** The partition an ARN names (`arn:aws-us-gov:iam::…`), or undefined when `value` is not an ARN of a known partition. */
function partitionOfArn(value) {
    const name = value?.startsWith('arn:') ? value.split(':')[1] : undefined;
    if (name === COMMERCIAL.name)
        return COMMERCIAL;
    const found = PARTITIONS.find((p) => p.name === name);
    return found ? { name: found.name, iamRegion: found.iamRegion } : undefined;
}

;// CONCATENATED MODULE: ./src/aws/clients.ts
/**
 * AWS SDK v3 clients, each imported only when a check first needs it (cold start is a feature).
 * Endpoints follow the SDK's own configuration, so AWS_ENDPOINT_URL_<SERVICE> points them at
 * local endpoints; every call takes the check's abort signal, and destroyAwsClients closes the
 * connections of every client that was created.
 */


/** A lazily created client: `call` sends one command and turns failures into AwsError. */
class LazyClient {
    create;
    client;
    constructor(create) {
        this.create = create;
    }
    async call(action, command, signal) {
        const client = await (this.client ??= this.create());
        try {
            return (await client.send(command, signal ? { abortSignal: signal } : {}));
        }
        catch (err) {
            throw (0,errors/* toAwsError */.D)(err, action);
        }
    }
    /** Closes the client's connections, when it was created. */
    async destroy() {
        const client = await this.client?.catch(() => undefined);
        client?.destroy();
    }
}
// Two attempts: enough for a throttled call, short enough that a dead endpoint fails within the check's timeout.
const common = (o) => ({ ...(o.region ? { region: o.region } : {}), maxAttempts: 2 });
/**
 * The partition the job works in: from the region (the input, else the SDK's own: AWS_REGION, the
 * profile), else from a role ARN input, else the commercial one.
 */
async function resolvePartition(options) {
    let region = options.region;
    if (!region) {
        const { IAMClient } = await Promise.all(/* import() */[__webpack_require__.e(477), __webpack_require__.e(748)]).then(__webpack_require__.t.bind(__webpack_require__, 6748, 19));
        const probe = new IAMClient({});
        region = await probe.config.region().catch(() => undefined);
        probe.destroy();
    }
    if (region)
        return partitionOfRegion(region);
    return options.arns?.map(partitionOfArn).find((p) => p !== undefined) ?? partitionOfRegion(undefined);
}
function awsClients(options) {
    return {
        sqs: new LazyClient(async () => new (await Promise.all(/* import() */[__webpack_require__.e(477), __webpack_require__.e(807)]).then(__webpack_require__.t.bind(__webpack_require__, 49188, 19))).SQSClient(common(options))),
        // IAM is global per partition and signs in that partition's IAM region (us-east-1 only in the commercial one).
        iam: new LazyClient(async () => {
            const { iamRegion } = await resolvePartition(options);
            return new (await Promise.all(/* import() */[__webpack_require__.e(477), __webpack_require__.e(748)]).then(__webpack_require__.t.bind(__webpack_require__, 6748, 19))).IAMClient({ ...common(options), region: iamRegion });
        }),
        s3: new LazyClient(async () => new (await Promise.all(/* import() */[__webpack_require__.e(477), __webpack_require__.e(495)]).then(__webpack_require__.t.bind(__webpack_require__, 48495, 19))).S3Client(common(options))),
        secretsManager: new LazyClient(async () => new (await Promise.all(/* import() */[__webpack_require__.e(477), __webpack_require__.e(562)]).then(__webpack_require__.t.bind(__webpack_require__, 78562, 19))).SecretsManagerClient(common(options))),
    };
}
async function destroyAwsClients(clients) {
    await Promise.all(Object.values(clients).map((c) => c.destroy()));
}

// EXTERNAL MODULE: ./src/kube/client.ts + 1 modules
var client = __webpack_require__(435);
;// CONCATENATED MODULE: ./src/preflight/clients.ts
/**
 * The connections one preflight run opens: the cluster client (with its credential plugin), the AWS
 * SDK clients and Postgres sessions, each created on first use. Whoever runs preflight closes them
 * when the run is over, whatever happened: a socket left open by a timed-out check, or a credential
 * plugin still running, would keep the step alive after its report is written.
 */


class PreflightClients {
    options;
    closer = new AbortController();
    kubeClient;
    aws;
    constructor(options) {
        this.options = options;
    }
    /** Aborts when the clients close: a connection opened under it (a Postgres session) is dropped with them. */
    get closing() {
        return this.closer.signal;
    }
    kube() {
        return (this.kubeClient ??= client/* KubeClient */.B.load({ credentialTimeoutMs: this.options.credentialTimeoutMs }));
    }
    /** The AWS clients, made with the options of the first call (one run has one region and one set of role ARNs). */
    awsClients(options) {
        return (this.aws ??= awsClients(options));
    }
    async close() {
        this.closer.abort();
        const kube = await this.kubeClient?.catch(() => undefined);
        await Promise.all([kube?.close(), this.aws && destroyAwsClients(this.aws)]);
    }
}


/***/ }),

/***/ 40530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ configChecks),
/* harmony export */   x: () => (/* binding */ memoizedConfig)
/* harmony export */ });
/* harmony import */ var _config_chalk_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24993);
/* harmony import */ var _config_located_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76899);
/* harmony import */ var _checks_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71970);
/** The `config` check group: the values and seed files parse, and their contents follow the guide. */



function configChecks() {
    return [
        {
            id: 'config.files',
            group: 'config',
            title: 'Values and seed files are readable, valid YAML',
            async run(ctx) {
                const config = await ctx.config();
                const names = config.files.map((f) => f.displayPath).join(', ');
                return (0,_checks_check_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeOf */ .s)(config.problems.files, `${config.files.length} file${config.files.length === 1 ? '' : 's'} parsed: ${names}`);
            },
        },
        {
            id: 'config.values',
            group: 'config',
            title: 'Metadata Plane values (api_host, frontend_host, frontend.image)',
            after: ['config.files'],
            async run(ctx) {
                const config = await ctx.config();
                return (0,_checks_check_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeOf */ .s)(config.problems.values, 'api_host and frontend_host are https URLs; frontend.image is a valid reference');
            },
        },
        {
            id: 'config.seed',
            group: 'config',
            title: 'Database seed (teams, projects, environments, invites)',
            after: ['config.files'],
            async run(ctx) {
                const config = await ctx.config();
                const seed = config.merged ? countSeed(config) : '';
                return (0,_checks_check_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeOf */ .s)(config.problems.seed, `seed is consistent${seed ? `: ${seed}` : ''}`);
            },
        },
    ];
}
function countSeed(config) {
    const s = (0,_config_located_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(config.merged?.root, ['chalk', 'metadata', 'seed']);
    if (s?.kind !== 'map')
        return '';
    return ['teams', 'projects', 'environments', 'team_invites']
        .map((k) => {
        const v = s.entries.get(k)?.value;
        return `${v?.kind === 'seq' ? v.items.length : 0} ${k.replace('_', ' ')}`;
    })
        .join(', ');
}
function memoizedConfig(files) {
    let loaded;
    return () => (loaded ??= (0,_config_chalk_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadChalkConfig */ .k)(files));
}


/***/ }),

/***/ 32585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ FRONTEND_SECRET),
/* harmony export */   Dz: () => (/* binding */ sharedWork),
/* harmony export */   JJ: () => (/* binding */ CLOUDS),
/* harmony export */   TM: () => (/* binding */ BUCKET_KINDS),
/* harmony export */   fP: () => (/* binding */ METADATA_SECRET),
/* harmony export */   q6: () => (/* binding */ createContext),
/* harmony export */   u2: () => (/* binding */ METADATA_SERVICE_ACCOUNT)
/* harmony export */ });
/* harmony import */ var _actions_io__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68005);
/* harmony import */ var _helm_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65896);
/* harmony import */ var _postgres_host_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71156);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88800);
/**
 * What every preflight check receives: the settings from the action's inputs, the config files
 * (loaded once, on first use) and the run's clients (src/preflight/clients.ts). Nothing is connected
 * or imported until a check of a group that needs it asks, so `checks: config` stays fast.
 */




const CLOUDS = ['aws', 'gcp'];
/** The five Data Plane buckets of the guide, in its order. */
const BUCKET_KINDS = ['data', 'source', 'dataset', 'model', 'stages'];
async function findHelm() {
    const path = await (0,_actions_io__WEBPACK_IMPORTED_MODULE_0__/* .which */ .K7)('helm', false);
    if (!path)
        return {};
    try {
        return { path, client: await _helm_client_js__WEBPACK_IMPORTED_MODULE_1__/* .HelmClient */ .E.at(path) };
    }
    catch (err) {
        return { path, error: err instanceof Error ? err.message : String(err) };
    }
}
/** The Metadata Plane's two secrets and their names, from the guide. */
const METADATA_SECRET = 'metadata-plane-secrets';
const FRONTEND_SECRET = 'chalk-frontend-secrets';
/** The chart's API-server service account, bound to the IRSA role (guide: "IAM Role for the Metadata Plane API Server"). */
const METADATA_SERVICE_ACCOUNT = 'chalk-metadata-plane';
/**
 * Work several checks share (a Secret, an IAM role), started by the first caller and awaited by
 * each under its own signal. The work is aborted only when every caller waiting for it has given
 * up (a caller without a signal never does), and is then forgotten so a later caller starts afresh.
 */
function sharedWork(work) {
    const entries = new Map();
    return (key, signal) => {
        if (signal?.aborted)
            return Promise.reject(signal.reason);
        let entry = entries.get(key);
        if (!entry) {
            const controller = new AbortController();
            const e = { controller, waiting: 0, settled: false, promise: Promise.resolve(undefined) };
            e.promise = Promise.resolve()
                .then(() => work(key, controller.signal))
                .finally(() => {
                e.settled = true;
            });
            // Settled entries are kept (one read per run); a caller's rejection handler is attached below.
            e.promise.catch(() => { });
            entries.set(key, e);
            entry = e;
        }
        const e = entry;
        e.waiting++;
        if (!signal)
            return e.promise;
        return new Promise((resolve, reject) => {
            const giveUp = () => {
                e.waiting--;
                if (e.waiting === 0 && !e.settled) {
                    e.controller.abort(signal.reason);
                    if (entries.get(key) === e)
                        entries.delete(key);
                }
                reject(signal.reason);
            };
            signal.addEventListener('abort', giveUp, { once: true });
            e.promise.then((value) => {
                signal.removeEventListener('abort', giveUp);
                e.waiting--;
                resolve(value);
            }, (err) => {
                signal.removeEventListener('abort', giveUp);
                e.waiting--;
                reject(err);
            });
        });
    };
}
function createContext(base, settings, clients) {
    // A connection URL given as postgres-host carries a password: masked before any check can print anything.
    if (settings.postgres.host)
        for (const s of (0,_postgres_host_js__WEBPACK_IMPORTED_MODULE_2__/* .connectionSecrets */ .K$)(settings.postgres.host))
            (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(s);
    let helm;
    const secret = sharedWork(async (name, signal) => (await ctx.kube()).readSecret(settings.namespace, name, signal));
    const ctx = {
        ...base,
        settings,
        kube: () => clients.kube(),
        aws: () => clients.awsClients({ region: settings.aws.region, arns: [settings.aws.metadataRole, settings.dataplane.backgroundPersistenceRole] }),
        closing: clients.closing,
        helm: () => (helm ??= findHelm()),
        secret,
    };
    return ctx;
}


/***/ }),

/***/ 38144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ secretsChecks)
});

// EXTERNAL MODULE: ./src/kube/errors.ts
var errors = __webpack_require__(57487);
// EXTERNAL MODULE: ./src/preflight/context.ts
var context = __webpack_require__(32585);
// EXTERNAL MODULE: ./src/checks/failure.ts
var failure = __webpack_require__(31268);
// EXTERNAL MODULE: ./src/config/node-rules.ts + 1 modules
var node_rules = __webpack_require__(29353);
;// CONCATENATED MODULE: ./src/preflight/secret-keys.ts
/**
 * Which required keys a Secret lacks, judged from key names and value lengths only: values are
 * never decoded into anything that is kept or printed. Near misses (the guide's own
 * GOOGLE_CLIENT_SECREET typo, lower case, stray spaces) and a whole .env file stored under one key
 * (`--from-file` instead of `--from-env-file`) are named so the fix is obvious.
 */

const normalise = (key) => key.toUpperCase().replace(/[^A-Z0-9]/g, '');
function meantKey(found, missing) {
    const n = normalise(found);
    return missing.find((m) => normalise(m) === n) ?? missing.find((m) => (0,node_rules/* editDistance */.YC)(normalise(m), n) <= 2);
}
/** Key names of `KEY=value` lines in a base64 env file; the values are dropped as soon as the line is split. */
function envFileKeys(base64) {
    return Buffer.from(base64, 'base64')
        .toString('utf8')
        .split(/\r?\n/)
        .map((line) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1])
        .filter((k) => Boolean(k));
}
/** `data` is the Secret's base64 data as the API returns it. */
function inspectSecretKeys(data, required) {
    const entries = Object.entries(data ?? {});
    const keys = new Set(entries.map(([k]) => k));
    // A value of only whitespace is as useless as none; the length check never keeps the value.
    const isEmpty = (b64) => Buffer.from(b64, 'base64').toString('utf8').trim().length === 0;
    const present = required.filter((k) => keys.has(k) && !isEmpty(data[k]));
    const empty = required.filter((k) => keys.has(k) && isEmpty(data[k]));
    const missing = required.filter((k) => !keys.has(k));
    const extra = entries.filter(([k]) => !required.includes(k));
    const nearMisses = extra.flatMap(([found]) => {
        const meant = meantKey(found, missing);
        return meant ? [{ found, meant }] : [];
    });
    const envFiles = extra
        .filter(([k]) => /\.env$/i.test(k))
        .map(([key, value]) => ({ key, contains: envFileKeys(value).filter((k) => required.includes(k) || meantKey(k, required)) }))
        .filter((f) => f.contains.length > 0);
    return { present, missing, empty, nearMisses, envFiles };
}

;// CONCATENATED MODULE: ./src/preflight/secrets-checks.ts
/**
 * The `secrets` group: the guide's "Configuring Kubernetes Resources" — the namespace and the two
 * Secrets the chart reads. Findings name keys only; a value is never read into a log or report.
 */




const SECRETS = [
    { name: context/* METADATA_SECRET */.fP, keys: ['POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_HOST', 'POSTGRES_DB'], envFile: 'metadata-plane-secrets.env' },
    { name: context/* FRONTEND_SECRET */.Ay, keys: ['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET'], envFile: 'oidc.env', guideTypo: 'GOOGLE_CLIENT_SECREET' },
];
const createCommand = (s, namespace) => `kubectl create secret generic ${s.name} --namespace ${namespace} --from-env-file ${s.envFile} --dry-run=client -o yaml | kubectl apply -f -`;
function describeKeys(s, report) {
    const parts = [];
    if (report.missing.length)
        parts.push(`missing ${report.missing.join(', ')}`);
    if (report.empty.length)
        parts.push(`empty ${report.empty.join(', ')}`);
    for (const { found, meant } of report.nearMisses)
        parts.push(`has ${found}, which looks like a misspelling of ${meant}${found === s.guideTypo ? ' (the typo is in the guide)' : ''}`);
    for (const f of report.envFiles)
        parts.push(`key ${f.key} holds a whole env file (with ${f.contains.join(', ')}): it was created with --from-file`);
    return parts;
}
async function secretCheck(ctx, s, signal) {
    const { namespace } = ctx.settings;
    const fix = `Write ${s.keys.map((k) => `${k}=…`).join(', ')} (one per line) to ${s.envFile}, then: ${createCommand(s, namespace)}`;
    try {
        const kube = await ctx.kube();
        const secret = await ctx.secret(s.name, signal);
        if (!secret) {
            const nsExists = (await kube.readNamespace(namespace, signal).catch(() => 'unknown')) !== undefined;
            return {
                verdict: 'fail',
                finding: nsExists
                    ? `secret ${s.name} does not exist in namespace ${namespace}`
                    : `namespace ${namespace} does not exist, so secret ${s.name} does not either`,
                fix: nsExists ? fix : `kubectl create namespace ${namespace}; then ${fix}`,
            };
        }
        const report = inspectSecretKeys(secret.data, s.keys);
        const problems = describeKeys(s, report);
        if (report.missing.length || report.empty.length)
            return {
                verdict: 'fail',
                finding: problems.join('; '),
                fix: report.envFiles.length
                    ? `Recreate it with --from-env-file (not --from-file): ${createCommand(s, namespace)}`
                    : `Add the missing keys (the env file name does not matter, the key names do): ${createCommand(s, namespace)}`,
            };
        return {
            verdict: problems.length ? 'warn' : 'pass',
            finding: `secret ${s.name} has ${report.present.join(', ')}${problems.length ? `; also ${problems.join('; ')}` : ''}`,
            ...(problems.length ? { fix: 'Remove the stray keys so nobody edits the wrong one.' } : {}),
        };
    }
    catch (err) {
        return (0,failure/* failure */.V)(err, `cannot read secret ${s.name} in ${namespace}`);
    }
}
async function namespaceCheck(ctx, signal) {
    const { namespace, createNamespace } = ctx.settings;
    const kube = await ctx.kube();
    try {
        const ns = await kube.readNamespace(namespace, signal);
        if (ns?.status?.phase === 'Terminating')
            return {
                verdict: 'fail',
                finding: `namespace ${namespace} is being deleted (Terminating)`,
                fix: `Wait until it is gone, then recreate it: kubectl create namespace ${namespace}`,
            };
        if (ns)
            return { verdict: 'pass', finding: `namespace ${namespace} exists` };
        return {
            verdict: createNamespace ? 'warn' : 'fail',
            finding: `namespace ${namespace} does not exist${createNamespace ? '; the deploy creates it (create-namespace), but the secrets must be in it before the pods start' : ''}`,
            fix: `kubectl create namespace ${namespace}`,
        };
    }
    catch (err) {
        if (!(err instanceof errors/* KubeError */.a) || err.kind !== 'forbidden')
            return (0,failure/* failure */.V)(err);
        // Identities scoped to the namespace may not read Namespace objects; a Secret read in it proves it exists.
        const secret = await ctx.secret(context/* METADATA_SECRET */.fP, signal).catch(() => undefined);
        if (secret)
            return { verdict: 'pass', finding: `namespace ${namespace} exists (seen through its secret; this identity may not get namespaces)` };
        return {
            verdict: 'warn',
            finding: `cannot tell whether namespace ${namespace} exists: ${err.message}`,
            fix: `Check with an identity that may get namespaces: kubectl get namespace ${namespace}`,
        };
    }
}
function secretsChecks() {
    return [
        {
            id: 'secrets.namespace',
            group: 'secrets',
            title: 'Metadata Plane namespace exists',
            async run(ctx, signal) {
                try {
                    return await namespaceCheck(ctx, signal);
                }
                catch (err) {
                    return (0,failure/* failure */.V)(err);
                }
            },
        },
        ...SECRETS.map((s) => ({
            id: `secrets.${s.name}`,
            group: 'secrets',
            title: `Secret ${s.name} has ${s.keys.join(', ')}`,
            after: ['secrets.namespace'],
            run: (ctx, signal) => secretCheck(ctx, s, signal),
        })),
    ];
}


/***/ })

};
