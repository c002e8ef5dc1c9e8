/** verify's input and output names, and its inputs' non-empty defaults exactly as action.yml declares them (a test compares them). */
export const Inputs = {
  Releases: 'releases',
  Namespace: 'namespace',
  Selector: 'selector',
  Timeout: 'timeout',
  WaitForJobs: 'wait-for-jobs',
  CrashLoopRestarts: 'crash-loop-restarts',
  FailureGrace: 'failure-grace',
  UnschedulableGrace: 'unschedulable-grace',
  HttpChecks: 'http-checks',
} as const;

export const Defaults = {
  Timeout: '5m',
  WaitForJobs: 'true',
  CrashLoopRestarts: '3',
  FailureGrace: '1m',
  UnschedulableGrace: '2m',
} as const satisfies Partial<Record<keyof typeof Inputs, string>>;

export const Outputs = {
  Ready: 'ready',
  NotReady: 'not-ready',
  DurationSeconds: 'duration-seconds',
} as const;
