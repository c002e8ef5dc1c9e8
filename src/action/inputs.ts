/** Typed readers for action inputs, with errors that name the input and the accepted values. */
import * as core from '@actions/core';
import { ChalkError } from '../errors.js';
import { oneLine } from '../report/text.js';

/** A bad input, found before anything runs: the message names the input, what it is and what it may be. */
export class InputError extends ChalkError<'invalid'> {
  readonly boundary = 'input';

  constructor(message: string, fix = '') {
    super('invalid', message, fix);
  }
}

/** An input's value as quoted in a message: one line, control characters shown as spaces, long values cut. */
export function shown(raw: string): string {
  return `"${oneLine(raw, 120)}"`;
}

/**
 * The longest duration an input may ask for: node timers overflow past 2^31-1 ms (~24.8 days) and fire at
 * once; no step runs longer than GitHub's 6-hour job limit (self-hosted: 5 days).
 */
export const MAX_DURATION_MS = 5 * 24 * 3_600_000;

/** A list input: entries separated by newlines or commas, blank entries and surrounding space dropped. */
export function getList(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function getBoolean(name: string): boolean {
  const raw = core.getInput(name).trim();
  if (raw === '') return false;
  if (/^(true|yes|on|1)$/i.test(raw)) return true;
  if (/^(false|no|off|0)$/i.test(raw)) return false;
  throw new InputError(`Input ${name} must be true or false, but it is ${shown(raw)}.`);
}

export function getString(name: string, fallback = ''): string {
  return core.getInput(name).trim() || fallback;
}

/**
 * A duration input in seconds (`300`) or with a unit (`5m`, `90s`, `1h`), as milliseconds, between `min`
 * (default 1 s: a zero timeout makes every operation fail at once) and MAX_DURATION_MS.
 */
export function getDuration(name: string, fallback: string, { min = 1000 }: { min?: number } = {}): number {
  const raw = getString(name, fallback);
  const m = /^(\d{1,9}(?:\.\d{1,6})?)\s*(ms|s|m|h)?$/.exec(raw);
  if (!m) throw new InputError(`Input ${name} must be a duration such as 300, 90s, 5m or 1h, but it is ${shown(raw)}.`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  const ms = Math.round(Number(m[1]) * unit);
  if (ms < min) throw new InputError(`Input ${name} must be at least ${min >= 1000 ? `${min / 1000}s` : `${min}ms`}, but it is ${shown(raw)}.`);
  if (ms > MAX_DURATION_MS) throw new InputError(`Input ${name} must be at most ${MAX_DURATION_MS / 3_600_000}h, but it is ${shown(raw)}.`);
  return ms;
}

/** A subset of `allowed`, from a comma or newline list input. */
export function getChoices<T extends string>(name: string, allowed: readonly T[], fallback: readonly T[]): T[] {
  const raw = getList(name);
  if (raw.length === 0) return [...fallback];
  const unknown = raw.filter((v) => !(allowed as readonly string[]).includes(v));
  if (unknown.length)
    throw new InputError(
      `Input ${name} has unknown value${unknown.length > 1 ? 's' : ''} ${unknown.map((v) => oneLine(v, 120)).join(', ')}; allowed: ${allowed.join(', ')}.`,
    );
  return [...new Set(raw as T[])];
}

/** One value of `allowed`, or undefined when the input is empty. */
export function getOneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
  const [value, ...rest] = getChoices(name, allowed, []);
  if (rest.length) throw new InputError(`Input ${name} takes one value; allowed: ${allowed.join(', ')}.`);
  return value;
}

/** A TCP port, or undefined when the input is empty. */
export function getPort(name: string): number | undefined {
  const raw = getString(name);
  if (!raw) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new InputError(`Input ${name} must be a port number (1-65535), but it is ${shown(raw)}.`);
  return port;
}

/** The input's trimmed value, or undefined when it is empty. */
export function getOptional(name: string): string | undefined {
  return getString(name) || undefined;
}

/**
 * A path input, or undefined when empty. A path with a line break or another control character is refused:
 * it would become a file name and, through an output, text that later steps echo.
 */
export function getPath(name: string): string | undefined {
  const raw = getOptional(name);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused.
  if (raw !== undefined && /[\u0000-\u001f\u007f]/.test(raw))
    throw new InputError(`Input ${name} must be a path on one line, but it is ${shown(raw)}.`, 'Remove the line break or control character.');
  return raw;
}
