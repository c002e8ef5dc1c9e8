/** Tasks runBounded can run in a worker thread, each loaded lazily. A task's input and result must be structured-cloneable. */
export interface WorkerTask {
  run(input: unknown): Promise<unknown>;
}

export const WORKER_TASKS = {
  'parse-yaml': () => import('../config/yaml-parse-task.js') as Promise<WorkerTask>,
} satisfies Record<string, () => Promise<WorkerTask>>;

export type WorkerTaskName = keyof typeof WORKER_TASKS;
