/**
 * Kubeconfig exec credential plugins as src/kube/exec-credential.ts runs them: what a plugin must print,
 * one shared run for concurrent callers, the cache, and a plugin that hangs stopped at its limit or
 * when the client closes — awaited, so nothing of it outlives the client.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExecCredentialPlugin, parseExecCredential, type ExecConfig } from '../../src/kube/exec-credential.js';
import { KubeError } from '../../src/kube/errors.js';

const V1 = 'client.authentication.k8s.io/v1';
const credential = (status: Record<string, unknown>, apiVersion = V1) => JSON.stringify({ apiVersion, kind: 'ExecCredential', status });

/** A plugin script in a fresh directory; `$DIR` in the body is that directory. */
async function plugin(body: string): Promise<{ dir: string; command: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'pf-exec-'));
  const command = join(dir, 'plugin');
  await writeFile(command, `#!/bin/sh\nDIR='${dir}'\n${body}\n`);
  await chmod(command, 0o755);
  return { dir, command };
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('parseExecCredential', () => {
  it('reads a token, a client certificate and key, and the expiry', () => {
    expect(parseExecCredential(credential({ token: 't0k', expirationTimestamp: '2030-01-02T03:04:05Z' }), V1, 'aws')).toEqual({
      token: 't0k',
      expiresAt: Date.parse('2030-01-02T03:04:05Z'),
    });
    expect(parseExecCredential(credential({ clientCertificateData: 'CERT', clientKeyData: 'KEY' }), V1, 'aws')).toEqual({
      clientCertificateData: 'CERT',
      clientKeyData: 'KEY',
    });
  });

  it('says what is wrong without repeating what the plugin printed', () => {
    const cases: [string, RegExp][] = [
      ['secret-looking garbage', /plugin aws printed no JSON$/],
      [JSON.stringify({ kind: 'Other', token: 'leak-me' }), /printed JSON that is not an ExecCredential$/],
      [
        credential({ token: 'leak-me' }, 'client.authentication.k8s.io/v1beta1'),
        /answered with apiVersion client.authentication.k8s.io\/v1beta1, not the client.authentication.k8s.io\/v1/,
      ],
      [credential({}), /gave neither a token nor a client certificate and key$/],
      [credential({ token: 'leak-me', clientKeyData: 'KEY' }), /a key without its certificate$/],
      [credential({ token: 'leak-me', expirationTimestamp: 'soon' }), /expirationTimestamp that is not a time$/],
    ];
    for (const [stdout, message] of cases) {
      let error: unknown;
      try {
        parseExecCredential(stdout, V1, '/usr/local/bin/aws');
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(KubeError);
      expect((error as KubeError).kind).toBe('credentials');
      expect((error as KubeError).message).toMatch(message);
      expect((error as KubeError).message).not.toMatch(/leak-me|garbage/);
    }
  });
});

describe('ExecCredentialPlugin', () => {
  it('runs the plugin once for concurrent callers, with the exec env and KUBERNETES_EXEC_INFO, and caches the credential', async () => {
    const { dir, command } = await plugin(
      `echo run >> "$DIR/runs"; printf '%s' "$KUBERNETES_EXEC_INFO" > "$DIR/info"; printf '%s' "$CLUSTER_NAME" > "$DIR/env"; sleep 0.3\n` +
        `echo '${credential({ token: 'plugin-token' })}'`,
    );
    const exec: ExecConfig = { command, args: [], env: [{ name: 'CLUSTER_NAME', value: 'prod' }], apiVersion: V1, provideClusterInfo: true };
    const p = new ExecCredentialPlugin(exec, { server: 'https://k8s.example:6443', caData: 'Q0E=' }, 10_000);
    const [a, b] = await Promise.all([p.credential(), p.credential()]);
    expect(a).toEqual({ token: 'plugin-token' });
    expect(b).toBe(a);
    expect(await p.credential()).toBe(a);
    expect((await readFile(join(dir, 'runs'), 'utf8')).trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(await readFile(join(dir, 'info'), 'utf8'))).toEqual({
      apiVersion: V1,
      kind: 'ExecCredential',
      spec: { interactive: false, cluster: { server: 'https://k8s.example:6443', 'certificate-authority-data': 'Q0E=' } },
    });
    expect(await readFile(join(dir, 'env'), 'utf8')).toBe('prod');
    const opts: { headers?: Record<string, string> } = {};
    await p.apply(opts);
    expect(opts.headers).toEqual({ Authorization: 'Bearer plugin-token' });
  });

  it('runs the plugin again once the credential has expired', async () => {
    const past = new Date(Date.now() - 1000).toISOString();
    const { dir, command } = await plugin(`echo run >> "$DIR/runs"; echo '${credential({ token: 'short-lived', expirationTimestamp: past })}'`);
    const p = new ExecCredentialPlugin({ command, apiVersion: V1 }, undefined, 10_000);
    await p.credential();
    await p.credential();
    expect((await readFile(join(dir, 'runs'), 'utf8')).trim().split('\n')).toHaveLength(2);
  });

  it('reports a failing plugin with its last word, and a missing one with how to get it', async () => {
    const { command } = await plugin(`echo 'fetching token' >&2; echo 'error: no credentials for profile prod' >&2; exit 3`);
    await expect(new ExecCredentialPlugin({ command, apiVersion: V1 }, undefined, 10_000).credential()).rejects.toMatchObject({
      kind: 'credentials',
      message: "the kubeconfig's credential plugin plugin failed (exit 3): error: no credentials for profile prod",
    });
    await expect(new ExecCredentialPlugin({ command: '/nonexistent/kubelogin', apiVersion: V1 }, undefined, 10_000).credential()).rejects.toMatchObject({
      kind: 'credentials',
      fix: 'Install kubelogin on the runner (the kubeconfig user runs it for a token), or use a kubeconfig with another credential.',
    });
    await expect(new ExecCredentialPlugin({ command, apiVersion: V1, interactiveMode: 'Always' }, undefined, 10_000).credential()).rejects.toThrow(
      /needs a terminal/,
    );
  });

  it('stops a plugin that hangs at its time limit', async () => {
    const { dir, command } = await plugin(`echo $$ > "$DIR/pid"; exec sleep 600`);
    const started = Date.now();
    await expect(new ExecCredentialPlugin({ command, apiVersion: V1 }, undefined, 1_000).credential()).rejects.toThrow(
      "the kubeconfig's credential plugin plugin did not answer within 1 s and was stopped",
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(alive(Number(readFileSync(join(dir, 'pid'), 'utf8')))).toBe(false);
  });

  it('lets a caller give up without stopping the run, and stops the run (awaited) when the client closes', async () => {
    const { dir, command } = await plugin(`echo $$ > "$DIR/pid"; exec sleep 600`);
    const p = new ExecCredentialPlugin({ command, apiVersion: V1 }, undefined, 60_000);
    const caller = new AbortController();
    const waiting = p.credential(caller.signal);
    const shared = p.credential();
    await expect.poll(() => existsSync(join(dir, 'pid'))).toBe(true);
    const pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    caller.abort(new Error('check timed out'));
    await expect(waiting).rejects.toThrow('check timed out');
    expect(alive(pid)).toBe(true);
    await p.close();
    expect(alive(pid)).toBe(false);
    await expect(shared).rejects.toThrow('was stopped: the run is over');
    await expect(p.credential()).rejects.toThrow('was not started: the run is over');
  });
});
