/**
 * preflight's inputs end to end, through the bundle: names Kubernetes or helm would refuse are input
 * errors before any request (`namespace: ..` once read `/api/v1` as the namespace), a zero
 * check-timeout is refused, a report-path that cannot be written still leaves the summary and the
 * outputs, and a weak postgres-password cannot alter the outputs or the JSON report.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../src/runner/action-runner.js';
import { runBundled, workspaceFrom } from '../helpers/action.js';
import { node24, repoRoot } from '../helpers/paths.js';
import { GOOD_WORKSPACE } from '../helpers/preflight.js';
import { bed } from '../testbed/util.js';

/** An API endpoint that only counts the connections made to it: an input error must come before any. */
let connections = 0;
let kubeconfig = '';
const sockets: Socket[] = [];
const listener = createServer((s) => {
  connections++;
  sockets.push(s);
});
beforeAll(async () => {
  await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
  kubeconfig = join(await workspaceFrom(), 'counting-kubeconfig');
  const url = `https://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  await writeFile(kubeconfig, (await readFile(bed().KUBECONFIG, 'utf8')).replace(bed().TESTBED_APISERVER, url));
});
afterAll(() => {
  sockets.forEach((s) => s.destroy());
  listener.close();
});

const preflight = async (inputs: Record<string, string>) =>
  runBundled('preflight', {
    workspace: await workspaceFrom(GOOD_WORKSPACE),
    inputs: { checks: 'cluster,secrets', ...inputs },
    env: { KUBECONFIG: kubeconfig },
  });

describe('preflight inputs', () => {
  it.each([
    [
      'namespace',
      '..',
      `Input namespace ".." must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit. Fix: Use a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters.`,
    ],
    [
      'namespace',
      'Bad_NS',
      `Input namespace "Bad_NS" must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit. Fix: Use a valid name, e.g. bad-ns.`,
    ],
    [
      'namespace',
      'x'.repeat(64),
      `Input namespace "${'x'.repeat(64)}" is 64 characters long; it must be at most 63. Fix: Use a valid name, e.g. ${'x'.repeat(63)}.`,
    ],
    [
      'release',
      'Chalk,owner!=helm',
      `Input release "Chalk,owner!=helm" must be a helm release name: lower-case letters, digits, '-' and '.', each '.'-separated part starting and ending with a letter or digit. Fix: Use a valid name, e.g. chalk-owner-helm.`,
    ],
    [
      'release',
      'r'.repeat(54),
      `Input release "${'r'.repeat(54)}" is 54 characters long; it must be at most 53. Fix: Use a valid name, e.g. ${'r'.repeat(53)}.`,
    ],
    [
      'background-persistence-namespace',
      'bp/../kube-system',
      `Input background-persistence-namespace "bp/../kube-system" must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit. Fix: Use a valid name, e.g. bp-kube-system.`,
    ],
    [
      'report-path',
      'out\n::error::x.json',
      'Input report-path "out ::error::x.json" holds a line break or another control character. Fix: Give a plain file path.',
    ],
  ])('refuses %s %j before any request', async (input, value, message) => {
    const before = connections;
    const run = await preflight({ [input]: value });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.message)).toEqual([message]);
    expect(run.outputs.report).toBeUndefined();
    expect(connections - before).toBe(0);
  });

  it('refuses a check-timeout under a second', async () => {
    const run = await preflight({ 'check-timeout': '0' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.message)).toEqual(['Input check-timeout must be at least 1s, but it is "0".']);
    expect(run.outputs.report).toBeUndefined();
  });

  it('says a report-path it cannot write, and still writes the summary and the counts', async () => {
    const workspace = await workspaceFrom(GOOD_WORKSPACE);
    const run = await runBundled('preflight', { workspace, inputs: { 'report-path': 'values.yaml/report.json' } });
    const dir = await runBundled('preflight', { workspace, inputs: { 'report-path': '.' } });
    expect(dir.exitCode).toBe(1);
    expect(dir.outputs).toEqual({ ok: 'true', 'error-count': '0', 'warning-count': '0' });
    expect(dir.annotations.map((a) => a.message)).toEqual([
      `Input report-path "${workspace}" cannot be written: it is a directory. Fix: Set report-path to a file path the job may write, or leave it empty for a file under RUNNER_TEMP.`,
    ]);
    expect(dir.summary).toContain('### ✅ Chalk preflight passed');
    expect(dir.summary).toContain(`The JSON report was not written: Input report-path "${workspace}" cannot be written: it is a directory.`);
    expect(dir.main.stderr).not.toContain('EISDIR');
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.message)).toEqual([
      `Input report-path "${join(workspace, 'values.yaml', 'report.json')}" cannot be written: a part of its path is a file, not a directory. Fix: Set report-path to a file path the job may write, or leave it empty for a file under RUNNER_TEMP.`,
    ]);
    // A path the job may write is used as given, relative to the workspace.
    const written = await runBundled('preflight', { workspace, inputs: { 'report-path': 'out/preflight.json' } });
    expect(written.outputs.report).toBe(join(workspace, 'out', 'preflight.json'));
    expect(JSON.parse(await readFile(written.outputs.report!, 'utf8'))).toMatchObject({ schemaVersion: 1, ok: true });
  });

  // GitHub masks every occurrence of a registered value in the log, as the runner does here; the
  // action's own outputs and report must stay exact and valid whatever the password is.
  it.each(['chalk', '1'])('keeps the outputs and the JSON report exact with the weak postgres-password %j', async (password) => {
    const run = await runAction({
      actionDir: join(repoRoot, 'actions', 'preflight'),
      node: node24(),
      workspace: await workspaceFrom(GOOD_WORKSPACE),
      inputs: { checks: 'config', 'postgres-password': password },
      failOnLeak: false,
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ ok: 'true', 'error-count': '0', 'warning-count': '0' });
    expect(run.outputs.report).toMatch(new RegExp(`^${run.runnerTemp}/chalk-preflight-[0-9a-f]{12}\\.json$`));
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as { schemaVersion: number; ok: boolean; errorCount: number };
    expect(report).toMatchObject({ schemaVersion: 1, ok: true, errorCount: 0 });
    expect(run.summary).toContain('so short or common that GitHub masks every occurrence');
  });
});
