export const id = 653;
export const ids = [653];
export const modules = {

/***/ 33653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/report/secrets.ts
var secrets = __webpack_require__(67663);
;// CONCATENATED MODULE: ./src/runner/workflow-commands.ts
/**
 * Parsing of what an action prints and writes, as the GitHub runner reads it: workflow commands
 * on stdout (`::error file=a,line=1::msg`) and the key/value "file commands" (GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_STATE), including their `name<<DELIMITER` multi-line form.
 */
const COMMAND = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/;
function unescapeData(s) {
    return s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
}
function unescapeProperty(s) {
    return s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
}
function parseCommand(line) {
    const m = COMMAND.exec(line.replace(/\r$/, ''));
    if (!m)
        return undefined;
    const properties = {};
    for (const pair of (m[2] ?? '').split(',')) {
        const eq = pair.indexOf('=');
        if (eq > 0)
            properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
    return { command: m[1], properties, message: unescapeData(m[3] ?? '') };
}
/** Parses a GITHUB_OUTPUT-style file; throws on a malformed heredoc, as the runner does. */
function parseFileCommand(text) {
    const out = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            continue;
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        const eq = line.indexOf('=');
        if (heredoc && (eq < 0 || eq > line.indexOf('<<'))) {
            const [, name, delimiter] = heredoc;
            const body = [];
            for (i++; i < lines.length && lines[i] !== delimiter; i++)
                body.push(lines[i]);
            if (i >= lines.length)
                throw new Error(`Matching delimiter not found '${delimiter}'`);
            out[name] = body.join('\n');
        }
        else if (eq > 0) {
            out[line.slice(0, eq)] = line.slice(eq + 1);
        }
        else {
            throw new Error(`Invalid format '${line}'`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/runner/action-runner.ts
/**
 * Runs a bundled action (`dist/<name>/index.js`) the way the GitHub runner does: inputs as
 * `INPUT_<NAME>` variables with action.yml defaults, the GITHUB_* command files, workflow commands
 * parsed from stdout, and `pre`/`post` steps run with the saved state. Every value the action
 * registers with `::add-mask::` is then searched for in everything it produced: a leak fails.
 */
// eslint-disable-next-line no-restricted-imports -- the runner starts the action's process itself, as GitHub's runner does.








class SecretLeakError extends Error {
}
async function readActionMetadata(actionDir) {
    const meta = (0,dist/* parse */.qg)(await (0,promises_.readFile)((0,external_node_path_.join)(actionDir, 'action.yml'), 'utf8'));
    if (meta?.runs?.using !== 'node24')
        throw new Error(`${actionDir}/action.yml: runs.using must be node24, found ${String(meta?.runs?.using)}.`);
    return meta;
}
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/**
 * One job of a workflow: steps run in order, each seeing the env, PATH and masks of the steps
 * before it; `post:` steps run at the end of the job, in reverse order, as on GitHub.
 */
class LocalJob {
    options;
    runnerTemp;
    commandFiles;
    jobEnv = {};
    pathAdditions = [];
    posts = [];
    runs = [];
    /** A post step was left out, so credential files it would delete are legitimately still there. */
    skippedPost = false;
    constructor(options, runnerTemp, commandFiles) {
        this.options = options;
        this.runnerTemp = runnerTemp;
        this.commandFiles = commandFiles;
    }
    static async create(options) {
        if (!(0,external_node_fs_.existsSync)(options.node))
            throw new Error(`Node 24 binary not found at ${options.node}; run npm run tools.`);
        const runnerTemp = options.runnerTemp ?? (await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'chalk-runner-')));
        return new LocalJob(options, runnerTemp, await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'chalk-commands-')));
    }
    /** Variables exported by the steps so far (GITHUB_ENV). */
    get env() {
        return this.jobEnv;
    }
    /** Runs the action's `pre` and `main`; its `post` is queued for `finish`. */
    async run(actionDir, inputs = {}, { post = true } = {}) {
        const dir = (0,external_node_path_.resolve)(actionDir);
        const meta = await readActionMetadata(dir);
        for (const name of Object.keys(inputs)) {
            if (!(name in (meta.inputs ?? {})))
                throw new Error(`${dir}/action.yml declares no input "${name}".`);
        }
        const inputEnv = {};
        for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
            inputEnv[inputEnvName(name)] = inputs[name] ?? (spec.default === undefined ? '' : String(spec.default));
        }
        const state = {};
        const pre = meta.runs.pre ? await this.stage('pre', dir, meta.runs.pre, inputEnv, state) : undefined;
        const main = await this.stage('main', dir, meta.runs.main, inputEnv, state);
        const run = {
            main,
            ...(pre ? { pre } : {}),
            exitCode: main.exitCode,
            outputs: main.outputs,
            annotations: main.annotations,
            summary: main.summary,
            masks: [...new Set([...(pre?.masks ?? []), ...main.masks])],
            runnerTemp: this.runnerTemp,
        };
        // post-if defaults to always(): the post step runs whether main succeeded or not.
        if (meta.runs.post && post)
            this.posts.push({ run, actionDir: dir, entry: meta.runs.post, inputEnv, state });
        else if (meta.runs.post)
            this.skippedPost = true;
        this.runs.push(run);
        return run;
    }
    /** Runs the queued post steps in reverse order, then checks every step for leaked masked values. */
    async finish() {
        try {
            for (const pending of this.posts.reverse()) {
                const post = await this.stage('post', pending.actionDir, pending.entry, pending.inputEnv, pending.state);
                pending.run.post = post;
                pending.run.masks = [...new Set([...pending.run.masks, ...post.masks])];
            }
            this.posts.length = 0;
            if (this.options.failOnLeak !== false) {
                // Masks are job-wide on GitHub: a value one step masks must not appear in any step.
                const masks = [...new Set(this.runs.flatMap((r) => r.masks))];
                const files = this.skippedPost ? new Map() : await filesLeftIn(this.runnerTemp);
                for (const run of this.runs)
                    assertNoLeaks({ ...run, masks }, files);
            }
        }
        finally {
            await (0,promises_.rm)(this.commandFiles, { recursive: true, force: true });
        }
    }
    async stage(kind, actionDir, entry, inputEnv, state) {
        const prefix = (0,external_node_path_.join)(this.commandFiles, `${this.runs.length}-${kind}`);
        const files = {
            GITHUB_OUTPUT: `${prefix}-output`,
            GITHUB_ENV: `${prefix}-env`,
            GITHUB_STATE: `${prefix}-state`,
            GITHUB_PATH: `${prefix}-path`,
            GITHUB_STEP_SUMMARY: `${prefix}-summary`,
        };
        await Promise.all(Object.values(files).map((f) => (0,promises_.writeFile)(f, '')));
        const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
        const env = {
            PATH: [...this.pathAdditions.slice().reverse(), (0,external_node_path_.dirname)(this.options.node), process.env.PATH ?? ''].join(':'),
            HOME: process.env.HOME ?? '/root',
            GITHUB_ACTIONS: 'true',
            CI: 'true',
            GITHUB_WORKSPACE: this.options.workspace,
            GITHUB_ACTION_PATH: actionDir,
            RUNNER_TEMP: this.runnerTemp,
            RUNNER_OS: 'Linux',
            RUNNER_ARCH: 'X64',
            ...definedOnly(this.options.env ?? {}),
            ...this.jobEnv,
            ...inputEnv,
            ...stateEnv,
            ...files,
        };
        const started = performance.now();
        const { code, stdout, stderr } = await spawnNode(this.options.node, entryPath(actionDir, entry), this.options.workspace, env, {
            timeoutMs: this.options.timeoutMs ?? 300_000,
            // A post step is not cancelled: it is what cleans up after a cancel.
            ...(kind !== 'post' && this.options.signal ? { signal: this.options.signal } : {}),
            ...(this.options.onLine ? { onLine: (stream, text) => this.options.onLine({ stage: kind, stream, text }) } : {}),
        });
        const outputs = parseFileCommand(await (0,promises_.readFile)(files.GITHUB_OUTPUT, 'utf8'));
        const newState = parseFileCommand(await (0,promises_.readFile)(files.GITHUB_STATE, 'utf8'));
        const newEnv = parseFileCommand(await (0,promises_.readFile)(files.GITHUB_ENV, 'utf8'));
        const newPath = (await (0,promises_.readFile)(files.GITHUB_PATH, 'utf8')).split('\n').filter(Boolean);
        const annotations = [];
        const masks = [];
        const groups = [];
        // `::stop-commands::TOKEN` suspends command processing until a line `::TOKEN::`.
        let stopToken;
        for (const line of stdout.split('\n')) {
            const cmd = parseCommand(line);
            if (!cmd)
                continue;
            if (stopToken !== undefined) {
                if (cmd.command === stopToken)
                    stopToken = undefined;
                continue;
            }
            if (cmd.command === 'stop-commands')
                stopToken = cmd.message;
            else if (cmd.command === 'group')
                groups.push(cmd.message);
            else if (cmd.command === 'add-mask')
                masks.push(cmd.message);
            else if (cmd.command === 'set-output')
                outputs[cmd.properties.name ?? ''] = cmd.message;
            else if (cmd.command === 'save-state')
                newState[cmd.properties.name ?? ''] = cmd.message;
            else if (cmd.command === 'error' || cmd.command === 'warning' || cmd.command === 'notice') {
                const a = { level: cmd.command, message: cmd.message };
                if (cmd.properties.file)
                    a.file = cmd.properties.file;
                if (cmd.properties.line)
                    a.line = Number(cmd.properties.line);
                if (cmd.properties.col)
                    a.col = Number(cmd.properties.col);
                if (cmd.properties.title)
                    a.title = cmd.properties.title;
                annotations.push(a);
            }
        }
        Object.assign(state, newState);
        Object.assign(this.jobEnv, newEnv);
        this.pathAdditions.push(...newPath);
        return {
            stage: kind,
            exitCode: code,
            stdout,
            stderr,
            annotations,
            outputs,
            state: newState,
            env: newEnv,
            path: newPath,
            summary: await (0,promises_.readFile)(files.GITHUB_STEP_SUMMARY, 'utf8'),
            masks,
            groups,
            durationMs: Math.round(performance.now() - started),
        };
    }
}
/** Runs one action as a job of its own: pre, main, then (after `beforePost`) post. */
async function runAction(options) {
    const job = await LocalJob.create(options);
    let run;
    try {
        run = await job.run(options.actionDir, options.inputs ?? {}, { post: options.post !== false });
        await options.beforePost?.(run.main);
    }
    finally {
        await job.finish();
    }
    return run;
}
/**
 * Throws when any masked value — or its JSON-, base64-, HTML- or table-escaped form — appears in
 * stdout (outside its own add-mask line), stderr, a summary, an output, saved state, an exported
 * variable, or a file the job left in RUNNER_TEMP (`files`: path → content).
 */
