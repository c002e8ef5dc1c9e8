/**
 * OCI registry parts for test/fakes/hostile-server.ts: a login helm accepts (Basic, or the Bearer
 * token dance with a token endpoint), and the hostile tag lists — endless pagination, a huge page.
 * Compose them with the generic behaviours, e.g. a registry that lets helm log in and then echoes
 * the credentials it is sent on the tag list:
 *
 *   const login = registryLogin({ scheme: 'bearer', username, password });
 *   startHostileServer({ pki, behaviours: [login.endpoints, on(TAGS, login.challenge), on(TAGS, echoAuthorization())] });
 */
import type { IncomingMessage } from 'node:http';
import { json, type Behaviour } from './hostile-server.js';

/** The tag list path of any repository. */
export const TAGS = /^\/v2\/.+\/tags\/list$/;

export interface RegistryLogin {
  /** Answers `GET /v2/` (and the token endpoint for Bearer): what `helm registry login` needs. */
  endpoints: Behaviour;
  /** Answers 401 with the challenge to a request without valid credentials; passes the others on. */
  challenge: Behaviour;
  /** The Bearer token the token endpoint issues. */
  token: string;
}

export function registryLogin(options: { scheme: 'basic' | 'bearer'; username: string; password: string; token?: string }): RegistryLogin {
  const token = options.token ?? `token-${Math.random().toString(36).slice(2)}`;
  const basic = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`;
  const authorized = (req: IncomingMessage) => req.headers.authorization === (options.scheme === 'basic' ? basic : `Bearer ${token}`);
  const deny = (req: IncomingMessage, res: Parameters<Behaviour>[1], url: URL) => {
    const scope = /^\/v2\/(.+)\/tags\/list$/.exec(url.pathname)?.[1];
    const challenge =
      options.scheme === 'basic'
        ? 'Basic realm="hostile"'
        : `Bearer realm="https://${req.headers.host ?? ''}/token",service="hostile"${scope ? `,scope="repository:${scope}:pull"` : ''}`;
    return json(res, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }, { 'www-authenticate': challenge });
  };
  return {
    token,
    endpoints: (req, res, url) => {
      if (url.pathname === '/token' && options.scheme === 'bearer')
        return req.headers.authorization === basic ? json(res, 200, { token, expires_in: 300 }) : json(res, 401, { errors: [{ code: 'UNAUTHORIZED' }] });
      if (url.pathname !== '/v2/' && url.pathname !== '/v2') return false;
      return authorized(req) ? json(res, 200, {}) : deny(req, res, url);
    },
    challenge: (req, res, url) => !authorized(req) && deny(req, res, url),
  };
}

/** A tag list that always has a next page (a new tag each time, so no loop a client could spot). */
export function endlessTags(): Behaviour {
  let page = 0;
  return (_req, res, url) => {
    page++;
    return json(res, 200, { name: 'endless', tags: [`0.0.${page}`] }, { link: `<${url.pathname}?n=1&last=0.0.${page}>; rel="next"` });
  };
}
