/**
 * Runs tasks in dependency order: a task starts once every task it needs has succeeded, at most
 * `maxParallel` at a time. After the first failure (or a cancel) nothing new starts; the tasks already
 * running finish, so everything before the failure is left intact.
 */
export interface Task {
  id: string;
  needs: readonly string[];
  /** Resolves true on success; false or a rejection is a failure. */
  run(): Promise<boolean>;
}

export type TaskState = 'succeeded' | 'failed' | 'not-started';

export interface ScheduleResult {
  /** Task ids in the order they started. */
  started: string[];
  states: Map<string, TaskState>;
  /** The first task that failed. */
  firstFailure?: string;
}

export async function runInOrder(tasks: readonly Task[], options: { maxParallel: number; signal?: AbortSignal }): Promise<ScheduleResult> {
  const states = new Map<string, TaskState>(tasks.map((t) => [t.id, 'not-started']));
  const waiting = [...tasks];
  const running = new Set<Promise<void>>();
  const started: string[] = [];
  let firstFailure: string | undefined;
  const stopped = (): boolean => firstFailure !== undefined || options.signal?.aborted === true;

  for (;;) {
    if (!stopped()) {
      for (const task of [...waiting]) {
        if (running.size >= Math.max(1, options.maxParallel)) break;
        if (!task.needs.every((n) => states.get(n) === 'succeeded')) continue;
        waiting.splice(waiting.indexOf(task), 1);
        started.push(task.id);
        const run: Promise<void> = task
          .run()
          .catch(() => false)
          .then((ok) => {
            states.set(task.id, ok ? 'succeeded' : 'failed');
            if (!ok) firstFailure ??= task.id;
            running.delete(run);
          });
        running.add(run);
      }
    }
    if (running.size === 0) break;
    await Promise.race(running);
  }
  return { started, states, ...(firstFailure ? { firstFailure } : {}) };
}
