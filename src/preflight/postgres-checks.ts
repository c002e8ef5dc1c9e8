/**
 * The `postgres` group (opt-in): the guide's "Amazon RDS (PostgreSQL)" — the database and user
 * of metadata-plane-secrets (or the inputs) accept a connection, over TLS when the server offers
 * it, and the extensions are in place: pg_stat_statements and pg_cron created (both preloaded),
 * auto_explain preloaded (it is a module, not an extension).
 */
import { connectPostgres, describeTarget, PostgresError, type PostgresTarget } from '../postgres/connect.js';
import { probePostgres, type PostgresFacts } from '../postgres/probe.js';
import { registerSecret } from '../report/secrets.js';
import type { Check, CheckOutcome } from './check.js';
import { METADATA_SECRET, type PreflightContext } from './context.js';
import { failure } from './failure.js';

export interface Probe {
  target: PostgresTarget;
  tls: string;
  facts: PostgresFacts;
}

class TargetError extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

/** `host:5433` or `[::1]:5433` → host and port; otherwise the host as given. */
function splitHostPort(raw: string): { host: string; port?: number } {
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(raw) ?? /^([^:]+):(\d+)$/.exec(raw);
  return m ? { host: m[1]!, port: Number(m[2]) } : { host: raw.replace(/^\[|\]$/g, '') };
}

/** Inputs win; whatever they leave out comes from metadata-plane-secrets, as the chart would read it. */
async function resolveTarget(ctx: PreflightContext): Promise<PostgresTarget> {
  const p = ctx.settings.postgres;
  let fromSecret: Record<string, string> = {};
  if (!p.host || !p.database || !p.user || p.password === undefined) {
    const secret = await ctx.secret(METADATA_SECRET);
    if (!secret)
      throw new TargetError(
        `secret ${METADATA_SECRET} does not exist in namespace ${ctx.settings.namespace} and the postgres-* inputs do not name every setting`,
        'Create the secret (see the secrets group) or set postgres-host, postgres-database, postgres-user and postgres-password.',
      );
    const decode = (key: string): string | undefined => {
      const b64 = secret.data?.[key];
      return b64 === undefined ? undefined : Buffer.from(b64, 'base64').toString('utf8');
    };
    // The password is used exactly as the chart will read it; names and hosts tolerate stray whitespace.
    const password = decode('POSTGRES_PASSWORD');
    registerSecret(password);
    fromSecret = Object.fromEntries(
      [
        ['host', decode('POSTGRES_HOST')?.trim()],
        ['database', decode('POSTGRES_DB')?.trim()],
        ['user', decode('POSTGRES_USER')?.trim()],
        ['password', password],
      ].filter((e): e is [string, string] => Boolean(e[1])),
    );
  }
  const rawHost = p.host ?? fromSecret.host;
  const database = p.database ?? fromSecret.database;
  const user = p.user ?? fromSecret.user;
  const missing = [!rawHost && 'POSTGRES_HOST', !database && 'POSTGRES_DB', !user && 'POSTGRES_USER'].filter(Boolean);
  if (missing.length || !rawHost || !database || !user)
    throw new TargetError(
      `no ${missing.join(', ')} in ${METADATA_SECRET} or the inputs`,
      `Add ${missing.join(', ')} to ${METADATA_SECRET} (see the secrets group).`,
    );
  const { host, port } = splitHostPort(rawHost);
  const password = p.password ?? fromSecret.password;
  return {
    host,
    port: port ?? p.port ?? 5432,
    database,
    user,
    ...(password !== undefined ? { password } : {}),
    sslMode: p.sslMode,
    ...(p.caFile ? { caFile: p.caFile } : {}),
  };
}