function assertNoLeaks(run, files = new Map()) {
    // A weak secret (`chalk`, `1`) occurs in unrelated text the toolkit must not alter (paths, counts); the
    // action warns that GitHub will garble the log, and leak tests use strong canaries.
    const strong = run.masks.filter((m) => m && !(0,secrets/* isWeakSecret */.zn)(m));
    const forms = [...new Set(strong.flatMap((m) => [m, ...(0,secrets/* encodedForms */.wV)(m)]))].filter((f) => f.length >= 3);
    const leaks = [];
    const scan = (where, text) => {
        for (const form of forms)
            if (text.includes(form))
                leaks.push(`${where} contains a masked value (${form.length} chars)`);
    };
    for (const step of [run.pre, run.main, run.post]) {
        if (!step)
            continue;
        const stdout = step.stdout
            .split('\n')
            .filter((l) => !l.startsWith('::add-mask::'))
            .join('\n');
        scan(`${step.stage} stdout`, stdout);
        scan(`${step.stage} stderr`, step.stderr);
        scan(`${step.stage} summary`, step.summary);
        for (const [k, v] of Object.entries(step.outputs))
            scan(`${step.stage} output ${k}`, v);
        for (const [k, v] of Object.entries(step.state))
            scan(`${step.stage} state ${k}`, v);
        for (const [k, v] of Object.entries(step.env))
            scan(`${step.stage} exported variable ${k}`, v);
    }
    for (const [path, text] of files)
        scan(`file ${path}`, text);
    if (leaks.length)
        throw new SecretLeakError(`Secret leak: ${[...new Set(leaks)].join('; ')}`);
}
/** Text files the job left in RUNNER_TEMP (reports, configs), for the leak check. */
async function filesLeftIn(dir) {
    const out = new Map();
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
        if (!entry.isFile())
            continue;
        const path = (0,external_node_path_.join)(entry.parentPath, entry.name);
        const info = await (0,promises_.stat)(path);
        if (info.size > 4 << 20)
            continue;
        const buffer = await (0,promises_.readFile)(path);
        if (!buffer.includes(0))
            out.set(path, buffer.toString('utf8'));
    }
    return out;
}
function definedOnly(env) {
    return Object.fromEntries(Object.entries(env).filter((e) => e[1] !== undefined));
}
/** GitHub's cancel: SIGINT, SIGTERM 7.5 s later, the kill 2.5 s after that. */
const CANCEL_SEQUENCE = [
    { signal: 'SIGINT', afterMs: 0 },
    { signal: 'SIGTERM', afterMs: 7_500 },
    { signal: 'SIGKILL', afterMs: 10_000 },
];
function spawnNode(node, script, cwd, env, options) {
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)(node, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        const lines = { stdout: '', stderr: '' };
        const collect = (stream, into) => (b) => {
            into.push(b);
            if (!options.onLine)
                return;
            const parts = (lines[stream] + b.toString('utf8')).split('\n');
            lines[stream] = parts.pop() ?? '';
            for (const text of parts)
                options.onLine(stream, text);
        };
        child.stdout.on('data', collect('stdout', out));
        child.stderr.on('data', collect('stderr', err));
        const timers = [setTimeout(() => child.kill('SIGKILL'), options.timeoutMs)];
        const cancel = () => {
            for (const step of CANCEL_SEQUENCE)
                timers.push(setTimeout(() => child.kill(step.signal), step.afterMs));
        };
        if (options.signal?.aborted)
            cancel();
        else
            options.signal?.addEventListener('abort', cancel, { once: true });
        child.on('error', reject);
        child.on('close', (code, signal) => {
            timers.forEach(clearTimeout);
            options.signal?.removeEventListener('abort', cancel);
            for (const stream of ['stdout', 'stderr'])
                if (lines[stream])
                    options.onLine?.(stream, lines[stream]);
            const stderr = Buffer.concat(err).toString('utf8') + (signal ? `\n[killed by ${signal}]` : '');
            resolvePromise({ code: code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 137), stdout: Buffer.concat(out).toString('utf8'), stderr });
        });
    });
}
/**
 * The file a `runs.main`/`post` names. CHALK_ACTIONS_DIST points the repository's `dist/` at another build
 * (`node scripts/build.mjs --out DIR`), so work in progress can be run end to end without rewriting dist/.
 */
