/**
 * The CLI end to end: an action run through the local runner under Node 24 with its output rendered,
 * --json, exit codes, and Ctrl-C forwarded as GitHub cancels a step (post steps still run).
 */
import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { fixtures, node24, repoRoot } from '../helpers/paths.js';

const toolkit = join(fixtures, 'cli', 'toolkit');

async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _enc, done) {
        append(chunk.toString());
        done();
      },
    });
  const code = await cli(argv, {
    root: toolkit,
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    env: { ...process.env, PATH: `${join(node24(), '..')}:${process.env.PATH ?? ''}` },
    cwd: repoRoot,
  });
  return { code, out, err };
}

describe('chalk-actions <action>', () => {
  it('shows commands as readable lines, masks, the summary as text, the outputs, and returns the exit code', async () => {
    const { code, out } = await runCli(['echo', '--input', 'message=hi', '--input', 'token=s3cr3t-tok', '--input', 'exit-code=1', '--node', node24()]);
    expect(code).toBe(1);
    expect(out).toContain('message: hi (token ***)');
    expect(out).not.toContain('s3cr3t-tok');
    expect(out).toContain('▸ Details');
    expect(out).not.toContain('hidden unless --verbose');
    expect(out).toContain('  values.yaml:4:9: error: bad value\n      second line');
    expect(out).toMatch(/Input +Value\n─+ +─+\nmessage +hi/);
    expect(out).toContain('Outputs:\n  message=hi');
  });

  it('prints one machine-readable result with --json', async () => {
    const { code, out } = await runCli(['echo', '--input', 'message=hi', '--json', '--node', node24()]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { exitCode: number; outputs: Record<string, string>; annotations: { file?: string; line?: number }[]; summary: string };
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ message: 'hi' });
    expect(result.annotations[0]).toMatchObject({ level: 'error', file: 'values.yaml', line: 4, col: 9 });
    expect(result.summary).toContain('| message | hi |');
  });

  it('lists an action’s inputs from its action.yml, and explains a usage mistake with exit code 2', async () => {
    const help = await runCli(['echo', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('  message (required)\n      Printed and set as an output.');
    const bad = await runCli(['echo', '--nope']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Unknown option "--nope". See chalk-actions echo --help.');
  });

  it('forwards Ctrl-C as GitHub cancels a step: SIGINT to the action, its summary written, post steps run, exit 130', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(fixtures, 'cli', 'run-cli.ts'), 'slow', '--node', node24()], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('ready\n')) child.kill('SIGINT');
    });
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(out).toContain('warning: cancelled by SIGINT');
    expect(out).toContain('slow: cancelled by SIGINT');
    expect(out).toContain('post: cleaned up');
  });
});
