export const id = 100;
export const ids = [100];
export const modules = {

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
/* harmony export */   J3: () => (/* binding */ pulledDigest),
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
    const digest = pulledDigest(result.stderr);
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
/** The digest helm prints after fetching an OCI chart (`Digest: sha256:…`), from the output it was printed on. */
function pulledDigest(output) {
    return /^Digest:\s*(sha256:[0-9a-f]{64})\s*$/m.exec(output)?.[1];
}


/***/ }),

/***/ 15274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   HR: () => (/* binding */ HttpFailure),
/* harmony export */   PE: () => (/* binding */ downloadFile),
/* harmony export */   S5: () => (/* binding */ ERROR_BODY_BYTES),
/* harmony export */   WY: () => (/* binding */ httpsRule),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   lx: () => (/* binding */ httpGet)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _process_cancellation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31130);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65655);
/**
 * HTTP for the registry API and helm downloads, bounded in every way a server could hold the step
 * or the runner's memory: one deadline (an AbortSignal) over a whole operation, a cap on every body
 * read, https only off loopback. Requests honour HTTPS_PROXY / NO_PROXY, as helm itself does.
 */






/**
 * One limit for a whole operation (a tag listing and helm's fetch, a download and its retries), also
 * ended by `parent` and by the job's cancellation (as runTool stops its tools on it).
 */
class Deadline {
    ms;
    signal;
    endsAt;
    constructor(ms, parent) {
        this.ms = ms;
        this.endsAt = Date.now() + ms;
        this.signal = AbortSignal.any([AbortSignal.timeout(ms), _process_cancellation_js__WEBPACK_IMPORTED_MODULE_4__/* .cancellation */ .WN.signal, ...(parent ? [parent] : [])]);
    }
    /** Milliseconds left (at least 1, so a tool given it still starts and is stopped at once). */
    remaining() {
        return Math.max(1, this.endsAt - Date.now());
    }
    /** Whether the deadline (rather than the parent signal) ended it. */
    get timedOut() {
        return this.signal.aborted && isTimeout(this.signal.reason);
    }
}
class HttpFailure extends Error {
    kind;
    url;
    reason;
    limitBytes;
    constructor(kind, url, 
    /** The cause alone, e.g. `connect ECONNREFUSED 127.0.0.1:9` (the message adds the request). */
    reason, 
    /** For `too-large`: the limit that was passed. */
    limitBytes) {
        super(`GET ${url.origin}${url.pathname}: ${reason}`);
        this.kind = kind;
        this.url = url;
        this.reason = reason;
        this.limitBytes = limitBytes;
        this.name = 'HttpFailure';
    }
}
/** An error body is only ever shown in part: this much is read, the rest is not. */
const ERROR_BODY_BYTES = 16 * 1024;
const MAX_REDIRECTS = 5;
/** GET into memory: a 2xx body up to `maxBytes`, any other body cut at ERROR_BODY_BYTES. */
function httpGet(url, options) {
    return new Promise((resolve, reject) => {
        const fail = (err) => reject(requestFailure(url, err, options.signal));
        const req = send(url, options, (res) => {
            const status = res.statusCode ?? 0;
            const ok = status >= 200 && status < 300;
            const limit = ok ? options.maxBytes : ERROR_BODY_BYTES;
            if (ok && Number(res.headers['content-length']) > limit) {
                res.destroy();
                return reject(tooLarge(url, limit));
            }
            const chunks = [];
            let size = 0;
            const finish = () => resolve({
                status,
                headers: res.headers,
                body: Buffer.concat(chunks)
                    .toString('utf8')
                    .slice(0, ok ? undefined : ERROR_BODY_BYTES),
            });
            res.on('data', (chunk) => {
                size += chunk.length;
                chunks.push(chunk);
                if (size <= limit)
                    return;
                res.destroy();
                if (ok)
                    reject(tooLarge(url, limit));
                else
                    finish();
            });
            res.on('end', finish);
            res.on('error', fail);
        });
        req.on('error', fail);
        req.end();
    });
}
/**
 * GET into `dest`, following up to five redirects that keep to the https rule. Resolves with the
 * final status; the file is written (and kept) only for a 200 of at most `maxBytes`.
 */
