/** A job cancel (SIGINT, then SIGTERM) reaches the tools an action runs at once, and they are awaited. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';

const script = join(repoRoot, 'test', 'fixtures', 'process', 'cancel-tool.ts');

/** Starts the fixture under tsx, sends `signals` once it has started its tool, and returns its output. */
async function cancel(toolScript: string, signals: { sig: NodeJS.Signals; afterMs: number }[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, toolScript], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  await new Promise((r) => setTimeout(r, 300));
  const started = Date.now();
  for (const { sig, afterMs } of signals) setTimeout(() => child.kill(sig), afterMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { out, code, ms: Date.now() - started };
}

describe('cancellation', () => {
  it('forwards SIGINT to the running tool at once, keeps what it said, awaits it and starts nothing after', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cancel-'));
    const mark = join(dir, 'got-int');
    const { out, code, ms } = await cancel(`trap 'echo cleaning up; touch ${mark}; exit 7' INT; sleep 30 & wait`, [{ sig: 'SIGINT', afterMs: 0 }]);
    expect(existsSync(mark)).toBe(true);
    expect(out).toContain('stopped cancelled exit=7 said=cleaning up');
    expect(out).toContain('second tool refused: cancelled');
    expect(code).toBe(130);
    expect(ms).toBeLessThan(5_000);
  });

  it('kills a tool that ignores the signals before GitHub would (SIGTERM + 2 s)', async () => {
    const { out, code, ms } = await cancel(`trap '' INT TERM; sleep 30 & wait`, [
      { sig: 'SIGINT', afterMs: 0 },
      { sig: 'SIGTERM', afterMs: 500 },
    ]);
    expect(out).toContain('stopped cancelled');
    expect(code).toBe(130);
    expect(ms).toBeLessThan(4_500);
  });
});
