/** The one process runner: argument arrays taken literally, stdin, and processes that are stopped on time. */
import { describe, expect, it } from 'vitest';
import { runTool, ToolAbortedError, ToolTimeoutError } from '../../src/process/run-tool.js';

describe('runTool', () => {
  it('passes arguments literally, never through a shell', async () => {
    const hostile = '$(touch /tmp/pwned); `id` && echo injected | cat';
    const result = await runTool('/bin/echo', [hostile]);
    expect(result).toEqual({ exitCode: 0, stdout: `${hostile}\n`, stderr: '' });
  });

  it('writes stdin and returns the exit code and both streams', async () => {
    const result = await runTool('/bin/sh', ['-c', 'cat; echo oops >&2; exit 3'], { stdin: 'from stdin' });
    expect(result).toEqual({ exitCode: 3, stdout: 'from stdin', stderr: 'oops\n' });
  });

  it('stops a process that runs past its time limit, with its children', async () => {
    const started = Date.now();
    // The shell ignores SIGTERM and its child holds the pipes: only killing the group ends both.
    const run = runTool('/bin/sh', ['-c', 'trap "" TERM; sleep 60 & wait'], { timeoutMs: 300 });
    await expect(run).rejects.toThrow(ToolTimeoutError);
    await expect(run).rejects.toThrow('sh -c did not finish within 0.3 s and was stopped.');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('stops a process when its signal aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const started = Date.now();
    await expect(runTool('/bin/sleep', ['60'], { signal: controller.signal })).rejects.toThrow(ToolAbortedError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('says which binary cannot be run', async () => {
    await expect(runTool('/nonexistent/helm', ['version'])).rejects.toThrow('Cannot run /nonexistent/helm: spawn /nonexistent/helm ENOENT');
  });
});
