/**
 * A YAML tree that remembers where every node came from. Values files are merged as trees of
 * these nodes so that any finding about the merged result can point at the file and line that
 * supplied the winning value.
 */
import type { Origin } from '../report/problems.js';

export type Scalar = string | number | boolean | null;

export interface LScalar {
  kind: 'scalar';
  value: Scalar;
  /** The text as written, for messages (e.g. `no` that YAML 1.1 reads as false). */
  source: string;
  /** True when the scalar was quoted, so `"123"` is known to be meant as a string. */
  quoted: boolean;
  origin: Origin;
}

export interface LSeq {
  kind: 'seq';
  items: LNode[];
  origin: Origin;
}

export interface LEntry {
  key: string;
  keyOrigin: Origin;
  value: LNode;
}

export interface LMap {
  kind: 'map';
  entries: Map<string, LEntry>;
  origin: Origin;
}

export type LNode = LScalar | LSeq | LMap;

export function describeKind(node: LNode): string {
  if (node.kind === 'map') return 'a map';
  if (node.kind === 'seq') return 'a list';
  const v = node.value;
  if (v === null) return 'null';
  if (typeof v === 'boolean') return `a boolean (${node.source})`;
  if (typeof v === 'number') return `a number (${node.source})`;
  return 'a string';
}

export function child(node: LNode | undefined, key: string): LNode | undefined {
  return node?.kind === 'map' ? node.entries.get(key)?.value : undefined;
}

export function childAt(node: LNode | undefined, path: readonly string[]): LNode | undefined {
  let cur = node;
  for (const key of path) cur = child(cur, key);
  return cur;
}

/** Plain JavaScript value of a located tree, for rendering and serialisation. */
export function toPlain(node: LNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const [key, entry] of node.entries) out[key] = toPlain(entry.value);
  return out;
}

/** Visit every scalar with its dotted path (`a.b[0].c`). */
export function walkScalars(node: LNode, visit: (scalar: LScalar, path: string) => void, path = ''): void {
  if (node.kind === 'scalar') visit(node, path);
  else if (node.kind === 'seq') node.items.forEach((item, i) => walkScalars(item, visit, `${path}[${i}]`));
  else for (const [key, entry] of node.entries) walkScalars(entry.value, visit, path ? `${path}.${key}` : key);
}
