/** src/helm/http.ts: every body read is bounded, one deadline ends a request, redirects keep to https, and loopback is what it says. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Deadline, downloadFile, ERROR_BODY_BYTES, httpGet, HttpFailure, isLoopbackHost } from '../../src/helm/http.js';
import { hugeBody, json, silence, startHostileServer, type Behaviour, type HostileServer } from '../fakes/hostile-server.js';

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
const serve = async (...behaviours: Behaviour[]) => (server = await startHostileServer({ behaviours }));
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as HttpFailure,
  );

describe('bounded HTTP', () => {
  it('a success body over maxBytes fails as too-large, with or without Content-Length, without reading it all', async () => {
    for (const declareLength of [false, true]) {
      const s = await serve(hugeBody(256 << 20, { declareLength }));
      const err = await failure(httpGet(new URL(`${s.origin}/x`), { signal: new Deadline(10_000).signal, maxBytes: 1 << 20 }));
      expect(err).toBeInstanceOf(HttpFailure);
      expect(err).toMatchObject({ kind: 'too-large', limitBytes: 1 << 20 });
      expect(err!.message).toBe(`GET ${s.origin}/x: sent more than 1 MiB`);
      expect(s.bytesSent()).toBeLessThan(64 << 20);
      await s.close();
    }
  });

  it('an error body is cut at ERROR_BODY_BYTES, and the status still comes back', async () => {
    const s = await serve(hugeBody(256 << 20, { code: 502 }));
    const res = await httpGet(new URL(`${s.origin}/x`), { signal: new Deadline(10_000).signal, maxBytes: 1 << 20 });
    expect(res.status).toBe(502);
    expect(res.body.length).toBe(ERROR_BODY_BYTES);
  });

  it('a silent server ends at the deadline as a timeout; an aborted parent as cancelled', async () => {
    const s = await serve(silence());
    const started = Date.now();
    const timedOut = await failure(httpGet(new URL(`${s.origin}/x`), { signal: new Deadline(500).signal, maxBytes: 1024 }));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(timedOut).toMatchObject({ kind: 'timeout' });
    const parent = new AbortController();
    setTimeout(() => parent.abort(new Error('cancelled by the job')), 100);
    const deadline = new Deadline(10_000, parent.signal);
    expect(await failure(httpGet(new URL(`${s.origin}/x`), { signal: deadline.signal, maxBytes: 1024 }))).toMatchObject({ kind: 'cancelled' });
    expect(deadline.timedOut).toBe(false);
  });

  it('a download follows a loopback redirect, writes the file, and refuses a redirect to plain http off loopback', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/old') return (res.writeHead(302, { location: '/new' }), res.end(), true);
      if (req.url === '/new') return json(res, 200, { ok: true });
      res.writeHead(302, { location: 'http://example.com/helm.tar.gz' });
      return (res.end(), true);
    });
    const dest = join(await mkdtemp(join(tmpdir(), 'chalk-dl-')), 'file');
    const get = { signal: new Deadline(10_000).signal, maxBytes: 1024, allowLoopbackHttp: true };
    expect(await downloadFile(new URL(`${s.origin}/old`), dest, get)).toBe(200);
    expect(await readFile(dest, 'utf8')).toBe('{"ok":true}');
    const refused = await failure(downloadFile(new URL(`${s.origin}/away`), `${dest}-2`, get));
    expect(refused!.message).toBe(`GET ${s.origin}/away: redirected to http://example.com, which is not https`);
  });

  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['127.0.0.1.example.com', false],
    ['localhost.example.com', false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});
