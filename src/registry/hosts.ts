/**
 * Registry hosts as users write them (`oci://host/charts/x`, `host:port`, …) and the credential
 * provider each one needs, recognised from the host name the way each cloud spells it.
 */
import { oneLine } from '../report/text.js';
import { CredentialError } from './credentials.js';

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
 * case-insensitive, and helm's config keys them as written). Throws on something that is not a
 * host, on a port outside 1-65535, and on credentials (`user:pw@host`), which it never repeats.
 */
export function registryHost(entry: string): string {
  const scheme = /^(oci|https?):\/\//i.exec(entry.trim())?.[0] ?? '';
  const rest = entry.trim().slice(scheme.length);
  const credentials = /^.*@(?!sha\d+:)/.exec(rest);
  if (credentials)
    throw new Error(
      `"${oneLine(`${scheme}***@${rest.slice(credentials[0].length)}`, 200)}" holds credentials before the host: pass them as the inputs username and password (from secrets), never in registries.`,
    );
  const host = rest.split('/')[0]!.toLowerCase();
  if (!/^(\[[0-9a-f:]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d{1,5})?$/.test(host))
    throw new Error(
      `"${oneLine(entry, 200)}" is not a registry host: expected a host such as 123456789012.dkr.ecr.us-east-1.amazonaws.com, optionally as oci://host/path.`,
    );
  const port = Number(/:(\d+)$/.exec(host)?.[1] ?? 443);
  if (port < 1 || port > 65_535) throw new Error(`"${host}" has port ${port}: a port is 1-65535.`);
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
      throw new CredentialError(
        host,
        'missing-input',
        `${host} is not an ECR host name (<account>.dkr.ecr.<region>.amazonaws.com), so provider ecr needs the inputs aws-account-id and aws-region to know which registry to ask for a token.`,
        'Set aws-account-id and aws-region to the registry account and region (Chalk gives them), or name the registry by its ECR host name.',
      );
    if (!/^\d{12}$/.test(awsAccountId))
      throw new CredentialError(
        host,
        'missing-input',
        `aws-account-id must be a 12-digit AWS account id, but it is "${oneLine(awsAccountId, 100)}".`,
        'Set aws-account-id to the 12-digit id of the registry account.',
      );
    if (!/^[a-z]{2}(?:-[a-z]+)+-\d+$/.test(awsRegion))
      throw new CredentialError(
        host,
        'missing-input',
        `aws-region must be an AWS region such as us-east-1, but it is "${oneLine(awsRegion, 100)}".`,
        'Set aws-region to the region of the registry.',
      );
    return { provider, host, accountId: awsAccountId, region: awsRegion, fips: false };
  }
  return { provider, host };
}
