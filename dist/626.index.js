export const id = 626;
export const ids = [626];
export const modules = {

/***/ 41706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ releaseHistory),
/* harmony export */   UQ: () => (/* binding */ chartArgs),
/* harmony export */   cs: () => (/* binding */ releaseObjects),
/* harmony export */   dD: () => (/* binding */ releaseApplyMethod),
/* harmony export */   tb: () => (/* binding */ chartLabel),
/* harmony export */   y2: () => (/* binding */ showChart)
/* harmony export */ });
/* unused harmony export pulledDigest */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _helm_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74057);
/**
 * The helm verbs a deploy runs about one release: its history and metadata, its manifest, and the
 * chart reference arguments shared by upgrade and the lock mode. Upgrade flags differ by helm major
 * and live with the upgrade (release.ts).
 */


/** The chart reference and version flags helm takes after the release name. */
function chartArgs(source) {
    const version = source.version ? ['--version', source.version] : [];
    if (source.repository)
        return [source.chart, '--repo', source.repository, ...version];
    return [source.digest ? `${source.chart}@${source.digest}` : source.chart, ...version];
}
/** How the chart is named in reports: `oci://…/name`, `repo-url name`. */
const chartLabel = (source) => (source.repository ? `${source.repository} ${source.chart}` : source.chart);
/** The digest helm printed after pulling an OCI chart (`Digest: sha256:…` on stderr). */
function pulledDigest(stderr) {
    return /^Digest:\s*(sha256:[0-9a-f]{64})/m.exec(stderr)?.[1];
}
/** Every revision, oldest first; empty when the release does not exist. */
async function releaseHistory(helm, release, namespace) {
    try {
        const result = await helm.run(['history', release, '--namespace', namespace, '--output', 'json', '--max', '1000'], { timeoutMs: 60_000 });
        return JSON.parse(result.stdout).sort((a, b) => a.revision - b.revision);
    }
    catch (err) {
        if (err instanceof _helm_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HelmError */ .t2 && /release: not found/.test(err.message))
            return [];
        throw err;
    }
}
/** Helm 4's record of how the release's objects were applied: `ssa` or `csa` (absent on helm 3). */
async function releaseApplyMethod(helm, release, namespace) {
    const result = await helm.run(['get', 'metadata', release, '--namespace', namespace, '--output', 'json'], { timeoutMs: 60_000 });
    const meta = JSON.parse(result.stdout);
    return meta.applyMethod;
}
/** The objects of the deployed release (`helm get manifest`), by identity only. */
async function releaseObjects(helm, release, namespace) {
    const result = await helm.run(['get', 'manifest', release, '--namespace', namespace], { timeoutMs: 60_000 });
    const objects = [];
    for (const doc of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(result.stdout)) {
        const obj = (doc.toJS() ?? {});
        if (typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string' || typeof obj.metadata?.name !== 'string')
            continue;
        objects.push({
            apiVersion: obj.apiVersion,
            kind: obj.kind,
            name: obj.metadata.name,
            ...(typeof obj.metadata.namespace === 'string' ? { namespace: obj.metadata.namespace } : {}),
        });
    }
    return objects;
}
/** `helm show chart` for the lock mode: the version a request resolves to and, for OCI, its digest. */
async function showChart(helm, source, caFile) {
    const args = ['show', 'chart', ...chartArgs(source), ...(caFile ? ['--ca-file', caFile] : [])];
    const result = await helm.run(args, { timeoutMs: 120_000 });
    const meta = ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(result.stdout) ?? {});
    const digest = pulledDigest(result.stderr);
    return { version: String(meta.version ?? source.version ?? ''), ...(digest ? { digest } : {}) };
}


/***/ }),

/***/ 4242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ ApplyKube),
/* harmony export */   v: () => (/* binding */ FIELD_MANAGER)
/* harmony export */ });
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25861);
/* harmony import */ var _kube_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23646);


