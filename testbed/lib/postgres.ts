import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { paths, tmpBedDir, toolVersions } from './paths.js';
import { caCert, ensureCert } from './pki.js';
import { componentAlive, run, runOk, startDetached, waitFor } from './proc.js';
import type { BedState } from './state.js';

export const PG_DATABASE = 'chalk';
export const PG_USER = 'chalk';
/** A database where pg_cron is available but not (and cannot be) created: cron.database_name is 'chalk'. */
export const PG_NOCRON_DATABASE = 'nocron';

/** Bump when the bootstrap SQL changes: a running bed re-applies it on the next `up`. */
export const PG_BOOTSTRAP_VERSION = 2;

export const pgBin = (name: string): string => join('/usr/lib/postgresql', toolVersions().POSTGRES_MAJOR ?? '15', 'bin', name);

interface RunAs {
  uid?: number;
  gid?: number;
}

/** Postgres refuses to run as root: run it as the `postgres` user then. */
function runAs(): RunAs {
  if (process.getuid?.() !== 0) return {};
  const r = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (r.status !== 0 || g.status !== 0) throw new Error('test bed: running as root but there is no `postgres` user (apt-get install postgresql-15)');
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

function accessibleBy(dir: string, who: RunAs): boolean {
  if (who.uid === undefined) return true;
  const r = spawnSync('/usr/bin/test', ['-w', dir, '-a', '-x', dir], { uid: who.uid, gid: who.gid });
  return r.status === 0;
}

function chownTree(p: string, who: RunAs): void {
  if (who.uid === undefined || who.gid === undefined) return;
  const r = spawnSync('chown', ['-R', `${who.uid}:${who.gid}`, p]);
  if (r.status !== 0) throw new Error(`chown ${p} failed: ${String(r.stderr)}`);
}

/** Picks the data dir: .testbed/data/postgres if the postgres user can reach it, else a private temp dir. */
function dataDir(s: BedState, who: RunAs): string {
  if (s.pgDataDir) return s.pgDataDir;
  const base = join(paths.data, 'pg');
  mkdirSync(base, { recursive: true });
  chownTree(base, who);
  if (accessibleBy(base, who)) return join(base, 'data');
  // the per-checkout temp dir must be traversable by the postgres user; pg/ itself is private to it
  mkdirSync(tmpBedDir(), { recursive: true, mode: 0o755 });
  chmodSync(tmpBedDir(), 0o755);
  const alt = join(tmpBedDir(), 'pg');
  mkdirSync(alt, { recursive: true, mode: 0o700 });
  chownTree(alt, who);
  return join(alt, 'data');
}

export async function pgReady(s: BedState): Promise<boolean> {
  const r = await run(pgBin('pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(s.ports.postgres), '-d', 'postgres'], {
    timeoutMs: 5_000,
  });
  return r.code === 0;
}

function superEnv(s: BedState, db = 'postgres'): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PGHOST: '127.0.0.1',
    PGPORT: String(s.ports.postgres),
    PGUSER: 'postgres',
    PGPASSWORD: s.pgSuperPassword,
    PGDATABASE: db,
    PGSSLMODE: 'require',
  };
}

/** psql as the superuser (ON_ERROR_STOP). */
export async function psqlSuper(s: BedState, sql: string, db = 'postgres'): Promise<string> {
  const r = await runOk(pgBin('psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-At', '-c', sql], { env: superEnv(s, db) });
  return r.stdout;
}

