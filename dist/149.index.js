export const id = 149;
export const ids = [149];
export const modules = {

/***/ 28858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ mergeValues)
/* harmony export */ });
function mergeValues(layers) {
    const removed = new Map();
    const root = { kind: 'map', entries: new Map(), origin: layers[0]?.root.origin ?? { file: '', line: 1, col: 1 } };
    for (const layer of layers)
        mergeInto(root, layer.root, '', removed);
    return { root, removed, files: layers.map((l) => l.file), layers };
}
function mergeInto(target, source, prefix, removed) {
    for (const [key, entry] of source.entries) {
        const path = prefix ? `${prefix}.${key}` : key;
        const value = entry.value;
        if (value.kind === 'scalar' && value.value === null) {
            target.entries.delete(key);
            removed.set(path, entry.keyOrigin);
            continue;
        }
        // Only after a removal: hashing every path would cost the sum of all path lengths.
        if (removed.size > 0)
            removed.delete(path);
        const existing = target.entries.get(key);
        if (existing && existing.value.kind === 'map' && value.kind === 'map') {
            mergeInto(existing.value, value, path, removed);
            continue;
        }
        target.entries.set(key, cloneEntry(entry));
    }
}
function cloneEntry(entry) {
    return { ...entry, value: cloneNode(entry.value) };
}
function cloneNode(node) {
    if (node.kind === 'map')
        return { ...node, entries: new Map([...node.entries].map(([k, e]) => [k, cloneEntry(e)])) };
    if (node.kind === 'seq')
        return { ...node, items: node.items.map(cloneNode) };
    return { ...node };
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

/***/ 81594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fi: () => (/* binding */ changeTotal),
  YD: () => (/* binding */ compareKeys),
  xS: () => (/* binding */ countChanges),
  ew: () => (/* binding */ diffManifests)
});

// UNUSED EXPORTS: DEFAULT_RENAME_THRESHOLD

// EXTERNAL MODULE: ./src/plan/documents.ts + 2 modules
var documents = __webpack_require__(73967);
// EXTERNAL MODULE: ./src/plan/field-diff.ts
var field_diff = __webpack_require__(44103);
// EXTERNAL MODULE: ./src/plan/ignore.ts
var ignore = __webpack_require__(66405);
// EXTERNAL MODULE: ./src/plan/normalise.ts
var normalise = __webpack_require__(39149);
// EXTERNAL MODULE: ./src/plan/pointer.ts
var pointer = __webpack_require__(78970);
// EXTERNAL MODULE: ./src/plan/secrets.ts
var secrets = __webpack_require__(64682);
// EXTERNAL MODULE: ./src/plan/text-diff.ts
var text_diff = __webpack_require__(5922);
;// CONCATENATED MODULE: ./src/plan/yaml-text.ts
/**
 * Canonical YAML text of a normalised object, for the text diff only (never parsed back): block
 * style, two-space indents, lists indented under their key, one line per scalar. A string is plain
 * only when it cannot be read as anything else; otherwise it is double-quoted (JSON's escapes are
 * valid YAML), and multi-line text is a block literal so a changed line of a config file shows as one
 * line. Written here rather than with the yaml package's stringify, which took as long as parsing
 * and so doubled the cost of a diff.
 */
