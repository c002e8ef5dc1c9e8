import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockedSources, lockPathFor, pick, readLock, renderLock, staleReasons, type ChartLock } from '../../src/apply/chart-lock.js';
import type { ChartSet, ChartSetRelease } from '../../src/config/chart-set.js';
import { ChalkError } from '../../src/errors.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

function release(name: string, fields: Partial<ChartSetRelease>): ChartSetRelease {
  return {
    name,
    chart: `oci://r.example/charts/${name}`,
    version: '1.0.0',
    request: { kind: 'exact', version: '1.0.0' },
    namespace: 'ns',
    needs: [],
    valuesFiles: [],
    origin: { file: 'chart-set.yaml', line: 1, col: 1 },
    ...fields,
  };
}

const chartSet = (...releases: ChartSetRelease[]): ChartSet => ({ file: 'chart-set.yaml', path: '/w/chart-set.yaml', releases });

describe('version requests against a tag list', () => {
  const versions = ['v1.15.3', 'v1.16.0', 'v1.16.1', 'v1.17.0-alpha.1'];
  it('latest is the newest release, not a pre-release', () => expect(pick(versions, { kind: 'latest' })).toBe('v1.16.1'));
  it('a minimum takes the newest release at or above it', () => {
    expect(pick(['0.9.0', '1.0.0', '1.0.1', '1.1.0-rc.1'], { kind: 'at-least', version: '1.0.0' })).toBe('1.0.1');
    expect(pick(['0.9.0'], { kind: 'at-least', version: '1.0.0' })).toBeUndefined();
  });
  it('an exact version must exist, with or without its v', () => {
    expect(pick(versions, { kind: 'exact', version: '1.16.0' })).toBe('v1.16.0');
    expect(pick(versions, { kind: 'exact', version: '1.16.2' })).toBeUndefined();
  });
});

describe('the lock file', () => {
  const set = chartSet(
    release('karpenter', { version: '1.0.0+', request: { kind: 'at-least', version: '1.0.0' } }),
    release('keda', { chart: 'keda', repository: 'https://kedacore.github.io/charts', version: '2.11.1' }),
  );
  const lock: ChartLock = {
    lockVersion: 1,
    releases: {
      karpenter: { chart: 'oci://r.example/charts/karpenter', requested: '1.0.0+', version: '1.0.1', digest: DIGEST },
      keda: { chart: 'keda', repository: 'https://kedacore.github.io/charts', requested: '2.11.1', version: '2.11.1' },
    },
  };

  it('sits beside the chart set', () => {
    expect(lockPathFor('/w/chart-set.yaml')).toBe('/w/chart-set.lock.yaml');
    expect(lockPathFor('/w/dataplane.yml')).toBe('/w/dataplane.lock.yaml');
  });

  it('pins each release to its version and digest when it matches the chart set', () => {
    expect(staleReasons(set, lock)).toEqual([]);
    expect(Object.fromEntries(lockedSources(set, lock, 'chart-set.lock.yaml'))).toEqual({
      karpenter: { chart: 'oci://r.example/charts/karpenter', version: '1.0.1', digest: DIGEST },
      keda: { chart: 'keda', repository: 'https://kedacore.github.io/charts', version: '2.11.1' },
    });
  });

  it('is stale when a version request, a chart or the list of releases changed', () => {
    const changed = chartSet(
      release('karpenter', { version: '1.1.0+', request: { kind: 'at-least', version: '1.1.0' } }),
      release('keda', { chart: 'oci://r.example/charts/keda' }),
      release('argo', {}),
    );
    expect(staleReasons(changed, lock)).toEqual([
      "karpenter's version changed from 1.0.0+ to 1.1.0+",
      "keda's chart changed since the lock was written",
      'argo is not in the lock',
    ]);
    expect(staleReasons(chartSet(set.releases[0]!), lock)).toEqual(['the lock lists keda, which the chart set does not']);
    const noDigest = { lockVersion: 1 as const, releases: { ...lock.releases, karpenter: { ...lock.releases.karpenter!, digest: undefined } } };
    expect(staleReasons(set, noDigest)).toEqual(['karpenter has no digest in the lock']);
    expect(() => lockedSources(changed, lock, 'chart-set.lock.yaml')).toThrow(
      /chart-set\.lock\.yaml does not match chart-set\.yaml: karpenter's version changed/,
    );
  });

  it('round-trips through its rendered text, and a missing or foreign file is a typed error with its fix', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lock-'));
    const path = join(dir, 'chart-set.lock.yaml');
    await writeFile(
      path,
      renderLock('chart-set.yaml', [
        { release: 'karpenter', ...lock.releases.karpenter!, previous: '1.0.0' },
        { release: 'keda', ...lock.releases.keda! },
      ]),
    );
    expect(await readLock(path, 'chart-set.lock.yaml')).toEqual(lock);
    const missing = await readLock(join(dir, 'nope.yaml'), 'nope.yaml').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ChalkError);
    expect(missing).toMatchObject({ kind: 'missing', fix: expect.stringContaining('mode: lock') });
    await writeFile(path, 'releases: []\n');
    expect(await readLock(path, 'chart-set.lock.yaml').catch((e: unknown) => e)).toMatchObject({ kind: 'invalid' });
  });
});
