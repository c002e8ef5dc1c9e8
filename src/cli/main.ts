/**
 * `chalk-actions`: runs the committed bundles outside GitHub (a laptop, GitLab CI, Jenkins) through the
 * same local runner the tests use, so there is no second code path for "local". Ctrl-C is GitHub's
 * cancel (SIGINT to the step, SIGTERM 7.5 s later, then a kill), post steps still run, and the exit code
 * is the action's.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { LocalJob, type ActionMetadata, type ActionRun, type OutputLine } from '../runner/action-runner.js';
import { parseArgs, USAGE, UsageError, type PipelineCommand, type RunCommand } from './args.js';
import { loadPipeline, type PipelineStep } from './pipeline.js';
import { CommandRenderer, COLOURS, PLAIN, renderSummary, type Style } from './terminal.js';

export interface CliIO {
  /** The toolkit's checkout: actions/ and dist/ are read from here. */
  root: string;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Aborts on Ctrl-C / SIGTERM: the running step is cancelled the way GitHub cancels it. */
  signal?: AbortSignal;
}

export interface StepReport {
  title: string;
  action: string;
  exitCode: number;
  durationMs: number;
  outputs: Record<string, string>;
  annotations: ActionRun['annotations'];
  summary: string;
}

export async function cli(argv: readonly string[], io: CliIO): Promise<number> {
  const actions = await actionNames(io.root);
  let command;
  try {
    command = parseArgs(argv, actions);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
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
  } catch (err) {
    io.stderr.write(`chalk-actions: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

async function actionNames(root: string): Promise<string[]> {
  const dirs = await readdir(join(root, 'actions'), { withFileTypes: true });
  return dirs
    .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
}

async function actionHelp(root: string, action: string): Promise<string> {
  const meta = parse(await readFile(join(root, 'actions', action, 'action.yml'), 'utf8')) as ActionMetadata & { description?: string };
  const lines = [`chalk-actions ${action} [--input name=value]...`, '', meta.description ?? '', '', 'Inputs:'];
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    const extra = [spec.required ? 'required' : '', spec.default !== undefined && spec.default !== '' ? `default: ${String(spec.default)}` : '']
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${name}${extra ? ` (${extra})` : ''}`, `      ${(spec.description ?? '').trim().replace(/\s+/g, ' ')}`);
  }
  lines.push('', 'Outputs:');
  for (const [name, spec] of Object.entries(meta.outputs ?? {})) lines.push(`  ${name}`, `      ${(spec.description ?? '').trim().replace(/\s+/g, ' ')}`);
  return `${lines.join('\n')}\n`;
}

/** The Node the bundles run under: GitHub's Node 24 from the toolkit's tools when present, else this one. */
function nodeFor(io: CliIO, requested?: string): string {
  if (requested) return resolve(io.cwd, requested);
  const node24 = join(io.root, '.tools', 'bin', 'node24');
  return existsSync(node24) ? node24 : process.execPath;
}

class LiveDisplay {
  private readonly started = Date.now();
  private status = '';
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly io: CliIO,
    private readonly quiet: boolean,
  ) {}

  private get tty(): boolean {
    return Boolean(this.io.stdout.isTTY);
  }

  /** On a terminal, a status line with the elapsed time, redrawn in place; elsewhere, nothing between lines. */
  begin(label: string): void {
    if (this.quiet || !this.tty) return;
    const draw = () => {
      this.status = `⏳ ${label} ${((Date.now() - this.started) / 1000).toFixed(0)} s`;
      this.io.stdout.write(`\r\u001b[K${this.status}`);
    };
    draw();
    this.timer = setInterval(draw, 1000);
  }

  print(text: string): void {
    if (this.quiet) return;
    if (this.tty && this.status) this.io.stdout.write('\r\u001b[K');
    this.io.stdout.write(`${text}\n`);
    if (this.tty && this.status) this.io.stdout.write(this.status);
  }

  end(): void {
    clearInterval(this.timer);
    if (this.tty && this.status) this.io.stdout.write('\r\u001b[K');
    this.status = '';
  }
}

/** Runs steps as one job (env, PATH and masks carried; posts at the end), printing as they go. */
async function runJob(
  steps: readonly PipelineStep[],
  options: { io: CliIO; style: Style; json: boolean; verbose: boolean; workspace: string; node: string },
): Promise<StepReport[]> {
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
    onLine: (line: OutputLine) => {
      const text = line.stream === 'stdout' ? renderer.render(line.text) : renderer.mask(line.text);
      if (text !== undefined && text !== '') display.print(line.stream === 'stderr' ? style.dim(text) : text);
    },
  });
  const reports: StepReport[] = [];
  try {
    for (const step of steps) {
      display.print(style.bold(`━━ ${step.title} (${step.action})`));
      display.begin(step.action);
      const started = Date.now();
      const run = await job.run(join(io.root, 'actions', step.action), step.inputs);
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
      if (run.exitCode !== 0 || io.signal?.aborted) break;
    }
  } finally {
    display.print(style.dim('━━ post steps'));
    renderer = new CommandRenderer(style, options.verbose);
    await job.finish();
  }
  return reports;
}

function printReports(reports: readonly StepReport[], io: CliIO, style: Style): void {
  for (const r of reports) {
    if (r.summary.trim()) io.stdout.write(`\n${style.bold(`Summary: ${r.title}`)}\n${renderSummary(r.summary, style)}`);
    const outputs = Object.entries(r.outputs);
    if (outputs.length) io.stdout.write(`\nOutputs:\n${outputs.map(([k, v]) => `  ${k}=${v.includes('\n') ? JSON.stringify(v) : v}`).join('\n')}\n`);
  }
}

async function runOne(command: RunCommand, io: CliIO, style: Style): Promise<number> {
  const workspace = resolve(io.cwd, command.workspace ?? '.');
  const reports = await runJob([{ title: command.action, action: command.action, inputs: command.inputs }], {
    io,
    style,
    json: command.json,
    verbose: command.verbose,
    workspace,
    node: nodeFor(io, command.node),
  });
  const report = reports[0]!;
  if (command.report) await writeFile(resolve(io.cwd, command.report), `${JSON.stringify(report, null, 2)}\n`);
  if (command.json) io.stdout.write(`${JSON.stringify(report)}\n`);
  else printReports(reports, io, style);
  return report.exitCode;
}

async function runPipeline(command: PipelineCommand, io: CliIO, style: Style): Promise<number> {
  const workspace = resolve(io.cwd, command.workspace ?? '.');
  const pipeline = loadPipeline(resolve(workspace, command.config ?? 'chalk-actions.yml'), command.env, io.env, io.root);
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
  if (command.report) await writeFile(resolve(io.cwd, command.report), `${JSON.stringify(result, null, 2)}\n`);
  if (command.json) {
    io.stdout.write(`${JSON.stringify(result)}\n`);
    return exitCode;
  }
  printReports(reports, io, style);
  io.stdout.write(`\n${style.bold(`Pipeline ${command.env}`)}\n`);
  for (const r of reports) io.stdout.write(`  ${r.exitCode === 0 ? '✅' : '❌'} ${r.title.padEnd(40)} ${(r.durationMs / 1000).toFixed(1).padStart(6)} s\n`);
  const skipped = pipeline.steps.slice(reports.length);
  for (const s of skipped) io.stdout.write(`  ⏭️  ${s.title.padEnd(40)}   not run\n`);
  io.stdout.write(`  total ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${exitCode}\n`);
  return exitCode;
}
