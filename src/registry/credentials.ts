/** What a credential provider hands to `helm registry login`, and the errors providers raise. */
import type { Provider } from './hosts.js';

export interface RegistryCredentials {
  host: string;
  provider: Provider;
  username: string;
  /** Already registered as a secret by the provider that produced it. */
  password: string;
  /** When the provider says the token stops working (ECR: 12 hours). */
  expiresAt?: Date;
}

/** A provider could not produce credentials; the message names the host, the cause and the fix. */
export class CredentialError extends Error {
  constructor(
    readonly host: string,
    message: string,
  ) {
    super(message);
    this.name = 'CredentialError';
  }
}
