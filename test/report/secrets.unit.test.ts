/** Reporting redacts secrets before any escaping can disguise them. */
import { afterEach, describe, expect, it } from 'vitest';
import { code, table } from '../../src/report/markdown.js';
import { forgetSecrets, logLine, redact, registerSecret } from '../../src/report/secrets.js';

afterEach(() => forgetSecrets());

describe('secrets in markdown', () => {
  it('redacts a secret with markdown and HTML metacharacters in a table cell before escaping it', () => {
    registerSecret('Rds&Pass<w0rd>|9');
    const md = table(['Finding'], [[`cannot reach postgres://chalk:Rds&Pass<w0rd>|9@db ${code('x')}`]]);
    expect(md).toContain('postgres://chalk:***@db');
    expect(md).not.toMatch(/Rds|w0rd/);
  });

  it('redacts the JSON-escaped, base64 and escaped forms of a secret too', () => {
    registerSecret('a"b\\c&<d>|e');
    const escapedJson = JSON.stringify({ v: 'a"b\\c&<d>|e' });
    expect(redact(escapedJson)).toBe('{"v":"***"}');
    expect(redact(Buffer.from('a"b\\c&<d>|e').toString('base64'))).toBe('***');
    expect(redact('a"b\\c&amp;&lt;d&gt;\\|e')).toBe('***');
  });
});

describe('logLine', () => {
  it('keeps remote text on one line, so it cannot start a workflow command', () => {
    registerSecret('hunter22');
    expect(logLine('registry said: nope\n::stop-commands::x\n::error::forged hunter22')).toBe('registry said: nope ::stop-commands::x ::error::forged ***');
  });
});
