/**
 * Artifact Registry: user `oauth2accesstoken` with an OAuth access token, either the one
 * google-github-actions/auth produced (`token_format: access_token`) or one minted from
 * Application Default Credentials by Google's own auth library (lazy-loaded: only GCP hosts need it).
 */
import type { JWTInput } from 'google-auth-library';
import { readFile } from 'node:fs/promises';
import { oneLine } from '../report/text.js';
import { registerSecret } from '../report/secrets.js';
import { CredentialError, type RegistryCredentials } from './credentials.js';

const GAR_USERNAME = 'oauth2accesstoken';
const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

/** `timeoutMs` bounds each request the auth library makes (the OIDC token, the STS exchange). */
export async function artifactRegistryCredentials(host: string, accessToken?: string, timeoutMs?: number): Promise<RegistryCredentials> {
  if (accessToken) {
    registerSecret(accessToken);
    return { host, provider: 'artifact-registry', username: GAR_USERNAME, password: accessToken };
  }
  const { GoogleAuth } = await import('google-auth-library');
  const file = process.env.GOOGLE_APPLICATION_CREDENTIALS;
  try {
    const clientOptions = timeoutMs ? { transporterOptions: { timeout: timeoutMs } } : {};
    const auth = new GoogleAuth({ scopes: [SCOPE], clientOptions });
    // With a credentials file, build its client directly: getClient() would also look up the project
    // id, which for Workload Identity Federation is a Resource Manager call the login does not need.
    const client = file ? auth.fromJSON(JSON.parse(await readFile(file, 'utf8')) as JWTInput, clientOptions) : await auth.getClient();
    shareTransporterWithSts(client);
    const { token } = await client.getAccessToken();
    registerSecret(token ?? undefined);
    if (!token) throw new Error('the credentials produced no access token');
    return { host, provider: 'artifact-registry', username: GAR_USERNAME, password: token };
  } catch (err) {
    const source = file ? `the credentials file in GOOGLE_APPLICATION_CREDENTIALS` : 'Application Default Credentials';
    throw new CredentialError(
      host,
      'no-credentials',
      `Could not get a Google access token for ${host} from ${source}: ${oneLine((err as Error).message)}.`,
      'Run google-github-actions/auth before this step (it exports GOOGLE_APPLICATION_CREDENTIALS), or pass its access_token output as gcp-access-token; your Google project id must be registered with Chalk.',
    );
  }
}

/**
 * An external_account client (Workload Identity Federation) exchanges its token at the STS through a
 * transporter of its own, which transporterOptions does not reach: give it the client's, so the
 * timeout bounds that request too (a silent STS would otherwise hold the step for minutes).
 */
function shareTransporterWithSts(client: { transporter: unknown }): void {
  const sts = (client as { stsCredential?: { transporter?: unknown } }).stsCredential;
  if (sts && 'transporter' in sts) sts.transporter = client.transporter;
}