function toYaml(value) {
    if (value === undefined)
        return '';
    const lines = [];
    if (isMap(value) || Array.isArray(value))
        block(value, 0, lines);
    else
        lines.push(scalar(value, 0));
    return lines.length ? `${lines.join('\n')}\n` : '';
}
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Appends the lines of a map or list at `indent`. */
function block(value, indent, lines) {
    const pad = ' '.repeat(indent);
    if (Array.isArray(value)) {
        if (value.length === 0)
            return void lines.push(`${pad}[]`);
        for (const item of value) {
            if ((isMap(item) && Object.keys(item).length) || (Array.isArray(item) && item.length)) {
                const start = lines.length;
                block(item, indent + 2, lines);
                lines[start] = `${pad}- ${lines[start].slice(indent + 2)}`;
            }
            else
                lines.push(`${pad}- ${inline(item, indent + 2)}`);
        }
        return;
    }
    const entries = Object.entries(value);
    if (entries.length === 0)
        return void lines.push(`${pad}{}`);
    for (const [k, v] of entries) {
        const key = `${pad}${plainSafe(k) ? k : JSON.stringify(k)}:`;
        if ((isMap(v) && Object.keys(v).length) || (Array.isArray(v) && v.length)) {
            lines.push(key);
            block(v, indent + 2, lines);
        }
        else
            lines.push(`${key} ${inline(v, indent + 2)}`);
    }
}
/** A scalar or an empty collection on the rest of a line; multi-line text continues below at `indent`. */
function inline(value, indent) {
    if (isMap(value))
        return '{}';
    if (Array.isArray(value))
        return '[]';
    return scalar(value, indent);
}
function scalar(value, indent) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'number')
        return Number.isFinite(value) ? String(value) : Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
    if (typeof value === 'boolean')
        return String(value);
    const text = String(value);
    if (plainSafe(text))
        return text;
    if (text.includes('\n') && !CONTROL.test(text))
        return literal(text, indent);
    return JSON.stringify(text);
}
// eslint-disable-next-line no-control-regex -- control characters cannot stand in a block literal.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029]/;
/** `|`, `|-` or `|+` by the trailing newlines, with an indentation indicator when the first line starts with a space. */
function literal(text, indent) {
    const trailing = /\n*$/.exec(text)[0].length;
    const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
    const body = trailing ? text.slice(0, -trailing) : text;
    const pad = ' '.repeat(indent);
    const header = `|${/^\n*[ ]/.test(body) ? '2' : ''}${chomp}`;
    const lines = body.split('\n').map((l) => (l ? pad + l : ''));
    for (let i = 1; i < trailing; i++)
        lines.push('');
    return `${header}\n${lines.join('\n')}`;
}
const TYPED = /^(?:~|null|true|false|y|yes|n|no|on|off|[-+]?\.?(?:inf|nan))$/i;
const NUMERIC = /^[-+]?[0-9.][0-9a-fA-FxXoO_.:eE+-]*$/;
// eslint-disable-next-line no-control-regex -- control characters force quoting.
const PLAIN = /^[A-Za-z0-9_/.$][^\u0000-\u001f\u007f"'#`]*$/;
/** Text YAML reads back as this same string in block context. */
function plainSafe(text) {
    return PLAIN.test(text) && !TYPED.test(text) && !NUMERIC.test(text) && !/: |:$| #|\s$/.test(text) && !/^\d{4}-\d\d?-\d\d?/.test(text);
}

;// CONCATENATED MODULE: ./src/plan/diff.ts
/**
 * The diff engine: two manifests (text as helm prints it, or objects read from the API) in, object
 * and field changes out. Documents are paired by key (group, kind, namespace, name — not version, so
 * an apiVersion bump is a change of the same object); byte-identical pairs are unchanged without
 * being parsed; the rest are parsed, normalised and compared field by field. Removed and added
 * objects of one kind with near-identical content are a rename; removed objects helm keeps
 * (`helm.sh/resource-policy: keep`) are `kept`. Secrets are masked (secrets.ts) and ignore rules
 * mark, never drop, the differences they match.
 */








const DEFAULT_RENAME_THRESHOLD = 0.9;
/** Above this many candidate pairs in one kind, renames are not looked for (each pair is a line diff). */
const MAX_RENAME_PAIRS = 2_500;
const KEEP_POLICY = 'helm.sh/resource-policy';
function diffManifests(before, after, options) {
    const notes = [];
    const sides = documentsOf(before, after, options.namespace);
    const oldDocs = indexDocuments(sides.before, 'deployed', notes);
    const newDocs = indexDocuments(sides.after, 'planned', notes);
    const objects = new Objects();
    const pairs = [];
    for (const [id, a] of newDocs) {
        if (sides.identical.has(id))
            continue;
        const b = oldDocs.get(id);
        if (!(b?.body && b.body === a.body))
            pairs.push({ id, before: b, after: a });
    }
    for (const [id, b] of oldDocs)
        if (!newDocs.has(id) && !sides.identical.has(id))
            pairs.push({ id, before: b });
    const masked = new secrets/* MaskedValues */.QK();
    for (const v of options.maskedValues ?? [])
        masked.add(v);
    if (pairs.length) {
        for (const doc of newDocs.values())
            if ((0,secrets/* isSecret */.$f)(doc.key))
                collectSecret(doc, objects, masked);
        // A deployed Secret identical to its planned one holds the same values.
        for (const [id, doc] of oldDocs)
            if ((0,secrets/* isSecret */.$f)(doc.key) && !(doc.body && doc.body === newDocs.get(id)?.body))
                collectSecret(doc, objects, masked);
    }
    const matcher = (0,ignore/* ignoreMatcher */.NJ)(options.ignore ?? [ignore/* CHART_BUMP_RULE */.FJ]);
    const changes = [];
    const added = [];
    const removed = [];
    for (const { before: b, after: a } of pairs) {
        if (b && a) {
            const change = compare(b, a, objects, masked, matcher);
            if (change)
                changes.push(change);
        }
        else if (a)
            added.push(a);
        else if (b)
            removed.push(b);
    }
    const renames = findRenames(removed, added, objects, options.renameThreshold ?? DEFAULT_RENAME_THRESHOLD);
    for (const [b, a] of renames)
        changes.push(compare(b, a, objects, masked, matcher, true));
    const renamed = new Set(renames.flat());
    for (const a of added)
        if (!renamed.has(a))
            changes.push(oneSided(undefined, a, objects, masked));
    for (const b of removed)
        if (!renamed.has(b))
            changes.push(oneSided(b, undefined, objects, masked));
    const changedIds = new Set(changes.flatMap((c) => [(0,documents/* keyId */.xs)(c.key), ...(c.renamedFrom ? [(0,documents/* keyId */.xs)(c.renamedFrom)] : [])]));
    for (const [id, doc] of newDocs) {
        if (changedIds.has(id))
            continue;
        changes.push({
            key: doc.key,
            change: 'unchanged',
            apiVersion: { before: oldDocs.get(id)?.apiVersion ?? doc.apiVersion, after: doc.apiVersion },
            fields: [],
            ...source(doc),
        });
    }
    changes.sort((x, y) => compareKeys(x.key, y.key));
    const counts = countChanges(changes);
    return { objects: changes, counts, changes: changeTotal(counts), notes };
}
/**
 * Both sides as keyed documents. Rendered streams come out in the same order each time, so a deployed
 * document whose text equals the planned one at the same position is that object unchanged: it is not
 * even keyed. The rest are keyed and paired by key.
 */
function documentsOf(before, after, namespace) {
    if (typeof before !== 'string' || typeof after !== 'string')
        return { before: toDocuments(before, namespace), after: toDocuments(after, namespace), identical: new Set() };
    const oldRaw = (0,documents/* rawDocuments */.lK)(before);
    const newRaw = (0,documents/* rawDocuments */.lK)(after);
    const sides = { before: [], after: [], identical: new Set() };
    const matched = new Set();
    newRaw.forEach((raw, i) => {
        const docs = (0,documents/* keyedDocuments */.rj)(raw, namespace);
        sides.after.push(...docs);
        if (docs.length === 1 && docs[0].body && oldRaw[i]?.body === raw.body) {
            sides.identical.add(docs[0].id);
            matched.add(i);
        }
    });
    oldRaw.forEach((raw, i) => {
        if (!matched.has(i))
            sides.before.push(...(0,documents/* keyedDocuments */.rj)(raw, namespace));
    });
    return sides;
}
function changeTotal(c) {
    return c.added + c.changed + c.removed + c.renamed + c.kept;
}
function countChanges(objects) {
    const counts = { added: 0, changed: 0, removed: 0, renamed: 0, kept: 0, unchanged: 0, ignoredObjects: 0, ignored: 0 };
    for (const o of objects) {
        if (o.change === 'ignored')
            counts.ignoredObjects++;
        else
            counts[o.change]++;
        counts.ignored += o.fields.filter((f) => f.ignoredBy).length;
    }
    return counts;
}
function toDocuments(input, namespace) {
    return typeof input === 'string' ? (0,documents/* splitManifest */.yV)(input, namespace) : (0,documents/* objectDocuments */.WE)(input, namespace);
}
function indexDocuments(docs, side, notes) {
    const map = new Map();
    for (const doc of docs) {
        if (map.has(doc.id))
            notes.push(`The ${side} manifest lists ${describe(doc.key)} more than once; the last one is compared.`);
        map.set(doc.id, doc);
    }
    return map;
}
function describe(key) {
    return `${key.kind} ${key.namespace ? `${key.namespace}/` : ''}${key.name}`;
}
/** Stable display order: kind, group, namespace, name (by code unit, not locale: the same everywhere). */
function compareKeys(a, b) {
    return order(a.kind, b.kind) || order(a.group, b.group) || order(a.namespace, b.namespace) || order(a.name, b.name);
}
function order(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function source(doc) {
    return doc.source ? { source: doc.source } : {};
}
/** Parses and normalises documents once each. */
class Objects {
    cache = new Map();
    of(doc) {
        let object = this.cache.get(doc);
        if (!object) {
            const raw = doc.object ?? (0,documents/* parseObjects */.MB)(doc.body, doc.source)[0] ?? {};
            object = (0,normalise/* normaliseObject */.y)(raw, doc.key);
            this.cache.set(doc, object);
        }
        return object;
    }
}
function collectSecret(doc, objects, masked) {
    const scanned = doc.object ? undefined : (0,secrets/* scanSecretData */.MD)(doc.body);
    if (scanned)
        for (const v of scanned.values())
            masked.addEncoded(v);
    else
        masked.addSecret(objects.of(doc));
}
function compare(b, a, objects, masked, matcher, rename = false) {
    const before = objects.of(b);
    const after = objects.of(a);
    // A rename is shown as the differences besides the name.
    const afterCompared = rename ? withName(after, b.key.name) : after;
    const raw = (0,field_diff/* diffFields */.p5)(before, afterCompared).map((f) => {
        const rule = matcher(a.key, f.path);
        return rule ? { ...f, ignoredBy: rule } : f;
    });
    if (!rename && raw.length === 0)
        return undefined;
    const changedSecretPaths = new Set();
    const fields = raw.map((f) => (0,secrets/* redactField */.yM)(f, a.key, masked, changedSecretPaths));
    const ignoredOnly = raw.length > 0 && raw.every((f) => f.ignoredBy);
    const change = rename ? 'renamed' : ignoredOnly ? 'ignored' : 'changed';
    // The text shows what a reviewer must look at: ignored differences are listed apart, not in it.
    const shown = structuredClone(after);
    for (const f of raw)
        if (f.ignoredBy)
            (0,pointer/* setAt */.ef)(shown, f.path, f.before);
    const textDiff = change === 'ignored'
        ? ''
        : (0,text_diff/* unifiedDiff */.WH)(b.key, a.key, toYaml((0,secrets/* maskedView */.Fo)(before, b.key, masked)), toYaml((0,secrets/* maskedView */.Fo)(shown, a.key, masked, changedSecretPaths)));
    return {
        key: a.key,
        change,
        apiVersion: { before: b.apiVersion, after: a.apiVersion },
        ...(rename ? { renamedFrom: b.key } : {}),
        fields,
        ...(textDiff ? { textDiff } : {}),
        ...((0,secrets/* isSecret */.$f)(a.key) ? { secret: (0,secrets/* secretChange */.vn)(before, after) } : {}),
        ...source(a),
    };
}
function oneSided(b, a, objects, masked) {
    const doc = (a ?? b);
    const object = objects.of(doc);
    const text = toYaml((0,secrets/* maskedView */.Fo)(object, doc.key, masked));
    const kept = !a && keepPolicy(object);
    return {
        key: doc.key,
        change: a ? 'added' : kept ? 'kept' : 'removed',
        apiVersion: a ? { after: a.apiVersion } : { before: doc.apiVersion },
        fields: [],
        textDiff: a ? (0,text_diff/* unifiedDiff */.WH)(undefined, a.key, '', text) : (0,text_diff/* unifiedDiff */.WH)(doc.key, undefined, text, ''),
        ...((0,secrets/* isSecret */.$f)(doc.key) ? { secret: a ? (0,secrets/* secretChange */.vn)(undefined, object) : (0,secrets/* secretChange */.vn)(object, undefined) } : {}),
        ...source(doc),
    };
}
function keepPolicy(object) {
    const annotations = (0,field_diff/* isMap */.jh)(object.metadata) && (0,field_diff/* isMap */.jh)(object.metadata.annotations) ? object.metadata.annotations : {};
    return annotations[KEEP_POLICY] === 'keep';
}
function withName(object, name) {
    return { ...object, metadata: { ...((0,field_diff/* isMap */.jh)(object.metadata) ? object.metadata : {}), name } };
}
/** Pairs of (removed, added) of the same group, kind and namespace whose content (name aside) is near-identical. */
function findRenames(removed, added, objects, threshold) {
    const kindOf = (d) => `${d.key.group}\u0000${d.key.kind}\u0000${d.key.namespace}`;
    const out = [];
    for (const kind of new Set(removed.map(kindOf))) {
        const olds = removed.filter((d) => kindOf(d) === kind);
        const news = added.filter((d) => kindOf(d) === kind);
        if (news.length === 0 || olds.length * news.length > MAX_RENAME_PAIRS)
            continue;
        const texts = new Map();
        const text = (d) => texts.get(d) ?? texts.set(d, toYaml(withName(objects.of(d), ''))).get(d);
        const candidates = olds.flatMap((o) => news.map((n) => ({ o, n, score: (0,text_diff/* similarity */.k8)(text(o), text(n)) }))).filter((c) => c.score >= threshold);
        candidates.sort((x, y) => y.score - x.score || compareKeys(x.n.key, y.n.key));
        const used = new Set();
        for (const c of candidates) {
            if (used.has(c.o) || used.has(c.n))
                continue;
            used.add(c.o).add(c.n);
            out.push([c.o, c.n]);
        }
    }
    return out;
}


/***/ }),

/***/ 73967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xs: () => (/* binding */ keyId),
  rj: () => (/* binding */ keyedDocuments),
  WE: () => (/* binding */ objectDocuments),
  MB: () => (/* binding */ parseObjects),
  lK: () => (/* binding */ rawDocuments),
  yV: () => (/* binding */ splitManifest)
});

// UNUSED EXPORTS: groupOf, scanKey

// EXTERNAL MODULE: ./src/plan/errors.ts
var errors = __webpack_require__(99516);
;// CONCATENATED MODULE: ./src/plan/scope.ts
/**
 * Kinds without a namespace. A rendered object of a namespaced kind without `metadata.namespace`
 * lands in the release namespace, so its key is filled in with it; a cluster-scoped one keeps ''.
 * The list holds the built-in kinds and those of the charts the toolkit installs (cert-manager,
 * Karpenter, KEDA, Envoy Gateway); an unknown kind is taken as namespaced, as most CRDs are.
 */