function entryPath(actionDir, entry) {
    const path = (0,external_node_path_.resolve)(actionDir, entry);
    const override = process.env.CHALK_ACTIONS_DIST;
    if (!override)
        return path;
    const at = path.lastIndexOf(`${external_node_path_.sep}dist${external_node_path_.sep}`);
    return at < 0 ? path : (0,external_node_path_.join)((0,external_node_path_.resolve)(override), (0,external_node_path_.relative)(path.slice(0, at + 5), path));
}

;// CONCATENATED MODULE: ./src/cli/args.ts
/** The `chalk-actions` command line, parsed into a typed command with errors that say what to type instead. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
const USAGE = `Usage:
  chalk-actions <action> [--input name=value]... [--json] [--report FILE] [--verbose] [--workspace DIR] [--node PATH]
  chalk-actions pipeline --env NAME [--config FILE] [--json] [--report FILE] [--verbose] [--workspace DIR] [--node PATH]
  chalk-actions <action> --help     the action's inputs and outputs, from its action.yml
  chalk-actions --help

Runs the committed bundle of an action (dist/) the way GitHub's runner does: inputs, workflow commands,
job summary, outputs, post steps, masks. The exit code is the action's (pipeline: the first failing step's).`;
/** Parses argv (without node and the script). `actions` are the known action names. */
function parseArgs(argv, actions) {
    const [first, ...rest] = argv;
    if (!first || first === '--help' || first === '-h' || first === 'help')
        return { kind: 'help' };
    if (first !== 'pipeline' && !actions.includes(first))
        throw new UsageError(`Unknown action "${first}". Actions: ${actions.join(', ')}; or: pipeline --env NAME.`);
    if (rest.includes('--help') || rest.includes('-h'))
        return first === 'pipeline' ? { kind: 'help' } : { kind: 'help', action: first };
    const inputs = {};
    const flags = { json: false, verbose: false };
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        const value = () => {
            const v = rest[++i];
            if (v === undefined)
                throw new UsageError(`${arg} needs a value.`);
            return v;
        };
        if (arg === '--json')
            flags.json = true;
        else if (arg === '--verbose' || arg === '-v')
            flags.verbose = true;
        else if (arg === '--workspace')
            flags.workspace = value();
        else if (arg === '--node')
            flags.node = value();
        else if (arg === '--report')
            flags.report = value();
        else if (arg === '--env' && first === 'pipeline')
            flags.env = value();
        else if (arg === '--config' && first === 'pipeline')
            flags.config = value();
        else if ((arg === '--input' || arg === '-i') && first !== 'pipeline') {
            const pair = value();
            const eq = pair.indexOf('=');
            if (eq <= 0)
                throw new UsageError(`--input takes name=value, e.g. --input values-files=values.yaml; got "${pair}".`);
            inputs[pair.slice(0, eq)] = pair.slice(eq + 1);
        }
        else
            throw new UsageError(`Unknown option "${arg}". ${first === 'pipeline' ? 'See chalk-actions --help.' : `See chalk-actions ${first} --help.`}`);
    }
    const common = {
        json: flags.json,
        verbose: flags.verbose,
        ...(flags.workspace ? { workspace: flags.workspace } : {}),
        ...(flags.node ? { node: flags.node } : {}),
        ...(flags.report ? { report: flags.report } : {}),
    };
    if (first === 'pipeline') {
        if (!flags.env)
            throw new UsageError('pipeline needs --env NAME (an environment directory of the configuration, e.g. --env dev).');
        return { kind: 'pipeline', env: flags.env, ...(flags.config ? { config: flags.config } : {}), ...common };
    }
    return { kind: 'run', action: first, inputs, ...common };
}

