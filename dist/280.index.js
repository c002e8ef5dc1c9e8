export const id = 280;
export const ids = [280];
export const modules = {

/***/ 86923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   Uw: () => (/* binding */ State),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
/** helm-login's input, output and state names, shared by main and post. */
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

/***/ 59682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runEntry)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67663);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81729);
/** Wraps an action's main function: any thrown error fails the step with a redacted message. */



async function runEntry(main) {
    try {
        await main();
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (!(err instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz) && err instanceof Error && err.stack)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz((0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(err.stack));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(message));
    }
}


/***/ }),

/***/ 81729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ getString),
/* harmony export */   Ds: () => (/* binding */ getDuration),
/* harmony export */   SY: () => (/* binding */ getOneOf),
/* harmony export */   TZ: () => (/* binding */ getChoices),
/* harmony export */   c9: () => (/* binding */ getPort),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   vS: () => (/* binding */ getList),
/* harmony export */   xX: () => (/* binding */ getOptional)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/** Typed readers for action inputs, with errors that name the input and the accepted values. */

class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
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
    throw new InputError(`Input ${name} must be true or false, but it is "${raw}".`);
}
function getString(name, fallback = '') {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim() || fallback;
}
/** A duration input in seconds (`300`) or with a unit (`5m`, `90s`, `1h`), as milliseconds. */
function getDuration(name, fallback) {
    const raw = getString(name, fallback);
    const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(raw);
    if (!m)
        throw new InputError(`Input ${name} must be a duration such as 300, 90s, 5m or 1h, but it is "${raw}".`);
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's')];
    return Math.round(Number(m[1]) * unit);
}
/** A subset of `allowed`, from a comma or newline list input. */
function getChoices(name, allowed, fallback) {
    const raw = getList(name);
    if (raw.length === 0)
        return [...fallback];
    const unknown = raw.filter((v) => !allowed.includes(v));
    if (unknown.length)
        throw new InputError(`Input ${name} has unknown value${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; allowed: ${allowed.join(', ')}.`);
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
        throw new InputError(`Input ${name} must be a port number (1-65535), but it is "${raw}".`);
    return port;
}
/** The input's trimmed value, or undefined when it is empty. */
function getOptional(name) {
    return getString(name) || undefined;
}


/***/ }),

/***/ 99493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ HelmClient)
/* harmony export */ });
/* harmony import */ var _process_run_tool_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33915);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74057);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91572);
/**
 * The shared helm client: one binary of a known version, run with argument arrays. Verbs live
 * in their own modules (registry login/logout, template, upgrade, …) over this client, as helm's
 * own pkg/action does, and pick flags by `version.major` where helm 3 and 4 differ.
 */



class HelmClient {
    path;
    version;
    env;
    constructor(path, version, env) {
        this.path = path;
        this.version = version;
        this.env = env;
    }
    /** Asks the binary for its version; fails clearly when it is not a runnable helm. */
    static async at(path, options = {}) {
        const result = await (0,_process_run_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .runTool */ .qI)(path, ['version', '--template', '{{.Version}}'], { env: options.env ?? {} }).catch((err) => {
            throw new Error(`Cannot run helm at ${path}: ${err.message}`);
        });
        const version = result.exitCode === 0 ? (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHelmVersion */ .En)(result.stdout) : undefined;
        if (!version)
            throw new Error(`${path} did not report a helm version (exit ${result.exitCode}): ${(result.stderr || result.stdout).trim().slice(0, 300)}`);
        return new HelmClient(path, version, options.env ?? {});
    }
    withEnv(env) {
        return new HelmClient(this.path, this.version, { ...this.env, ...env });
    }
    /** Runs helm; a non-zero exit becomes a typed HelmError carrying helm's own message. */
    async run(args, options = {}) {
        const result = await this.exec(args, options);
        if (result.exitCode !== 0) {
            const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .helmMessage */ .S_)(result.stderr) || `helm ${args[0] ?? ''} exited with code ${result.exitCode}`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HelmError */ .t2((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyHelmError */ .B9)(result.stderr), message, result.stderr, result.exitCode);
        }
        return result;
    }
    /** Runs helm and returns the result whatever the exit code. */
    exec(args, options = {}) {
        return (0,_process_run_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .runTool */ .qI)(this.path, args, { ...options, env: { ...this.env, ...(options.env ?? {}) } });
    }
}


/***/ }),