const CLUSTER_SCOPED = new Set([
    'APIService',
    'CSIDriver',
    'CSINode',
    'CertificateSigningRequest',
    'ClusterRole',
    'ClusterRoleBinding',
    'ComponentStatus',
    'CustomResourceDefinition',
    'FlowSchema',
    'IngressClass',
    'MutatingAdmissionPolicy',
    'MutatingAdmissionPolicyBinding',
    'MutatingWebhookConfiguration',
    'Namespace',
    'Node',
    'PersistentVolume',
    'PriorityClass',
    'PriorityLevelConfiguration',
    'RuntimeClass',
    'StorageClass',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'ValidatingWebhookConfiguration',
    'VolumeAttachment',
    'VolumeAttributesClass',
    // cert-manager, Karpenter, KEDA, Envoy Gateway / Gateway API, Argo Workflows
    'ClusterIssuer',
    'EC2NodeClass',
    'NodePool',
    'NodeClaim',
    'ClusterTriggerAuthentication',
    'GatewayClass',
    'ClusterWorkflowTemplate',
]);
function isClusterScoped(kind) {
    return CLUSTER_SCOPED.has(kind);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/plan/yaml-read.ts
/**
 * Reads one rendered document into plain values, fast. A diff parses every document whose text
 * changed, so parsing is its cost; the yaml package's full parse builds a Document (nodes, ranges,
 * comments) only to convert it to plain values. Here the yaml package's own parser produces its
 * concrete syntax tree and scalars are resolved with its `CST.resolveAsScalar` and the YAML 1.2 core
 * schema (null, bool, int, float — as `parse` resolves them): about half the time, a third of it cold.
 * Anything this reader does not handle (anchors, aliases, tags, explicit keys, directives, several
 * documents, a duplicate key, a syntax error) goes to the yaml package's full `parse`, which decides.
 */

/** Thrown inside the fast path for what it leaves to the full parse. */
class NotPlain extends Error {
}
function readYaml(text) {
    try {
        return readFast(text);
    }
    catch (err) {
        if (!(err instanceof NotPlain))
            throw err;
        return (0,dist/* parse */.qg)(text, { prettyErrors: false });
    }
}
function readFast(text) {
    let value = null;
    let documents = 0;
    for (const token of new dist/* Parser */.iX().parse(text)) {
        if (token.type === 'document') {
            if (++documents > 1)
                throw new NotPlain();
            props(token.start);
            value = token.value ? node(token.value) : null;
            if (token.end)
                props(token.end);
        }
        else if (token.type !== 'comment' && token.type !== 'newline' && token.type !== 'space' && token.type !== 'doc-end' && token.type !== 'byte-order-mark')
            throw new NotPlain();
    }
    return value;
}
/** Source tokens around a node: an anchor, a tag or an explicit key is left to the full parse. */
function props(tokens) {
    if (!tokens)
        return;
    for (const t of tokens)
        if (t.type === 'anchor' || t.type === 'tag' || t.type === 'explicit-key-ind' || t.type === 'flow-error-end')
            throw new NotPlain();
}
function node(token) {
    if (!token)
        return null;
    switch (token.type) {
        case 'block-map':
            if (token.items.some((item) => !item.sep?.some((t) => t.type === 'map-value-ind')))
                throw new NotPlain();
            return map(token.items);
        case 'block-seq':
            return token.items.map((item) => {
                props(item.start);
                return node(item.value);
            });
        case 'flow-collection':
            // An unclosed bracket has no end token here; the full parse reports it.
            if (!token.end.some((t) => t.type === 'flow-map-end' || t.type === 'flow-seq-end'))
                throw new NotPlain();
            if (token.start.source === '{')
                return map(token.items);
            return token.items.map((item) => {
                if (item.key !== undefined || item.sep?.some((t) => t.type === 'map-value-ind'))
                    throw new NotPlain();
                props(item.start);
                return node(item.value);
            });
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            return scalar(token);
        default:
            throw new NotPlain();
    }
}
function map(items) {
    const out = {};
    for (const item of items) {
        props(item.start);
        props(item.sep);
        if (!item.key || !isScalarToken(item.key))
            throw new NotPlain();
        const key = keyText(scalar(item.key));
        if (key === '__proto__' || Object.hasOwn(out, key))
            throw new NotPlain();
        out[key] = node(item.value);
    }
    return out;
}
function isScalarToken(token) {
    return token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar' || token.type === 'block-scalar';
}
/** A scalar key as the full parse turns it into an object key. */
function keyText(value) {
    return value === null ? '' : String(value);
}
function scalar(token) {
    if (token.type === 'block-scalar')
        props(token.props.filter((t) => 'source' in t && t.type !== 'block-scalar-header'));
    if ('end' in token && Array.isArray(token.end))
        props(token.end);
    const resolved = dist/* CST */.DB.resolveAsScalar(token, true, () => {
        throw new NotPlain();
    });
    if (!resolved)
        throw new NotPlain();
    return resolved.type === 'PLAIN' ? plain(resolved.value) : resolved.value;
}
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INF_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** A plain scalar by the YAML 1.2 core schema, in the yaml package's order of tags. */
function plain(text) {
    if (NULL.test(text))
        return null;
    if (BOOL.test(text))
        return text[0] === 't' || text[0] === 'T';
    if (OCT.test(text))
        return parseInt(text.slice(2), 8);
    if (INT.test(text))
        return parseInt(text, 10);
    if (HEX.test(text))
        return parseInt(text.slice(2), 16);
    if (INF_NAN.test(text))
        return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity;
    if (FLOAT.test(text))
        return parseFloat(text);
    return text;
}

;// CONCATENATED MODULE: ./src/plan/documents.ts
/**
 * A rendered manifest stream, split into documents without parsing them. Parsing YAML is the cost of
 * a diff (seconds for a large render), and most documents are byte-identical on both sides, so each
 * document is keyed by a targeted scan of its top-level `apiVersion`, `kind` and `metadata.name` /
 * `namespace` lines; only documents whose text differs are parsed. A document the scan cannot key
 * with certainty (flow style, anchors, escapes, a List) is parsed in full.
 */



function keyId(key) {
    return `${key.group}\u0000${key.kind}\u0000${key.namespace}\u0000${key.name}`;
}
function groupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
/** The documents of a multi-document stream (`---` separated), each keyed; empty documents dropped. */
function splitManifest(text, defaultNamespace) {
    return rawDocuments(text).flatMap((raw) => keyedDocuments(raw, defaultNamespace));
}
/** One document's objects, keyed by line scan when certain, else parsed (a List gives its items). */
function keyedDocuments({ body, source }, defaultNamespace) {
    const scanned = scanKey(body);
    if (scanned) {
        const key = objectKey(scanned.apiVersion, scanned.kind, scanned.namespace, scanned.name, defaultNamespace);
        return [{ key, id: keyId(key), apiVersion: scanned.apiVersion, body, ...(source ? { source } : {}) }];
    }
    const objects = parseObjects(body, source);
    return objects.map((object) => documentOf(object, objects.length === 1 ? body : '', source, defaultNamespace));
}
/** Parsed objects (already objects, e.g. from an API read) as documents. */
function objectDocuments(objects, defaultNamespace) {
    return objects.flatMap((o) => expandList(o)).map((o) => documentOf(o, '', undefined, defaultNamespace));
}
/** `body` is '' when there is no text of this object alone (a List's item, an object read from the API). */
function documentOf(object, body, source, defaultNamespace) {
    const meta = (object.metadata ?? {});
    const apiVersion = String(object.apiVersion ?? '');
    const key = objectKey(apiVersion, String(object.kind ?? ''), stringOr(meta.namespace), String(meta.name ?? ''), defaultNamespace);
    return { key, id: keyId(key), apiVersion, body, object, ...(source ? { source } : {}) };
}
function objectKey(apiVersion, kind, namespace, name, defaultNamespace) {
    const cluster = isClusterScoped(kind);
    return { group: groupOf(apiVersion), kind, namespace: cluster ? '' : namespace || defaultNamespace, name };
}
function stringOr(value) {
    return typeof value === 'string' && value ? value : undefined;
}
const SPACE = 32;
const DASH = 45;
const DOT = 46;
const TAB = 9;
const HASH = 35;
const CR = 13;
const SOURCE = '# Source:';
const TOP_FIELDS = ['apiVersion', 'kind', 'metadata'];
const META_FIELDS = ['name', 'namespace'];
/**
 * The stream's documents without reading every line: each ends at the next marker line (`---` or
 * `...`, found with indexOf); only its leading comments (helm's `# Source:`) are read.
 */
function rawDocuments(text) {
    const docs = [];
    const markers = new MarkerFinder(text);
    for (let start = markers.startOfFirstDocument(); start <= text.length;) {
        const end = markers.next(start);
        const doc = rawDocument(text, start, end);
        if (doc)
            docs.push(doc);
        start = markers.after(end);
    }
    return docs;
}
/** Finds marker lines: `---` or `...` at the start of a line, alone or followed by a space or a comment. */
class MarkerFinder {
    text;
    /** Per token, the last occurrence found (or -1: none after it), so the text is searched once. */
    found = new Map();
    constructor(text) {
        this.text = text;
    }
    /** 0, or past a marker on the very first line. */
    startOfFirstDocument() {
        return this.isMarkerAt(0) ? this.after(0) : 0;
    }
    /** The offset of the next marker line at or after `from` (its line start), or the text's length. */
    next(from) {
        let best = this.text.length;
        for (const token of ['\n---', '\n...']) {
            for (let i = this.occurrence(token, from - 1); i >= 0 && i + 1 < best; i = this.occurrence(token, i + 1)) {
                if (this.isMarkerAt(i + 1)) {
                    best = i + 1;
                    break;
                }
            }
        }
        return best;
    }
    occurrence(token, from) {
        const known = this.found.get(token);
        if (known !== undefined && (known < 0 || known >= from))
            return known < 0 ? -1 : known;
        const at = this.text.indexOf(token, Math.max(0, from));
        this.found.set(token, at);
        return at;
    }
    /** The start of the line after the marker line at `at`. */
    after(at) {
        const nl = this.text.indexOf('\n', at);
        return nl < 0 ? this.text.length + 1 : nl + 1;
    }
    isMarkerAt(at) {
        const t = this.text;
        const dash = t.charCodeAt(at);
        if ((dash !== DASH && dash !== DOT) || t.charCodeAt(at + 1) !== dash || t.charCodeAt(at + 2) !== dash)
            return false;
        const c = t.charCodeAt(at + 3);
        return Number.isNaN(c) || c === 10 || c === CR || c === SPACE || c === TAB;
    }
}
/** The body between leading comments and trailing whitespace, or undefined for a document of comments only. */
function rawDocument(text, from, to) {
    let source;
    for (let start = from; start < to;) {
        let end = text.indexOf('\n', start);
        if (end < 0 || end > to)
            end = to;
        let indent = 0;
        while (start + indent < end && isSpace(text.charCodeAt(start + indent)) && text.charCodeAt(start + indent) !== 10)
            indent++;
        const first = text.charCodeAt(start + indent);
        if (start + indent < end && first !== HASH) {
            let last = to;
            while (last > start && isSpace(text.charCodeAt(last - 1)))
                last--;
            return { body: text.slice(start, last), ...(source ? { source } : {}) };
        }
        if (first === HASH && text.startsWith(SOURCE, start + indent))
            source = text.slice(start + indent + SOURCE.length, end).trim();
        start = end + 1;
    }
    return undefined;
}
/**
 * The key by reading only the lines up to it: top-level `apiVersion:`, `kind:`, `metadata:` and the
 * direct `name:`/`namespace:` children of `metadata:`; undefined when anything is unusual.
 */
function scanKey(body) {
    const doc = newDocumentState();
    for (let start = 0; start < body.length && !doc.done;) {
        let end = body.indexOf('\n', start);
        if (end < 0)
            end = body.length;
        let indent = 0;
        while (start + indent < end && body.charCodeAt(start + indent) === SPACE)
            indent++;
        const first = body.charCodeAt(start + indent);
        const blank = start + indent >= end || (first === CR && start + indent + 1 === end);
        if (!blank && first !== HASH) {
            if (first === TAB)
                return undefined;
            if (indent === 0)
                topLevelLine(doc, body, start, end);
            else if (doc.inMetadata)
                metadataLine(doc, body, start + indent, end, indent);
        }
        start = end + 1;
    }
    return doc.unsure ? undefined : keyOf(doc);
}
function newDocumentState() {
    return { top: {}, meta: {}, inMetadata: false, metadataIndent: -1, unsure: false, done: false };
}
function isSpace(c) {
    return c === SPACE || c === 10 || c === CR || c === TAB;
}
function topLevelLine(doc, text, start, end) {
    doc.inMetadata = false;
    if (doc.top.apiVersion !== undefined && doc.top.kind !== undefined && doc.top.metadata !== undefined) {
        doc.done = true;
        return;
    }
    for (const field of TOP_FIELDS) {
        if (!text.startsWith(field, start) || text.charCodeAt(start + field.length) !== 58)
            continue;
        if (doc.top[field] !== undefined)
            doc.unsure = true;
        const value = text.slice(start + field.length + 1, end).trim();
        doc.top[field] = value;
        if (field === 'metadata')
            doc.inMetadata = value === '';
        return;
    }
}
function metadataLine(doc, text, at, end, indent) {
    if (doc.metadataIndent < 0)
        doc.metadataIndent = indent;
    if (indent < doc.metadataIndent)
        doc.unsure = true;
    if (indent !== doc.metadataIndent)
        return;
    for (const field of META_FIELDS) {
        if (!text.startsWith(field, at) || text.charCodeAt(at + field.length) !== 58)
            continue;
        if (doc.meta[field] !== undefined)
            doc.unsure = true;
        doc.meta[field] = text.slice(at + field.length + 1, end).trim();
        return;
    }
}
function keyOf(doc) {
    const apiVersion = documents_scalar(doc.top.apiVersion);
    const kind = documents_scalar(doc.top.kind);
    const name = documents_scalar(doc.meta.name);
    if (!apiVersion || !kind || !name || doc.top.metadata !== '' || kind.endsWith('List'))
        return undefined;
    if (doc.meta.namespace === undefined)
        return { apiVersion, kind, name };
    const namespace = documents_scalar(doc.meta.namespace);
    return namespace ? { apiVersion, kind, name, namespace } : undefined;
}
/** A plain scalar that cannot be read two ways (no quotes, flow, anchor, tag, comment or escape). */
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9._/:@+-]*$/;
function documents_scalar(text) {
    if (text === undefined)
        return undefined;
    if (PLAIN.test(text))
        return text;
    const quoted = /^"([A-Za-z0-9._/:@+-]+)"$|^'([A-Za-z0-9._/:@+-]+)'$/.exec(text);
    return quoted ? (quoted[1] ?? quoted[2]) : undefined;
}
/** The objects of one document, Lists expanded. */
function parseObjects(body, source) {
    let value;
    try {
        value = readYaml(body);
    }
    catch (err) {
        throw new errors/* PlanError */.W('manifest', `A rendered document${source ? ` (${source})` : ''} is not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`, 'Render the chart with helm template and look at that document; helm itself accepted it, so report this with the chart.');
    }
    if (value === null || value === undefined)
        return [];
    if (typeof value !== 'object' || Array.isArray(value))
        throw new errors/* PlanError */.W('manifest', `A rendered document${source ? ` (${source})` : ''} is not a Kubernetes object (a map).`, 'Check the chart template.');
    return expandList(value);
}
/** `kind: List` (and `…List` kinds with `items`) become their items, as kubectl and the API server treat them. */
function expandList(object) {
    const kind = typeof object.kind === 'string' ? object.kind : '';
    if (!kind.endsWith('List') || !Array.isArray(object.items))
        return [object];
    return object.items.flatMap((item) => (item && typeof item === 'object' && !Array.isArray(item) ? expandList(item) : []));
}


