export const id = 100;
export const ids = [100];
export const modules = {

/***/ 90564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ ChartAccessError),
/* harmony export */   dM: () => (/* binding */ resolveChart),
/* harmony export */   pc: () => (/* binding */ parseChartRef)
/* harmony export */ });
/* unused harmony exports DEFAULT_REGISTRY_TIMEOUT_MS, listChartTags, chartVersions, latestVersion, compareSemver */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _process_run_tool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33915);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74057);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57365);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65655);
/**
 * OCI chart references (`oci://host/charts/name[:tag|@digest]`) and resolving them against the
 * registry: the tag list from the distribution API (`GET /v2/<name>/tags/list`, with the Basic or
 * Bearer-token challenge registries answer with) and, through helm, the chart a version resolves to.
 * Used by helm-login's verify-chart and by preflight's registry check.
 */








/** Per-request limit for registry API calls when the caller sets none. */
const DEFAULT_REGISTRY_TIMEOUT_MS = 30_000;
function parseChartRef(ref) {
    const m = /^oci:\/\/([^/\s]+)\/([^\s@]+?)(?::([\w][\w.+-]{0,127}))?(?:@(sha256:[0-9a-f]{64}))?$/i.exec(ref.trim());
    if (!m)
        throw new Error(`"${ref}" is not an OCI chart reference: expected oci://<registry>/<path>/<chart>[:<version>], e.g. oci://754784422779.dkr.ecr.us-east-1.amazonaws.com/charts/chalk-metadata-plane.`);
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
class ChartAccessError extends Error {
    registry;
    kind;
    constructor(registry, kind, message) {
        super(message);
        this.registry = registry;
        this.kind = kind;
        this.name = 'ChartAccessError';
    }
}
/** Every tag of the chart's repository, following pagination. */
async function listChartTags(chart, access = {}) {
    const ca = access.caFile ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(access.caFile) : undefined;
    const session = new RegistrySession(chart, access, ca);
    const tags = [];
    for (let path = `/v2/${chart.repository}/tags/list?n=1000`; path;) {
        const res = await session.get(path);
        tags.push(...(JSON.parse(res.body).tags ?? []));
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
/** Lists the versions over the API, then has helm fetch the chosen one, which proves helm's own login works. */
async function resolveChart(helm, chart, access = {}) {
    const versions = chartVersions(await listChartTags(chart, access));
    const want = chart.tag ?? latestVersion(versions);
    if (!want && !chart.digest)
        throw new ChartAccessError(chart.registry, 'not-found', `${chart.url} has no chart versions: the repository exists but holds no semver tags.`);
    const args = ['show', 'chart', chart.digest ? `${chart.url}@${chart.digest}` : chart.url];
    if (want && !chart.digest)
        args.push('--version', want);
    if (access.caFile)
        args.push('--ca-file', access.caFile);
    const timeoutMs = access.timeoutMs ?? DEFAULT_REGISTRY_TIMEOUT_MS;
    const result = await helm.run(args, { timeoutMs }).catch((err) => {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .HelmError */ .t2)
            throw new ChartAccessError(chart.registry, err.kind, `helm could not fetch ${chart.url}${want ? ` ${want}` : ''}: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(err.message)}`);
        if (err instanceof _process_run_tool_js__WEBPACK_IMPORTED_MODULE_4__/* .ToolTimeoutError */ .Ap)
            throw new ChartAccessError(chart.registry, 'timeout', `${chart.registry} did not answer in ${seconds(timeoutMs)} s: helm show chart ${chart.url} was stopped. Check that the host serves an OCI registry and that the runner can reach it.`);
        throw err;
    });
    const meta = ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(result.stdout) ?? {});
    const digest = /^Digest:\s*(sha256:[0-9a-f]{64})/m.exec(result.stderr)?.[1];
    return {
        chart,
        versions,
        version: String(meta.version ?? want),
        ...(meta.appVersion !== undefined ? { appVersion: String(meta.appVersion) } : {}),
        ...(digest ? { digest } : {}),
    };
}
/** One registry conversation: answers the auth challenge once and reuses the result. */
class RegistrySession {
    chart;
    access;
    ca;
    authorization;
    constructor(chart, access, ca) {
        this.chart = chart;
        this.access = access;
        this.ca = ca;
    }
    async get(path) {
        const url = `https://${this.chart.registry}${path}`;
        let res = await this.fetch(url, this.headers());
        if (res.status === 401 && !this.authorization) {
            this.authorization = await this.answerChallenge(String(res.headers['www-authenticate'] ?? ''));
            res = await this.fetch(url, this.headers());
        }
        if (res.status === 200)
            return res;
        throw this.error(res);
    }
    fetch(url, headers) {
        return httpGet(url, headers, this.ca, this.access.timeoutMs ?? DEFAULT_REGISTRY_TIMEOUT_MS);
    }
    headers() {
        return { accept: 'application/json', ...(this.authorization ? { authorization: this.authorization } : {}) };
    }
    basic() {
        const { username, password } = this.access;
        return username && password ? `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` : undefined;
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
            throw new ChartAccessError(this.chart.registry, 'unknown', `${this.chart.registry} sent a Bearer challenge without a realm: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(challenge)}`);
        const tokenUrl = this.realmUrl(params.realm);
        if (params.service)
            tokenUrl.searchParams.set('service', params.service);
        tokenUrl.searchParams.set('scope', params.scope ?? `repository:${this.chart.repository}:pull`);
        const res = await this.fetch(tokenUrl.toString(), { accept: 'application/json', ...(basic ? { authorization: basic } : {}) });
        if (res.status !== 200)
            throw this.error(res, `token endpoint ${tokenUrl.host}`);
        const body = JSON.parse(res.body);
        const token = body.token ?? body.access_token;
        if (!token)
            throw new ChartAccessError(this.chart.registry, 'unknown', `The token endpoint of ${this.chart.registry} returned no token.`);
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
            throw new ChartAccessError(this.chart.registry, 'unknown', `${this.chart.registry} named a token realm that is not a URL: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(realm)}`);
        }
        const loopback = url.protocol === 'http:' && (0,_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .isLoopbackHost */ .cW)(url.hostname) && (0,_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .isLoopbackHost */ .cW)(hostOf(this.chart.registry));
        if (url.protocol !== 'https:' && !loopback)
            throw new ChartAccessError(this.chart.registry, 'unknown', `${this.chart.registry} asks for a token from ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(url.origin)}, which is not https; refusing to send the registry credentials there. A registry's token realm must be an https URL.`);
        return url;
    }
    error(res, what = `${this.chart.registry}/v2/${this.chart.repository}/tags/list`) {
        const detail = (0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(res.body, 300);
        const kind = res.status === 401 ? 'unauthorized' : res.status === 403 ? 'forbidden' : res.status === 404 ? 'not-found' : 'unknown';
        const advice = {
            unauthorized: 'the credentials were rejected; log in again (helm-login) with a current token.',
            forbidden: 'this identity may not pull from it; ask the registry owner (Chalk) to grant access to your account.',
            'not-found': `the chart repository ${this.chart.repository} does not exist or is not visible to this identity; check the chart path.`,
            unknown: 'unexpected answer from the registry.',
        }[kind];
        return new ChartAccessError(this.chart.registry, kind, `${what} answered HTTP ${res.status}: ${advice}${detail ? ` (${detail})` : ''}`);
    }
}
function httpGet(url, headers, ca, timeoutMs) {
    const u = new URL(url);
    const request = u.protocol === 'http:' ? node_http__WEBPACK_IMPORTED_MODULE_1__.request : node_https__WEBPACK_IMPORTED_MODULE_2__.request;
    // A total limit, not an idle one: a server that trickles bytes must not hold the step either.
    const signal = AbortSignal.timeout(timeoutMs);
    return new Promise((resolve, reject) => {
        const req = request(u, { method: 'GET', headers, signal, ...(ca && u.protocol === 'https:' ? { ca } : {}) }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', (err) => reject(requestError(u, err, signal, timeoutMs)));
        });
        req.on('error', (err) => reject(requestError(u, err, signal, timeoutMs)));
        req.end();
    });
}
function requestError(u, err, signal, timeoutMs) {
    if (signal.aborted)
        return new ChartAccessError(u.host, 'timeout', `${u.host} did not answer in ${seconds(timeoutMs)} s (GET ${u.origin}${u.pathname}). Check that the host serves an OCI registry and that the runner can reach it.`);
    const kind = /certificate|self.signed|CERT/i.test(err.message) ? 'tls' : 'connection';
    return new ChartAccessError(u.host, kind, `GET ${u.origin}${u.pathname}: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(err.message)}`);
}
function seconds(ms) {
    return String(Math.round(ms / 100) / 10);
}
/** `host` of `host:port` / `[v6]:port`. */
function hostOf(hostPort) {
    return new URL(`https://${hostPort}`).hostname;
}
/** The path of a `Link: </v2/…?last=x>; rel="next"` header. */
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


