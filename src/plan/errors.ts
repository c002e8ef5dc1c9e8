/** Failures of planning: rendering, reading the release, understanding a manifest or an ignore rule. */
import { ChalkError } from '../errors.js';
import type { Origin } from '../report/problems.js';

export type PlanErrorKind = 'render' | 'chart' | 'release' | 'cluster' | 'manifest' | 'ignore-rule' | 'input';

export class PlanError extends ChalkError<PlanErrorKind> {
  readonly boundary = 'plan';

  constructor(
    kind: PlanErrorKind,
    message: string,
    fix: string,
    /** Where in the user's files the failure points, when it can be located. */
    readonly origin?: Origin,
  ) {
    super(kind, message, fix);
  }
}
