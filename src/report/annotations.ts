/** Turns located problems into runner annotations (`::error file=…,line=…,col=…::…`). */
import * as core from '@actions/core';
import type { Problem } from './problems.js';
import { redact } from './secrets.js';

export function annotate(problems: readonly Problem[], title: string): void {
  for (const p of problems) {
    const message = redact(`${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}`);
    const properties: core.AnnotationProperties = { title };
    if (p.origin) {
      properties.file = p.origin.file;
      properties.startLine = p.origin.line;
      properties.startColumn = p.origin.col;
    }
    if (p.severity === 'error') core.error(message, properties);
    else core.warning(message, properties);
  }
}
