/**
 * Runs a bundled action (`dist/<name>/index.js`) the way the GitHub runner does: inputs as
 * `INPUT_<NAME>` variables with action.yml defaults, the GITHUB_* command files, workflow commands
 * parsed from stdout, and `pre`/`post` steps run with the saved state. Every value the action
 * registers with `::add-mask::` is then searched for in everything it produced: a leak fails.
 */
// eslint-disable-next-line no-restricted-imports -- the runner starts the action's process itself, as GitHub's runner does.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { encodedForms, isWeakSecret } from '../report/secrets.js';
import { parseCommand, parseFileCommand } from './workflow-commands.js';

export interface ActionMetadata {
  name?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string | number | boolean; deprecationMessage?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string; pre?: string; post?: string; 'pre-if'?: string; 'post-if'?: string };
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

export interface StepResult {
  stage: 'pre' | 'main' | 'post';
  exitCode: number;
  stdout: string;
  stderr: string;
  annotations: Annotation[];
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  summary: string;
  masks: string[];
  /** Titles of the `::group::` sections printed, in order. */
  groups: string[];
  durationMs: number;
}

export interface ActionRun {
  main: StepResult;
  pre?: StepResult;
  post?: StepResult;
  /** Shorthands for the main step. */
  exitCode: number;
  outputs: Record<string, string>;
  annotations: Annotation[];
  summary: string;
  /** Every value masked by any stage. */
  masks: string[];
  runnerTemp: string;
}

export interface RunActionOptions extends JobOptions {
  /** Directory holding action.yml (e.g. `actions/preflight`). */
  actionDir: string;
  inputs?: Record<string, string>;
  /** Run the `post:` step when action.yml has one (default true). */
  post?: boolean;
  /** Runs after main and before post, as later steps of a job do (e.g. use a login, then log out). */
  beforePost?: (main: StepResult) => Promise<void>;
}

export class SecretLeakError extends Error {}

