/**
 * Runner annotations (`::error file=…,line=…,col=…::…`). GitHub shows at most 10 error and 10 warning
 * annotations per step: past that, findings are still logged, and reports put them in the summary.
 */
import * as core from '@actions/core';
import type { Problem } from './problems.js';
import { redact } from './secrets.js';

export const ANNOTATION_LIMIT = 10;
const shown = { error: 0, warning: 0 };

/**
 * Annotation text: redacted, without control characters a terminal or the log viewer would act on
 * (ESC sequences, NUL). Line breaks stay: the runner escapes them, so they cannot start a command.
 */
export function annotationText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
  return redact(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
}

export interface AnnotationOptions {
  title?: string;
  file?: string;
  line?: number;
  col?: number;
}

/** One annotation, within GitHub's per-step limit; past it, a plain log line. */
export function annotation(level: 'error' | 'warning', message: string, options: AnnotationOptions = {}): void {
  const text = annotationText(message);
  if (shown[level] >= ANNOTATION_LIMIT) {
    core.info(`${level}: ${options.file ? `${options.file}:${options.line ?? ''}:${options.col ?? ''}: ` : ''}${text}`);
    return;
  }
  shown[level]++;
  const properties: core.AnnotationProperties = {
    ...(options.title ? { title: annotationText(options.title) } : {}),
    ...(options.file ? { file: options.file, startLine: options.line, startColumn: options.col } : {}),
  };
  if (level === 'error') core.error(text, properties);
  else core.warning(text, properties);
}

export function annotate(problems: readonly Problem[], title: string): void {
  for (const p of problems)
    annotation(p.severity, `${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}`, {
      title,
      ...(p.origin ? { file: p.origin.file, line: p.origin.line, col: p.origin.col } : {}),
    });
}
