/**
 * Merges values files with helm's precedence: later files win, maps merge key by key, lists and
 * scalars replace whole, and `null` removes a key. Every node keeps the origin of the file that
 * supplied it, so a finding on the merged values points at the file whose value won.
 */
import type { LEntry, LMap, LNode } from './located.js';
import type { Origin } from '../report/problems.js';

export interface MergedValues {
  root: LMap;
  /** Dotted paths removed by an explicit `null`, with where that happened. */
  removed: Map<string, Origin>;
  /** Display paths of the files merged, in order. */
  files: string[];
  /** The files' own trees, in order, for locating what is absent from the merged result. */
  layers: readonly { file: string; root: LMap }[];
}

export function mergeValues(layers: readonly { file: string; root: LMap }[]): MergedValues {
  const removed = new Map<string, Origin>();
  const root: LMap = { kind: 'map', entries: new Map(), origin: layers[0]?.root.origin ?? { file: '', line: 1, col: 1 } };
  for (const layer of layers) mergeInto(root, layer.root, '', removed);
  return { root, removed, files: layers.map((l) => l.file), layers };
}

function mergeInto(target: LMap, source: LMap, prefix: string, removed: Map<string, Origin>): void {
  for (const [key, entry] of source.entries) {
    const path = prefix ? `${prefix}.${key}` : key;
    const value = entry.value;
    if (value.kind === 'scalar' && value.value === null) {
      target.entries.delete(key);
      removed.set(path, entry.keyOrigin);
      continue;
    }
    // Only after a removal: hashing every path would cost the sum of all path lengths.
    if (removed.size > 0) removed.delete(path);
    const existing = target.entries.get(key);
    if (existing && existing.value.kind === 'map' && value.kind === 'map') {
      mergeInto(existing.value, value, path, removed);
      continue;
    }
    target.entries.set(key, cloneEntry(entry));
  }
}

function cloneEntry(entry: LEntry): LEntry {
  return { ...entry, value: cloneNode(entry.value) };
}

function cloneNode(node: LNode): LNode {
  if (node.kind === 'map') return { ...node, entries: new Map([...node.entries].map(([k, e]) => [k, cloneEntry(e)])) };
  if (node.kind === 'seq') return { ...node, items: node.items.map(cloneNode) };
  return { ...node };
}