export async function readActionMetadata(actionDir: string): Promise<ActionMetadata> {
  const meta = parse(await readFile(join(actionDir, 'action.yml'), 'utf8')) as ActionMetadata;
  if (meta?.runs?.using !== 'node24') throw new Error(`${actionDir}/action.yml: runs.using must be node24, found ${String(meta?.runs?.using)}.`);
  return meta;
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export interface JobOptions {
  /** The job's workspace; also the working directory of each step. */
  workspace: string;
  /** The Node 24 binary. */
  node: string;
  /** Environment of the job (on top of a minimal runner environment). */
  env?: Record<string, string | undefined>;
  /** RUNNER_TEMP; a fresh directory when absent. Left in place: files actions write there (reports) are results. */
  runnerTemp?: string;
  timeoutMs?: number;
  /** Fail when a masked value appears in any output channel (default true). */
  failOnLeak?: boolean;
  /** Each line a step prints, as it prints it (for a live display: the CLI). */
  onLine?: (line: OutputLine) => void;
  /**
   * Cancels the job as GitHub does: the running step gets SIGINT, then SIGTERM 7.5 s later, then SIGKILL
   * 2.5 s after that; post steps still run (their post-if defaults to always()).
   */
  signal?: AbortSignal;
}

export interface OutputLine {
  stage: StepResult['stage'];
  stream: 'stdout' | 'stderr';
  text: string;
}

/**
 * One job of a workflow: steps run in order, each seeing the env, PATH and masks of the steps
 * before it; `post:` steps run at the end of the job, in reverse order, as on GitHub.
 */
export class LocalJob {
  private readonly jobEnv: Record<string, string> = {};
  private readonly pathAdditions: string[] = [];
  private readonly posts: { run: ActionRun; actionDir: string; entry: string; inputEnv: Record<string, string>; state: Record<string, string> }[] = [];
  private readonly runs: ActionRun[] = [];
  /** A post step was left out, so credential files it would delete are legitimately still there. */
  private skippedPost = false;

  private constructor(
    private readonly options: JobOptions,
    readonly runnerTemp: string,
    private readonly commandFiles: string,
  ) {}

  static async create(options: JobOptions): Promise<LocalJob> {
    if (!existsSync(options.node)) throw new Error(`Node 24 binary not found at ${options.node}; run npm run tools.`);
    const runnerTemp = options.runnerTemp ?? (await mkdtemp(join(tmpdir(), 'chalk-runner-')));
    return new LocalJob(options, runnerTemp, await mkdtemp(join(tmpdir(), 'chalk-commands-')));
  }

  /** Variables exported by the steps so far (GITHUB_ENV). */
  get env(): Readonly<Record<string, string>> {
    return this.jobEnv;
  }

  /** Runs the action's `pre` and `main`; its `post` is queued for `finish`. */
  async run(actionDir: string, inputs: Record<string, string> = {}, { post = true }: { post?: boolean } = {}): Promise<ActionRun> {
    const dir = resolve(actionDir);
    const meta = await readActionMetadata(dir);
    for (const name of Object.keys(inputs)) {
      if (!(name in (meta.inputs ?? {}))) throw new Error(`${dir}/action.yml declares no input "${name}".`);
    }
    const inputEnv: Record<string, string> = {};
    for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
      inputEnv[inputEnvName(name)] = inputs[name] ?? (spec.default === undefined ? '' : String(spec.default));
    }
    const state: Record<string, string> = {};
    const pre = meta.runs.pre ? await this.stage('pre', dir, meta.runs.pre, inputEnv, state) : undefined;
    const main = await this.stage('main', dir, meta.runs.main, inputEnv, state);
    const run: ActionRun = {
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
    if (meta.runs.post && post) this.posts.push({ run, actionDir: dir, entry: meta.runs.post, inputEnv, state });
    else if (meta.runs.post) this.skippedPost = true;
    this.runs.push(run);
    return run;
  }

  /** Runs the queued post steps in reverse order, then checks every step for leaked masked values. */
  async finish(): Promise<void> {
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
        const files = this.skippedPost ? new Map<string, string>() : await filesLeftIn(this.runnerTemp);
        for (const run of this.runs) assertNoLeaks({ ...run, masks }, files);
      }
    } finally {
      await rm(this.commandFiles, { recursive: true, force: true });
    }
  }

  private async stage(
    kind: StepResult['stage'],
    actionDir: string,
    entry: string,
    inputEnv: Record<string, string>,
    state: Record<string, string>,
  ): Promise<StepResult> {
    const prefix = join(this.commandFiles, `${this.runs.length}-${kind}`);
    const files = {
      GITHUB_OUTPUT: `${prefix}-output`,
      GITHUB_ENV: `${prefix}-env`,
      GITHUB_STATE: `${prefix}-state`,
      GITHUB_PATH: `${prefix}-path`,
      GITHUB_STEP_SUMMARY: `${prefix}-summary`,
    };
    await Promise.all(Object.values(files).map((f) => writeFile(f, '')));
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    const env: Record<string, string> = {
      PATH: [...this.pathAdditions.slice().reverse(), dirname(this.options.node), process.env.PATH ?? ''].join(':'),
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
      ...(this.options.onLine ? { onLine: (stream, text) => this.options.onLine!({ stage: kind, stream, text }) } : {}),
    });
    const outputs = parseFileCommand(await readFile(files.GITHUB_OUTPUT, 'utf8'));
    const newState = parseFileCommand(await readFile(files.GITHUB_STATE, 'utf8'));
    const newEnv = parseFileCommand(await readFile(files.GITHUB_ENV, 'utf8'));
    const newPath = (await readFile(files.GITHUB_PATH, 'utf8')).split('\n').filter(Boolean);
    const annotations: Annotation[] = [];
    const masks: string[] = [];
    const groups: string[] = [];
    // `::stop-commands::TOKEN` suspends command processing until a line `::TOKEN::`.
    let stopToken: string | undefined;
    for (const line of stdout.split('\n')) {
      const cmd = parseCommand(line);
      if (!cmd) continue;
      if (stopToken !== undefined) {
        if (cmd.command === stopToken) stopToken = undefined;
        continue;
      }
      if (cmd.command === 'stop-commands') stopToken = cmd.message;
      else if (cmd.command === 'group') groups.push(cmd.message);
      else if (cmd.command === 'add-mask') masks.push(cmd.message);
      else if (cmd.command === 'set-output') outputs[cmd.properties.name ?? ''] = cmd.message;
      else if (cmd.command === 'save-state') newState[cmd.properties.name ?? ''] = cmd.message;
      else if (cmd.command === 'error' || cmd.command === 'warning' || cmd.command === 'notice') {
        const a: Annotation = { level: cmd.command, message: cmd.message };
        if (cmd.properties.file) a.file = cmd.properties.file;
        if (cmd.properties.line) a.line = Number(cmd.properties.line);
        if (cmd.properties.col) a.col = Number(cmd.properties.col);
        if (cmd.properties.title) a.title = cmd.properties.title;
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
      summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
      masks,
      groups,
      durationMs: Math.round(performance.now() - started),
    };
  }
}

/** Runs one action as a job of its own: pre, main, then (after `beforePost`) post. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const job = await LocalJob.create(options);
  let run: ActionRun | undefined;
  try {
    run = await job.run(options.actionDir, options.inputs ?? {}, { post: options.post !== false });
    await options.beforePost?.(run.main);
  } finally {
    await job.finish();
  }
  return run;
}

/**
 * Throws when any masked value — or its JSON-, base64-, HTML- or table-escaped form — appears in
 * stdout (outside its own add-mask line), stderr, a summary, an output, saved state, an exported
 * variable, or a file the job left in RUNNER_TEMP (`files`: path → content).
 */
