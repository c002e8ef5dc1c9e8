/**
 * Where a render failure points in the user's values files. helm's message says what is wrong
 * (`Value chalk.metadata.frontend.image is required`) but not where; the values are loaded with
 * positions and merged as helm merges them, and the dotted values path in the message is looked up:
 * the file and line of its value, else of its deepest ancestor that exists (the map the key is
 * missing from). A values file that does not parse is itself the answer.
 */
import type { LEntry, LMap, LNode } from '../config/located.js';
import { mergeValues } from '../config/merge.js';
import { loadYamlFile } from '../config/yaml-file.js';
import type { Origin } from '../report/problems.js';

export interface ValuesFile {
  path: string;
  /** As shown to the user (relative to the workspace). */
  display: string;
}

/** Dotted paths of at least two segments, not file names. */
const DOTTED = /(?<![\w./-])([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+)(?![\w/-]|\.\w)/g;
const FILE_LIKE = /\.(?:ya?ml|tpl|txt|json|tgz)$/i;

export async function locateRenderError(message: string, files: readonly ValuesFile[]): Promise<Origin | undefined> {
  if (files.length === 0) return undefined;
  const loaded = await Promise.all(files.map((f) => loadYamlFile(f.path, { displayPath: f.display, role: 'values file' })));
  const broken = loaded.flatMap((l) => l.problems).find((p) => p.severity === 'error' && p.origin);
  if (broken) return broken.origin;
  const layers = loaded.flatMap((l) => (l.root ? [{ file: l.file, root: l.root }] : []));
  if (layers.length === 0) return { file: files[0]!.display, line: 1, col: 1 };
  const merged = mergeValues(layers);
  let best: { origin: Origin; depth: number } | undefined;
  for (const [, dotted] of message.matchAll(DOTTED)) {
    if (!dotted || FILE_LIKE.test(dotted)) continue;
    const found = deepest(merged.root, dotted.split('.'));
    if (found && (!best || found.depth > best.depth)) best = found;
  }
  return best?.origin ?? { file: files[0]!.display, line: 1, col: 1 };
}

/** The value at `path`, else the key of its deepest existing ancestor (at least the first segment), with how deep it is. */
function deepest(root: LMap, path: string[]): { origin: Origin; depth: number } | undefined {
  let node: LNode = root;
  let found: { origin: Origin; depth: number } | undefined;
  for (const [i, segment] of path.entries()) {
    const entry: LEntry | undefined = node.kind === 'map' ? node.entries.get(segment) : undefined;
    if (!entry) break;
    found = { origin: i === path.length - 1 ? entry.value.origin : entry.keyOrigin, depth: i + 1 };
    node = entry.value;
  }
  return found;
}
