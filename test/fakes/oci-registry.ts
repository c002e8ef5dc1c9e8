/**
 * A minimal HTTPS registry that only answers `GET /v2/` — enough for `helm registry login` — and
 * records which credentials reached it. It checks them like Artifact Registry does: either Basic
 * directly, or the Bearer-token dance (401 with a realm, Basic at the token endpoint, then Bearer).
 */
import { createServer } from 'node:https';
import { randomBytes } from 'node:crypto';
import { close, listen } from './http.js';
import type { TestPki } from './tls.js';

export interface FakeRegistry {
  host: string;
  /** Every Basic credential presented, accepted or not. */
  presented: { username: string; password: string }[];
  close(): Promise<void>;
}

export async function startFakeRegistry(options: { pki: TestPki; username: string; password: string; scheme: 'basic' | 'bearer' }): Promise<FakeRegistry> {
  const presented: FakeRegistry['presented'] = [];
  const bearer = randomBytes(16).toString('hex');
  let host = '';
  const basicOk = (header: string | undefined): boolean => {
    const m = /^Basic (.+)$/i.exec(header ?? '');
    if (!m) return false;
    const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const cred = { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    presented.push(cred);
    return cred.username === options.username && cred.password === options.password;
  };
  const server = createServer({ cert: options.pki.cert, key: options.pki.key }, (req, res) => {
    const url = new URL(req.url ?? '/', `https://${host}`);
    const deny = (challenge: string) => {
      res.writeHead(401, { 'www-authenticate': challenge, 'content-type': 'application/json', 'docker-distribution-api-version': 'registry/2.0' });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }));
    };
    if (url.pathname === '/v2/token' && options.scheme === 'bearer') {
      if (!basicOk(req.headers.authorization)) return deny('Basic realm="fake"');
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ token: bearer, expires_in: 300 }));
    }
    if (url.pathname !== '/v2/' && url.pathname !== '/v2') {
      res.writeHead(404, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ errors: [{ code: 'NAME_UNKNOWN' }] }));
    }
    const authorized = options.scheme === 'basic' ? basicOk(req.headers.authorization) : req.headers.authorization === `Bearer ${bearer}`;
    if (!authorized) return deny(options.scheme === 'basic' ? 'Basic realm="fake"' : `Bearer realm="https://${host}/v2/token",service="${host}"`);
    res.writeHead(200, { 'content-type': 'application/json', 'docker-distribution-api-version': 'registry/2.0' });
    res.end('{}');
  });
  host = `127.0.0.1:${await listen(server as never)}`;
  return { host, presented, close: () => close(server as never) };
}
