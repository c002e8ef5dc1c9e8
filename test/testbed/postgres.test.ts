import { describe, expect, it } from 'vitest';
import { bed, exec, LONG, must } from './util.js';

const psql = (sql: string, db?: string): Promise<{ code: number; stdout: string; stderr: string }> => {
  const b = bed();
  const bin = `/usr/lib/postgresql/15/bin/psql`;
  return exec(bin, ['-X', '-At', '-v', 'ON_ERROR_STOP=1', '-c', sql], {
    env: {
      ...process.env,
      PGHOST: b.PGHOST,
      PGPORT: b.PGPORT,
      PGUSER: b.PGUSER,
      PGPASSWORD: b.PGPASSWORD,
      PGDATABASE: db ?? b.PGDATABASE,
      PGSSLMODE: b.PGSSLMODE,
      PGSSLROOTCERT: b.PGSSLROOTCERT,
    },
  });
};

describe('test bed: postgres with pg_cron', () => {
  it('has pg_cron available and installed in the chalk database', { timeout: LONG }, async () => {
    const avail = await must(psql("SELECT name FROM pg_available_extensions WHERE name='pg_cron'"));
    expect(avail.stdout.trim()).toBe('pg_cron');
    const installed = await must(psql("SELECT extname FROM pg_extension WHERE extname='pg_cron'"));
    expect(installed.stdout.trim()).toBe('pg_cron');
    const preload = await must(psql('SHOW shared_preload_libraries'));
    expect(preload.stdout).toContain('pg_cron');
    const ssl = await must(psql('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()'));
    expect(ssl.stdout.trim()).toBe('t');
  });

  it('the nocron database shows the missing-extension case', { timeout: LONG }, async () => {
    const db = bed().TESTBED_PG_NOCRON_DATABASE;
    const installed = await must(psql("SELECT count(*) FROM pg_extension WHERE extname='pg_cron'", db));
    expect(installed.stdout.trim()).toBe('0');
    const create = await psql('CREATE EXTENSION pg_cron', db);
    expect(create.code).not.toBe(0);
  });

  it('rejects a wrong password', { timeout: LONG }, async () => {
    const b = bed();
    const r = await exec('/usr/lib/postgresql/15/bin/psql', ['-X', '-c', 'select 1'], {
      env: { ...process.env, PGHOST: b.PGHOST, PGPORT: b.PGPORT, PGUSER: b.PGUSER, PGPASSWORD: 'wrong', PGDATABASE: b.PGDATABASE, PGSSLMODE: 'require' },
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/password authentication failed/);
  });
});
