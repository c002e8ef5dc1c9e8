/**
 * The toolkit's one bundle (dist/index.js). Each action's `main:`/`post:` is a two-line file in
 * dist/<action>/ that calls `start`; the action's glue and everything heavy load only then, once.
 * The same file is the entry of the worker threads runBounded starts.
 */
import { ENTRIES } from './entries.js';
import { serveWorkerTask, setBundleLocation } from './worker.js';

serveWorkerTask();

export async function start(entry: string, entryUrl: string): Promise<void> {
  const load = ENTRIES[entry];
  if (!load) throw new Error(`chalk-actions has no entry point ${entry}; known: ${Object.keys(ENTRIES).join(', ')}.`);
  setBundleLocation(entryUrl);
  const action = await load();
  await action.run();
}

/** The `chalk-actions` command line (bin/chalk-actions.mjs), loaded only when it runs. */
export async function cli(...args: Parameters<typeof import('../cli/main.js').cli>): Promise<number> {
  const { cli: run } = await import('../cli/main.js');
  return run(...args);
}
