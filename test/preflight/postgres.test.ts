/**
 * preflight's postgres group end to end against the bed's PostgreSQL 15 (TLS, pg_cron preloaded with
 * cron.database_name = chalk): credentials from the cluster Secret or the inputs, the database with
 * and without pg_cron, and each way a connection can fail told apart. The password never leaks (the
 * runner fails any run that prints a masked value).
 */
import { createServer, type Server, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runPreflight, scratchNamespaces } from '../helpers/preflight.js';
import { bed, bedPostgresSecret, createSecret } from '../testbed/util.js';

const namespace = scratchNamespaces();

/** A namespace whose metadata-plane-secrets point at the bed's database (POSTGRES_HOST as host:port). */
async function namespaceWithSecret(prefix: string, db = 'chalk'): Promise<string> {
  const ns = await namespace(prefix);
  await createSecret(ns, 'metadata-plane-secrets', bedPostgresSecret(db));
  return ns;
}

const preflight = (inputs: Record<string, string>, env: Record<string, string> = { KUBECONFIG: bed().KUBECONFIG }) => runPreflight('postgres', inputs, env);

const DEPENDENT = ['postgres.database', 'postgres.pg_stat_statements', 'postgres.pg_cron', 'postgres.auto_explain'];

describe('preflight postgres', () => {
  it.concurrent("connects with the Secret's credentials over verified TLS and finds every extension", async () => {
    const b = bed();
    const ns = await namespaceWithSecret('pf-pg-ok');
    const { run, checks } = await preflight({ namespace: ns, 'postgres-ca-file': b.PGSSLROOTCERT });
    expect(run.exitCode).toBe(0);
    expect(checks['postgres.connect']!.verdict).toBe('pass');
    expect(checks['postgres.connect']!.finding).toMatch(
      new RegExp(`^PostgreSQL 15\\.\\d+ .*at chalk@127\\.0\\.0\\.1:${b.PGPORT}/chalk over TLS \\(certificate verified\\)$`),
    );
    expect(checks['postgres.database']).toMatchObject({ verdict: 'pass', finding: 'user chalk may create tables in chalk' });
    expect(checks['postgres.pg_stat_statements']).toMatchObject({ verdict: 'pass', finding: 'pg_stat_statements 1.10 created and preloaded' });
    expect(checks['postgres.pg_cron']!.finding).toMatch(/^pg_cron [\d.-]+ created in database chalk$/);
    expect(checks['postgres.auto_explain']).toMatchObject({
      verdict: 'pass',
      finding: 'auto_explain is preloaded (in shared_preload_libraries)',
    });
    // The password read from the Secret was registered before use.
    expect(run.masks).toContain(b.PGPASSWORD);
  });

  it.concurrent('explains that pg_cron can only be created in cron.database_name, in the database without it', async () => {
    const b = bed();
    const ns = await namespaceWithSecret('pf-pg-nocron', b.TESTBED_PG_NOCRON_DATABASE);
    const { run, checks } = await preflight({ namespace: ns, 'postgres-ca-file': b.PGSSLROOTCERT });
    expect(run.exitCode).toBe(1);
    expect(checks['postgres.connect']!.verdict).toBe('pass');
    expect(checks['postgres.pg_cron']).toMatchObject({
      verdict: 'fail',
      finding: `pg_cron is available but not created in database ${b.TESTBED_PG_NOCRON_DATABASE}; it can only be created in cron.database_name, which is chalk`,
      fix: `Set cron.database_name = '${b.TESTBED_PG_NOCRON_DATABASE}' (RDS: the DB parameter group, then reboot), then CREATE EXTENSION pg_cron; in ${b.TESTBED_PG_NOCRON_DATABASE} — or point POSTGRES_DB at chalk.`,
    });
    expect(checks['postgres.pg_stat_statements']).toMatchObject({
      verdict: 'fail',
      finding: `pg_stat_statements is available but not created in database ${b.TESTBED_PG_NOCRON_DATABASE}`,
      fix: `CREATE EXTENSION pg_stat_statements; in database ${b.TESTBED_PG_NOCRON_DATABASE}`,
    });
    expect(checks['postgres.auto_explain']!.verdict).toBe('pass');
  });

  it.concurrent('uses the inputs alone, without a cluster, and tells a missing database from a bad login', async () => {
    const b = bed();
    const base = {
      'postgres-host': b.PGHOST,
      'postgres-port': b.PGPORT,
      'postgres-user': b.PGUSER,
      'postgres-password': b.PGPASSWORD,
      'postgres-ca-file': b.PGSSLROOTCERT,
    };
    const ok = await preflight({ ...base, 'postgres-database': 'chalk' }, {});
    expect(ok.run.exitCode).toBe(0);
    const missing = await preflight({ ...base, 'postgres-database': 'nope' }, {});
    expect(missing.checks['postgres.connect']).toMatchObject({
      verdict: 'fail',
      finding: 'user chalk can log in, but database nope does not exist',
      fix: 'CREATE DATABASE nope OWNER chalk;',
    });
    for (const id of DEPENDENT) expect(missing.checks[id]!.verdict).toBe('skipped');
  });

  it.concurrent('rejects a wrong password as an authentication failure, masking it', async () => {
    const b = bed();
    const ns = await namespaceWithSecret('pf-pg-auth');
    const { run, checks } = await preflight({ namespace: ns, 'postgres-password': 'Wrong-Password-42', 'postgres-ca-file': b.PGSSLROOTCERT });
    expect(checks['postgres.connect']!.verdict).toBe('fail');
    expect(checks['postgres.connect']!.finding).toBe('the server rejected user chalk: password authentication failed for user "chalk"');
    expect(checks['postgres.connect']!.fix).toMatch(/^Check POSTGRES_USER and POSTGRES_PASSWORD/);
    expect(run.masks).toContain('Wrong-Password-42');
  });

  it.concurrent('tells refused, DNS and timeout apart', async () => {
    const creds = { 'postgres-user': 'chalk', 'postgres-password': 'not-the-password', 'postgres-database': 'chalk' };
    const refused = await preflight({ ...creds, 'postgres-host': '127.0.0.1:1' }, {});
    expect(refused.checks['postgres.connect']).toMatchObject({ verdict: 'fail', finding: '127.0.0.1:1 refused the connection' });
    const dns = await preflight({ ...creds, 'postgres-host': 'chalk-db.does-not-exist.invalid' }, {});
    expect(dns.checks['postgres.connect']!.finding).toBe('host chalk-db.does-not-exist.invalid does not resolve (ENOTFOUND)');
    // A server that accepts the TCP connection and never answers, like a security group black hole behind a load balancer.
    const sockets: Socket[] = [];
    const silent: Server = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const port = (silent.address() as { port: number }).port;
      const started = Date.now();
      const timeout = await preflight({ ...creds, 'postgres-host': `127.0.0.1:${port}`, 'check-timeout': '3s' }, {});
      expect(timeout.checks['postgres.connect']).toMatchObject({ verdict: 'fail', finding: `no answer from 127.0.0.1:${port} within 2 s` });
      expect(Date.now() - started).toBeLessThan(10_000);
      // The step ends with the check: the silent session is dropped, not waited on.
      expect(timeout.run.main.durationMs).toBeLessThan(6_000);
    } finally {
      sockets.forEach((s) => s.destroy());
      silent.close();
    }
  });

  it.concurrent('reports whether the certificate was verified, and fails verify-full without the CA', async () => {
    const b = bed();
    const ns = await namespaceWithSecret('pf-pg-tls');
    const unverified = await preflight({ namespace: ns });
    expect(unverified.checks['postgres.connect']!.finding).toMatch(/over TLS \(certificate not verified\)$/);
    const strict = await preflight({ namespace: ns, 'postgres-sslmode': 'verify-full' });
    expect(strict.checks['postgres.connect']!.verdict).toBe('fail');
    expect(strict.checks['postgres.connect']!.finding).toBe(`the server certificate of 127.0.0.1:${b.PGPORT} is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE)`);
    const plain = await preflight({ namespace: ns, 'postgres-sslmode': 'disable' });
    expect(plain.checks['postgres.connect']!.verdict).toBe('warn');
    expect(plain.checks['postgres.connect']!.finding).toMatch(/ without TLS \(postgres-sslmode disable\)$/);
    // A CA file asks for verification: combined with disable it is refused rather than silently ignored.
    const contradictory = await preflight({ namespace: ns, 'postgres-sslmode': 'disable', 'postgres-ca-file': b.PGSSLROOTCERT });
    expect(contradictory.checks['postgres.connect']).toMatchObject({
      verdict: 'fail',
      finding: 'postgres-sslmode is disable, but postgres-ca-file is set: a CA file asks for a verified TLS connection',
    });
  });

  it.concurrent('refuses a connection URL as the host, from the input or the Secret, masking its password and never echoing it', async () => {
    const b = bed();
    const password = 'Url-Pass-4711';
    const url = `postgresql://chalk:${password}@db-url-host.example:5432/chalk?sslmode=require`;
    const fromInput = await preflight(
      { 'postgres-host': url, 'postgres-user': 'chalk', 'postgres-password': 'not-the-password', 'postgres-database': 'chalk' },
      {},
    );
    expect(fromInput.checks['postgres.connect']).toMatchObject({
      verdict: 'fail',
      finding: 'input postgres-host looks like a connection URL, not a host name (its value is not shown)',
    });
    expect(fromInput.checks['postgres.connect']!.fix).toMatch(/^Set input postgres-host to the host name alone, e\.g\. /);
    for (const id of DEPENDENT) expect(fromInput.checks[id]!.verdict).toBe('skipped');

    const ns = await namespace('pf-pg-url');
    await createSecret(ns, 'metadata-plane-secrets', {
      ...bedPostgresSecret('chalk'),
      POSTGRES_HOST: url.replace(password, encodeURIComponent(`${password}@/`)),
    });
    const fromSecret = await preflight({ namespace: ns, 'postgres-ca-file': b.PGSSLROOTCERT });
    expect(fromSecret.checks['postgres.connect']).toMatchObject({
      verdict: 'fail',
      finding: 'key POSTGRES_HOST of Secret metadata-plane-secrets looks like a connection URL, not a host name (its value is not shown)',
    });
    expect(fromSecret.checks['postgres.connect']!.fix).toContain('give the database, user and password in POSTGRES_DB, POSTGRES_USER and POSTGRES_PASSWORD');
    // Masked (the runner fails a run that prints a masked value), percent-encoded and decoded; and the value itself appears nowhere.
    expect(fromInput.run.masks).toContain(password);
    expect(fromSecret.run.masks).toEqual(expect.arrayContaining([encodeURIComponent(`${password}@/`), `${password}@/`]));
    for (const { run } of [fromInput, fromSecret]) {
      const everything = [run.main.stdout, run.main.stderr, run.summary, JSON.stringify(run.annotations), JSON.stringify(run.outputs)].join('\n');
      expect(everything).not.toContain('db-url-host.example');
    }
  });
});
