export const id = 826;
export const ids = [826];
export const modules = {

/***/ 59682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runEntry)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _process_cancellation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31130);
/* harmony import */ var _report_annotations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(856);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67663);
/**
 * Wraps an action's main function: cancellation is handled from the first line (SIGINT/SIGTERM are
 * forwarded to running tools, src/process/cancellation.ts), and anything thrown, or left unhandled
 * in a callback, fails the step with one redacted message and its fix; a stack trace goes to the debug
 * log only.
 */





async function runEntry(main) {
    (0,_process_cancellation_js__WEBPACK_IMPORTED_MODULE_2__/* .handleCancellation */ .qO)();
    process.on('uncaughtException', fail);
    process.on('unhandledRejection', fail);
    try {
        await main();
    }
    catch (err) {
        fail(err);
    }
}
function fail(err) {
    const message = err instanceof Error ? err.message : String(err);
    const fix = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChalkError */ .E && err.fix && !message.includes(err.fix) ? ` Fix: ${err.fix}` : '';
    if (err instanceof Error && err.stack && !(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChalkError */ .E))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz((0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(err.stack));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_report_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .annotationText */ .xr)(`${message}${fix}`));
}


/***/ }),

/***/ 43294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   cp: () => (/* binding */ adviceFor),
/* harmony export */   o3: () => (/* binding */ kindOfStatus)
/* harmony export */ });
const CA_FIX = 'Pass the CA that signed the registry certificate as ca-file.';
const REGISTRY_FIX = 'Check that the host and port serve an OCI registry and that the runner can reach it.';
const ADVICE = {
    unauthorized: {
        says: (c) => `the registry rejected the credentials${c.user ? ` for user "${c.user}"` : ''}`,
        fix: {
            login: 'Check that the token or password is current and belongs to this registry.',
            pull: 'Log in to the registry first (the helm-login action, or `helm registry login`), with a current token.',
        },
    },
    forbidden: {
        says: (c) => `the registry refused ${c.user ? `user "${c.user}"` : 'this identity'}: it is known but not allowed to pull`,
        fix: 'Give Chalk your AWS account ID or Google project ID so they grant it pull access to the chart registry.',
    },
    'not-found': {
        says: (c) => `${c.what ?? 'the repository'} does not exist or is not visible to this identity`,
        fix: {
            login: 'Check the registry host name.',
            pull: 'Check the chart path and version (e.g. oci://754784422779.dkr.ecr.us-east-1.amazonaws.com/charts/chalk-metadata-plane).',
        },
    },
    tls: { says: () => "the registry's TLS certificate is not trusted", fix: CA_FIX },
    connection: { says: () => 'the registry could not be reached', fix: "Check the registry host name and port and the runner's network access to it." },
    timeout: { says: (c) => `the registry did not answer${c.limit ? ` in ${c.limit}` : ' in time'}`, fix: `${REGISTRY_FIX} The timeout input sets this limit.` },
    'server-error': {
        says: (c) => `the registry failed with a server error${c.status ? ` (HTTP ${c.status})` : ''}`,
        fix: 'The registry itself is failing: retry later, and if it persists tell its operator (Chalk, for its registries).',
    },
    'too-large': {
        says: (c) => `the registry sent more than ${c.limit ?? 'the limit'}; reading stopped there`,
        fix: `${REGISTRY_FIX} A tag list or an error is far smaller; a proxy or another service may be answering for it.`,
    },
    'too-many-pages': {
        says: (c) => `the tag list did not end after ${c.limit ?? 'the page limit'}`,
        fix: `${REGISTRY_FIX} A registry's tag list ends; this one keeps naming a next page.`,
    },
    'bad-response': { says: () => 'the registry answered in a way the OCI distribution API does not', fix: REGISTRY_FIX },
    'insecure-realm': {
        says: () => 'the registry asks for a token from a URL that is not https; the credentials were not sent there',
        fix: "A registry's token realm must be an https URL: check that the host is the registry you meant.",
    },
    'ca-file': {
        says: () => 'the ca-file cannot be used',
        fix: 'Set ca-file to a PEM file (-----BEGIN CERTIFICATE-----) holding the CA that signed the registry certificate, as a path relative to the workspace.',
    },
    render: { says: () => 'the chart did not render', fix: 'Fix the value or template at the place helm names.' },
    'operation-in-progress': {
        says: () => 'another helm operation on this release is in progress',
        fix: 'Wait for it to finish, or recover the interrupted release (helm rollback) before retrying.',
    },
    cancelled: { says: () => 'the job was cancelled, so the operation was stopped', fix: 'Nothing to fix: rerun the job.' },
    unknown: { says: () => 'the operation failed', fix: 'Read the message: it says what helm or the registry refused.' },
};
function adviceFor(kind, operation, context = {}) {
    const advice = ADVICE[kind];
    return { says: advice.says(context), fix: typeof advice.fix === 'string' ? advice.fix : advice.fix[operation] };
}
/** The kind an HTTP status from a registry means (undefined for success). */
function kindOfStatus(status) {
    if (status >= 200 && status < 300)
        return undefined;
    if (status === 401)
        return 'unauthorized';
    if (status === 403)
        return 'forbidden';
    if (status === 404)
        return 'not-found';
    if (status >= 500)
        return 'server-error';
    return 'bad-response';
}
/** `1.5 s`, for messages about limits. */
function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}


