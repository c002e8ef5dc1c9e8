/**
 * The one place secrets are registered. Every value registered here is masked by the runner
 * (`::add-mask::`) and redacted by `redact` before any report, summary, comment or output is
 * written, so a secret cannot leak through a path that forgets to call `core.setSecret`.
 */
import * as core from '@actions/core';
import { oneLine } from './text.js';

const secrets = new Set<string>();
const weak = new Set<string>();

/** Masks `value` in the runner's logs and remembers it for `redact`. Empty values are ignored. */
export function registerSecret(value: string | undefined): void {
  if (!value) return;
  if (isWeakSecret(value)) weak.add(value);
  const forms = new Set([value, ...value.split(/\r?\n/).filter((line) => line.trim().length >= 4)]);
  for (const form of encodedForms(value)) forms.add(form);
  for (const form of forms) {
    if (!form || secrets.has(form)) continue;
    secrets.add(form);
    core.setSecret(form);
  }
}

/**
 * The forms a secret takes once it passes through an encoder on its way out: JSON-escaped (a
 * report), base64 (a Secret manifest), HTML- and table-escaped (a markdown summary or comment).
 */
export function encodedForms(value: string): string[] {
  const html = value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return [JSON.stringify(value).slice(1, -1), Buffer.from(value, 'utf8').toString('base64'), html, html.replaceAll('|', '\\|')];
}

export const REDACTED = '***';

/** Words that stand in paths, ids and messages the runner and the toolkit print anyway. */
const COMMON_WORDS = new Set([
  'runner',
  'work',
  'temp',
  'tmp',
  'home',
  'chalk',
  'helm',
  'registry',
  'config',
  'json',
  'password',
  'secret',
  'admin',
  'root',
  'test',
  'user',
]);

/**
 * A secret so short or common that masking it garbles unrelated text: GitHub masks every occurrence in
 * the log (`/home/***`), so a password `chalk` or `1` turns paths and numbers into `***`. The toolkit never
 * alters the values it generates (outputs, report JSON), and warns in the summary that the log will be garbled.
 */
export function isWeakSecret(value: string): boolean {
  const v = value.trim();
  return v.length < 8 || /^\d+$/.test(v) || COMMON_WORDS.has(v.toLowerCase());
}

/** How many registered secrets are weak (never which: that would narrow them down). */
export function weakSecretCount(): number {
  return weak.size;
}

/**
 * Replaces every registered secret in `text`, longest first so overlapping secrets redact whole. `keep`
 * lists values the toolkit generated (a report path, a registry config path) that are shown unaltered
 * even when a weak secret happens to occur inside them.
 */
export function redact(text: string, keep: readonly string[] = []): string {
  const kept = keep.filter(Boolean);
  if (kept.length === 0) return redactAll(text);
  const pattern = new RegExp(kept.map(escapeRegExp).join('|'), 'g');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out += redactAll(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + redactAll(text.slice(last));
}

function redactAll(text: string): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join(REDACTED);
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A value with every string in it (keys too) redacted, for JSON written to a file or an output: redacting
 * the serialised text instead would turn `"schemaVersion": 1` into `"schemaVersion": ***` for a secret `1`.
 * Numbers and booleans are the toolkit's own and stay as they are.
 */
export function redactJson<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactJson(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactJson(v)])) as T;
  return value;
}

/**
 * One redacted log line. Remote text (a server's error body, a Kubernetes status message) may hold
 * newlines; a following line starting with `::` would be read by the runner as a workflow command
 * (`::stop-commands::`, a forged `::error::`), so line breaks are shown, not printed.
 */
export function logLine(text: string): string {
  return oneLine(redact(text), 4000);
}

/** Clears the registry; for tests that run several actions in one process. */
export function forgetSecrets(): void {
  secrets.clear();
  weak.clear();
}