const FIELD_MANAGER = 'chalk-actions';
class ApplyKube {
    k8s;
    client;
    objects;
    version;
    constructor(k8s, client) {
        this.k8s = k8s;
        this.client = client;
    }
    /**
     * The current kubeconfig context, as kubectl and helm read it, through KubeClient: an exec credential
     * plugin runs bounded and is stopped by close().
     */
    static async load() {
        const client = await _kube_client_js__WEBPACK_IMPORTED_MODULE_0__/* .KubeClient */ .B.load();
        return new ApplyKube(await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 6959)), client);
    }
    get server() {
        return this.client.server;
    }
    get config() {
        return this.client.kubeConfig;
    }
    /** Stops the credential plugin, if any, and closes the client's connections. */
    close() {
        return this.client.close();
    }
    /** The API server's version (`v1.34.4`), read once: offline renders check charts' kubeVersion against it. */
    serverVersion() {
        return (this.version ??= this.client.serverVersion());
    }
    async call(fn) {
        try {
            return await fn();
        }
        catch (err) {
            throw (0,_kube_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toKubeError */ .N)(err, this.server);
        }
    }
    async optional(fn) {
        try {
            return await this.call(fn);
        }
        catch (err) {
            if (err instanceof _kube_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeError */ .a && err.kind === 'not-found')
                return undefined;
            throw err;
        }
    }
    get api() {
        return (this.objects ??= this.k8s.KubernetesObjectApi.makeApiClient(this.config));
    }
    typed(type) {
        return this.config.makeApiClient(type);
    }
    /** The live object, or undefined when it does not exist. */
    read(ref) {
        const header = { apiVersion: ref.apiVersion, kind: ref.kind, metadata: { name: ref.metadata.name, namespace: ref.metadata.namespace } };
        return this.optional(() => this.api.read(header));
    }
    /**
     * Server-side apply, taking over fields another manager set (a Secret first made with kubectl).
     * With `dryRun` the server computes the result without storing it.
     */
    async apply(obj, { dryRun = false, fieldManager = FIELD_MANAGER, readFirst = true } = {}) {
        const before = readFirst ? await this.read(obj) : undefined;
        const after = await this.call(() => this.api.patch(obj, undefined, dryRun ? 'All' : undefined, fieldManager, true, this.k8s.PatchStrategy.ServerSideApply));
        const outcome = { kind: obj.kind, name: obj.metadata.name, ...(obj.metadata.namespace ? { namespace: obj.metadata.namespace } : {}) };
        if (!readFirst)
            return { ...outcome, action: 'updated' };
        if (!before)
            return { ...outcome, action: 'created' };
        const same = dryRun ? contentOf(before) === contentOf(after) : before.metadata?.resourceVersion === after.metadata?.resourceVersion;
        return { ...outcome, action: same ? 'unchanged' : 'updated' };
    }
    /**
     * Creates the namespace when it is missing; an existing one is left untouched (no write, so a re-run
     * changes nothing). An identity that may not read namespaces is assumed to deploy into an existing one.
     */
    async ensureNamespace(name, { dryRun = false } = {}) {
        let existing;
        try {
            existing = await this.optional(() => this.typed(this.k8s.CoreV1Api).readNamespace({ name }));
        }
        catch (err) {
            if (err instanceof _kube_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeError */ .a && err.kind === 'forbidden')
                return 'unchanged';
            throw err;
        }
        if (existing?.status?.phase === 'Terminating')
            throw new _kube_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeError */ .a('unknown', `namespace ${name} is being deleted (Terminating)`, `Wait until it is gone, then run again: kubectl get namespace ${name}`);
        if (existing)
            return 'unchanged';
        return (await this.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }, { dryRun })).action;
    }
    readLease(namespace, name) {
        return this.optional(() => this.typed(this.k8s.CoordinationV1Api).readNamespacedLease({ namespace, name }));
    }
    createLease(namespace, body) {
        return this.call(() => this.typed(this.k8s.CoordinationV1Api).createNamespacedLease({ namespace, body }));
    }
    /** Replaces the Lease; fails with a 409 (`KubeError` status 409) when someone wrote it since `body`'s resourceVersion. */
    replaceLease(namespace, body) {
        return this.call(() => this.typed(this.k8s.CoordinationV1Api).replaceNamespacedLease({ namespace, name: body.metadata.name, body }));
    }
    /** `new V1MicroTime()`: the timestamp type Lease fields are written in. */
    microTime(date = new Date()) {
        return new this.k8s.V1MicroTime(date.getTime());
    }
    /** The uids of the namespace's pods now, so that later only the pods an upgrade creates are looked at. */
    async podUids(namespace) {
        const pods = await this.call(() => this.typed(this.k8s.CoreV1Api).listNamespacedPod({ namespace }));
        return new Set(pods.items.map((p) => p.metadata?.uid ?? ''));
    }
    /**
     * Containers of pods not in `existing` that are waiting or terminated for a reason. Pods labelled as
     * another release's (`app.kubernetes.io/instance`) are left out: releases may share a namespace.
     */
    async containerProblems(namespace, existing, release) {
        const pods = await this.call(() => this.typed(this.k8s.CoreV1Api).listNamespacedPod({ namespace }));
        const problems = [];
        for (const pod of pods.items) {
            const instance = pod.metadata?.labels?.['app.kubernetes.io/instance'];
            if (existing.has(pod.metadata?.uid ?? '') || (instance && instance !== release))
                continue;
            const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
            for (const s of statuses) {
                const waiting = s.state?.waiting;
                const terminated = s.state?.terminated ?? (s.restartCount > 0 ? s.lastState?.terminated : undefined);
                const reason = waiting?.reason && !BENIGN_WAITING.has(waiting.reason) ? waiting.reason : terminated && terminated.exitCode !== 0 ? terminated.reason : undefined;
                if (!reason)
                    continue;
                const message = waiting?.message ?? terminated?.message;
                problems.push({ pod: pod.metadata?.name ?? '', container: s.name, reason, ...(message ? { message } : {}), ...(s.image ? { image: s.image } : {}) });
            }
            const unschedulable = pod.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
            if (unschedulable?.reason)
                problems.push({
                    pod: pod.metadata?.name ?? '',
                    container: '',
                    reason: unschedulable.reason,
                    ...(unschedulable.message ? { message: unschedulable.message } : {}),
                });
            else if (pod.status?.phase === 'Pending' && statuses.length === 0)
                problems.push({ pod: pod.metadata?.name ?? '', container: '', reason: 'Pending', message: 'scheduled, but no container has started yet' });
        }
        return problems;
    }
    /** Waits until the CRD of `group`/`kind` is Established, or throws after `timeoutMs`. */
    async waitForCrd(group, kind, timeoutMs, signal) {
        const deadline = Date.now() + timeoutMs;
        const api = this.typed(this.k8s.ApiextensionsV1Api);
        for (;;) {
            const list = await this.call(() => api.listCustomResourceDefinition({}));
            const crd = list.items.find((c) => c.spec.group === group && c.spec.names.kind === kind);
            if (crd?.status?.conditions?.some((c) => c.type === 'Established' && c.status === 'True'))
                return;
            if (Date.now() > deadline || signal?.aborted)
                throw new _kube_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeError */ .a('not-found', `the ${kind}.${group} CRD is ${crd ? 'not Established' : 'not installed'} after ${Math.round(timeoutMs / 1000)} s`, `Install the chart that ships the ${kind} CRD first (it is listed in needs), or check: kubectl get crd -o name | grep ${group}`);
            await new Promise((r) => setTimeout(r, 1000));
        }
    }
}
/** Waiting reasons of a container that is on its way up. */
const BENIGN_WAITING = new Set(['ContainerCreating', 'PodInitializing']);
/** What an apply may change, for comparing a dry run's answer with the live object. */
function contentOf(obj) {
    const { metadata, ...rest } = obj;
    return JSON.stringify({ labels: metadata?.labels ?? {}, annotations: metadata?.annotations ?? {}, ...rest });
}


