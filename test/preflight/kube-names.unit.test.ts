/** Kubernetes and helm names (src/kube/names.ts): what the API server and helm accept, and the nearest valid name. */
import { describe, expect, it } from 'vitest';
import { assertName, InvalidNameError, nameProblem, suggestName } from '../../src/kube/names.js';

describe('names', () => {
  it('accepts namespaces that are DNS-1123 labels, and nothing else', () => {
    for (const ok of ['chalk-metadata', 'a', '0', 'x'.repeat(63), 'a-1']) expect(nameProblem('namespace', ok), ok).toBeUndefined();
    for (const bad of ['..', '.', 'Bad_NS', 'a.b', '-a', 'a-', 'x'.repeat(64), 'ns/x', 'ns ', 'аcme']) expect(nameProblem('namespace', bad), bad).toBeDefined();
    expect(nameProblem('namespace', '')).toBe('is empty');
    expect(nameProblem('namespace', 'x'.repeat(64))).toBe('is 64 characters long; it must be at most 63');
  });

  it('accepts release names as helm does: lower-case subdomains of at most 53 characters', () => {
    for (const ok of ['chalk-metadata-plane', 'my.chalk', 'x'.repeat(53), '1']) expect(nameProblem('release', ok), ok).toBeUndefined();
    for (const bad of ['x'.repeat(54), 'My-Chalk', 'chalk_plane', 'a..b', 'a,owner!=helm', '.a', 'a.']) expect(nameProblem('release', bad), bad).toBeDefined();
  });

  it('accepts object names (service accounts, secrets) as DNS-1123 subdomains up to 253 characters', () => {
    expect(nameProblem('object', 'sh.helm.release.v1.chalk.v3')).toBeUndefined();
    expect(nameProblem('object', `${'a'.repeat(63)}.${'b'.repeat(189)}`)).toBeUndefined();
    expect(nameProblem('object', 'a'.repeat(254))).toBeDefined();
    expect(nameProblem('object', '..')).toBeDefined();
  });

  it('suggests the nearest valid name only when one is left', () => {
    expect(suggestName('namespace', 'Bad_NS')).toBe('bad-ns');
    expect(suggestName('namespace', 'chalk.metadata')).toBe('chalk-metadata');
    expect(suggestName('release', 'My_Chalk.Plane')).toBe('my-chalk.plane');
    expect(suggestName('namespace', `${'a'.repeat(62)}-b`)).toBe('a'.repeat(62));
    expect(suggestName('namespace', '..')).toBeUndefined();
    expect(suggestName('namespace', '__')).toBeUndefined();
  });

  it('throws an input error that names the input, quotes the value on one line and gives the fix', () => {
    expect(assertName('namespace', 'chalk-metadata', 'Input namespace')).toBe('chalk-metadata');
    const bad = (() => {
      try {
        assertName('namespace', 'Bad_NS', 'Input namespace');
      } catch (err) {
        return err;
      }
    })();
    expect(bad).toBeInstanceOf(InvalidNameError);
    expect(bad).toMatchObject({
      kind: 'invalid-name',
      boundary: 'input',
      message: `Input namespace "Bad_NS" must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit.`,
      fix: 'Use a valid name, e.g. bad-ns.',
    });
    expect(() => assertName('namespace', '..', 'Input namespace')).toThrow(
      expect.objectContaining({
        fix: "Use a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters.",
      }),
    );
    expect(() => assertName('release', 'a\n::error::x', 'Input release')).toThrow(/^Input release "a ::error::x" must be a helm release name/);
    expect(() => assertName('namespace', '', 'Input namespace')).toThrow('Input namespace is empty.');
  });
});
