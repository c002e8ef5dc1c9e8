/**
 * From parsed YAML to a located tree, within the limits helm's YAML reader (go-yaml) applies, so a
 * hostile file is refused quickly with a located problem instead of exhausting time, memory or the
 * stack: nesting is bounded while parsing, anchors and keys are checked in one linear pass, and
 * aliases are expanded within go-yaml's budget (a share of the decoded nodes that shrinks as the
 * document grows), never into themselves.
 */
import {
  Composer,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  Parser,
  Scalar,
  visit,
  type Alias,
  type Document,
  type DocumentOptions,
  type LineCounter,
  type Node,
  type ParseOptions,
  type SchemaOptions,
  type YAMLMap,
} from 'yaml';
import type { LEntry, LNode } from './located.js';
import { error, type Origin, type Problem } from '../report/problems.js';

/**
 * Deepest nesting read. Values files nest a dozen levels; helm's reader stops at 10,000, but the
 * parser's recursion would exhaust the stack long before that, so the line is drawn here.
 */
export const MAX_DEPTH = 256;

export type ComposeOptions = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * parseAllDocuments, streaming each document to `onDocument`, but refusing nesting deeper than
 * MAX_DEPTH while the (iterative) parser reads it, before the (recursive) composer sees it.
 * Returns the offset where the limit was crossed, if it was.
 */
export function composeWithinDepth(
  text: string,
  options: ComposeOptions,
  lineCounter: LineCounter,
  onDocument: (doc: Document.Parsed) => void,
): { tooDeepAt?: number } {
  const parser = new Parser(lineCounter.addNewLine);
  const composer = new Composer(options);
  lineCounter.addNewLine(0);
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) for (const doc of composer.next(token)) onDocument(doc);
    // The parser's stack holds the document, then one entry per open collection.
    if (parser.stack.length > MAX_DEPTH + 1) return { tooDeepAt: parser.offset };
  }
  for (const token of parser.end()) for (const doc of composer.next(token)) onDocument(doc);
  for (const doc of composer.end()) onDocument(doc);
  return {};
}

/**
 * The key a map entry is stored under, as helm's JSON conversion sees it (`1` and `"1"` are the
 * same key); an alias used as a key stands for its anchored scalar.
 */
function keyText(key: unknown, resolve: (alias: Alias) => Node | undefined): string {
  const node = isAlias(key) ? (resolve(key) ?? key) : key;
  if (isScalar(node)) return isMergeKey(node.value) ? '<<' : String(node.value);
  return String(node);
}

export function isMergeKey(value: unknown): boolean {
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}

/** Keeps user text short in messages. */
export function shown(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * One linear pass in document order: resolves each alias to the anchor most recently defined before
 * it (as go-yaml does, so an alias inside its own anchor resolves to that anchor), and reports
 * aliases to unknown anchors and keys that appear twice in one map.
 */
export function scanDocument(doc: Document.Parsed, file: string, at: (offset: number) => Origin, report: (problem: Problem) => void): Map<Alias, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  const maps: YAMLMap[] = [];
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
      else report(unknownAnchor(node, file, at));
      return;
    }
    if (isPair(node)) return;
    if ((isScalar(node) || isCollection(node)) && node.anchor) anchors.set(node.anchor, node);
    if (isMap(node)) maps.push(node);
  });
  // After the pass, so that an alias used as a key is resolved even when its anchor is in the same map.
  for (const map of maps) duplicateKeys(map, file, at, report, (alias) => targets.get(alias));
  return targets;
}

function unknownAnchor(alias: Alias, file: string, at: (offset: number) => Origin): Problem {
  const name = shown(alias.source);
  return error(
    'yaml.unknown-anchor',
    `YAML error in ${file}: the alias *${name} refers to no anchor &${name} defined above it; helm refuses the file ("unknown anchor '${name}' referenced").`,
    at(alias.range?.[0] ?? 0),
    `Define the anchor (&${name}) on a value above this line, or remove the alias.`,
  );
}

function duplicateKeys(
  map: YAMLMap,
  file: string,
  at: (offset: number) => Origin,
  report: (problem: Problem) => void,
  resolve: (alias: Alias) => Node | undefined,
): void {
  const seen = new Set<string>();
  for (const pair of map.items) {
    const key = keyText(pair.key, resolve);
    if (key === '<<') continue;
    if (!seen.has(key)) {
      seen.add(key);
      continue;
    }
    const keyNode = pair.key as Node | null;
    report(
      error(
        'yaml.duplicate-key',
        `YAML syntax error in ${file}: the key "${shown(key)}" appears twice in the same map.`,
        at(keyNode?.range?.[0] ?? map.range?.[0] ?? 0),
        'Remove one of the duplicate keys; helm would silently keep only the last.',
      ),
    );
  }
}

/** Thrown inside the tree build to stop it at the first limit crossed. */
export class TreeLimitError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

/**
 * go-yaml's allowance: in documents of up to 400,000 decoded nodes, up to 99 % may come from alias
 * expansion; the share falls linearly to 10 % at 4,000,000 nodes.
 */
export function allowedAliasRatio(decoded: number): number {
  if (decoded <= 400_000) return 0.99;
  if (decoded >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decoded - 400_000) / 3_600_000);
}

export interface TreeContext {
  file: string;
  role: string;
  at: (offset: number) => Origin;
  /** From scanDocument: what each alias of the document refers to. */
  targets: ReadonlyMap<Alias, Node>;
}

