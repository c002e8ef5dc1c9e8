/** Wraps an action's main function: any thrown error fails the step with a redacted message. */
import * as core from '@actions/core';
import { redact } from '../report/secrets.js';
import { InputError } from './inputs.js';

export async function runEntry(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (!(err instanceof InputError) && err instanceof Error && err.stack) core.debug(redact(err.stack));
    core.setFailed(redact(message));
  }
}
