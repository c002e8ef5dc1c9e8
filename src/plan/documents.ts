/**
 * A rendered manifest stream, split into documents without parsing them. Parsing YAML is the cost of
 * a diff (seconds for a large render), and most documents are byte-identical on both sides, so each
 * document is keyed by a targeted scan of its top-level `apiVersion`, `kind` and `metadata.name` /
 * `namespace` lines; only documents whose text differs are parsed. A document the scan cannot key
 * with certainty (flow style, anchors, escapes, a List) is parsed in full.
 */
import { PlanError } from './errors.js';
import { isClusterScoped } from './scope.js';
import type { ObjectKey } from './types.js';
import { readYaml } from './yaml-read.js';

export type KubeObject = Record<string, unknown> & { apiVersion?: unknown; kind?: unknown; metadata?: Record<string, unknown> };

export interface ManifestDocument {
  key: ObjectKey;
  /** `key` as one string, for maps. */
  id: string;
  apiVersion: string;
  /** The text without its leading comments, compared byte for byte; '' when the object has no text of its own. */
  body: string;
  /** The `# Source:` comment helm writes, when present. */
  source?: string;
  /** Set when the document was parsed (the scan was unsure, or a List was expanded). */
  object?: KubeObject;
}

export function keyId(key: ObjectKey): string {
  return `${key.group}\u0000${key.kind}\u0000${key.namespace}\u0000${key.name}`;
}

export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** The documents of a multi-document stream (`---` separated), each keyed; empty documents dropped. */
export function splitManifest(text: string, defaultNamespace: string): ManifestDocument[] {
  return rawDocuments(text).flatMap((raw) => keyedDocuments(raw, defaultNamespace));
}

/** One document's objects, keyed by line scan when certain, else parsed (a List gives its items). */
export function keyedDocuments({ body, source }: RawDocument, defaultNamespace: string): ManifestDocument[] {
  const scanned = scanKey(body);
  if (scanned) {
    const key = objectKey(scanned.apiVersion, scanned.kind, scanned.namespace, scanned.name, defaultNamespace);
    return [{ key, id: keyId(key), apiVersion: scanned.apiVersion, body, ...(source ? { source } : {}) }];
  }
  const objects = parseObjects(body, source);
  return objects.map((object) => documentOf(object, objects.length === 1 ? body : '', source, defaultNamespace));
}

/** Parsed objects (already objects, e.g. from an API read) as documents. */
export function objectDocuments(objects: readonly KubeObject[], defaultNamespace: string): ManifestDocument[] {
  return objects.flatMap((o) => expandList(o)).map((o) => documentOf(o, '', undefined, defaultNamespace));
}

/** `body` is '' when there is no text of this object alone (a List's item, an object read from the API). */
function documentOf(object: KubeObject, body: string, source: string | undefined, defaultNamespace: string): ManifestDocument {
  const meta = (object.metadata ?? {}) as Record<string, unknown>;
  const apiVersion = String(object.apiVersion ?? '');
  const key = objectKey(apiVersion, String(object.kind ?? ''), stringOr(meta.namespace), String(meta.name ?? ''), defaultNamespace);
  return { key, id: keyId(key), apiVersion, body, object, ...(source ? { source } : {}) };
}

