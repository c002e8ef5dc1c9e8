/**
 * The job's ledger of kept logins (KEPT_LOGINS_ENV): `{"<registry config>": ["<host>", …]}`, the
 * hosts a helm-login step with skip-logout logged in to. Each step's state is its own, but steps can
 * share one config: the ledger lets any step's post leave another step's kept logins (and the file
 * that holds them) in place.
 */

type Ledger = Record<string, string[]>;

function parse(ledger: string | undefined): Ledger {
  try {
    const value = JSON.parse(ledger || '{}') as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([config, hosts]) => [
        config,
        Array.isArray(hosts) ? hosts.filter((h): h is string => typeof h === 'string') : [],
      ]),
    );
  } catch {
    return {};
  }
}

/** The hosts kept in `config` by the steps so far. */
export function keptLogins(ledger: string | undefined, config: string): string[] {
  return parse(ledger)[config] ?? [];
}

/** The ledger with `hosts` kept in `config` too. */
export function keepLogins(ledger: string | undefined, config: string, hosts: readonly string[]): string {
  const all = parse(ledger);
  all[config] = [...new Set([...(all[config] ?? []), ...hosts])];
  return JSON.stringify(all);
}
