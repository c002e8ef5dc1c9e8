/** Unit tests: registry hosts → provider, and OCI chart references and versions (src/registry/hosts.ts, src/helm/chart.ts). */
import { describe, expect, it } from 'vitest';
import { chartVersions, compareSemver, latestVersion, parseChartRef } from '../../src/helm/chart.js';
import { detectTarget, registryHost, resolveTarget } from '../../src/registry/hosts.js';

describe('provider detection from the host', () => {
  it.each([
    ['754784422779.dkr.ecr.us-east-1.amazonaws.com', { provider: 'ecr', accountId: '754784422779', region: 'us-east-1', fips: false }],
    ['317932201237.dkr.ecr.us-east-1.amazonaws.com', { provider: 'ecr', accountId: '317932201237', region: 'us-east-1', fips: false }],
    ['123456789012.dkr.ecr.eu-central-1.amazonaws.com', { provider: 'ecr', region: 'eu-central-1' }],
    ['123456789012.dkr.ecr.ap-southeast-4.amazonaws.com', { provider: 'ecr', region: 'ap-southeast-4' }],
    ['123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn', { provider: 'ecr', region: 'cn-north-1' }],
    ['123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn', { provider: 'ecr', region: 'cn-northwest-1' }],
    ['123456789012.dkr.ecr.us-gov-west-1.amazonaws.com', { provider: 'ecr', region: 'us-gov-west-1', fips: false }],
    ['123456789012.dkr.ecr-fips.us-gov-east-1.amazonaws.com', { provider: 'ecr', region: 'us-gov-east-1', fips: true }],
    ['123456789012.dkr.ecr-fips.us-east-2.amazonaws.com', { provider: 'ecr', region: 'us-east-2', fips: true }],
    ['123456789012.dkr-ecr.us-west-2.on.aws', { provider: 'ecr', region: 'us-west-2' }],
    ['123456789012.dkr.ecr.us-iso-east-1.c2s.ic.gov', { provider: 'ecr', region: 'us-iso-east-1' }],
    ['123456789012.dkr.ecr.us-isob-east-1.sc2s.sgov.gov', { provider: 'ecr', region: 'us-isob-east-1' }],
    ['public.ecr.aws', { provider: 'ecr-public' }],
    ['us-docker.pkg.dev', { provider: 'artifact-registry' }],
    ['europe-west4-docker.pkg.dev', { provider: 'artifact-registry' }],
    ['gcr.io', { provider: 'artifact-registry' }],
    ['eu.gcr.io', { provider: 'artifact-registry' }],
    ['ghcr.io', { provider: 'generic' }],
    ['registry.example.com:5000', { provider: 'generic' }],
    ['127.0.0.1:35135', { provider: 'generic' }],
    // Look-alikes are not ECR: a short account id, an unknown domain, a host under someone else's domain.
    ['12345.dkr.ecr.us-east-1.amazonaws.com', { provider: 'generic' }],
    ['123456789012.dkr.ecr.us-east-1.amazonaws.com.evil.example', { provider: 'generic' }],
    ['docker.pkg.dev.example.com', { provider: 'generic' }],
  ])('%s', (host, expected) => {
    expect(detectTarget(host)).toMatchObject({ host, ...expected });
  });

  it('keeps the port of an ECR host but reads account and region without it', () => {
    expect(detectTarget('123456789012.dkr.ecr.us-east-1.amazonaws.com:443')).toMatchObject({ provider: 'ecr', region: 'us-east-1' });
  });
});

describe('registry hosts from input entries', () => {
  it.each([
    ['oci://754784422779.dkr.ecr.us-east-1.amazonaws.com/charts/chalk-metadata-plane', '754784422779.dkr.ecr.us-east-1.amazonaws.com'],
    ['oci://us-docker.pkg.dev/chalk-prod/charts/chalk-metadata-plane', 'us-docker.pkg.dev'],
    ['  US-Docker.pkg.dev  ', 'us-docker.pkg.dev'],
    ['https://registry.example.com:5000/v2/', 'registry.example.com:5000'],
    ['127.0.0.1:35135/charts', '127.0.0.1:35135'],
  ])('%s → %s', (entry, host) => {
    expect(registryHost(entry)).toBe(host);
  });

  it.each(['oci://', 'not a host', 'http://exa mple.com', '-bad-.example.com'])('rejects %j', (entry) => {
    expect(() => registryHost(entry)).toThrow(/is not a registry host/);
  });

  it.each([
    ['oci://deploy:s3cret@registry.example.com/charts', '"oci://***@registry.example.com/charts"'],
    ['deploy:pa/ss@registry.example.com', '"***@registry.example.com"'],
    ['https://user@registry.example.com:5000', '"https://***@registry.example.com:5000"'],
  ])('refuses credentials in %j without repeating them', (entry, shown) => {
    expect(() => registryHost(entry)).toThrow(`${shown} holds credentials before the host`);
    expect(() => registryHost(entry)).not.toThrow(/s3cret|pa\/ss|user@/);
  });

  it('keeps a digest (not credentials) after the path, and checks the port range', () => {
    expect(registryHost(`oci://registry.example.com/charts/x@sha256:${'a'.repeat(64)}`)).toBe('registry.example.com');
    expect(registryHost('[::1]:5000')).toBe('[::1]:5000');
    expect(registryHost('registry.example.com:65535')).toBe('registry.example.com:65535');
    for (const port of ['0', '65536', '99999']) expect(() => registryHost(`registry.example.com:${port}`)).toThrow(`has port ${port}: a port is 1-65535.`);
  });
});

