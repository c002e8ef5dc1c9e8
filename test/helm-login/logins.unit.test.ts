/**
 * The pure parts of helm-login's engine: the ca-file check, the job's ledger of kept logins, and
 * post's decision to delete a config (hosts it logs out of need helm, so these cases have none).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaFileError, loadCaFile } from '../../src/helm/ca-file.js';
import { openRegistryConfig } from '../../src/helm/registry.js';
import { keepLogins, keptLogins } from '../../src/login/kept-logins.js';
import { runLogout } from '../../src/login/logout.js';
import { makePki, type TestPki } from '../fakes/tls.js';

let pki: TestPki;
let dir: string;
beforeAll(async () => {
  pki = await makePki();
  dir = await mkdtemp(join(tmpdir(), 'chalk-logins-'));
});

describe('ca-file', () => {
  it('loads a PEM CA bundle', async () => {
    expect((await loadCaFile(pki.caFile)).toString()).toContain('-----BEGIN CERTIFICATE-----');
  });

  it.each([
    ['missing', 'nope.pem', undefined, /does not exist\.$/],
    ['not-a-file', '.', undefined, /is not a file\.$/],
    ['not-pem', 'notes.txt', 'just text\n', /holds no PEM certificate/],
    ['not-pem', 'bad.pem', '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n', /certificate 1 of 1 does not parse/],
  ])('%s: %s', async (problem, name, content, message) => {
    const path = join(dir, name);
    if (content !== undefined) await writeFile(path, content);
    const err = await loadCaFile(path).catch((e: unknown) => e as CaFileError);
    expect(err).toBeInstanceOf(CaFileError);
    expect(err).toMatchObject({ kind: 'ca-file', problem });
    expect((err as CaFileError).message).toMatch(message);
    expect((err as CaFileError).fix).toMatch(/^Set ca-file to a PEM file/);
  });
});

describe('kept logins', () => {
  it('records hosts per config, merges, and survives a ledger that is not one', () => {
    const one = keepLogins(undefined, '/a/config.json', ['r1:5000']);
    const two = keepLogins(one, '/a/config.json', ['r2:5000', 'r1:5000']);
    expect(keptLogins(two, '/a/config.json')).toEqual(['r1:5000', 'r2:5000']);
    expect(keptLogins(two, '/b/config.json')).toEqual([]);
    for (const junk of ['', 'null', '[1]', '{"x": 3}', 'not json']) expect(keptLogins(junk, 'x')).toEqual([]);
  });
});

describe('post: the config', () => {
  it('an owned config is deleted when nothing in it is kept, and left when another step kept a login in it', async () => {
    const config = await openRegistryConfig(undefined, dir);
    expect(config.owned).toBe(true);
    const post = { registryConfig: config.path, owned: true, helmPath: '/nonexistent/helm', hosts: [], skipLogout: false, timeoutMs: 1000 };
    expect(await runLogout({ ...post, kept: ['r2:5000'] })).toEqual({ loggedOut: [], kept: [], deleted: false, problems: [] });
    expect(existsSync(config.path)).toBe(true);
    expect(await runLogout({ ...post, kept: [] })).toMatchObject({ deleted: true });
    expect(existsSync(dirname(config.path))).toBe(false);
  });

  it('a config the workflow chose is shared, never created or deleted', async () => {
    const chosen = join(dir, 'chosen.json');
    expect(await openRegistryConfig(chosen, dir)).toEqual({ path: chosen, owned: false });
    await writeFile(chosen, '{}');
    expect(await runLogout({ registryConfig: chosen, owned: false, helmPath: '', hosts: [], kept: [], skipLogout: false, timeoutMs: 1000 })).toMatchObject({
      deleted: false,
    });
    expect(existsSync(chosen)).toBe(true);
  });

  it('a host this step logged in to is left alone when another step kept it; a helm that cannot run is a problem, not a crash', async () => {
    const config = await openRegistryConfig(undefined, dir);
    const result = await runLogout({
      registryConfig: config.path,
      owned: true,
      helmPath: '/nonexistent/helm',
      hosts: ['kept:5000', 'mine:5000'],
      kept: ['kept:5000'],
      skipLogout: false,
      timeoutMs: 1000,
    });
    expect(result).toMatchObject({ loggedOut: [], kept: ['kept:5000'], deleted: false });
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'not-runnable', message: expect.stringContaining('Cannot run helm at /nonexistent/helm') as string }),
    ]);
  });
});
