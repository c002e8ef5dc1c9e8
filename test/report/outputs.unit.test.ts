/** The toolkit's own values are never altered by redaction; summaries stay under GitHub's limit; annotations carry no control bytes. */
import { afterEach, describe, expect, it } from 'vitest';
import { annotationText } from '../../src/report/annotations.js';
import { forgetSecrets, isWeakSecret, redact, redactJson, registerSecret, weakSecretCount } from '../../src/report/secrets.js';

afterEach(() => forgetSecrets());

describe('weak secrets never alter generated values', () => {
  it('keeps a generated path intact while redacting the same word elsewhere', () => {
    registerSecret('chalk');
    const path = '/runner/_temp/chalk-preflight-1a2b.json';
    expect(redact(`report ${path}; password chalk`, [path])).toBe(`report ${path}; password ***`);
  });

  it('redacts strings inside JSON, never numbers, so the JSON stays valid for a secret "1"', () => {
    registerSecret('1');
    const out = redactJson({ schemaVersion: 1, errorCount: 1, finding: 'user 1 rejected', list: ['1', 2] });
    expect(out).toEqual({ schemaVersion: 1, errorCount: 1, finding: 'user *** rejected', list: ['***', 2] });
    expect(() => JSON.parse(JSON.stringify(out))).not.toThrow();
  });

  it('counts weak secrets without saying which', () => {
    for (const v of ['chalk', '1', 'registry', 'Runner']) expect(isWeakSecret(v)).toBe(true);
    for (const v of ['kZ8#qv2!rT', 'a-long-random-token-value']) expect(isWeakSecret(v)).toBe(false);
    registerSecret('chalk');
    registerSecret('kZ8#qv2!rT');
    expect(weakSecretCount()).toBe(1);
  });
});

describe('annotationText', () => {
  it('drops ESC and NUL, keeps line breaks for the runner to escape, redacts', () => {
    registerSecret('s3cr3t-value');
    expect(annotationText('a\u001b[31mred\u0000 s3cr3t-value\nnext')).toBe('a [31mred  ***\nnext');
  });
});
