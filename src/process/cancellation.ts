/**
 * Job cancellation as GitHub delivers it: SIGINT to the step's process, SIGTERM 7.5 s later, then a
 * kill of the tree 2.5 s after that. The first signal is forwarded at once to every child process
 * group runTool started (helm then marks its release `failed` instead of leaving it
 * `pending-upgrade`), `signal` aborts so engines start nothing new and return what happened, and the
 * children are awaited before the action's own work ends. A SIGTERM forwarded to a child that
 * ignores it is followed by SIGKILL before GitHub's kill arrives, so no child outlives the step and
 * writes to files a `post:` step has already cleaned up.
 */
// eslint-disable-next-line no-restricted-imports -- a type only: the processes are runTool's.
import type { ChildProcess } from 'node:child_process';

/** How long a child may take over a forwarded SIGTERM before it is killed (GitHub kills the tree 2.5 s after its SIGTERM). */
const TERM_GRACE_MS = 2_000;

const controller = new AbortController();
const children = new Set<ChildProcess>();
let received: NodeJS.Signals | undefined;
let installed = false;

/** Aborts on the first SIGINT or SIGTERM the step receives. */
export const cancellation = {
  get signal(): AbortSignal {
    return controller.signal;
  },
  /** The signal the step received, if it was cancelled. */
  get received(): NodeJS.Signals | undefined {
    return received;
  },
};

export class CancelledError extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`cancelled (${signal}): the job is being cancelled, so nothing new is started.`);
    this.name = 'CancelledError';
  }
}

/** Installs the SIGINT/SIGTERM handlers (once). Until then, node's default (exit at once) applies. */
export function handleCancellation(): void {
  if (installed) return;
  installed = true;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => onSignal(sig));
}

function onSignal(sig: NodeJS.Signals): void {
  if (!received) {
    received = sig;
    // 130/143 as a shell reports a process ended by the signal, unless the action already failed.
    process.exitCode ||= sig === 'SIGINT' ? 130 : 143;
    process.stderr.write(`Received ${sig}: stopping ${children.size} running tool${children.size === 1 ? '' : 's'} and finishing the report.\n`);
    controller.abort(new CancelledError(sig));
  }
  for (const child of children) signalGroup(child, sig);
  if (sig === 'SIGTERM') setTimeout(() => children.forEach((c) => signalGroup(c, 'SIGKILL')), TERM_GRACE_MS).unref();
}

/** Registers a child (started as its own process group) for forwarding until it closes. */
export function trackChild(child: ChildProcess): void {
  handleCancellation();
  children.add(child);
  child.once('close', () => children.delete(child));
  // Started after a cancel: it gets the same signal right away.
  if (received) signalGroup(child, received);
}

export function signalGroup(child: ChildProcess, sig: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, sig);
  } catch {
    // The group is already gone.
  }
}
