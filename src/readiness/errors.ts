/** Why a readiness wait could not be run at all, as typed errors with the fix. */
import { ChalkError } from '../errors.js';

export type ReadinessErrorKind = 'release-not-found' | 'no-objects' | 'unknown-kind' | 'invalid-http-check';

export class ReadinessError extends ChalkError<ReadinessErrorKind> {
  readonly boundary = 'readiness';
}