/** The located tree of `node`, or a TreeLimitError with the problem of the first limit crossed. */
export function buildTree(node: Node, context: TreeContext): LNode {
  return new TreeBuilder(context).build(node, 0);
}

class TreeBuilder {
  private decoded = 0;
  private fromAliases = 0;
  /** Aliases being expanded, outermost first; the set answers "inside itself?" at once. */
  private readonly expanding: Alias[] = [];
  private readonly open = new Set<Alias>();

  constructor(private readonly context: TreeContext) {}

  build(node: Node | Alias, depth: number): LNode {
    const origin = this.context.at(node.range?.[0] ?? 0);
    this.count();
    if (depth > MAX_DEPTH) throw new TreeLimitError(this.tooDeepHere(origin));
    if (isAlias(node)) return { ...this.expand(node, origin, depth), origin };
    if (isMap(node)) return this.map(node, origin, depth);
    if (isSeq(node)) return { kind: 'seq', items: node.items.map((item) => this.build(item as Node, depth + 1)), origin };
    return scalar(node as Scalar, origin);
  }

  private expand(alias: Alias, origin: Origin, depth: number): LNode {
    const name = shown(alias.source);
    if (this.open.has(alias)) {
      throw new TreeLimitError(
        error(
          'yaml.recursive-alias',
          `${this.context.role} ${this.context.file} holds the alias *${name} inside its own anchor &${name}, so its value never ends; helm refuses it ("anchor '${name}' value contains itself").`,
          origin,
          `Point the alias at another anchor, or write the value out.`,
        ),
      );
    }
    const target = this.context.targets.get(alias);
    if (!target) throw new TreeLimitError(unknownAnchor(alias, this.context.file, this.context.at));
    this.expanding.push(alias);
    this.open.add(alias);
    const value = this.build(target, depth);
    this.expanding.pop();
    this.open.delete(alias);
    return value;
  }

  private map(node: YAMLMap, origin: Origin, depth: number): LNode {
    const entries = new Map<string, LEntry>();
    const merges: LNode[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const valueNode = pair.value as Node | null;
      this.count();
      if (isScalar(keyNode) && isMergeKey(keyNode.value)) {
        // `<<: *defaults` (or a list of them): merged in below, after the keys written here.
        if (valueNode) merges.push(this.build(valueNode, depth + 1));
        continue;
      }
      const key = keyText(keyNode, (alias) => this.context.targets.get(alias));
      const keyOrigin = keyNode?.range ? this.context.at(keyNode.range[0]) : origin;
      const value: LNode = valueNode ? this.build(valueNode, depth + 1) : { kind: 'scalar', value: null, source: '', quoted: false, origin: keyOrigin };
      entries.set(key, { key, keyOrigin, value });
    }
    // Keys written in the map win over merged ones; among merged maps, the first listed wins.
    for (const merged of merges.flatMap((m) => (m.kind === 'seq' ? m.items : [m]))) {
      if (merged.kind !== 'map') continue;
      for (const [key, entry] of merged.entries) if (!entries.has(key)) entries.set(key, entry);
    }
    return { kind: 'map', entries, origin };
  }

  /** go-yaml's rule: once past 1,000 nodes and 100 from aliases, aliases may supply only the allowed share. */
  private count(): void {
    this.decoded++;
    if (this.expanding.length === 0) return;
    this.fromAliases++;
    if (this.fromAliases > 100 && this.decoded > 1000 && this.fromAliases / this.decoded > allowedAliasRatio(this.decoded)) {
      const outermost = this.expanding[0]!;
      const name = shown(outermost.source);
      throw new TreeLimitError(
        error(
          'yaml.excessive-aliasing',
          `${this.context.role} ${this.context.file} contains excessive aliasing, as helm refuses it ("document contains excessive aliasing"): expanding *${name} copies anchored values far beyond the size of the file.`,
          this.context.at(outermost.range?.[0] ?? 0),
          'Write the repeated values out, or alias only small blocks a few times; aliases of aliases multiply.',
        ),
      );
    }
  }

  /** Past MAX_DEPTH only through aliases (the parse stopped deeper text): point at the outermost one. */
  private tooDeepHere(origin: Origin): Problem {
    const outermost = this.expanding[0];
    if (!outermost) return tooDeep(this.context.role, this.context.file, origin);
    return tooDeep(this.context.role, this.context.file, this.context.at(outermost.range?.[0] ?? 0), shown(outermost.source));
  }
}

export function tooDeep(role: string, file: string, origin: Origin, viaAlias?: string): Problem {
  return error(
    'yaml.too-deep',
    `${role} ${file} nests more than ${MAX_DEPTH} levels deep${viaAlias ? ` once *${viaAlias} is expanded` : ''}; chalk-actions reads at most ${MAX_DEPTH}.`,
    origin,
    viaAlias
      ? 'Flatten the structure: a values file nests a few levels (chalk: metadata: …).'
      : 'Flatten the structure (a values file nests a few levels), or close the brackets: an unclosed run of [ or { reads as deep nesting.',
  );
}

function scalar(node: Scalar, origin: Origin): LNode {
  const raw = node.value;
  const value =
    raw === null || typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : typeof raw === 'bigint' ? Number(raw) : String(raw);
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
  return { kind: 'scalar', value, source: node.source ?? String(raw), quoted, origin };
}