/***/ }),

/***/ 99516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ PlanError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/** Failures of planning: rendering, reading the release, understanding a manifest or an ignore rule. */

class PlanError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChalkError */ .E {
    origin;
    boundary = 'plan';
    constructor(kind, message, fix, 
    /** Where in the user's files the failure points, when it can be located. */
    origin) {
        super(kind, message, fix);
        this.origin = origin;
    }
}


/***/ }),

/***/ 44103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ deepEqual),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   p5: () => (/* binding */ diffFields)
/* harmony export */ });
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78970);
/**
 * Field-level differences between two normalised objects, as JSON pointers with before/after.
 * Maps compare key by key (so key order never matters). Lists of items that each have a unique
 * `name` (containers, env, ports, volumes — Kubernetes' merge key) are matched by name, so adding
 * one env var is one change, not a cascade over every later index; a reordering of such a list is
 * one change of the whole list. Other lists of maps compare index by index; lists of scalars whole.
 */

function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a))
        return Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
    if (isMap(a)) {
        if (!isMap(b))
            return false;
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(b).length)
            return false;
        return ka.every((k) => k in b && deepEqual(a[k], b[k]));
    }
    return false;
}
function diffFields(before, after) {
    const out = [];
    walk(before, after, [], out);
    return out;
}
function walk(before, after, path, out) {
    if (isMap(before) && isMap(after)) {
        for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
            const b = before[key];
            const a = after[key];
            if (b === undefined)
                out.push({ path: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .pointer */ .Wn)([...path, key]), after: a });
            else if (a === undefined)
                out.push({ path: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .pointer */ .Wn)([...path, key]), before: b });
            else
                walk(b, a, [...path, key], out);
        }
        return;
    }
    if (Array.isArray(before) && Array.isArray(after)) {
        walkList(before, after, path, out);
        return;
    }
    if (!deepEqual(before, after))
        out.push({ path: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .pointer */ .Wn)(path), before, after });
}
function walkList(before, after, path, out) {
    if (deepEqual(before, after))
        return;
    const namesBefore = itemNames(before);
    const namesAfter = itemNames(after);
    if (namesBefore && namesAfter) {
        const common = namesAfter.filter((n) => namesBefore.includes(n));
        const orderBefore = namesBefore.filter((n) => common.includes(n));
        if (orderBefore.join('\u0000') !== common.join('\u0000')) {
            out.push({ path: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .pointer */ .Wn)(path), before, after });
            return;
        }
        namesBefore.forEach((name, i) => {
            if (!namesAfter.includes(name))
                out.push({ path: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .pointer */ .Wn)([...path, i]), before: before[i] });
        });
        namesAfter.forEach((name, i) => {
            const j = namesBefore.indexOf(name);
            if (j < 0)
                out.push({ path: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .pointer */ .Wn)([...path, i]), after: after[i] });
            else
                walk(before[j], after[i], [...path, i], out);
        });
        return;
    }
    if (!before.some(isMap) && !after.some(isMap)) {
        out.push({ path: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .pointer */ .Wn)(path), before, after });
        return;
    }
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
        if (i >= after.length)
            out.push({ path: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .pointer */ .Wn)([...path, i]), before: before[i] });
        else if (i >= before.length)
            out.push({ path: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .pointer */ .Wn)([...path, i]), after: after[i] });
        else
            walk(before[i], after[i], [...path, i], out);
    }
}
/** The `name` of every item, when every item is a map with a string name and no name repeats. */
function itemNames(list) {
    if (list.length === 0)
        return [];
    const names = [];
    for (const item of list) {
        if (!isMap(item) || typeof item.name !== 'string')
            return undefined;
        names.push(item.name);
    }
    return new Set(names).size === names.length ? names : undefined;
}


/***/ }),

/***/ 66405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FJ: () => (/* binding */ CHART_BUMP_RULE),
/* harmony export */   NJ: () => (/* binding */ ignoreMatcher),
/* harmony export */   R0: () => (/* binding */ parseIgnoreRules)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99516);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78970);
/**
 * Ignore rules: differences that are expected and not worth a review, kept visible but apart.
 * A rule is a list of JSON pointers and an optional target (group, kind, name, namespace), the shape
 * of Flux's `driftDetection.ignore` (`paths` + `target`); Argo CD's `ignoreDifferences` entries
 * (`group`, `kind`, `name`, `namespace`, `jsonPointers`) are read too. A pointer matches its own path
 * and everything under it; a segment `*` matches any one segment, `**` any number, and `*` inside a
 * segment any text (`checksum~1*`).
 */


/**
 * What a chart version bump changes everywhere without changing anything that runs: the chart label,
 * the app version label, and `checksum/*` annotations (which change when any value does and roll pods
 * for a reason that shows as its own change).
 */
const CHART_BUMP_RULE = {
    name: 'chart-bump',
    paths: ['/**/labels/helm.sh~1chart', '/**/labels/app.kubernetes.io~1version', '/**/annotations/checksum~1*'],
};
/** The name of the first rule matching a difference at `path` of the object `key`, or undefined. */
function ignoreMatcher(rules) {
    const compiled = rules.map((rule) => ({ rule, patterns: rule.paths.map(compilePattern) }));
    return (key, path) => {
        const segments = (0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .segmentsOf */ .OD)(path);
        for (const { rule, patterns } of compiled) {
            if (rule.target && !targets(rule.target, key))
                continue;
            if (patterns.some((p) => matchesUnder(p, segments)))
                return rule.name;
        }
        return undefined;
    };
}
function targets(target, key) {
    return ((target.group === undefined || target.group === key.group) &&
        (target.kind === undefined || target.kind === key.kind) &&
        (target.name === undefined || target.name === key.name) &&
        (target.namespace === undefined || target.namespace === key.namespace));
}
function compilePattern(path) {
    return (0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .segmentsOf */ .OD)(path).map((s) => (s === '**' || s === '*' || !s.includes('*') ? s : new RegExp(`^${s.split('*').map(escapeRegExp).join('.*')}$`)));
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The pattern matches a prefix of `segments` (a rule on a map covers every field in it). */
function matchesUnder(pattern, segments) {
    const match = (p, s) => {
        if (p === pattern.length)
            return true;
        const part = pattern[p];
        if (part === '**') {
            for (let k = s; k <= segments.length; k++)
                if (match(p + 1, k))
                    return true;
            return false;
        }
        if (s === segments.length)
            return false;
        const seg = segments[s];
        const ok = part === '*' || (typeof part === 'string' ? part === seg : part.test(seg));
        return ok && match(p + 1, s + 1);
    };
    return match(0, 0);
}
/**
 * Rules from the `ignore` input (already parsed from YAML): a list of Flux- or Argo-shaped entries.
 * Anything else is an error naming the entry, never a rule that silently matches nothing.
 */
function parseIgnoreRules(value) {
    if (value === null || value === undefined)
        return [];
    if (!Array.isArray(value))
        throw ruleError('the ignore rules must be a YAML list of entries with `paths` (JSON pointers) and an optional `target`.');
    return value.map((entry, i) => {
        const where = `ignore[${i}]`;
        if (!entry || typeof entry !== 'object' || Array.isArray(entry))
            throw ruleError(`${where} is not a map.`);
        const e = entry;
        const known = ['name', 'paths', 'jsonPointers', 'target', 'group', 'kind', 'namespace'];
        const unknown = Object.keys(e).filter((k) => !known.includes(k));
        if (unknown.length)
            throw ruleError(`${where} has unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: paths or jsonPointers, target, name, group, kind, namespace).`);
        const paths = e.paths ?? e.jsonPointers;
        if (!Array.isArray(paths) || paths.length === 0 || !paths.every((p) => typeof p === 'string'))
            throw ruleError(`${where} needs \`paths\` (or Argo's \`jsonPointers\`): a list of JSON pointers such as /spec/replicas.`);
        for (const p of paths) {
            if (!p.startsWith('/'))
                throw ruleError(`${where}: "${p}" is not a JSON pointer; it must start with / (e.g. /spec/replicas).`);
        }
        const targetFields = e.target ?? pick(e, ['group', 'kind', 'namespace']);
        const target = parseTarget(targetFields, where, e.target === undefined ? e.name : undefined);
        // Argo's entries name the object with `name`; with a Flux `target`, `name` is the rule's own name.
        const ruleName = e.target !== undefined && typeof e.name === 'string' ? e.name : where;
        return { name: ruleName, paths: paths, ...(target ? { target } : {}) };
    });
}
function pick(e, fields) {
    const out = Object.fromEntries(fields.filter((f) => e[f] !== undefined).map((f) => [f, e[f]]));
    return Object.keys(out).length ? out : undefined;
}
function parseTarget(value, where, argoName) {
    if (value === undefined && argoName === undefined)
        return undefined;
    if (value !== undefined && (!value || typeof value !== 'object' || Array.isArray(value)))
        throw ruleError(`${where}.target is not a map.`);
    const t = { ...(value ?? {}), ...(argoName !== undefined ? { name: argoName } : {}) };
    const out = {};
    for (const [k, v] of Object.entries(t)) {
        if (!['group', 'kind', 'name', 'namespace'].includes(k))
            throw ruleError(`${where}.target has an unknown field ${k} (known: group, kind, name, namespace; the API version is not part of a target).`);
        if (typeof v !== 'string')
            throw ruleError(`${where}.target.${k} must be text.`);
        out[k] = v;
    }
    return out;
}
function ruleError(message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlanError */ .W('ignore-rule', `Ignore rules: ${message}`, 'See the `ignore` input in the render-and-diff README for the rule format.');
}


/***/ }),