async function downloadFile(url, dest, options) {
    let target = url;
    for (let hop = 0;; hop++) {
        const res = await new Promise((resolve, reject) => {
            const req = send(target, options, resolve);
            req.on('error', (err) => reject(requestFailure(target, err, options.signal)));
            req.end();
        });
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (status >= 300 && status < 400 && location && hop < MAX_REDIRECTS) {
            res.resume();
            const next = new URL(location, target);
            const refusal = httpsRule(next, options.allowLoopbackHttp);
            if (refusal)
                throw new HttpFailure('connection', target, `redirected to ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(next.origin)}, which ${refusal}`);
            target = next;
            continue;
        }
        if (status !== 200) {
            res.destroy();
            return status;
        }
        if (Number(res.headers['content-length']) > options.maxBytes) {
            res.destroy();
            throw tooLarge(target, options.maxBytes);
        }
        await writeBounded(res, target, dest, options);
        return status;
    }
}
function writeBounded(res, url, dest, options) {
    return new Promise((resolve, reject) => {
        const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(dest, { mode: 0o600 });
        let size = 0;
        let failed = false;
        const fail = (err) => {
            if (failed)
                return;
            failed = true;
            res.destroy();
            file.destroy();
            (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dest, { force: true }).finally(() => reject(err));
        };
        res.on('data', (chunk) => {
            size += chunk.length;
            if (size > options.maxBytes)
                fail(tooLarge(url, options.maxBytes));
        });
        res.on('error', (err) => fail(requestFailure(url, err, options.signal)));
        file.on('error', fail);
        file.on('finish', () => !failed && resolve());
        res.pipe(file);
    });
}
/** Why `url` may not be used, or undefined: https, or plain http to loopback when that is allowed (local stand-ins in tests). */
function httpsRule(url, allowLoopbackHttp) {
    if (url.protocol === 'https:')
        return undefined;
    if (url.protocol === 'http:' && allowLoopbackHttp && isLoopbackHost(url.hostname))
        return undefined;
    return `is not https`;
}
/** 127.0.0.0/8, ::1 and localhost: traffic that never leaves the machine. */
function isLoopbackHost(hostname) {
    const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}
let agents;
/** Agents that take the proxy from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (Node 24's built-in support; older Nodes ignore the option). */
function agentFor(url) {
    const proxyEnv = { proxyEnv: process.env };
    agents ??= { http: new node_http__WEBPACK_IMPORTED_MODULE_2__.Agent(proxyEnv), https: new node_https__WEBPACK_IMPORTED_MODULE_3__.Agent(proxyEnv) };
    return url.protocol === 'https:' ? agents.https : agents.http;
}
function send(url, options, onResponse) {
    const request = url.protocol === 'http:' ? node_http__WEBPACK_IMPORTED_MODULE_2__.request : node_https__WEBPACK_IMPORTED_MODULE_3__.request;
    return request(url, {
        method: 'GET',
        headers: options.headers ?? {},
        signal: options.signal,
        agent: agentFor(url),
        ...(options.ca && url.protocol === 'https:' ? { ca: options.ca } : {}),
    }, onResponse);
}
function tooLarge(url, limit) {
    return new HttpFailure('too-large', url, `sent more than ${bytes(limit)}`, limit);
}
function requestFailure(url, err, signal) {
    if (signal.aborted)
        return new HttpFailure(isTimeout(signal.reason) ? 'timeout' : 'cancelled', url, 'stopped');
    const kind = /certificate|self.signed|CERT/i.test(`${err.code ?? ''} ${err.message}`) ? 'tls' : 'connection';
    return new HttpFailure(kind, url, (0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(err.message));
}
function isTimeout(reason) {
    return reason?.name === 'TimeoutError';
}
/** `4 MiB`, `16 KiB`. */
function bytes(n) {
    return n >= 1 << 20 ? `${Math.round((n / (1 << 20)) * 10) / 10} MiB` : `${Math.round(n / 1024)} KiB`;
}


/***/ }),

/***/ 57365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ openRegistryConfig),
/* harmony export */   MZ: () => (/* binding */ registryLogout),
/* harmony export */   QL: () => (/* binding */ KEPT_LOGINS_ENV),
/* harmony export */   Rc: () => (/* binding */ REGISTRY_CONFIG_ENV),
/* harmony export */   X6: () => (/* binding */ DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS),
/* harmony export */   a$: () => (/* binding */ registryConfigCredentials),
/* harmony export */   j8: () => (/* binding */ registryLogin)
/* harmony export */ });
/* unused harmony export RegistryLoginError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _process_run_tool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33915);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67663);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(65655);
/* harmony import */ var _advice_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43294);
/* harmony import */ var _ca_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46461);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74057);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15274);
/**
 * helm's registry verbs (`registry login` / `logout`) and the per-job registry config file they
 * write to. The password only ever travels on stdin; the config lives in a private directory so
 * one job's logout cannot break another's pulls on a shared self-hosted runner.
 */










/** The variable helm reads its registry config path from; helm-login exports it for later steps. */
const REGISTRY_CONFIG_ENV = 'HELM_REGISTRY_CONFIG';
/**
 * Logins a step asked to keep (skip-logout), as JSON `{"<config path>": ["<host>", …]}`: exported for
 * the later steps of the job, so that another step's post sharing the config leaves them in place.
 */
