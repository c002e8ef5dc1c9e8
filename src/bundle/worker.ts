/**
 * CPU-bound work that must stay bounded by a time limit (parsing hostile YAML: a synchronous parse
 * blocks the event loop, so a timer can never interrupt it). In the bundle the task runs in a worker
 * thread started from dist/index.js itself, with a memory cap, and is terminated at the deadline.
 * Run from source (unit tests), where there is no bundle file, the task runs in-process.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ChalkError } from '../errors.js';
import { WORKER_TASKS, type WorkerTaskName } from './worker-tasks.js';

let bundleFile: URL | undefined;

/** Called by dist/<action>/<entry>.js with its own URL: the bundle is `../index.js` beside it. */
export function setBundleLocation(entryUrl: string): void {
  bundleFile = new URL('../index.js', entryUrl);
}

export class WorkerTaskError extends ChalkError<'timeout' | 'memory' | 'crash'> {
  readonly boundary = 'worker';
}

export interface WorkerLimits {
  timeoutMs: number;
  /** Heap cap for the worker (an alias bomb exhausts it instead of the runner). */
  maxHeapMb?: number;
  /** What the task is, for messages: `parsing values.yaml`. */
  what: string;
}

interface TaskMessage {
  chalkWorkerTask: WorkerTaskName;
  input: unknown;
}

export async function runBounded<T>(task: WorkerTaskName, input: unknown, limits: WorkerLimits): Promise<T> {
  if (!bundleFile) return (await WORKER_TASKS[task]()).run(input) as Promise<T>;
  const worker = new Worker(bundleFile, {
    workerData: { chalkWorkerTask: task, input } satisfies TaskMessage,
    resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb ?? 512 },
    stdout: true,
    stderr: true,
  });
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(
        new WorkerTaskError(
          'timeout',
          `${limits.what} did not finish within ${Math.round(limits.timeoutMs / 100) / 10} s and was stopped.`,
          'Make the file smaller and simpler (no deep alias chains), or raise the timeout input.',
        ),
      );
    }, limits.timeoutMs);
    worker.once('message', (result: { ok: true; value: T } | { ok: false; message: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (result.ok) resolve(result.value);
      else reject(new WorkerTaskError('crash', `${limits.what} failed: ${result.message}`, 'Report this as a bug in chalk-actions with the log.'));
    });
    worker.once('error', (err: Error & { code?: string }) => {
      clearTimeout(timer);
      reject(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new WorkerTaskError(
              'memory',
              `${limits.what} needed more than ${limits.maxHeapMb ?? 512} MB and was stopped.`,
              'Make the file smaller and simpler (no deep alias chains).',
            )
          : new WorkerTaskError('crash', `${limits.what} failed: ${err.message}`, 'Report this as a bug in chalk-actions with the log.'),
      );
    });
  });
}

/** In a worker started by runBounded: run the task and post its result. A no-op on the main thread. */
export function serveWorkerTask(): void {
  const message = workerData as TaskMessage | undefined;
  if (isMainThread || !message?.chalkWorkerTask || !parentPort) return;
  const port = parentPort;
  void WORKER_TASKS[message.chalkWorkerTask]()
    .then((task) => task.run(message.input))
    .then(
      (value) => port.postMessage({ ok: true, value }),
      (err: unknown) => port.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) }),
    );
}