/** PostgreSQL 15 with pg_cron (shared_preload_libraries, cron.database_name='chalk'), TLS on, 127.0.0.1 only. */
export async function startPostgres(s: BedState): Promise<void> {
  const who = runAs();
  const dir = dataDir(s, who);
  s.pgDataDir = dir;
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    const parent = dirname(dir);
    if (parent.startsWith(tmpBedDir())) {
      mkdirSync(tmpBedDir(), { recursive: true });
      chmodSync(tmpBedDir(), 0o755);
    }
    mkdirSync(parent, { recursive: true });
    chmodSync(parent, 0o700);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chownTree(parent, who);
    const pwfile = join(dir, '..', 'pwfile');
    writeFileSync(pwfile, `${s.pgSuperPassword}\n`, { mode: 0o600 });
    chownTree(pwfile, who);
    await runOk(
      pgBin('initdb'),
      ['-D', dir, '-U', 'postgres', `--pwfile=${pwfile}`, '--auth-local=peer', '--auth-host=scram-sha-256', '-E', 'UTF8', '--no-locale'],
      { ...who, cwd: '/', env: { ...process.env, LC_ALL: 'C' } },
    );
    rmSync(pwfile, { force: true });
    const { cert, key } = await ensureCert({
      name: 'postgres',
      cn: 'chalk-testbed-postgres',
      usage: 'server',
      sans: ['IP:127.0.0.1', 'DNS:localhost'],
    });
    copyFileSync(cert, join(dir, 'server.crt'));
    copyFileSync(key, join(dir, 'server.key'));
    chmodSync(join(dir, 'server.key'), 0o600);
    if (who.uid !== undefined && who.gid !== undefined) {
      chownSync(join(dir, 'server.crt'), who.uid, who.gid);
      chownSync(join(dir, 'server.key'), who.uid, who.gid);
    }
    appendFileSync(
      join(dir, 'postgresql.conf'),
      [
        '',
        '# chalk-actions test bed',
        "listen_addresses = '127.0.0.1'",
        `port = ${s.ports.postgres}`,
        "unix_socket_directories = ''",
        "shared_preload_libraries = 'pg_cron,pg_stat_statements,auto_explain'",
        "cron.database_name = 'chalk'",
        'ssl = on',
        "ssl_cert_file = 'server.crt'",
        "ssl_key_file = 'server.key'",
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        'max_connections = 100',
        "shared_buffers = '64MB'",
        "log_destination = 'stderr'",
        'logging_collector = off',
        '',
      ].join('\n'),
    );
  }
  if (!componentAlive('postgres', 'postgres') || !(await pgReady(s))) {
    const p = startDetached('postgres', pgBin('postgres'), ['-D', dir], { ...who, cwd: '/' });
    await waitFor('postgres (pg_isready)', () => pgReady(s), { timeoutMs: 60_000, proc: p, log: 'postgres' });
  }
  if (s.pgBootstrap !== PG_BOOTSTRAP_VERSION) {
    const exists = (await psqlSuper(s, `SELECT 1 FROM pg_roles WHERE rolname = '${PG_USER}'`)).trim() === '1';
    if (!exists) await psqlSuper(s, `CREATE ROLE ${PG_USER} LOGIN PASSWORD '${s.pgPassword}'`);
    for (const db of [PG_DATABASE, PG_NOCRON_DATABASE]) {
      const has = (await psqlSuper(s, `SELECT 1 FROM pg_database WHERE datname = '${db}'`)).trim() === '1';
      if (!has) await psqlSuper(s, `CREATE DATABASE ${db} OWNER ${PG_USER}`);
    }
    await psqlSuper(
      s,
      [
        'CREATE EXTENSION IF NOT EXISTS pg_cron',
        'CREATE EXTENSION IF NOT EXISTS pg_stat_statements',
        `GRANT USAGE ON SCHEMA cron TO ${PG_USER}`,
        // like RDS's master user: may read settings such as shared_preload_libraries
        `GRANT pg_read_all_settings, pg_read_all_stats TO ${PG_USER}`,
      ].join('; '),
      PG_DATABASE,
    );
    s.pgBootstrap = PG_BOOTSTRAP_VERSION;
  }
}

export const pgCa = (): string => caCert();
export const pgLogTail = (): string => readFileSync(join(paths.logs, 'postgres.log'), 'utf8').slice(-4000);