/***/ }),

/***/ 46461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ CaFileError),
/* harmony export */   x: () => (/* binding */ loadCaFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65655);
/* harmony import */ var _advice_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43294);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15274);
/**
 * The CA bundle passed to helm as --ca-file and used for registry API calls, checked before either:
 * helm panics on a missing or unparsable file, and its panic says nothing a user can act on.
 */






/** A CA bundle larger than this is not a CA bundle (the system's whole trust store is ~200 KiB). */
const MAX_CA_FILE_BYTES = 4 << 20;
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
class CaFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ChalkError */ .E {
    problem;
    boundary = 'registry';
    constructor(problem, message) {
        super('ca-file', message, (0,_advice_js__WEBPACK_IMPORTED_MODULE_3__/* .adviceFor */ .cp)('ca-file', 'login').fix);
        this.problem = problem;
    }
}
/** The file's certificates, after checking it exists, is readable and holds only PEM certificates that parse. */
async function loadCaFile(path) {
    const shown = (0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(path);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch((err) => {
        if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
            throw new CaFileError('missing', `ca-file ${shown} does not exist.`);
        throw new CaFileError('unreadable', `ca-file ${shown} cannot be read (${err.code ?? (0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(err.message, 200)}).`);
    });
    if (!info.isFile())
        throw new CaFileError('not-a-file', `ca-file ${shown} is not a file.`);
    if (info.size > MAX_CA_FILE_BYTES)
        throw new CaFileError('too-large', `ca-file ${shown} is larger than ${(0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .bytes */ .ee)(MAX_CA_FILE_BYTES)}; a CA bundle is far smaller.`);
    const content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path).catch((err) => {
        throw new CaFileError('unreadable', `ca-file ${shown} cannot be read (${err.code ?? (0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(err.message, 200)}).`);
    });
    const blocks = content.toString('utf8').match(PEM_CERTIFICATE) ?? [];
    if (!blocks.length)
        throw new CaFileError('not-pem', `ca-file ${shown} holds no PEM certificate (-----BEGIN CERTIFICATE-----), so helm cannot use it.`);
    for (const [i, block] of blocks.entries()) {
        try {
            new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block);
        }
        catch (err) {
            throw new CaFileError('not-pem', `ca-file ${shown}: certificate ${i + 1} of ${blocks.length} does not parse (${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(err.message, 200)}).`);
        }
    }
    return content;
}