async function runProbe(ctx: PreflightContext, signal: AbortSignal): Promise<Probe> {
  const target = await resolveTarget(ctx);
  // Under the check's own limit, so a silent server is reported as a Postgres timeout, not a generic one.
  const timeoutMs = Math.max(1000, Math.min(15_000, ctx.settings.checkTimeoutMs - 1000));
  let connection;
  try {
    connection = await connectPostgres(target, timeoutMs, signal);
  } catch (err) {
    if (err instanceof PostgresError && err.kind === 'no-database') {
      // Tell a missing database from a bad login: the same credentials against the maintenance database.
      const other = await connectPostgres({ ...target, database: 'postgres' }, timeoutMs, signal).catch(() => undefined);
      await other?.client.end();
      if (other) throw new PostgresError('no-database', `user ${target.user} can log in, but database ${target.database} does not exist`, err.fix);
    }
    throw err;
  }
  try {
    const facts = await probePostgres(connection.client);
    const tls = !facts.ssl ? 'without TLS' : connection.tls === 'verified' ? 'over TLS (certificate verified)' : 'over TLS (certificate not verified)';
    return { target, tls, facts };
  } finally {
    await connection.client.end().catch(() => {});
  }
}

const probes = new WeakMap<PreflightContext, Promise<Probe>>();
/** One connection for the whole group: the first check opens it, the others read its facts. */
function probe(ctx: PreflightContext, signal: AbortSignal): Promise<Probe> {
  let p = probes.get(ctx);
  if (!p) {
    p = runProbe(ctx, signal);
    probes.set(ctx, p);
  }
  return p;
}

async function withFacts(ctx: PreflightContext, signal: AbortSignal, judge: (p: Probe) => CheckOutcome): Promise<CheckOutcome> {
  try {
    return judge(await probe(ctx, signal));
  } catch (err) {
    return failure(err);
  }
}

const PARAMETER_GROUP = 'RDS: the DB parameter group, then reboot';

export function pgStatStatements({ facts }: Probe): CheckOutcome {
  const ext = facts.extensions.pg_stat_statements;
  const preloadFix = `Add pg_stat_statements to shared_preload_libraries (${PARAMETER_GROUP}).`;
  if (!ext.available)
    return { verdict: 'fail', finding: 'pg_stat_statements is not available on this server', fix: 'Install the contrib modules (RDS always has them).' };
  if (!ext.installedVersion)
    return {
      verdict: 'fail',
      finding: `pg_stat_statements is available but not created in database ${facts.database}${facts.pgStatStatementsLoaded ? '' : ', and not preloaded'}`,
      fix: `CREATE EXTENSION pg_stat_statements; in database ${facts.database}${facts.pgStatStatementsLoaded ? '' : `; and ${preloadFix}`}`,
    };
  if (!facts.pgStatStatementsLoaded)
    return { verdict: 'fail', finding: `pg_stat_statements ${ext.installedVersion} is created but not preloaded, so its view errors`, fix: preloadFix };
  return { verdict: 'pass', finding: `pg_stat_statements ${ext.installedVersion} created and preloaded` };
}

export function pgCron({ facts }: Probe): CheckOutcome {
  const ext = facts.extensions.pg_cron;
  const preloaded = facts.cronDatabase !== undefined || facts.sharedPreloadLibraries?.includes('pg_cron') === true;
  const preloadFix = `Add pg_cron to shared_preload_libraries and set cron.database_name = '${facts.database}' (${PARAMETER_GROUP}).`;
  if (!ext.available)
    return {
      verdict: 'fail',
      finding: 'pg_cron is not available on this server',
      fix: `Install pg_cron (RDS has it from PostgreSQL 12.5), then: ${preloadFix}`,
    };
  if (ext.installedVersion) return { verdict: 'pass', finding: `pg_cron ${ext.installedVersion} created in database ${facts.database}` };
  if (!preloaded)
    return {
      verdict: 'fail',
      finding: `pg_cron is available but not created in database ${facts.database}, and not preloaded (no pg_cron scheduler is running)`,
      fix: `${preloadFix} Then CREATE EXTENSION pg_cron; in ${facts.database}.`,
    };
  if (facts.cronDatabase && facts.cronDatabase !== facts.database)
    return {
      verdict: 'fail',
      finding: `pg_cron is available but not created in database ${facts.database}; it can only be created in cron.database_name, which is ${facts.cronDatabase}`,
      fix: `Set cron.database_name = '${facts.database}' (${PARAMETER_GROUP}), then CREATE EXTENSION pg_cron; in ${facts.database} — or point POSTGRES_DB at ${facts.cronDatabase}.`,
    };
  return {
    verdict: 'fail',
    finding: `pg_cron is preloaded but not created in database ${facts.database}`,
    fix: `CREATE EXTENSION pg_cron; in database ${facts.database} (as the master user / rds_superuser).`,
  };
}