/***/ }),

/***/ 57365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ registryLogout),
/* harmony export */   Rc: () => (/* binding */ REGISTRY_CONFIG_ENV),
/* harmony export */   X6: () => (/* binding */ DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS),
/* harmony export */   a$: () => (/* binding */ registryConfigCredentials),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   j8: () => (/* binding */ registryLogin),
/* harmony export */   wh: () => (/* binding */ createRegistryConfig)
/* harmony export */ });
/* unused harmony export RegistryLoginError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65655);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _process_run_tool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33915);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74057);
/**
 * helm's registry verbs (`registry login` / `logout`) and the per-job registry config file they
 * write to. The password only ever travels on stdin; the config lives in a private directory so
 * one job's logout cannot break another's pulls on a shared self-hosted runner. Also the guards every
 * registry conversation shares: which hosts are loopback, and remote text flattened to one line.
 */





/** The variable helm reads its registry config path from; helm-login exports it for later steps. */
const REGISTRY_CONFIG_ENV = 'HELM_REGISTRY_CONFIG';
/** helm-login's default limit for one helm registry operation (a login, a logout, a chart fetch). */
const DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS = 2 * 60_000;
class RegistryLoginError extends Error {
    host;
    kind;
    constructor(host, kind, message) {
        super(message);
        this.host = host;
        this.kind = kind;
        this.name = 'RegistryLoginError';
    }
}
/** A fresh `config.json` (0600) in a randomly named directory (0700) under `parent`. */
async function createRegistryConfig(parent) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(parent, 'helm-registry-'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(dir, 0o700);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'config.json');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, '{"auths":{}}\n', { mode: 0o600, flag: 'wx' });
    return file;
}
async function registryLogin(helm, req) {
    const args = ['registry', 'login', req.host, '--username', req.username, '--password-stdin'];
    if (req.caFile)
        args.push('--ca-file', req.caFile);
    const timeoutMs = req.timeoutMs ?? DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS;
    try {
        await helm.run(args, { stdin: req.password, timeoutMs });
    }
    catch (err) {
        if (err instanceof _process_run_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolTimeoutError */ .Ap)
            throw new RegistryLoginError(req.host, 'timeout', `${req.host}: ${notAnswered('helm registry login', timeoutMs)}`);
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .HelmError */ .t2))
            throw err;
        throw new RegistryLoginError(req.host, err.kind, `${req.host}: ${loginAdvice(req, err.kind)} helm said: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .T)(err.message)}`);
    }
}
function notAnswered(what, timeoutMs) {
    return `the registry did not answer in ${Math.round(timeoutMs / 100) / 10} s; ${what} was stopped. Check that the host and port serve an OCI registry and that the runner can reach it; the timeout input sets this limit.`;
}
function loginAdvice(req, kind) {
    switch (kind) {
        case 'unauthorized':
            return `the registry rejected the credentials for user "${req.username}" (401). Check that the token or password is current and belongs to this registry.`;
        case 'forbidden':
            return `the registry refused user "${req.username}" (403): the identity is known but not allowed. Ask the registry owner (Chalk) to grant it pull access.`;
        case 'tls':
            return `the registry's TLS certificate is not trusted. Pass the CA that signed it as ca-file.`;
        case 'connection':
            return `the registry could not be reached. Check the host name and port and the runner's network access.`;
        default:
            return `helm registry login failed.`;
    }
}
/** Removes `host` from the config; helm treats an absent entry as success. */
async function registryLogout(helm, host, timeoutMs = DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS) {
    try {
        await helm.run(['registry', 'logout', host], { timeoutMs });
    }
    catch (err) {
        if (err instanceof _process_run_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolTimeoutError */ .Ap)
            throw new RegistryLoginError(host, 'timeout', `${host}: ${notAnswered('helm registry logout', timeoutMs)}`);
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .HelmError */ .t2)
            throw new RegistryLoginError(host, err.kind, `${host}: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .T)(err.message)}`);
        throw err;
    }
}
/** The username and password helm stored for `host` in a registry config, for API calls with the same login. */
async function registryConfigCredentials(configPath, host) {
    const config = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(configPath, 'utf8'));
    const auth = config.auths?.[host]?.auth;
    if (!auth)
        return undefined;
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon > 0 ? { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) } : undefined;
}
/** 127.0.0.0/8, ::1 and localhost: traffic that never leaves the machine. */
function isLoopbackHost(hostname) {
    const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
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
/* harmony import */ var _helm_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99493);
/* harmony import */ var _helm_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57365);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67663);
/**
 * The `registry` group: the guide's "verify that you are properly authenticated" step — the chart
 * reference resolves with the current registry login (helm's registry config, as helm-login leaves
 * it): its versions are listed over the registry API and helm itself fetches the chart.
 */