/***/ }),

/***/ 90564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ ChartAccessError),
/* harmony export */   U: () => (/* binding */ listChartTags),
/* harmony export */   c_: () => (/* binding */ chartVersions),
/* harmony export */   dM: () => (/* binding */ resolveChart),
/* harmony export */   mU: () => (/* binding */ compareSemver),
/* harmony export */   pc: () => (/* binding */ parseChartRef),
/* harmony export */   qD: () => (/* binding */ latestVersion)
/* harmony export */ });
/* unused harmony export TAG_LIST_LIMITS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _process_run_tool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33915);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67663);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65655);
/* harmony import */ var _advice_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43294);
/* harmony import */ var _ca_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46461);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74057);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15274);
/**
 * OCI chart references (`oci://host/charts/name[:tag|@digest]`) and resolving them against the
 * registry: the tag list from the distribution API (`GET /v2/<name>/tags/list`, with the Basic or
 * Bearer-token challenge registries answer with) and, through helm, the chart a version resolves to.
 * Used by helm-login's verify-chart and by preflight's registry check.
 */









/** Limit for a whole chart check (tag listing and helm's fetch) when the caller sets none. */
const DEFAULT_REGISTRY_TIMEOUT_MS = 30_000;
function parseChartRef(ref) {
    const m = /^oci:\/\/([^/\s]+)\/([^\s@]+?)(?::([\w][\w.+-]{0,127}))?(?:@(sha256:[0-9a-f]{64}))?$/i.exec(ref.trim());
    if (!m)
        throw new Error(`"${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(ref, 200)}" is not an OCI chart reference: expected oci://<registry>/<path>/<chart>[:<version>], e.g. oci://754784422779.dkr.ecr.us-east-1.amazonaws.com/charts/chalk-metadata-plane.`);
    const [, registry, repository, tag, digest] = m;
    const host = registry.toLowerCase();
    return {
        url: `oci://${host}/${repository}`,
        registry: host,
        repository,
        name: repository.slice(repository.lastIndexOf('/') + 1),
        ...(tag ? { tag } : {}),
        ...(digest ? { digest: digest.toLowerCase() } : {}),
    };
}
class ChartAccessError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChalkError */ .E {
    registry;
    boundary = 'registry';
    constructor(registry, kind, message, fix = (0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)(kind, 'pull').fix) {
        super(kind, message, fix);
        this.registry = registry;
    }
}
/** Limits on what one tag listing reads: a registry's list of a chart's versions is a few KiB. */
const TAG_LIST_LIMITS = { pageBytes: 4 << 20, pages: 100, tags: 100_000 };
const TOKEN_BODY_BYTES = 256 * 1024;
/** Every tag of the chart's repository, following pagination within TAG_LIST_LIMITS and the deadline. */
async function listChartTags(chart, access = {}, deadline = deadlineOf(access)) {
    const session = new RegistrySession(chart, access, await caOf(chart, access), deadline);
    const tags = [];
    const seen = new Set();
    for (let path = `/v2/${chart.repository}/tags/list?n=1000`; path;) {
        if (seen.size >= TAG_LIST_LIMITS.pages)
            throw session.failure('too-many-pages', `${chart.registry}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)('too-many-pages', 'pull', { limit: `${TAG_LIST_LIMITS.pages} pages` }).says}.`);
        if (seen.has(path))
            throw session.failure('bad-response', `${chart.registry}: the tag list's next page is one already read (${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(path, 200)}).`);
        seen.add(path);
        const res = await session.get(path);
        tags.push(...tagsOf(res.body, chart));
        if (tags.length > TAG_LIST_LIMITS.tags)
            throw session.failure('too-large', `${chart.registry}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)('too-large', 'pull', { limit: `${TAG_LIST_LIMITS.tags} tags` }).says}.`);
        path = nextLink(res.headers.link);
    }
    return tags;
}
/** Chart versions among `tags` (helm stores `+` as `_`), ascending by semver precedence. */
function chartVersions(tags) {
    return tags
        .map((t) => t.replaceAll('_', '+'))
        .filter((t) => SEMVER.test(t))
        .sort(compareSemver);
}
/** The highest release version, or the highest pre-release when there is no release. */
function latestVersion(versions) {
    const sorted = [...versions].sort(compareSemver);
    return sorted.filter((v) => !semverParts(v).pre).at(-1) ?? sorted.at(-1);
}
/**
 * Lists the versions over the API, then has helm fetch the chosen one, which proves helm's own
 * login works — all within one deadline (access.timeoutMs), however many pages the registry serves.
 */
