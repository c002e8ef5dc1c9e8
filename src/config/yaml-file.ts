/**
 * Loads a YAML file the way helm reads values files (YAML 1.1 scalars: `no`/`on` are booleans),
 * keeping the position of every node. Every problem — unreadable or oversized file, syntax error,
 * duplicate key, tab indentation, empty file, several documents, alias bomb, deep nesting, a parse
 * that outlives its time limit — comes back located, never thrown.
 */
import { readFile, stat } from 'node:fs/promises';
import { LineCounter, type Document, type Node, type ScalarTag, type Tags } from 'yaml';
import { runBounded, WorkerTaskError } from '../bundle/worker.js';
import type { LMap } from './located.js';
import { buildTree, composeWithinDepth, scanDocument, tooDeep, TreeLimitError, type ComposeOptions } from './yaml-tree.js';
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
  /** Time the parse may take (the caller's own time limit); it runs in a worker stopped then. Defaults to DEFAULT_PARSE_TIMEOUT_MS. */
  timeoutMs?: number;
}

/** helm refuses any file of a chart over 5 MiB (its values.yaml included); a values file passed beside the chart gets the same limit here. */
export const MAX_YAML_BYTES = 5 * 1024 * 1024;
export const DEFAULT_PARSE_TIMEOUT_MS = 60_000;
/** Heap for the parse worker: enough for 5 MiB of maps; millions of tiny list items are stopped at it, with a located problem. */
const PARSE_HEAP_MB = 1024;
/** Syntax problems reported per file; past these, later ones mostly follow from the first. */
const MAX_PROBLEMS_PER_FILE = 20;

export async function loadYamlFile(path: string, options: LoadOptions = {}): Promise<LoadedYaml> {
  const file = options.displayPath ?? path;
  const role = options.role ?? 'YAML file';
  const read = await readBounded(path);
  if (typeof read !== 'string') {
    const fix =
      read.code === 'yaml.too-large'
        ? 'Split it into smaller values files (list each one in the inputs), or remove what the chart does not read.'
        : `Create ${file} or correct the path in the action's inputs (paths are relative to the working directory).`;
    return { file, problems: [error(read.code, `${role} ${file} ${read.reason}.`, { file, line: 1, col: 1 }, fix)] };
  }
  if (parsesQuickly(read)) return parseYamlText(read, file, role);
  try {
    return await runBounded<LoadedYaml>(
      'parse-yaml',
      { text: read, file, role },
      { timeoutMs: options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS, maxHeapMb: PARSE_HEAP_MB, what: `Parsing ${role} ${file}` },
    );
  } catch (err) {
    const problem =
      err instanceof WorkerTaskError
        ? error(`yaml.parse-${err.kind}`, err.message, { file, line: 1, col: 1 }, err.fix)
        : error(
            'yaml.parse-crash',
            `Parsing ${role} ${file} failed: ${err instanceof Error ? err.message : String(err)}`,
            { file, line: 1, col: 1 },
            'Report this as a bug in chalk-actions with the log.',
          );
    return { file, problems: [problem] };
  }
}

/**
 * Parsed in place: a file this small, without anchors or aliases, parses within tens of milliseconds
 * whatever it holds (the worst shapes tried in bench/yaml-hostile.ts add ~0.06 s, cold), while a
 * worker loads the bundle a second time, which costs more than that.
 * Typical values and seed files are a few hundred bytes. Anything larger, or with `&`/`*` anywhere
 * (an alias bomb is small), goes to the bounded worker.
 */
const IN_PLACE_MAX_CHARS = 4 * 1024;

function parsesQuickly(text: string): boolean {
  return text.length <= IN_PLACE_MAX_CHARS && !/[&*]/.test(text);
}

/** The file's text, or why it cannot be read: missing, not a regular file, or over MAX_YAML_BYTES. */
async function readBounded(path: string): Promise<string | { code: string; reason: string }> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { code: 'yaml.missing-file', reason: 'is a directory, not a file' };
    // A device or pipe could stream without end; values files are plain files.
    if (!info.isFile()) return { code: 'yaml.missing-file', reason: 'is not a regular file (a device, pipe or socket)' };
    if (info.size > MAX_YAML_BYTES) return tooLarge(info.size);
    const bytes = await readFile(path);
    // It may have grown since the stat.
    if (bytes.length > MAX_YAML_BYTES) return tooLarge(bytes.length);
    return bytes.toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { code: 'yaml.missing-file', reason: code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(err)})` };
  }
}

function tooLarge(bytes: number): { code: string; reason: string } {
  const mib = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`;
  return {
    code: 'yaml.too-large',
    reason: `is ${mib(bytes)}; chalk-actions reads YAML files of at most ${mib(MAX_YAML_BYTES)}, the limit helm sets for each file of a chart`,
  };
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

const HELM_YAML: ComposeOptions = { version: '1.1', customTags: asHelmReadsIt, uniqueKeys: false, prettyErrors: false };