;// CONCATENATED MODULE: ./src/cli/pipeline.ts
/**
 * The pipeline file (`chalk-actions.yml` in the caller's repository): per environment, the inputs of
 * each step, and `defaults` shared by every step that declares that input. Steps run in the pipeline's
 * order (preflight → helm-login → render-and-diff → deploy-metadata → deploy-dataplane → verify →
 * drift-check), each only when its section is present. `${NAME}` takes a value from the environment,
 * so secrets never sit in the file. Every mistake is reported with the file, the line and the fix,
 * before anything runs.
 */



const STEP_ORDER = ['preflight', 'helm-login', 'render-and-diff', 'deploy-metadata', 'deploy-dataplane', 'verify', 'drift-check'];
const STEP_TITLES = {
    preflight: 'Preflight: configuration and tools',
    'helm-login': 'Log in to the chart registry',
    'render-and-diff': 'Render and diff against the release',
    'deploy-metadata': 'Deploy the Metadata Plane',
    'deploy-dataplane': 'Deploy the Data Plane chart set',
    verify: 'Verify readiness',
    'drift-check': 'Check for drift',
};
class PipelineError extends Error {
    file;
    line;
    fix;
    constructor(file, line, message, fix) {
        super(`${file}:${line}: ${message} Fix: ${fix}`);
        this.file = file;
        this.line = line;
        this.fix = fix;
        this.name = 'PipelineError';
    }
}
/** `root` is the toolkit checkout whose actions/<name>/action.yml declare the inputs. */
function loadPipeline(file, env, vars, root) {
    if (!(0,external_node_fs_.existsSync)(file))
        throw new PipelineError(file, 1, 'the pipeline file does not exist.', 'Create chalk-actions.yml (see docs/cli.md) or pass --config FILE.');
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true });
    const lineOf = (node) => {
        const range = node && 'range' in node ? node.range : node && 'key' in node && (0,dist/* isScalar */.jn)(node.key) ? node.key.range : undefined;
        return range ? lines.linePos(range[0]).line : 1;
    };
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new PipelineError(file, lines.linePos(e.pos[0]).line, `not valid YAML: ${e.message.split('\n')[0]}`, 'Correct the YAML at that line.');
    }
    const environments = doc.get('environments', true);
    if (!(0,dist/* isMap */.jh)(environments))
        throw new PipelineError(file, lineOf(doc.contents), 'has no `environments:` map.', 'Add environments: { dev: { … } }.');
    const section = environments.get(env, true);
    if (!(0,dist/* isMap */.jh)(section)) {
        const names = environments.items.map((p) => String((0,dist/* isScalar */.jn)(p.key) ? p.key.value : p.key));
        throw new PipelineError(file, lineOf(environments), `has no environment "${env}".`, `Use one of: ${names.join(', ') || '(none)'}, or add it.`);
    }
    // An anchor shared by several steps (`helm-login: *login`) reads as the node it names.
    const deref = (node) => ((0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node);
    const stringValue = (given, where) => {
        const node = deref(given);
        const raw = (0,dist/* isSeq */.oP)(node) ? node.items.map((i) => String((0,dist/* isScalar */.jn)(i) ? i.value : '')).join('\n') : (0,dist/* isScalar */.jn)(node) ? String(node.value ?? '') : undefined;
        if (raw === undefined)
            throw new PipelineError(file, lineOf(node), `${where} must be a value or a list of values.`, 'Write it as text, a number, true/false or a list.');
        return raw.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
            const value = vars[name];
            if (value === undefined)
                throw new PipelineError(file, lineOf(node), `${where} uses \${${name}}, which is not set in the environment.`, `Export ${name} before running the pipeline.`);
            return value;
        });
    };
    const inputsOf = (raw, where) => {
        const node = deref(raw);
        const out = new Map();
        if (node === undefined || ((0,dist/* isScalar */.jn)(node) && node.value === true))
            return out;
        if (!(0,dist/* isMap */.jh)(node))
            throw new PipelineError(file, lineOf(node), `${where} must be a map of inputs (or true).`, 'Write input: value lines under it.');
        for (const pair of node.items) {
            const key = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
            out.set(key, { value: stringValue(pair.value, `${where}.${key}`), line: lineOf(pair) });
        }
        return out;
    };
    const known = new Set([...STEP_ORDER, 'defaults']);
    for (const pair of section.items) {
        const key = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
        if (!known.has(key))
            throw new PipelineError(file, lineOf(pair), `environments.${env}.${key} is not a step.`, `Steps: ${STEP_ORDER.join(', ')}; shared inputs go under defaults.`);
    }
    const defaults = inputsOf(section.get('defaults', true), `environments.${env}.defaults`);
    const steps = [];
    for (const action of STEP_ORDER) {
        if (!section.has(action))
            continue;
        const meta = readMetadata(root, action);
        const declared = new Set(Object.keys(meta.inputs ?? {}));
        const own = inputsOf(section.get(action, true), `environments.${env}.${action}`);
        for (const [name, { line }] of own)
            if (!declared.has(name))
                throw new PipelineError(file, line, `${action} has no input "${name}".`, `Its inputs: ${[...declared].join(', ')} (chalk-actions ${action} --help).`);
        const inputs = {};
        for (const [name, { value }] of defaults)
            if (declared.has(name))
                inputs[name] = value;
        for (const [name, { value }] of own)
            inputs[name] = value;
        steps.push({ title: STEP_TITLES[action], action, inputs });
    }
    if (steps.length === 0)
        throw new PipelineError(file, lineOf(section), `environment "${env}" has no steps.`, `Add at least one of: ${STEP_ORDER.join(', ')}.`);
    return { workspace: (0,external_node_path_.dirname)(file), steps };
}
function readMetadata(root, action) {
    return (0,dist/* parseDocument */.Tp)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, 'actions', action, 'action.yml'), 'utf8')).toJS();
}

