/**
 * Loads a YAML file the way helm reads values files (YAML 1.1 scalars: `no`/`on` are booleans),
 * keeping the position of every node. Every problem — unreadable file, syntax error, duplicate
 * key, tab indentation, empty file, several documents — comes back located, never thrown.
 */
import { readFile } from 'node:fs/promises';
import {
  Alias,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  Scalar,
  type Document,
  type Node,
  type ScalarTag,
  type Tags,
} from 'yaml';
import type { LMap, LNode } from './located.js';
import { error, type Origin, type Problem } from '../report/problems.js';

export interface LoadedYaml {
  /** Display path used in every origin. */
  file: string;
  /** The document's root, when it parsed and is a map. */
  root?: LMap;
  problems: Problem[];
}

export interface LoadOptions {
  /** Path to show to the user (relative to the workspace); defaults to `path`. */
  displayPath?: string;
  /** What the file is for, used in messages (`values file`, `seed file`). */
  role?: string;
}

export async function loadYamlFile(path: string, options: LoadOptions = {}): Promise<LoadedYaml> {
  const file = options.displayPath ?? path;
  const role = options.role ?? 'YAML file';
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? String(err)})`;
    return {
      file,
      problems: [
        error(
          'yaml.missing-file',
          `${role} ${file} ${reason}.`,
          { file, line: 1, col: 1 },
          `Create ${file} or correct the path in the action's inputs (paths are relative to the working directory).`,
        ),
      ],
    };
  }
  return parseYamlText(text, file, role);
}

/**
 * helm reads values with go-yaml v2: YAML 1.1 booleans (`yes`, `on`, `y`) and octals, but no
 * base-60 numbers (`1:20` stays text) or timestamps (`2001-12-14` stays text), and Go's `0o17`.
 */
const GO_OCTAL: ScalarTag = {
  tag: 'tag:yaml.org,2002:int',
  identify: (value) => typeof value === 'number',
  default: true,
  test: /^[-+]?0o[0-7_]+$/,
  resolve: (text) => (text.startsWith('-') ? -1 : 1) * parseInt(text.replace(/^[-+]?0o/, '').replaceAll('_', ''), 8),
};

function asHelmReadsIt(tags: Tags): Tags {
  const kept = tags.filter((t) => !(typeof t === 'object' && (t.format === 'TIME' || t.tag === 'tag:yaml.org,2002:timestamp')));
  return [GO_OCTAL, ...kept];
}

export function parseYamlText(text: string, file: string, role = 'YAML file'): LoadedYaml {
  const lineCounter = new LineCounter();
  const at = (offset: number): Origin => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, col: pos.col };
  };
  const problems: Problem[] = [];
  const docs = parseAllDocuments(text, { lineCounter, version: '1.1', customTags: asHelmReadsIt, uniqueKeys: true, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];

  for (const doc of list) {
    // One syntax error tends to cascade into several at the same line; the first is the cause.
    const seenLines = new Set<number>();
    for (const e of doc.errors) {
      const rawLine = at(e.pos[0]).line;
      if (seenLines.has(rawLine)) continue;
      seenLines.add(rawLine);
      // An unclosed bracket is detected lines later; point at the bracket itself.
      const unclosed = /end with a [\]}]/.test(e.message) ? text.lastIndexOf(e.message.includes(']') ? '[' : '{', e.pos[0]) : -1;
      const origin = at(unclosed >= 0 ? unclosed : e.pos[0]);
      problems.push(yamlError(e.code, e.message, origin, file, text.slice(e.pos[0], e.pos[1] + 80)));
    }
    for (const w of doc.warnings) problems.push({ ...yamlError(w.code, w.message, at(w.pos[0]), file, ''), severity: 'warning' });
  }
  problems.push(...tabIndentation(text, file, problems));

  const withContent = list.filter((d) => d.contents !== null);
  if (withContent.length === 0) {
    if (problems.length === 0) {
      problems.push(error('yaml.empty', `${role} ${file} is empty (no YAML document).`, { file, line: 1, col: 1 }, emptyFix(role)));
    }
    return { file, problems };
  }
  if (withContent.length > 1) {
    const second = withContent[1] as Document.Parsed;
    problems.push(
      error(
        'yaml.multiple-documents',
        `${role} ${file} holds ${withContent.length} YAML documents; helm reads only one values document per file.`,
        at(second.range[0]),
        'Merge the documents into one map, or split them into separate files and list each one.',
      ),
    );
  }
  if (problems.some((p) => p.severity === 'error')) return { file, problems };

  const doc = withContent[0] as Document.Parsed;
  const root = toLocated(doc.contents as Node, doc, at);
  if (root.kind !== 'map') {
    problems.push(
      error(
        'yaml.root-not-map',
        `${role} ${file} must be a map of keys at the top level, but it is ${root.kind === 'seq' ? 'a list' : 'a single value'}.`,
        root.origin,
        'Start the file with a key such as `chalk:` as in the guide.',
      ),
    );
    return { file, problems };
  }
  return { file, root, problems };
}

