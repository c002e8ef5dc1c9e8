/**
 * A minimal HTTPS registry: `GET /v2/` (enough for `helm registry login`) and
 * `GET /v2/<name>/tags/list` with `n`/`last` pagination and a `Link` header, recording which
 * credentials reached it. It checks them like the clouds do: Basic directly (ECR), or the
 * Bearer-token dance (Artifact Registry: 401 with a realm, Basic at the token endpoint, then Bearer).
 */
import { createServer } from 'node:https';
import { randomBytes } from 'node:crypto';
import { close, listen } from './http.js';
import type { TestPki } from './tls.js';

export interface FakeRegistry {
  host: string;
  /** Every Basic credential presented, accepted or not. */
  presented: { username: string; password: string }[];
  /** The `scope` of every token request (Bearer scheme). */
  tokenScopes: string[];
  /** Paths of every tags/list request, with their query. */
  tagRequests: string[];
  close(): Promise<void>;
}

export interface FakeRegistryOptions {
  pki: TestPki;
  username: string;
  password: string;
  scheme: 'basic' | 'bearer';
  /** Repository name → tags. */
  repositories?: Record<string, string[]>;
  /** Largest page the registry returns, whatever `n` asks for (registries cap it too). */
  pageSize?: number;
  /** The Bearer challenge's realm, given the registry's own host (default: its own https token endpoint). */
  realm?: (host: string) => string;
  /** Body of the 404 for an unknown repository, verbatim (default: a distribution-spec JSON error). */
  notFoundBody?: string;
}

export async function startFakeRegistry(options: FakeRegistryOptions): Promise<FakeRegistry> {
  const presented: FakeRegistry['presented'] = [];
  const tokenScopes: string[] = [];
  const tagRequests: string[] = [];
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
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', 'docker-distribution-api-version': 'registry/2.0', ...headers });
      res.end(JSON.stringify(body));
    };
    const deny = (scope?: string) =>
      json(
        401,
        { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] },
        {
          'www-authenticate':
            options.scheme === 'basic'
              ? 'Basic realm="fake"'
              : `Bearer realm="${options.realm?.(host) ?? `https://${host}/v2/token`}",service="${host}"${scope ? `,scope="${scope}"` : ''}`,
        },
      );
    const authorized = () => (options.scheme === 'basic' ? basicOk(req.headers.authorization) : req.headers.authorization === `Bearer ${bearer}`);

    if (url.pathname === '/v2/token' && options.scheme === 'bearer') {
      tokenScopes.push(url.searchParams.get('scope') ?? '');
      if (!basicOk(req.headers.authorization)) return json(401, { errors: [{ code: 'UNAUTHORIZED' }] }, { 'www-authenticate': 'Basic realm="fake"' });
      return json(200, { token: bearer, expires_in: 300 });
    }
    if (url.pathname === '/v2/' || url.pathname === '/v2') return authorized() ? json(200, {}) : deny();
    const tags = /^\/v2\/(.+)\/tags\/list$/.exec(url.pathname);
    if (tags) {
      const name = tags[1]!;
      tagRequests.push(`${url.pathname}${url.search}`);
      if (!authorized()) return deny(`repository:${name}:pull`);
      const all = options.repositories?.[name];
      if (!all) {
        if (options.notFoundBody === undefined)
          return json(404, { errors: [{ code: 'NAME_UNKNOWN', message: `repository name not known to registry: ${name}` }] });
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end(options.notFoundBody);
      }
      const sorted = [...all].sort();
      const last = url.searchParams.get('last');
      const start = last ? sorted.findIndex((t) => t > last) : 0;
      const n = Math.min(Number(url.searchParams.get('n') ?? sorted.length), options.pageSize ?? Infinity);
      const page = start < 0 ? [] : sorted.slice(start, start + n);
      const more = start >= 0 && start + n < sorted.length;
      return json(200, { name, tags: page }, more ? { link: `</v2/${name}/tags/list?n=${n}&last=${encodeURIComponent(page.at(-1)!)}>; rel="next"` } : {});
    }
    return json(404, { errors: [{ code: 'NOT_FOUND' }] });
  });
  host = `127.0.0.1:${await listen(server as never)}`;
  return { host, presented, tokenScopes, tagRequests, close: () => close(server as never) };
}