const FIX = {
    unauthorized: 'Log in to the registry first (the helm-login action, or `helm registry login`), with a current token.',
    forbidden: 'Give Chalk your AWS account ID or Google project ID so they grant it pull access to the chart registry.',
    'not-found': 'Check the chart path and version (e.g. oci://754784422779.dkr.ecr.us-east-1.amazonaws.com/charts/chalk-metadata-plane).',
    tls: 'Pass the CA that signed the registry certificate as ca-file.',
    connection: "Check the registry host and the runner's network access to it.",
};
/** Where helm keeps registry logins: $HELM_REGISTRY_CONFIG, as `helm env` reports it. */
async function registryConfigPath(helm) {
    const out = await helm.exec(['env', 'HELM_REGISTRY_CONFIG']);
    return (out.exitCode === 0 && out.stdout.trim()) || undefined;
}
async function chartCheck(ctx) {
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
    const config = await registryConfigPath(helm);
    const login = config && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(config) ? await (0,_helm_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .registryConfigCredentials */ .a$)(config, ref.registry) : undefined;
    (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .registerSecret */ .cl)(login?.password);
    const access = { ...(login ?? {}), ...(caFile ? { caFile } : {}) };
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
        return { verdict: 'fail', finding: `${err.message}${hint}`, fix: FIX[err.kind] ?? 'Check the registry and the chart reference.' };
    }
}
function registryChecks() {
    return [{ id: 'registry.chart', group: 'registry', title: 'Chart reference resolves with the current registry login', run: (ctx) => chartCheck(ctx) }];
}


/***/ })

};
