/**
 * TLS downgrade: a man in the middle between the runner and the bed's Postgres answers the
 * SSLRequest with 'N' ("no TLS here") and relays everything after it to the real server in plain
 * text (a client that starts in plain text is relayed as it is). With a CA file, or under the default sslmode, the login must never cross that relay;
 * under an explicit `prefer` it does (libpq's behaviour), and the finding says so.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPostgres, PostgresError, type PostgresTarget } from '../../src/postgres/connect.js';
import { runPreflight } from '../helpers/preflight.js';
import { bed } from '../testbed/util.js';

/** The 8-byte SSLRequest: length 8, code 80877103. */
const isSslRequest = (b: Buffer): boolean => b.length >= 8 && b.readInt32BE(0) === 8 && b.readInt32BE(4) === 80877103;

interface Stripper {
  port: number;
  /** Connections on which the client went on in plain text after being told 'N'. */
  plaintext: number;
  close(): Promise<void>;
}

async function tlsStripper(): Promise<Stripper> {
  const sockets: Socket[] = [];
  const stripper = { port: 0, plaintext: 0, close: async () => {} };
  /** Relays a plain-text session, starting with `startup`, to the real server. */
  const relay = (client: Socket, startup: Buffer): void => {
    stripper.plaintext++;
    const upstream = connect(Number(bed().PGPORT), bed().PGHOST, () => {
      upstream.write(startup);
      client.pipe(upstream);
      upstream.pipe(client);
    });
    sockets.push(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  };
  const server: Server = createServer((client) => {
    sockets.push(client);
    client.once('data', (first: Buffer) => {
      if (!isSslRequest(first)) return relay(client, first);
      client.write('N');
      client.once('data', (startup: Buffer) => relay(client, startup));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  stripper.port = (server.address() as { port: number }).port;
  stripper.close = async () => {
    sockets.forEach((s) => s.destroy());
    await new Promise((r) => server.close(r));
  };
  return stripper;
}

let stripper: Stripper;
beforeAll(async () => {
  stripper = await tlsStripper();
});
afterAll(async () => {
  await stripper.close();
});

const through = (overrides: Partial<PostgresTarget>): PostgresTarget => ({
  host: '127.0.0.1',
  port: stripper.port,
  database: 'chalk',
  user: bed().PGUSER,
  password: bed().PGPASSWORD,
  sslMode: 'prefer',
  ...overrides,
});

/** Runs `fn` and returns how many plain-text sessions the stripper relayed meanwhile (tests here run one at a time). */
async function plaintextDuring(fn: () => Promise<unknown>): Promise<number> {
  const before = stripper.plaintext;
  await fn();
  return stripper.plaintext - before;
}

describe('postgres TLS downgrade', () => {
  it('the stripper really relays a plain-text login to the bed (sslmode disable logs in through it)', async () => {
    const n = await plaintextDuring(async () => {
      const c = await connectPostgres(through({ sslMode: 'disable' }), 5000);
      expect(c.tls).toBe('none');
      await c.client.end();
    });
    expect(n).toBe(1);
  });

  it('with postgres-ca-file, prefer means verify-full: no plain-text fallback', async () => {
    let error: unknown;
    const n = await plaintextDuring(async () => {
      error = await connectPostgres(through({ sslMode: 'prefer', caFile: bed().PGSSLROOTCERT }), 5000).then(
        (c) => c.client.end(),
        (err: unknown) => err,
      );
    });
    expect(n).toBe(0);
    expect(error).toBeInstanceOf(PostgresError);
    expect(error).toMatchObject({
      kind: 'tls',
      message: `127.0.0.1:${stripper.port} answered that it does not offer TLS (sslmode verify-full), so the login was not sent`,
    });
    expect((error as PostgresError).fix).toMatch(/there is no plain-text fallback/);
  });

  it('require (the action default) never falls back either', async () => {
    let error: unknown;
    const n = await plaintextDuring(async () => {
      error = await connectPostgres(through({ sslMode: 'require' }), 5000).then(
        (c) => c.client.end(),
        (err: unknown) => err,
      );
    });
    expect(n).toBe(0);
    expect(error).toMatchObject({ kind: 'tls' });
  });

  it('prefer without a CA file falls back as libpq does, and says it was downgraded', async () => {
    const n = await plaintextDuring(async () => {
      const c = await connectPostgres(through({ sslMode: 'prefer' }), 5000);
      expect(c).toMatchObject({ tls: 'none', downgraded: true });
      await c.client.end();
    });
    expect(n).toBe(1);
  });

  it('end to end: the default fails without sending the login; an explicit prefer warns that the login went unencrypted', async () => {
    const b = bed();
    const inputs = {
      'postgres-host': `127.0.0.1:${stripper.port}`,
      'postgres-user': b.PGUSER,
      'postgres-password': b.PGPASSWORD,
      'postgres-database': 'chalk',
    };
    const before = stripper.plaintext;
    const byDefault = await runPreflight('postgres', inputs);
    expect(byDefault.checks['postgres.connect']).toMatchObject({
      verdict: 'fail',
      finding: `127.0.0.1:${stripper.port} answered that it does not offer TLS (sslmode require), so the login was not sent`,
    });
    const withCa = await runPreflight('postgres', { ...inputs, 'postgres-sslmode': 'prefer', 'postgres-ca-file': b.PGSSLROOTCERT });
    expect(withCa.checks['postgres.connect']).toMatchObject({ verdict: 'fail' });
    expect(stripper.plaintext - before).toBe(0);

    const preferred = await runPreflight('postgres', { ...inputs, 'postgres-sslmode': 'prefer' });
    expect(stripper.plaintext - before).toBe(1);
    expect(preferred.checks['postgres.connect']!.verdict).toBe('warn');
    expect(preferred.checks['postgres.connect']!.finding).toMatch(
      new RegExp(
        `^PostgreSQL 15\\.\\d+ .*at chalk@127\\.0\\.0\\.1:${stripper.port}/chalk without TLS: the server, or anything between, answered that it has no TLS, and postgres-sslmode prefer then sent the login unencrypted$`,
      ),
    );
    expect(preferred.checks['postgres.connect']!.fix).toMatch(/lets a man in the middle read the password/);
    expect(preferred.run.masks).toContain(b.PGPASSWORD);
  });
});