/***/ 39149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ canonical),
/* harmony export */   y: () => (/* binding */ normaliseObject)
/* harmony export */ });
/* harmony import */ var _field_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44103);

const FIRST_KEYS = ['apiVersion', 'kind', 'metadata'];
/** The object in canonical form (a new value; the input is not changed). */
function normaliseObject(object, key) {
    const copy = canonical(object);
    if (key.namespace && (0,_field_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(copy.metadata) && !copy.metadata.namespace)
        copy.metadata = canonical({ ...copy.metadata, namespace: key.namespace });
    if (key.group === '' && key.kind === 'Secret')
        mergeStringData(copy);
    const ordered = {};
    for (const k of FIRST_KEYS)
        if (k in copy)
            ordered[k] = copy[k];
    for (const k of Object.keys(copy))
        if (!FIRST_KEYS.includes(k))
            ordered[k] = copy[k];
    return ordered;
}
/** Maps with sorted keys (`name` first, as Kubernetes lists it) and without null values, recursively; lists keep their order. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (!(0,_field_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value))
        return value;
    const out = {};
    for (const k of Object.keys(value).sort(byKey)) {
        const v = value[k];
        if (v !== null && v !== undefined)
            out[k] = canonical(v);
    }
    return out;
}
function byKey(a, b) {
    return a === 'name' ? -1 : b === 'name' ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
/**
 * `stringData` wins over `data` for the same key, as on the API server; every value ends up as
 * canonical base64 (so `YQ==` and a wrapped `Y\nQ==` compare equal). A value that is not base64 is
 * left as written, which the API server would refuse anyway.
 */
function mergeStringData(secret) {
    const data = (0,_field_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(secret.data) ? { ...secret.data } : {};
    for (const [k, v] of Object.entries(data))
        if (typeof v === 'string')
            data[k] = canonicalBase64(v);
    if ((0,_field_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(secret.stringData))
        for (const [k, v] of Object.entries(secret.stringData))
            data[k] = Buffer.from(String(v), 'utf8').toString('base64');
    delete secret.stringData;
    if (Object.keys(data).length)
        secret.data = canonical(data);
    else
        delete secret.data;
}
const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;
function canonicalBase64(text) {
    if (!BASE64.test(text))
        return text;
    return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('base64');
}


/***/ }),

/***/ 78970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OD: () => (/* binding */ segmentsOf),
/* harmony export */   Wn: () => (/* binding */ pointer),
/* harmony export */   ef: () => (/* binding */ setAt),
/* harmony export */   pv: () => (/* binding */ escapeSegment)
/* harmony export */ });
/* unused harmony export unescapeSegment */
/** JSON pointers (RFC 6901): `/metadata/labels/helm.sh~1chart`. */
function escapeSegment(segment) {
    return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
function unescapeSegment(segment) {
    return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
function pointer(segments) {
    return segments.map((s) => `/${escapeSegment(String(s))}`).join('');
}
/** The segments of a pointer; throws on text that is not one. */
function segmentsOf(path) {
    if (path === '')
        return [];
    if (!path.startsWith('/'))
        throw new Error(`"${path}" is not a JSON pointer: it must start with /`);
    return path.slice(1).split('/').map(unescapeSegment);
}
function isContainer(value) {
    return typeof value === 'object' && value !== null;
}
/** Sets (or, with `value` undefined, deletes a map entry) the value at `path` in place; false when it cannot. */
function setAt(root, path, value) {
    const segments = segmentsOf(path);
    const last = segments.pop();
    if (last === undefined)
        return false;
    let node = root;
    for (const s of segments) {
        if (!isContainer(node))
            return false;
        node = Array.isArray(node) ? node[Number(s)] : node[s];
    }
    if (!isContainer(node))
        return false;
    if (Array.isArray(node)) {
        const index = Number(last);
        // Array items are only replaced: removing one would shift the indexes later paths name.
        if (value === undefined || !Number.isInteger(index) || index < 0 || index >= node.length)
            return false;
        node[index] = value;
        return true;
    }
    if (value === undefined)
        delete node[last];
    else
        node[last] = value;
    return true;
}


/***/ }),

/***/ 30031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ renderOnServer),
/* harmony export */   D0: () => (/* binding */ chartCrds),
/* harmony export */   FC: () => (/* binding */ fetchChart),
/* harmony export */   Ns: () => (/* binding */ digestDescription),
/* harmony export */   OM: () => (/* binding */ readDeployedRelease),
/* harmony export */   Zy: () => (/* binding */ applyMethodName),
/* harmony export */   hy: () => (/* binding */ ClusterUnreachableError),
/* harmony export */   k5: () => (/* binding */ renderOffline)
/* harmony export */ });
/* unused harmony export digestFromDescription */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38815);
/* harmony import */ var _helm_chart_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90564);
/* harmony import */ var _helm_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74057);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65655);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(99516);
/**
 * The helm verbs a plan needs, over the shared HelmClient: fetch the chart once (its digest), render
 * it offline (`helm template`) or against the cluster (`helm upgrade --install --dry-run=server`, so
 * `lookup` sees what exists), and read the deployed release (manifest, metadata, history). helm prints
 * `Pulled:`/`Digest:` on stdout or stderr depending on the major and the verb; both are searched.
 */









