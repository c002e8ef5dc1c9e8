import { execFile, spawn, type SpawnOptions } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename } from 'node:path';
import { logFile, pidFile } from './paths.js';

export interface ExecResult {
  stdout: string;
  stderr: string;
  code: number;
}

export interface ExecOptions {
  env?: NodeJS.ProcessEnv;
  input?: string;
  cwd?: string;
  timeoutMs?: number;
  uid?: number;
  gid?: number;
}

/** Runs a binary with an argument array (never a shell); resolves with its exit code, never rejects on non-zero. */
export function run(cmd: string, args: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
  return new Promise((resolvePromise, reject) => {
    const child = execFile(
      cmd,
      args,
      {
        env: opts.env ?? process.env,
        cwd: opts.cwd,
        timeout: opts.timeoutMs ?? 120_000,
        maxBuffer: 64 * 1024 * 1024,
        uid: opts.uid,
        gid: opts.gid,
      },
      (err, stdout, stderr) => {
        if (err && typeof (err as NodeJS.ErrnoException).code === 'string') {
          // spawn failure (ENOENT, EACCES, ...)
          reject(new Error(`cannot run ${cmd}: ${err.message}`));
          return;
        }
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolvePromise({ stdout: String(stdout), stderr: String(stderr), code });
      },
    );
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

/** Like run() but throws (with stderr) on a non-zero exit. */
export async function runOk(cmd: string, args: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) {
    throw new Error(`${basename(cmd)} ${args.join(' ')} exited ${r.code}:\n${(r.stderr || r.stdout).trim()}`);
  }
  return r;
}

/** Last lines of a component's log, for error messages. */
export function logTail(name: string, lines = 40): string {
  try {
    const text = readFileSync(logFile(name), 'utf8');
    return text
      .split('\n')
      .slice(-lines - 1)
      .join('\n');
  } catch {
    return '(no log)';
  }
}

export function readPid(name: string): number | undefined {
  try {
    const pid = Number(readFileSync(pidFile(name), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** True if pid is a live (non-zombie) process whose executable is named exe. */
export function pidAlive(pid: number, exe?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false;
    if (exe) {
      const path = readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, '');
      if (basename(path) !== exe) return false;
    }
  } catch {
    return false;
  }
  return true;
}

export function componentAlive(name: string, exe: string): boolean {
  const pid = readPid(name);
  return pid !== undefined && pidAlive(pid, exe);
}

export interface Started {
  name: string;
  pid: number;
  /** Set once the process exited (while this process watches it). */
  exited: () => string | undefined;
}

/**
 * Starts a long-running component detached from this process (it survives the
 * CLI / vitest), appending stdout+stderr to .testbed/logs/<name>.log and
 * writing .testbed/run/<name>.pid.
 */
export function startDetached(
  name: string,
  cmd: string,
  args: readonly string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; uid?: number; gid?: number } = {},
): Started {
  const fd = openSync(logFile(name), 'a');
  writeFileSync(fd, `\n=== ${new Date().toISOString()} starting ${cmd} ${args.join(' ')}\n`);
  const spawnOpts: SpawnOptions = {
    detached: true,
    stdio: ['ignore', fd, fd],
    env: opts.env ?? process.env,
    cwd: opts.cwd,
    uid: opts.uid,
    gid: opts.gid,
  };
  const child = spawn(cmd, args, spawnOpts);
  closeSync(fd);
  let exitInfo: string | undefined;
  child.on('error', (e) => {
    exitInfo = `failed to start: ${e.message}`;
  });
  child.on('exit', (code, signal) => {
    exitInfo = `exited with ${signal ?? `code ${code}`}`;
  });
  child.unref();
  if (child.pid === undefined) throw new Error(`${name}: could not start ${cmd}`);
  writeFileSync(pidFile(name), `${child.pid}\n`);
  return { name, pid: child.pid, exited: () => exitInfo };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Polls check() until it returns true. Fails after timeoutMs, or as soon as the
 * watched process exits, with the tail of the component's log.
 */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  opts: { timeoutMs: number; log?: string; proc?: Started; intervalMs?: number },
): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  let lastErr = '';
  for (;;) {
    const exited = opts.proc?.exited();
    if (exited) {
      throw new Error(
        `test bed: ${what}: process ${exited}\n--- tail of ${opts.log ?? opts.proc?.name}.log ---\n${logTail(opts.log ?? opts.proc?.name ?? '')}`,
      );
    }
    try {
      if (await check()) return;
      lastErr = '';
    } catch (e) {
      lastErr = (e as Error).message;
    }
    if (Date.now() > deadline) {
      const tail = opts.log ? `\n--- tail of ${opts.log}.log ---\n${logTail(opts.log)}` : '';
      throw new Error(
        `test bed: timed out after ${Math.round(opts.timeoutMs / 1000)}s waiting for ${what}${lastErr ? ` (last error: ${lastErr})` : ''}${tail}`,
      );
    }
    await sleep(opts.intervalMs ?? 250);
  }
}

/** Stops a component: signal, wait up to timeoutMs, then SIGKILL. */
export async function stopComponent(name: string, exe: string, signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 15_000): Promise<void> {
  const pid = readPid(name);
  if (pid !== undefined && pidAlive(pid, exe)) {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
    const deadline = Date.now() + timeoutMs;
    while (pidAlive(pid, exe) && Date.now() < deadline) await sleep(100);
    if (pidAlive(pid, exe)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
      while (pidAlive(pid, exe)) await sleep(100);
    }
  }
  rmSync(pidFile(name), { force: true });
}

/** Reserves a free TCP port on 127.0.0.1 (closed again right away). */
export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePromise(port));
    });
  });
}

/** True if something accepts connections on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', () => resolvePromise(true));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolvePromise(false)));
  });
}

export const fileExists = (p: string): boolean => existsSync(p);
