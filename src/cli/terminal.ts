/**
 * What an action prints and writes, made readable in a terminal: workflow commands as plain lines
 * (`file:line:col: error: message`, groups folded under their titles, masks applied), and the job
 * summary's markdown as text (tables aligned, `<details>` as indented sections).
 */
import { parseCommand } from '../runner/workflow-commands.js';

export interface Style {
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

export const PLAIN: Style = { red: (t) => t, yellow: (t) => t, dim: (t) => t, bold: (t) => t };
export const COLOURS: Style = {
  red: (t) => `\u001b[31m${t}\u001b[39m`,
  yellow: (t) => `\u001b[33m${t}\u001b[39m`,
  dim: (t) => `\u001b[2m${t}\u001b[22m`,
  bold: (t) => `\u001b[1m${t}\u001b[22m`,
};

/** Turns one step's stdout, line by line, into what a person reads; keeps the masks it learns. */
export class CommandRenderer {
  private readonly masks = new Set<string>();
  private stopToken: string | undefined;
  private group: string | undefined;

  constructor(
    private readonly style: Style = PLAIN,
    private readonly verbose = false,
  ) {}

  /** The text to show for `line`, or undefined when it shows nothing. */
  render(line: string): string | undefined {
    const cmd = this.stopToken === undefined || line.startsWith(`::${this.stopToken}::`) ? parseCommand(line) : undefined;
    if (!cmd) return this.text(line);
    switch (cmd.command) {
      case this.stopToken:
        this.stopToken = undefined;
        return undefined;
      case 'stop-commands':
        this.stopToken = cmd.message;
        return undefined;
      case 'add-mask':
        if (cmd.message) this.masks.add(cmd.message);
        return undefined;
      case 'group':
        this.group = cmd.message;
        return this.style.bold(`▸ ${this.mask(cmd.message)}`);
      case 'endgroup':
        this.group = undefined;
        return undefined;
      case 'debug':
        return this.verbose ? this.style.dim(`debug: ${this.mask(cmd.message)}`) : undefined;
      case 'error':
      case 'warning':
      case 'notice': {
        const p = cmd.properties;
        const where = p.file ? `${p.file}:${p.line ?? ''}:${p.col ?? ''}: ` : '';
        const level = cmd.command === 'error' ? this.style.red('error') : cmd.command === 'warning' ? this.style.yellow('warning') : 'notice';
        const text = `${where}${level}: ${this.mask(cmd.message)}`.replace(/\n/g, '\n    ');
        return this.group ? text.replace(/^/gm, '  ') : text;
      }
      case 'set-output':
      case 'save-state':
      case 'set-env':
      case 'add-path':
      case 'echo':
        return undefined;
      default:
        return this.text(line);
    }
  }

  /** Applies every mask learnt so far, as the runner does in the log. */
  mask(text: string): string {
    let out = text;
    for (const m of [...this.masks].sort((a, b) => b.length - a.length)) out = out.split(m).join('***');
    return out;
  }

  private text(line: string): string | undefined {
    // Inside a group, plain lines are folded away unless asked for: the title says what ran.
    if (this.group !== undefined && !this.verbose) return undefined;
    return this.group !== undefined ? `  ${this.mask(line)}` : this.mask(line);
  }
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

function inline(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '; ')
    .replace(/<\/?(?:b|strong|i|em|code|sub|sup|kbd)>/gi, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/&(?:lt|gt|amp|quot|#39|nbsp);/g, (e) => ENTITIES[e]!);
}

/** Columns a string takes in a terminal: wide (CJK, most emoji) characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0xfe0f || (cp >= 0x300 && cp <= 0x36f)) continue;
    width +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0x1f300 && cp <= 0x1faff) ||
      cp === 0x2705 ||
      cp === 0x274c ||
      cp === 0x23ed
        ? 2
        : 1;
  }
  return width;
}

function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && body[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (body[i] === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += body[i];
  }
  cells.push(cell.trim());
  return cells.map(inline);
}

function table(rows: string[][], indent: string): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) =>
    indent +
    r
      .map((c, i) => c + ' '.repeat(widths[i]! - displayWidth(c)))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), indent + widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
}

/** The job summary's markdown as terminal text. */
export function renderSummary(markdown: string, style: Style = PLAIN): string {
  const out: string[] = [];
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  let depth = 0;
  let fence = false;
  const indent = () => '  '.repeat(depth);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      continue;
    }
    if (fence) {
      out.push(`${indent()}${style.dim('│')} ${line}`);
      continue;
    }
    const trimmed = line.trim();
    if (/^<details\b[^>]*>/i.test(trimmed)) {
      const summary = /<summary>(.*?)<\/summary>/i.exec(trimmed)?.[1] ?? /<summary>(.*?)<\/summary>/i.exec(lines[i + 1] ?? '')?.[1];
      if (summary !== undefined && !/<summary>/i.test(trimmed)) i++;
      out.push(`${indent()}${style.bold(`▸ ${inline(summary ?? 'details')}`)}`);
      depth++;
      continue;
    }
    if (/^<\/details>/i.test(trimmed)) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (/^<summary>.*<\/summary>$/i.test(trimmed)) continue;
    if (trimmed.startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.trim().startsWith('|'); i++) {
        if (!/^\|?\s*:?-{3,}/.test(lines[i]!.trim())) rows.push(splitRow(lines[i]!));
      }
      i--;
      out.push(...table(rows, indent()));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
    if (heading) {
      const text = inline(heading[2]!);
      out.push(`${indent()}${style.bold(text)}`);
      if (heading[1]!.length <= 2) out.push(`${indent()}${'═'.repeat(displayWidth(text))}`);
      continue;
    }
    const callout = /^>\s*\[!(\w+)\]$/.exec(trimmed);
    if (callout) {
      out.push(`${indent()}${style.yellow(`${callout[1]}:`)}`);
      continue;
    }
    out.push(trimmed ? `${indent()}${inline(trimmed.replace(/^>\s?/, ''))}` : '');
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
