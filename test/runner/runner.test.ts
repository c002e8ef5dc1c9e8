/** The local runner reads an action's channels as GitHub's runner does, and catches leaked secrets. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputEnvName, LocalJob, runAction, SecretLeakError } from '../../src/runner/action-runner.js';
import { parseCommand, parseFileCommand } from '../../src/runner/workflow-commands.js';
import { fixtures, node24 } from '../helpers/paths.js';

const probe = join(fixtures, 'runner', 'probe-action');
const workspace = await mkdtemp(join(tmpdir(), 'chalk-probe-'));

describe('workflow command parsing', () => {
  it('unescapes data and properties', () => {
    expect(parseCommand('::error file=a%2Cb.yaml,line=3,title=x%3Ay::one%0Atwo 50%25')).toEqual({
      command: 'error',
      properties: { file: 'a,b.yaml', line: '3', title: 'x:y' },
      message: 'one\ntwo 50%',
    });
    expect(parseCommand('plain text')).toBeUndefined();
  });

  it('reads key=value and heredoc file commands, and rejects an unterminated heredoc', () => {
    expect(parseFileCommand('a=1\nb<<X\nl1\nl2\nX\nc=x=y\n')).toEqual({ a: '1', b: 'l1\nl2', c: 'x=y' });
    expect(() => parseFileCommand('b<<X\nl1\n')).toThrow("Matching delimiter not found 'X'");
  });

  it('names inputs as the runner does', () => {
    expect(inputEnvName('values-files')).toBe('INPUT_VALUES-FILES');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });
});

describe('runAction', () => {
  it('runs main then post under Node 24 with defaults, outputs, state, env, path and annotations', async () => {
    const run = await runAction({ actionDir: probe, node: node24(), workspace, inputs: { 'secret-value': 's3cr3t-value' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ greeting: 'hello', multi: 'line one\nline two', 'node-major': '24' });
    expect(run.masks).toEqual(['s3cr3t-value']);
    expect(run.summary).toBe('### probe summary\n');
    expect(run.annotations).toEqual([
      { level: 'warning', message: 'first\nsecond 100%', file: 'values.yaml', line: 3, col: 7, title: 'probe, title' },
      { level: 'notice', message: `cwd=${workspace}` },
    ]);
    expect(run.main.groups).toEqual(['Probe details']);
    expect(run.main.env).toEqual({ PROBE_EXPORTED: 'from-main' });
    expect(run.post?.outputs).toEqual({ 'seen-state': expect.stringMatching(/^\/tmp\/probe-\d+$/), 'seen-env': 'from-main', 'seen-path': '/opt/probe/bin' });
  });

  it.each([
    ['stdout', 'main stdout'],
    ['html', 'main stdout'],
    ['file', 'file '],
    ['env', 'main exported variable PROBE_TOKEN'],
  ])('fails the run when a masked value leaks through %s', async (leak, where) => {
    const run = runAction({ actionDir: probe, node: node24(), workspace, inputs: { 'secret-value': 'p&ss<w0rd>|x', leak } });
    await expect(run).rejects.toThrow(SecretLeakError);
    await expect(run).rejects.toThrow(where);
  });

  it('reports the exit code and still runs post', async () => {
    const run = await runAction({ actionDir: probe, node: node24(), workspace, inputs: { 'exit-code': '3' } });
    expect(run.exitCode).toBe(3);
    expect(run.post?.exitCode).toBe(0);
  });

  it('rejects an input that action.yml does not declare', async () => {
    await expect(runAction({ actionDir: probe, node: node24(), workspace, inputs: { nope: 'x' } })).rejects.toThrow('declares no input "nope"');
  });
});

describe('LocalJob', () => {
  it('carries exported env and PATH to later steps, and runs post steps last, in reverse order', async () => {
    const job = await LocalJob.create({ node: node24(), workspace });
    const first = await job.run(probe, { greeting: 'first' });
    const second = await job.run(probe, { greeting: 'second' });
    expect(first.post).toBeUndefined();
    expect(job.env).toEqual({ PROBE_EXPORTED: 'from-main' });
    await job.finish();
    expect(await readFile(join(job.runnerTemp, 'post-order'), 'utf8')).toBe('second\nfirst\n');
    expect(second.post?.outputs['seen-env']).toBe('from-main');
  });

  it('treats masks as job-wide: a value masked by a later step must not appear in an earlier one', async () => {
    const job = await LocalJob.create({ node: node24(), workspace });
    await job.run(probe, { greeting: 'public-looking-value' });
    await job.run(probe, { 'secret-value': 'public-looking-value' });
    await expect(job.finish()).rejects.toThrow(SecretLeakError);
  });
});
