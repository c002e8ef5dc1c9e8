/** The check runner (src/checks/check.ts): timeouts abort the check's signal, prerequisites skip, crashes are named. */
import { describe, expect, it } from 'vitest';
import { runChecks, type Check } from '../../src/checks/check.js';

const never = (signal: AbortSignal, aborted: AbortSignal[]) =>
  new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => {
      aborted.push(signal);
      reject(new Error('aborted'));
    });
  });

describe('runChecks', () => {
  it('times a check out, aborts its signal, and skips what needed it', async () => {
    const aborted: AbortSignal[] = [];
    const checks: Check<object>[] = [
      { id: 'a.slow', group: 'a', title: 'slow', timeoutMs: 1500, run: (_, signal) => never(signal, aborted) },
      { id: 'a.after', group: 'a', title: 'after', after: ['a.slow'], run: async () => ({ verdict: 'pass', finding: 'ran' }) },
      { id: 'b.quick', group: 'b', title: 'quick', run: async () => ({ verdict: 'pass', finding: 'fine' }) },
      {
        id: 'b.crash',
        group: 'b',
        title: 'crash',
        run: async () => {
          throw new Error('boom');
        },
      },
    ];
    const results = await runChecks(checks, {}, 60_000);
    expect(results.map((r) => [r.id, r.verdict, r.finding])).toEqual([
      ['a.slow', 'fail', 'timed out after 1.5 s'],
      ['a.after', 'skipped', 'skipped: a.slow did not pass'],
      ['b.quick', 'pass', 'fine'],
      ['b.crash', 'fail', 'check crashed: boom'],
    ]);
    expect(aborted).toHaveLength(1);
    expect(results[0]!.durationMs).toBeGreaterThanOrEqual(1400);
  });

  it('says whole seconds without a decimal', async () => {
    const [result] = await runChecks([{ id: 'x', group: 'x', title: 'x', timeoutMs: 1000, run: (_, s) => never(s, []) }], {}, 60_000);
    expect(result!.finding).toBe('timed out after 1 s');
  });
});
