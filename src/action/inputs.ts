/** Typed readers for action inputs, with errors that name the input and the accepted values. */
import * as core from '@actions/core';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

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
  throw new InputError(`Input ${name} must be true or false, but it is "${raw}".`);
}

export function getString(name: string, fallback = ''): string {
  return core.getInput(name).trim() || fallback;
}

/** A duration input in seconds (`300`) or with a unit (`5m`, `90s`, `1h`), as milliseconds. */
export function getDuration(name: string, fallback: string): number {
  const raw = getString(name, fallback);
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(raw);
  if (!m) throw new InputError(`Input ${name} must be a duration such as 300, 90s, 5m or 1h, but it is "${raw}".`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Math.round(Number(m[1]) * unit);
}

/** A subset of `allowed`, from a comma or newline list input. */
export function getChoices<T extends string>(name: string, allowed: readonly T[], fallback: readonly T[]): T[] {
  const raw = getList(name);
  if (raw.length === 0) return [...fallback];
  const unknown = raw.filter((v) => !(allowed as readonly string[]).includes(v));
  if (unknown.length)
    throw new InputError(`Input ${name} has unknown value${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; allowed: ${allowed.join(', ')}.`);
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
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new InputError(`Input ${name} must be a port number (1-65535), but it is "${raw}".`);
  return port;
}

/** The input's trimmed value, or undefined when it is empty. */
export function getOptional(name: string): string | undefined {
  return getString(name) || undefined;
}