export function autoExplain({ facts }: Probe): CheckOutcome {
  const fix = `Add auto_explain to shared_preload_libraries (${PARAMETER_GROUP}); it is a loadable module, not a CREATE EXTENSION.`;
  if (facts.autoExplainLoaded) return { verdict: 'pass', finding: 'auto_explain is preloaded (its settings are present in every session)' };
  if (facts.autoExplainLoad === 'loaded')
    return { verdict: 'warn', finding: `auto_explain is installed (LOAD 'auto_explain' works) but not preloaded, so it explains nothing by itself`, fix };
  if (facts.autoExplainLoad === 'missing')
    return { verdict: 'fail', finding: 'auto_explain is not installed on this server', fix: `Install the contrib modules, then: ${fix}` };
  return {
    verdict: 'fail',
    finding: `auto_explain is not preloaded (no auto_explain.* settings in this session${facts.autoExplainLoad === 'not-allowed' ? `; ${facts.user} may not LOAD it to test further` : ''})`,
    fix,
  };
}

export function postgresChecks(): Check<PreflightContext>[] {
  return [
    {
      id: 'postgres.connect',
      group: 'postgres',
      title: 'Postgres accepts the Metadata Plane credentials',
      async run(ctx, signal) {
        try {
          const { target, tls, facts } = await probe(ctx, signal);
          const finding = `PostgreSQL ${facts.serverVersion} at ${describeTarget(target)} ${tls}`;
          if (!facts.ssl) return { verdict: 'warn', finding, fix: 'Enable TLS on the server (RDS offers it by default; rds.force_ssl = 1 enforces it).' };
          return { verdict: 'pass', finding };
        } catch (err) {
          if (err instanceof TargetError) return { verdict: 'fail', finding: err.message, fix: err.fix };
          return failure(err);
        }
      },
    },
    {
      id: 'postgres.database',
      group: 'postgres',
      title: 'Database and user can run the migrations',
      after: ['postgres.connect'],
      run: (ctx, signal) =>
        withFacts(ctx, signal, ({ facts }) =>
          facts.canCreateInPublic || facts.superuser
            ? { verdict: 'pass', finding: `user ${facts.user} may create tables in ${facts.database}` }
            : {
                verdict: 'warn',
                finding: `user ${facts.user} may not create in schema public of ${facts.database}`,
                fix: `ALTER DATABASE ${facts.database} OWNER TO ${facts.user}; or GRANT CREATE ON SCHEMA public TO ${facts.user};`,
              },
        ),
    },
    {
      id: 'postgres.pg_stat_statements',
      group: 'postgres',
      title: 'pg_stat_statements extension',
      after: ['postgres.connect'],
      run: (ctx, s) => withFacts(ctx, s, pgStatStatements),
    },
    { id: 'postgres.pg_cron', group: 'postgres', title: 'pg_cron extension', after: ['postgres.connect'], run: (ctx, s) => withFacts(ctx, s, pgCron) },
    {
      id: 'postgres.auto_explain',
      group: 'postgres',
      title: 'auto_explain module',
      after: ['postgres.connect'],
      run: (ctx, s) => withFacts(ctx, s, autoExplain),
    },
  ];
}