/***/ 74057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ classifyHelmError),
/* harmony export */   S_: () => (/* binding */ helmMessage),
/* harmony export */   t2: () => (/* binding */ HelmError)
/* harmony export */ });
class HelmError extends Error {
    kind;
    stderr;
    exitCode;
    constructor(kind, message, stderr, exitCode) {
        super(message);
        this.kind = kind;
        this.stderr = stderr;
        this.exitCode = exitCode;
        this.name = 'HelmError';
    }
}
const RULES = [
    ['operation-in-progress', /another operation \(install\/upgrade\/rollback\) is in progress/i],
    ['tls', /x509:|certificate signed by unknown authority|tls: failed to verify|certificate is not valid/i],
    [
        'unauthorized',
        /\b401\b|unauthorized|authentication required|invalid username\/password|incorrect username or password|denied: your authorization token has expired|basic credential not found/i,
    ],
    ['forbidden', /\b403\b|forbidden|denied: (?!your authorization)/i],
    ['render', /execution error at \(|parse error at \(|template: .*: executing|YAML parse error on|error converting YAML to JSON/i],
    ['not-found', /\b404\b|not found|manifest unknown|name unknown/i],
    ['timeout', /timed out waiting for the condition|context deadline exceeded|i\/o timeout/i],
    ['connection', /connection refused|no such host|network is unreachable|dial tcp|EOF$/im],
];
/** The first meaningful `Error: …` line of helm's stderr (helm prints one). */
function helmMessage(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const errorLine = lines.find((l) => l.startsWith('Error:'));
    return (errorLine ?? lines[lines.length - 1] ?? '').replace(/^Error:\s*/, '');
}
function classifyHelmError(stderr) {
    const message = helmMessage(stderr) || stderr;
    for (const [kind, pattern] of RULES)
        if (pattern.test(message))
            return kind;
    return 'unknown';
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

/***/ 91572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ unsupportedReason),
/* harmony export */   En: () => (/* binding */ parseHelmVersion),
/* harmony export */   uO: () => (/* binding */ MIN_HELM)
/* harmony export */ });
/* unused harmony exports SUPPORTED_MAJORS, compareVersions */
/** Helm versions: parsing `helm version` output and the supported range. */
/** The oldest helm this toolkit drives (OCI registry support and `--password-stdin` as used here). */
const MIN_HELM = { major: 3, minor: 18 };
/** Majors whose flags the engine knows. */
const SUPPORTED_MAJORS = [3, 4];
function parseHelmVersion(text) {
    const m = /v?(\d+)\.(\d+)\.(\d+)(?:[-+][\w.+-]*)?/.exec(text.trim());
    if (!m)
        return undefined;
    return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), raw: m[0].startsWith('v') ? m[0] : `v${m[0]}` };
}
/** Why `version` cannot be used, or undefined when it can. */
function unsupportedReason(version) {
    if (!SUPPORTED_MAJORS.includes(version.major))
        return `helm ${version.raw} is not a supported major (supported: ${SUPPORTED_MAJORS.join(', ')})`;
    if (version.major === MIN_HELM.major && version.minor < MIN_HELM.minor)
        return `helm ${version.raw} is older than the minimum v${MIN_HELM.major}.${MIN_HELM.minor}.0`;
    return undefined;
}
function compareVersions(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}


/***/ }),

/***/ 33915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ ToolTimeoutError),
/* harmony export */   qI: () => (/* binding */ runTool)
/* harmony export */ });
/* unused harmony exports DEFAULT_TOOL_TIMEOUT_MS, ToolAbortedError */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67663);
/**
 * Runs an external binary with an argument array (never a shell string), optional stdin, and a
 * time limit. The command line is logged redacted; stdout/stderr are captured, not echoed, so a
 * tool cannot print a secret into the job log behind our back.
 *
 * Processes are started with node's spawn rather than @actions/exec, because @actions/exec has no
 * way to stop a process: a helm waiting on a registry that never answers would hold the job until
 * its 6-hour limit.
 */

// eslint-disable-next-line no-restricted-imports -- this module is the one sanctioned place that starts processes.


