import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHART_SET_YAML } from '../../src/apply/default-chart-set.js';
import { findCycle, loadChartSet, parseChartSet, parseVersionRequest } from '../../src/config/chart-set.js';
import type { Problem } from '../../src/report/problems.js';
import { repoRoot } from '../helpers/paths.js';

async function chartSetFile(text: string, extra: Record<string, string> = {}): Promise<{ dir: string; path: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'chart-set-'));
  const path = join(dir, 'chart-set.yaml');
  await writeFile(path, text);
  for (const [name, content] of Object.entries(extra)) await writeFile(join(dir, name), content);
  return { dir, path };
}

const formatProblem = (p: Problem): string =>
  `${p.origin ? `${p.origin.file}:${p.origin.line}:${p.origin.col}: ` : ''}${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}`;

async function problemsOf(text: string, extra: Record<string, string> = {}): Promise<string[]> {
  const { dir, path } = await chartSetFile(text, extra);
  const loaded = await loadChartSet(path, { workspace: dir });
  return loaded.problems.map(formatProblem);
}

describe('the default chart set', () => {
  it('is examples/chart-set.yaml, byte for byte', async () => {
    expect(await readFile(join(repoRoot, 'examples', 'chart-set.yaml'), 'utf8')).toBe(DEFAULT_CHART_SET_YAML);
  });

  it("is valid and holds the guide's eleven charts at its versions", async () => {
    const loaded = await parseChartSet(DEFAULT_CHART_SET_YAML, join(repoRoot, 'chart-set.yaml'), { workspace: repoRoot });
    expect(loaded.problems).toEqual([]);
    const versions = Object.fromEntries(loaded.chartSet!.releases.map((r) => [r.name, r.version]));
    expect(versions).toEqual({
      'aws-load-balancer-controller': 'latest',
      'gateway-helm': 'v1.6.0',
      'cert-manager': 'latest',
      'external-dns': '1.17.0',
      'argo-workflows': '0.45.27',
      keda: '2.11.1',
      'metrics-server': '3.12.2',
      'aws-mountpoint-s3-csi-driver': '2.0.0',
      'cloudnative-pg': '0.26.0',
      karpenter: '1.0.0+',
      'aws-ebs-csi-driver': 'latest',
    });
  });

  it('enables the Gateway API in cert-manager and the xRoute sources in external-dns', async () => {
    const { chartSet } = await parseChartSet(DEFAULT_CHART_SET_YAML, join(repoRoot, 'chart-set.yaml'), { workspace: repoRoot });
    const values = (name: string) => chartSet!.releases.find((r) => r.name === name)!.values as Record<string, never>;
    expect(values('cert-manager')).toMatchObject({ crds: { enabled: true }, config: { enableGatewayAPI: true } });
    expect(values('external-dns')).toMatchObject({ sources: expect.arrayContaining(['gateway-httproute', 'gateway-grpcroute']) });
    expect(chartSet!.releases.find((r) => r.name === 'cert-manager')!.needs).toEqual(['gateway-helm']);
  });
});

