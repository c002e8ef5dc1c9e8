/**
 * Runs an external binary with an argument array (never a shell string), optional stdin, and a
 * time limit. The command line is logged redacted; stdout/stderr are captured, not echoed, so a
 * tool cannot print a secret into the job log behind our back.
 */
import * as core from '@actions/core';
import { getExecOutput } from '@actions/exec';
import { redact } from '../report/secrets.js';

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
}

export async function runTool(binary: string, args: readonly string[], options: RunToolOptions = {}): Promise<ToolResult> {
  const line = redact([binary, ...args].map(quoteForLog).join(' '));
  if (options.log) core.info(`$ ${line}`);
  else core.debug(`$ ${line}`);
  const env = options.env ? { ...(process.env as Record<string, string>), ...options.env } : undefined;
  const result = await getExecOutput(binary, [...args], {
    silent: true,
    ignoreReturnCode: true,
    ...(options.stdin !== undefined ? { input: Buffer.from(options.stdin, 'utf8') } : {}),
    ...(env ? { env } : {}),
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

function quoteForLog(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}