;// CONCATENATED MODULE: ./src/cli/terminal.ts
/**
 * What an action prints and writes, made readable in a terminal: workflow commands as plain lines
 * (`file:line:col: error: message`, groups folded under their titles, masks applied), and the job
 * summary's markdown as text (tables aligned, `<details>` as indented sections).
 */

const PLAIN = { red: (t) => t, yellow: (t) => t, dim: (t) => t, bold: (t) => t };
const COLOURS = {
    red: (t) => `\u001b[31m${t}\u001b[39m`,
    yellow: (t) => `\u001b[33m${t}\u001b[39m`,
    dim: (t) => `\u001b[2m${t}\u001b[22m`,
    bold: (t) => `\u001b[1m${t}\u001b[22m`,
};
/** Turns one step's stdout, line by line, into what a person reads; keeps the masks it learns. */
class CommandRenderer {
    style;
    verbose;
    masks = new Set();
    stopToken;
    group;
    constructor(style = PLAIN, verbose = false) {
        this.style = style;
        this.verbose = verbose;
    }
    /** The text to show for `line`, or undefined when it shows nothing. */
    render(line) {
        const cmd = this.stopToken === undefined || line.startsWith(`::${this.stopToken}::`) ? parseCommand(line) : undefined;
        if (!cmd)
            return this.text(line);
        switch (cmd.command) {
            case this.stopToken:
                this.stopToken = undefined;
                return undefined;
            case 'stop-commands':
                this.stopToken = cmd.message;
                return undefined;
            case 'add-mask':
                if (cmd.message)
                    this.masks.add(cmd.message);
                return undefined;
            case 'group':
                this.group = cmd.message;
                return this.style.bold(`▸ ${this.mask(cmd.message)}`);
            case 'endgroup':
                this.group = undefined;
                return undefined;
            case 'debug':
                return this.verbose ? this.style.dim(`debug: ${this.mask(cmd.message)}`) : undefined;
            case 'error':
            case 'warning':
            case 'notice': {
                const p = cmd.properties;
                const where = p.file ? `${p.file}:${p.line ?? ''}:${p.col ?? ''}: ` : '';
                const level = cmd.command === 'error' ? this.style.red('error') : cmd.command === 'warning' ? this.style.yellow('warning') : 'notice';
                const text = `${where}${level}: ${this.mask(cmd.message)}`.replace(/\n/g, '\n    ');
                return this.group ? text.replace(/^/gm, '  ') : text;
            }
            case 'set-output':
            case 'save-state':
            case 'set-env':
            case 'add-path':
            case 'echo':
                return undefined;
            default:
                return this.text(line);
        }
    }
    /** Applies every mask learnt so far, as the runner does in the log. */
    mask(text) {
        let out = text;
        for (const m of [...this.masks].sort((a, b) => b.length - a.length))
            out = out.split(m).join('***');
        return out;
    }
    text(line) {
        // Inside a group, plain lines are folded away unless asked for: the title says what ran.
        if (this.group !== undefined && !this.verbose)
            return undefined;
        return this.group !== undefined ? `  ${this.mask(line)}` : this.mask(line);
    }
}
const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };
function inline(text) {
    return text
        .replace(/<br\s*\/?>/gi, '; ')
        .replace(/<\/?(?:b|strong|i|em|code|sub|sup|kbd)>/gi, '')
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/&(?:lt|gt|amp|quot|#39|nbsp);/g, (e) => ENTITIES[e]);
}
/** Columns a string takes in a terminal: wide (CJK, most emoji) characters take two. */
function displayWidth(text) {
    let width = 0;
    for (const ch of text) {
        const cp = ch.codePointAt(0);
        if (cp === 0xfe0f || (cp >= 0x300 && cp <= 0x36f))
            continue;
        width +=
            (cp >= 0x1100 && cp <= 0x115f) ||
                (cp >= 0x2e80 && cp <= 0xa4cf) ||
                (cp >= 0xac00 && cp <= 0xd7a3) ||
                (cp >= 0xff00 && cp <= 0xff60) ||
                (cp >= 0x1f300 && cp <= 0x1faff) ||
                cp === 0x2705 ||
                cp === 0x274c ||
                cp === 0x23ed
                ? 2
                : 1;
    }
    return width;
}
function splitRow(line) {
    const cells = [];
    let cell = '';
    const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
    for (let i = 0; i < body.length; i++) {
        if (body[i] === '\\' && body[i + 1] === '|') {
            cell += '|';
            i++;
        }
        else if (body[i] === '|') {
            cells.push(cell.trim());
            cell = '';
        }
        else
            cell += body[i];
    }
    cells.push(cell.trim());
    return cells.map(inline);
}
function table(rows, indent) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
    const line = (r) => indent +
        r
            .map((c, i) => c + ' '.repeat(widths[i] - displayWidth(c)))
            .join('  ')
            .trimEnd();
    return [line(rows[0]), indent + widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
}
/** The job summary's markdown as terminal text. */
function renderSummary(markdown, style = PLAIN) {
    const out = [];
    const lines = markdown.replace(/\r\n/g, '\n').split('\n');
    let depth = 0;
    let fence = false;
    const indent = () => '  '.repeat(depth);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^\s*(```|~~~)/.test(line)) {
            fence = !fence;
            continue;
        }
        if (fence) {
            out.push(`${indent()}${style.dim('│')} ${line}`);
            continue;
        }
        const trimmed = line.trim();
        if (/^<details\b[^>]*>/i.test(trimmed)) {
            const summary = /<summary>(.*?)<\/summary>/i.exec(trimmed)?.[1] ?? /<summary>(.*?)<\/summary>/i.exec(lines[i + 1] ?? '')?.[1];
            if (summary !== undefined && !/<summary>/i.test(trimmed))
                i++;
            out.push(`${indent()}${style.bold(`▸ ${inline(summary ?? 'details')}`)}`);
            depth++;
            continue;
        }
        if (/^<\/details>/i.test(trimmed)) {
            depth = Math.max(0, depth - 1);
            continue;
        }
        if (/^<summary>.*<\/summary>$/i.test(trimmed))
            continue;
        if (trimmed.startsWith('|')) {
            const rows = [];
            for (; i < lines.length && lines[i].trim().startsWith('|'); i++) {
                if (!/^\|?\s*:?-{3,}/.test(lines[i].trim()))
                    rows.push(splitRow(lines[i]));
            }
            i--;
            out.push(...table(rows, indent()));
            continue;
        }
        const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
        if (heading) {
            const text = inline(heading[2]);
            out.push(`${indent()}${style.bold(text)}`);
            if (heading[1].length <= 2)
                out.push(`${indent()}${'═'.repeat(displayWidth(text))}`);
            continue;
        }
        const callout = /^>\s*\[!(\w+)\]$/.exec(trimmed);
        if (callout) {
            out.push(`${indent()}${style.yellow(`${callout[1]}:`)}`);
            continue;
        }
        out.push(trimmed ? `${indent()}${inline(trimmed.replace(/^>\s?/, ''))}` : '');
    }
    return (out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim() + '\n');
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * `chalk-actions`: runs the committed bundles outside GitHub (a laptop, GitLab CI, Jenkins) through the
 * same local runner the tests use, so there is no second code path for "local". Ctrl-C is GitHub's
 * cancel (SIGINT to the step, SIGTERM 7.5 s later, then a kill), post steps still run, and the exit code
 * is the action's.
 */








async function cli(argv, io) {
    const actions = await actionNames(io.root);
    let command;
    try {
        command = parseArgs(argv, actions);
    }
    catch (err) {
        if (!(err instanceof UsageError))
            throw err;
        io.stderr.write(`chalk-actions: ${err.message}\n\n${USAGE}\n`);
        return 2;
    }
    if (command.kind === 'help') {
        io.stdout.write(command.action ? await actionHelp(io.root, command.action) : `${USAGE}\n\nActions: ${actions.join(', ')}\n`);
        return 0;
    }
    const style = io.stdout.isTTY && !io.env.NO_COLOR ? COLOURS : PLAIN;
    try {
        return command.kind === 'run' ? await runOne(command, io, style) : await runPipeline(command, io, style);
    }
    catch (err) {
        io.stderr.write(`chalk-actions: ${err instanceof Error ? err.message : String(err)}\n`);
        return 1;
    }
}
async function actionNames(root) {
    const dirs = await (0,promises_.readdir)((0,external_node_path_.join)(root, 'actions'), { withFileTypes: true });
    return dirs
        .filter((d) => d.isDirectory() && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'actions', d.name, 'action.yml')))
        .map((d) => d.name)
        .sort();
}
async function actionHelp(root, action) {
    const meta = (0,dist/* parse */.qg)(await (0,promises_.readFile)((0,external_node_path_.join)(root, 'actions', action, 'action.yml'), 'utf8'));
    const lines = [`chalk-actions ${action} [--input name=value]...`, '', meta.description ?? '', '', 'Inputs:'];
    for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
        const extra = [spec.required ? 'required' : '', spec.default !== undefined && spec.default !== '' ? `default: ${String(spec.default)}` : '']
            .filter(Boolean)
            .join(', ');
        lines.push(`  ${name}${extra ? ` (${extra})` : ''}`, `      ${(spec.description ?? '').trim().replace(/\s+/g, ' ')}`);
    }
    lines.push('', 'Outputs:');
    for (const [name, spec] of Object.entries(meta.outputs ?? {}))
        lines.push(`  ${name}`, `      ${(spec.description ?? '').trim().replace(/\s+/g, ' ')}`);
    return `${lines.join('\n')}\n`;
}
/** The Node the bundles run under: GitHub's Node 24 from the toolkit's tools when present, else this one. */
function nodeFor(io, requested) {
    if (requested)
        return (0,external_node_path_.resolve)(io.cwd, requested);
    const node24 = (0,external_node_path_.join)(io.root, '.tools', 'bin', 'node24');
    return (0,external_node_fs_.existsSync)(node24) ? node24 : process.execPath;
}
class LiveDisplay {
    io;
    quiet;
    started = Date.now();
    status = '';
    timer;
    constructor(io, quiet) {
        this.io = io;
        this.quiet = quiet;
    }
    get tty() {
        return Boolean(this.io.stdout.isTTY);
    }
    /** On a terminal, a status line with the elapsed time, redrawn in place; elsewhere, nothing between lines. */
    begin(label) {
        if (this.quiet || !this.tty)
            return;
        const draw = () => {
            this.status = `⏳ ${label} ${((Date.now() - this.started) / 1000).toFixed(0)} s`;
            this.io.stdout.write(`\r\u001b[K${this.status}`);
        };
        draw();
        this.timer = setInterval(draw, 1000);
    }
    print(text) {
        if (this.quiet)
            return;
        if (this.tty && this.status)
            this.io.stdout.write('\r\u001b[K');
        this.io.stdout.write(`${text}\n`);
        if (this.tty && this.status)
            this.io.stdout.write(this.status);
    }
    end() {
        clearInterval(this.timer);
        if (this.tty && this.status)
            this.io.stdout.write('\r\u001b[K');
        this.status = '';
    }
}
/** Runs steps as one job (env, PATH and masks carried; posts at the end), printing as they go. */
async function runJob(steps, options) {
    const { io, style } = options;
    const display = new LiveDisplay(io, options.json);
    let renderer = new CommandRenderer(style, options.verbose);
    const job = await LocalJob.create({
        node: options.node,
        workspace: options.workspace,
        env: { ...io.env },
        failOnLeak: false,
        timeoutMs: 6 * 3_600_000,
        ...(io.signal ? { signal: io.signal } : {}),
        onLine: (line) => {
            const text = line.stream === 'stdout' ? renderer.render(line.text) : renderer.mask(line.text);
            if (text !== undefined && text !== '')
                display.print(line.stream === 'stderr' ? style.dim(text) : text);
        },
    });
    const reports = [];
    try {
        for (const step of steps) {
            display.print(style.bold(`━━ ${step.title} (${step.action})`));
            display.begin(step.action);
            const started = Date.now();
            const run = await job.run((0,external_node_path_.join)(io.root, 'actions', step.action), step.inputs);
            display.end();
            reports.push({
                title: step.title,
                action: step.action,
                exitCode: run.exitCode,
                durationMs: Date.now() - started,
                outputs: run.outputs,
                annotations: run.annotations,
                summary: run.summary,
            });
            if (run.exitCode !== 0 || io.signal?.aborted)
                break;
        }
    }
    finally {
        display.print(style.dim('━━ post steps'));
        renderer = new CommandRenderer(style, options.verbose);
        await job.finish();
    }
    return reports;
}
function printReports(reports, io, style) {
    for (const r of reports) {
        if (r.summary.trim())
            io.stdout.write(`\n${style.bold(`Summary: ${r.title}`)}\n${renderSummary(r.summary, style)}`);
        const outputs = Object.entries(r.outputs);
        if (outputs.length)
            io.stdout.write(`\nOutputs:\n${outputs.map(([k, v]) => `  ${k}=${v.includes('\n') ? JSON.stringify(v) : v}`).join('\n')}\n`);
    }
}
async function runOne(command, io, style) {
    const workspace = (0,external_node_path_.resolve)(io.cwd, command.workspace ?? '.');
    const reports = await runJob([{ title: command.action, action: command.action, inputs: command.inputs }], {
        io,
        style,
        json: command.json,
        verbose: command.verbose,
        workspace,
        node: nodeFor(io, command.node),
    });
    const report = reports[0];
    if (command.report)
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, command.report), `${JSON.stringify(report, null, 2)}\n`);
    if (command.json)
        io.stdout.write(`${JSON.stringify(report)}\n`);
    else
        printReports(reports, io, style);
    return report.exitCode;
}
async function runPipeline(command, io, style) {
    const workspace = (0,external_node_path_.resolve)(io.cwd, command.workspace ?? '.');
    const pipeline = loadPipeline((0,external_node_path_.resolve)(workspace, command.config ?? 'chalk-actions.yml'), command.env, io.env, io.root);
    const started = Date.now();
    const reports = await runJob(pipeline.steps, {
        io,
        style,
        json: command.json,
        verbose: command.verbose,
        workspace: pipeline.workspace,
        node: nodeFor(io, command.node),
    });
    const failed = reports.find((r) => r.exitCode !== 0);
    const exitCode = failed?.exitCode ?? (io.signal?.aborted ? 130 : 0);
    const result = { env: command.env, exitCode, durationMs: Date.now() - started, steps: reports };
    if (command.report)
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, command.report), `${JSON.stringify(result, null, 2)}\n`);
    if (command.json) {
        io.stdout.write(`${JSON.stringify(result)}\n`);
        return exitCode;
    }
    printReports(reports, io, style);
    io.stdout.write(`\n${style.bold(`Pipeline ${command.env}`)}\n`);
    for (const r of reports)
        io.stdout.write(`  ${r.exitCode === 0 ? '✅' : '❌'} ${r.title.padEnd(40)} ${(r.durationMs / 1000).toFixed(1).padStart(6)} s\n`);
    const skipped = pipeline.steps.slice(reports.length);
    for (const s of skipped)
        io.stdout.write(`  ⏭️  ${s.title.padEnd(40)}   not run\n`);
    io.stdout.write(`  total ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${exitCode}\n`);
    return exitCode;
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
