/**
 * POSTGRES_HOST (or the postgres-host input) must be a host name, optionally with :port. A
 * connection URL (`postgres://user:pass@host/db`) or a libpq keyword string pasted there carries
 * the password: `connectionSecrets` finds it so it is masked before anything can print the value,
 * and `notAHost` says what the value is without repeating it.
 */

export type NotAHost = 'url' | 'keywords' | 'invalid';

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** `host=db password=…`: libpq's keyword/value form. */
const KEYWORD = /(?:^|\s)[a-z_]+\s*=/i;
/** A DNS name or IPv4 address, a bracketed or bare IPv6 address, each with an optional :port. */
const HOST = /^(?:[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.?|\[[0-9a-f:.%\p{L}\p{N}]+\]|[0-9a-f]*:[0-9a-f:.]+)(?::\d{1,5})?$/iu;

function withDecoded(values: (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    if (!v) continue;
    out.add(v);
    try {
      out.add(decodeURIComponent(v));
    } catch {
      // Not percent-encoded after all: the raw form is registered.
    }
  }
  return [...out];
}

/**
 * The password-like parts of a connection URL or keyword string, raw and percent-decoded: the
 * URL's user-info after the first `:` (up to the last `@`, so an unencoded `@` or `/` in the
 * password is still covered) and any `password=` / `sslpassword=` parameter. [] for a plain host.
 */
export function connectionSecrets(value: string): string[] {
  const parts: (string | undefined)[] = [];
  const scheme = URL_SCHEME.exec(value);
  if (scheme) {
    const rest = value.slice(scheme[0].length);
    const at = rest.lastIndexOf('@');
    const userInfo = at >= 0 ? rest.slice(0, at) : '';
    const colon = userInfo.indexOf(':');
    if (colon >= 0) parts.push(userInfo.slice(colon + 1));
  }
  for (const m of value.matchAll(/(?:^|[?&\s])(?:ssl)?password\s*=\s*('(?:[^'\\]|\\.)*'|[^&\s]*)/gi)) parts.push(m[1]!.replace(/^'(.*)'$/s, '$1'));
  return withDecoded(parts);
}

/** Why `value` is not a host name, or undefined when it is one. */
export function notAHost(value: string): NotAHost | undefined {
  if (URL_SCHEME.test(value)) return 'url';
  if (KEYWORD.test(value)) return 'keywords';
  return HOST.test(value) ? undefined : 'invalid';
}

/** What the value looks like, for a finding that must not repeat it. */
export const NOT_A_HOST: Record<NotAHost, string> = {
  url: 'looks like a connection URL',
  keywords: 'looks like a libpq connection string (keyword=value)',
  invalid: 'is not a host name or host:port',
};