function objectKey(apiVersion: string, kind: string, namespace: string | undefined, name: string, defaultNamespace: string): ObjectKey {
  const cluster = isClusterScoped(kind);
  return { group: groupOf(apiVersion), kind, namespace: cluster ? '' : namespace || defaultNamespace, name };
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

interface ScannedKey {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

export interface RawDocument {
  /** The text without leading comments and trailing whitespace. */
  body: string;
  source?: string;
}

const SPACE = 32;
const DASH = 45;
const DOT = 46;
const TAB = 9;
const HASH = 35;
const CR = 13;
const SOURCE = '# Source:';
const TOP_FIELDS = ['apiVersion', 'kind', 'metadata'] as const;
const META_FIELDS = ['name', 'namespace'] as const;

/**
 * The stream's documents without reading every line: each ends at the next marker line (`---` or
 * `...`, found with indexOf); only its leading comments (helm's `# Source:`) are read.
 */
export function rawDocuments(text: string): RawDocument[] {
  const docs: RawDocument[] = [];
  const markers = new MarkerFinder(text);
  for (let start = markers.startOfFirstDocument(); start <= text.length;) {
    const end = markers.next(start);
    const doc = rawDocument(text, start, end);
    if (doc) docs.push(doc);
    start = markers.after(end);
  }
  return docs;
}

/** Finds marker lines: `---` or `...` at the start of a line, alone or followed by a space or a comment. */
class MarkerFinder {
  /** Per token, the last occurrence found (or -1: none after it), so the text is searched once. */
  private readonly found = new Map<string, number>();

  constructor(private readonly text: string) {}

  /** 0, or past a marker on the very first line. */
  startOfFirstDocument(): number {
    return this.isMarkerAt(0) ? this.after(0) : 0;
  }

  /** The offset of the next marker line at or after `from` (its line start), or the text's length. */
  next(from: number): number {
    let best = this.text.length;
    for (const token of ['\n---', '\n...']) {
      for (let i = this.occurrence(token, from - 1); i >= 0 && i + 1 < best; i = this.occurrence(token, i + 1)) {
        if (this.isMarkerAt(i + 1)) {
          best = i + 1;
          break;
        }
      }
    }
    return best;
  }

  private occurrence(token: string, from: number): number {
    const known = this.found.get(token);
    if (known !== undefined && (known < 0 || known >= from)) return known < 0 ? -1 : known;
    const at = this.text.indexOf(token, Math.max(0, from));
    this.found.set(token, at);
    return at;
  }

  /** The start of the line after the marker line at `at`. */
  after(at: number): number {
    const nl = this.text.indexOf('\n', at);
    return nl < 0 ? this.text.length + 1 : nl + 1;
  }

  private isMarkerAt(at: number): boolean {
    const t = this.text;
    const dash = t.charCodeAt(at);
    if ((dash !== DASH && dash !== DOT) || t.charCodeAt(at + 1) !== dash || t.charCodeAt(at + 2) !== dash) return false;
    const c = t.charCodeAt(at + 3);
    return Number.isNaN(c) || c === 10 || c === CR || c === SPACE || c === TAB;
  }
}

/** The body between leading comments and trailing whitespace, or undefined for a document of comments only. */
function rawDocument(text: string, from: number, to: number): RawDocument | undefined {
  let source: string | undefined;
  for (let start = from; start < to;) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    let indent = 0;
    while (start + indent < end && isSpace(text.charCodeAt(start + indent)) && text.charCodeAt(start + indent) !== 10) indent++;
    const first = text.charCodeAt(start + indent);
    if (start + indent < end && first !== HASH) {
      let last = to;
      while (last > start && isSpace(text.charCodeAt(last - 1))) last--;
      return { body: text.slice(start, last), ...(source ? { source } : {}) };
    }
    if (first === HASH && text.startsWith(SOURCE, start + indent)) source = text.slice(start + indent + SOURCE.length, end).trim();
    start = end + 1;
  }
  return undefined;
}

/**
 * The key by reading only the lines up to it: top-level `apiVersion:`, `kind:`, `metadata:` and the
 * direct `name:`/`namespace:` children of `metadata:`; undefined when anything is unusual.
 */
export function scanKey(body: string): ScannedKey | undefined {
  const doc = newDocumentState();
  for (let start = 0; start < body.length && !doc.done;) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    let indent = 0;
    while (start + indent < end && body.charCodeAt(start + indent) === SPACE) indent++;
    const first = body.charCodeAt(start + indent);
    const blank = start + indent >= end || (first === CR && start + indent + 1 === end);
    if (!blank && first !== HASH) {
      if (first === TAB) return undefined;
      if (indent === 0) topLevelLine(doc, body, start, end);
      else if (doc.inMetadata) metadataLine(doc, body, start + indent, end, indent);
    }
    start = end + 1;
  }
  return doc.unsure ? undefined : keyOf(doc);
}