describe('explicit provider', () => {
  it('ecr on a non-ECR host needs account and region, and validates the account id', () => {
    expect(() => resolveTarget('127.0.0.1:5000', { provider: 'ecr' })).toThrow(/needs the inputs aws-account-id and aws-region/);
    expect(() => resolveTarget('127.0.0.1:5000', { provider: 'ecr', awsAccountId: '12', awsRegion: 'us-east-1' })).toThrow(/12-digit/);
    expect(() => resolveTarget('127.0.0.1:5000', { provider: 'ecr', awsAccountId: '754784422779', awsRegion: 'us-east-1\n::error::x' })).toThrow(
      'aws-region must be an AWS region such as us-east-1, but it is "us-east-1 ::error::x".',
    );
    expect(resolveTarget('127.0.0.1:5000', { provider: 'ecr', awsAccountId: '754784422779', awsRegion: 'us-east-1' })).toEqual({
      provider: 'ecr',
      host: '127.0.0.1:5000',
      accountId: '754784422779',
      region: 'us-east-1',
      fips: false,
    });
  });

  it('ecr on an ECR host name keeps what the host says, whatever aws-account-id and aws-region say', () => {
    const host = '754784422779.dkr.ecr.us-east-1.amazonaws.com';
    expect(resolveTarget(host, { provider: 'ecr' })).toMatchObject({ accountId: '754784422779', region: 'us-east-1' });
    expect(resolveTarget(host, { provider: 'ecr', awsAccountId: '317932201237', awsRegion: 'us-west-2' })).toMatchObject({
      accountId: '754784422779',
      region: 'us-east-1',
    });
  });

  it('generic wins over detection (e.g. a pull-through mirror with a static password)', () => {
    expect(resolveTarget('us-docker.pkg.dev', { provider: 'generic' })).toEqual({ provider: 'generic', host: 'us-docker.pkg.dev' });
  });
});

describe('OCI chart references', () => {
  it('splits registry, repository, name, tag and digest', () => {
    expect(parseChartRef('oci://754784422779.dkr.ecr.us-east-1.amazonaws.com/charts/chalk-metadata-plane')).toEqual({
      url: 'oci://754784422779.dkr.ecr.us-east-1.amazonaws.com/charts/chalk-metadata-plane',
      registry: '754784422779.dkr.ecr.us-east-1.amazonaws.com',
      repository: 'charts/chalk-metadata-plane',
      name: 'chalk-metadata-plane',
    });
    expect(parseChartRef('oci://127.0.0.1:35135/charts/chalk-metadata-plane:0.1.2')).toMatchObject({
      registry: '127.0.0.1:35135',
      repository: 'charts/chalk-metadata-plane',
      tag: '0.1.2',
    });
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(parseChartRef(`oci://us-docker.pkg.dev/chalk-prod/charts/chalk-metadata-plane@${digest}`)).toMatchObject({
      repository: 'chalk-prod/charts/chalk-metadata-plane',
      digest,
    });
  });

  it.each(['https://example.com/charts/x', 'oci://example.com', 'chalk-metadata-plane', 'oci://host/charts/x:bad tag'])('rejects %j', (ref) => {
    expect(() => parseChartRef(ref)).toThrow(/is not an OCI chart reference/);
  });

  it('keeps semver tags (helm stores + as _), sorted by precedence, and picks the latest release', () => {
    const tags = ['0.1.10', '0.1.2', 'sha256-abc.sig', '0.2.0-rc.1', '0.1.9', 'latest', '0.2.0-rc.10', '0.1.3_build.5'];
    expect(chartVersions(tags)).toEqual(['0.1.2', '0.1.3+build.5', '0.1.9', '0.1.10', '0.2.0-rc.1', '0.2.0-rc.10']);
    expect(latestVersion(chartVersions(tags))).toBe('0.1.10');
    expect(latestVersion(['1.0.0-alpha', '1.0.0-beta'])).toBe('1.0.0-beta');
    expect(latestVersion([])).toBeUndefined();
    expect(compareSemver('1.0.0-alpha', '1.0.0')).toBeLessThan(0);
    expect(compareSemver('1.0.0-alpha.1', '1.0.0-alpha.beta')).toBeLessThan(0);
  });
});
