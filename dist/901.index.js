export const id = 901;
export const ids = [901];
export const modules = {

/***/ 81729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ getString),
/* harmony export */   Ds: () => (/* binding */ getDuration),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   SY: () => (/* binding */ getOneOf),
/* harmony export */   TZ: () => (/* binding */ getChoices),
/* harmony export */   Yn: () => (/* binding */ getPath),
/* harmony export */   c9: () => (/* binding */ getPort),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   vS: () => (/* binding */ getList),
/* harmony export */   xX: () => (/* binding */ getOptional)
/* harmony export */ });
/* unused harmony export MAX_DURATION_MS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65655);
/** Typed readers for action inputs, with errors that name the input and the accepted values. */



/** A bad input, found before anything runs: the message names the input, what it is and what it may be. */
class InputError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChalkError */ .E {
    boundary = 'input';
    constructor(message, fix = '') {
        super('invalid', message, fix);
    }
}
/** An input's value as quoted in a message: one line, control characters shown as spaces, long values cut. */
function shown(raw) {
    return `"${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .T)(raw, 120)}"`;
}
/**
 * The longest duration an input may ask for: node timers overflow past 2^31-1 ms (~24.8 days) and fire at
 * once; no step runs longer than GitHub's 6-hour job limit (self-hosted: 5 days).
 */
const MAX_DURATION_MS = 5 * 24 * 3_600_000;
/** A list input: entries separated by newlines or commas, blank entries and surrounding space dropped. */
function getList(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
function getBoolean(name) {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (raw === '')
        return false;
    if (/^(true|yes|on|1)$/i.test(raw))
        return true;
    if (/^(false|no|off|0)$/i.test(raw))
        return false;
    throw new InputError(`Input ${name} must be true or false, but it is ${shown(raw)}.`);
}
function getString(name, fallback = '') {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim() || fallback;
}
/**
 * A duration input in seconds (`300`) or with a unit (`5m`, `90s`, `1h`), as milliseconds, between `min`
 * (default 1 s: a zero timeout makes every operation fail at once) and MAX_DURATION_MS.
 */
function getDuration(name, fallback, { min = 1000 } = {}) {
    const raw = getString(name, fallback);
    const m = /^(\d{1,9}(?:\.\d{1,6})?)\s*(ms|s|m|h)?$/.exec(raw);
    if (!m)
        throw new InputError(`Input ${name} must be a duration such as 300, 90s, 5m or 1h, but it is ${shown(raw)}.`);
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's')];
    const ms = Math.round(Number(m[1]) * unit);
    if (ms < min)
        throw new InputError(`Input ${name} must be at least ${min >= 1000 ? `${min / 1000}s` : `${min}ms`}, but it is ${shown(raw)}.`);
    if (ms > MAX_DURATION_MS)
        throw new InputError(`Input ${name} must be at most ${MAX_DURATION_MS / 3_600_000}h, but it is ${shown(raw)}.`);
    return ms;
}
/** A subset of `allowed`, from a comma or newline list input. */
function getChoices(name, allowed, fallback) {
    const raw = getList(name);
    if (raw.length === 0)
        return [...fallback];
    const unknown = raw.filter((v) => !allowed.includes(v));
    if (unknown.length)
        throw new InputError(`Input ${name} has unknown value${unknown.length > 1 ? 's' : ''} ${unknown.map((v) => (0,_report_text_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .T)(v, 120)).join(', ')}; allowed: ${allowed.join(', ')}.`);
    return [...new Set(raw)];
}
/** One value of `allowed`, or undefined when the input is empty. */
function getOneOf(name, allowed) {
    const [value, ...rest] = getChoices(name, allowed, []);
    if (rest.length)
        throw new InputError(`Input ${name} takes one value; allowed: ${allowed.join(', ')}.`);
    return value;
}
/** A TCP port, or undefined when the input is empty. */
function getPort(name) {
    const raw = getString(name);
    if (!raw)
        return undefined;
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65_535)
        throw new InputError(`Input ${name} must be a port number (1-65535), but it is ${shown(raw)}.`);
    return port;
}
/** The input's trimmed value, or undefined when it is empty. */
function getOptional(name) {
    return getString(name) || undefined;
}
/**
 * A path input, or undefined when empty. A path with a line break or another control character is refused:
 * it would become a file name and, through an output, text that later steps echo.
 */