async function resolveChart(helm, chart, access = {}) {
    const deadline = deadlineOf(access);
    const versions = chartVersions(await listChartTags(chart, access, deadline));
    const want = chart.tag ?? latestVersion(versions);
    if (!want && !chart.digest)
        throw new ChartAccessError(chart.registry, 'not-found', `${chart.url} has no chart versions: the repository exists but holds no semver tags.`);
    const args = ['show', 'chart', chart.digest ? `${chart.url}@${chart.digest}` : chart.url];
    if (want && !chart.digest)
        args.push('--version', want);
    if (access.caFile)
        args.push('--ca-file', access.caFile);
    const result = await helm.run(args, { timeoutMs: deadline.remaining(), ...(access.signal ? { signal: access.signal } : {}) }).catch((err) => {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .HelmError */ .t2)
            throw new ChartAccessError(chart.registry, err.kind, `helm could not fetch ${chart.url}${want ? ` ${want}` : ''}: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(err.message)}`);
        if (err instanceof _process_run_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolTimeoutError */ .Ap)
            throw new ChartAccessError(chart.registry, 'timeout', `${chart.registry}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)('timeout', 'pull', { limit: (0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .seconds */ .YA)(deadline.ms) }).says}; helm show chart ${chart.url} was stopped.`);
        if (err instanceof _process_run_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolAbortedError */ .ik)
            throw new ChartAccessError(chart.registry, 'cancelled', `helm show chart ${chart.url} was stopped: ${err.message}`);
        throw err;
    });
    const meta = ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(result.stdout) ?? {});
    const digest = /^Digest:\s*(sha256:[0-9a-f]{64})/m.exec(result.stderr)?.[1];
    return {
        chart,
        versions,
        version: String(meta.version ?? want),
        ...(meta.appVersion !== undefined ? { appVersion: String(meta.appVersion) } : {}),
        ...(digest ? { digest } : {}),
    };
}
function deadlineOf(access) {
    return new _http_js__WEBPACK_IMPORTED_MODULE_7__/* .Deadline */ .B2(access.timeoutMs ?? DEFAULT_REGISTRY_TIMEOUT_MS, access.signal);
}
async function caOf(chart, access) {
    if (!access.caFile)
        return undefined;
    return (0,_ca_file_js__WEBPACK_IMPORTED_MODULE_5__/* .loadCaFile */ .x)(access.caFile).catch((err) => {
        if (err instanceof _ca_file_js__WEBPACK_IMPORTED_MODULE_5__/* .CaFileError */ .Z)
            throw new ChartAccessError(chart.registry, 'ca-file', err.message, err.fix);
        throw err;
    });
}
function tagsOf(body, chart) {
    let tags;
    try {
        tags = JSON.parse(body).tags ?? [];
    }
    catch {
        tags = undefined;
    }
    if (Array.isArray(tags) && tags.every((t) => typeof t === 'string'))
        return tags;
    throw new ChartAccessError(chart.registry, 'bad-response', `${chart.registry}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)('bad-response', 'pull').says}: the tag list of ${chart.repository} is not {"tags": [<strings>]} (${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(body, 120)}).`);
}
/** One registry conversation: answers the auth challenge once and reuses the result, all under one deadline. */
class RegistrySession {
    chart;
    access;
    ca;
    deadline;
    authorization;
    pages = 0;
    constructor(chart, access, ca, deadline) {
        this.chart = chart;
        this.access = access;
        this.ca = ca;
        this.deadline = deadline;
    }
    async get(path) {
        const url = new URL(`https://${this.chart.registry}${path}`);
        let res = await this.fetch(url, this.headers(), TAG_LIST_LIMITS.pageBytes);
        if (res.status === 401 && !this.authorization) {
            this.authorization = await this.answerChallenge(String(res.headers['www-authenticate'] ?? ''));
            res = await this.fetch(url, this.headers(), TAG_LIST_LIMITS.pageBytes);
        }
        if (res.status === 200) {
            this.pages++;
            return res;
        }
        throw this.statusError(res);
    }
    failure(kind, message) {
        return new ChartAccessError(this.chart.registry, kind, message);
    }
    async fetch(url, headers, maxBytes) {
        try {
            return await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .httpGet */ .lx)(url, { headers, maxBytes, signal: this.deadline.signal, ...(this.ca ? { ca: this.ca } : {}) });
        }
        catch (err) {
            if (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_7__/* .HttpFailure */ .HR)
                throw this.requestError(err);
            throw err;
        }
    }
    headers() {
        return { accept: 'application/json', ...(this.authorization ? { authorization: this.authorization } : {}) };
    }
    /** `Basic base64(user:password)`, registered as a secret the moment it exists: a registry may echo it. */
    basic() {
        const { username, password } = this.access;
        if (!username || !password)
            return undefined;
        const encoded = Buffer.from(`${username}:${password}`).toString('base64');
        (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(encoded);
        return `Basic ${encoded}`;
    }
    async answerChallenge(challenge) {
        const basic = this.basic();
        if (!/^bearer\s/i.test(challenge)) {
            if (!basic)
                throw new ChartAccessError(this.chart.registry, 'unauthorized', `${this.chart.registry} requires a login to list ${this.chart.repository}, and no credentials were given.`);
            return basic;
        }
        const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1].toLowerCase(), m[2]]));
        if (!params.realm)
            throw this.failure('bad-response', `${this.chart.registry} sent a Bearer challenge without a realm: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(challenge)}`);
        const tokenUrl = this.realmUrl(params.realm);
        if (params.service)
            tokenUrl.searchParams.set('service', params.service);
        tokenUrl.searchParams.set('scope', params.scope ?? `repository:${this.chart.repository}:pull`);
        const res = await this.fetch(tokenUrl, { accept: 'application/json', ...(basic ? { authorization: basic } : {}) }, TOKEN_BODY_BYTES);
        if (res.status !== 200)
            throw this.statusError(res, `token endpoint ${tokenUrl.host}`);
        let body;
        try {
            body = JSON.parse(res.body);
        }
        catch {
            body = undefined;
        }
        const token = body?.token ?? body?.access_token;
        if (typeof token !== 'string' || !token)
            throw this.failure('bad-response', `The token endpoint of ${this.chart.registry} returned no token.`);
        (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(token);
        return `Bearer ${token}`;
    }
    /**
     * The token endpoint the registry names receives our Basic credentials, so a registry (or whoever
     * can answer for it) must not be able to send them in clear text or to an arbitrary http host:
     * https only, except plain http on loopback when the registry itself is loopback (local tests).
     */
    realmUrl(realm) {
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw this.failure('bad-response', `${this.chart.registry} named a token realm that is not a URL: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(realm)}`);
        }
        if ((0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .httpsRule */ .WY)(url, (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .isLoopbackHost */ .cW)(hostOf(this.chart.registry))))
            throw this.failure('insecure-realm', `${this.chart.registry} asks for a token from ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(url.origin)}, which is not https; refusing to send the registry credentials there.`);
        return url;
    }
    statusError(res, what = `${this.chart.registry}/v2/${this.chart.repository}/tags/list`) {
        const detail = (0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(res.body, 300);
        const kind = (0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .kindOfStatus */ .o3)(res.status) ?? 'bad-response';
        const { says } = (0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)(kind, 'pull', { status: res.status, what: `the chart repository ${this.chart.repository}` });
        return this.failure(kind, `${what} answered HTTP ${res.status}: ${says}${detail ? ` (${detail})` : ''}`);
    }
    requestError(err) {
        const where = `${err.url.origin}${err.url.pathname}`;
        const registry = this.chart.registry;
        switch (err.kind) {
            case 'timeout':
                return this.failure('timeout', this.pages
                    ? `${this.chart.url}: the chart check did not finish in ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .seconds */ .YA)(this.deadline.ms)}; stopped after ${this.pages} page${this.pages === 1 ? '' : 's'} of tags, during GET ${where}.`
                    : `${registry} did not answer in ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .seconds */ .YA)(this.deadline.ms)} (GET ${where}).`);
            case 'cancelled':
                return this.failure('cancelled', `The chart check of ${this.chart.url} was stopped (GET ${where}).`);
            case 'too-large':
                return this.failure('too-large', `${registry}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)('too-large', 'pull', { limit: (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .bytes */ .ee)(err.limitBytes ?? 0) }).says} (GET ${where}).`);
            default:
                return this.failure(err.kind, `${registry}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)(err.kind, 'pull').says} (${err.message}).`);
        }
    }
}
/** `host` of `host:port` / `[v6]:port`. */
function hostOf(hostPort) {
    return new URL(`https://${hostPort}`).hostname;
}
/** The path of a `Link: </v2/…?last=x>; rel="next"` header (its origin is ignored: pages come from the registry itself). */
function nextLink(link) {
    const value = Array.isArray(link) ? link.join(',') : link;
    const m = value ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(value) : null;
    if (!m)
        return undefined;
    const target = new URL(m[1], 'https://registry.invalid');
    return `${target.pathname}${target.search}`;
}
const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function semverParts(v) {
    const m = SEMVER.exec(v);
    return { nums: [Number(m[1]), Number(m[2]), Number(m[3])], ...(m[4] ? { pre: m[4] } : {}) };
}
function compareSemver(a, b) {
    const pa = semverParts(a);
    const pb = semverParts(b);
    for (let i = 0; i < 3; i++)
        if (pa.nums[i] !== pb.nums[i])
            return pa.nums[i] - pb.nums[i];
    if (!pa.pre || !pb.pre)
        return pa.pre ? -1 : pb.pre ? 1 : 0;
    const xs = pa.pre.split('.');
    const ys = pb.pre.split('.');
    for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
        const x = xs[i];
        const y = ys[i];
        if (x === undefined || y === undefined)
            return x === undefined ? -1 : 1;
        if (x === y)
            continue;
        const nx = /^\d+$/.test(x);
        const ny = /^\d+$/.test(y);
        if (nx && ny)
            return Number(x) - Number(y);
        if (nx !== ny)
            return nx ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return 0;
}


/***/ })

};
