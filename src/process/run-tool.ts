/**
 * Runs an external binary with an argument array (never a shell string), optional stdin, and a
 * time limit. The command line is logged redacted; stdout/stderr are captured, not echoed, so a
 * tool cannot print a secret into the job log behind our back.
 *
 * Processes are started with node's spawn rather than @actions/exec, because @actions/exec has no
 * way to stop a process: a helm waiting on a registry that never answers would hold the job until
 * its 6-hour limit.
 */
import * as core from '@actions/core';
// eslint-disable-next-line no-restricted-imports -- this module is the one sanctioned place that starts processes.
import { spawn } from 'node:child_process';
import { logLine } from '../report/secrets.js';

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

export class ToolTimeoutError extends Error {
  constructor(
    readonly command: string,
    readonly timeoutMs: number,
  ) {
    super(`${command} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped.`);
    this.name = 'ToolTimeoutError';
  }
}

export class ToolAbortedError extends Error {
  constructor(readonly command: string) {
    super(`${command} was stopped: the operation it belonged to was cancelled or timed out.`);
    this.name = 'ToolAbortedError';
  }
}

export async function runTool(binary: string, args: readonly string[], options: RunToolOptions = {}): Promise<ToolResult> {
  const line = logLine([binary, ...args].map(quoteForLog).join(' '));
  if (options.log) core.info(`$ ${line}`);
  else core.debug(`$ ${line}`);
  const name = `${binary.split('/').pop() ?? binary} ${args[0] ?? ''}`.trim();
  options.signal?.throwIfAborted();
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
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => stdout.push(b));
    child.stderr.on('data', (b: Buffer) => stderr.push(b));
    let stopped: Error | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const killGroup = (sig: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
        // The group is already gone.
      }
    };
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
    child.on('close', (code) => {
      cleanup();
      if (stopped) reject(stopped);
      else resolve({ exitCode: code ?? 1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
    // A tool that exits without reading stdin makes the write fail with EPIPE; its exit code tells the story.
    child.stdin.on('error', () => {});
    child.stdin.end(options.stdin ?? '');
  });
}

function quoteForLog(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}