interface DocumentState {
  top: Partial<Record<(typeof TOP_FIELDS)[number], string>>;
  meta: Partial<Record<(typeof META_FIELDS)[number], string>>;
  inMetadata: boolean;
  metadataIndent: number;
  unsure: boolean;
  /** The three top-level fields were seen and the metadata block has ended: the rest need not be read. */
  done: boolean;
}

function newDocumentState(): DocumentState {
  return { top: {}, meta: {}, inMetadata: false, metadataIndent: -1, unsure: false, done: false };
}

function isSpace(c: number): boolean {
  return c === SPACE || c === 10 || c === CR || c === TAB;
}

function topLevelLine(doc: DocumentState, text: string, start: number, end: number): void {
  doc.inMetadata = false;
  if (doc.top.apiVersion !== undefined && doc.top.kind !== undefined && doc.top.metadata !== undefined) {
    doc.done = true;
    return;
  }
  for (const field of TOP_FIELDS) {
    if (!text.startsWith(field, start) || text.charCodeAt(start + field.length) !== 58) continue;
    if (doc.top[field] !== undefined) doc.unsure = true;
    const value = text.slice(start + field.length + 1, end).trim();
    doc.top[field] = value;
    if (field === 'metadata') doc.inMetadata = value === '';
    return;
  }
}

function metadataLine(doc: DocumentState, text: string, at: number, end: number, indent: number): void {
  if (doc.metadataIndent < 0) doc.metadataIndent = indent;
  if (indent < doc.metadataIndent) doc.unsure = true;
  if (indent !== doc.metadataIndent) return;
  for (const field of META_FIELDS) {
    if (!text.startsWith(field, at) || text.charCodeAt(at + field.length) !== 58) continue;
    if (doc.meta[field] !== undefined) doc.unsure = true;
    doc.meta[field] = text.slice(at + field.length + 1, end).trim();
    return;
  }
}

function keyOf(doc: DocumentState): ScannedKey | undefined {
  const apiVersion = scalar(doc.top.apiVersion);
  const kind = scalar(doc.top.kind);
  const name = scalar(doc.meta.name);
  if (!apiVersion || !kind || !name || doc.top.metadata !== '' || kind.endsWith('List')) return undefined;
  if (doc.meta.namespace === undefined) return { apiVersion, kind, name };
  const namespace = scalar(doc.meta.namespace);
  return namespace ? { apiVersion, kind, name, namespace } : undefined;
}

/** A plain scalar that cannot be read two ways (no quotes, flow, anchor, tag, comment or escape). */
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9._/:@+-]*$/;

function scalar(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (PLAIN.test(text)) return text;
  const quoted = /^"([A-Za-z0-9._/:@+-]+)"$|^'([A-Za-z0-9._/:@+-]+)'$/.exec(text);
  return quoted ? (quoted[1] ?? quoted[2]) : undefined;
}

/** The objects of one document, Lists expanded. */
export function parseObjects(body: string, source?: string): KubeObject[] {
  let value: unknown;
  try {
    value = readYaml(body);
  } catch (err) {
    throw new PlanError(
      'manifest',
      `A rendered document${source ? ` (${source})` : ''} is not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
      'Render the chart with helm template and look at that document; helm itself accepted it, so report this with the chart.',
    );
  }
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value))
    throw new PlanError('manifest', `A rendered document${source ? ` (${source})` : ''} is not a Kubernetes object (a map).`, 'Check the chart template.');
  return expandList(value as KubeObject);
}

/** `kind: List` (and `…List` kinds with `items`) become their items, as kubectl and the API server treat them. */
function expandList(object: KubeObject): KubeObject[] {
  const kind = typeof object.kind === 'string' ? object.kind : '';
  if (!kind.endsWith('List') || !Array.isArray(object.items)) return [object];
  return (object.items as unknown[]).flatMap((item) => (item && typeof item === 'object' && !Array.isArray(item) ? expandList(item as KubeObject) : []));
}
