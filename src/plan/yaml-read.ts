/**
 * Reads one rendered document into plain values, fast. A diff parses every document whose text
 * changed, so parsing is its cost; the yaml package's full parse builds a Document (nodes, ranges,
 * comments) only to convert it to plain values. Here the yaml package's own parser produces its
 * concrete syntax tree and scalars are resolved with its `CST.resolveAsScalar` and the YAML 1.2 core
 * schema (null, bool, int, float — as `parse` resolves them): about half the time, a third of it cold.
 * Anything this reader does not handle (anchors, aliases, tags, explicit keys, directives, several
 * documents, a duplicate key, a syntax error) goes to the yaml package's full `parse`, which decides.
 */
import { CST, parse, Parser } from 'yaml';

/** Thrown inside the fast path for what it leaves to the full parse. */
class NotPlain extends Error {}

export function readYaml(text: string): unknown {
  try {
    return readFast(text);
  } catch (err) {
    if (!(err instanceof NotPlain)) throw err;
    return parse(text, { prettyErrors: false });
  }
}

function readFast(text: string): unknown {
  let value: unknown = null;
  let documents = 0;
  for (const token of new Parser().parse(text)) {
    if (token.type === 'document') {
      if (++documents > 1) throw new NotPlain();
      props(token.start);
      value = token.value ? node(token.value) : null;
      if (token.end) props(token.end);
    } else if (token.type !== 'comment' && token.type !== 'newline' && token.type !== 'space' && token.type !== 'doc-end' && token.type !== 'byte-order-mark')
      throw new NotPlain();
  }
  return value;
}

/** Source tokens around a node: an anchor, a tag or an explicit key is left to the full parse. */
function props(tokens: readonly CST.SourceToken[] | undefined): void {
  if (!tokens) return;
  for (const t of tokens) if (t.type === 'anchor' || t.type === 'tag' || t.type === 'explicit-key-ind' || t.type === 'flow-error-end') throw new NotPlain();
}

function node(token: CST.Token | null | undefined): unknown {
  if (!token) return null;
  switch (token.type) {
    case 'block-map':
      if (token.items.some((item) => !item.sep?.some((t) => t.type === 'map-value-ind'))) throw new NotPlain();
      return map(token.items);
    case 'block-seq':
      return token.items.map((item) => {
        props(item.start);
        return node(item.value);
      });
    case 'flow-collection':
      // An unclosed bracket has no end token here; the full parse reports it.
      if (!token.end.some((t) => t.type === 'flow-map-end' || t.type === 'flow-seq-end')) throw new NotPlain();
      if (token.start.source === '{') return map(token.items);
      return token.items.map((item) => {
        if (item.key !== undefined || item.sep?.some((t) => t.type === 'map-value-ind')) throw new NotPlain();
        props(item.start);
        return node(item.value);
      });
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      return scalar(token);
    default:
      throw new NotPlain();
  }
}

function map(items: readonly CST.CollectionItem[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of items) {
    props(item.start);
    props(item.sep);
    if (!item.key || !isScalarToken(item.key)) throw new NotPlain();
    const key = keyText(scalar(item.key));
    if (key === '__proto__' || Object.hasOwn(out, key)) throw new NotPlain();
    out[key] = node(item.value);
  }
  return out;
}

function isScalarToken(token: CST.Token): boolean {
  return token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar' || token.type === 'block-scalar';
}

/** A scalar key as the full parse turns it into an object key. */
function keyText(value: unknown): string {
  return value === null ? '' : String(value);
}

function scalar(token: CST.Token): unknown {
  if (token.type === 'block-scalar') props(token.props.filter((t): t is CST.SourceToken => 'source' in t && t.type !== 'block-scalar-header'));
  if ('end' in token && Array.isArray(token.end)) props(token.end as CST.SourceToken[]);
  const resolved = CST.resolveAsScalar(token, true, () => {
    throw new NotPlain();
  });
  if (!resolved) throw new NotPlain();
  return resolved.type === 'PLAIN' ? plain(resolved.value) : resolved.value;
}

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INF_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** A plain scalar by the YAML 1.2 core schema, in the yaml package's order of tags. */
function plain(text: string): unknown {
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (OCT.test(text)) return parseInt(text.slice(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (HEX.test(text)) return parseInt(text.slice(2), 16);
  if (INF_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity;
  if (FLOAT.test(text)) return parseFloat(text);
  return text;
}
