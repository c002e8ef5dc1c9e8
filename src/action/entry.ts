/**
 * Wraps an action's main function: cancellation is handled from the first line (SIGINT/SIGTERM are
 * forwarded to running tools, src/process/cancellation.ts), and anything thrown, or left unhandled
 * in a callback, fails the step with one redacted message and its fix; a stack trace goes to the debug
 * log only.
 */
import * as core from '@actions/core';
import { ChalkError } from '../errors.js';
import { handleCancellation } from '../process/cancellation.js';
import { annotationText } from '../report/annotations.js';
import { redact } from '../report/secrets.js';

export async function runEntry(main: () => Promise<void>): Promise<void> {
  handleCancellation();
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  try {
    await main();
  } catch (err) {
    fail(err);
  }
}

function fail(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  const fix = err instanceof ChalkError && err.fix && !message.includes(err.fix) ? ` Fix: ${err.fix}` : '';
  if (err instanceof Error && err.stack && !(err instanceof ChalkError)) core.debug(redact(err.stack));
  core.setFailed(annotationText(`${message}${fix}`));
}
