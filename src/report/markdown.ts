/** Small markdown builders for job summaries and PR comments; all cell text is redacted, then escaped. */
import { redact } from './secrets.js';

export function escapeCell(text: string): string {
  return escapeHtml(text).replaceAll('|', '\\|').replace(/\r?\n/g, '<br>');
}

/**
 * GitHub renders inline HTML in markdown, so `<YOUR …>` would vanish as an unknown tag. Secrets are
 * redacted first: once escaped, `p&ss` no longer matches the registered `p&ss` and would slip past.
 */
export function escapeHtml(text: string): string {
  return redact(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function code(text: string): string {
  const ticks = text.includes('`') ? '``' : '`';
  return `${ticks}${text}${ticks}`;
}
