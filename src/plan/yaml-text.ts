/**
 * Canonical YAML text of a normalised object, for the text diff only (never parsed back): block
 * style, two-space indents, lists indented under their key, one line per scalar. A string is plain
 * only when it cannot be read as anything else; otherwise it is double-quoted (JSON's escapes are
 * valid YAML), and multi-line text is a block literal so a changed line of a config file shows as one
 * line. Written here rather than with the yaml package's stringify, which took as long as parsing
 * and so doubled the cost of a diff.
 */

export function toYaml(value: unknown): string {
  if (value === undefined) return '';
  const lines: string[] = [];
  if (isMap(value) || Array.isArray(value)) block(value, 0, lines);
  else lines.push(scalar(value, 0));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Appends the lines of a map or list at `indent`. */
function block(value: Record<string, unknown> | unknown[], indent: number, lines: string[]): void {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return void lines.push(`${pad}[]`);
    for (const item of value) {
      if ((isMap(item) && Object.keys(item).length) || (Array.isArray(item) && item.length)) {
        const start = lines.length;
        block(item, indent + 2, lines);
        lines[start] = `${pad}- ${lines[start]!.slice(indent + 2)}`;
      } else lines.push(`${pad}- ${inline(item, indent + 2)}`);
    }
    return;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return void lines.push(`${pad}{}`);
  for (const [k, v] of entries) {
    const key = `${pad}${plainSafe(k) ? k : JSON.stringify(k)}:`;
    if ((isMap(v) && Object.keys(v).length) || (Array.isArray(v) && v.length)) {
      lines.push(key);
      block(v, indent + 2, lines);
    } else lines.push(`${key} ${inline(v, indent + 2)}`);
  }
}

/** A scalar or an empty collection on the rest of a line; multi-line text continues below at `indent`. */
function inline(value: unknown, indent: number): string {
  if (isMap(value)) return '{}';
  if (Array.isArray(value)) return '[]';
  return scalar(value, indent);
}

function scalar(value: unknown, indent: number): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  if (typeof value === 'boolean') return String(value);
  const text = String(value);
  if (plainSafe(text)) return text;
  if (text.includes('\n') && !CONTROL.test(text)) return literal(text, indent);
  return JSON.stringify(text);
}

// eslint-disable-next-line no-control-regex -- control characters cannot stand in a block literal.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029]/;

/** `|`, `|-` or `|+` by the trailing newlines, with an indentation indicator when the first line starts with a space. */
function literal(text: string, indent: number): string {
  const trailing = /\n*$/.exec(text)![0].length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const body = trailing ? text.slice(0, -trailing) : text;
  const pad = ' '.repeat(indent);
  const header = `|${/^\n*[ ]/.test(body) ? '2' : ''}${chomp}`;
  const lines = body.split('\n').map((l) => (l ? pad + l : ''));
  for (let i = 1; i < trailing; i++) lines.push('');
  return `${header}\n${lines.join('\n')}`;
}

const TYPED = /^(?:~|null|true|false|y|yes|n|no|on|off|[-+]?\.?(?:inf|nan))$/i;
const NUMERIC = /^[-+]?[0-9.][0-9a-fA-FxXoO_.:eE+-]*$/;
// eslint-disable-next-line no-control-regex -- control characters force quoting.
const PLAIN = /^[A-Za-z0-9_/.$][^\u0000-\u001f\u007f"'#`]*$/;

/** Text YAML reads back as this same string in block context. */
function plainSafe(text: string): boolean {
  return PLAIN.test(text) && !TYPED.test(text) && !NUMERIC.test(text) && !/: |:$| #|\s$/.test(text) && !/^\d{4}-\d\d?-\d\d?/.test(text);
}