/** Pulls an OCI or repository chart into a fresh directory under `workDir` (a local chart is used in place). */
async function fetchChart(helm, request, workDir, options) {
    const { ref, version, digest } = request;
    if (digest && !/^sha256:[0-9a-f]{64}$/.test(digest))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .PlanError */ .W('input', `The digest "${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(digest)}" is not sha256:<64 hex digits>.`, 'Copy the digest helm prints after `Digest:` when it pulls the chart.');
    const oci = ref.startsWith('oci://');
    if (!oci && !request.repoUrl) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(ref))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .PlanError */ .W('chart', `The chart ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(ref)} is neither oci://…, a chart in repo-url, nor an existing local path.`, 'Give oci://<registry>/<path>/<chart>, a chart directory or .tgz in the repository, or a chart name with repo-url.');
        if (digest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .PlanError */ .W('input', 'A digest pins an OCI or repository chart; a local chart has none.', 'Leave digest empty for a local chart.');
        return { path: ref, ...(await chartMetadata(helm, ref, options)) };
    }
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(workDir, 'chart-'));
    const args = ['pull'];
    if (oci)
        args.push(digest ? `${ref.replace(/@sha256:[0-9a-f]+$/, '')}@${digest}` : ref);
    else
        args.push(ref, '--repo', request.repoUrl);
    if (version && !(oci && digest))
        args.push('--version', version);
    // An OCI chart is expanded, so its Chart.yaml is read here rather than by one more helm process; a
    // repository chart stays an archive, whose bytes are its digest.
    args.push('--destination', dir, ...(oci ? ['--untar'] : []));
    if (options.caFile)
        args.push('--ca-file', options.caFile);
    const pulled = await helm.run(args, { timeoutMs: options.timeoutMs, signal: options.signal }).catch((err) => {
        throw chartError(err, ref);
    });
    const written = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir, { withFileTypes: true })).find((f) => (oci ? f.isDirectory() : f.isFile() && f.name.endsWith('.tgz')));
    if (!written)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .PlanError */ .W('chart', `helm pull ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(ref)} wrote no chart.`, 'Check the chart reference.');
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, written.name);
    const metadata = await chartMetadata(helm, path, options);
    const received = oci
        ? ((0,_helm_chart_js__WEBPACK_IMPORTED_MODULE_5__/* .pulledDigest */ .J3)(pulled.stdout) ?? (0,_helm_chart_js__WEBPACK_IMPORTED_MODULE_5__/* .pulledDigest */ .J3)(pulled.stderr))
        : `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path))
            .digest('hex')}`;
    if (digest && received && received !== digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .PlanError */ .W('chart', `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(ref)} answered with digest ${received}, not the ${digest} asked for.`, 'Check the digest input.');
    if (version && metadata.version !== version.replace(/^v(?=\d)/, '') && metadata.version !== version)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .PlanError */ .W('chart', `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(ref)}${digest ? `@${digest}` : ''} is chart version ${metadata.version}, not ${version}.`, 'Give the version the digest belongs to, or leave one of them empty.');
    return { path, ...metadata, ...(received ? { digest: received } : {}) };
}
/** Chart.yaml of a chart directory is read in place; of an archive, through `helm show chart`. */
async function chartMetadata(helm, path, options) {
    const text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path)).isDirectory() ? await chartYaml(path) : await showChart(helm, path, options);
    // Failsafe: every scalar a string, as helm reads the fields it declares as strings (`version: 1.0` is "1.0").
    const meta = ((0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(text, { schema: 'failsafe' }) ?? {});
    if (typeof meta.name !== 'string' || meta.version === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .PlanError */ .W('chart', `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(path)} has no Chart.yaml name and version.`, 'Check that the path is a helm chart.');
    return { name: meta.name, version: String(meta.version), ...(meta.appVersion !== undefined ? { appVersion: String(meta.appVersion) } : {}) };
}
/** A Chart.yaml is a few hundred bytes; a larger one than this is refused before it is read. */
const MAX_CHART_YAML_BYTES = 5 * 1024 * 1024;
async function chartYaml(dir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'Chart.yaml');
    const size = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file).then((s) => s.size, () => undefined);
    if (size === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .PlanError */ .W('chart', `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(dir)} has no Chart.yaml.`, 'Check that the path is a helm chart.');
    if (size > MAX_CHART_YAML_BYTES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .PlanError */ .W('chart', `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(file)} is ${size} bytes, far more than a chart's metadata.`, 'Check the chart.');
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8');
}
async function showChart(helm, path, options) {
    const shown = await helm.run(['show', 'chart', path], { timeoutMs: options.timeoutMs, signal: options.signal }).catch((err) => {
        throw chartError(err, path);
    });
    return shown.stdout.slice(shown.stdout.search(/^apiVersion:|^name:/m));
}
function chartError(err, ref) {
    if (!(err instanceof _helm_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .HelmError */ .t2))
        return err;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .PlanError */ .W('chart', `helm could not fetch the chart ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(ref)}: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(err.message)}`, err.fix);
}
/** The CRDs in the chart's crds/ directories (its dependencies' included), as helm shows them. */
async function chartCrds(helm, chartPath, options) {
    const shown = await helm.run(['show', 'crds', chartPath], { timeoutMs: options.timeoutMs, signal: options.signal });
    return shown.stdout;
}
function valueArgs(request) {
    return [...request.valuesFiles.flatMap((f) => ['--values', f]), ...request.set.flatMap((s) => ['--set', s])];
}
function contextArgs(options) {
    return options.kubeContext ? ['--kube-context', options.kubeContext] : [];
}
/** `helm template`: no cluster involved (`lookup` finds nothing), hooks and tests left out as `helm get manifest` leaves them out. */
async function renderOffline(helm, request, options) {
    const args = ['template', request.release, request.chartPath, '--namespace', request.namespace, '--no-hooks', '--skip-tests', ...valueArgs(request)];
    if (request.kubeVersion)
        args.push('--kube-version', request.kubeVersion);
    const result = await helm.run(args, { timeoutMs: options.timeoutMs, signal: options.signal });
    return result.stdout;
}
/** `helm upgrade --install --dry-run=server`: the API server validates and `lookup` reads the cluster. */
async function renderOnServer(helm, request, options) {
    const args = [
        'upgrade',
        '--install',
        request.release,
        request.chartPath,
        '--namespace',
        request.namespace,
        '--dry-run=server',
        '--output',
        'json',
        ...valueArgs(request),
        ...contextArgs(options),
    ];
    const result = await helm.run(args, { timeoutMs: options.timeoutMs, signal: options.signal });
    // Helm 4 prints `Pulled:`/`Digest:` before the JSON on stdout.
    const start = result.stdout.search(/^\{/m);
    let release;
    try {
        release = JSON.parse(start < 0 ? '' : result.stdout.slice(start));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .PlanError */ .W('render', 'helm upgrade --dry-run=server printed no JSON release.', 'Run the same helm command by hand and report its output with the helm version.');
    }
    return {
        manifest: typeof release.manifest === 'string' ? release.manifest : '',
        ...(typeof release.apply_method === 'string' ? { applyMethod: release.apply_method } : {}),
    };
}
/** Revisions read to find the deployed one (helm keeps 10 by default). */
const HISTORY_READ = 50;
class ClusterUnreachableError extends _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .PlanError */ .W {
}
/**
 * The deployed release (its newest `deployed` revision: while an upgrade is pending or after one
 * failed, the newest revision is not what runs), or undefined when there is none (first install).
 * A cluster helm cannot reach is a ClusterUnreachableError, which auto mode turns into an offline plan.
 */
async function readDeployedRelease(helm, release, namespace, options) {
    const call = (args) => helm.run([...args, release, '--namespace', namespace, ...contextArgs(options)], { timeoutMs: options.timeoutMs, signal: options.signal });
    let historyText;
    try {
        historyText = (await call(['history', '--output', 'json', '--max', String(HISTORY_READ)])).stdout;
    }
    catch (err) {
        if (err instanceof _helm_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .HelmError */ .t2 && err.kind === 'not-found')
            return undefined;
        if (err instanceof _helm_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .HelmError */ .t2 && (err.kind === 'connection' || /cluster unreachable/i.test(err.message)))
            throw new ClusterUnreachableError('cluster', `helm cannot reach the cluster: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(err.message)}`, 'Check KUBECONFIG (and kube-context), or use mode offline.');
        throw releaseError(err, release, namespace);
    }
    const revisions = JSON.parse(historyText);
    const chosen = revisions.findLast((r) => r.status === 'deployed') ?? revisions.at(-1);
    if (!chosen)
        return undefined;
    const at = ['--revision', String(chosen.revision)];
    const [metadata, manifest] = await Promise.all([call(['get', 'metadata', '--output', 'json', ...at]), call(['get', 'manifest', ...at])]).catch((err) => {
        throw releaseError(err, release, namespace);
    });
    const meta = JSON.parse(metadata.stdout);
    const digest = chosen.description ? digestFromDescription(chosen.description) : undefined;
    return {
        manifest: manifest.stdout,
        revision: chosen.revision,
        status: chosen.status,
        chartName: String(meta.chart ?? ''),
        chartVersion: String(meta.version ?? ''),
        ...(meta.applyMethod ? { applyMethod: meta.applyMethod } : {}),
        ...(digest ? { digest } : {}),
    };
}
function releaseError(err, release, namespace) {
    if (!(err instanceof _helm_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .HelmError */ .t2))
        return err;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .PlanError */ .W('release', `helm cannot read the release ${release} in ${namespace}: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(err.message)}`, err.fix);
}
/**
 * Helm keeps no chart digest in a release, so deploy records it in the revision's description
 * (`helm upgrade --description`), where `helm history` shows it: `chalk-actions: chart digest sha256:…`.
 */
function digestDescription(digest) {
    return `chalk-actions: chart digest ${digest}`;
}
function digestFromDescription(description) {
    return /chart digest (sha256:[0-9a-f]{64})/.exec(description)?.[1];
}
/** `ssa`/`csa` as people say it; a release without one was made by Helm 3 (client-side apply). */
function applyMethodName(method) {
    if (method === 'ssa' || method === 'server-side apply')
        return 'server-side apply';
    return 'client-side apply';
}


/***/ }),

/***/ 93149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ DEFAULT_HELM_TIMEOUT_MS),
  F: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/helm/errors.ts
var helm_errors = __webpack_require__(74057);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/plan/documents.ts + 2 modules
var documents = __webpack_require__(73967);
// EXTERNAL MODULE: ./src/plan/field-diff.ts
var field_diff = __webpack_require__(44103);
// EXTERNAL MODULE: ./src/plan/diff.ts + 1 modules
var plan_diff = __webpack_require__(81594);
// EXTERNAL MODULE: ./src/plan/errors.ts
var plan_errors = __webpack_require__(99516);
// EXTERNAL MODULE: ./src/plan/ignore.ts
var ignore = __webpack_require__(66405);
// EXTERNAL MODULE: ./src/config/merge.ts
var merge = __webpack_require__(28858);
// EXTERNAL MODULE: ./src/config/yaml-file.ts
var yaml_file = __webpack_require__(32434);
;// CONCATENATED MODULE: ./src/plan/locate.ts