/***/ }),

/***/ 99493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ HelmClient)
/* harmony export */ });
/* harmony import */ var _process_run_tool_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33915);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65655);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74057);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91572);
/**
 * The shared helm client: one binary of a known version, run with argument arrays. Verbs live
 * in their own modules (registry login/logout, template, upgrade, …) over this client, as helm's
 * own pkg/action does, and pick flags by `version.major` where helm 3 and 4 differ.
 */




/** `helm version` answers at once; a binary that does not is not a usable helm. */
const VERSION_TIMEOUT_MS = 30_000;
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
        const fix = 'Put a working helm 3 or 4 on PATH, or let helm-login install one.';
        const result = await (0,_process_run_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .runTool */ .qI)(path, ['version', '--template', '{{.Version}}'], { env: options.env ?? {}, timeoutMs: VERSION_TIMEOUT_MS }).catch((err) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HelmSetupError */ .me('not-runnable', `Cannot run helm at ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .T)(path)}: ${err.message}`, fix);
        });
        const version = result.exitCode === 0 ? (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHelmVersion */ .En)(result.stdout) : undefined;
        if (!version)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HelmSetupError */ .me('not-runnable', `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .T)(path)} did not report a helm version (exit ${result.exitCode}): ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .T)(result.stderr || result.stdout, 300)}`, fix);
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
/* harmony export */   me: () => (/* binding */ HelmSetupError),
/* harmony export */   t2: () => (/* binding */ HelmError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _advice_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43294);
/**
 * helm's stderr, parsed at the boundary into typed errors, so callers branch on a kind rather
 * than on message text; the fix for each kind comes from the one advice table (advice.ts).
 */


class HelmError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChalkError */ .E {
    stderr;
    exitCode;
    boundary = 'helm';
    constructor(kind, message, stderr, exitCode, fix = (0,_advice_js__WEBPACK_IMPORTED_MODULE_1__/* .adviceFor */ .cp)(kind, 'pull').fix) {
        super(kind, message, fix);
        this.stderr = stderr;
        this.exitCode = exitCode;
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
    ['server-error', /status code 5\d\d\b|status: 5\d\d\b/i],
    ['render', /execution error at \(|parse error at \(|template: .*: executing|YAML parse error on|error converting YAML to JSON/i],
    ['not-found', /\b404\b|not found|manifest unknown|name unknown/i],
    ['timeout', /timed out waiting for the condition|context deadline exceeded|i\/o timeout/i],
    ['connection', /connection refused|no such host|network is unreachable|dial tcp|EOF$/im],
];
/**
 * The line of helm's stderr that says what went wrong: its `Error: …` line, else the `panic: …`
 * line of a crash, else the last line before any goroutine trace — never a stack frame such as
 * `helm.sh/helm/v4@v4.3.2/cmd/helm/helm.go:44 +0x159`.
 */
function helmMessage(stderr) {
    const lines = stderr.split('\n');
    const trace = lines.findIndex((l) => /^goroutine \d+ \[/.test(l));
    const meaningful = (trace >= 0 ? lines.slice(0, trace) : lines)
        .filter((l) => !/^\s/.test(l) || !/\.go:\d+/.test(l))
        .map((l) => l.trim())
        .filter(Boolean);
    const line = meaningful.find((l) => l.startsWith('Error:')) ?? meaningful.find((l) => l.startsWith('panic:')) ?? meaningful.at(-1) ?? '';
    return line.replace(/^(?:Error|panic):\s*/, '');
}
function classifyHelmError(stderr) {
    const message = helmMessage(stderr) || stderr;
    for (const [kind, pattern] of RULES)
        if (pattern.test(message))
            return kind;
    return 'unknown';
}
/** Getting a helm binary failed: the version asked for, its download, or the binary itself. */
class HelmSetupError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChalkError */ .E {
    boundary = 'helm';
}


/***/ }),

/***/ 91572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ unsupportedReason),
/* harmony export */   En: () => (/* binding */ parseHelmVersion),
/* harmony export */   uO: () => (/* binding */ MIN_HELM)
/* harmony export */ });
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


