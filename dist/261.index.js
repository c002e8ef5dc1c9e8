export const id = 261;
export const ids = [261];
export const modules = {

/***/ 86923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   Hw: () => (/* binding */ Defaults),
/* harmony export */   Uw: () => (/* binding */ State),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
/** helm-login's input, output and state names and its input defaults (as action.yml declares them), shared by main and post. */
const Inputs = {
    Registries: 'registries',
    Provider: 'provider',
    Username: 'username',
    Password: 'password',
    AwsAccountId: 'aws-account-id',
    AwsRegion: 'aws-region',
    AwsEndpoint: 'aws-endpoint',
    GcpAccessToken: 'gcp-access-token',
    CaFile: 'ca-file',
    HelmVersion: 'helm-version',
    HelmDownloadUrl: 'helm-download-url',
    VerifyChart: 'verify-chart',
    SkipLogout: 'skip-logout',
    Timeout: 'timeout',
};
/** The non-empty `default:` of every input that has one, keyed as Inputs (the others default to empty). */
const Defaults = {
    Provider: 'auto',
    HelmDownloadUrl: 'https://get.helm.sh',
    SkipLogout: 'false',
    Timeout: '2m',
};
const Outputs = {
    Registries: 'registries',
    RegistryConfig: 'registry-config',
    HelmVersion: 'helm-version',
    ChartVersions: 'chart-versions',
};
const State = {
    RegistryConfig: 'registry-config',
    /** 'true' when this step created the config file (and so post deletes it). */
    OwnsConfig: 'owns-config',
    HelmPath: 'helm-path',
    /** JSON array of the hosts logged in. */
    Hosts: 'hosts',
    SkipLogout: 'skip-logout',
    /** The timeout input in milliseconds, for post's logouts. */
    TimeoutMs: 'timeout-ms',
};


/***/ }),

/***/ 23261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: ./src/action/entry.ts
var entry = __webpack_require__(59682);
// EXTERNAL MODULE: ./src/helm/registry.ts
var registry = __webpack_require__(57365);
// EXTERNAL MODULE: ./src/login/kept-logins.ts
var kept_logins = __webpack_require__(92364);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/helm/client.ts
var client = __webpack_require__(99493);
;// CONCATENATED MODULE: ./src/login/logout.ts
/**
 * helm-login's post engine: log out of the hosts this step logged in to, except those another step
 * of the job kept (skip-logout) in the same config, then delete the config when this step created
 * it and nothing in it is to be kept. Whatever helm does, an owned config without kept logins is
 * deleted: the credentials in it must not outlive the job.
 */





async function runLogout(options) {
    if (options.skipLogout)
        return { loggedOut: [], kept: [...options.hosts], deleted: false, problems: [] };
    const kept = options.hosts.filter((h) => options.kept.includes(h));
    const toLogOut = options.hosts.filter((h) => !options.kept.includes(h));
    const loggedOut = [];
    const problems = [];
    try {
        if (toLogOut.length) {
            const helm = await client/* HelmClient */.E.at(options.helmPath, { env: { [registry/* REGISTRY_CONFIG_ENV */.Rc]: options.registryConfig } });
            for (const host of toLogOut)
                await (0,registry/* registryLogout */.MZ)(helm, host, options.timeoutMs).then(() => loggedOut.push(host), (err) => problems.push((0,errors/* errorInfo */.f)(err)));
        }
    }
    catch (err) {
        problems.push((0,errors/* errorInfo */.f)(err));
    }
    const deleted = options.owned && options.kept.length === 0;
    if (deleted)
        await (0,promises_.rm)((0,external_node_path_.dirname)(options.registryConfig), { recursive: true, force: true });
    return { loggedOut, kept, deleted, problems };
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./actions/helm-login/names.ts
var names = __webpack_require__(86923);
;// CONCATENATED MODULE: ./actions/helm-login/post.ts







function run() {
    return (0,entry/* runEntry */.C)(async () => {
        const registryConfig = core/* getState */.Gu(names/* State */.Uw.RegistryConfig);
        if (!registryConfig)
            return core/* info */.pq('helm-login did not get as far as creating a registry config; nothing to clean up.');
        const config = (0,report_text/* oneLine */.T)(registryConfig);
        const skipLogout = core/* getState */.Gu(names/* State */.Uw.SkipLogout) === 'true';
        const kept = (0,kept_logins/* keptLogins */.R)(process.env[registry/* KEPT_LOGINS_ENV */.QL], registryConfig);
        const result = await runLogout({
            registryConfig,
            owned: core/* getState */.Gu(names/* State */.Uw.OwnsConfig) === 'true',
            helmPath: core/* getState */.Gu(names/* State */.Uw.HelmPath),
            hosts: hostsOf(core/* getState */.Gu(names/* State */.Uw.Hosts)),
            kept,
            skipLogout,
            timeoutMs: Number(core/* getState */.Gu(names/* State */.Uw.TimeoutMs)) || registry/* DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS */.X6,
        });
        if (skipLogout)
            return core/* info */.pq(`skip-logout: leaving the logins in ${config}.`);
        for (const host of result.loggedOut)
            core/* info */.pq(`Logged out of ${host}.`);
        if (result.kept.length)
            core/* info */.pq(`Left ${result.kept.join(', ')} logged in: another helm-login step of this job kept ${result.kept.length > 1 ? 'them' : 'it'} (skip-logout).`);
        if (result.deleted)
            core/* info */.pq(`Deleted ${config}.`);
        else if (kept.length)
            core/* info */.pq(`Left ${config} in place: it holds ${kept.join(', ')}, kept by a helm-login step with skip-logout.`);
        if (result.problems.length)
            core/* warning */.$e(`helm registry logout failed: ${result.problems.map((p) => p.message).join('; ')}. ${result.deleted ? `The logins were removed anyway with ${config}.` : `The logins may still be in ${config}.`}`);
    });
}
function hostsOf(state) {
    try {
        const hosts = JSON.parse(state || '[]');
        return Array.isArray(hosts) ? hosts.filter((h) => typeof h === 'string') : [];
    }
    catch {
        return [];
    }
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

/***/ 92364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ keptLogins),
/* harmony export */   _: () => (/* binding */ keepLogins)
/* harmony export */ });
/**
 * The job's ledger of kept logins (KEPT_LOGINS_ENV): `{"<registry config>": ["<host>", …]}`, the
 * hosts a helm-login step with skip-logout logged in to. Each step's state is its own, but steps can
 * share one config: the ledger lets any step's post leave another step's kept logins (and the file
 * that holds them) in place.
 */
function parse(ledger) {
    try {
        const value = JSON.parse(ledger || '{}');
        if (!value || typeof value !== 'object' || Array.isArray(value))
            return {};
        return Object.fromEntries(Object.entries(value).map(([config, hosts]) => [
            config,
            Array.isArray(hosts) ? hosts.filter((h) => typeof h === 'string') : [],
        ]));
    }
    catch {
        return {};
    }
}
/** The hosts kept in `config` by the steps so far. */
function keptLogins(ledger, config) {
    return parse(ledger)[config] ?? [];
}
/** The ledger with `hosts` kept in `config` too. */
function keepLogins(ledger, config, hosts) {
    const all = parse(ledger);
    all[config] = [...new Set([...(all[config] ?? []), ...hosts])];
    return JSON.stringify(all);
}


/***/ })

};