/** Dotted paths of at least two segments, not file names. */
const DOTTED = /(?<![\w./-])([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+)(?![\w/-]|\.\w)/g;
const FILE_LIKE = /\.(?:ya?ml|tpl|txt|json|tgz)$/i;
async function locateRenderError(message, files) {
    if (files.length === 0)
        return undefined;
    const loaded = await Promise.all(files.map((f) => (0,yaml_file/* loadYamlFile */.Y3)(f.path, { displayPath: f.display, role: 'values file' })));
    const broken = loaded.flatMap((l) => l.problems).find((p) => p.severity === 'error' && p.origin);
    if (broken)
        return broken.origin;
    const layers = loaded.flatMap((l) => (l.root ? [{ file: l.file, root: l.root }] : []));
    if (layers.length === 0)
        return { file: files[0].display, line: 1, col: 1 };
    const merged = (0,merge/* mergeValues */.D)(layers);
    let best;
    for (const [, dotted] of message.matchAll(DOTTED)) {
        if (!dotted || FILE_LIKE.test(dotted))
            continue;
        const found = deepest(merged.root, dotted.split('.'));
        if (found && (!best || found.depth > best.depth))
            best = found;
    }
    return best?.origin ?? { file: files[0].display, line: 1, col: 1 };
}
/** The value at `path`, else the key of its deepest existing ancestor (at least the first segment), with how deep it is. */
function deepest(root, path) {
    let node = root;
    let found;
    for (const [i, segment] of path.entries()) {
        const entry = node.kind === 'map' ? node.entries.get(segment) : undefined;
        if (!entry)
            break;
        found = { origin: i === path.length - 1 ? entry.value.origin : entry.keyOrigin, depth: i + 1 };
        node = entry.value;
    }
    return found;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./src/plan/live-crds.ts




/** Per CRD read: a cluster that accepts the connection and stays silent must not hold the plan. */
const READ_TIMEOUT_MS = 30_000;
async function readLiveCrds(names, kubeContext, signal) {
    const byName = new Map();
    if (names.length === 0)
        return { byName };
    try {
        const k8s = await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 6959));
        const config = new k8s.KubeConfig();
        config.loadFromDefault();
        if (kubeContext)
            config.setCurrentContext(kubeContext);
        const server = config.getCurrentCluster()?.server;
        if (!server)
            throw new Error('the kubeconfig has no current cluster');
        for (const name of names) {
            const crd = await getJson(config, new URL(`/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${encodeURIComponent(name)}`, server), signal);
            if (crd)
                byName.set(name, crd);
        }
        return { byName };
    }
    catch (err) {
        const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
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
async function getJson(config, url, signal) {
    const options = { method: 'GET', headers: { accept: 'application/json' } };
    await config.applyToHTTPSOptions(options);
    const timeout = AbortSignal.timeout(READ_TIMEOUT_MS);
    const abort = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const send = url.protocol === 'http:' ? external_node_http_.request : external_node_https_.request;
    return new Promise((resolve, reject) => {
        const req = send(url, { ...options, signal: abort }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => {
                const body = Buffer.concat(chunks).toString('utf8');
                if (res.statusCode === 404)
                    return resolve(undefined);
                if (res.statusCode === 200)
                    return resolve(JSON.parse(body));
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
function projectOnto(live, desired) {
    if ((0,field_diff/* isMap */.jh)(live) && (0,field_diff/* isMap */.jh)(desired)) {
        const out = {};
        for (const k of Object.keys(desired))
            if (k in live)
                out[k] = projectOnto(live[k], desired[k]);
        return out;
    }
    if (Array.isArray(live) && Array.isArray(desired))
        return live.map((item, i) => (i < desired.length ? projectOnto(item, desired[i]) : item));
    return live;
}
/**
 * The chart's CRDs against the cluster's (projected onto the chart's shape), each flagged: helm
 * will not apply it when this is an upgrade or the cluster already has it.
 */
function diffCrds(desired, live, options) {
    const byName = new Map(desired.map((o) => [String((0,field_diff/* isMap */.jh)(o.metadata) ? o.metadata.name : ''), o]));
    const projected = [...live].filter(([name]) => byName.has(name)).map(([name, object]) => projectOnto(object, byName.get(name)));
    const diff = (0,plan_diff/* diffManifests */.ew)(projected, desired, { namespace: '', ignore: options.ignore });
    for (const object of diff.objects)
        object.crd = { helmWillNotApply: options.releaseExists || live.has(object.key.name) };
    return diff;
}

// EXTERNAL MODULE: ./src/plan/render.ts
var plan_render = __webpack_require__(30031);
;// CONCATENATED MODULE: ./src/plan/types.ts
const PLAN_SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./src/plan/run.ts
/**
 * The plan engine: for each release, fetch the chart once, render it (against the cluster when one
 * is reachable, so `lookup` and the API server's validation take part; else offline), read the
 * deployed release, and diff. Returns the plan as data; writes nothing to the job. A release that
 * fails is reported in its own section (with where the failure points in the values files) and the
 * other releases are still planned.
 */















const DEFAULT_HELM_TIMEOUT_MS = 5 * 60_000;
async function runPlan(options) {
    const releases = [];
    for (const request of options.releases)
        releases.push(await planRelease(request, options));
    return {
        schemaVersion: PLAN_SCHEMA_VERSION,
        createdAt: new Date().toISOString(),
        releases,
        changes: releases.reduce((n, r) => n + (r.changes ?? 0), 0),
        ok: releases.every((r) => !r.error),
    };
}
async function planRelease(request, options) {
    const base = { release: request.release, namespace: request.namespace, helmVersion: options.helm.version.raw };
    const call = {
        timeoutMs: options.timeoutMs ?? DEFAULT_HELM_TIMEOUT_MS,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.kubeContext ? { kubeContext: options.kubeContext } : {}),
        ...(options.caFile ? { caFile: options.caFile } : {}),
    };
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.workDir, 'plan-'));
    let stage = 'chart';
    try {
        // The chart pull and the release read are independent: done together, their errors reported in this order.
        const [pulled, read] = await Promise.allSettled([(0,plan_render/* fetchChart */.FC)(options.helm, request.chart, workDir, call), chooseTarget(options, request, call)]);
        const chart = settled(pulled);
        stage = 'release';
        const target = settled(read);
        stage = 'render';
        const render = {
            chartPath: chart.path,
            release: request.release,
            namespace: request.namespace,
            valuesFiles: [...(request.valuesFiles ?? []), ...(request.seedFile ? [request.seedFile] : [])].map((f) => f.path),
            set: request.set ?? [],
            ...(request.kubeVersion ? { kubeVersion: request.kubeVersion } : {}),
        };
        const rendered = await renderFor(target, options, render, call);
        const rules = [...(options.ignoreChartBump === false ? [] : [ignore/* CHART_BUMP_RULE */.FJ]), ...(options.ignore ?? [])];
        let diff = (0,plan_diff/* diffManifests */.ew)(target.deployed?.manifest ?? '', rendered.manifest, { namespace: request.namespace, ignore: rules });
        if (request.includeCrds !== false)
            diff = await withCrds(diff, options, request, chart, target, rules, call);
        const helm4 = options.helm.version.major >= 4;
        return {
            ...base,
            chart: chartInfo(request.chart, chart, target.deployed),
            mode: target.mode,
            ...(target.reason ? { modeReason: target.reason } : {}),
            baseline: target.deployed ? 'release' : 'none',
            ...(target.deployed ? { revision: target.deployed.revision } : {}),
            ...(helm4
                ? {
                    applyMethod: {
                        ...(target.deployed ? { release: (0,plan_render/* applyMethodName */.Zy)(target.deployed.applyMethod) } : {}),
                        // Helm 4's default (`--server-side=auto`): a new install applies server-side, an upgrade keeps the release's method.
                        upgrade: (0,plan_render/* applyMethodName */.Zy)(rendered.applyMethod ?? (target.deployed ? target.deployed.applyMethod : 'ssa')),
                    },
                }
                : {}),
            ...diff,
        };
    }
    catch (err) {
        const info = (0,errors/* errorInfo */.f)(err);
        const origin = stage === 'render' && isRenderFailure(err) ? await locateRenderError(info.message, releaseValuesFiles(request)) : undefined;
        core/* debug */.Yz(`plan of ${request.release} failed: ${(0,report_text/* oneLine */.T)(info.message)}`);
        return { ...base, error: { ...info, ...(origin ? { origin } : {}) } };
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
/**
 * The render of the target's mode. In auto mode a server-side dry run that the cluster refuses for a
 * reason that says nothing about the chart — an identity that may read but not write (a PR plan's
 * role), a release another operation holds — falls back to `helm template`, and says so.
 */
async function renderFor(target, options, render, call) {
    if (target.mode === 'offline')
        return { manifest: await (0,plan_render/* renderOffline */.k5)(options.helm, render, call) };
    try {
        return await (0,plan_render/* renderOnServer */.$_)(options.helm, render, call);
    }
    catch (err) {
        const refused = err instanceof helm_errors/* HelmError */.t2 && (err.kind === 'forbidden' || err.kind === 'operation-in-progress');
        if (!refused || (options.mode ?? 'auto') !== 'auto')
            throw err;
        target.mode = 'offline';
        target.reason = `the cluster refused a server-side dry run (${(0,report_text/* oneLine */.T)(err.message, 300)}); rendered with helm template${target.deployed ? ', compared with the deployed release' : ''}`;
        return { manifest: await (0,plan_render/* renderOffline */.k5)(options.helm, render, call) };
    }
}
function settled(outcome) {
    if (outcome.status === 'rejected')
        throw outcome.reason;
    return outcome.value;
}
function releaseValuesFiles(request) {
    return [...(request.valuesFiles ?? []), ...(request.seedFile ? [request.seedFile] : [])];
}
function isRenderFailure(err) {
    return err instanceof helm_errors/* HelmError */.t2 || (err instanceof plan_errors/* PlanError */.W && err.kind === 'render');
}
/**
 * auto: the cluster when helm reaches it, else offline with the reason. offline: `helm template`, yet
 * the deployed release is still the baseline when the cluster can be read. server: the cluster or an error.
 */
async function chooseTarget(options, request, call) {
    const mode = options.mode ?? 'auto';
    try {
        const deployed = await (0,plan_render/* readDeployedRelease */.OM)(options.helm, request.release, request.namespace, call);
        return { mode: mode === 'offline' ? 'offline' : 'server', ...(deployed ? { deployed } : {}), clusterRead: true };
    }
    catch (err) {
        if (!(err instanceof plan_render/* ClusterUnreachableError */.hy) || mode === 'server')
            throw err;
        return { mode: 'offline', reason: `${err.message}; rendered with helm template and compared with nothing`, clusterRead: false };
    }
}
function chartInfo(request, chart, deployed) {
    const previousDigest = deployed?.digest;
    const sameVersion = deployed !== undefined && deployed.chartName === chart.name && deployed.chartVersion === chart.version;
    const digestChanged = !deployed
        ? false
        : previousDigest && chart.digest
            ? previousDigest !== chart.digest
            : deployed.chartName !== chart.name || deployed.chartVersion !== chart.version;
    return {
        ref: request.ref,
        name: chart.name,
        version: chart.version,
        ...(chart.appVersion !== undefined ? { appVersion: chart.appVersion } : {}),
        ...(chart.digest ? { digest: chart.digest } : {}),
        ...(previousDigest ? { previousDigest } : {}),
        ...(deployed ? { previousVersion: deployed.chartVersion } : {}),
        digestChanged,
        sameVersionNewDigest: sameVersion && !!previousDigest && !!chart.digest && previousDigest !== chart.digest,
    };
}
/**
 * The chart's crds/ compared with the cluster's CRDs (the release never holds them), flagged: helm
 * applies them on a first install when absent, and never on upgrade.
 */
async function withCrds(diff, options, request, chart, target, rules, call) {
    const desired = (0,documents/* splitManifest */.yV)(await (0,plan_render/* chartCrds */.D0)(options.helm, chart.path, call), '').flatMap((d) => (d.object ? [d.object] : (0,documents/* parseObjects */.MB)(d.body, d.source)));
    if (desired.length === 0)
        return diff;
    const names = desired.map((o) => String((0,field_diff/* isMap */.jh)(o.metadata) ? o.metadata.name : ''));
    const live = target.clusterRead ? await readLiveCrds(names, options.kubeContext, options.signal) : { byName: new Map() };
    // Unread is not absent: the CRDs are left out rather than shown as additions.
    if (live.problem)
        return { ...diff, notes: [...diff.notes, live.problem] };
    const crds = diffCrds(desired, live.byName, { releaseExists: target.deployed !== undefined, ignore: rules });
    const objects = [...diff.objects, ...crds.objects].sort((a, b) => (0,plan_diff/* compareKeys */.YD)(a.key, b.key));
    const counts = (0,plan_diff/* countChanges */.xS)(objects);
    return { objects, counts, changes: (0,plan_diff/* changeTotal */.Fi)(counts), notes: [...diff.notes, ...crds.notes] };
}


/***/ }),

/***/ 64682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ isSecret),
/* harmony export */   Fo: () => (/* binding */ maskedView),
/* harmony export */   MD: () => (/* binding */ scanSecretData),
/* harmony export */   QK: () => (/* binding */ MaskedValues),
/* harmony export */   vn: () => (/* binding */ secretChange),
/* harmony export */   yM: () => (/* binding */ redactField)
/* harmony export */ });
/* unused harmony exports LAST_APPLIED, MASK, MASK_CHANGED */
/* harmony import */ var _field_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44103);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78970);


