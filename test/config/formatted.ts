import type { Problem } from '../../src/report/problems.js';

/** `file:line:col: message Fix: fix` — the form the config tests' expectations are written in. */
export function formatted(p: Problem): string {
  const where = p.origin ? `${p.origin.file}:${p.origin.line}:${p.origin.col}: ` : '';
  return `${where}${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}`;
}
