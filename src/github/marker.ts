/**
 * The hidden HTML marker that finds a sticky comment or a drift issue again:
 * `<!-- chalk-actions:<tool> key=<hash> -->`. The key is a hash of named parts (repository,
 * workflow, environment, release set…), so no user text can end the HTML comment early, and a
 * marker never matches another one by prefix (fixed-length hex, then ` -->`).
 */
import { createHash } from 'node:crypto';

/** `parts` values that are lists are sets: order and duplicates do not change the key. */
export function markerFor(tool: string, parts: Record<string, string | readonly string[]>): string {
  if (!/^[a-z][a-z0-9-]*$/.test(tool)) throw new Error(`marker tool name ${JSON.stringify(tool)} must be lower-case letters, digits and dashes`);
  const canonical = Object.keys(parts)
    .sort()
    .map((name) => {
      const value = parts[name]!;
      return [name, typeof value === 'string' ? value : [...new Set(value)].sort()];
    });
  const key = createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 24);
  return `<!-- chalk-actions:${tool} key=${key} -->`;
}

/** The body as posted: the marker on its own first line, then the visible text. */
export function withMarker(marker: string, body: string): string {
  return `${marker}\n${body}`;
}

export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return typeof body === 'string' && body.includes(marker);
}
