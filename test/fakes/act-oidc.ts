/**
 * The runner's OIDC token endpoint, for act runs (act has none): what a job with `id-token: write` finds at
 * ACTIONS_ID_TOKEN_REQUEST_URL. `GET <url>&audience=A` with `Authorization: Bearer <request token>` answers
 * `{"value": "<JWT>"}`, whose claims are GitHub's (job_workflow_ref, job_workflow_sha, sub, …) as the test sets
 * them. The signature is a placeholder: nothing in the workflows verifies it (a cloud provider would).
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { close, listen } from './http.js';

export interface OidcClaims {
  /** e.g. org/chalk-actions/.github/workflows/chalk-deploy.yml@refs/tags/v1 */
  job_workflow_ref: string;
  job_workflow_sha: string;
  sub: string;
  repository: string;
  [claim: string]: string;
}

export interface OidcRequest {
  audience: string;
  authorized: boolean;
}

export interface OidcFake {
  /** ACTIONS_ID_TOKEN_REQUEST_URL (with the runner's `api-version` query). */
  requestUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN */
  requestToken: string;
  claims: OidcClaims;
  requests: OidcRequest[];
  close(): Promise<void>;
}

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startOidcFake(claims: OidcClaims): Promise<OidcFake> {
  const requestToken = randomBytes(16).toString('hex');
  const requests: OidcRequest[] = [];
  const fake = { claims } as OidcFake;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const authorized = req.headers.authorization === `Bearer ${requestToken}`;
    const audience = url.searchParams.get('audience') ?? '';
    requests.push({ audience, authorized });
    if (!authorized) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"Bad credentials"}');
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const payload = { iss: 'https://token.actions.githubusercontent.com', aud: audience, iat: now, nbf: now, exp: now + 300, ...fake.claims };
    const jwt = `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url(payload)}.${Buffer.from('unsigned').toString('base64url')}`;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: jwt }));
  });
  const port = await listen(server);
  return Object.assign(fake, {
    requestUrl: `http://127.0.0.1:${port}/token?api-version=2.0`,
    requestToken,
    requests,
    close: () => close(server),
  });
}