/** Parses YAML text as helm reads it; pure and synchronous (loadYamlFile runs it in a bounded worker). */
export function parseYamlText(text: string, file: string, role = 'YAML file'): LoadedYaml {
  const lineCounter = new LineCounter();
  const at = (offset: number): Origin => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, col: pos.col };
  };
  const problems = new CappedProblems(file);
  // Only the first document with content is kept: helm reads one, and a stream of them must not fill the memory.
  let first: Document.Parsed | undefined;
  let secondAt: number | undefined;
  let documents = 0;
  const composed = composeWithinDepth(text, HELM_YAML, lineCounter, (doc) => {
    syntaxProblems(doc, text, file, at, problems);
    if (doc.contents === null) return;
    documents++;
    if (!first) first = doc;
    else secondAt ??= doc.range[0];
  });
  if (composed.tooDeepAt !== undefined) return { file, problems: [tooDeep(role, file, at(composed.tooDeepAt))] };
  const targets = first ? scanDocument(first, file, at, (p) => problems.add(p)) : undefined;
  tabIndentation(text, file, problems);

  if (!first || !targets) {
    if (problems.count === 0) problems.add(error('yaml.empty', `${role} ${file} is empty (no YAML document).`, { file, line: 1, col: 1 }, emptyFix(role)));
    return { file, problems: problems.list() };
  }
  if (secondAt !== undefined) {
    problems.add(
      error(
        'yaml.multiple-documents',
        `${role} ${file} holds ${documents} YAML documents; helm reads only one values document per file.`,
        at(secondAt),
        'Merge the documents into one map, or split them into separate files and list each one.',
      ),
    );
  }
  if (problems.hasErrors) return { file, problems: problems.list() };

  let root;
  try {
    root = buildTree(first.contents as Node, { file, role, at, targets });
  } catch (err) {
    if (!(err instanceof TreeLimitError)) throw err;
    problems.add(err.problem);
    return { file, problems: problems.list() };
  }
  if (root.kind !== 'map') {
    problems.add(
      error(
        'yaml.root-not-map',
        `${role} ${file} must be a map of keys at the top level, but it is ${root.kind === 'seq' ? 'a list' : 'a single value'}.`,
        root.origin,
        'Start the file with a key such as `chalk:` as in the guide.',
      ),
    );
    return { file, problems: problems.list() };
  }
  return { file, root, problems: problems.list() };
}

/** A file's problems, keeping the first MAX_PROBLEMS_PER_FILE and counting the rest. */
class CappedProblems {
  private readonly kept: Problem[] = [];
  private dropped = 0;
  private firstDropped?: Origin;
  hasErrors = false;
  /** Lines that already have a problem: a later check need not report them again. */
  readonly lines = new Set<number>();

  constructor(private readonly file: string) {}

  get count(): number {
    return this.kept.length + this.dropped;
  }

  add(problem: Problem): void {
    if (problem.severity === 'error') this.hasErrors = true;
    if (problem.origin) this.lines.add(problem.origin.line);
    if (this.kept.length < MAX_PROBLEMS_PER_FILE) this.kept.push(problem);
    else if (this.dropped++ === 0) this.firstDropped = problem.origin;
  }

  list(): Problem[] {
    if (this.dropped === 0) return this.kept;
    const more = error(
      'yaml.more-problems',
      `${this.file} has ${this.dropped} more YAML problem${this.dropped === 1 ? '' : 's'}, not listed.`,
      this.firstDropped,
      'Fix the problems above first; later ones often follow from them.',
    );
    return [...this.kept, more];
  }
}

function syntaxProblems(doc: Document.Parsed, text: string, file: string, at: (offset: number) => Origin, problems: CappedProblems): void {
  // One syntax error tends to cascade into several at the same line; the first is the cause.
  const seenLines = new Set<number>();
  for (const e of doc.errors) {
    const origin = at(e.pos[0]);
    if (seenLines.has(origin.line)) continue;
    seenLines.add(origin.line);
    // An unclosed bracket is detected lines later; point at the bracket itself.
    const unclosed = /end with a [\]}]/.test(e.message) ? text.lastIndexOf(e.message.includes(']') ? '[' : '{', e.pos[0]) : -1;
    problems.add(yamlError(e.code, e.message, unclosed >= 0 ? at(unclosed) : origin, file));
  }
  for (const w of doc.warnings) problems.add({ ...yamlError(w.code, w.message, at(w.pos[0]), file), severity: 'warning' });
}

function emptyFix(role: string): string {
  return role === 'seed file'
    ? 'Copy the seed skeleton from the guide (chalk: metadata: seed: teams/projects/environments/team_invites).'
    : 'Copy the values skeleton from the guide (chalk: metadata: api_host, frontend_host, frontend.image).';
}

function yamlError(code: string, message: string, origin: Origin, file: string): Problem {
  const text = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
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
function tabIndentation(text: string, file: string, problems: CappedProblems): void {
  text.split('\n').forEach((line, i) => {
    const m = /^( *)\t[ \t]*$/.exec(line);
    const lineNo = i + 1;
    if (!m || problems.lines.has(lineNo)) return;
    problems.add(
      error(
        'yaml.tab-as-indent',
        `YAML syntax error in ${file}: a blank line holds a tab, which helm rejects as indentation.`,
        { file, line: lineNo, col: m[1]!.length + 1 },
        'Delete the tab (YAML forbids tabs for indentation).',
      ),
    );
  });
}