const KEPT_LOGINS_ENV = 'CHALK_HELM_KEPT_LOGINS';
/** helm-login's default limit for one helm registry operation (a login, a logout, a chart fetch). */
const DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS = 2 * 60_000;
/** How long, after helm gave up or was stopped, the registry is asked directly what it answers. */
const PROBE_MS = 3_000;
class RegistryLoginError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ChalkError */ .E {
    host;
    boundary = 'registry';
    constructor(host, kind, message, fix = (0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .adviceFor */ .cp)(kind, 'login').fix) {
        super(kind, message, fix);
        this.host = host;
    }
}
/** The config `existing` names (an earlier step's, or the workflow's), else a fresh `config.json` (0600) in a random directory (0700) under `parent`. */
async function openRegistryConfig(existing, parent) {
    if (existing)
        return { path: existing, owned: false };
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(parent, 'helm-registry-'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(dir, 0o700);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'config.json');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, '{"auths":{}}\n', { mode: 0o600, flag: 'wx' });
    return { path, owned: true };
}
async function registryLogin(helm, req) {
    // helm sends base64(user:password) as its Basic header, and a registry may echo it back in an error helm prints.
    (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .registerSecret */ .cl)(Buffer.from(`${req.username}:${req.password}`).toString('base64'));
    const args = ['registry', 'login', req.host, '--username', req.username, '--password-stdin'];
    if (req.caFile)
        args.push('--ca-file', req.caFile);
    const timeoutMs = req.timeoutMs ?? DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS;
    try {
        await helm.run(args, { stdin: req.password, timeoutMs, ...(req.signal ? { signal: req.signal } : {}) });
    }
    catch (err) {
        if (err instanceof _process_run_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolTimeoutError */ .Ap)
            throw await timedOut(req, timeoutMs);
        if (err instanceof _process_run_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolAbortedError */ .ik)
            throw new RegistryLoginError(req.host, 'cancelled', `${req.host}: helm registry login was stopped: ${err.message}`);
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .HelmError */ .t2))
            throw err;
        const status = Number(/status code (\d{3})/.exec(err.message)?.[1]) || undefined;
        const { says } = (0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .adviceFor */ .cp)(err.kind, 'login', { user: req.username, ...(status ? { status } : {}), what: `the registry ${req.host}` });
        throw new RegistryLoginError(req.host, err.kind, `${req.host}: ${says}. helm said: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .T)(err.message)}`);
    }
}
/**
 * helm retries a registry that answers 5xx until its own budget runs out, so "did not answer" would
 * often be wrong: the registry is asked once more, directly, and its status reported when it has one.
 */
async function timedOut(req, timeoutMs) {
    const probe = await probeRegistry(req, Math.min(PROBE_MS, timeoutMs));
    const kind = probe.status ? (0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .kindOfStatus */ .o3)(probe.status) : undefined;
    if (kind === 'server-error')
        return new RegistryLoginError(req.host, kind, `${req.host}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .adviceFor */ .cp)(kind, 'login', { status: probe.status }).says}: GET /v2/ answered HTTP ${probe.status}${probe.detail ? ` (${probe.detail})` : ''}; helm registry login kept retrying and was stopped after ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .seconds */ .YA)(timeoutMs)}.`);
    const said = probe.status ? ` Asked directly, the registry answers GET /v2/ (HTTP ${probe.status}).` : '';
    return new RegistryLoginError(req.host, 'timeout', `${req.host}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .adviceFor */ .cp)('timeout', 'login', { limit: (0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .seconds */ .YA)(timeoutMs) }).says}; helm registry login was stopped.${said}`);
}
async function probeRegistry(req, ms) {
    const ca = req.caFile ? await (0,_ca_file_js__WEBPACK_IMPORTED_MODULE_6__/* .loadCaFile */ .x)(req.caFile).catch(() => undefined) : undefined;
    try {
        const res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_8__/* .httpGet */ .lx)(new URL(`https://${req.host}/v2/`), {
            signal: new _http_js__WEBPACK_IMPORTED_MODULE_8__/* .Deadline */ .B2(ms).signal,
            maxBytes: _http_js__WEBPACK_IMPORTED_MODULE_8__/* .ERROR_BODY_BYTES */ .S5,
            headers: { accept: 'application/json' },
            ...(ca ? { ca } : {}),
        });
        return { status: res.status, detail: (0,_report_text_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .T)(res.body, 200) };
    }
    catch (err) {
        if (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_8__/* .HttpFailure */ .HR)
            return {};
        throw err;
    }
}
/** Removes `host` from the config; helm treats an absent entry as success. */
async function registryLogout(helm, host, timeoutMs = DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS) {
    try {
        await helm.run(['registry', 'logout', host], { timeoutMs });
    }
    catch (err) {
        if (err instanceof _process_run_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolTimeoutError */ .Ap)
            throw new RegistryLoginError(host, 'timeout', `${host}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .adviceFor */ .cp)('timeout', 'login', { limit: (0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .seconds */ .YA)(timeoutMs) }).says}; helm registry logout was stopped.`);
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .HelmError */ .t2)
            throw new RegistryLoginError(host, err.kind, `${host}: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .T)(err.message)}`);
        throw err;
    }
}
/** The username and password helm stored for `host` in a registry config (registered as secrets), for API calls with the same login. */
async function registryConfigCredentials(configPath, host) {
    const config = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(configPath, 'utf8'));
    const auth = config.auths?.[host]?.auth;
    if (!auth)
        return undefined;
    (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .registerSecret */ .cl)(auth);
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        return undefined;
    const password = decoded.slice(colon + 1);
    (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .registerSecret */ .cl)(password);
    return { username: decoded.slice(0, colon), password };
}


