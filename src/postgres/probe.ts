/**
 * What preflight needs to know about a Chalk database, gathered over one connection with queries
 * an unprivileged owner may run. Settings that need pg_read_all_settings are read when allowed;
 * otherwise the evidence comes from what any role can see (a loaded module's own settings in
 * pg_settings, the pg_cron scheduler's row in pg_stat_activity).
 *
 * A module's setting having a value proves nothing: `ALTER DATABASE/ROLE … SET`, a session SET
 * or an RDS parameter group create a placeholder with a value whether or not the module is
 * loaded. Placeholders are not in pg_settings; the preload lists are the authority when readable.
 */
import type { Client } from 'pg';

export interface ExtensionState {
  available: boolean;
  installedVersion?: string;
}

export interface PostgresFacts {
  serverVersion: string;
  user: string;
  database: string;
  superuser: boolean;
  /** Since PostgreSQL 15 only the owner of schema public may create in it by default; the migrations need to. */
  canCreateInPublic: boolean;
  ssl: boolean;
  extensions: Record<'pg_stat_statements' | 'pg_cron', ExtensionState>;
  /** undefined when this role may not read it. */
  sharedPreloadLibraries?: string[];
  sessionPreloadLibraries?: string[];
  /** In the preload lists (when readable), else pg_stat_statements.max is a real setting (see moduleLoaded). */
  pgStatStatementsLoaded: boolean;
  /** In the preload lists (when readable), else auto_explain.log_min_duration is a real setting. */
  autoExplainLoaded: boolean;
  /** The database pg_cron's scheduler runs in (cron.database_name), when it runs. */
  cronDatabase?: string;
  /** Result of `LOAD 'auto_explain'` when it is not preloaded. */
  autoExplainLoad?: 'loaded' | 'not-allowed' | 'missing' | string;
}

async function optional<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch {
    return undefined;
  }
}

const setting = async (client: Client, name: string): Promise<string | undefined> =>
  optional(async () => (await client.query<{ v: string | null }>('SELECT current_setting($1, true) AS v', [name])).rows[0]?.v ?? undefined);

/** `'$libdir/pg_stat_statements.so', "auto_explain"` → module names as LOAD takes them. */
const splitList = (v: string): string[] =>
  v
    .split(',')
    .map((s) =>
      s
        .trim()
        .replace(/^"|"$/g, '')
        .replace(/^.*\//, '')
        .replace(/\.(so|dylib|dll)$/, ''),
    )
    .filter(Boolean);

/** What says whether a module is loaded in the sessions of this database and role. */
export interface ModuleEvidence {
  /** shared_preload_libraries and session_preload_libraries, undefined when this role may not read them. */
  sharedPreload?: string[];
  sessionPreload?: string[];
  /** The module's own setting is in pg_settings, i.e. defined by the loaded module, not a placeholder. */
  settingDefined: boolean;
}

/**
 * The preload lists decide when this role may read them (shared, plus session: both load the
 * module at the start of every session); otherwise only a setting the module really defined
 * counts, never a value that may belong to a placeholder.
 */
export function moduleLoaded(module: string, e: ModuleEvidence): boolean {
  if (e.sharedPreload !== undefined) return e.sharedPreload.includes(module) || (e.sessionPreload?.includes(module) ?? false);
  return e.settingDefined;
}

/** Whether `name` is a real setting of this session: pg_settings omits placeholders. */
const defined = async (client: Client, name: string): Promise<boolean> =>
  (await optional(async () => ((await client.query('SELECT 1 FROM pg_settings WHERE name = $1', [name])).rowCount ?? 0) > 0)) ?? false;

type Preloads = Pick<ModuleEvidence, 'sharedPreload' | 'sessionPreload'>;

async function preloads(client: Client): Promise<Preloads> {
  const shared = await setting(client, 'shared_preload_libraries');
  const session = await setting(client, 'session_preload_libraries');
  return {
    ...(shared !== undefined ? { sharedPreload: splitList(shared) } : {}),
    ...(session !== undefined ? { sessionPreload: splitList(session) } : {}),
  };
}

/** The evidence for a module whose setting `moduleSetting` exists once it is loaded. */
export async function moduleEvidence(client: Client, moduleSetting: string, lists?: Preloads): Promise<ModuleEvidence> {
  return { ...(lists ?? (await preloads(client))), settingDefined: await defined(client, moduleSetting) };
}

export async function probePostgres(client: Client): Promise<PostgresFacts> {
  const base = (
    await client.query<{ version: string; usr: string; db: string; superuser: boolean; can_create_public: boolean; ssl: boolean | null }>(
      `SELECT current_setting('server_version') AS version, current_user AS usr, current_database() AS db,
              (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
              has_schema_privilege('public', 'CREATE') AS can_create_public,
              (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()) AS ssl`,
    )
  ).rows[0]!;
  const ext = await client.query<{ name: string; installed_version: string | null }>(
    `SELECT name, installed_version FROM pg_available_extensions WHERE name = ANY($1)`,
    [['pg_stat_statements', 'pg_cron']],
  );
  const extension = (name: string): ExtensionState => {
    const row = ext.rows.find((r) => r.name === name);
    return row ? { available: true, ...(row.installed_version ? { installedVersion: row.installed_version } : {}) } : { available: false };
  };
  // Gathered before the LOAD below, which would define auto_explain's settings in this session.
  const lists = await preloads(client);
  const pgss = await moduleEvidence(client, 'pg_stat_statements.max', lists);
  const autoExplainEvidence = await moduleEvidence(client, 'auto_explain.log_min_duration', lists);
  // cron.database_name as a real setting only: a placeholder's value would name a database no scheduler serves.
  const cronDatabase =
    (await optional(
      async () => (await client.query<{ setting: string }>(`SELECT setting FROM pg_settings WHERE name = 'cron.database_name'`)).rows[0]?.setting,
    )) ??
    (await optional(
      async () =>
        (
          await client.query<{ datname: string }>(
            `SELECT datname FROM pg_stat_activity WHERE application_name = 'pg_cron scheduler' OR backend_type = 'pg_cron launcher' LIMIT 1`,
          )
        ).rows[0]?.datname,
    ));
  const autoExplainLoaded = moduleLoaded('auto_explain', autoExplainEvidence);
  let autoExplainLoad: PostgresFacts['autoExplainLoad'];
  if (!autoExplainLoaded) {
    try {
      await client.query(`LOAD 'auto_explain'`);
      autoExplainLoad = 'loaded';
    } catch (err) {
      const m = (err as Error).message;
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
