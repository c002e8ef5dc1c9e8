export const id = 768;
export const ids = [768];
export const modules = {

/***/ 45768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(81729);
// EXTERNAL MODULE: ./src/action/entry.ts
var entry = __webpack_require__(59682);
// EXTERNAL MODULE: ./src/action/paths.ts
var paths = __webpack_require__(49566);
// EXTERNAL MODULE: ./src/helm/install.ts
var install = __webpack_require__(68203);
// EXTERNAL MODULE: ./src/process/cancellation.ts
var cancellation = __webpack_require__(31130);
// EXTERNAL MODULE: ./src/kube/names.ts
var names = __webpack_require__(19449);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/readiness/errors.ts
/** Why a readiness wait could not be run at all, as typed errors with the fix. */

class ReadinessError extends errors/* ChalkError */.E {
    boundary = 'readiness';
}

;// CONCATENATED MODULE: ./src/readiness/http-checks.ts
/**
 * The guide's "visit the frontend_host" as HTTP checks: a GET of each URL (redirects are not
 * followed), its status compared with the expected one. A failure says what kind it is — the name
 * does not resolve, the connection is refused, no answer in time, the TLS certificate is not
 * trusted (with OpenSSL's code), or another status — so a DNS record, a firewall and a certificate
 * problem each read as such.
 */





const HTTP_CHECK_DEFAULTS = { timeoutMs: 10_000, waitMs: 0 };
const RETRY_INTERVAL_MS = 3_000;
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME']);
const TLS_TRUST_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_REVOKED',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const invalid = (message) => new ReadinessError('invalid-http-check', message, 'Write http-checks as a YAML list of URLs, or of maps with url and optional status (a code or a list), timeout (e.g. 10s), ca-file and wait (e.g. 2m).');
/** `10`, `10s`, `500ms`, `2m`: a duration in milliseconds. */
function duration(value, where) {
    const m = /^(\d{1,9}(?:\.\d{1,6})?)\s*(ms|s|m|h)?$/.exec(String(value).trim());
    if (!m)
        throw invalid(`${where} must be a duration such as 10s or 2m, not ${JSON.stringify(value)}.`);
    return Math.round(Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's')]);
}
function checkUrl(value, where) {
    let url;
    try {
        url = new URL(String(value));
    }
    catch {
        url = undefined;
    }
    if (typeof value !== 'string' || !url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname)
        throw invalid(`${where} is not an http(s) URL: ${JSON.stringify(value)}.`);
    return value;
}
/**
 * The checks of an `http-checks` input (a YAML list); `resolvePath` turns a ca-file into a path
 * (relative to the workspace in an action).
 */
function parseHttpChecks(text, resolvePath = (p) => p) {
    if (!text.trim())
        return [];
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        throw invalid(`http-checks is not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
    const items = Array.isArray(doc) ? doc : [doc];
    return items.map((item, i) => {
        const where = `http-checks[${i}]`;
        if (typeof item === 'string')
            return { url: checkUrl(item, where), expectedStatus: [], ...HTTP_CHECK_DEFAULTS };
        if (!item || typeof item !== 'object' || Array.isArray(item))
            throw invalid(`${where} must be a URL or a map with a url.`);
        const map = item;
        const unknown = Object.keys(map).filter((k) => !['url', 'status', 'timeout', 'ca-file', 'wait'].includes(k));
        if (unknown.length)
            throw invalid(`${where} has unknown key${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; known: url, status, timeout, ca-file, wait.`);
        const statuses = map.status === undefined ? [] : Array.isArray(map.status) ? map.status : [map.status];
        const expectedStatus = statuses.map((s) => {
            const code = Number(s);
            if (!Number.isInteger(code) || code < 100 || code > 599)
                throw invalid(`${where}.status must be HTTP status codes (100-599), not ${JSON.stringify(s)}.`);
            return code;
        });
        const caFile = map['ca-file'];
        if (caFile !== undefined && (typeof caFile !== 'string' || !caFile))
            throw invalid(`${where}.ca-file must be a file path.`);
        return {
            url: checkUrl(map.url, `${where}.url`),
            expectedStatus,
            timeoutMs: map.timeout === undefined ? HTTP_CHECK_DEFAULTS.timeoutMs : duration(map.timeout, `${where}.timeout`),
            waitMs: map.wait === undefined ? HTTP_CHECK_DEFAULTS.waitMs : duration(map.wait, `${where}.wait`),
            ...(caFile ? { caFile: resolvePath(caFile) } : {}),
        };
    });
}
const hostOf = (url) => `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`;
function classifyHttpError(err, url, timeoutMs) {
    const code = err.code ?? '';
    if (code === 'ETIMEDOUT')
        return { failure: 'timeout', message: `no answer from ${hostOf(url)} within ${timeoutMs / 1000} s` };
    if (DNS_CODES.has(code))
        return { failure: 'dns', message: `DNS: ${url.hostname} does not resolve (${code})` };
    if (code === 'ECONNREFUSED')
        return { failure: 'refused', message: `connection refused by ${hostOf(url)}` };
    if (TLS_TRUST_CODES.has(code))
        return { failure: 'tls', message: `TLS: the certificate of ${hostOf(url)} is not trusted (${code}: ${err.message})` };
    if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || code === 'EPROTO')
        return { failure: 'tls', message: `TLS: the handshake with ${hostOf(url)} failed (${code}: ${err.message})` };
    return { failure: 'connection', message: `${hostOf(url)}: ${code ? `${code}: ` : ''}${err.message}` };
}
function attempt(check, ca, lookup) {
    const url = new URL(check.url);
    const transport = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
    return new Promise((resolve) => {
        const req = transport.request(url, { method: 'GET', agent: false, headers: { 'user-agent': 'chalk-actions-verify' }, ...(ca ? { ca } : {}), ...(lookup ? { lookup } : {}) }, (res) => {
            res.resume();
            clearTimeout(timer);
            resolve({ status: res.statusCode ?? 0, message: `HTTP ${res.statusCode}` });
            req.destroy();
        });
        // One limit for the whole exchange, DNS and TLS included.
        const timer = setTimeout(() => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), check.timeoutMs);
        req.on('error', (err) => {
            clearTimeout(timer);
            resolve(classifyHttpError(err, url, check.timeoutMs));
        });
        req.end();
    });
}
const accepted = (status, expected) => (expected.length ? expected.includes(status) : status < 400);
/** Runs one check, retrying every few seconds while its `wait` lasts. */
async function runHttpCheck(check, options = {}) {
    const started = performance.now();
    const result = (verdict, a) => ({
        url: check.url,
        verdict,
        ...(a.failure ? { failure: a.failure } : {}),
        ...(a.status !== undefined ? { status: a.status } : {}),
        message: a.message,
        durationMs: Math.round(performance.now() - started),
    });
    let ca;
    if (check.caFile) {
        try {
            ca = await (0,promises_.readFile)(check.caFile);
        }
        catch (err) {
            return result('fail', { failure: 'tls', message: `the CA file ${check.caFile} cannot be read: ${err.message}` });
        }
    }
    const until = Math.min(Date.now() + check.waitMs, options.deadline ?? Infinity);
    for (;;) {
        const a = await attempt(check, ca, options.lookup);
        const ok = a.status !== undefined && accepted(a.status, check.expectedStatus);
        const outcome = ok || a.status === undefined
            ? a
            : {
                ...a,
                failure: 'status',
                message: `expected ${check.expectedStatus.length ? check.expectedStatus.join(' or ') : 'a status below 400'}, got ${a.status}`,
            };
        if (ok)
            return result('pass', outcome);
        if (Date.now() + RETRY_INTERVAL_MS > until)
            return result('fail', outcome);
        await new Promise((r) => setTimeout(r, RETRY_INTERVAL_MS));
    }
}

// EXTERNAL MODULE: ./src/kube/errors.ts
var kube_errors = __webpack_require__(23646);
// EXTERNAL MODULE: ./src/kube/client.ts + 1 modules
var kube_client = __webpack_require__(25861);
;// CONCATENATED MODULE: ./src/readiness/api.ts
/**
 * The few API calls the readiness engine makes, as unstructured JSON: GET (lists, events, discovery),
 * pod logs as text, and watches through @kubernetes/client-node's Watch. Objects stay as the server
 * sent them (no typed deserialisation), so rules read every kind, CRs included, the same way.
 * The kubeconfig is loaded as src/kube/client.ts loads it, and the client library only on first use.
 */




/** The collection URL of a resource, in `namespace` or cluster-wide. */
function collectionPath(resource, namespace) {
    const base = resource.group ? `/apis/${resource.group}/${resource.version}` : `/api/${resource.version}`;
    return resource.namespaced && namespace ? `${base}/namespaces/${encodeURIComponent(namespace)}/${resource.plural}` : `${base}/${resource.plural}`;
}
const REQUEST_TIMEOUT_MS = 30_000;
class KubeApi {
    k8s;
    client;
    server;
    constructor(k8s, client, server) {
        this.k8s = k8s;
        this.client = client;
        this.server = server;
    }
    get config() {
        return this.client.kubeConfig;
    }
    /**
     * The current kubeconfig context; a missing or unreadable kubeconfig throws KubeError (`no-config`). The
     * KubeClient's kubeconfig is used, so an exec credential plugin runs bounded and is stopped by close().
     */
    static async connect() {
        const client = await kube_client/* KubeClient */.B.load();
        const k8s = await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 6959));
        return new KubeApi(k8s, client, client.server);
    }
    /** Stops the credential plugin, if any, and closes the client's connections. */
    close() {
        return this.client.close();
    }
    async getJson(path, query = {}, signal) {
        const body = await this.get(path, query, 'application/json', signal);
        return JSON.parse(body);
    }
    getText(path, query = {}, signal) {
        return this.get(path, query, '*/*', signal);
    }
    async watch(path, query, onEvent, onDone) {
        const watch = new this.k8s.Watch(this.config);
        return watch.watch(path, query, (type, obj) => onEvent(type, obj), onDone);
    }
    async get(path, query, accept, signal) {
        const url = new URL(this.server.replace(/\/+$/, '') + path);
        for (const [key, value] of Object.entries(query))
            if (value !== undefined)
                url.searchParams.set(key, String(value));
        const options = { headers: {} };
        await this.config.applyToHTTPSOptions(options);
        const transport = url.protocol === 'http:' ? external_node_http_ : external_node_https_;
        const { status, body } = await new Promise((resolve, reject) => {
            const req = transport.request(url, { ...options, method: 'GET', headers: { ...options.headers, Accept: accept }, signal, timeout: REQUEST_TIMEOUT_MS }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
                res.on('error', reject);
            });
            req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`), { code: 'ETIMEDOUT' })));
            req.on('error', reject);
            req.end();
        }).catch((err) => {
            throw (0,kube_errors/* toKubeError */.N)(err, this.server);
        });
        if (status >= 400)
            throw (0,kube_errors/* toKubeError */.N)({ code: status, body }, this.server);
        return body;
    }
}
/** Kinds to resources (plural, scope) through the discovery API, one request per group version. */
class Discovery {
    api;
    lists = new Map();
    constructor(api) {
        this.api = api;
    }
    async resource(apiVersion, kind, signal) {
        const [group, version] = apiVersion.includes('/') ? apiVersion.split('/', 2) : ['', apiVersion];
        let list = this.lists.get(apiVersion);
        if (!list) {
            list = this.api.getJson(group ? `/apis/${group}/${version}` : `/api/${version}`, {}, signal).catch((err) => {
                if (err.kind === 'not-found')
                    return undefined;
                this.lists.delete(apiVersion);
                throw err;
            });
            this.lists.set(apiVersion, list);
        }
        const found = (await list)?.resources?.find((r) => r.kind === kind && !r.name.includes('/'));
        return found ? { group, version, kind, plural: found.name, namespaced: found.namespaced } : undefined;
    }
}