export function assertNoLeaks(run: ActionRun, files: ReadonlyMap<string, string> = new Map()): void {
  // A weak secret (`chalk`, `1`) occurs in unrelated text the toolkit must not alter (paths, counts); the
  // action warns that GitHub will garble the log, and leak tests use strong canaries.
  const strong = run.masks.filter((m) => m && !isWeakSecret(m));
  const forms = [...new Set(strong.flatMap((m) => [m, ...encodedForms(m)]))].filter((f) => f.length >= 3);
  const leaks: string[] = [];
  const scan = (where: string, text: string) => {
    for (const form of forms) if (text.includes(form)) leaks.push(`${where} contains a masked value (${form.length} chars)`);
  };
  for (const step of [run.pre, run.main, run.post]) {
    if (!step) continue;
    const stdout = step.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    scan(`${step.stage} stdout`, stdout);
    scan(`${step.stage} stderr`, step.stderr);
    scan(`${step.stage} summary`, step.summary);
    for (const [k, v] of Object.entries(step.outputs)) scan(`${step.stage} output ${k}`, v);
    for (const [k, v] of Object.entries(step.state)) scan(`${step.stage} state ${k}`, v);
    for (const [k, v] of Object.entries(step.env)) scan(`${step.stage} exported variable ${k}`, v);
  }
  for (const [path, text] of files) scan(`file ${path}`, text);
  if (leaks.length) throw new SecretLeakError(`Secret leak: ${[...new Set(leaks)].join('; ')}`);
}

/** Text files the job left in RUNNER_TEMP (reports, configs), for the leak check. */
async function filesLeftIn(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const info = await stat(path);
    if (info.size > 4 << 20) continue;
    const buffer = await readFile(path);
    if (!buffer.includes(0)) out.set(path, buffer.toString('utf8'));
  }
  return out;
}

function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/** GitHub's cancel: SIGINT, SIGTERM 7.5 s later, the kill 2.5 s after that. */
export const CANCEL_SEQUENCE: readonly { signal: NodeJS.Signals; afterMs: number }[] = [
  { signal: 'SIGINT', afterMs: 0 },
  { signal: 'SIGTERM', afterMs: 7_500 },
  { signal: 'SIGKILL', afterMs: 10_000 },
];

interface SpawnOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  onLine?: (stream: 'stdout' | 'stderr', text: string) => void;
}

function spawnNode(
  node: string,
  script: string,
  cwd: string,
  env: Record<string, string>,
  options: SpawnOptions,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const lines = { stdout: '', stderr: '' };
    const collect = (stream: 'stdout' | 'stderr', into: Buffer[]) => (b: Buffer) => {
      into.push(b);
      if (!options.onLine) return;
      const parts = (lines[stream] + b.toString('utf8')).split('\n');
      lines[stream] = parts.pop() ?? '';
      for (const text of parts) options.onLine(stream, text);
    };
    child.stdout.on('data', collect('stdout', out));
    child.stderr.on('data', collect('stderr', err));
    const timers = [setTimeout(() => child.kill('SIGKILL'), options.timeoutMs)];
    const cancel = () => {
      for (const step of CANCEL_SEQUENCE) timers.push(setTimeout(() => child.kill(step.signal), step.afterMs));
    };
    if (options.signal?.aborted) cancel();
    else options.signal?.addEventListener('abort', cancel, { once: true });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      timers.forEach(clearTimeout);
      options.signal?.removeEventListener('abort', cancel);
      for (const stream of ['stdout', 'stderr'] as const) if (lines[stream]) options.onLine?.(stream, lines[stream]);
      const stderr = Buffer.concat(err).toString('utf8') + (signal ? `\n[killed by ${signal}]` : '');
      resolvePromise({ code: code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 137), stdout: Buffer.concat(out).toString('utf8'), stderr });
    });
  });
}

/**
 * The file a `runs.main`/`post` names. CHALK_ACTIONS_DIST points the repository's `dist/` at another build
 * (`node scripts/build.mjs --out DIR`), so work in progress can be run end to end without rewriting dist/.
 */
function entryPath(actionDir: string, entry: string): string {
  const path = resolve(actionDir, entry);
  const override = process.env.CHALK_ACTIONS_DIST;
  if (!override) return path;
  const at = path.lastIndexOf(`${sep}dist${sep}`);
  return at < 0 ? path : join(resolve(override), relative(path.slice(0, at + 5), path));
}
