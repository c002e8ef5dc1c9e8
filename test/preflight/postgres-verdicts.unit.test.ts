/**
 * The postgres verdicts for server setups the bed cannot show side by side (its preload list is
 * server-wide: pg_stat_statements and auto_explain are always preloaded there), judged from the
 * same facts the probe gathers. The bed covers the rest end to end in postgres.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { PostgresFacts } from '../../src/postgres/probe.js';
import { autoExplain, pgCron, pgStatStatements, type Probe } from '../../src/preflight/postgres-checks.js';

const facts = (overrides: Partial<PostgresFacts>): Probe => ({
  target: { host: 'db', port: 5432, database: 'chalk', user: 'chalk', sslMode: 'prefer' },
  tls: 'over TLS (certificate verified)',
  facts: {
    serverVersion: '15.8',
    user: 'chalk',
    database: 'chalk',
    superuser: false,
    canCreateInPublic: true,
    ssl: true,
    extensions: { pg_stat_statements: { available: true, installedVersion: '1.10' }, pg_cron: { available: true, installedVersion: '1.6' } },
    pgStatStatementsLoaded: true,
    autoExplainLoaded: true,
    cronDatabase: 'chalk',
    ...overrides,
  },
});

describe('postgres verdicts', () => {
  it('pg_stat_statements created but not preloaded fails: its view errors', () => {
    expect(pgStatStatements(facts({ pgStatStatementsLoaded: false }))).toEqual({
      verdict: 'fail',
      finding: 'pg_stat_statements 1.10 is created but not preloaded (pg_stat_statements.max is not defined by a loaded module), so its view errors',
      fix: 'Add pg_stat_statements to shared_preload_libraries (RDS: the DB parameter group, then reboot).',
    });
  });

  it('pg_cron not preloaded: no scheduler, and a superuser-visible preload list without it', () => {
    const outcome = pgCron(
      facts({
        extensions: { pg_stat_statements: { available: true, installedVersion: '1.10' }, pg_cron: { available: true } },
        cronDatabase: undefined,
        sharedPreloadLibraries: ['pg_stat_statements'],
      }),
    );
    expect(outcome.verdict).toBe('fail');
    expect(outcome.finding).toBe('pg_cron is available but not created in database chalk, and not preloaded (no pg_cron scheduler is running)');
    expect(outcome.fix).toContain("Add pg_cron to shared_preload_libraries and set cron.database_name = 'chalk'");
  });

  it('pg_cron preloaded for this database but not created names the CREATE EXTENSION', () => {
    expect(pgCron(facts({ extensions: { pg_stat_statements: { available: true }, pg_cron: { available: true } } })).finding).toBe(
      'pg_cron is preloaded but not created in database chalk',
    );
  });

  it('auto_explain: installed but not preloaded warns; absent or untestable fails', () => {
    expect(autoExplain(facts({ autoExplainLoaded: false, autoExplainLoad: 'loaded' })).verdict).toBe('warn');
    expect(autoExplain(facts({ autoExplainLoaded: false, autoExplainLoad: 'missing' }))).toMatchObject({
      verdict: 'fail',
      finding: 'auto_explain is not installed on this server',
    });
    expect(autoExplain(facts({ autoExplainLoaded: false, autoExplainLoad: 'not-allowed' })).finding).toBe(
      'auto_explain is not preloaded (auto_explain.log_min_duration is not defined by a loaded module; chalk may not LOAD it to test further)',
    );
  });
});
