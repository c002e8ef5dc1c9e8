/**
 * src/helm/chart.ts's tag listing, as preflight's registry check and helm-login's verify-chart use
 * it, against a local HTTPS registry: Basic (ECR-style) and Bearer-token (Artifact Registry-style)
 * challenges, pagination through `Link` headers, and the errors for a wrong login or a missing chart.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChartAccessError, chartVersions, listChartTags, parseChartRef } from '../src/helm/chart.js';
import { startFakeRegistry, type FakeRegistry } from './fakes/oci-registry.js';
import { makePki, type TestPki } from './fakes/tls.js';

const REPO = 'chalk-prod/charts/chalk-metadata-plane';
const TAGS = ['0.1.2', '0.1.3', '0.1.10', '0.2.0-rc.1', '0.1.4_build.7', 'sha256-0123.sig', '0.1.9'];

let pki: TestPki;
let registry: FakeRegistry | undefined;
beforeAll(async () => {
  pki = await makePki();
});
afterEach(async () => {
  await registry?.close();
  registry = undefined;
});

describe('chart tags over the registry API', () => {
  it('answers a Bearer challenge with Basic at the token endpoint, for the chart scope, and follows pagination', async () => {
    registry = await startFakeRegistry({
      pki,
      username: 'oauth2accesstoken',
      password: 'ya29.token',
      scheme: 'bearer',
      repositories: { [REPO]: TAGS },
      pageSize: 3,
    });
    const chart = parseChartRef(`oci://${registry.host}/${REPO}`);
    const tags = await listChartTags(chart, { username: 'oauth2accesstoken', password: 'ya29.token', caFile: pki.caFile });
    expect([...tags].sort()).toEqual([...TAGS].sort());
    expect(registry.tokenScopes).toEqual([`repository:${REPO}:pull`]);
    // 1 challenged request, then 3 pages of at most 3 tags.
    expect(registry.tagRequests).toHaveLength(4);
    expect(registry.tagRequests.at(-1)).toMatch(/last=/);
    expect(chartVersions(tags)).toEqual(['0.1.2', '0.1.3', '0.1.4+build.7', '0.1.9', '0.1.10', '0.2.0-rc.1']);
  });

  it('answers a Basic challenge directly', async () => {
    registry = await startFakeRegistry({
      pki,
      username: 'AWS',
      password: 'ecr-password',
      scheme: 'basic',
      repositories: { 'charts/chalk-metadata-plane': ['0.1.2'] },
    });
    const chart = parseChartRef(`oci://${registry.host}/charts/chalk-metadata-plane:0.1.2`);
    expect(await listChartTags(chart, { username: 'AWS', password: 'ecr-password', caFile: pki.caFile })).toEqual(['0.1.2']);
    expect(registry.presented).toEqual([{ username: 'AWS', password: 'ecr-password' }]);
  });

  it('a rejected login, a missing chart, no credentials and an untrusted certificate are typed errors that say what to do', async () => {
    registry = await startFakeRegistry({ pki, username: 'AWS', password: 'right', scheme: 'bearer', repositories: { [REPO]: TAGS } });
    const chart = parseChartRef(`oci://${registry.host}/${REPO}`);
    const failure = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e: unknown) => e as ChartAccessError,
      );

    const wrong = await failure(listChartTags(chart, { username: 'AWS', password: 'wrong', caFile: pki.caFile }));
    expect(wrong).toBeInstanceOf(ChartAccessError);
    expect(wrong).toMatchObject({ kind: 'unauthorized', registry: registry.host });
    expect(wrong!.message).toContain(`token endpoint ${registry.host} answered HTTP 401: the credentials were rejected`);

    const missing = await failure(
      listChartTags(parseChartRef(`oci://${registry.host}/charts/nope`), { username: 'AWS', password: 'right', caFile: pki.caFile }),
    );
    expect(missing).toMatchObject({ kind: 'not-found' });
    expect(missing!.message).toContain('the chart repository charts/nope does not exist or is not visible to this identity');

    const anonymous = await failure(listChartTags(chart, { caFile: pki.caFile }));
    expect(anonymous).toMatchObject({ kind: 'unauthorized' });

    const untrusted = await failure(listChartTags(chart, { username: 'AWS', password: 'right' }));
    expect(untrusted).toMatchObject({ kind: 'tls' });
  });
});
