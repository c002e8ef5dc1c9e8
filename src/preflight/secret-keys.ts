/**
 * Which required keys a Secret lacks, judged from key names and value lengths only: values are
 * never decoded into anything that is kept or printed. Near misses (the guide's own
 * GOOGLE_CLIENT_SECREET typo, lower case, stray spaces) and a whole .env file stored under one key
 * (`--from-file` instead of `--from-env-file`) are named so the fix is obvious.
 */
import { editDistance } from '../config/node-rules.js';

export interface SecretKeyReport {
  present: string[];
  missing: string[];
  empty: string[];
  /** Key found → the required key it was probably meant to be. */
  nearMisses: { found: string; meant: string }[];
  /** Keys that look like a whole env file (`oidc.env`) and the required keys found inside it. */
  envFiles: { key: string; contains: string[] }[];
}

const normalise = (key: string): string => key.toUpperCase().replace(/[^A-Z0-9]/g, '');

function meantKey(found: string, missing: readonly string[]): string | undefined {
  const n = normalise(found);
  return missing.find((m) => normalise(m) === n) ?? missing.find((m) => editDistance(normalise(m), n) <= 2);
}

/** Key names of `KEY=value` lines in a base64 env file; the values are dropped as soon as the line is split. */
function envFileKeys(base64: string): string[] {
  return Buffer.from(base64, 'base64')
    .toString('utf8')
    .split(/\r?\n/)
    .map((line) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1])
    .filter((k): k is string => Boolean(k));
}

/** `data` is the Secret's base64 data as the API returns it. */
export function inspectSecretKeys(data: Record<string, string> | undefined, required: readonly string[]): SecretKeyReport {
  const entries = Object.entries(data ?? {});
  const keys = new Set(entries.map(([k]) => k));
  // A value of only whitespace is as useless as none; the length check never keeps the value.
  const isEmpty = (b64: string): boolean => Buffer.from(b64, 'base64').toString('utf8').trim().length === 0;
  const present = required.filter((k) => keys.has(k) && !isEmpty(data![k]!));
  const empty = required.filter((k) => keys.has(k) && isEmpty(data![k]!));
  const missing = required.filter((k) => !keys.has(k));
  const extra = entries.filter(([k]) => !required.includes(k));
  const nearMisses = extra.flatMap(([found]) => {
    const meant = meantKey(found, missing);
    return meant ? [{ found, meant }] : [];
  });
  const envFiles = extra
    .filter(([k]) => /\.env$/i.test(k))
    .map(([key, value]) => ({ key, contains: envFileKeys(value).filter((k) => required.includes(k) || meantKey(k, required)) }))
    .filter((f) => f.contains.length > 0);
  return { present, missing, empty, nearMisses, envFiles };
}
