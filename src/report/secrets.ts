/**
 * The one place secrets are registered. Every value registered here is masked by the runner
 * (`::add-mask::`) and redacted by `redact` before any report, summary, comment or output is
 * written, so a secret cannot leak through a path that forgets to call `core.setSecret`.
 */
import * as core from '@actions/core';
import { oneLine } from './text.js';

const secrets = new Set<string>();

/** Masks `value` in the runner's logs and remembers it for `redact`. Empty values are ignored. */
export function registerSecret(value: string | undefined): void {
  if (!value) return;
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

/** Replaces every registered secret in `text`, longest first so overlapping secrets redact whole. */
export function redact(text: string): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join(REDACTED);
  return out;
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
}
