import { describe, expect, it } from 'vitest';
import { runInOrder, type Task } from '../../src/apply/schedule.js';

const tick = (ms = 5): Promise<void> => new Promise((r) => setTimeout(r, ms));

function tasks(spec: Record<string, string[]>, fail: string[] = [], log: string[] = [], running = { now: 0, max: 0 }): Task[] {
  return Object.entries(spec).map(([id, needs]) => ({
    id,
    needs,
    run: async () => {
      running.now++;
      running.max = Math.max(running.max, running.now);
      log.push(`start ${id}`);
      await tick(id.length * 3);
      log.push(`end ${id}`);
      running.now--;
      return !fail.includes(id);
    },
  }));
}

describe('running tasks in needs order', () => {
  it('starts a task only after everything it needs succeeded, independent ones in parallel up to the bound', async () => {
    const log: string[] = [];
    const running = { now: 0, max: 0 };
    const spec = { lbc: [], gateway: ['lbc'], certmanager: ['gateway'], dns: ['gateway'], keda: [], argo: [], issuer: ['certmanager'] };
    const result = await runInOrder(tasks(spec, [], log, running), { maxParallel: 2 });
    expect(running.max).toBe(2);
    for (const [id, needs] of Object.entries(spec))
      for (const need of needs) expect(log.indexOf(`end ${need}`), `${need} ends before ${id} starts`).toBeLessThan(log.indexOf(`start ${id}`));
    expect([...result.states.values()].every((s) => s === 'succeeded')).toBe(true);
    expect(result.started).toHaveLength(7);
  });

  it('starts nothing after the first failure, lets running tasks finish, and leaves the rest not started', async () => {
    const log: string[] = [];
    const result = await runInOrder(tasks({ a: [], bbbbbbbbbb: [], c: ['a'], d: [] }, ['a'], log), { maxParallel: 2 });
    expect(result.firstFailure).toBe('a');
    expect(Object.fromEntries(result.states)).toEqual({ a: 'failed', bbbbbbbbbb: 'succeeded', c: 'not-started', d: 'not-started' });
    expect(log).toContain('end bbbbbbbbbb');
  });

  it('counts a rejection as a failure and stops at a cancel', async () => {
    const controller = new AbortController();
    const result = await runInOrder(
      [
        { id: 'boom', needs: [], run: () => Promise.reject(new Error('x')) },
        { id: 'later', needs: ['boom'], run: () => Promise.resolve(true) },
      ],
      { maxParallel: 3 },
    );
    expect(Object.fromEntries(result.states)).toEqual({ boom: 'failed', later: 'not-started' });
    const cancelled = await runInOrder(
      [
        { id: 'first', needs: [], run: async () => (controller.abort(), true) },
        { id: 'second', needs: ['first'], run: () => Promise.resolve(true) },
      ],
      { maxParallel: 1, signal: controller.signal },
    );
    expect(Object.fromEntries(cancelled.states)).toEqual({ first: 'succeeded', second: 'not-started' });
  });
});