;// CONCATENATED MODULE: ./src/readiness/objects.ts
/** The API group of an apiVersion: `apps/v1` → `apps`, `v1` → ''. */
const groupOf = (apiVersion) => (apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '');
/** `Deployment` for core and apps kinds people know by name, `Certificate.cert-manager.io` otherwise. */
function kindLabel(ref) {
    const group = groupOf(ref.apiVersion);
    return group === '' || group === 'apps' || group === 'batch' ? ref.kind : `${ref.kind}.${group}`;
}
/** `Deployment chalk/api`: how objects are named in logs, annotations and tables. */
const describeRef = (ref) => `${kindLabel(ref)} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
/** Identity of an object across versions of its API: group, kind, namespace, name. */
const refKey = (ref) => `${groupOf(ref.apiVersion)}/${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;
function refOf(obj) {
    return {
        apiVersion: obj.apiVersion ?? '',
        kind: obj.kind ?? '',
        name: obj.metadata?.name ?? '',
        ...(obj.metadata?.namespace ? { namespace: obj.metadata.namespace } : {}),
    };
}
/** A field by dotted path under the object (`status.readyReplicas`). */
function field(obj, path) {
    let cur = obj;
    for (const part of path.split('.')) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[part];
    }
    return cur;
}
/**
 * An integer field, also when it is published as a numeric string: some controllers write
 * `observedGeneration: "3"` (helm #32615), which a strict reader would reject or ignore.
 */
function intField(obj, path) {
    const value = field(obj, path);
    if (typeof value === 'number' && Number.isFinite(value))
        return Math.trunc(value);
    if (typeof value === 'string' && /^-?\d+$/.test(value.trim()))
        return Number(value.trim());
    return undefined;
}
const intOr = (obj, path, fallback) => intField(obj, path) ?? fallback;
function stringField(obj, path) {
    const value = field(obj, path);
    return typeof value === 'string' ? value : undefined;
}
function conditions(obj) {
    const list = field(obj, 'status.conditions');
    if (!Array.isArray(list))
        return [];
    return list
        .filter((c) => Boolean(c) && typeof c === 'object' && typeof c.type === 'string')
        .map((c) => ({
        ...c,
        status: String(c.status ?? ''),
    }));
}
const condition = (obj, type) => conditions(obj).find((c) => c.type === type);
/** The controlling owner's uid (`ownerReferences[].controller: true`). */
const controllerUid = (obj) => obj.metadata?.ownerReferences?.find((o) => o.controller)?.uid;
const controllerKind = (obj) => obj.metadata?.ownerReferences?.find((o) => o.controller)?.kind;
const isTerminating = (obj) => Boolean(obj.metadata?.deletionTimestamp);
/** `3/5` style counts for messages. */
const ratio = (have, want) => `${have}/${want}`;

;// CONCATENATED MODULE: ./src/readiness/pods.ts
/**
 * Pods: their own readiness, and the symptoms that make a workload's wait hopeless. kstatus calls a
 * Failed pod current and an image that cannot be pulled "in progress" forever; here a pod that
 * failed, a crash loop past its restarts, an image or container config error past the grace period,
 * and a pod unschedulable past its grace period are failures, so the wait ends before the timeout.
 */

