/** drift-check's input and output names, and each input's default exactly as action.yml declares it (a test compares them). */
export const Inputs = {
  Registry: 'registry',
  Chart: 'chart',
  RepoUrl: 'repo-url',
  Version: 'version',
  Digest: 'digest',
  Release: 'release',
  Namespace: 'namespace',
  ValuesFiles: 'values-files',
  SeedFile: 'seed-file',
  Set: 'set',
  ChartSet: 'chart-set',
  WorkingDirectory: 'working-directory',
  Ignore: 'ignore',
  IgnoreChartBump: 'ignore-chart-bump',
  FailOnDrift: 'fail-on-drift',
  Issue: 'issue',
  IssueLabel: 'issue-label',
  Environment: 'environment',
  GithubToken: 'github-token',
  KubeContext: 'kube-context',
  CaFile: 'ca-file',
  Timeout: 'timeout',
} as const;

/** Defaults of the inputs whose action.yml default is a plain value (github-token's is an expression). */
export const Defaults = {
  Registry: '754784422779.dkr.ecr.us-east-1.amazonaws.com',
  Release: 'chalk-metadata-plane',
  Namespace: 'chalk-metadata',
  ValuesFiles: 'values.yaml',
  SeedFile: 'seed.yaml',
  WorkingDirectory: '.',
  IgnoreChartBump: 'true',
  FailOnDrift: 'false',
  Issue: 'false',
  IssueLabel: 'chalk-drift',
  Timeout: '5m',
} as const satisfies Partial<Record<keyof typeof Inputs, string>>;

export const Outputs = {
  Drifted: 'drifted',
  DriftedCount: 'drifted-count',
  DesiredCount: 'desired-count',
  LiveCount: 'live-count',
  MissingCount: 'missing-count',
  IgnoredCount: 'ignored-count',
  ReportFile: 'report-file',
  IssueUrl: 'issue-url',
} as const;