const DEFAULT_TOOL_TIMEOUT_MS = 10 * 60_000;
/** Time between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 3_000;
class ToolTimeoutError extends Error {
    command;
    timeoutMs;
    constructor(command, timeoutMs) {
        super(`${command} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped.`);
        this.command = command;
        this.timeoutMs = timeoutMs;
        this.name = 'ToolTimeoutError';
    }
}
class ToolAbortedError extends Error {
    command;
    constructor(command) {
        super(`${command} was stopped: the operation it belonged to was cancelled or timed out.`);
        this.command = command;
        this.name = 'ToolAbortedError';
    }
}
async function runTool(binary, args, options = {}) {
    const line = (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .logLine */ .BP)([binary, ...args].map(quoteForLog).join(' '));
    if (options.log)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`$ ${line}`);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`$ ${line}`);
    const name = `${binary.split('/').pop() ?? binary} ${args[0] ?? ''}`.trim();
    options.signal?.throwIfAborted();
    const timeoutMs = options.timeoutMs ?? DEFAULT_TOOL_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)(binary, [...args], {
            cwd: options.cwd,
            env: { ...process.env, ...(options.env ?? {}) },
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            // Its own process group, so a stop reaches any children it started (which would otherwise keep its pipes open).
            detached: true,
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (b) => stdout.push(b));
        child.stderr.on('data', (b) => stderr.push(b));
        let stopped;
        let killTimer;
        const killGroup = (sig) => {
            try {
                if (child.pid)
                    process.kill(-child.pid, sig);
            }
            catch {
                // The group is already gone.
            }
        };
        const stop = (reason) => {
            if (stopped)
                return;
            stopped = reason;
            killGroup('SIGTERM');
            killTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
        };
        const timer = setTimeout(() => stop(new ToolTimeoutError(name, timeoutMs)), timeoutMs);
        const onAbort = () => stop(new ToolAbortedError(name));
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const cleanup = () => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
        };
        child.on('error', (err) => {
            cleanup();
            reject(new Error(`Cannot run ${binary}: ${err.message}`));
        });
        child.on('close', (code) => {
            cleanup();
            if (stopped)
                reject(stopped);
            else
                resolve({ exitCode: code ?? 1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
        });
        // A tool that exits without reading stdin makes the write fail with EPIPE; its exit code tells the story.
        child.stdin.on('error', () => { });
        child.stdin.end(options.stdin ?? '');
    });
}
function quoteForLog(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}


/***/ }),

/***/ 67663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony exports encodedForms, REDACTED, forgetSecrets */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65655);
/**
 * The one place secrets are registered. Every value registered here is masked by the runner
 * (`::add-mask::`) and redacted by `redact` before any report, summary, comment or output is
 * written, so a secret cannot leak through a path that forgets to call `core.setSecret`.
 */


const secrets = new Set();
/** Masks `value` in the runner's logs and remembers it for `redact`. Empty values are ignored. */
function registerSecret(value) {
    if (!value)
        return;
    const forms = new Set([value, ...value.split(/\r?\n/).filter((line) => line.trim().length >= 4)]);
    for (const form of encodedForms(value))
        forms.add(form);
    for (const form of forms) {
        if (!form || secrets.has(form))
            continue;
        secrets.add(form);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(form);
    }
}
/**
 * The forms a secret takes once it passes through an encoder on its way out: JSON-escaped (a
 * report), base64 (a Secret manifest), HTML- and table-escaped (a markdown summary or comment).
 */
function encodedForms(value) {
    const html = value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    return [JSON.stringify(value).slice(1, -1), Buffer.from(value, 'utf8').toString('base64'), html, html.replaceAll('|', '\\|')];
}
const REDACTED = '***';
/** Replaces every registered secret in `text`, longest first so overlapping secrets redact whole. */
function redact(text) {
    let out = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length))
        out = out.split(secret).join(REDACTED);
    return out;
}
/**
 * One redacted log line. Remote text (a server's error body, a Kubernetes status message) may hold
 * newlines; a following line starting with `::` would be read by the runner as a workflow command
 * (`::stop-commands::`, a forged `::error::`), so line breaks are shown, not printed.
 */
function logLine(text) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .T)(redact(text), 4000);
}
/** Clears the registry; for tests that run several actions in one process. */
function forgetSecrets() {
    secrets.clear();
}


/***/ }),

/***/ 65655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ oneLine)
/* harmony export */ });
/** Text from elsewhere (servers, tools), made safe to show on one line. */
/**
 * Text from a server, made safe for a log line: one line (a newline could start a workflow
 * command such as `::stop-commands::` or a fake `::error::`), no control characters, capped.
 */
function oneLine(text, max = 500) {
    const flat = text
        // eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}


/***/ })

};
