/**
 * The toolkit's one bundle (dist/index.js). Each action's `main:`/`post:` is a two-line file in
 * dist/<action>/ that calls `start`; the action's glue and everything heavy load only then, once.
 */
import { ENTRIES } from './entries.js';

export async function start(entry: string): Promise<void> {
  const load = ENTRIES[entry];
  if (!load) throw new Error(`chalk-actions has no entry point ${entry}; known: ${Object.keys(ENTRIES).join(', ')}.`);
  const action = await load();
  await action.run();
}
