/**
 * Connecting to PostgreSQL with `pg`, TLS chosen the way libpq's sslmode does, and every failure
 * turned into a typed error that tells DNS, refused, timeout, TLS, authentication and a missing
 * database apart. The password is only ever handed to the driver (the action registers it as a
 * secret first); no message here includes it.
 */
import { ChalkError } from '../errors.js';
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import type { Client, ClientConfig } from 'pg';

export type PostgresErrorKind = 'dns' | 'refused' | 'timeout' | 'tls' | 'auth' | 'no-database' | 'unknown';

export class PostgresError extends ChalkError<PostgresErrorKind> {
  readonly boundary = 'postgres';
}

/** libpq's sslmode values the action accepts (verify-ca is not offered: verify-full also checks the host name). */
export const SSL_MODES = ['prefer', 'require', 'verify-full', 'disable'] as const;
export type SslMode = (typeof SSL_MODES)[number];

/** The port PostgreSQL (and libpq) use when none is given. */
export const DEFAULT_PORT = 5432;

export interface PostgresTarget {
  host: string;
  port: number;
  database: string;
  user: string;
  password?: string;
  sslMode: SslMode;
  caFile?: string;
}

export type TlsState = 'verified' | 'unverified' | 'none';

export interface Connection {
  client: Client;
  tls: TlsState;
  /** `prefer` fell back to plain text because the server (or whoever answered) said it has no TLS. */
  downgraded?: boolean;
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|DEPTH_ZERO/;

export const describeTarget = (t: PostgresTarget): string => `${t.user}@${t.host}:${t.port}/${t.database}`;

export function toPostgresError(err: unknown, t: PostgresTarget, timeoutMs: number): PostgresError {
  const e = err as { code?: string; message?: string };
  const code = e?.code ?? '';
  const message = e?.message ?? String(err);
  const where = `${t.host}:${t.port}`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new PostgresError(
      'dns',
      `host ${t.host} does not resolve (${code})`,
      'Check POSTGRES_HOST: use the RDS endpoint as the console shows it, and that the runner can resolve it (VPC DNS).',
    );
  if (code === 'ECONNREFUSED')
    return new PostgresError(
      'refused',
      `${where} refused the connection`,
      'Check the port and that PostgreSQL listens on it (RDS: the instance is available and the port matches).',
    );
  if (code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || /timeout|timed out/i.test(message))
    return new PostgresError(
      'timeout',
      `no answer from ${where} within ${Math.round(timeoutMs / 1000)} s`,
      "Allow the runner (and the EKS cluster's VPC CIDR ranges) in the database's security group, as the guide requires.",
    );
  if (TLS_CODES.test(code) || /certificate/i.test(message))
    return new PostgresError(
      'tls',
      `the server certificate of ${where} is not trusted (${code || message})`,
      'Set postgres-ca-file to the CA bundle that signed it (RDS: https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem).',
    );
  if (/does not support SSL/i.test(message))
    return new PostgresError(
      'tls',
      `${where} answered that it does not offer TLS (sslmode ${t.sslMode}), so the login was not sent`,
      t.caFile
        ? 'Enable ssl on the server (RDS has it on). A CA file means a verified TLS connection: there is no plain-text fallback. If something between the runner and the database strips TLS, that is an attack.'
        : 'Enable ssl on the server (RDS has it on). Only if you accept sending the login unencrypted: postgres-sslmode prefer or disable.',
    );
  if (code === '28P01' || code === '28000')
    return new PostgresError(
      'auth',
      `the server rejected user ${t.user}: ${message}`,
      'Check POSTGRES_USER and POSTGRES_PASSWORD in metadata-plane-secrets (or the inputs), and that the role exists with LOGIN; for "no pg_hba.conf entry", allow this client.',
    );
  if (code === '3D000') return new PostgresError('no-database', `database ${t.database} does not exist`, `CREATE DATABASE ${t.database} OWNER ${t.user};`);
  return new PostgresError('unknown', message, 'Check the Postgres server log.');
}

/**
 * The mode a connection really uses. A CA file asks for the certificate to be verified, so it
 * means verify-full whatever sslmode says: in particular no plain-text fallback under `prefer`,
 * where a man in the middle answering "no TLS" would otherwise be sent the login in clear.
 */
export const effectiveSslMode = (t: Pick<PostgresTarget, 'sslMode' | 'caFile'>): SslMode => (t.caFile && t.sslMode !== 'disable' ? 'verify-full' : t.sslMode);

async function sslOption(t: PostgresTarget, mode: Exclude<SslMode, 'prefer'>): Promise<ClientConfig['ssl']> {
  if (mode === 'disable') return false;
  // require alone encrypts without verifying, as libpq does; verify-full checks the chain and the host name.
  if (mode === 'require') return { rejectUnauthorized: false };
  const ca = t.caFile ? await readFile(t.caFile, 'utf8') : undefined;
  return { rejectUnauthorized: true, ...(ca ? { ca } : {}), ...(isIP(t.host) ? {} : { servername: t.host }) };
}

async function attempt(t: PostgresTarget, mode: Exclude<SslMode, 'prefer'>, timeoutMs: number, signal?: AbortSignal): Promise<Connection> {
  signal?.throwIfAborted();
  const pg = (await import('pg')).default;
  const ssl = await sslOption(t, mode);
  signal?.throwIfAborted();
  const client = new pg.Client({
    host: t.host,
    port: t.port,
    database: t.database,
    user: t.user,
    password: t.password ?? '',
    ssl,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    application_name: 'chalk-preflight',
  });
  // A server that drops the connection later emits 'error'; unhandled, that would crash the action.
  client.on('error', () => {});
  // The check timed out or the run is over: drop the socket (in the handshake or mid-query) so nothing outlives it.
  const abort = (): void => closeNow(client);
  signal?.addEventListener('abort', abort, { once: true });
  try {
    await client.connect();
  } catch (err) {
    signal?.removeEventListener('abort', abort);
    closeNow(client);
    throw err;
  }
  return { client, tls: ssl === false ? 'none' : (ssl as { rejectUnauthorized?: boolean }).rejectUnauthorized ? 'verified' : 'unverified' };
}

/**
 * Ends the session without waiting for the server: a graceful end() waits for the server to close its
 * side, which a silent server (or a half-finished handshake) never does, and the open socket would hold
 * the step.
 */
function closeNow(client: Client): void {
  void client.end().catch(() => {});
  client.connection.stream.destroy();
}

const noTls = (err: unknown): boolean => /does not support SSL/i.test((err as Error)?.message ?? '');

/**
 * Connects, or throws PostgresError. `prefer` is libpq's: TLS when the server offers it, and plain
 * text when it answers that it has none — which anyone on the path can answer, so the result says
 * `downgraded` and the caller warns. With a CA file there is no fallback (see effectiveSslMode).
 */
export async function connectPostgres(t: PostgresTarget, timeoutMs: number, signal?: AbortSignal): Promise<Connection> {
  const mode = effectiveSslMode(t);
  try {
    if (mode !== 'prefer') return await attempt(t, mode, timeoutMs, signal);
    try {
      return await attempt(t, 'require', timeoutMs, signal);
    } catch (err) {
      if (!noTls(err)) throw err;
      return { ...(await attempt(t, 'disable', timeoutMs, signal)), downgraded: true };
    }
  } catch (err) {
    throw toPostgresError(err, { ...t, sslMode: mode }, timeoutMs);
  }
}
