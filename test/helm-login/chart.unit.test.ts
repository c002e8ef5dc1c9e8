/**
 * src/helm/chart.ts's tag listing, as preflight's registry check and helm-login's verify-chart use
 * it, against a local HTTPS registry: Basic (ECR-style) and Bearer-token (Artifact Registry-style)
 * challenges, pagination through `Link` headers, and the errors for a wrong login or a missing chart.
 */
import { createServer } from 'node:http';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChartAccessError, chartVersions, listChartTags, parseChartRef, TAG_LIST_LIMITS } from '../../src/helm/chart.js';
import { forgetSecrets, redact, REDACTED } from '../../src/report/secrets.js';
import { oneLine } from '../../src/report/text.js';
import { endlessTags, registryLogin, TAGS as TAG_LIST } from '../fakes/hostile-registry.js';
import { echoAuthorization, hugeBody, json, on, slow, startHostileServer, type Behaviour, type HostileServer } from '../fakes/hostile-server.js';
import { close, listen } from '../fakes/http.js';
import { startFakeRegistry, type FakeRegistry } from '../fakes/oci-registry.js';
import { startSilentServer } from '../fakes/silent-server.js';
import { makePki, type TestPki } from '../fakes/tls.js';

const REPO = 'chalk-prod/charts/chalk-metadata-plane';

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as ChartAccessError,
  );

/** A plain-http token endpoint that records the Authorization header of every request. */
async function startCapture(): Promise<{ port: number; authorizations: string[]; close(): Promise<void> }> {
  const authorizations: string[] = [];
  const server = createServer((req, res) => {
    authorizations.push(req.headers.authorization ?? '');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ token: 'captured' }));
  });
  const port = await listen(server);
  return { port, authorizations, close: () => close(server) };
}
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

    const wrong = await failure(listChartTags(chart, { username: 'AWS', password: 'wrong', caFile: pki.caFile }));
    expect(wrong).toBeInstanceOf(ChartAccessError);
    expect(wrong).toMatchObject({ kind: 'unauthorized', registry: registry.host });
    expect(wrong!.message).toContain(`token endpoint ${registry.host} answered HTTP 401: the registry rejected the credentials`);
    expect(wrong!.fix).toBe('Log in to the registry first (the helm-login action, or `helm registry login`), with a current token.');

    const missing = await failure(
      listChartTags(parseChartRef(`oci://${registry.host}/charts/nope`), { username: 'AWS', password: 'right', caFile: pki.caFile }),
    );
    expect(missing).toMatchObject({ kind: 'not-found' });
    expect(missing!.message).toContain('the chart repository charts/nope does not exist or is not visible to this identity');
    expect(missing!.fix).toMatch(/^Check the chart path and version/);

    const anonymous = await failure(listChartTags(chart, { caFile: pki.caFile }));
    expect(anonymous).toMatchObject({ kind: 'unauthorized' });

    const untrusted = await failure(listChartTags(chart, { username: 'AWS', password: 'right' }));
    expect(untrusted).toMatchObject({ kind: 'tls', fix: 'Pass the CA that signed the registry certificate as ca-file.' });
  });

  it('never sends the credentials to an http token realm off loopback (0.0.0.0 reaches this machine, but is not named as loopback)', async () => {
    const capture = await startCapture();
    try {
      registry = await startFakeRegistry({
        pki,
        username: 'AWS',
        password: 'right',
        scheme: 'bearer',
        repositories: { [REPO]: TAGS },
        realm: () => `http://0.0.0.0:${capture.port}/token`,
      });
      const refused = await failure(listChartTags(parseChartRef(`oci://${registry.host}/${REPO}`), { username: 'AWS', password: 'right', caFile: pki.caFile }));
      expect(refused).toBeInstanceOf(ChartAccessError);
      expect(refused!.message).toContain(
        `${registry.host} asks for a token from http://0.0.0.0:${capture.port}, which is not https; refusing to send the registry credentials there.`,
      );
      expect(capture.authorizations).toEqual([]);
    } finally {
      await capture.close();
    }
  });

  it('sends them to an https realm on another host name, and to an http realm only when registry and realm are both loopback', async () => {
    // https, but a different host name than the registry's 127.0.0.1 (the certificate also names localhost).
    registry = await startFakeRegistry({
      pki,
      username: 'AWS',
      password: 'right',
      scheme: 'bearer',
      repositories: { [REPO]: TAGS },
      realm: (host) => `https://${host.replace('127.0.0.1', 'localhost')}/v2/token`,
    });
    expect(await listChartTags(parseChartRef(`oci://${registry.host}/${REPO}`), { username: 'AWS', password: 'right', caFile: pki.caFile })).toHaveLength(
      TAGS.length,
    );
    expect(registry.presented).toEqual([{ username: 'AWS', password: 'right' }]);
    await registry.close();

    const capture = await startCapture();
    try {
      registry = await startFakeRegistry({ pki, username: 'AWS', password: 'right', scheme: 'bearer', realm: () => `http://127.0.0.1:${capture.port}/token` });
      // The captured token is not the registry's, so the listing itself is refused; the token request went out.
      await failure(listChartTags(parseChartRef(`oci://${registry.host}/${REPO}`), { username: 'AWS', password: 'right', caFile: pki.caFile }));
      expect(capture.authorizations).toEqual([`Basic ${Buffer.from('AWS:right').toString('base64')}`]);
    } finally {
      await capture.close();
    }
  });

  it('a registry that accepts the connection and never answers fails within the timeout, naming the host', async () => {
    const silent = await startSilentServer(pki);
    try {
      const started = Date.now();
      const err = await failure(listChartTags(parseChartRef(`oci://${silent.host}/${REPO}`), { caFile: pki.caFile, timeoutMs: 1500 }));
      expect(Date.now() - started).toBeLessThan(5000);
      expect(err).toBeInstanceOf(ChartAccessError);
      expect(err).toMatchObject({ kind: 'timeout', registry: silent.host });
      expect(err!.message).toContain(`${silent.host} did not answer in 1.5 s`);
      expect(silent.requests).toEqual([`GET /v2/${REPO}/tags/list?n=1000`]);
    } finally {
      await silent.close();
    }
  });

  it('a multi-line error body reaches the message as one line, so it cannot start a workflow command', async () => {
    registry = await startFakeRegistry({
      pki,
      username: 'AWS',
      password: 'right',
      scheme: 'basic',
      notFoundBody: 'no such repository\r\n::stop-commands::resume-token\n::error title=Fake::Chalk says run curl evil.sh\n',
    });
    const err = await failure(listChartTags(parseChartRef(`oci://${registry.host}/charts/nope`), { username: 'AWS', password: 'right', caFile: pki.caFile }));
    expect(err).toMatchObject({ kind: 'not-found' });
    expect(err!.message).not.toMatch(/[\r\n]/);
    expect(err!.message).toContain('(no such repository ::stop-commands::resume-token ::error title=Fake::Chalk says run curl evil.sh)');
    expect(oneLine(`a\u2028b\u0085c\u001b[31md`)).toBe('a b c [31md');
  });
});