/***/ }),

/***/ 60100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registryChecks: () => (/* binding */ registryChecks)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _helm_chart_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90564);
/* harmony import */ var _helm_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57365);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67663);
/**
 * The `registry` group: the guide's "verify that you are properly authenticated" step — the chart
 * reference resolves with the current registry login (helm's registry config, as helm-login leaves
 * it): its versions are listed over the registry API and helm itself fetches the chart.
 */




/** Where helm keeps registry logins: $HELM_REGISTRY_CONFIG, as `helm env` reports it. */
async function registryConfigPath(helm, signal) {
    const out = await helm.exec(['env', 'HELM_REGISTRY_CONFIG'], { signal });
    return (out.exitCode === 0 && out.stdout.trim()) || undefined;
}
async function chartCheck(ctx, signal) {
    const { chart: reference, chartVersion, caFile } = ctx.settings.registry;
    if (!reference)
        return { verdict: 'fail', finding: 'input chart is empty', fix: 'Set chart to the OCI reference of the Metadata Plane chart.' };
    let ref;
    try {
        ref = (0,_helm_chart_js__WEBPACK_IMPORTED_MODULE_1__/* .parseChartRef */ .pc)(reference);
    }
    catch (err) {
        return { verdict: 'fail', finding: err.message, fix: 'Use an oci:// reference as the guide does.' };
    }
    if (chartVersion && !ref.tag && !ref.digest)
        ref = { ...ref, tag: chartVersion };
    const found = await ctx.helm();
    if (!found.path)
        return { verdict: 'fail', finding: 'helm is not on PATH, so the chart cannot be fetched', fix: 'See the tools group: install helm.' };
    if ('error' in found)
        return { verdict: 'fail', finding: `helm cannot run, so the chart cannot be fetched: ${found.error}`, fix: 'See the tools group: install helm.' };
    const helm = found.client;
    const config = await registryConfigPath(helm, signal);
    const login = config && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(config) ? await (0,_helm_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .registryConfigCredentials */ .a$)(config, ref.registry) : undefined;
    (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(login?.password);
    // One deadline for the listing and helm's fetch, just inside the check's own, so a timeout keeps its cause.
    const timeoutMs = Math.max(1000, ctx.settings.checkTimeoutMs - 1000);
    const access = { ...(login ?? {}), ...(caFile ? { caFile } : {}), timeoutMs, signal };
    try {
        const resolved = await (0,_helm_chart_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveChart */ .dM)(helm, ref, access);
        return {
            verdict: 'pass',
            finding: `${ref.url} ${resolved.version} resolves${resolved.digest ? ` (${resolved.digest})` : ''} with ${login ? `the login for ${ref.registry}` : 'anonymous access'}; ${resolved.versions.length} version${resolved.versions.length === 1 ? '' : 's'} available`,
        };
    }
    catch (err) {
        if (!(err instanceof _helm_chart_js__WEBPACK_IMPORTED_MODULE_1__/* .ChartAccessError */ .Fi))
            throw err;
        const hint = !login && (err.kind === 'unauthorized' || err.kind === 'forbidden') ? ` (no login for ${ref.registry} in ${config ?? "helm's registry config"})` : '';
        return { verdict: 'fail', finding: `${err.message}${hint}`, fix: err.fix };
    }
}
function registryChecks() {
    return [
        {
            id: 'registry.chart',
            group: 'registry',
            title: 'Chart reference resolves with the current registry login',
            run: (ctx, signal) => chartCheck(ctx, signal),
        },
    ];
}


/***/ })

};