function getPath(name) {
    const raw = getOptional(name);
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused.
    if (raw !== undefined && /[\u0000-\u001f\u007f]/.test(raw))
        throw new InputError(`Input ${name} must be a path on one line, but it is ${shown(raw)}.`, 'Remove the line break or control character.');
    return raw;
}


/***/ }),

/***/ 49566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ workspace),
/* harmony export */   X: () => (/* binding */ runnerTemp)
/* harmony export */ });
/** The runner's directories, read in one place. */
/** The directory the workflow runs in; paths in annotations are relative to it. */
function workspace() {
    return process.env.GITHUB_WORKSPACE || process.cwd();
}
/** The job's private temporary directory (GitHub empties it after the job). */
function runnerTemp() {
    const dir = process.env.RUNNER_TEMP;
    if (!dir)
        throw new Error('RUNNER_TEMP is not set: the toolkit keeps per-job files there (GitHub runners always set it; the local runner does too).');
    return dir;
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

/***/ 68203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wm: () => (/* binding */ setupHelm)
/* harmony export */ });
/* unused harmony exports DEFAULT_HELM_VERSION, DEFAULT_HELM_DOWNLOAD_URL */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _actions_io__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88701);
/* harmony import */ var _actions_tool_cache__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59805);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var _process_run_tool_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(33915);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(67663);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(65655);
/* harmony import */ var _advice_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(43294);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(99493);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(74057);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(15274);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(91572);
/**
 * Getting a helm binary: the one on PATH when its version fits (or equals an explicitly requested
 * one), else the pinned release from the tool cache, downloaded and checksum-verified on a miss.
 * Failing to get the requested helm is an error, never a quiet switch to another version. The
 * download (retries included) ends within one deadline, and what a mirror sends is bounded.
 */
















