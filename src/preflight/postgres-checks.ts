/**
 * The `postgres` group (opt-in): the guide's "Amazon RDS (PostgreSQL)" — the database and user
 * of metadata-plane-secrets (or the inputs) accept a connection, over TLS when the server offers
 * it, and the extensions are in place: pg_stat_statements and pg_cron created (both preloaded),
 * auto_explain preloaded (it is a module, not an extension).
 */
import { ChalkError } from '../errors.js';
import { connectPostgres, DEFAULT_PORT, describeTarget, PostgresError, type PostgresTarget } from '../postgres/connect.js';
import { connectionSecrets, NOT_A_HOST, notAHost } from '../postgres/host.js';
import { probePostgres, type PostgresFacts } from '../postgres/probe.js';
import { registerSecret } from '../report/secrets.js';
import type { Check, CheckOutcome } from '../checks/check.js';
import { METADATA_SECRET, type PreflightContext } from './context.js';
import { failure } from '../checks/failure.js';

export interface Probe {
  target: PostgresTarget;
  tls: string;
  /** `prefer` fell back to plain text: the login went unencrypted. */
  downgraded?: boolean;
  facts: PostgresFacts;
}

/** The Postgres target the inputs describe is not usable as given (before any connection). */
class TargetError extends ChalkError<'input'> {
  readonly boundary = 'postgres';

  constructor(message: string, fix: string) {
    super('input', message, fix);
  }
}

/** `host:5433` or `[::1]:5433` → host and port; otherwise the host as given. */
function splitHostPort(raw: string): { host: string; port?: number } {
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(raw) ?? /^([^:]+):(\d+)$/.exec(raw);
  return m ? { host: m[1]!, port: Number(m[2]) } : { host: raw.replace(/^\[|\]$/g, '') };
}

/** Rejects a POSTGRES_HOST that is not a host (a URL carries the password), naming where it came from but never echoing it. */
function checkHost(raw: string, fromInput: boolean): void {
  const what = notAHost(raw);
  if (!what) return;
  const where = fromInput ? 'input postgres-host' : `key POSTGRES_HOST of Secret ${METADATA_SECRET}`;
  const rest = fromInput
    ? 'the port, database, user and password in postgres-port, postgres-database, postgres-user and postgres-password'
    : 'the database, user and password in POSTGRES_DB, POSTGRES_USER and POSTGRES_PASSWORD';
  throw new TargetError(
    `${where} ${NOT_A_HOST[what]}, not a host name (its value is not shown)`,
    `Set ${where} to the host name alone, e.g. mydb.abc123.us-east-1.rds.amazonaws.com or host:5432, and give ${rest}.${what === 'invalid' ? '' : ' If the value held a password, rotate it: it may have been logged elsewhere.'}`,
  );
}

