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
import * as core from '@actions/core';
// eslint-disable-next-line no-restricted-imports -- this module is the one sanctioned place that starts processes.
import { spawn } from 'node:child_process';
import { ChalkError } from '../errors.js';
import { logLine } from '../report/secrets.js';
import { cancellation, signalGroup, trackChild } from './cancellation.js';

export interface ToolResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunToolOptions {
  /** Written to the process's stdin (e.g. a password for `--password-stdin`). */
  stdin?: string;
  env?: Record<string, string>;
  cwd?: string;
  /** Log the command line (redacted) at info level; otherwise at debug. */
  log?: boolean;
  /** Kill the process after this long (default 10 minutes). */
  timeoutMs?: number;
  /** Kill the process when this fires (e.g. a preflight check's timeout). */
  signal?: AbortSignal;
}

export const DEFAULT_TOOL_TIMEOUT_MS = 10 * 60_000;
/** Time between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 3_000;

export class ToolTimeoutError extends ChalkError<'timeout'> {
  readonly boundary = 'process';

  constructor(
    readonly command: string,
    readonly timeoutMs: number,
  ) {
    super('timeout', `${command} did not finish within ${formatSeconds(timeoutMs)} and was stopped.`, 'Raise the timeout input, or find out why it hangs.');
  }
}

/** The tool was stopped by its caller's signal or by a job cancel; what it printed until then is kept (helm's last words). */
export class ToolAbortedError extends ChalkError<'aborted' | 'cancelled'> {
  readonly boundary = 'process';

  constructor(
    readonly command: string,
    kind: 'aborted' | 'cancelled' = 'aborted',
    readonly output?: ToolResult,
  ) {
    super(
      kind,
      kind === 'cancelled'
        ? `${command} was stopped: the job was cancelled (${cancellation.received ?? 'signal'}).`
        : `${command} was stopped: the operation it belonged to was cancelled or timed out.`,
      kind === 'cancelled' ? 'Nothing to fix: a cancelled run reports what it did; run it again.' : 'See the operation that was stopped.',
    );
  }
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms / 1000)} s`;
}

export async function runTool(binary: string, args: readonly string[], options: RunToolOptions = {}): Promise<ToolResult> {
  const line = logLine([binary, ...args].map(quoteForLog).join(' '));
  if (options.log) core.info(`$ ${line}`);
  else core.debug(`$ ${line}`);
  const name = `${binary.split('/').pop() ?? binary} ${args[0] ?? ''}`.trim();
  options.signal?.throwIfAborted();
  if (cancellation.signal.aborted) throw new ToolAbortedError(name, 'cancelled');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TOOL_TIMEOUT_MS;

  return new Promise<ToolResult>((resolve, reject) => {
    const child = spawn(binary, [...args], {
      cwd: options.cwd,
      env: { ...(process.env as Record<string, string>), ...(options.env ?? {}) },
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
      // Its own process group, so a stop reaches any children it started (which would otherwise keep its pipes open).
      detached: true,
    });
    trackChild(child);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => stdout.push(b));
    child.stderr.on('data', (b: Buffer) => stderr.push(b));
    let stopped: Error | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const killGroup = (sig: NodeJS.Signals) => signalGroup(child, sig);
    const stop = (reason: Error) => {
      if (stopped) return;
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
      if (stopped || cancellation.signal.aborted) killGroup('SIGKILL');
    });
    child.on('close', (code) => {
      cleanup();
      const result = { exitCode: code ?? 1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') };
      if (stopped) reject(stopped);
      else if (cancellation.signal.aborted) reject(new ToolAbortedError(name, 'cancelled', result));
      else resolve(result);
    });
    // A tool that exits without reading stdin makes the write fail with EPIPE; its exit code tells the story.
    child.stdin.on('error', () => {});
    child.stdin.end(options.stdin ?? '');
  });
}

function quoteForLog(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}
