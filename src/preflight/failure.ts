/** Typed errors from the kube, postgres and AWS boundaries become failed checks with their fix. */
import type { CheckOutcome } from './check.js';

interface Fixable {
  message: string;
  fix: string;
}

const isFixable = (err: unknown): err is Fixable =>
  err instanceof Error && typeof (err as Partial<Fixable>).fix === 'string' && (err as Partial<Fixable>).fix !== '';

/** A fail verdict for `err`; typed boundary errors carry their own fix, anything else is rethrown as a crash. */
export function failure(err: unknown, context?: string): CheckOutcome {
  if (!isFixable(err)) throw err;
  return { verdict: 'fail', finding: context ? `${context}: ${err.message}` : err.message, fix: err.fix };
}