const DEFAULT_HELM_VERSION = 'v4.3.2';
const DEFAULT_HELM_DOWNLOAD_URL = 'https://get.helm.sh';
/** Limit for the whole download when the caller sets none. */
const DEFAULT_DOWNLOAD_TIMEOUT_MS = 2 * 60_000;
/** A helm release tarball is about 20 MiB; a mirror sending far more is not sending helm. */
const MAX_TARBALL_BYTES = 256 << 20;
const MAX_CHECKSUM_BYTES = 4096;
const DOWNLOAD_ATTEMPTS = 3;
async function setupHelm(options) {
    const want = normaliseVersion(options.requested || DEFAULT_HELM_VERSION);
    const baseUrl = checkDownloadUrl(options.downloadUrl || DEFAULT_HELM_DOWNLOAD_URL);
    const warnings = [];
    const onPath = await _actions_io__WEBPACK_IMPORTED_MODULE_1__/* .which */ .K7('helm', false);
    if (onPath) {
        const client = await _client_js__WEBPACK_IMPORTED_MODULE_11__/* .HelmClient */ .E.at(onPath).catch((err) => err);
        if (client instanceof Error)
            warnings.push(`Not using the helm on PATH: ${client.message}; installing ${want}.`);
        else {
            const reason = options.requested ? (client.version.raw === want ? undefined : `helm-version ${want} was requested`) : (0,_version_js__WEBPACK_IMPORTED_MODULE_14__/* .unsupportedReason */ .EX)(client.version);
            if (!reason)
                return { client, source: 'path', warnings };
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Not using helm ${client.version.raw} at ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_15__/* .oneLine */ .T)(onPath)}: ${reason}; installing ${want}.`);
        }
    }
    if (!process.env.RUNNER_TOOL_CACHE)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .HelmSetupError */ .me('no-tool-cache', `Cannot install helm ${want}: RUNNER_TOOL_CACHE is not set (GitHub's runners set it).`, 'Put helm on PATH before this step, or set RUNNER_TOOL_CACHE.');
    const platform = releasePlatform();
    const cached = _actions_tool_cache__WEBPACK_IMPORTED_MODULE_2__/* .find */ .I6('helm', want.slice(1));
    if (cached)
        return { client: await checkedClient((0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(cached, 'helm'), want), source: 'tool-cache', warnings };
    const dir = await download(want, platform, baseUrl, options);
    return { client: await checkedClient((0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(dir, 'helm'), want), source: 'download', warnings };
}
/** `4.3.2` and `v4.3.2` → `v4.3.2`; anything else is rejected (no ranges: the download is one file). */
function normaliseVersion(version) {
    const v = (0,_version_js__WEBPACK_IMPORTED_MODULE_14__/* .parseHelmVersion */ .En)(version);
    const example = `Set helm-version to an exact release such as ${DEFAULT_HELM_VERSION}, or leave it empty.`;
    if (!v || v.raw.replace(/^v/, '') !== version.trim().replace(/^v/, ''))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .HelmSetupError */ .me('bad-version', `helm-version must be an exact release such as ${DEFAULT_HELM_VERSION}, but it is "${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_15__/* .oneLine */ .T)(version, 100)}".`, example);
    const reason = (0,_version_js__WEBPACK_IMPORTED_MODULE_14__/* .unsupportedReason */ .EX)(v);
    if (reason)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .HelmSetupError */ .me('bad-version', `helm-version ${v.raw} cannot be used: ${reason}.`, example);
    return v.raw;
}
/**
 * The `.sha256sum` comes from the same server as the tarball, so it only proves the download is
 * intact; trusting the binary rests on TLS and the server. Hence https only — plain http is
 * allowed for loopback (a local stand-in in tests), where nothing crosses a network.
 */
function checkDownloadUrl(raw) {
    const fix = `Use an https mirror of ${DEFAULT_HELM_DOWNLOAD_URL}, or leave helm-download-url empty.`;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .HelmSetupError */ .me('bad-download-url', `helm-download-url must be an https URL, but it is "${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_15__/* .oneLine */ .T)(raw, 200)}".`, fix);
    }
    // A mirror may take credentials in its URL: they are secrets, and are never shown.
    (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_9__/* .registerSecret */ .cl)(url.password);
    if ((0,_http_js__WEBPACK_IMPORTED_MODULE_13__/* .httpsRule */ .WY)(url, true))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .HelmSetupError */ .me('bad-download-url', `helm-download-url must be an https URL, but it is "${shown(url)}": the .sha256sum comes from the same server, so over ${url.protocol.replace(/:$/, '')} anyone on the network path could replace both the tarball and its checksum.`, fix);
    return url;
}
/** The URL as logs show it: credentials replaced, one line. */
function shown(url) {
    const copy = new URL(url);
    if (copy.username || copy.password) {
        copy.username = '***';
        copy.password = '';
    }
    return (0,_report_text_js__WEBPACK_IMPORTED_MODULE_15__/* .oneLine */ .T)(copy.href, 300);
}
function releasePlatform() {
    const os = { linux: 'linux', darwin: 'darwin' }[process.platform];
    const arch = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' }[process.arch];
    if (!os || !arch)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .HelmSetupError */ .me('no-release', `No helm release for ${process.platform}/${process.arch}.`, 'Put helm on PATH before this step.');
    return `${os}-${arch}`;
}
async function download(version, platform, baseUrl, options) {
    const name = `helm-${version}-${platform}.tar.gz`;
    const url = new URL(`${baseUrl.href.replace(/\/+$/, '')}/${name}`);
    const sumUrl = new URL(`${url.href}.sha256sum`);
    const deadline = new _http_js__WEBPACK_IMPORTED_MODULE_13__/* .Deadline */ .B2(options.timeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS, options.signal);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Downloading ${shown(url)}`);
    const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_5__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(options.tempDir, 'helm-download-'));
    try {
        const archive = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(work, name);
        const get = { signal: deadline.signal, allowLoopbackHttp: true };
        const [, sums] = await Promise.all([
            retrying(url, version, deadline, async () => ({ status: await (0,_http_js__WEBPACK_IMPORTED_MODULE_13__/* .downloadFile */ .PE)(url, archive, { ...get, maxBytes: MAX_TARBALL_BYTES }), value: archive })),
            retrying(sumUrl, version, deadline, async () => {
                const res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_13__/* .httpGet */ .lx)(sumUrl, { ...get, maxBytes: MAX_CHECKSUM_BYTES });
                return { status: res.status, value: res.body };
            }),
        ]);
        const expected = /^([0-9a-f]{64})\b/i.exec(sums.trim())?.[1]?.toLowerCase();
        const fix = `Check that ${shown(baseUrl)} serves helm's own releases, or use ${DEFAULT_HELM_DOWNLOAD_URL}.`;
        if (!expected)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .HelmSetupError */ .me('checksum-mismatch', `${shown(sumUrl)} does not hold a SHA-256 checksum; refusing to install an unverified helm.`, fix);
        const actual = await sha256(archive);
        if (actual !== expected)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .HelmSetupError */ .me('checksum-mismatch', `Checksum mismatch for ${shown(url)}: expected sha256 ${expected}, got ${actual}. The download is corrupt or was tampered with; not installing it.`, fix);
        await (0,_process_run_tool_js__WEBPACK_IMPORTED_MODULE_8__/* .runTool */ .qI)('tar', ['-xzf', archive, '-C', work, `${platform}/helm`], {
            timeoutMs: deadline.remaining(),
            ...(options.signal ? { signal: options.signal } : {}),
        }).then((r) => {
            if (r.exitCode !== 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .HelmSetupError */ .me('download-failed', `${shown(url)} is not a helm release tarball: tar said ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_15__/* .oneLine */ .T)(r.stderr, 300)}`, fix);
        });
        const cached = await _actions_tool_cache__WEBPACK_IMPORTED_MODULE_2__/* .cacheDir */ .e8((0,node_path__WEBPACK_IMPORTED_MODULE_6__.join)(work, platform), 'helm', version.slice(1));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Installed helm ${version} (sha256 ${actual}) into the tool cache.`);
        return cached;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_5__.rm)(work, { recursive: true, force: true });
    }
}
/**
 * Runs `attempt` until it answers 200, a failure that retrying cannot fix, DOWNLOAD_ATTEMPTS
 * attempts or the deadline; 5xx, 408, 429 and network failures are retried after 1 s, then 2 s.
 */
async function retrying(url, version, deadline, attempt) {
    let last = '';
    for (let n = 1;; n++) {
        try {
            const { status, value } = await attempt();
            if (status === 200)
                return value;
            last = `HTTP ${status}`;
            if (status < 500 && status !== 408 && status !== 429)
                break;
        }
        catch (err) {
            if (!(err instanceof _http_js__WEBPACK_IMPORTED_MODULE_13__/* .HttpFailure */ .HR))
                throw err;
            last = err.kind === 'too-large' ? `it sent more than ${(0,_http_js__WEBPACK_IMPORTED_MODULE_13__/* .bytes */ .ee)(err.limitBytes ?? 0)}` : err.reason;
            if (err.kind !== 'connection')
                break;
        }
        if (n >= DOWNLOAD_ATTEMPTS || deadline.signal.aborted)
            break;
        const stopped = await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_7__.setTimeout)(1000 * 2 ** (n - 1), undefined, { signal: deadline.signal }).then(() => false, () => true);
        if (stopped)
            break;
    }
    const within = deadline.timedOut ? ` within ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_10__/* .seconds */ .YA)(deadline.ms)} (the timeout input)` : deadline.signal.aborted ? ' (cancelled)' : '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .HelmSetupError */ .me('download-failed', `Could not download ${shown(url)}${within}: ${last}.`, `Check that helm ${version} exists there and that the runner can reach ${url.host}${deadline.timedOut ? ', or raise timeout' : ''}.`);
}
/** Runs the binary and insists it is the version it was installed as. */
async function checkedClient(path, want) {
    const client = await _client_js__WEBPACK_IMPORTED_MODULE_11__/* .HelmClient */ .E.at(path);
    if (client.version.raw !== want)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .HelmSetupError */ .me('not-runnable', `${path} reports helm ${client.version.raw}, not the requested ${want}; the tool cache entry is wrong.`, 'Delete it from the tool cache and rerun.');
    return client;
}
function sha256(file) {
    return new Promise((resolve, reject) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.createHash)('sha256');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_4__.createReadStream)(file)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}


/***/ }),

/***/ 80288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ sizeOf),
/* harmony export */   Jt: () => (/* binding */ SUMMARY_LIMIT),
/* harmony export */   KM: () => (/* binding */ fitBody),
/* harmony export */   SN: () => (/* binding */ fitsWithin),
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   tx: () => (/* binding */ COMMENT_BODY_LIMIT)
/* harmony export */ });
/* unused harmony exports MARKER_RESERVE, wholeLinesWithin */
/**
 * Fits a markdown body under a size limit without breaking it: GitHub refuses a comment or issue
 * body over 65,536 characters, and a job summary over 1 MiB. Counted conservatively, since it is
 * not said whether GitHub counts UTF-16 units, code points or bytes: the JS length AND the UTF-8
 * byte count both stay under the limit. The header and counts table are always kept; the sections
 * (one per changed object) are kept whole, in order, as many as fit; a section that does not fit
 * is left out and counted in the pointer, never cut, so no cut falls mid-line, mid-character or
 * inside a code fence.
 */
const COMMENT_LIMIT = 65_536;
const SUMMARY_LIMIT = 1_048_576;
/** Room kept free for the hidden marker line a sticky comment or drift issue adds. */
const MARKER_RESERVE = 256;
const COMMENT_BODY_LIMIT = COMMENT_LIMIT - MARKER_RESERVE;
const SEPARATOR = '\n\n';
function sizeOf(text) {
    return { chars: text.length, bytes: Buffer.byteLength(text, 'utf8') };
}
/** Both counts within `limit`. */
function fitsWithin(text, limit) {
    const { chars, bytes } = sizeOf(text);
    return chars <= limit && bytes <= limit;
}
/** Fits the parts under `limit` (default: a comment body with room for its marker). */
function fitBody(parts, limit = COMMENT_BODY_LIMIT) {
    const fixed = join([parts.header, parts.counts]);
    const all = join([fixed, ...parts.sections]);
    if (fitsWithin(all, limit))
        return { body: all, omitted: [], fixedCut: false };
    const longestPointer = sizeOf(SEPARATOR + parts.pointer(parts.sections.length));
    const fixedRoom = { chars: limit - longestPointer.chars, bytes: limit - longestPointer.bytes };
    if (!fitsSize(sizeOf(fixed), fixedRoom)) {
        const cut = wholeLinesWithin(fixed, fixedRoom);
        return { body: join([cut, parts.pointer(parts.sections.length)]), omitted: parts.sections.map((_, i) => i), fixedCut: true };
    }
    // Greedy in display order; sizes add up to at most the joined size (a surrogate pair split across
    // two blocks counts 6 bytes here and 4 once joined), and the result is checked once built.
    const room = subtract(fixedRoom, sizeOf(fixed));
    const kept = [];
    parts.sections.forEach((section, i) => {
        const cost = sizeOf(SEPARATOR + section);
        if (!fitsSize(cost, room))
            return;
        kept.push(i);
        room.chars -= cost.chars;
        room.bytes -= cost.bytes;
    });
    for (;;) {
        const keptSet = new Set(kept);
        const omitted = parts.sections.map((_, i) => i).filter((i) => !keptSet.has(i));
        const body = join([fixed, ...kept.map((i) => parts.sections[i]), parts.pointer(omitted.length)]);
        if (fitsWithin(body, limit) || kept.length === 0)
            return { body, omitted, fixedCut: false };
        // Only when the caller's pointer is longer for fewer omissions than for all of them.
        kept.pop();
    }
}
function join(blocks) {
    return blocks.filter((b) => b !== '').join(SEPARATOR);
}
function fitsSize(size, room) {
    return size.chars <= room.chars && size.bytes <= room.bytes;
}
function subtract(a, b) {
    return { chars: a.chars - b.chars, bytes: a.bytes - b.bytes };
}
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/**
 * The longest prefix of whole lines within `room` that ends outside any code fence and any
 * <details> block, so what follows it (the pointer) still renders.
 */
function wholeLinesWithin(text, room) {
    let used = { chars: 0, bytes: 0 };
    let balancedEnd = 0;
    let end = 0;
    let fence;
    let details = 0;
    for (const [i, line] of text.split('\n').entries()) {
        const cost = sizeOf(i === 0 ? line : `\n${line}`);
        used = { chars: used.chars + cost.chars, bytes: used.bytes + cost.bytes };
        if (!fitsSize(used, room))
            break;
        end += cost.chars;
        const f = FENCE.exec(line);
        if (fence === undefined) {
            if (f && !(f[1].startsWith('`') && f[2].includes('`')))
                fence = f[1];
            else
                details += (line.match(/<details[\s>]/gi)?.length ?? 0) - (line.match(/<\/details>/gi)?.length ?? 0);
        }
        else if (f && f[1][0] === fence[0] && f[1].length >= fence.length && f[2].trim() === '') {
            fence = undefined;
        }
        if (fence === undefined && details <= 0)
            balancedEnd = end;
    }
    return text.slice(0, balancedEnd);
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67663);
/** Small markdown builders for job summaries and PR comments; all cell text is redacted, then escaped. */

function escapeCell(text) {
    return escapeHtml(text).replaceAll('|', '\\|').replace(/\r?\n/g, '<br>');
}
/**
 * GitHub renders inline HTML in markdown, so `<YOUR …>` would vanish as an unknown tag. Secrets are
 * redacted first: once escaped, `p&ss` no longer matches the registered `p&ss` and would slip past.
 */
function escapeHtml(text) {
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
function table(header, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
function code(text) {
    const ticks = text.includes('`') ? '``' : '`';
    return `${ticks}${text}${ticks}`;
}


/***/ }),

/***/ 65468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   gO: () => (/* binding */ generated),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67663);
/* harmony import */ var _body_size_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80288);
/**
 * Step outputs and the job summary. Text is redacted on the way out; values the toolkit generated
 * (numbers, booleans, paths and ids marked with `generated`) are written exactly, so a weak secret can
 * never turn `error-count=1` into `error-count=***` or a report path into one that does not exist.
 */



const generated = (value) => ({ generated: value });
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, typeof value === 'object' ? value.generated : typeof value === 'string' ? (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(value) : String(value));
    }
}
/**
 * Appends to the job summary: redacted, kept under GitHub's limit (cut at a line boundary, outside code
 * fences, with a note), and with a warning when a registered secret is weak enough that the log is garbled.
 */
async function writeSummary(markdown, options = {}) {
    const weak = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .weakSecretCount */ .gL)();
    const warning = weak
        ? `\n> [!WARNING]\n> ${weak} secret value${weak === 1 ? ' is' : 's are'} so short or common that GitHub masks every occurrence of ${weak === 1 ? 'it' : 'them'} in the log (\`***\` inside unrelated paths and numbers). Use long random secrets.\n`
        : '';
    // GitHub drops a step summary over 1 MiB altogether: cut at whole lines, outside fences and <details>.
    const { body: text } = (0,_body_size_js__WEBPACK_IMPORTED_MODULE_2__/* .fitBody */ .KM)({
        header: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(markdown, options.keep) + warning,
        counts: '',
        sections: [],
        pointer: () => `_… cut here: the summary is over GitHub's 1 MiB limit. ${options.truncatedNote ?? ''}_`,
    }, _body_size_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_LIMIT */ .Jt - 1024);
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text);
        return;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(text, true).write();
}


/***/ })

};