function emptyFix(role: string): string {
  return role === 'seed file'
    ? 'Copy the seed skeleton from the guide (chalk: metadata: seed: teams/projects/environments/team_invites).'
    : 'Copy the values skeleton from the guide (chalk: metadata: api_host, frontend_host, frontend.image).';
}

function yamlError(code: string, message: string, origin: Origin, file: string, near: string): Problem {
  let text = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const key = /^\s*([^:\n]+?)\s*:/.exec(near)?.[1];
  if (code === 'DUPLICATE_KEY' && key) text = `the key "${key}" appears twice in the same map`;
  if (/end with a \]/.test(text))
    return error(
      'yaml.unclosed-flow-sequence',
      `YAML syntax error in ${file}: a [ is opened but never closed with ].`,
      origin,
      'Close the bracket, or quote the value if it is text that starts with [.',
    );
  if (/end with a \}/.test(text))
    return error(
      'yaml.unclosed-flow-map',
      `YAML syntax error in ${file}: a { is opened but never closed with }.`,
      origin,
      'Close the brace, or quote the value if it is text that starts with {.',
    );
  const fixes: Record<string, string> = {
    DUPLICATE_KEY: 'Remove one of the duplicate keys; helm would silently keep only the last.',
    TAB_AS_INDENT: 'Indent with spaces; YAML forbids tabs for indentation.',
    BAD_INDENT: 'Align the lines of this block to the same indentation, using spaces.',
    MISSING_CHAR: 'Close the bracket or quote that was opened earlier.',
    MULTILINE_IMPLICIT_KEY: 'Put a key and its value on one line, or quote the value.',
    BLOCK_AS_IMPLICIT_KEY: 'Align this key with the keys above it; a deeper indent makes YAML read it as part of the previous value.',
  };
  return error(
    `yaml.${code.toLowerCase().replaceAll('_', '-')}`,
    `YAML syntax error in ${file}: ${text}.`,
    origin,
    fixes[code] ?? 'Correct the YAML syntax at this position.',
  );
}

/**
 * The parser reports tabs that indent content itself; go-yaml (helm) also rejects a blank line
 * holding a tab, which the parser lets through. Tabs inside block scalars are content, not indentation.
 */
function tabIndentation(text: string, file: string, already: readonly Problem[]): Problem[] {
  const out: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /^( *)\t[ \t]*$/.exec(line);
    const lineNo = i + 1;
    if (!m || already.some((p) => p.origin?.line === lineNo)) return;
    out.push(
      error(
        'yaml.tab-as-indent',
        `YAML syntax error in ${file}: a blank line holds a tab, which helm rejects as indentation.`,
        { file, line: lineNo, col: m[1]!.length + 1 },
        'Delete the tab (YAML forbids tabs for indentation).',
      ),
    );
  });
  return out;
}

function toLocated(node: Node | Alias, doc: Document.Parsed, at: (offset: number) => Origin): LNode {
  const origin = at(node.range?.[0] ?? 0);
  if (isAlias(node)) {
    const target = node.resolve(doc);
    if (!target) return { kind: 'scalar', value: null, source: '', quoted: false, origin };
    return { ...toLocated(target, doc, at), origin };
  }
  if (isMap(node)) {
    const entries = new Map<string, { key: string; keyOrigin: Origin; value: LNode }>();
    const merges: LNode[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const valueNode = pair.value as Node | null;
      if (isScalar(keyNode) && isMergeKey(keyNode.value)) {
        // `<<: *defaults` (or a list of them): merged in below, after the keys written here.
        if (valueNode) merges.push(toLocated(valueNode, doc, at));
        continue;
      }
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const keyOrigin = keyNode && 'range' in keyNode && keyNode.range ? at(keyNode.range[0]) : origin;
      const value: LNode = valueNode ? toLocated(valueNode, doc, at) : { kind: 'scalar', value: null, source: '', quoted: false, origin: keyOrigin };
      entries.set(key, { key, keyOrigin, value });
    }
    // Keys written in the map win over merged ones; among merged maps, the first listed wins.
    for (const merged of merges.flatMap((m) => (m.kind === 'seq' ? m.items : [m]))) {
      if (merged.kind !== 'map') continue;
      for (const [key, entry] of merged.entries) if (!entries.has(key)) entries.set(key, entry);
    }
    return { kind: 'map', entries, origin };
  }
  if (isSeq(node)) {
    return { kind: 'seq', items: node.items.map((item) => toLocated(item as Node, doc, at)), origin };
  }
  const scalar = node as Scalar;
  const raw = scalar.value;
  const value =
    raw === null || typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : typeof raw === 'bigint' ? Number(raw) : String(raw);
  const quoted = scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE;
  return { kind: 'scalar', value, source: scalar.source ?? String(raw), quoted, origin };
}

function isMergeKey(value: unknown): boolean {
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}
