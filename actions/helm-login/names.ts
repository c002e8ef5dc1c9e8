/** helm-login's input, output and state names, shared by main and post. */
export const Inputs = {
  Registries: 'registries',
  Provider: 'provider',
  Username: 'username',
  Password: 'password',
  AwsAccountId: 'aws-account-id',
  AwsRegion: 'aws-region',
  AwsEndpoint: 'aws-endpoint',
  GcpAccessToken: 'gcp-access-token',
  CaFile: 'ca-file',
  HelmVersion: 'helm-version',
  HelmDownloadUrl: 'helm-download-url',
  VerifyChart: 'verify-chart',
  SkipLogout: 'skip-logout',
  Timeout: 'timeout',
} as const;

export const Outputs = {
  Registries: 'registries',
  RegistryConfig: 'registry-config',
  HelmVersion: 'helm-version',
  ChartVersions: 'chart-versions',
} as const;

export const State = {
  RegistryConfig: 'registry-config',
  /** 'true' when this step created the config file (and so post deletes it). */
  OwnsConfig: 'owns-config',
  HelmPath: 'helm-path',
  /** JSON array of the hosts logged in. */
  Hosts: 'hosts',
  SkipLogout: 'skip-logout',
  /** The timeout input in milliseconds, for post's logouts. */
  TimeoutMs: 'timeout-ms',
} as const;