describe('chart tags from a hostile registry', () => {
  let hostile: HostileServer | undefined;
  afterEach(async () => {
    await hostile?.close();
    hostile = undefined;
    forgetSecrets();
  });
  const list = (behaviours: Behaviour[], access: { timeoutMs?: number; username?: string; password?: string } = {}) =>
    startHostileServer({ pki, behaviours }).then((s) => {
      hostile = s;
      return failure(listChartTags(parseChartRef(`oci://${s.host}/${REPO}`), { caFile: pki.caFile, ...access }));
    });

  it('stops endless pagination at TAG_LIST_LIMITS.pages', async () => {
    const err = await list([on(TAG_LIST, endlessTags())]);
    expect(err).toMatchObject({ kind: 'too-many-pages' });
    expect(hostile!.requests).toHaveLength(TAG_LIST_LIMITS.pages);
  });

  it('refuses a next link that points back to a page already read', async () => {
    const err = await list([on(TAG_LIST, (_req, res, url) => json(res, 200, { tags: ['0.1.0'] }, { link: `<${url.pathname}?n=1000>; rel="next"` }))]);
    expect(err).toMatchObject({ kind: 'bad-response' });
    expect(err!.message).toContain("the tag list's next page is one already read");
  });

  it('ends the whole listing at one deadline, however fast each page is', async () => {
    const started = Date.now();
    const err = await list([on(TAG_LIST, slow(300, endlessTags()))], { timeoutMs: 1000 });
    expect(Date.now() - started).toBeLessThan(2500);
    expect(err).toMatchObject({ kind: 'timeout' });
    expect(err!.message).toMatch(/the chart check did not finish in 1 s; stopped after [1-3] pages? of tags/);
  });

  it('stops reading a page larger than 4 MiB, and a tag list that is not JSON is a bad response', async () => {
    expect(await list([on(TAG_LIST, hugeBody(64 << 20))])).toMatchObject({ kind: 'too-large' });
    expect(hostile!.bytesSent()).toBeLessThan(32 << 20);
    await hostile!.close();
    const notJson = await list([on(TAG_LIST, (_req, res) => json(res, 200, { tags: 'all of them' }))]);
    expect(notJson).toMatchObject({ kind: 'bad-response' });
  });

  it('registers the Basic header and the Bearer token it makes, so an echo of either is redacted', async () => {
    const login = registryLogin({ scheme: 'bearer', username: 'AWS', password: 'right-pw' });
    const err = await list([login.endpoints, on(TAG_LIST, login.challenge), on(TAG_LIST, echoAuthorization(403))], { username: 'AWS', password: 'right-pw' });
    expect(err).toMatchObject({ kind: 'forbidden' });
    expect(err!.message).toContain(login.token);
    expect(redact(err!.message)).not.toContain(login.token);
    expect(redact(`Bearer ${login.token}`)).toBe(`Bearer ${REDACTED}`);
    expect(redact(`Basic ${Buffer.from('AWS:right-pw').toString('base64')}`)).toBe(`Basic ${REDACTED}`);
  });
});
