/**
 * Local stand-ins for the two endpoints an external_account credentials file (what
 * google-github-actions/auth writes for Workload Identity Federation) sends the auth library to:
 * GitHub's OIDC token URL (`credential_source.url`, answering `{"value": <jwt>}` to the request
 * token) and Google's Security Token Service (`token_url`), which exchanges that JWT for an access token.
 */
import { createServer } from 'node:http';
import { close, listen, readBody } from './http.js';

export interface FakeSts {
  tokenUrl: string;
  oidcUrl: string;
  /** Authorization headers the OIDC endpoint saw. */
  oidcAuthorizations: string[];
  requests: Record<string, string>[];
  close(): Promise<void>;
}

export async function startFakeSts(options: { accessToken: string; idToken: string; status?: number }): Promise<FakeSts> {
  const requests: Record<string, string>[] = [];
  const oidcAuthorizations: string[] = [];
  const server = createServer(async (req, res) => {
    if (req.url?.startsWith('/oidc')) {
      oidcAuthorizations.push(String(req.headers.authorization ?? ''));
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ count: 1, value: options.idToken }));
    }
    const form = Object.fromEntries(new URLSearchParams(await readBody(req)));
    requests.push(form);
    if (options.status && options.status !== 200) {
      res.writeHead(options.status, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ error: 'invalid_grant', error_description: 'The audience in ID Token does not match the expected audience.' }));
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        access_token: options.accessToken,
        issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
        token_type: 'Bearer',
        expires_in: 3599,
      }),
    );
  });
  const port = await listen(server);
  return { tokenUrl: `http://127.0.0.1:${port}/v1/token`, oidcUrl: `http://127.0.0.1:${port}/oidc`, oidcAuthorizations, requests, close: () => close(server) };
}