/***/ }),

/***/ 31130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WN: () => (/* binding */ cancellation),
/* harmony export */   i8: () => (/* binding */ signalGroup),
/* harmony export */   qO: () => (/* binding */ handleCancellation),
/* harmony export */   yH: () => (/* binding */ trackChild)
/* harmony export */ });
/* unused harmony export CancelledError */
/** How long a child may take over a forwarded SIGTERM before it is killed (GitHub kills the tree 2.5 s after its SIGTERM). */
const TERM_GRACE_MS = 2_000;
const controller = new AbortController();
const children = new Set();
let received;
let installed = false;
/** Aborts on the first SIGINT or SIGTERM the step receives. */
const cancellation = {
    get signal() {
        return controller.signal;
    },
    /** The signal the step received, if it was cancelled. */
    get received() {
        return received;
    },
};
class CancelledError extends Error {
    signal;
    constructor(signal) {
        super(`cancelled (${signal}): the job is being cancelled, so nothing new is started.`);
        this.signal = signal;
        this.name = 'CancelledError';
    }
}
/** Installs the SIGINT/SIGTERM handlers (once). Until then, node's default (exit at once) applies. */
function handleCancellation() {
    if (installed)
        return;
    installed = true;
    for (const sig of ['SIGINT', 'SIGTERM'])
        process.on(sig, () => onSignal(sig));
}
function onSignal(sig) {
    if (!received) {
        received = sig;
        // 130/143 as a shell reports a process ended by the signal, unless the action already failed.
        process.exitCode ||= sig === 'SIGINT' ? 130 : 143;
        process.stderr.write(`Received ${sig}: stopping ${children.size} running tool${children.size === 1 ? '' : 's'} and finishing the report.\n`);
        controller.abort(new CancelledError(sig));
    }
    for (const child of children)
        signalGroup(child, sig);
    if (sig === 'SIGTERM')
        setTimeout(() => children.forEach((c) => signalGroup(c, 'SIGKILL')), TERM_GRACE_MS).unref();
}
/** Registers a child (started as its own process group) for forwarding until it closes. */
function trackChild(child) {
    handleCancellation();
    children.add(child);
    child.once('close', () => children.delete(child));
    // Started after a cancel: it gets the same signal right away.
    if (received)
        signalGroup(child, received);
}
function signalGroup(child, sig) {
    try {
        if (child.pid)
            process.kill(-child.pid, sig);
    }
    catch {
        // The group is already gone.
    }
}


/***/ }),

/***/ 33915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ ToolTimeoutError),
/* harmony export */   ik: () => (/* binding */ ToolAbortedError),
/* harmony export */   qI: () => (/* binding */ runTool)
/* harmony export */ });
/* unused harmony export DEFAULT_TOOL_TIMEOUT_MS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67663);
/* harmony import */ var _cancellation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31130);
/**
 * Runs an external binary with an argument array (never a shell string), optional stdin, and a
 * time limit. The command line is logged redacted; stdout/stderr are captured, not echoed, so a
 * tool cannot print a secret into the job log behind our back.
 *
 * Processes are started with node's spawn rather than @actions/exec, because @actions/exec has no
 * way to stop a process: a helm waiting on a registry that never answers would hold the job until
 * its 6-hour limit. Each runs as its own process group, registered for cancellation: a job cancel
 * (SIGINT/SIGTERM) is forwarded to it at once and it is awaited (src/process/cancellation.ts).
 */

