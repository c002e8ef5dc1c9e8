/**
 * Connecting to PostgreSQL with `pg`, TLS chosen the way libpq's sslmode does, and every failure
 * turned into a typed error that tells DNS, refused, timeout, TLS, authentication and a missing
 * database apart. The password is only ever handed to the driver (the action registers it as a
 * secret first); no message here includes it.
 */
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import type { Client, ClientConfig } from 'pg';

export type PostgresErrorKind = 'dns' | 'refused' | 'timeout' | 'tls' | 'auth' | 'no-database' | 'unknown';

export class PostgresError extends Error {
  constructor(
    readonly kind: PostgresErrorKind,
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = 'PostgresError';
  }
}

export type SslMode = 'prefer' | 'require' | 'verify-full' | 'disable';

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
    return new PostgresError('tls', `${where} does not offer TLS`, 'Enable ssl on the server, or set postgres-sslmode to prefer.');
  if (code === '28P01' || code === '28000')
    return new PostgresError(
      'auth',
      `the server rejected user ${t.user}: ${message}`,
      'Check POSTGRES_USER and POSTGRES_PASSWORD in metadata-plane-secrets (or the inputs), and that the role exists with LOGIN; for "no pg_hba.conf entry", allow this client.',
    );
  if (code === '3D000') return new PostgresError('no-database', `database ${t.database} does not exist`, `CREATE DATABASE ${t.database} OWNER ${t.user};`);
  return new PostgresError('unknown', message, 'Check the Postgres server log.');
}

async function sslOption(t: PostgresTarget, mode: Exclude<SslMode, 'prefer'>): Promise<ClientConfig['ssl']> {
  if (mode === 'disable') return false;
  const ca = t.caFile ? await readFile(t.caFile, 'utf8') : undefined;
  // verify-full, or any mode given a CA: verify chain and host name. require alone encrypts without verifying, as libpq does.
  if (mode === 'verify-full' || ca) return { rejectUnauthorized: true, ...(ca ? { ca } : {}), ...(isIP(t.host) ? {} : { servername: t.host }) };
  return { rejectUnauthorized: false };
}

async function attempt(t: PostgresTarget, mode: Exclude<SslMode, 'prefer'>, timeoutMs: number, signal?: AbortSignal): Promise<Connection> {
  const pg = (await import('pg')).default;
  const ssl = await sslOption(t, mode);
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
  const abort = (): void => void client.end().catch(() => {});
  signal?.addEventListener('abort', abort, { once: true });
  try {
    await client.connect();
  } catch (err) {
    signal?.removeEventListener('abort', abort);
    // Not awaited: after a failed handshake pg's end() can wait forever for a socket that is already gone.
    void client.end().catch(() => {});
    throw err;
  }
  return { client, tls: ssl === false ? 'none' : (ssl as { rejectUnauthorized?: boolean }).rejectUnauthorized ? 'verified' : 'unverified' };
}

/** Connects, or throws PostgresError. `prefer` uses TLS when the server offers it and falls back to plain only when it does not. */
export async function connectPostgres(t: PostgresTarget, timeoutMs: number, signal?: AbortSignal): Promise<Connection> {
  try {
    if (t.sslMode !== 'prefer') return await attempt(t, t.sslMode, timeoutMs, signal);
    try {
      return await attempt(t, 'require', timeoutMs, signal);
    } catch (err) {
      if (!/does not support SSL/i.test((err as Error)?.message ?? '')) throw err;
      return await attempt(t, 'disable', timeoutMs, signal);
    }
  } catch (err) {
    throw toPostgresError(err, t, timeoutMs);
  }
}
