/** What a credential provider hands to `helm registry login`, and the errors providers raise. */
import { ChalkError } from '../errors.js';
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

export type CredentialErrorKind =
  'missing-input' | 'access-denied' | 'no-credentials' | 'rejected-credentials' | 'throttled' | 'timeout' | 'cancelled' | 'bad-token' | 'unknown';

/** A provider could not produce credentials for `host`: the message names the host and the cause, `fix` what to do. */
export class CredentialError extends ChalkError<CredentialErrorKind> {
  readonly boundary = 'registry';

  constructor(
    readonly host: string,
    kind: CredentialErrorKind,
    message: string,
    fix: string,
  ) {
    super(kind, message, fix);
  }
}
