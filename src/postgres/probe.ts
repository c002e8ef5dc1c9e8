/**
 * What preflight needs to know about a Chalk database, gathered over one connection with queries
 * an unprivileged owner may run. Settings that need pg_read_all_settings are read when allowed;
 * otherwise the evidence comes from what any role can see (a preloaded module's own settings,
 * the pg_cron scheduler's row in pg_stat_activity).
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
  canCreateInDatabase: boolean;
  /** Since PostgreSQL 15 only the owner of schema public may create in it by default; the migrations need to. */
  canCreateInPublic: boolean;
  ssl: boolean;
  extensions: Record<'pg_stat_statements' | 'pg_cron', ExtensionState>;
  /** undefined when this role may not read it. */
  sharedPreloadLibraries?: string[];
  /** pg_stat_statements' own setting exists only when the library is preloaded. */
  pgStatStatementsLoaded: boolean;
  /** auto_explain's settings exist in this session only when it is preloaded (shared or session). */
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

const splitList = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim().replace(/^"|"$/g, ''))
    .filter(Boolean);

export async function probePostgres(client: Client): Promise<PostgresFacts> {
  const base = (
    await client.query<{ version: string; usr: string; db: string; superuser: boolean; can_create: boolean; can_create_public: boolean; ssl: boolean | null }>(
      `SELECT current_setting('server_version') AS version, current_user AS usr, current_database() AS db,
              (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
              has_database_privilege(current_database(), 'CREATE') AS can_create,
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
  const preload = await setting(client, 'shared_preload_libraries');
  const cronDatabase =
    (await setting(client, 'cron.database_name')) ??
    (await optional(
      async () =>
        (
          await client.query<{ datname: string }>(
            `SELECT datname FROM pg_stat_activity WHERE application_name = 'pg_cron scheduler' OR backend_type = 'pg_cron launcher' LIMIT 1`,
          )
        ).rows[0]?.datname,
    ));
  const autoExplainLoaded = (await setting(client, 'auto_explain.log_min_duration')) !== undefined;
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
    canCreateInDatabase: base.can_create,
    canCreateInPublic: base.can_create_public,
    ssl: base.ssl === true,
    extensions: { pg_stat_statements: extension('pg_stat_statements'), pg_cron: extension('pg_cron') },
    ...(preload !== undefined ? { sharedPreloadLibraries: splitList(preload) } : {}),
    pgStatStatementsLoaded: (await setting(client, 'pg_stat_statements.max')) !== undefined,
    autoExplainLoaded,
    ...(cronDatabase ? { cronDatabase } : {}),
    ...(autoExplainLoad ? { autoExplainLoad } : {}),
  };
}