// eslint-disable-next-line no-restricted-imports -- this module is the one sanctioned place that starts processes.




const DEFAULT_TOOL_TIMEOUT_MS = 10 * 60_000;
/** Time between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 3_000;
class ToolTimeoutError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ChalkError */ .E {
    command;
    timeoutMs;
    boundary = 'process';
    constructor(command, timeoutMs) {
        super('timeout', `${command} did not finish within ${formatSeconds(timeoutMs)} and was stopped.`, 'Raise the timeout input, or find out why it hangs.');
        this.command = command;
        this.timeoutMs = timeoutMs;
    }
}
/** The tool was stopped by its caller's signal or by a job cancel; what it printed until then is kept (helm's last words). */
class ToolAbortedError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ChalkError */ .E {
    command;
    output;
    boundary = 'process';
    constructor(command, kind = 'aborted', output) {
        super(kind, kind === 'cancelled'
            ? `${command} was stopped: the job was cancelled (${_cancellation_js__WEBPACK_IMPORTED_MODULE_4__/* .cancellation */ .WN.received ?? 'signal'}).`
            : `${command} was stopped: the operation it belonged to was cancelled or timed out.`, kind === 'cancelled' ? 'Nothing to fix: a cancelled run reports what it did; run it again.' : 'See the operation that was stopped.');
        this.command = command;
        this.output = output;
    }
}
function formatSeconds(ms) {
    return ms < 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms / 1000)} s`;
}
async function runTool(binary, args, options = {}) {
    const line = (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .logLine */ .BP)([binary, ...args].map(quoteForLog).join(' '));
    if (options.log)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`$ ${line}`);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`$ ${line}`);
    const name = `${binary.split('/').pop() ?? binary} ${args[0] ?? ''}`.trim();
    options.signal?.throwIfAborted();
    if (_cancellation_js__WEBPACK_IMPORTED_MODULE_4__/* .cancellation */ .WN.signal.aborted)
        throw new ToolAbortedError(name, 'cancelled');
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
        (0,_cancellation_js__WEBPACK_IMPORTED_MODULE_4__/* .trackChild */ .yH)(child);
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (b) => stdout.push(b));
        child.stderr.on('data', (b) => stderr.push(b));
        let stopped;
        let killTimer;
        const killGroup = (sig) => (0,_cancellation_js__WEBPACK_IMPORTED_MODULE_4__/* .signalGroup */ .i8)(child, sig);
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
        // Once a stopped or cancelled tool has exited, what is left of its group (a child that ignores SIGINT
        // and holds the pipes) is killed, so the step does not wait on it.
        child.on('exit', () => {
            if (stopped || _cancellation_js__WEBPACK_IMPORTED_MODULE_4__/* .cancellation */ .WN.signal.aborted)
                killGroup('SIGKILL');
        });
        child.on('close', (code) => {
            cleanup();
            const result = { exitCode: code ?? 1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') };
            if (stopped)
                reject(stopped);
            else if (_cancellation_js__WEBPACK_IMPORTED_MODULE_4__/* .cancellation */ .WN.signal.aborted)
                reject(new ToolAbortedError(name, 'cancelled', result));
            else
                resolve(result);
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

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OE: () => (/* binding */ ANNOTATION_LIMIT),
/* harmony export */   fz: () => (/* binding */ annotate),
/* harmony export */   w7: () => (/* binding */ annotation),
/* harmony export */   xr: () => (/* binding */ annotationText)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67663);
/**
 * Runner annotations (`::error file=…,line=…,col=…::…`). GitHub shows at most 10 error and 10 warning
 * annotations per step: past that, findings are still logged, and reports put them in the summary.
 */


const ANNOTATION_LIMIT = 10;
const shown = { error: 0, warning: 0 };
/**
 * Annotation text: redacted, without control characters a terminal or the log viewer would act on
 * (ESC sequences, NUL). Line breaks stay: the runner escapes them, so they cannot start a command.
 */
function annotationText(text) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
}
/** One annotation, within GitHub's per-step limit; past it, a plain log line. */
function annotation(level, message, options = {}) {
    const text = annotationText(message);
    if (shown[level] >= ANNOTATION_LIMIT) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${level}: ${options.file ? `${options.file}:${options.line ?? ''}:${options.col ?? ''}: ` : ''}${text}`);
        return;
    }
    shown[level]++;
    const properties = {
        ...(options.title ? { title: annotationText(options.title) } : {}),
        ...(options.file ? { file: options.file, startLine: options.line, startColumn: options.col } : {}),
    };
    if (level === 'error')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(text, properties);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(text, properties);
}
function annotate(problems, title) {
    for (const p of problems)
        annotation(p.severity, `${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}`, {
            title,
            ...(p.origin ? { file: p.origin.file, line: p.origin.line, col: p.origin.col } : {}),
        });
}


