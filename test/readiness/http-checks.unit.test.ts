/** HTTP checks against loopback servers: each way a check fails reads as what it is. */
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadinessError } from '../../src/readiness/errors.js';
import { parseHttpChecks, runHttpCheck } from '../../src/readiness/http-checks.js';
import type { HttpCheck } from '../../src/readiness/types.js';
import { makePki, type TestPki } from '../fakes/tls.js';

let pki: TestPki;
const servers: Server[] = [];

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

let http: number;
let https: number;
let silent: number;
let closed: number;

beforeAll(async () => {
  pki = await makePki();
  http = await listen(createHttpServer((req, res) => res.writeHead(req.url === '/health' ? 200 : 503).end()));
  https = await listen(createHttpsServer({ cert: pki.cert, key: pki.key }, (_req, res) => res.writeHead(200).end()));
  silent = await listen(createHttpServer(() => undefined));
  const gone = createHttpServer();
  closed = await listen(gone);
  await new Promise<void>((r) => gone.close(() => r()));
});

afterAll(async () => {
  for (const s of servers) s.closeAllConnections?.();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

const check = (url: string, extra: Partial<HttpCheck> = {}): HttpCheck => ({ url, expectedStatus: [], timeoutMs: 2_000, waitMs: 0, ...extra });

describe('runHttpCheck', () => {
  it('passes on an accepted status, and names the status it got otherwise', async () => {
    expect(await runHttpCheck(check(`http://127.0.0.1:${http}/health`, { expectedStatus: [200] }))).toMatchObject({ verdict: 'pass', status: 200 });
    expect(await runHttpCheck(check(`http://127.0.0.1:${http}/`))).toMatchObject({
      verdict: 'fail',
      failure: 'status',
      status: 503,
      message: 'expected a status below 400, got 503',
    });
  });

  it('reports a refused connection, a timeout and a name that does not resolve as such', async () => {
    expect(await runHttpCheck(check(`http://127.0.0.1:${closed}/`))).toMatchObject({
      verdict: 'fail',
      failure: 'refused',
      message: `connection refused by 127.0.0.1:${closed}`,
    });
    const slow = await runHttpCheck(check(`http://127.0.0.1:${silent}/`, { timeoutMs: 300 }));
    expect(slow).toMatchObject({ verdict: 'fail', failure: 'timeout', message: `no answer from 127.0.0.1:${silent} within 0.3 s` });
    const lookup = ((_host: string, _options: unknown, callback: (err: NodeJS.ErrnoException) => void) =>
      callback(Object.assign(new Error('getaddrinfo ENOTFOUND chalk.example.invalid'), { code: 'ENOTFOUND' }))) as never;
    expect(await runHttpCheck(check('https://chalk.example.invalid/'), { lookup })).toMatchObject({
      verdict: 'fail',
      failure: 'dns',
      message: 'DNS: chalk.example.invalid does not resolve (ENOTFOUND)',
    });
  });

  it('reports an untrusted certificate with its OpenSSL code, and passes with the CA file', async () => {
    const untrusted = await runHttpCheck(check(`https://127.0.0.1:${https}/`));
    expect(untrusted).toMatchObject({ verdict: 'fail', failure: 'tls' });
    expect(untrusted.message).toMatch(
      new RegExp(
        `^TLS: the certificate of 127\\.0\\.0\\.1:${https} is not trusted \\((UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY): `,
      ),
    );
    expect(await runHttpCheck(check(`https://127.0.0.1:${https}/`, { caFile: pki.caFile }))).toMatchObject({ verdict: 'pass', status: 200 });
  });

  it('reports a TLS handshake with a server that does not speak TLS', async () => {
    const result = await runHttpCheck(check(`https://127.0.0.1:${http}/`));
    expect(result).toMatchObject({ verdict: 'fail', failure: 'tls' });
    expect(result.message).toMatch(/^TLS: the handshake with 127\.0\.0\.1:\d+ failed \((ERR_SSL_WRONG_VERSION_NUMBER|EPROTO): /);
  });

  it('retries while its wait lasts, but not past the deadline', async () => {
    const started = Date.now();
    const result = await runHttpCheck(check(`http://127.0.0.1:${closed}/`, { waitMs: 60_000 }), { deadline: Date.now() + 3_500 });
    expect(result.verdict).toBe('fail');
    expect(Date.now() - started).toBeGreaterThanOrEqual(3_000);
    expect(Date.now() - started).toBeLessThan(6_000);
  });
});

describe('parseHttpChecks', () => {
  it('reads URLs and maps, with ca-file resolved by the caller', () => {
    const checks = parseHttpChecks(
      [
        '- https://chalk.example.com',
        '- url: https://api.chalk.example.com/health',
        '  status: [200, 204]',
        '  timeout: 5s',
        '  ca-file: certs/ca.pem',
        '  wait: 2m',
      ].join('\n'),
      (p) => `/ws/${p}`,
    );
    expect(checks).toEqual([
      { url: 'https://chalk.example.com', expectedStatus: [], timeoutMs: 10_000, waitMs: 0 },
      { url: 'https://api.chalk.example.com/health', expectedStatus: [200, 204], timeoutMs: 5_000, waitMs: 120_000, caFile: '/ws/certs/ca.pem' },
    ]);
    expect(parseHttpChecks('  ')).toEqual([]);
  });

  it.each([
    ['- htp:/chalk', 'http-checks[0] is not an http(s) URL: "htp:/chalk".'],
    ['- url: https://x\n  status: 999', 'http-checks[0].status must be HTTP status codes (100-599), not 999.'],
    ['- url: https://x\n  timeout: soon', 'http-checks[0].timeout must be a duration such as 10s or 2m, not "soon".'],
    ['- url: https://x\n  expect: 200', 'http-checks[0] has unknown key expect; known: url, status, timeout, ca-file, wait.'],
    ['- [a, b]', 'http-checks[0] must be a URL or a map with a url.'],
  ])('rejects %j', (text, message) => {
    const err = (() => {
      try {
        parseHttpChecks(text);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ReadinessError);
    expect((err as Error).message).toBe(message);
  });
});
