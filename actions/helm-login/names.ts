/** helm-login's input, output and state names and its input defaults (as action.yml declares them), shared by main and post. */
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

/** The non-empty `default:` of every input that has one, keyed as Inputs (the others default to empty). */
export const Defaults = {
  Provider: 'auto',
  HelmDownloadUrl: 'https://get.helm.sh',
  SkipLogout: 'false',
  Timeout: '2m',
} as const satisfies Partial<Record<keyof typeof Inputs, string>>;

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
