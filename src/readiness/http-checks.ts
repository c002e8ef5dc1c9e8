/**
 * The guide's "visit the frontend_host" as HTTP checks: a GET of each URL (redirects are not
 * followed), its status compared with the expected one. A failure says what kind it is — the name
 * does not resolve, the connection is refused, no answer in time, the TLS certificate is not
 * trusted (with OpenSSL's code), or another status — so a DNS record, a firewall and a certificate
 * problem each read as such.
 */
import { readFile } from 'node:fs/promises';
import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupFunction } from 'node:net';
import { parse } from 'yaml';
import { ReadinessError } from './errors.js';
import type { HttpCheck, HttpCheckResult, HttpFailureKind } from './types.js';

export const HTTP_CHECK_DEFAULTS = { timeoutMs: 10_000, waitMs: 0 } as const;
const RETRY_INTERVAL_MS = 3_000;

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME']);
const TLS_TRUST_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const invalid = (message: string): ReadinessError =>
  new ReadinessError(
    'invalid-http-check',
    message,
    'Write http-checks as a YAML list of URLs, or of maps with url and optional status (a code or a list), timeout (e.g. 10s), ca-file and wait (e.g. 2m).',
  );

/** `10`, `10s`, `500ms`, `2m`: a duration in milliseconds. */
function duration(value: unknown, where: string): number {
  const m = /^(\d{1,9}(?:\.\d{1,6})?)\s*(ms|s|m|h)?$/.exec(String(value).trim());
  if (!m) throw invalid(`${where} must be a duration such as 10s or 2m, not ${JSON.stringify(value)}.`);
  return Math.round(Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h']);
}

function checkUrl(value: unknown, where: string): string {
  let url: URL | undefined;
  try {
    url = new URL(String(value));
  } catch {
    url = undefined;
  }
  if (typeof value !== 'string' || !url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname)
    throw invalid(`${where} is not an http(s) URL: ${JSON.stringify(value)}.`);
  return value;
}

/**
 * The checks of an `http-checks` input (a YAML list); `resolvePath` turns a ca-file into a path
 * (relative to the workspace in an action).
 */
export function parseHttpChecks(text: string, resolvePath: (path: string) => string = (p) => p): HttpCheck[] {
  if (!text.trim()) return [];
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    throw invalid(`http-checks is not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  const items = Array.isArray(doc) ? doc : [doc];
  return items.map((item, i): HttpCheck => {
    const where = `http-checks[${i}]`;
    if (typeof item === 'string') return { url: checkUrl(item, where), expectedStatus: [], ...HTTP_CHECK_DEFAULTS };
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw invalid(`${where} must be a URL or a map with a url.`);
    const map = item as Record<string, unknown>;
    const unknown = Object.keys(map).filter((k) => !['url', 'status', 'timeout', 'ca-file', 'wait'].includes(k));
    if (unknown.length)
      throw invalid(`${where} has unknown key${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; known: url, status, timeout, ca-file, wait.`);
    const statuses = map.status === undefined ? [] : Array.isArray(map.status) ? map.status : [map.status];
    const expectedStatus = statuses.map((s) => {
      const code = Number(s);
      if (!Number.isInteger(code) || code < 100 || code > 599) throw invalid(`${where}.status must be HTTP status codes (100-599), not ${JSON.stringify(s)}.`);
      return code;
    });
    const caFile = map['ca-file'];
    if (caFile !== undefined && (typeof caFile !== 'string' || !caFile)) throw invalid(`${where}.ca-file must be a file path.`);
    return {
      url: checkUrl(map.url, `${where}.url`),
      expectedStatus,
      timeoutMs: map.timeout === undefined ? HTTP_CHECK_DEFAULTS.timeoutMs : duration(map.timeout, `${where}.timeout`),
      waitMs: map.wait === undefined ? HTTP_CHECK_DEFAULTS.waitMs : duration(map.wait, `${where}.wait`),
      ...(caFile ? { caFile: resolvePath(caFile) } : {}),
    };
  });
}

interface Attempt {
  status?: number;
  failure?: HttpFailureKind;
  message: string;
}

const hostOf = (url: URL): string => `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`;

export function classifyHttpError(err: NodeJS.ErrnoException, url: URL, timeoutMs: number): Attempt {
  const code = err.code ?? '';
  if (code === 'ETIMEDOUT') return { failure: 'timeout', message: `no answer from ${hostOf(url)} within ${timeoutMs / 1000} s` };
  if (DNS_CODES.has(code)) return { failure: 'dns', message: `DNS: ${url.hostname} does not resolve (${code})` };
  if (code === 'ECONNREFUSED') return { failure: 'refused', message: `connection refused by ${hostOf(url)}` };
  if (TLS_TRUST_CODES.has(code)) return { failure: 'tls', message: `TLS: the certificate of ${hostOf(url)} is not trusted (${code}: ${err.message})` };
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || code === 'EPROTO')
    return { failure: 'tls', message: `TLS: the handshake with ${hostOf(url)} failed (${code}: ${err.message})` };
  return { failure: 'connection', message: `${hostOf(url)}: ${code ? `${code}: ` : ''}${err.message}` };
}

function attempt(check: HttpCheck, ca: Buffer | undefined, lookup: LookupFunction | undefined): Promise<Attempt> {
  const url = new URL(check.url);
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = transport.request(
      url,
      { method: 'GET', agent: false, headers: { 'user-agent': 'chalk-actions-verify' }, ...(ca ? { ca } : {}), ...(lookup ? { lookup } : {}) },
      (res) => {
        res.resume();
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, message: `HTTP ${res.statusCode}` });
        req.destroy();
      },
    );
    // One limit for the whole exchange, DNS and TLS included.
    const timer = setTimeout(() => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), check.timeoutMs);
    req.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(classifyHttpError(err, url, check.timeoutMs));
    });
    req.end();
  });
}

const accepted = (status: number, expected: readonly number[]): boolean => (expected.length ? expected.includes(status) : status < 400);

export interface HttpCheckOptions {
  /** Replaces DNS resolution (tests). */
  lookup?: LookupFunction;
  /** The wait's deadline (epoch ms): retries stop there even if the check's own wait is longer. */
  deadline?: number;
}

/** Runs one check, retrying every few seconds while its `wait` lasts. */
export async function runHttpCheck(check: HttpCheck, options: HttpCheckOptions = {}): Promise<HttpCheckResult> {
  const started = performance.now();
  const result = (verdict: HttpCheckResult['verdict'], a: Attempt): HttpCheckResult => ({
    url: check.url,
    verdict,
    ...(a.failure ? { failure: a.failure } : {}),
    ...(a.status !== undefined ? { status: a.status } : {}),
    message: a.message,
    durationMs: Math.round(performance.now() - started),
  });
  let ca: Buffer | undefined;
  if (check.caFile) {
    try {
      ca = await readFile(check.caFile);
    } catch (err) {
      return result('fail', { failure: 'tls', message: `the CA file ${check.caFile} cannot be read: ${(err as Error).message}` });
    }
  }
  const until = Math.min(Date.now() + check.waitMs, options.deadline ?? Infinity);
  for (;;) {
    const a = await attempt(check, ca, options.lookup);
    const ok = a.status !== undefined && accepted(a.status, check.expectedStatus);
    const outcome: Attempt =
      ok || a.status === undefined
        ? a
        : {
            ...a,
            failure: 'status',
            message: `expected ${check.expectedStatus.length ? check.expectedStatus.join(' or ') : 'a status below 400'}, got ${a.status}`,
          };
    if (ok) return result('pass', outcome);
    if (Date.now() + RETRY_INTERVAL_MS > until) return result('fail', outcome);
    await new Promise((r) => setTimeout(r, RETRY_INTERVAL_MS));
  }
}
