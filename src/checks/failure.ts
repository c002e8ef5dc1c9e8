/** Typed boundary errors become failed checks with their fix. */
import { ChalkError } from '../errors.js';
import type { CheckOutcome } from './check.js';

/** A fail verdict for `err`; a typed boundary error carries its own fix, anything else is rethrown as a crash. */
export function failure(err: unknown, context?: string): CheckOutcome {
  if (!(err instanceof ChalkError) || !err.fix) throw err;
  return { verdict: 'fail', finding: context ? `${context}: ${err.message}` : err.message, fix: err.fix };
}
