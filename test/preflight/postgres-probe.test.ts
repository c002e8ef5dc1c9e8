/**
 * "Is the module loaded?" against the bed's real Postgres. A setting's value is no evidence:
 * `ALTER ROLE … SET` creates a placeholder with a value for a module that is not loaded (an RDS
 * parameter group or ALTER DATABASE does the same). The bed preloads pg_stat_statements and
 * auto_explain server-wide, so the not-loaded case uses auth_delay, a contrib module it does not
 * load, through the same evidence code the probe uses for the two.
 *
 * Also: what POSTGRES_HOST may hold, and which parts of a pasted connection string are masked.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPostgres, type Connection, type PostgresTarget } from '../../src/postgres/connect.js';
import { connectionSecrets, notAHost } from '../../src/postgres/host.js';
import { moduleEvidence, moduleLoaded, probePostgres } from '../../src/postgres/probe.js';
import { bed } from '../testbed/util.js';

const suffix = randomBytes(3).toString('hex');
/** May read shared_preload_libraries (pg_read_all_settings, like RDS's master user). */
const PRIVILEGED = `pf_probe_priv_${suffix}`;
/** May not: only pg_settings is evidence for it. */
const PLAIN = `pf_probe_plain_${suffix}`;
const PASSWORD = `pf-probe-${randomBytes(8).toString('hex')}`;

const target = (user: string, password: string, database = 'chalk'): PostgresTarget => ({
  host: bed().PGHOST,
  port: Number(bed().PGPORT),
  database,
  user,
  password,
  sslMode: 'verify-full',
  caFile: bed().PGSSLROOTCERT,
});

async function asSuperuser(sql: string): Promise<void> {
  const c = await connectPostgres(target(bed().TESTBED_PG_SUPERUSER, bed().TESTBED_PG_SUPERUSER_PASSWORD), 10_000);
  try {
    await c.client.query(sql);
  } finally {
    await c.client.end();
  }
}

const sessions: Connection[] = [];
const as = async (user: string): Promise<Connection['client']> => {
  const c = await connectPostgres(target(user, PASSWORD), 10_000);
  sessions.push(c);
  return c.client;
};

beforeAll(async () => {
  for (const role of [PRIVILEGED, PLAIN]) {
    await asSuperuser(`CREATE ROLE ${role} LOGIN PASSWORD '${PASSWORD}'`);
    // The placeholder: a value for a module that no one loads.
    await asSuperuser(`ALTER ROLE ${role} SET auth_delay.milliseconds = '7'`);
  }
  await asSuperuser(`GRANT pg_read_all_settings TO ${PRIVILEGED}`);
});

afterAll(async () => {
  await Promise.all(sessions.map((s) => s.client.end().catch(() => {})));
  for (const role of [PRIVILEGED, PLAIN]) await asSuperuser(`DROP ROLE IF EXISTS ${role}`);
});

describe('module evidence on the real server', () => {
  it.each([
    ['a user who may read shared_preload_libraries', PRIVILEGED, true],
    ['a user who may not', PLAIN, false],
  ])('%s: a role-level placeholder is not a loaded module; the preloaded ones are', async (_, user, listsReadable) => {
    const client = await as(user);
    // The premise: the placeholder has a value, which is what used to count as "preloaded".
    expect((await client.query<{ v: string | null }>(`SELECT current_setting('auth_delay.milliseconds', true) AS v`)).rows[0]!.v).toBe('7');

    const placeholder = await moduleEvidence(client, 'auth_delay.milliseconds');
    expect(placeholder.settingDefined).toBe(false);
    expect(placeholder.sharedPreload !== undefined).toBe(listsReadable);
    expect(moduleLoaded('auth_delay', placeholder)).toBe(false);

    // The same code says yes for what the bed really preloads, by the list or by pg_settings.
    expect(moduleLoaded('pg_stat_statements', await moduleEvidence(client, 'pg_stat_statements.max'))).toBe(true);
    expect(moduleLoaded('auto_explain', await moduleEvidence(client, 'auto_explain.log_min_duration'))).toBe(true);

    const facts = await probePostgres(client);
    expect(facts).toMatchObject({ pgStatStatementsLoaded: true, autoExplainLoaded: true, cronDatabase: 'chalk' });
    expect(facts.sharedPreloadLibraries).toEqual(listsReadable ? ['pg_cron', 'pg_stat_statements', 'auto_explain'] : undefined);
  });

  it('with readable lists they decide, even over a real-looking setting (fed the rows read above)', async () => {
    const client = await as(PRIVILEGED);
    const real = await moduleEvidence(client, 'auto_explain.log_min_duration');
    expect(real.sharedPreload).toEqual(['pg_cron', 'pg_stat_statements', 'auto_explain']);
    // A server whose list lacks the module: the setting found in pg_settings (e.g. from a LOAD) does not make it preloaded.
    expect(moduleLoaded('auto_explain', { ...real, sharedPreload: real.sharedPreload!.filter((m) => m !== 'auto_explain') })).toBe(false);
    // session_preload_libraries loads it into every session too.
    expect(moduleLoaded('auto_explain', { ...real, sharedPreload: [], sessionPreload: ['auto_explain'] })).toBe(true);
  });
});

describe('POSTGRES_HOST', () => {
  it.each([
    ['db.abc123.us-east-1.rds.amazonaws.com', undefined],
    ['db.example:5433', undefined],
    ['10.0.0.5', undefined],
    ['[::1]:5432', undefined],
    ['::1', undefined],
    ['postgres://u:p@db/chalk', 'url'],
    ['postgresql://db.example', 'url'],
    ['host=db password=secret', 'keywords'],
    ['db.example/chalk', 'invalid'],
    ['user@db.example', 'invalid'],
  ])('%s → %s', (value, verdict) => {
    expect(notAHost(value)).toBe(verdict);
  });

  it('finds the password in a URL (raw, percent-decoded, with an unencoded @ or /) and in keyword or query parameters', () => {
    expect(connectionSecrets('postgres://chalk:s3cr%40t@db/chalk')).toEqual(['s3cr%40t', 's3cr@t']);
    expect(connectionSecrets('postgres://chalk:p@ss/w@db:5432/chalk')).toEqual(['p@ss/w']);
    expect(connectionSecrets('postgresql://db/chalk?user=chalk&password=q%26p')).toEqual(['q%26p', 'q&p']);
    expect(connectionSecrets("host=db password='a b' user=chalk")).toEqual(['a b']);
    expect(connectionSecrets('postgres://chalk@db/chalk')).toEqual([]);
    expect(connectionSecrets('db.example:5432')).toEqual([]);
  });
});