describe('chart-set validation (file:line problems)', () => {
  it('reads versions as written, including a YAML number, and resolves values files beside the file', async () => {
    const { dir, path } = await chartSetFile(
      [
        'releases:',
        '  keda:',
        '    chart: oci://r.example/charts/keda',
        '    version: 2.11.1',
        '    namespace: keda',
        '    values-files: [keda.yaml]',
        '    timeout: 90s',
        '',
      ].join('\n'),
      { 'keda.yaml': 'a: 1\n' },
    );
    const { chartSet, problems } = await loadChartSet(path, { workspace: dir });
    expect(problems).toEqual([]);
    expect(chartSet!.releases[0]).toMatchObject({
      name: 'keda',
      request: { kind: 'exact', version: '2.11.1' },
      valuesFiles: [{ path: join(dir, 'keda.yaml'), display: 'keda.yaml' }],
      timeoutMs: 90_000,
    });
  });

  it('names unknown keys with a suggestion, and missing ones', async () => {
    expect(
      await problemsOf(['releases:', '  keda:', '    chart: oci://r.example/charts/keda', '    verison: 1.0.0', '    namespace: keda', ''].join('\n')),
    ).toEqual([
      'chart-set.yaml:4:5: Unknown key "verison" in releases.keda. Fix: Did you mean version? Known keys: chart, repository, version, namespace, needs, values, values-files, timeout.',
      'chart-set.yaml:2:3: releases.keda.version is required. Fix: Add version: to release keda.',
    ]);
  });

  it('refuses a version that is neither exact, latest nor a minimum, and a chart ref carrying its tag', async () => {
    const problems = await problemsOf(
      ['releases:', '  a:', '    chart: oci://r.example/charts/a:1.0.0', '    version: 2.0', '    namespace: a', ''].join('\n'),
    );
    expect(problems).toEqual([
      'chart-set.yaml:3:12: releases.a.chart names a tag in the reference; the version belongs in version: (and the digest in the lock file). Fix: Write chart: oci://r.example/charts/a and version: 1.0.0.',
      'chart-set.yaml:4:14: releases.a.version must be an exact version (1.2.3), latest, or a minimum such as 1.0.0+, but it is "2.0". Fix: Write an exact chart version, or latest / X.Y.Z+ and run the action with mode: lock to pin it.',
    ]);
  });

  it('wants an https repository and a plain chart name with it, and valid release and namespace names', async () => {
    const problems = await problemsOf(
      [
        'releases:',
        '  Bad_Name:',
        '    repository: http://charts.example',
        '    chart: oci://x/y',
        '    version: latest',
        '    namespace: Kube_System',
        '',
      ].join('\n'),
    );
    expect(problems.map((p) => p.slice(0, p.indexOf(' Fix:') > 0 ? p.indexOf(' Fix:') : undefined))).toEqual([
      `chart-set.yaml:2:3: Release name "Bad_Name" must be a helm release name: lower-case letters, digits, '-' and '.', each '.'-separated part starting and ending with a letter or digit.`,
      'chart-set.yaml:3:17: releases.Bad_Name.repository must be an https URL of a chart repository, but it is "http://charts.example".',
      'chart-set.yaml:4:12: releases.Bad_Name.chart must be a chart name in the repository (e.g. keda), but it is "oci://x/y".',
      `chart-set.yaml:6:16: releases.Bad_Name.namespace "Kube_System" must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit.`,
    ]);
  });

  it('points at needs entries that are unknown or the release itself', async () => {
    const rel = (name: string, needs: string) => [
      `  ${name}:`,
      `    chart: oci://r.example/charts/${name}`,
      '    version: 1.0.0',
      `    namespace: ns`,
      `    needs: ${needs}`,
    ];
    const problems = await problemsOf(['releases:', ...rel('a', '[a]'), ...rel('b', '[cert-manger]'), ...rel('cert-manager', '[]'), ''].join('\n'));
    expect(problems).toEqual([
      'chart-set.yaml:6:13: Release a needs itself. Fix: Remove it from its own needs.',
      'chart-set.yaml:11:13: Release b needs "cert-manger", which is not a release of this chart set. Fix: Did you mean cert-manager?',
    ]);
  });

  it('reports a needs cycle once, at the entry that closes it', async () => {
    const rel = (name: string, needs: string) => [
      `  ${name}:`,
      `    chart: oci://r.example/charts/${name}`,
      '    version: 1.0.0',
      `    namespace: ns`,
      `    needs: [${needs}]`,
    ];
    const problems = await problemsOf(['releases:', ...rel('a', 'c'), ...rel('b', 'a'), ...rel('c', 'b'), ''].join('\n'));
    expect(problems).toEqual([
      'chart-set.yaml:11:13: needs form a cycle: a → c → b → a; no release of it could ever be installed first. Fix: Remove one of these needs entries: a release can only need releases installed before it.',
    ]);
  });

  it('reports a missing values file at its entry, and a YAML duplicate release', async () => {
    expect(
      await problemsOf(
        [
          'releases:',
          '  a:',
          '    chart: oci://r.example/charts/a',
          '    version: 1.0.0',
          '    namespace: ns',
          '    values-files:',
          '      - nope.yaml',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      "chart-set.yaml:7:9: Values file nope.yaml of release a does not exist. Fix: Paths under values-files are relative to chart-set.yaml's directory.",
    ]);
    const dup = await problemsOf(
      ['releases:', '  a:', '    chart: oci://r/c/a', '    version: 1.0.0', '    namespace: ns', '  a:', '    chart: oci://r/c/a', ''].join('\n'),
    );
    expect(dup[0]).toMatch(/^chart-set\.yaml:6:\d+: YAML syntax error in chart-set\.yaml: the key "a" appears twice/);
  });

  it('wants releases: at the top and nothing else there', async () => {
    expect(await problemsOf('charts: {}\n')).toEqual([
      'chart-set.yaml:1:1: Unknown key "charts" in the top level. Fix: Known keys: releases.',
      'chart-set.yaml:1:1: chart-set.yaml has no releases: map; a chart set lists its charts under it. Fix: Add releases: with one entry per chart, as in examples/chart-set.yaml.',
    ]);
  });
});

describe('version requests and cycles', () => {
  it('parses exact, latest and minimum versions', () => {
    expect(parseVersionRequest('1.2.3')).toEqual({ kind: 'exact', version: '1.2.3' });
    expect(parseVersionRequest('v1.16.0')).toEqual({ kind: 'exact', version: 'v1.16.0' });
    expect(parseVersionRequest('latest')).toEqual({ kind: 'latest' });
    expect(parseVersionRequest('1.0.0+')).toEqual({ kind: 'at-least', version: '1.0.0' });
    for (const bad of ['1.0', '^1.0.0', '>=1.0.0', 'Latest', '1.0.0++', '']) expect(parseVersionRequest(bad), bad).toBeUndefined();
  });

  it('finds a cycle as a closed path, and none in a DAG', () => {
    expect(
      findCycle([
        { name: 'a', needs: ['b'] },
        { name: 'b', needs: ['a'] },
      ]),
    ).toEqual(['a', 'b', 'a']);
    expect(
      findCycle([
        { name: 'a', needs: ['b', 'c'] },
        { name: 'b', needs: ['c'] },
        { name: 'c', needs: [] },
      ]),
    ).toBeUndefined();
  });
});