const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const MASK = '***';
const MASK_CHANGED = '*** (changed)';
function isSecret(key) {
    return key.group === '' && key.kind === 'Secret';
}
/** The strings masked wherever they appear whole: every Secret value, decoded and as base64. */
class MaskedValues {
    values = new Set();
    add(value) {
        if (value.trim())
            this.values.add(value);
    }
    /** A normalised Secret's values (its last-applied copy included). */
    addSecret(secret) {
        for (const data of [dataOf(secret), lastAppliedData(secret)])
            for (const encoded of data.values())
                this.addEncoded(encoded);
    }
    /** A base64 `data` value: the encoded form and the decoded one (binary data decodes to text nothing else equals). */
    addEncoded(encoded) {
        this.add(encoded);
        this.add(Buffer.from(encoded, 'base64').toString('utf8'));
    }
    has(value) {
        return this.values.has(value);
    }
    get size() {
        return this.values.size;
    }
}
/** `data` of a normalised Secret (stringData is merged into it), key → base64. */
function dataOf(secret) {
    const data = secret && (0,_field_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(secret.data) ? secret.data : {};
    return new Map(Object.entries(data).map(([k, v]) => [k, String(v)]));
}
/** The Secret as last applied by kubectl, when the annotation holds one: its data, stringData merged. */
function lastAppliedData(secret) {
    const meta = secret && (0,_field_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(secret.metadata) ? secret.metadata : {};
    const annotations = (0,_field_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(meta.annotations) ? meta.annotations : {};
    const text = annotations[LAST_APPLIED];
    if (typeof text !== 'string')
        return new Map();
    let applied;
    try {
        applied = JSON.parse(text);
    }
    catch {
        return new Map();
    }
    if (!(0,_field_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(applied))
        return new Map();
    const out = new Map();
    if ((0,_field_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(applied.data))
        for (const [k, v] of Object.entries(applied.data))
            out.set(k, String(v));
    if ((0,_field_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(applied.stringData))
        for (const [k, v] of Object.entries(applied.stringData))
            out.set(k, Buffer.from(String(v), 'utf8').toString('base64'));
    return out;
}
/** Keys added, removed and changed, over `data` and the last-applied copy. */
function secretChange(before, after) {
    const added = new Set();
    const removed = new Set();
    const changed = new Set();
    const pairs = [
        [dataOf(before), dataOf(after)],
        [lastAppliedData(before), lastAppliedData(after)],
    ];
    for (const [b, a] of pairs) {
        for (const [k, v] of a) {
            if (!b.has(k))
                added.add(k);
            else if (!sameBytes(b.get(k), v))
                changed.add(k);
        }
        for (const k of b.keys())
            if (!a.has(k))
                removed.add(k);
    }
    const sorted = (s) => [...s].sort();
    return { keysAdded: sorted(added), keysRemoved: sorted(removed), keysChanged: sorted(changed) };
}
function sameBytes(a, b) {
    return a === b || Buffer.from(a, 'base64').equals(Buffer.from(b, 'base64'));
}
/** Is the leaf at `path` of an object with `key` secret by position (a Secret's data value or last-applied copy)? */
function secretByPosition(key, segments) {
    if (!isSecret(key))
        return false;
    return ((segments[0] === 'data' && segments.length >= 2) ||
        (segments.length === 3 && segments[0] === 'metadata' && segments[1] === 'annotations' && segments[2] === LAST_APPLIED));
}
/**
 * The object as shown: every secret leaf replaced by `***`, or by `*** (changed)` where `changed`
 * lists its path (the new side of a changed value).
 */
function maskedView(object, key, masked, changed = new Set()) {
    const walk = (value, segments, path) => {
        if (Array.isArray(value))
            return value.map((v, i) => walk(v, [...segments, String(i)], `${path}/${i}`));
        if ((0,_field_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value)) {
            const out = {};
            for (const [k, v] of Object.entries(value))
                out[k] = walk(v, [...segments, k], `${path}/${(0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSegment */ .pv)(k)}`);
            return out;
        }
        if (secretByPosition(key, segments) || (typeof value === 'string' && masked.has(value)))
            return changed.has(path) ? MASK_CHANGED : MASK;
        return value;
    };
    return walk(object, [], '');
}
/**
 * A field difference fit to show: a secret leaf keeps only its path (`redacted`), a subtree keeps
 * its shape with its secret leaves masked. `changedSecretPaths` collects the paths whose secret value
 * differs, for the new side's `*** (changed)`.
 */
function redactField(field, key, masked, changedSecretPaths) {
    const segments = (0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .segmentsOf */ .OD)(field.path);
    const leafIsSecret = (v) => v !== undefined && (secretByPosition(key, segments) || (typeof v === 'string' && masked.has(v)));
    if (leafIsSecret(field.before) || leafIsSecret(field.after)) {
        if (field.before !== undefined && field.after !== undefined)
            changedSecretPaths.add(field.path);
        const { path, ignoredBy } = field;
        return { path, redacted: true, ...(ignoredBy ? { ignoredBy } : {}) };
    }
    const mask = (v) => (v === undefined ? undefined : maskedSubtree(v, key, segments, masked));
    const out = { path: field.path };
    if (field.before !== undefined)
        out.before = mask(field.before);
    if (field.after !== undefined)
        out.after = mask(field.after);
    if (field.ignoredBy)
        out.ignoredBy = field.ignoredBy;
    return out;
}
function maskedSubtree(value, key, baseSegments, masked) {
    const walk = (v, segments) => {
        if (Array.isArray(v))
            return v.map((x, i) => walk(x, [...segments, String(i)]));
        if ((0,_field_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(v))
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...segments, k])]));
        return secretByPosition(key, segments) || (typeof v === 'string' && masked.has(v)) ? MASK : v;
    };
    return walk(value, [...baseSegments]);
}
const DATA_ENTRY = /^([A-Za-z0-9._-]+)[ \t]*:[ \t]*(.*)$/;
/**
 * A Secret document's values by line scan (key → base64), for Secrets identical on both sides that
 * are never parsed; undefined when the text is anything but plain `key: value` lines under top-level
 * `data:` / `stringData:` (block scalars, flow maps, escapes, a last-applied copy), to be parsed instead.
 */
function scanSecretData(body) {
    if (body.includes(LAST_APPLIED))
        return undefined;
    const out = new Map();
    for (const section of ['data', 'stringData']) {
        const marker = `${section}:`;
        // The section's line start: 0 also when indexOf finds nothing (-1 + 1), told apart by startsWith.
        const at = body.startsWith(marker) ? 0 : body.indexOf(`\n${marker}`) + 1;
        if (at === 0 && !body.startsWith(marker))
            continue;
        if (!scanSection(body, at + marker.length, section, out))
            return undefined;
    }
    return out;
}
/** The `key: value` lines of one top-level section from `from` (just past its colon); false when unsure. */
function scanSection(body, from, section, out) {
    let lineEnd = body.indexOf('\n', from);
    if (lineEnd < 0)
        lineEnd = body.length;
    const rest = body.slice(from, lineEnd).trim();
    if (rest !== '' && rest !== '{}')
        return false;
    let indent = -1;
    for (let start = lineEnd + 1; start < body.length;) {
        let end = body.indexOf('\n', start);
        if (end < 0)
            end = body.length;
        const line = body.slice(start, end);
        start = end + 1;
        if (line.trim() === '' || /^\s*#/.test(line))
            continue;
        const lead = line.length - line.trimStart().length;
        if (lead === 0)
            break;
        if (indent < 0)
            indent = lead;
        if (lead !== indent || line[lead - 1] === '\t')
            return false;
        const m = DATA_ENTRY.exec(line.slice(lead));
        const value = m ? plainOrQuoted(m[2].trim()) : undefined;
        if (value === undefined)
            return false;
        out.set(m[1], section === 'data' ? value : Buffer.from(value, 'utf8').toString('base64'));
    }
    return true;
}
function plainOrQuoted(text) {
    if (/^[A-Za-z0-9+/=._-]+$/.test(text) && !/^(?:true|false|null|~|[-+]?[0-9][0-9_.e+-]*)$/i.test(text))
        return text;
    const m = /^"([^"\\]*)"$|^'([^']*)'$/.exec(text);
    return m ? (m[1] ?? m[2]) : undefined;
}


/***/ }),

/***/ 5922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WH: () => (/* binding */ unifiedDiff),
/* harmony export */   k8: () => (/* binding */ similarity),
/* harmony export */   uk: () => (/* binding */ objectLabel)
/* harmony export */ });
/* unused harmony export CONTEXT_LINES */
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94112);
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37073);
/** The unified text diff of one object (jsdiff), from its canonical YAML. */

const CONTEXT_LINES = 3;
function objectLabel(key) {
    return `${key.kind}${key.group ? `.${key.group}` : ''} ${key.namespace ? `${key.namespace}/` : ''}${key.name}`;
}
/** `--- <object> (deployed)` / `+++ <object> (planned)` and hunks with context; '' when the texts are equal. */
function unifiedDiff(beforeKey, afterKey, before, after) {
    if (before === after)
        return '';
    const patch = (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .structuredPatch */ .YB)(beforeKey ? `${objectLabel(beforeKey)} (deployed)` : '/dev/null', afterKey ? `${objectLabel(afterKey)} (planned)` : '/dev/null', before, after, '', '', { context: CONTEXT_LINES });
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .formatPatch */ .Gu)(patch, diff__WEBPACK_IMPORTED_MODULE_0__/* .FILE_HEADERS_ONLY */ .jr);
}
/** Shared lines over all lines (0..1), for telling a rename from an unrelated add and remove. */
function similarity(a, b) {
    if (a === b)
        return 1;
    let common = 0;
    for (const part of (0,diff__WEBPACK_IMPORTED_MODULE_1__/* .diffLines */ .Pp)(a, b))
        if (!part.added && !part.removed)
            common += 2 * (part.count ?? 0);
    const lines = (t) => (t ? t.split('\n').length - (t.endsWith('\n') ? 1 : 0) : 0);
    const all = lines(a) + lines(b);
    return all === 0 ? 1 : common / all;
}


/***/ })

};