/***/ }),

/***/ 67663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Kp: () => (/* binding */ redactJson),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   gL: () => (/* binding */ weakSecretCount),
/* harmony export */   wV: () => (/* binding */ encodedForms),
/* harmony export */   zn: () => (/* binding */ isWeakSecret)
/* harmony export */ });
/* unused harmony exports REDACTED, forgetSecrets */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65655);
/**
 * The one place secrets are registered. Every value registered here is masked by the runner
 * (`::add-mask::`) and redacted by `redact` before any report, summary, comment or output is
 * written, so a secret cannot leak through a path that forgets to call `core.setSecret`.
 */


const secrets = new Set();
const weak = new Set();
/** Masks `value` in the runner's logs and remembers it for `redact`. Empty values are ignored. */
function registerSecret(value) {
    if (!value)
        return;
    if (isWeakSecret(value))
        weak.add(value);
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
/** Words that stand in paths, ids and messages the runner and the toolkit print anyway. */
const COMMON_WORDS = new Set([
    'runner',
    'work',
    'temp',
    'tmp',
    'home',
    'chalk',
    'helm',
    'registry',
    'config',
    'json',
    'password',
    'secret',
    'admin',
    'root',
    'test',
    'user',
]);
/**
 * A secret so short or common that masking it garbles unrelated text: GitHub masks every occurrence in
 * the log (`/home/***`), so a password `chalk` or `1` turns paths and numbers into `***`. The toolkit never
 * alters the values it generates (outputs, report JSON), and warns in the summary that the log will be garbled.
 */
function isWeakSecret(value) {
    const v = value.trim();
    return v.length < 8 || /^\d+$/.test(v) || COMMON_WORDS.has(v.toLowerCase());
}
/** How many registered secrets are weak (never which: that would narrow them down). */
function weakSecretCount() {
    return weak.size;
}
/**
 * Replaces every registered secret in `text`, longest first so overlapping secrets redact whole. `keep`
 * lists values the toolkit generated (a report path, a registry config path) that are shown unaltered
 * even when a weak secret happens to occur inside them.
 */
function redact(text, keep = []) {
    const kept = keep.filter(Boolean);
    if (kept.length === 0)
        return redactAll(text);
    const pattern = new RegExp(kept.map(escapeRegExp).join('|'), 'g');
    let out = '';
    let last = 0;
    for (const m of text.matchAll(pattern)) {
        out += redactAll(text.slice(last, m.index)) + m[0];
        last = m.index + m[0].length;
    }
    return out + redactAll(text.slice(last));
}
function redactAll(text) {
    let out = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length))
        out = out.split(secret).join(REDACTED);
    return out;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * A value with every string in it (keys too) redacted, for JSON written to a file or an output: redacting
 * the serialised text instead would turn `"schemaVersion": 1` into `"schemaVersion": ***` for a secret `1`.
 * Numbers and booleans are the toolkit's own and stay as they are.
 */
function redactJson(value) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactJson(v));
    if (value && typeof value === 'object' && !(value instanceof Date))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactJson(v)]));
    return value;
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
    weak.clear();
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
