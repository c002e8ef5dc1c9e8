/** JSON pointers (RFC 6901): `/metadata/labels/helm.sh~1chart`. */

export function escapeSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

export function unescapeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

export function pointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${escapeSegment(String(s))}`).join('');
}

/** The segments of a pointer; throws on text that is not one. */
export function segmentsOf(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new Error(`"${path}" is not a JSON pointer: it must start with /`);
  return path.slice(1).split('/').map(unescapeSegment);
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Sets (or, with `value` undefined, deletes a map entry) the value at `path` in place; false when it cannot. */
export function setAt(root: unknown, path: string, value: unknown): boolean {
  const segments = segmentsOf(path);
  const last = segments.pop();
  if (last === undefined) return false;
  let node: unknown = root;
  for (const s of segments) {
    if (!isContainer(node)) return false;
    node = Array.isArray(node) ? node[Number(s)] : node[s];
  }
  if (!isContainer(node)) return false;
  if (Array.isArray(node)) {
    const index = Number(last);
    // Array items are only replaced: removing one would shift the indexes later paths name.
    if (value === undefined || !Number.isInteger(index) || index < 0 || index >= node.length) return false;
    node[index] = value;
    return true;
  }
  if (value === undefined) delete node[last];
  else node[last] = value;
  return true;
}