/** Inputs win; whatever they leave out comes from metadata-plane-secrets, as the chart would read it. */
async function resolveTarget(ctx: PreflightContext, signal: AbortSignal): Promise<PostgresTarget> {
  const p = ctx.settings.postgres;
  // createContext already masked any password in the input; this covers a direct caller too.
  if (p.host) for (const s of connectionSecrets(p.host)) registerSecret(s);
  if (p.host) checkHost(p.host, true);
  let fromSecret: Record<string, string> = {};
  if (!p.host || !p.database || !p.user || p.password === undefined) {
    const secret = await ctx.secret(METADATA_SECRET, signal);
    if (!secret)
      throw new TargetError(
        `secret ${METADATA_SECRET} does not exist in namespace ${ctx.settings.namespace} and the postgres-* inputs do not name every setting`,
        'Create the secret (see the secrets group) or set postgres-host, postgres-database, postgres-user and postgres-password.',
      );
    const decode = (key: string): string | undefined => {
      const b64 = secret.data?.[key];
      return b64 === undefined ? undefined : Buffer.from(b64, 'base64').toString('utf8');
    };
    // Masked before anything else happens: the password, and any password pasted into POSTGRES_HOST as a URL.
    const password = decode('POSTGRES_PASSWORD');
    registerSecret(password);
    const secretHost = decode('POSTGRES_HOST')?.trim();
    for (const s of secretHost ? connectionSecrets(secretHost) : []) registerSecret(s);
    // The password is used exactly as the chart will read it; names and hosts tolerate stray whitespace.
    fromSecret = Object.fromEntries(
      [
        ['host', secretHost],
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
  if (!p.host) checkHost(rawHost, false);
  if (p.caFile && p.sslMode === 'disable')
    throw new TargetError(
      'postgres-sslmode is disable, but postgres-ca-file is set: a CA file asks for a verified TLS connection',
      'Remove postgres-ca-file to connect without TLS, or drop postgres-sslmode: disable (a CA file means verify-full).',
    );
  const { host, port } = splitHostPort(rawHost);
  const password = p.password ?? fromSecret.password;
  return {
    host,
    port: port ?? p.port ?? DEFAULT_PORT,
    database,
    user,
    ...(password !== undefined ? { password } : {}),
    sslMode: p.sslMode,
    ...(p.caFile ? { caFile: p.caFile } : {}),
  };
}

async function runProbe(ctx: PreflightContext, checkSignal: AbortSignal): Promise<Probe> {
  // The session ends with the check that opened it, or with the run's clients, whichever comes first.
  const signal = AbortSignal.any([checkSignal, ctx.closing]);
  const target = await resolveTarget(ctx, signal);
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
    return { target, tls, facts, ...(connection.downgraded ? { downgraded: true } : {}) };
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
    return {
      verdict: 'fail',
      finding: `pg_stat_statements ${ext.installedVersion} is created but not preloaded (${moduleSource(facts, 'pg_stat_statements', false, 'pg_stat_statements.max')}), so its view errors`,
      fix: preloadFix,
    };
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

/** Where the verdict on a module came from, for its finding. */
function moduleSource(facts: PostgresFacts, module: string, loaded: boolean, settingName: string): string {
  if (facts.sharedPreloadLibraries?.includes(module)) return 'in shared_preload_libraries';
  if (facts.sessionPreloadLibraries?.includes(module)) return 'in session_preload_libraries';
  if (facts.sharedPreloadLibraries) return 'not in shared_preload_libraries or session_preload_libraries';
  // This role may not read the lists: only a setting the module itself defined counts, not a placeholder's value.
  return loaded ? `${settingName} is defined by the module` : `${settingName} is not defined by a loaded module`;
}

export function autoExplain({ facts }: Probe): CheckOutcome {
  const fix = `Add auto_explain to shared_preload_libraries (${PARAMETER_GROUP}); it is a loadable module, not a CREATE EXTENSION.`;
  const source = moduleSource(facts, 'auto_explain', facts.autoExplainLoaded, 'auto_explain.log_min_duration');
  if (facts.autoExplainLoaded) return { verdict: 'pass', finding: `auto_explain is preloaded (${source})` };
  if (facts.autoExplainLoad === 'loaded')
    return {
      verdict: 'warn',
      finding: `auto_explain is installed (LOAD 'auto_explain' works) but not preloaded (${source}), so it explains nothing by itself`,
      fix,
    };
  if (facts.autoExplainLoad === 'missing')
    return { verdict: 'fail', finding: 'auto_explain is not installed on this server', fix: `Install the contrib modules, then: ${fix}` };
  return {
    verdict: 'fail',
    finding: `auto_explain is not preloaded (${source}${facts.autoExplainLoad === 'not-allowed' ? `; ${facts.user} may not LOAD it to test further` : ''})`,
    fix,
  };
}

const ENABLE_TLS = 'Enable TLS on the server (RDS offers it by default; rds.force_ssl = 1 enforces it)';

export function connectOutcome({ target, tls, downgraded, facts }: Probe): CheckOutcome {
  const finding = `PostgreSQL ${facts.serverVersion} at ${describeTarget(target)} ${tls}`;
  if (downgraded)
    return {
      verdict: 'warn',
      finding: `${finding}: the server, or anything between, answered that it has no TLS, and postgres-sslmode prefer then sent the login unencrypted`,
      fix: `${ENABLE_TLS}, then set postgres-ca-file (verified TLS, no fallback) or postgres-sslmode: require. prefer falls back to plain text as libpq does, which lets a man in the middle read the password.`,
    };
  if (!facts.ssl)
    return { verdict: 'warn', finding: `${finding} (postgres-sslmode ${target.sslMode})`, fix: `${ENABLE_TLS}, and drop postgres-sslmode: disable.` };
  return { verdict: 'pass', finding };
}

export function postgresChecks(): Check<PreflightContext>[] {
  return [
    {
      id: 'postgres.connect',
      group: 'postgres',
      title: 'Postgres accepts the Metadata Plane credentials',
      async run(ctx, signal) {
        try {
          return connectOutcome(await probe(ctx, signal));
        } catch (err) {
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