/** Waiting reasons that cannot heal at all. */
const HOPELESS = new Set(['InvalidImageName', 'ErrImageNeverPull']);
/** Waiting reasons that may heal (a registry blip, a Secret created a moment later) but rarely do: failures after the grace period. */
const GRACED = new Set(['ErrImagePull', 'ImagePullBackOff', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError']);
function containerStatuses(pod) {
    const list = (path, init) => {
        const value = field(pod, path);
        return Array.isArray(value) ? value.filter((s) => typeof s?.name === 'string').map((status) => ({ status, init })) : [];
    };
    return [...list('status.initContainerStatuses', true), ...list('status.containerStatuses', false)];
}
/** `exit code 1 (Error)`, `signal 9 (OOMKilled)`. */
function describeTermination(t) {
    const code = t.exitCode !== undefined ? `exit code ${t.exitCode}` : t.signal !== undefined ? `signal ${t.signal}` : 'ended';
    return t.reason ? `${code} (${t.reason})` : code;
}
const containerLabel = (name, init) => `${init ? 'init container' : 'container'} ${name}`;
/** A failure once `age` passes `graceMs`; until then in progress, with a re-check when the grace ends. */
function graced(reason, message, age, graceMs) {
    if (age >= graceMs)
        return { state: 'failed', reason, message: `${message} (for ${seconds(age)}, more than the ${seconds(graceMs)} allowed)` };
    return { state: 'in-progress', reason, message, recheckInMs: graceMs - age };
}
const seconds = (ms) => (ms >= 120_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 1000)} s`);
/**
 * The most serious thing wrong with the pod's scheduling or containers: a failure first, else a
 * symptom still within its grace; undefined when nothing is wrong beyond not being ready yet.
 */
function podSymptom(pod, ctx) {
    const uid = pod.metadata?.uid ?? pod.metadata?.name ?? '';
    const found = [];
    const scheduled = condition(pod, 'PodScheduled');
    if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
        found.push(graced('Unschedulable', `unschedulable: ${scheduled.message ?? 'no node fits'}`, ctx.symptomAge(`${uid}/unschedulable`), ctx.policy.unschedulableGraceMs));
    }
    for (const { status, init } of containerStatuses(pod)) {
        const waiting = status.state?.waiting;
        const reason = waiting?.reason;
        if (!reason)
            continue;
        const who = containerLabel(status.name, init);
        if (reason === 'CrashLoopBackOff') {
            const restarts = status.restartCount ?? 0;
            const last = status.lastState?.terminated;
            const message = `${who} (${status.image ?? 'image unknown'}) is crash-looping: restarted ${restarts} time${restarts === 1 ? '' : 's'}${last ? `, last ${describeTermination(last)}` : ''}`;
            found.push(restarts >= ctx.policy.crashLoopRestarts
                ? { state: 'failed', reason, message }
                : { state: 'in-progress', reason, message: `${message}; fails at ${ctx.policy.crashLoopRestarts} restarts` });
        }
        else if (HOPELESS.has(reason)) {
            found.push({ state: 'failed', reason, message: `${who}: ${waiting?.message ?? reason} (${status.image ?? 'image unknown'})` });
        }
        else if (GRACED.has(reason)) {
            const message = `${who}: ${reason}${waiting?.message ? `: ${waiting.message}` : ` (${status.image ?? 'image unknown'})`}`;
            const kind = reason === 'ErrImagePull' || reason === 'ImagePullBackOff' ? 'image-pull' : 'container-config';
            found.push(graced(reason, message, ctx.symptomAge(`${uid}/${status.name}/${kind}`), ctx.policy.failureGraceMs));
        }
    }
    return found.find((e) => e.state === 'failed') ?? found[0];
}
/** Why a pod ended as Failed: its status reason (Evicted, DeadlineExceeded) or its containers' terminations. */
function podFailure(pod) {
    const reason = stringField(pod, 'status.reason');
    const message = stringField(pod, 'status.message');
    if (reason || message)
        return [reason, message].filter(Boolean).join(': ');
    const ended = containerStatuses(pod).flatMap(({ status, init }) => {
        const t = status.state?.terminated;
        return t && (t.exitCode ?? 0) !== 0 ? [`${containerLabel(status.name, init)} ${describeTermination(t)}`] : [];
    });
    return ended.join('; ') || 'the pod failed';
}
/**
 * A pod's readiness. `standalone`: the pod is itself a target (a Failed pod is then a failure, not
 * kstatus's "current"); pods a controller owns are replaced by it when they fail.
 */
function evaluatePod(pod, ctx, standalone) {
    if (isTerminating(pod))
        return { state: 'terminating', reason: 'Terminating', message: 'the pod is being deleted' };
    const phase = stringField(pod, 'status.phase') ?? '';
    if (phase === 'Succeeded')
        return { state: 'ready', reason: 'PodSucceeded', message: 'the pod completed successfully' };
    if (phase === 'Failed')
        return { state: standalone ? 'failed' : 'in-progress', reason: 'PodFailed', message: `the pod failed: ${podFailure(pod)}` };
    const symptom = podSymptom(pod, ctx);
    if (symptom)
        return symptom;
    const ready = condition(pod, 'Ready');
    if (phase === 'Running') {
        if (ready?.status === 'True')
            return { state: 'ready', reason: 'PodReady', message: 'the pod is Ready' };
        return { state: 'in-progress', reason: 'PodRunningNotReady', message: `running but not Ready${ready?.message ? `: ${ready.message}` : ''}` };
    }
    if (phase === 'Pending') {
        const waiting = containerStatuses(pod)
            .map(({ status, init }) => (status.state?.waiting?.reason ? `${containerLabel(status.name, init)}: ${status.state.waiting.reason}` : ''))
            .filter(Boolean);
        return { state: 'in-progress', reason: 'PodPending', message: `pending${waiting.length ? ` (${waiting.join(', ')})` : ''}` };
    }
    return { state: 'in-progress', reason: 'PodNotObserved', message: 'no phase reported yet' };
}
/**
 * The pods that stand for a workload now: those it controls (for a Deployment, through the
 * ReplicaSet of its current revision, so a rollout is not judged by the pods it replaces), not
 * being deleted.
 */
function currentPods(workload, pods, replicaSets) {
    const uid = workload.metadata?.uid;
    if (!uid)
        return [];
    let owners = new Set([uid]);
    if (workload.kind === 'Deployment') {
        const revision = workload.metadata?.annotations?.['deployment.kubernetes.io/revision'];
        const mine = replicaSets.filter((rs) => controllerUid(rs) === uid);
        const current = revision ? mine.filter((rs) => rs.metadata?.annotations?.['deployment.kubernetes.io/revision'] === revision) : mine;
        owners = new Set(current.map((rs) => rs.metadata?.uid ?? ''));
    }
    return pods.filter((p) => !isTerminating(p) && owners.has(controllerUid(p) ?? ''));
}

;// CONCATENATED MODULE: ./src/readiness/diagnostics.ts


const DEFAULT_DIAGNOSTICS = { logLines: 20, podsPerObject: 3, eventsPerObject: 5 };
const MASK = '***';
const errorText = (err) => (err instanceof Error ? err.message : String(err));
/** The latest events about the object with this uid, newest first. */
async function recentEvents(api, namespace, uid, limit, signal) {
    const list = await api.getJson(`/api/v1/namespaces/${encodeURIComponent(namespace)}/events`, { fieldSelector: `involvedObject.uid=${uid}` }, signal);
    const when = (e) => e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? '';
    return (list.items ?? [])
        .sort((a, b) => when(b).localeCompare(when(a)))
        .slice(0, limit)
        .map((e) => ({
        type: e.type ?? 'Normal',
        reason: e.reason ?? '',
        message: e.message ?? '',
        count: e.series?.count ?? e.count ?? 1,
        ...(when(e) ? { lastSeen: when(e) } : {}),
    }));
}
function containerDigests(pod) {
    return containerStatuses(pod).map(({ status, init }) => {
        const s = status.state;
        const state = s?.waiting
            ? `waiting: ${s.waiting.reason ?? 'unknown'}${s.waiting.message ? ` (${s.waiting.message})` : ''}`
            : s?.terminated
                ? `terminated: ${describeTermination(s.terminated)}${s.terminated.message ? ` (${s.terminated.message})` : ''}`
                : s?.running
                    ? 'running'
                    : 'unknown';
        const last = status.lastState?.terminated;
        return {
            name: status.name,
            image: status.image ?? '',
            init,
            ready: status.ready === true,
            restartCount: status.restartCount ?? 0,
            state,
            ...(last ? { lastTermination: `terminated: ${describeTermination(last)}` } : {}),
        };
    });
}
/** Containers whose logs explain something: crashed (their previous run), ended badly, or running but not ready. */
function containersWorthLogs(pod) {
    return containerStatuses(pod).flatMap(({ status }) => {
        const s = status.state;
        if (s?.waiting?.reason === 'CrashLoopBackOff' || (s?.waiting && status.lastState?.terminated))
            return [{ container: status.name, previous: true }];
        if (s?.terminated && (s.terminated.exitCode ?? 0) !== 0)
            return [{ container: status.name, previous: false }];
        if (s?.running && status.ready !== true)
            return [{ container: status.name, previous: false }];
        return [];
    });
}
/** Names of the Secrets a pod reads: env, envFrom, volumes (projected ones too). */
function secretsReadBy(pod) {
    const names = new Set();
    const containers = [...(field(pod, 'spec.initContainers') ?? []), ...(field(pod, 'spec.containers') ?? [])];
    for (const c of containers) {
        for (const env of field(c, 'env') ?? []) {
            const name = stringField(env, 'valueFrom.secretKeyRef.name');
            if (name)
                names.add(name);
        }
        for (const from of field(c, 'envFrom') ?? []) {
            const name = stringField(from, 'secretRef.name');
            if (name)
                names.add(name);
        }
    }
    for (const volume of field(pod, 'spec.volumes') ?? []) {
        const name = stringField(volume, 'secret.secretName');
        if (name)
            names.add(name);
        for (const source of field(volume, 'projected.sources') ?? []) {
            const projected = stringField(source, 'secret.name');
            if (projected)
                names.add(projected);
        }
    }
    return [...names];
}
/**
 * The values (and their lines) of the Secrets a pod reads, to mask in its logs; undefined with the
 * reason when one of them exists but cannot be read.
 */
async function secretValues(api, pod, signal) {
    const namespace = pod.metadata?.namespace ?? '';
    const values = new Set();
    for (const name of secretsReadBy(pod)) {
        try {
            const secret = await api.getJson(`/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets/${encodeURIComponent(name)}`, {}, signal);
            for (const encoded of Object.values(secret.data ?? {})) {
                const value = Buffer.from(encoded, 'base64').toString('utf8');
                for (const form of [value, ...value.split(/\r?\n/)])
                    if (form.trim().length >= 3)
                        values.add(form);
            }
        }
        catch (err) {
            if (err.kind === 'not-found')
                continue;
            return { unreadable: `not shown: Secret ${name}, which the pod reads, could not be read to mask its values (${errorText(err)})` };
        }
    }
    return { values: [...values].sort((a, b) => b.length - a.length) };
}
const mask = (line, values) => values.reduce((text, value) => text.split(value).join(MASK), line);
async function podLogs(api, pod, lines, signal) {
    const wanted = containersWorthLogs(pod).slice(0, 2);
    if (!wanted.length)
        return [];
    const secrets = await secretValues(api, pod, signal);
    const path = `/api/v1/namespaces/${encodeURIComponent(pod.metadata?.namespace ?? '')}/pods/${encodeURIComponent(pod.metadata?.name ?? '')}/log`;
    return Promise.all(wanted.map(async ({ container, previous }) => {
        if ('unreadable' in secrets)
            return { container, previous, unavailable: secrets.unreadable };
        try {
            const text = await api.getText(path, { container, previous, tailLines: lines, limitBytes: 64 * 1024 }, signal);
            const all = text.split(/\r?\n/);
            if (all.at(-1) === '')
                all.pop();
            return { container, previous, lines: all.slice(-lines).map((line) => mask(line, secrets.values)) };
        }
        catch (err) {
            return { container, previous, unavailable: `the API server could not get the logs: ${errorText(err)}` };
        }
    }));
}
async function podDigest(api, pod, options) {
    const namespace = pod.metadata?.namespace ?? '';
    const uid = pod.metadata?.uid;
    const [events, logs] = await Promise.all([
        uid ? recentEvents(api, namespace, uid, options.eventsPerObject, options.signal).catch(() => []) : Promise.resolve([]),
        podLogs(api, pod, options.logLines, options.signal),
    ]);
    const node = stringField(pod, 'spec.nodeName');
    return {
        name: pod.metadata?.name ?? '',
        namespace,
        phase: stringField(pod, 'status.phase') ?? 'Unknown',
        ...(node ? { node } : {}),
        conditions: conditions(pod)
            .filter((c) => c.status !== 'True')
            .map((c) => `${c.type}=${c.status}${c.reason ? ` ${c.reason}` : ''}${c.message ? `: ${c.message}` : ''}`),
        containers: containerDigests(pod),
        events,
        logs,
    };
}
/** Least healthy first: pods with waiting or crashed containers, then pending ones, then the rest. */
function severity(pod) {
    const statuses = containerStatuses(pod);
    if (statuses.some(({ status }) => status.state?.waiting?.reason && status.state.waiting.reason !== 'ContainerCreating'))
        return 0;
    if (stringField(pod, 'status.phase') === 'Failed')
        return 1;
    if (stringField(pod, 'status.phase') !== 'Running')
        return 2;
    return 3;
}
/** Diagnostics for each subject (an object not ready), gathered in parallel. */
async function diagnose(api, subjects, options) {
    return Promise.all(subjects.map(async ({ status, object, pods }) => {
        const uid = object?.metadata?.uid;
        const unready = pods
            .filter((p) => condition(p, 'Ready')?.status !== 'True' && stringField(p, 'status.phase') !== 'Succeeded')
            .sort((a, b) => severity(a) - severity(b))
            .slice(0, options.podsPerObject);
        const [events, digests] = await Promise.all([
            uid && object?.kind !== 'Pod'
                ? recentEvents(api, status.namespace ?? 'default', uid, options.eventsPerObject, options.signal).catch(() => [])
                : Promise.resolve([]),
            Promise.all(unready.map((pod) => podDigest(api, pod, options))),
        ]);
        const { apiVersion, kind, name, namespace } = status;
        return {
            object: { apiVersion, kind, name, ...(namespace ? { namespace } : {}) },
            state: status.state,
            reason: status.reason,
            message: status.message,
            events,
            pods: digests,
        };
    }));
}

;// CONCATENATED MODULE: ./src/readiness/rules.ts
/**
 * Readiness per kind, after kstatus (sigs.k8s.io/cli-utils pkg/kstatus/status) with its gaps fixed:
 * the controller must have observed the latest generation first (also when a CR publishes
 * observedGeneration as a string); a Failed pod fails; a Job is ready when it completes (with
 * wait-for-jobs); a StatefulSet or DaemonSet with the OnDelete strategy still needs its pods ready;
 * a LoadBalancer Service needs an ingress; and a workload whose pods cannot start fails fast.
 */


const ready = (reason, message) => ({ state: 'ready', reason, message });
const waiting = (reason, message) => ({ state: 'in-progress', reason, message });
const failed = (reason, message) => ({ state: 'failed', reason, message });
/** Kinds whose controller always publishes status.observedGeneration: its absence means "not yet seen". */
const CONTROLLED = new Set(['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'apps/ReplicaSet']);
function generationCheck(obj, key) {
    const generation = intField(obj, 'metadata.generation');
    const observed = intField(obj, 'status.observedGeneration');
    if (generation === undefined)
        return undefined;
    if (observed === undefined)
        return CONTROLLED.has(key) ? waiting('NoObservedGeneration', 'its controller has not reported on it yet (no status.observedGeneration)') : undefined;
    if (observed !== generation)
        return waiting('LatestGenerationNotObserved', `its controller has observed generation ${observed}, not the latest (${generation})`);
    return undefined;
}
/** The standard kstatus conditions any controller may publish. */
function standardConditions(obj) {
    const stalled = condition(obj, 'Stalled');
    if (stalled?.status === 'True')
        return failed(stalled.reason || 'Stalled', stalled.message || 'the controller reports Stalled');
    const reconciling = condition(obj, 'Reconciling');
    if (reconciling?.status === 'True')
        return waiting(reconciling.reason || 'Reconciling', reconciling.message || 'the controller is reconciling');
    return undefined;
}
function deployment(obj) {
    if (obj.spec?.paused === true)
        return ready('Paused', 'paused: not waited on (as helm does)');
    const progressing = condition(obj, 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded')
        return failed('ProgressDeadlineExceeded', progressing.message || 'the rollout made no progress within spec.progressDeadlineSeconds');
    const want = intOr(obj, 'spec.replicas', 1);
    const replicas = intOr(obj, 'status.replicas', 0);
    const updated = intOr(obj, 'status.updatedReplicas', 0);
    const readyReplicas = intOr(obj, 'status.readyReplicas', 0);
    const available = intOr(obj, 'status.availableReplicas', 0);
    if (want > replicas)
        return waiting('LessReplicas', `replicas ${ratio(replicas, want)}`);
    if (want > updated)
        return waiting('LessUpdated', `updated ${ratio(updated, want)}`);
    if (replicas > want)
        return waiting('ExtraPods', `${replicas - want} old pod${replicas - want > 1 ? 's' : ''} pending termination`);
    if (updated > available)
        return waiting('LessAvailable', `available ${ratio(available, updated)}`);
    if (want > readyReplicas)
        return waiting('LessReady', `ready ${ratio(readyReplicas, want)}`);
    // Without a progress deadline the controller never reports NewReplicaSetAvailable.
    const deadline = intField(obj, 'spec.progressDeadlineSeconds');
    const noDeadline = deadline === undefined || deadline === 2147483647;
    if (!noDeadline && !(progressing?.status === 'True' && progressing.reason === 'NewReplicaSetAvailable'))
        return waiting('ReplicaSetNotAvailable', progressing?.message || 'the new ReplicaSet is not available yet');
    if (condition(obj, 'Available')?.status !== 'True')
        return waiting('DeploymentNotAvailable', 'the Deployment is not Available yet');
    return ready('Available', `available, ${ratio(available, want)} replicas`);
}
function statefulSet(obj) {
    const want = intOr(obj, 'spec.replicas', 1);
    const replicas = intOr(obj, 'status.replicas', 0);
    const readyReplicas = intOr(obj, 'status.readyReplicas', 0);
    if (want > replicas)
        return waiting('LessReplicas', `replicas ${ratio(replicas, want)}`);
    if (want > readyReplicas)
        return waiting('LessReady', `ready ${ratio(readyReplicas, want)}`);
    if (replicas > want)
        return waiting('ExtraPods', `${replicas - want} pod${replicas - want > 1 ? 's' : ''} pending termination`);
    // OnDelete: pods are replaced by people, so only their readiness is awaited (kstatus awaits nothing).
    if (stringField(obj, 'spec.updateStrategy.type') === 'OnDelete')
        return ready('OnDelete', `ready ${ratio(readyReplicas, want)} (OnDelete updates)`);
    const updated = intOr(obj, 'status.updatedReplicas', 0);
    const partition = intField(obj, 'spec.updateStrategy.rollingUpdate.partition');
    if (partition !== undefined && partition > 0) {
        const expected = Math.max(want - partition, 0);
        if (updated < expected)
            return waiting('PartitionRollout', `updated ${ratio(updated, expected)} (partition ${partition})`);
        return ready('PartitionRolledOut', `ready ${ratio(readyReplicas, want)}, ${updated} updated above partition ${partition}`);
    }
    const current = intOr(obj, 'status.currentReplicas', 0);
    if (want > current && want > updated)
        return waiting('LessCurrent', `current ${ratio(Math.max(current, updated), want)}`);
    const currentRevision = stringField(obj, 'status.currentRevision') ?? '';
    const updateRevision = stringField(obj, 'status.updateRevision') ?? '';
    if (currentRevision !== updateRevision)
        return waiting('RevisionMismatch', `rolling out revision ${updateRevision} (pods at ${currentRevision})`);
    return ready('AllReplicasReady', `ready ${ratio(readyReplicas, want)}`);
}
function daemonSet(obj) {
    const desired = intField(obj, 'status.desiredNumberScheduled');
    if (desired === undefined)
        return waiting('NoDesiredNumber', 'the controller has not counted the nodes yet');
    const scheduled = intOr(obj, 'status.currentNumberScheduled', 0);
    const updated = intOr(obj, 'status.updatedNumberScheduled', 0);
    const available = intOr(obj, 'status.numberAvailable', 0);
    const readyPods = intOr(obj, 'status.numberReady', 0);
    if (desired > scheduled)
        return waiting('LessCurrent', `scheduled ${ratio(scheduled, desired)}`);
    const onDelete = stringField(obj, 'spec.updateStrategy.type') === 'OnDelete';
    if (!onDelete && desired > updated)
        return waiting('LessUpdated', `updated ${ratio(updated, desired)}`);
    if (desired > available)
        return waiting('LessAvailable', `available ${ratio(available, desired)}`);
    if (desired > readyPods)
        return waiting('LessReady', `ready ${ratio(readyPods, desired)}`);
    return ready('AllScheduled', `ready on ${ratio(readyPods, desired)} nodes${onDelete ? ' (OnDelete updates)' : ''}`);
}
function replicaSet(obj) {
    const want = intOr(obj, 'spec.replicas', 1);
    const labelled = intOr(obj, 'status.fullyLabeledReplicas', 0);
    const available = intOr(obj, 'status.availableReplicas', 0);
    const readyReplicas = intOr(obj, 'status.readyReplicas', 0);
    const replicas = intOr(obj, 'status.replicas', 0);
    const failure = condition(obj, 'ReplicaFailure');
    if (failure?.status === 'True')
        return waiting(failure.reason || 'ReplicaFailure', failure.message || 'the controller cannot create pods');
    if (want > labelled)
        return waiting('LessLabelled', `labelled ${ratio(labelled, want)}`);
    if (want > available)
        return waiting('LessAvailable', `available ${ratio(available, want)}`);
    if (want > readyReplicas)
        return waiting('LessReady', `ready ${ratio(readyReplicas, want)}`);
    if (replicas > want)
        return waiting('ExtraPods', `${replicas - want} pod${replicas - want > 1 ? 's' : ''} pending termination`);
    return ready('AllReplicasReady', `ready ${ratio(readyReplicas, want)}`);
}
function job(obj, ctx) {
    const parallelism = intOr(obj, 'spec.parallelism', 1);
    const completions = intOr(obj, 'spec.completions', parallelism);
    const succeeded = intOr(obj, 'status.succeeded', 0);
    const active = intOr(obj, 'status.active', 0);
    const failedPods = intOr(obj, 'status.failed', 0);
    const complete = condition(obj, 'Complete');
    if (complete?.status === 'True')
        return ready('JobComplete', `complete, ${ratio(succeeded, completions)} succeeded`);
    const jobFailed = condition(obj, 'Failed');
    if (jobFailed?.status === 'True')
        return failed('JobFailed', `${jobFailed.reason ? `${jobFailed.reason}: ` : ''}${jobFailed.message || 'the Job failed'} (${failedPods} pod${failedPods === 1 ? '' : 's'} failed)`);
    if (condition(obj, 'Suspended')?.status === 'True')
        return ready('JobSuspended', 'suspended');
    if (!stringField(obj, 'status.startTime'))
        return waiting('JobNotStarted', 'not started yet');
    const counts = `active ${active}, succeeded ${ratio(succeeded, completions)}, failed ${failedPods}`;
    if (!ctx.policy.waitForJobs)
        return ready('JobRunning', `running (${counts}); not waited on without wait-for-jobs`);
    return waiting('JobRunning', `running: ${counts}`);
}
function service(obj) {
    if (stringField(obj, 'spec.type') !== 'LoadBalancer')
        return ready('ServiceReady', 'no status to wait on');
    const raw = field(obj, 'status.loadBalancer.ingress');
    const ingress = Array.isArray(raw) ? raw : [];
    if (!ingress.length)
        return waiting('NoLoadBalancer', 'waiting for the load balancer to publish an address');
    return ready('LoadBalancerReady', `load balancer at ${ingress.map((i) => i.hostname ?? i.ip ?? '').join(', ')}`);
}
function persistentVolumeClaim(obj) {
    const phase = stringField(obj, 'status.phase') ?? 'Pending';
    if (phase === 'Bound')
        return ready('Bound', `bound to ${stringField(obj, 'spec.volumeName') ?? 'a volume'}`);
    if (phase === 'Lost')
        return failed('ClaimLost', 'its volume was lost');
    return waiting('NotBound', `the claim is ${phase}`);
}
function customResourceDefinition(obj) {
    const names = condition(obj, 'NamesAccepted');
    if (names?.status === 'False')
        return failed(names.reason || 'NamesNotAccepted', names.message || 'its names conflict with another definition');
    const established = condition(obj, 'Established');
    if (established?.status === 'True')
        return ready('Established', 'established');
    if (established?.status === 'False' && established.reason !== 'Installing')
        return failed(established.reason || 'NotEstablished', established.message || 'not established');
    return waiting('Installing', 'being established');
}
function apiService(obj) {
    const available = condition(obj, 'Available');
    if (available?.status === 'True')
        return ready('Available', 'available');
    return waiting(available?.reason || 'NotAvailable', available?.message || 'not available yet');
}
function namespace(obj) {
    const phase = stringField(obj, 'status.phase');
    return phase === 'Active' || phase === undefined ? ready('Active', 'active') : waiting(phase, `the namespace is ${phase}`);
}
/** Any other kind: its Ready condition when it has one, else being there is being ready (kstatus). */
function generic(obj) {
    const readyCondition = condition(obj, 'Ready');
    if (!readyCondition)
        return ready('Current', 'present');
    if (readyCondition.status === 'True')
        return ready(readyCondition.reason || 'Ready', readyCondition.message || 'Ready');
    return waiting(readyCondition.reason || 'NotReady', readyCondition.message || `Ready is ${readyCondition.status || 'unknown'}`);
}
const WORKLOADS = {
    'apps/Deployment': deployment,
    'apps/StatefulSet': statefulSet,
    'apps/DaemonSet': daemonSet,
    'apps/ReplicaSet': replicaSet,
};
const OTHERS = {
    'batch/Job': job,
    '/Service': service,
    '/PersistentVolumeClaim': persistentVolumeClaim,
    '/Namespace': namespace,
    'apiextensions.k8s.io/CustomResourceDefinition': customResourceDefinition,
    'apiregistration.k8s.io/APIService': apiService,
};
/** `group/Kind` (`/Pod` for the core group), the key of the rules. */
const kindKey = (obj) => `${groupOf(obj.apiVersion ?? '')}/${obj.kind ?? ''}`;
/** Whether the kind's readiness depends on the pods it controls (so they are watched too). */
const ownsPods = (key) => key in WORKLOADS || key === 'batch/Job';
/**
 * Where an object stands. `pods` are the pods it controls now (see currentPods), used for Deployments,
 * StatefulSets, DaemonSets, ReplicaSets and Jobs: one that cannot start fails the workload.
 */
function evaluate(obj, pods, ctx) {
    if (!obj)
        return { state: 'not-found', reason: 'NotFound', message: 'the object does not exist' };
    if (isTerminating(obj))
        return { state: 'terminating', reason: 'Terminating', message: 'the object is being deleted' };
    const key = kindKey(obj);
    if (key === '/Pod')
        return evaluatePod(obj, ctx, true);
    const early = generationCheck(obj, key) ?? standardConditions(obj);
    if (early)
        return early;
    const own = WORKLOADS[key]?.(obj) ?? OTHERS[key]?.(obj, ctx) ?? generic(obj);
    if (own.state === 'ready' || !ownsPods(key))
        return own;
    return worstPod(own, pods, ctx);
}
/** A workload that is not ready takes its pods' most serious symptom, naming the pod. */
function worstPod(own, pods, ctx) {
    if (own.state === 'failed') {
        const fatal = pods.map((p) => ({ pod: p, e: podSymptom(p, ctx) })).find((s) => s.e?.state === 'failed');
        return fatal?.e ? { ...fatal.e, message: `pod ${fatal.pod.metadata?.name}: ${fatal.e.message}` } : own;
    }
    const symptoms = pods.flatMap((pod) => {
        const e = podSymptom(pod, ctx);
        return e ? [{ pod, e }] : [];
    });
    const worst = symptoms.find((s) => s.e.state === 'failed') ?? symptoms[0];
    if (!worst)
        return own;
    const recheck = symptoms.map((s) => s.e.recheckInMs).filter((ms) => ms !== undefined);
    return {
        state: worst.e.state,
        reason: worst.e.reason,
        message: `${own.message}; pod ${worst.pod.metadata?.name}: ${worst.e.message}`,
        ...(recheck.length ? { recheckInMs: Math.min(...recheck) } : {}),
    };
}

// EXTERNAL MODULE: ./src/helm/errors.ts
var helm_errors = __webpack_require__(74057);
;// CONCATENATED MODULE: ./src/readiness/targets.ts
/**
 * What to wait on: the objects of a helm release (its manifest, as `helm get manifest` prints it), or
 * the workloads, Jobs, claims and Services of a namespace. Hooks are not part of a release's manifest,
 * so they are not waited on (helm ran them already).
 */





/** The objects a manifest declares (`List` kinds unpacked); documents without a kind or a name are skipped. */
function parseManifest(text) {
    const refs = [];
    const add = (value) => {
        if (!value || typeof value !== 'object')
            return;
        const obj = value;
        if (typeof obj.kind === 'string' && obj.kind.endsWith('List') && Array.isArray(obj.items)) {
            for (const item of obj.items)
                add(item);
            return;
        }
        const name = obj.metadata?.name;
        if (typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string' || typeof name !== 'string' || !name)
            return;
        const namespace = obj.metadata?.namespace;
        refs.push({ apiVersion: obj.apiVersion, kind: obj.kind, name, ...(typeof namespace === 'string' && namespace ? { namespace } : {}) });
    };
    for (const doc of (0,dist/* parseAllDocuments */.hR)(text)) {
        if (doc.errors.length)
            throw new Error(`the release manifest is not valid YAML: ${doc.errors[0]?.message}`);
        add(doc.toJS());
    }
    return refs;
}
/** The objects of `release` in `namespace`, from the release's stored manifest. */
async function releaseObjects(helm, release, namespace, timeoutMs) {
    (0,names/* assertName */.I1)('release', release, 'Release');
    (0,names/* assertName */.I1)('namespace', namespace, 'Namespace');
    try {
        const { stdout } = await helm.run(['get', 'manifest', release, '--namespace', namespace], { timeoutMs });
        return parseManifest(stdout);
    }
    catch (err) {
        if (err instanceof helm_errors/* HelmError */.t2 && err.kind === 'not-found')
            throw new ReadinessError('release-not-found', `helm release ${release} does not exist in namespace ${namespace}`, 'Check the release name and namespace (helm list --namespace <namespace>), and that the deploy step ran first.');
        throw err;
    }
}
/** What a namespace target waits on: kinds with a readiness of their own, by apiVersion. */
const NAMESPACE_KINDS = [
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
function waitsOnItself(obj) {
    const owner = controllerKind(obj);
    if (obj.kind === 'ReplicaSet' || obj.kind === 'Pod')
        return owner === undefined;
    if (obj.kind === 'Job')
        return owner !== 'CronJob';
    return true;
}

;// CONCATENATED MODULE: ./src/readiness/types.ts
const DEFAULT_POLICY = {
    waitForJobs: true,
    failureGraceMs: 60_000,
    unschedulableGraceMs: 120_000,
    crashLoopRestarts: 3,
};

;// CONCATENATED MODULE: ./src/readiness/watch.ts
/**
 * List+watch of one resource in one scope, kept as a local store. A watch that ends (the server's
 * timeout, a dropped connection, an API server restart) resumes from the last resourceVersion seen,
 * so the server replays every change since; a 410 Gone (that version was compacted) re-lists, and
 * the list's state replaces the store. Connection failures are retried with a short backoff; errors
 * that retrying cannot fix (RBAC, a bad selector, an unknown resource) end the watch.
 */


const watchKey = (spec) => [spec.resource.group, spec.resource.plural, spec.namespace ?? '', spec.labelSelector ?? '', spec.fieldSelector ?? ''].join('|');
/** `deployments.apps in chalk`, for progress lines. */
function describeWatch(spec) {
    const what = spec.resource.group ? `${spec.resource.plural}.${spec.resource.group}` : spec.resource.plural;
    const filters = [spec.labelSelector, spec.fieldSelector].filter(Boolean).join(', ');
    return `${what}${spec.namespace ? ` in ${spec.namespace}` : ''}${filters ? ` (${filters})` : ''}`;
}
const DEFAULT_TIMING = { minBackoffMs: 200, maxBackoffMs: 2_000, watchTimeoutSeconds: 300 };
const FATAL_KINDS = new Set(['unauthorized', 'forbidden', 'not-found', 'tls', 'no-config']);
function asKubeError(err, server) {
    const status = err?.statusCode;
    if (typeof status === 'number')
        return (0,kube_errors/* toKubeError */.N)({ code: status, body: err.message }, server);
    return (0,kube_errors/* toKubeError */.N)(err, server);
}
const isFatal = (err) => FATAL_KINDS.has(err.kind) || (err.status !== undefined && err.status >= 400 && err.status < 500 && err.status !== 410 && err.status !== 429);
class ResourceWatch {
    api;
    spec;
    hooks;
    timing;
    /** The current objects, by `namespace/name`. */
    objects = new Map();
    /** Connections lost and resumed, and re-lists after 410 Gone. */
    recoveries = 0;
    resourceVersion = '';
    stopped = false;
    handle;
    abort = new AbortController();
    wake;
    lost;
    synced = false;
    firstList;
    settleFirstList;
    constructor(api, spec, hooks, timing = DEFAULT_TIMING) {
        this.api = api;
        this.spec = spec;
        this.hooks = hooks;
        this.timing = timing;
        this.firstList = new Promise((resolve, reject) => (this.settleFirstList = { resolve, reject }));
        // The caller awaits start(); a rejection before that is not unhandled.
        this.firstList.catch(() => undefined);
    }
    /** Starts the loop; resolves once the first list is in the store, rejects on an error retrying cannot fix. */
    start() {
        void this.loop();
        return this.firstList;
    }
    stop() {
        this.stopped = true;
        this.abort.abort();
        this.handle?.abort();
        this.wake?.();
    }
    get isSynced() {
        return this.synced;
    }
    /** The error of the current outage, while the watch is reconnecting. */
    get lastError() {
        return this.lost;
    }
    async loop() {
        let backoff = this.timing.minBackoffMs;
        while (!this.stopped) {
            try {
                if (!this.resourceVersion)
                    await this.list();
                const opened = performance.now();
                const end = await this.stream();
                if (this.stopped)
                    return;
                if (end.expired) {
                    this.resourceVersion = '';
                    this.recoveries++;
                    this.hooks.onNotice(`watch of ${describeWatch(this.spec)}: resourceVersion expired (410 Gone), re-listing`, true);
                    continue;
                }
                if (end.error)
                    throw end.error;
                // A stream the server ends at once (a proxy, a server shutting down) is retried with the backoff, not in a tight loop.
                if (performance.now() - opened < 1_000) {
                    await this.sleep(backoff);
                    backoff = Math.min(backoff * 2, this.timing.maxBackoffMs);
                }
                else
                    backoff = this.timing.minBackoffMs;
            }
            catch (err) {
                if (this.stopped)
                    return;
                const error = err instanceof kube_errors/* KubeError */.a ? err : asKubeError(err, this.api.server);
                if (error.status === 410) {
                    this.resourceVersion = '';
                    continue;
                }
                if (isFatal(error)) {
                    if (this.synced)
                        this.hooks.onFatal(error);
                    else
                        this.settleFirstList.reject(error);
                    return;
                }
                if (!this.lost) {
                    this.lost = error.message;
                    this.hooks.onNotice(`watch of ${describeWatch(this.spec)} lost (${error.message}); reconnecting`, false);
                }
                await this.sleep(backoff);
                backoff = Math.min(backoff * 2, this.timing.maxBackoffMs);
            }
        }
    }
    async list() {
        const { labelSelector, fieldSelector } = this.spec;
        const list = await this.api.getJson(collectionPath(this.spec.resource, this.spec.namespace), { labelSelector, fieldSelector }, this.abort.signal);
        this.objects.clear();
        for (const item of list.items ?? [])
            this.put(item);
        this.resourceVersion = list.metadata?.resourceVersion ?? '';
        this.connected(true);
        if (!this.synced) {
            this.synced = true;
            this.settleFirstList.resolve();
        }
        this.hooks.onChange();
    }
    /** One watch request, from the last resourceVersion until the stream ends. */
    stream() {
        return new Promise((resolve) => {
            let expired = false;
            let ended = false;
            const done = (error) => {
                if (ended)
                    return;
                ended = true;
                resolve({ error: error ?? undefined, expired });
            };
            const query = {
                resourceVersion: this.resourceVersion,
                allowWatchBookmarks: true,
                timeoutSeconds: this.timing.watchTimeoutSeconds,
                labelSelector: this.spec.labelSelector,
                fieldSelector: this.spec.fieldSelector,
            };
            const onEvent = (type, obj) => {
                if (ended || this.stopped)
                    return;
                if (type === 'ERROR') {
                    const status = obj;
                    if (status.code === 410)
                        expired = true;
                    else
                        done(Object.assign(new Error(status.message ?? 'watch error'), { statusCode: status.code }));
                    this.handle?.abort();
                    return;
                }
                const rv = obj.metadata?.resourceVersion;
                if (rv)
                    this.resourceVersion = rv;
                if (type === 'ADDED' || type === 'MODIFIED')
                    this.put(obj);
                else if (type === 'DELETED')
                    this.objects.delete(storeKey(obj));
                else
                    return;
                this.hooks.onChange();
            };
            this.api.watch(collectionPath(this.spec.resource, this.spec.namespace), query, onEvent, done).then((handle) => {
                this.handle = handle;
                if (this.stopped)
                    handle.abort();
                else if (!ended)
                    this.connected(false);
            }, (err) => done(err));
        });
    }
    connected(relisted) {
        if (!this.lost)
            return;
        this.lost = undefined;
        this.recoveries++;
        this.hooks.onNotice(relisted
            ? `watch of ${describeWatch(this.spec)} re-listed after reconnecting`
            : `watch of ${describeWatch(this.spec)} resumed from resourceVersion ${this.resourceVersion}`, true);
    }
    /** List items come without apiVersion and kind; the store keeps whole objects. */
    put(obj) {
        const { group, version, kind } = this.spec.resource;
        this.objects.set(storeKey(obj), { ...obj, apiVersion: obj.apiVersion ?? (group ? `${group}/${version}` : version), kind: obj.kind ?? kind });
    }
    sleep(ms) {
        return new Promise((resolve) => {
            const timer = setTimeout(resolve, ms);
            this.wake = () => {
                clearTimeout(timer);
                resolve();
            };
        });
    }
}
const storeKey = (obj) => `${obj.metadata?.namespace ?? ''}/${obj.metadata?.name ?? ''}`;

;// CONCATENATED MODULE: ./src/readiness/run.ts
/**
 * The readiness engine: `runReadiness(options, hooks)` waits until every object of the targets is
 * ready, one fails in a way that cannot heal, or the timeout passes — noticing each change as the
 * watches deliver it, never by polling — then gathers diagnostics for every object not ready and runs
 * the HTTP checks. It returns a JSON-serialisable result and writes nothing to the job; progress goes
 * to `hooks.onProgress`.
 */












/** Kinds checked for presence per name, so a release's Secrets do not mean listing every helm release Secret. */
const PER_NAME_KINDS = new Set(['/Secret', '/ConfigMap']);
const DIAGNOSTICS_BUDGET_MS = 30_000;
/** A cancelled job is killed 10 s after its first signal: the report must be written before. */
const CANCELLED_DIAGNOSTICS_BUDGET_MS = 4_000;
async function runReadiness(options, hooks = {}) {
    const wait = new ReadinessWait(options, hooks);
    try {
        return await wait.run();
    }
    finally {
        wait.stop();
        await wait.close();
    }
}
class ReadinessWait {
    options;
    hooks;
    started = performance.now();
    ctx;
    api;
    /** The connection this run opened (and so closes), when the caller gave none. */
    ownedApi;
    discovery;
    watches = new Map();
    fixed = [];
    /** Watches whose objects are targets themselves (namespace targets). */
    scopeWatches = [];
    supportWatches = new Map();
    statuses = new Map();
    firstSeen = new Map();
    recheckTimer;
    deadlineTimer;
    evaluationQueued = false;
    synced = false;
    stopped = false;
    finish;
    finished;
    constructor(options, hooks) {
        this.options = options;
        this.hooks = hooks;
        this.ctx = {
            policy: { ...DEFAULT_POLICY, ...options.policy },
            symptomAge: (key) => {
                const now = this.elapsed();
                const first = this.firstSeen.get(key);
                if (first === undefined)
                    this.firstSeen.set(key, now);
                return first === undefined ? 0 : now - first;
            },
        };
        let settled = false;
        this.finished = new Promise((resolve) => {
            this.finish = (outcome, error) => {
                if (settled)
                    return;
                settled = true;
                resolve({ outcome, error });
            };
        });
    }
    elapsed() {
        return Math.round(performance.now() - this.started);
    }
    async run() {
        this.deadlineTimer = setTimeout(() => this.finish('timeout'), this.options.timeoutMs);
        const onAbort = () => this.finish('cancelled');
        this.options.signal?.addEventListener('abort', onAbort, { once: true });
        if (this.options.signal?.aborted)
            this.finish('cancelled');
        try {
            this.setUp().then(() => {
                this.synced = true;
                this.evaluate();
            }, (err) => this.finish('error', err));
            const { outcome, error } = await this.finished;
            this.stop();
            if (outcome === 'error')
                return this.result(outcome, [], [], error);
            if (!this.synced)
                return this.result(outcome, [], this.skippedChecks(outcome), this.unsyncedError());
            const diagnostics = outcome === 'ready' ? [] : await this.diagnostics(outcome === 'cancelled' ? CANCELLED_DIAGNOSTICS_BUDGET_MS : DIAGNOSTICS_BUDGET_MS);
            const checks = outcome === 'ready' ? await this.httpChecks() : this.skippedChecks(outcome);
            const final = outcome === 'ready' && checks.some((c) => c.verdict === 'fail') ? 'failed' : outcome;
            return this.result(final, diagnostics, checks);
        }
        finally {
            this.options.signal?.removeEventListener('abort', onAbort);
        }
    }
    /** Closes the connection this run opened (after the diagnostics, which still read from it). */
    async close() {
        await this.ownedApi?.close();
    }
    stop() {
        this.stopped = true;
        clearTimeout(this.deadlineTimer);
        clearTimeout(this.recheckTimer);
        for (const watch of this.watches.values())
            watch.stop();
    }
    /** Resolves the targets to objects and watches, and waits for every watch's first list. */
    async setUp() {
        if (!this.options.api)
            this.ownedApi = await KubeApi.connect();
        this.api = this.options.api ?? this.ownedApi;
        this.discovery = new Discovery(this.api);
        const namespacesWithWorkloads = new Set();
        for (const target of this.options.targets) {
            if ('release' in target) {
                if (!this.options.helm)
                    throw new Error('a helm client is needed to wait on a release');
                const refs = await releaseObjects(this.options.helm, target.release, target.namespace, this.remaining());
                for (const ref of refs) {
                    const resource = await this.discovery.resource(ref.apiVersion, ref.kind);
                    const scoped = { ...ref };
                    if (resource?.namespaced)
                        scoped.namespace = ref.namespace ?? target.namespace;
                    else if (resource)
                        delete scoped.namespace;
                    const key = refKey(scoped);
                    if (this.fixed.some((t) => t.key === key))
                        continue;
                    this.fixed.push({ ref: scoped, key, release: target.release });
                    if (resource && ownsPods(`${resource.group}/${resource.kind}`) && scoped.namespace)
                        namespacesWithWorkloads.add(scoped.namespace);
                }
            }
            else {
                for (const { apiVersion, kind } of NAMESPACE_KINDS) {
                    const resource = await this.requireResource(apiVersion, kind);
                    this.scopeWatches.push(this.addWatch({ resource, namespace: target.namespace, ...(target.selector ? { labelSelector: target.selector } : {}) }));
                }
                namespacesWithWorkloads.add(target.namespace);
            }
        }
        await this.watchFixed();
        for (const namespace of namespacesWithWorkloads) {
            const pods = await this.requireResource('v1', 'Pod');
            const replicaSets = await this.requireResource('apps/v1', 'ReplicaSet');
            this.supportWatches.set(namespace, {
                pods: this.addWatch({ resource: pods, namespace }),
                replicaSets: this.addWatch({ resource: replicaSets, namespace }),
            });
        }
        if (this.stopped)
            return;
        await Promise.all([...this.watches.values()].map((w) => w.start()));
        const namespaceTargets = this.options.targets.filter((t) => !('release' in t));
        if (namespaceTargets.length && !this.fixed.length && this.dynamicTargets().length === 0)
            throw new ReadinessError('no-objects', `nothing to wait on: ${namespaceTargets.map((t) => `namespace ${t.namespace}${'selector' in t && t.selector ? ` (selector ${t.selector})` : ''}`).join(', ')} has no Deployments, StatefulSets, DaemonSets, Jobs, pods, claims or Services`, 'Check the namespace and the label selector.');
    }
    async requireResource(apiVersion, kind) {
        const resource = await this.discovery.resource(apiVersion, kind);
        if (!resource)
            throw new ReadinessError('unknown-kind', `the API server serves no ${kind} in ${apiVersion}`, 'Check the cluster version.');
        return resource;
    }
    /** One watch per resource and namespace; a single object (and every Secret and ConfigMap) by name. */
    async watchFixed() {
        const groups = new Map();
        for (const t of this.fixed) {
            const resource = await this.discovery.resource(t.ref.apiVersion, t.ref.kind);
            if (!resource)
                continue;
            const id = `${resource.group}/${resource.plural}/${t.ref.namespace ?? ''}`;
            const group = groups.get(id) ?? { resource, ...(t.ref.namespace ? { namespace: t.ref.namespace } : {}), tracked: [] };
            group.tracked.push(t);
            groups.set(id, group);
        }
        for (const { resource, namespace, tracked } of groups.values()) {
            const perName = tracked.length === 1 || PER_NAME_KINDS.has(`${resource.group}/${resource.kind}`);
            if (perName)
                for (const t of tracked)
                    t.watch = this.addWatch({ resource, ...(namespace ? { namespace } : {}), fieldSelector: `metadata.name=${t.ref.name}` });
            else {
                const key = this.addWatch({ resource, ...(namespace ? { namespace } : {}) });
                for (const t of tracked)
                    t.watch = key;
            }
        }
    }
    /** Why the wait ended before every watch had its first list: the API server did not answer in time. */
    unsyncedError() {
        if (!this.api)
            return new kube_errors/* KubeError */.a('timeout', 'the wait ended before the cluster was reached (loading the kubeconfig took all the time)', 'Raise the timeout.');
        const waiting = [...this.watches.values()].filter((w) => !w.isSynced);
        const last = waiting.map((w) => w.lastError).find(Boolean);
        return new kube_errors/* KubeError */.a('timeout', waiting.length
            ? `the API server at ${this.api.server} did not answer the first list of ${waiting.map((w) => describeWatch(w.spec)).join(', ')} in time${last ? ` (last error: ${last})` : ''}`
            : 'the wait ended before the objects to wait on were known', 'Check that the API server is reachable from the runner, or raise the timeout.');
    }
    addWatch(spec) {
        const key = watchKey(spec);
        if (!this.watches.has(key))
            this.watches.set(key, new ResourceWatch(this.api, spec, {
                onChange: () => this.queueEvaluation(),
                onNotice: (message) => this.hooks.onProgress?.({ type: 'watch', elapsedMs: this.elapsed(), message }),
                onFatal: (error) => this.finish('error', new kube_errors/* KubeError */.a(error.kind, `watch of ${describeWatch(spec)}: ${error.message}`, error.fix, error.status)),
            }, this.options.watchTiming));
        return key;
    }
    remaining() {
        return Math.max(this.options.timeoutMs - this.elapsed(), 1000);
    }
    /** Targets found in namespace watches now, excluding objects their owners stand for. */
    dynamicTargets() {
        const known = new Set(this.fixed.map((t) => t.key));
        const found = [];
        for (const key of this.scopeWatches) {
            for (const obj of this.watches.get(key)?.objects.values() ?? []) {
                if (!waitsOnItself(obj))
                    continue;
                const ref = refOf(obj);
                const id = refKey(ref);
                if (known.has(id))
                    continue;
                known.add(id);
                found.push({ ref, key: id, watch: key });
            }
        }
        return found.sort((a, b) => describeRef(a.ref).localeCompare(describeRef(b.ref)));
    }
    objectOf(t) {
        if (!t.watch)
            return undefined;
        return this.watches.get(t.watch)?.objects.get(`${t.ref.namespace ?? ''}/${t.ref.name}`);
    }
    podsOf(obj) {
        if (!obj)
            return [];
        if (obj.kind === 'Pod')
            return [obj];
        const support = this.supportWatches.get(obj.metadata?.namespace ?? '');
        if (!support || !ownsPods(kindKey(obj)))
            return [];
        const values = (key) => [...(this.watches.get(key)?.objects.values() ?? [])];
        return currentPods(obj, values(support.pods), values(support.replicaSets));
    }
    queueEvaluation() {
        if (!this.synced || this.evaluationQueued)
            return;
        this.evaluationQueued = true;
        queueMicrotask(() => {
            this.evaluationQueued = false;
            this.evaluate();
        });
    }
    /** Re-evaluates every target (cheap: the stores are local), reports changes and decides. */
    evaluate() {
        if (this.stopped)
            return;
        const targets = [...this.fixed, ...this.dynamicTargets()];
        const present = new Set(targets.map((t) => t.key));
        for (const key of this.statuses.keys())
            if (!present.has(key))
                this.statuses.delete(key);
        let recheck = Infinity;
        for (const t of targets) {
            const obj = this.objectOf(t);
            const e = t.watch
                ? evaluate(obj, this.podsOf(obj), this.ctx)
                : { state: 'failed', reason: 'UnknownKind', message: `the API server serves no ${t.ref.kind} in ${t.ref.apiVersion}` };
            if (e.recheckInMs !== undefined)
                recheck = Math.min(recheck, e.recheckInMs);
            this.record(t, e);
        }
        clearTimeout(this.recheckTimer);
        if (recheck !== Infinity)
            this.recheckTimer = setTimeout(() => this.evaluate(), recheck + 10);
        const states = [...this.statuses.values()].map((s) => s.state);
        if (states.includes('failed'))
            this.finish('failed');
        else if (states.every((s) => s === 'ready'))
            this.finish('ready');
    }
    record(t, e) {
        const before = this.statuses.get(t.key);
        const now = this.elapsed();
        const { recheckInMs: _recheck, ...evaluation } = e;
        const readyAfterMs = e.state === 'ready' ? (before?.state === 'ready' ? before.readyAfterMs : now) : undefined;
        this.statuses.set(t.key, {
            ...t.ref,
            ...(t.release ? { release: t.release } : {}),
            ...evaluation,
            ...(readyAfterMs !== undefined ? { readyAfterMs } : {}),
        });
        if (before?.state !== e.state || before.reason !== e.reason)
            this.hooks.onProgress?.({
                type: 'state',
                elapsedMs: now,
                object: t.ref,
                ...(before ? { from: before.state } : {}),
                to: e.state,
                reason: e.reason,
                message: e.message,
            });
    }
    async diagnostics(budgetMs) {
        const targets = [...this.fixed, ...this.dynamicTargets()];
        const subjects = targets.flatMap((t) => {
            const status = this.statuses.get(t.key);
            if (!status || status.state === 'ready')
                return [];
            const object = this.objectOf(t);
            return [{ status, ...(object ? { object } : {}), pods: this.podsOf(object) }];
        });
        const order = { failed: 0, 'not-found': 1, terminating: 2, 'in-progress': 3, ready: 4 };
        subjects.sort((a, b) => order[a.status.state] - order[b.status.state]);
        return diagnose(this.api, subjects, { ...DEFAULT_DIAGNOSTICS, ...this.options.diagnostics, signal: AbortSignal.timeout(budgetMs) });
    }
    async httpChecks() {
        const deadline = Date.now() + Math.max(this.options.timeoutMs - this.elapsed(), 0);
        return Promise.all((this.options.httpChecks ?? []).map(async (check) => {
            const result = await runHttpCheck(check, { deadline });
            this.hooks.onProgress?.({ type: 'http', elapsedMs: this.elapsed(), check: result });
            return result;
        }));
    }
    skippedChecks(outcome) {
        return (this.options.httpChecks ?? []).map((c) => ({ url: c.url, verdict: 'skipped', message: `not run: the wait ended ${outcome}`, durationMs: 0 }));
    }
    result(outcome, diagnostics, httpChecks, error) {
        const order = [...this.fixed, ...this.dynamicTargets()].map((t) => t.key);
        const objects = order.flatMap((key) => {
            const s = this.statuses.get(key);
            return s ? [s] : [];
        });
        return {
            outcome,
            ready: outcome === 'ready',
            durationMs: this.elapsed(),
            objects,
            diagnostics,
            httpChecks,
            watchRecoveries: [...this.watches.values()].reduce((n, w) => n + w.recoveries, 0),
            ...(error !== undefined ? { error: (0,errors/* errorInfo */.f)(error) } : {}),
        };
    }
}

// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(65468);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/secrets.ts
var secrets = __webpack_require__(67663);
;// CONCATENATED MODULE: ./src/report/readiness-summary.ts
/**
 * A readiness result as people read it: a progress line per change, error annotations (one per object
 * not ready, most important first, at most GitHub's 10), the outputs, and a job summary with a table
 * of every object (kind, state, time to ready) followed by the diagnostics of those not ready.
 */




const readiness_summary_seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** One log line for a progress event: elapsed time, the object, its new state and why. */
function progressLine(event) {
    const at = `[${readiness_summary_seconds(event.elapsedMs)}]`;
    if (event.type === 'watch')
        return (0,secrets/* logLine */.BP)(`${at} ${event.message}`);
    if (event.type === 'http')
        return (0,secrets/* logLine */.BP)(`${at} GET ${event.check.url}: ${event.check.verdict}${event.check.message ? ` (${event.check.message})` : ''}`);
    return (0,secrets/* logLine */.BP)(`${at} ${describeRef(event.object)}: ${event.to} — ${event.reason}: ${event.message}`);
}
const IMPORTANCE = { failed: 0, 'not-found': 1, terminating: 2, 'in-progress': 3, ready: 4 };
/** Objects not ready, the most important first: failures, then missing objects, then those still progressing. */
function notReady(result) {
    return result.objects.filter((o) => o.state !== 'ready').sort((a, b) => IMPORTANCE[a.state] - IMPORTANCE[b.state]);
}
/** What to do about the common reasons, for annotations. */
const ADVICE = {
    CrashLoopBackOff: "Read the container's last log lines and exit code in the job summary; fix the crash (configuration, Secrets, database access) and deploy again.",
    ErrImagePull: 'Check the image repository and tag, and that the nodes can pull from that registry (imagePullSecrets, registry permissions).',
    ImagePullBackOff: 'Check the image repository and tag, and that the nodes can pull from that registry (imagePullSecrets, registry permissions).',
    InvalidImageName: 'Fix the image reference in the values.',
    CreateContainerConfigError: 'A Secret or ConfigMap (or a key in it) the container reads is missing: create it, or fix the reference.',
    Unschedulable: 'No node can take the pod: check nodeSelector, affinity, tolerations and resource requests against the nodes (or the autoscaler).',
    ProgressDeadlineExceeded: 'The rollout stopped making progress: see the pods below for why they do not become ready.',
    JobFailed: "Read the Job's pod logs in the job summary, fix the cause and deploy again.",
    PodFailed: "Read the pod's last log lines in the job summary.",
    NotFound: 'The object does not exist: check that the deploy created it (and was not rolled back).',
    UnknownKind: 'Install the CustomResourceDefinition (or API) first.',
};
const adviceFor = (status, outcome) => ADVICE[status.reason] ??
    (status.state === 'in-progress' && outcome === 'timeout'
        ? 'Still in progress when the timeout passed: raise the timeout, or see the diagnostics in the job summary.'
        : undefined);
/**
 * Error annotations: one per object not ready and per failed HTTP check, most important first, at most
 * GitHub's 10 per step; the summary has the rest. A wait that could not run gives its one error.
 */
function readinessProblems(result) {
    if (result.error)
        return [
            { severity: 'error', code: `readiness.${result.error.kind}`, message: result.error.message, ...(result.error.fix ? { fix: result.error.fix } : {}) },
        ];
    const objects = notReady(result).map((o) => {
        const fix = adviceFor(o, result.outcome);
        return {
            severity: 'error',
            code: `readiness.${o.reason}`,
            message: `${describeRef(o)} is ${o.state} (${o.reason}): ${o.message}`,
            ...(fix ? { fix } : {}),
        };
    });
    const http = result.httpChecks
        .filter((c) => c.verdict === 'fail')
        .map((c) => ({ severity: 'error', code: `http.${c.failure ?? 'fail'}`, message: `HTTP check ${c.url} failed: ${c.message}` }));
    return [...objects, ...http].slice(0, annotations/* ANNOTATION_LIMIT */.OE);
}
/** The `not-ready` output: every object not ready, with its state and reason. */
function notReadyOutput(result) {
    return JSON.stringify(notReady(result).map((o) => ({
        kind: o.kind,
        apiVersion: o.apiVersion,
        ...(o.namespace ? { namespace: o.namespace } : {}),
        name: o.name,
        state: o.state,
        reason: o.reason,
        message: o.message,
    })));
}
/** The step's closing line: what happened, in one sentence. */
function readinessHeadline(result) {
    const total = result.objects.length;
    const bad = notReady(result).length;
    const after = `after ${readiness_summary_seconds(result.durationMs)}`;
    const httpFailed = result.httpChecks.filter((c) => c.verdict === 'fail').length;
    switch (result.outcome) {
        case 'ready':
            return `Ready: ${total} object${total === 1 ? '' : 's'}${result.httpChecks.length ? ` and ${result.httpChecks.length} HTTP check${result.httpChecks.length === 1 ? '' : 's'}` : ''} ${after}.`;
        case 'error':
            return `The readiness wait could not run: ${result.error?.message ?? 'unknown error'}`;
        case 'cancelled':
            return `Cancelled ${after}: ${bad} of ${total} objects not ready.`;
        case 'timeout':
            return `Timed out ${after}: ${bad} of ${total} object${total === 1 ? '' : 's'} not ready.`;
        default:
            return bad
                ? `Failed ${after}: ${bad} of ${total} object${total === 1 ? '' : 's'} not ready (${notReady(result)
                    .filter((o) => o.state === 'failed')
                    .map((o) => `${describeRef(o)}: ${o.reason}`)
                    .join('; ')}).`
                : `Failed ${after}: ${httpFailed} HTTP check${httpFailed === 1 ? '' : 's'} failed.`;
    }
}
const STATE_ICONS = { ready: '✅', failed: '❌', 'not-found': '❔', terminating: '🗑️', 'in-progress': '⏳' };
function podSection(pod) {
    const lines = [
        `**Pod ${(0,markdown/* code */.aY)(pod.name)}**: ${(0,markdown/* escapeHtml */.ZD)(pod.phase)}${pod.node ? ` on ${(0,markdown/* escapeHtml */.ZD)(pod.node)}` : ''}`,
        '',
        ...pod.conditions.map((c) => `- ${(0,markdown/* escapeHtml */.ZD)(c)}`),
        ...(pod.conditions.length ? [''] : []),
        (0,markdown/* table */.tp)(['Container', 'Image', 'State', 'Last termination', 'Restarts', 'Ready'], pod.containers.map((c) => [
            `${c.init ? '(init) ' : ''}${c.name}`,
            c.image,
            c.state,
            c.lastTermination ?? '',
            String(c.restartCount),
            c.ready ? 'yes' : 'no',
        ])),
    ];
    if (pod.events.length)
        lines.push('', (0,markdown/* table */.tp)(['Event', 'Reason', 'Message', 'Count'], pod.events.map((e) => [e.type, e.reason, e.message, String(e.count)])));
    for (const log of pod.logs) {
        const which = `Logs of ${(0,markdown/* code */.aY)(log.container)}${log.previous ? ' (previous run)' : ''}`;
        if (log.unavailable)
            lines.push('', `${which}: ${(0,markdown/* escapeHtml */.ZD)(log.unavailable)}`);
        else
            lines.push('', `${which}, last ${log.lines?.length ?? 0} lines:`, '', `<pre>${(log.lines ?? []).map(markdown/* escapeHtml */.ZD).join('\n')}</pre>`);
    }
    return lines;
}
function diagnosticsSection(d) {
    const lines = ['<details open>', `<summary>${(0,markdown/* escapeHtml */.ZD)(`${describeRef(d.object)}: ${d.state} (${d.reason})`)}</summary>`, '', (0,markdown/* escapeHtml */.ZD)(d.message)];
    if (d.events.length)
        lines.push('', (0,markdown/* table */.tp)(['Event', 'Reason', 'Message', 'Count'], d.events.map((e) => [e.type, e.reason, e.message, String(e.count)])));
    for (const pod of d.pods)
        lines.push('', ...podSection(pod));
    lines.push('', '</details>');
    return lines;
}
/** The diagnostics as log lines (the summary has them as tables): one block per object not ready. */
function diagnosticsLines(result) {
    return result.diagnostics.flatMap((d) => [
        (0,secrets/* logLine */.BP)(`${describeRef(d.object)}: ${d.state} (${d.reason}): ${d.message}`),
        ...d.events.map((e) => (0,secrets/* logLine */.BP)(`| event ${e.type} ${e.reason}: ${e.message}${e.count > 1 ? ` (x${e.count})` : ''}`)),
        ...d.pods.flatMap((p) => [
            (0,secrets/* logLine */.BP)(`| pod ${p.name}: ${p.phase}${p.node ? ` on ${p.node}` : ''}${p.conditions.length ? `; ${p.conditions.join('; ')}` : ''}`),
            ...p.containers.map((c) => (0,secrets/* logLine */.BP)(`    ${c.init ? 'init ' : ''}container ${c.name} (${c.image}): ${c.state}${c.lastTermination ? `; last ${c.lastTermination}` : ''}; restarts ${c.restartCount}`)),
            ...p.events.map((e) => (0,secrets/* logLine */.BP)(`| | event ${e.type} ${e.reason}: ${e.message}${e.count > 1 ? ` (x${e.count})` : ''}`)),
            ...p.logs.flatMap((l) => l.unavailable
                ? [(0,secrets/* logLine */.BP)(`| | logs of ${l.container}: ${l.unavailable}`)]
                : [(0,secrets/* logLine */.BP)(`| | logs of ${l.container}${l.previous ? ' (previous run)' : ''}:`), ...(l.lines ?? []).map((line) => (0,secrets/* logLine */.BP)(`| | | ${line}`))]),
        ]),
    ]);
}
/** The job summary: headline, every object, the HTTP checks, then diagnostics for each object not ready. */
function readinessSummary(result) {
    const lines = [`### ${result.ready ? '✅' : '❌'} verify: ${(0,markdown/* escapeHtml */.ZD)(readinessHeadline(result))}`, ''];
    if (result.error?.fix)
        lines.push(`Fix: ${(0,markdown/* escapeHtml */.ZD)(result.error.fix)}`, '');
    if (result.objects.length)
        lines.push((0,markdown/* table */.tp)(['Kind', 'Object', 'State', 'Time to ready', 'Detail'], result.objects.map((o) => [
            kindLabel(o),
            `${o.namespace ? `${o.namespace}/` : ''}${o.name}`,
            `${STATE_ICONS[o.state]} ${o.state}`,
            o.readyAfterMs !== undefined ? readiness_summary_seconds(o.readyAfterMs) : '—',
            o.state === 'ready' ? o.message : `${o.reason}: ${o.message}`,
        ])), '');
    if (result.watchRecoveries)
        lines.push(`The watches recovered ${result.watchRecoveries} time${result.watchRecoveries === 1 ? '' : 's'} (a lost connection resumed, or a re-list).`, '');
    if (result.httpChecks.length)
        lines.push('#### HTTP checks', '', (0,markdown/* table */.tp)(['URL', 'Result', 'Status', 'Detail'], result.httpChecks.map((c) => [c.url, c.verdict, c.status !== undefined ? String(c.status) : '—', `${c.failure ? `${c.failure}: ` : ''}${c.message}`])), '');
    const annotated = readinessProblems(result).length;
    const hidden = notReady(result).length + result.httpChecks.filter((c) => c.verdict === 'fail').length - annotated;
    if (hidden > 0)
        lines.push(`${hidden} more not annotated (GitHub shows ${annotations/* ANNOTATION_LIMIT */.OE} per step): see below.`, '');
    if (result.diagnostics.length)
        lines.push('#### Diagnostics', '', ...result.diagnostics.flatMap((d) => [...diagnosticsSection(d), '']));
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./actions/verify/names.ts
/** verify's input and output names, and its inputs' non-empty defaults exactly as action.yml declares them (a test compares them). */
const Inputs = {
    Releases: 'releases',
    Namespace: 'namespace',
    Selector: 'selector',
    Timeout: 'timeout',
    WaitForJobs: 'wait-for-jobs',
    CrashLoopRestarts: 'crash-loop-restarts',
    FailureGrace: 'failure-grace',
    UnschedulableGrace: 'unschedulable-grace',
    HttpChecks: 'http-checks',
};
const Defaults = {
    Timeout: '5m',
    WaitForJobs: 'true',
    CrashLoopRestarts: '3',
    FailureGrace: '1m',
    UnschedulableGrace: '2m',
};
const Outputs = {
    Ready: 'ready',
    NotReady: 'not-ready',
    DurationSeconds: 'duration-seconds',
};

;// CONCATENATED MODULE: ./actions/verify/main.ts














// Bundled dependencies (the Kubernetes client's fetch) trip Node deprecation warnings the user can do nothing about.
process.noDeprecation = true;
/** Releases as `name` (in the namespace input) or `namespace/name`; without releases, the namespace (and selector). */
function readTargets() {
    const namespace = (0,inputs/* getString */.AA)(Inputs.Namespace);
    const selector = (0,inputs/* getString */.AA)(Inputs.Selector);
    const releases = (0,inputs/* getList */.vS)(Inputs.Releases);
    if (releases.length) {
        if (selector)
            throw new inputs/* InputError */.dz(`Input ${Inputs.Selector} selects objects of a namespace; with ${Inputs.Releases}, every object of each release is verified.`);
        return releases.map((entry) => {
            const [ns, name] = entry.includes('/') ? [entry.slice(0, entry.indexOf('/')), entry.slice(entry.indexOf('/') + 1)] : [namespace, entry];
            if (!ns)
                throw new inputs/* InputError */.dz(`Release ${(0,inputs/* shown */.SP)(entry)} has no namespace: write namespace/name, or set input ${Inputs.Namespace}.`);
            return {
                release: (0,names/* assertName */.I1)('release', name, `Release in input ${Inputs.Releases}`),
                namespace: (0,names/* assertName */.I1)('namespace', ns, `Namespace of release ${name}`),
            };
        });
    }
    if (!namespace)
        throw new inputs/* InputError */.dz(`Nothing to verify: set input ${Inputs.Releases}, or input ${Inputs.Namespace} to verify a namespace.`);
    return [{ namespace: (0,names/* assertName */.I1)('namespace', namespace, `Input ${Inputs.Namespace}`), ...(selector ? { selector } : {}) }];
}
function getCount(name, fallback) {
    const raw = (0,inputs/* getString */.AA)(name, fallback);
    if (!/^\d{1,4}$/.test(raw) || Number(raw) < 1)
        throw new inputs/* InputError */.dz(`Input ${name} must be a whole number from 1 to 9999, but it is ${(0,inputs/* shown */.SP)(raw)}.`);
    return Number(raw);
}
function run() {
    return (0,entry/* runEntry */.C)(async () => {
        const targets = readTargets();
        const timeoutMs = (0,inputs/* getDuration */.Ds)(Inputs.Timeout, Defaults.Timeout);
        const policy = {
            waitForJobs: (0,inputs/* getString */.AA)(Inputs.WaitForJobs) ? (0,inputs/* getBoolean */.pW)(Inputs.WaitForJobs) : Defaults.WaitForJobs === 'true',
            crashLoopRestarts: getCount(Inputs.CrashLoopRestarts, Defaults.CrashLoopRestarts),
            failureGraceMs: (0,inputs/* getDuration */.Ds)(Inputs.FailureGrace, Defaults.FailureGrace, { min: 0 }),
            unschedulableGraceMs: (0,inputs/* getDuration */.Ds)(Inputs.UnschedulableGrace, Defaults.UnschedulableGrace, { min: 0 }),
        };
        const httpChecks = parseHttpChecks(core/* getInput */.V4(Inputs.HttpChecks), (path) => (0,external_node_path_.resolve)((0,paths/* workspace */.G)(), path));
        let helm;
        if (targets.some((t) => 'release' in t)) {
            const setup = await (0,install/* setupHelm */.wm)({ tempDir: (0,paths/* runnerTemp */.X)() });
            for (const warning of setup.warnings)
                core/* warning */.$e(warning);
            helm = setup.client;
        }
        const result = await runReadiness({ targets, timeoutMs, policy, httpChecks, signal: cancellation/* cancellation */.WN.signal, ...(helm ? { helm } : {}) }, { onProgress: (event) => core/* info */.pq(progressLine(event)) });
        for (const line of diagnosticsLines(result))
            core/* info */.pq(line);
        (0,outputs/* setOutputs */.n0)({
            [Outputs.Ready]: result.ready,
            [Outputs.NotReady]: notReadyOutput(result),
            [Outputs.DurationSeconds]: Number((result.durationMs / 1000).toFixed(1)),
        });
        await (0,outputs/* writeSummary */.Sy)(readinessSummary(result));
        core/* info */.pq(readinessHeadline(result));
        if (!result.ready) {
            // One error annotation per object not ready (GitHub shows 10 per step); setFailed would add an 11th, so the exit code says it.
            (0,annotations/* annotate */.fz)(readinessProblems(result), 'verify');
            process.exitCode ||= 1;
        }
    });
}


/***/ })

};
