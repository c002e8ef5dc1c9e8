/** Plain registries: the username and password the workflow passes in. */
import { registerSecret } from '../report/secrets.js';
import { CredentialError, type RegistryCredentials } from './credentials.js';

export function genericCredentials(host: string, username: string, password: string): RegistryCredentials {
  registerSecret(password);
  if (!username || !password)
    throw new CredentialError(
      host,
      'missing-input',
      `${host} is a plain registry (not ECR or Artifact Registry by its name), so it needs the inputs username and password; ${!username ? 'username' : 'password'} is empty.`,
      'Pass them from secrets, or set provider if the host is an ECR or Artifact Registry alias.',
    );
  return { host, provider: 'generic', username, password };
}
