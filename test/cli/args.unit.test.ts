/** The CLI's argument parsing: each mistake says what to type instead. */
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args.js';

const actions = ['preflight', 'helm-login'];

describe('parseArgs', () => {
  it('reads an action, repeated inputs (values may hold =) and flags', () => {
    expect(parseArgs(['preflight', '--input', 'values-files=a.yaml', '-i', 'set=a=b', '--json', '--workspace', 'ws'], actions)).toEqual({
      kind: 'run',
      action: 'preflight',
      inputs: { 'values-files': 'a.yaml', set: 'a=b' },
      json: true,
      verbose: false,
      workspace: 'ws',
    });
  });

  it('reads the pipeline command and needs --env', () => {
    expect(parseArgs(['pipeline', '--env', 'dev', '--config', 'c.yml', '--report', 'r.json'], actions)).toMatchObject({
      kind: 'pipeline',
      env: 'dev',
      config: 'c.yml',
      report: 'r.json',
    });
    expect(() => parseArgs(['pipeline'], actions)).toThrow('pipeline needs --env NAME');
  });

  it('gives help overall and per action', () => {
    expect(parseArgs([], actions)).toEqual({ kind: 'help' });
    expect(parseArgs(['helm-login', '--help'], actions)).toEqual({ kind: 'help', action: 'helm-login' });
  });

  it('names the mistake and the fix', () => {
    expect(() => parseArgs(['deploy'], actions)).toThrow(new UsageError('Unknown action "deploy". Actions: preflight, helm-login; or: pipeline --env NAME.'));
    expect(() => parseArgs(['preflight', '--input', 'novalue'], actions)).toThrow('--input takes name=value');
    expect(() => parseArgs(['preflight', '--input'], actions)).toThrow('--input needs a value.');
    expect(() => parseArgs(['preflight', '--bogus'], actions)).toThrow('Unknown option "--bogus". See chalk-actions preflight --help.');
  });
});
