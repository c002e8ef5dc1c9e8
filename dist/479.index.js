export const id = 479;
export const ids = [479];
export const modules = {

/***/ 91479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  autoExplain: () => (/* binding */ autoExplain),
  connectOutcome: () => (/* binding */ connectOutcome),
  pgCron: () => (/* binding */ pgCron),
  pgStatStatements: () => (/* binding */ pgStatStatements),
  postgresChecks: () => (/* binding */ postgresChecks)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(36741);
// EXTERNAL MODULE: ./src/postgres/host.ts
var postgres_host = __webpack_require__(44705);
;// CONCATENATED MODULE: ./src/postgres/probe.ts
async function optional(fn) {
    try {
        return await fn();
    }
    catch {
        return undefined;
    }
}
const setting = async (client, name) => optional(async () => (await client.query('SELECT current_setting($1, true) AS v', [name])).rows[0]?.v ?? undefined);
/** `'$libdir/pg_stat_statements.so', "auto_explain"` → module names as LOAD takes them. */
const splitList = (v) => v
    .split(',')
    .map((s) => s
    .trim()
    .replace(/^"|"$/g, '')
    .replace(/^.*\//, '')
    .replace(/\.(so|dylib|dll)$/, ''))
    .filter(Boolean);
/**
 * The preload lists decide when this role may read them (shared, plus session: both load the
 * module at the start of every session); otherwise only a setting the module really defined
 * counts, never a value that may belong to a placeholder.
 */
function moduleLoaded(module, e) {
    if (e.sharedPreload !== undefined)
        return e.sharedPreload.includes(module) || (e.sessionPreload?.includes(module) ?? false);
    return e.settingDefined;
}
/** Whether `name` is a real setting of this session: pg_settings omits placeholders. */
const defined = async (client, name) => (await optional(async () => ((await client.query('SELECT 1 FROM pg_settings WHERE name = $1', [name])).rowCount ?? 0) > 0)) ?? false;
async function preloads(client) {
    const shared = await setting(client, 'shared_preload_libraries');
    const session = await setting(client, 'session_preload_libraries');
    return {
        ...(shared !== undefined ? { sharedPreload: splitList(shared) } : {}),
        ...(session !== undefined ? { sessionPreload: splitList(session) } : {}),
    };
}
/** The evidence for a module whose setting `moduleSetting` exists once it is loaded. */
async function moduleEvidence(client, moduleSetting, lists) {
    return { ...(lists ?? (await preloads(client))), settingDefined: await defined(client, moduleSetting) };
}
async function probePostgres(client) {
    const base = (await client.query(`SELECT current_setting('server_version') AS version, current_user AS usr, current_database() AS db,
              (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
              has_schema_privilege('public', 'CREATE') AS can_create_public,
              (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()) AS ssl`)).rows[0];
    const ext = await client.query(`SELECT name, installed_version FROM pg_available_extensions WHERE name = ANY($1)`, [['pg_stat_statements', 'pg_cron']]);
    const extension = (name) => {
        const row = ext.rows.find((r) => r.name === name);
        return row ? { available: true, ...(row.installed_version ? { installedVersion: row.installed_version } : {}) } : { available: false };
    };
    // Gathered before the LOAD below, which would define auto_explain's settings in this session.
    const lists = await preloads(client);
    const pgss = await moduleEvidence(client, 'pg_stat_statements.max', lists);
    const autoExplainEvidence = await moduleEvidence(client, 'auto_explain.log_min_duration', lists);
    // cron.database_name as a real setting only: a placeholder's value would name a database no scheduler serves.
    const cronDatabase = (await optional(async () => (await client.query(`SELECT setting FROM pg_settings WHERE name = 'cron.database_name'`)).rows[0]?.setting)) ??
        (await optional(async () => (await client.query(`SELECT datname FROM pg_stat_activity WHERE application_name = 'pg_cron scheduler' OR backend_type = 'pg_cron launcher' LIMIT 1`)).rows[0]?.datname));
    const autoExplainLoaded = moduleLoaded('auto_explain', autoExplainEvidence);
    let autoExplainLoad;
    if (!autoExplainLoaded) {
        try {
            await client.query(`LOAD 'auto_explain'`);
            autoExplainLoad = 'loaded';
        }
        catch (err) {
            const m = err.message;
            autoExplainLoad = /not allowed|permission/i.test(m) ? 'not-allowed' : /could not access file|no such file/i.test(m) ? 'missing' : m;
        }
    }
    return {
        serverVersion: base.version,
        user: base.usr,
        database: base.db,
        superuser: base.superuser,
        canCreateInPublic: base.can_create_public,
        ssl: base.ssl === true,
        extensions: { pg_stat_statements: extension('pg_stat_statements'), pg_cron: extension('pg_cron') },
        ...(lists.sharedPreload ? { sharedPreloadLibraries: lists.sharedPreload } : {}),
        ...(lists.sessionPreload ? { sessionPreloadLibraries: lists.sessionPreload } : {}),
        pgStatStatementsLoaded: moduleLoaded('pg_stat_statements', pgss),
        autoExplainLoaded,
        ...(cronDatabase ? { cronDatabase } : {}),
        ...(autoExplainLoad ? { autoExplainLoad } : {}),
    };
}

// EXTERNAL MODULE: ./src/report/secrets.ts
var secrets = __webpack_require__(67663);
// EXTERNAL MODULE: ./src/preflight/context.ts
var context = __webpack_require__(77212);
// EXTERNAL MODULE: ./src/checks/failure.ts
var failure = __webpack_require__(71895);
;// CONCATENATED MODULE: ./src/preflight/postgres-checks.ts
/**
 * The `postgres` group (opt-in): the guide's "Amazon RDS (PostgreSQL)" — the database and user
 * of metadata-plane-secrets (or the inputs) accept a connection, over TLS when the server offers
 * it, and the extensions are in place: pg_stat_statements and pg_cron created (both preloaded),
 * auto_explain preloaded (it is a module, not an extension).
 */







/** The Postgres target the inputs describe is not usable as given (before any connection). */
class TargetError extends errors/* ChalkError */.E {
    boundary = 'postgres';
    constructor(message, fix) {
        super('input', message, fix);
    }
}
/** `host:5433` or `[::1]:5433` → host and port; otherwise the host as given. */
function splitHostPort(raw) {
    const m = /^\[([^\]]+)\]:(\d+)$/.exec(raw) ?? /^([^:]+):(\d+)$/.exec(raw);
    return m ? { host: m[1], port: Number(m[2]) } : { host: raw.replace(/^\[|\]$/g, '') };
}
/** Rejects a POSTGRES_HOST that is not a host (a URL carries the password), naming where it came from but never echoing it. */
function checkHost(raw, fromInput) {
    const what = (0,postgres_host/* notAHost */.Fd)(raw);
    if (!what)
        return;
    const where = fromInput ? 'input postgres-host' : `key POSTGRES_HOST of Secret ${context/* METADATA_SECRET */.fP}`;
    const rest = fromInput
        ? 'the port, database, user and password in postgres-port, postgres-database, postgres-user and postgres-password'
        : 'the database, user and password in POSTGRES_DB, POSTGRES_USER and POSTGRES_PASSWORD';
    throw new TargetError(`${where} ${postgres_host/* NOT_A_HOST */.Dv[what]}, not a host name (its value is not shown)`, `Set ${where} to the host name alone, e.g. mydb.abc123.us-east-1.rds.amazonaws.com or host:5432, and give ${rest}.${what === 'invalid' ? '' : ' If the value held a password, rotate it: it may have been logged elsewhere.'}`);
}
/** Inputs win; whatever they leave out comes from metadata-plane-secrets, as the chart would read it. */
async function resolveTarget(ctx, signal) {
    const p = ctx.settings.postgres;
    // createContext already masked any password in the input; this covers a direct caller too.
    if (p.host)
        for (const s of (0,postgres_host/* connectionSecrets */.K$)(p.host))
            (0,secrets/* registerSecret */.cl)(s);
    if (p.host)
        checkHost(p.host, true);
    let fromSecret = {};
    if (!p.host || !p.database || !p.user || p.password === undefined) {
        const secret = await ctx.secret(context/* METADATA_SECRET */.fP, signal);
        if (!secret)
            throw new TargetError(`secret ${context/* METADATA_SECRET */.fP} does not exist in namespace ${ctx.settings.namespace} and the postgres-* inputs do not name every setting`, 'Create the secret (see the secrets group) or set postgres-host, postgres-database, postgres-user and postgres-password.');
        const decode = (key) => {
            const b64 = secret.data?.[key];
            return b64 === undefined ? undefined : Buffer.from(b64, 'base64').toString('utf8');
        };
        // Masked before anything else happens: the password, and any password pasted into POSTGRES_HOST as a URL.
        const password = decode('POSTGRES_PASSWORD');
        (0,secrets/* registerSecret */.cl)(password);
        const secretHost = decode('POSTGRES_HOST')?.trim();
        for (const s of secretHost ? (0,postgres_host/* connectionSecrets */.K$)(secretHost) : [])
            (0,secrets/* registerSecret */.cl)(s);
        // The password is used exactly as the chart will read it; names and hosts tolerate stray whitespace.
        fromSecret = Object.fromEntries([
            ['host', secretHost],
            ['database', decode('POSTGRES_DB')?.trim()],
            ['user', decode('POSTGRES_USER')?.trim()],
            ['password', password],
        ].filter((e) => Boolean(e[1])));
    }
    const rawHost = p.host ?? fromSecret.host;
    const database = p.database ?? fromSecret.database;
    const user = p.user ?? fromSecret.user;
    const missing = [!rawHost && 'POSTGRES_HOST', !database && 'POSTGRES_DB', !user && 'POSTGRES_USER'].filter(Boolean);
    if (missing.length || !rawHost || !database || !user)
        throw new TargetError(`no ${missing.join(', ')} in ${context/* METADATA_SECRET */.fP} or the inputs`, `Add ${missing.join(', ')} to ${context/* METADATA_SECRET */.fP} (see the secrets group).`);
    if (!p.host)
        checkHost(rawHost, false);
    if (p.caFile && p.sslMode === 'disable')
        throw new TargetError('postgres-sslmode is disable, but postgres-ca-file is set: a CA file asks for a verified TLS connection', 'Remove postgres-ca-file to connect without TLS, or drop postgres-sslmode: disable (a CA file means verify-full).');
    const { host, port } = splitHostPort(rawHost);
    const password = p.password ?? fromSecret.password;
    return {
        host,
        port: port ?? p.port ?? connect/* DEFAULT_PORT */.Wg,
        database,
        user,
        ...(password !== undefined ? { password } : {}),
        sslMode: p.sslMode,
        ...(p.caFile ? { caFile: p.caFile } : {}),
    };
}
async function runProbe(ctx, checkSignal) {
    // The session ends with the check that opened it, or with the run's clients, whichever comes first.
    const signal = AbortSignal.any([checkSignal, ctx.closing]);
    const target = await resolveTarget(ctx, signal);
    // Under the check's own limit, so a silent server is reported as a Postgres timeout, not a generic one.
    const timeoutMs = Math.max(1000, Math.min(15_000, ctx.settings.checkTimeoutMs - 1000));
    let connection;
    try {
        connection = await (0,connect/* connectPostgres */.Mq)(target, timeoutMs, signal);
    }
    catch (err) {
        if (err instanceof connect/* PostgresError */.Yj && err.kind === 'no-database') {
            // Tell a missing database from a bad login: the same credentials against the maintenance database.
            const other = await (0,connect/* connectPostgres */.Mq)({ ...target, database: 'postgres' }, timeoutMs, signal).catch(() => undefined);
            await other?.client.end();
            if (other)
                throw new connect/* PostgresError */.Yj('no-database', `user ${target.user} can log in, but database ${target.database} does not exist`, err.fix);
        }
        throw err;
    }
    try {
        const facts = await probePostgres(connection.client);
        const tls = !facts.ssl ? 'without TLS' : connection.tls === 'verified' ? 'over TLS (certificate verified)' : 'over TLS (certificate not verified)';
        return { target, tls, facts, ...(connection.downgraded ? { downgraded: true } : {}) };
    }
    finally {
        await connection.client.end().catch(() => { });
    }
}
const probes = new WeakMap();
/** One connection for the whole group: the first check opens it, the others read its facts. */
function probe(ctx, signal) {
    let p = probes.get(ctx);
    if (!p) {
        p = runProbe(ctx, signal);
        probes.set(ctx, p);
    }
    return p;
}
async function withFacts(ctx, signal, judge) {
    try {
        return judge(await probe(ctx, signal));
    }
    catch (err) {
        return (0,failure/* failure */.V)(err);
    }
}
const PARAMETER_GROUP = 'RDS: the DB parameter group, then reboot';
function pgStatStatements({ facts }) {
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
function pgCron({ facts }) {
    const ext = facts.extensions.pg_cron;
    const preloaded = facts.cronDatabase !== undefined || facts.sharedPreloadLibraries?.includes('pg_cron') === true;
    const preloadFix = `Add pg_cron to shared_preload_libraries and set cron.database_name = '${facts.database}' (${PARAMETER_GROUP}).`;
    if (!ext.available)
        return {
            verdict: 'fail',
            finding: 'pg_cron is not available on this server',
            fix: `Install pg_cron (RDS has it from PostgreSQL 12.5), then: ${preloadFix}`,
        };
    if (ext.installedVersion)
        return { verdict: 'pass', finding: `pg_cron ${ext.installedVersion} created in database ${facts.database}` };
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
function moduleSource(facts, module, loaded, settingName) {
    if (facts.sharedPreloadLibraries?.includes(module))
        return 'in shared_preload_libraries';
    if (facts.sessionPreloadLibraries?.includes(module))
        return 'in session_preload_libraries';
    if (facts.sharedPreloadLibraries)
        return 'not in shared_preload_libraries or session_preload_libraries';
    // This role may not read the lists: only a setting the module itself defined counts, not a placeholder's value.
    return loaded ? `${settingName} is defined by the module` : `${settingName} is not defined by a loaded module`;
}
function autoExplain({ facts }) {
    const fix = `Add auto_explain to shared_preload_libraries (${PARAMETER_GROUP}); it is a loadable module, not a CREATE EXTENSION.`;
    const source = moduleSource(facts, 'auto_explain', facts.autoExplainLoaded, 'auto_explain.log_min_duration');
    if (facts.autoExplainLoaded)
        return { verdict: 'pass', finding: `auto_explain is preloaded (${source})` };
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
function connectOutcome({ target, tls, downgraded, facts }) {
    const finding = `PostgreSQL ${facts.serverVersion} at ${(0,connect/* describeTarget */.ff)(target)} ${tls}`;
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
function postgresChecks() {
    return [
        {
            id: 'postgres.connect',
            group: 'postgres',
            title: 'Postgres accepts the Metadata Plane credentials',
            async run(ctx, signal) {
                try {
                    return connectOutcome(await probe(ctx, signal));
                }
                catch (err) {
                    return (0,failure/* failure */.V)(err);
                }
            },
        },
        {
            id: 'postgres.database',
            group: 'postgres',
            title: 'Database and user can run the migrations',
            after: ['postgres.connect'],
            run: (ctx, signal) => withFacts(ctx, signal, ({ facts }) => facts.canCreateInPublic || facts.superuser
                ? { verdict: 'pass', finding: `user ${facts.user} may create tables in ${facts.database}` }
                : {
                    verdict: 'warn',
                    finding: `user ${facts.user} may not create in schema public of ${facts.database}`,
                    fix: `ALTER DATABASE ${facts.database} OWNER TO ${facts.user}; or GRANT CREATE ON SCHEMA public TO ${facts.user};`,
                }),
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


/***/ })

};
