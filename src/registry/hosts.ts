/**
 * Registry hosts as users write them (`oci://host/charts/x`, `host:port`, …) and the credential
 * provider each one needs, recognised from the host name the way each cloud spells it.
 */

export const PROVIDERS = ['ecr', 'ecr-public', 'artifact-registry', 'generic'] as const;
export type Provider = (typeof PROVIDERS)[number];

export type RegistryTarget =
  | { provider: 'ecr'; host: string; accountId: string; region: string; fips: boolean }
  | { provider: 'ecr-public'; host: string }
  | { provider: 'artifact-registry'; host: string }
  | { provider: 'generic'; host: string };

// <account>.dkr.ecr[-fips].<region>.<partition domain>, plus the dual-stack `dkr-ecr` … `on.aws` form.
const ECR_HOST =
  /^(\d{12})\.dkr[.-]ecr(-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d+)\.(?:amazonaws\.com(?:\.cn)?|on\.aws|on\.amazonwebservices\.com\.cn|sc2s\.sgov\.gov|c2s\.ic\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)$/;
const ECR_PUBLIC_HOST = /^public\.ecr\.aws$/;
// Artifact Registry (<location>-docker.pkg.dev) and the Container Registry domains it now serves.
const GAR_HOST = /^[a-z0-9-]+-docker\.pkg\.dev$/;
const GCR_HOST = /^(?:[a-z]+\.)?gcr\.io$/;

/**
 * The registry host of `entry`: scheme, path, tag and digest dropped, lower-cased (hosts are
 * case-insensitive, and helm's config keys them as written). Throws on something that is not a host.
 */
export function registryHost(entry: string): string {
  const trimmed = entry.trim().replace(/^(oci|https?):\/\//i, '');
  const host = trimmed.split('/')[0]!.toLowerCase();
  if (!/^(\[[0-9a-f:]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d{1,5})?$/.test(host))
    throw new Error(`"${entry}" is not a registry host: expected a host such as 123456789012.dkr.ecr.us-east-1.amazonaws.com, optionally as oci://host/path.`);
  return host;
}

/** Recognises the provider from the host alone. */
export function detectTarget(host: string): RegistryTarget {
  const bare = host.replace(/:\d+$/, '');
  const ecr = ECR_HOST.exec(bare);
  if (ecr) return { provider: 'ecr', host, accountId: ecr[1]!, region: ecr[3]!, fips: Boolean(ecr[2]) };
  if (ECR_PUBLIC_HOST.test(bare)) return { provider: 'ecr-public', host };
  if (GAR_HOST.test(bare) || GCR_HOST.test(bare)) return { provider: 'artifact-registry', host };
  return { provider: 'generic', host };
}

export interface ProviderOverride {
  provider: Provider;
  /** For `ecr` on a host that does not spell the account and region (a proxy, a private DNS name, a test registry); ignored for ECR host names. */
  awsAccountId?: string;
  awsRegion?: string;
}

/** The target for `host`, with an explicit provider winning over detection. */
export function resolveTarget(host: string, override?: ProviderOverride): RegistryTarget {
  const detected = detectTarget(host);
  if (!override) return detected;
  const { provider, awsAccountId, awsRegion } = override;
  if (provider === 'ecr') {
    // An ECR host name is authoritative (the guide's two Chalk accounts in one step); the inputs only fill in for other names.
    if (detected.provider === 'ecr') return detected;
    if (!awsAccountId || !awsRegion)
      throw new Error(
        `${host} is not an ECR host name (<account>.dkr.ecr.<region>.amazonaws.com), so provider ecr needs the inputs aws-account-id and aws-region to know which registry to ask for a token.`,
      );
    if (!/^\d{12}$/.test(awsAccountId)) throw new Error(`aws-account-id must be a 12-digit AWS account id, but it is "${awsAccountId}".`);
    return { provider, host, accountId: awsAccountId, region: awsRegion, fips: false };
  }
  return { provider, host };
}
