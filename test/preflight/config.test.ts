/**
 * preflight's config group, end to end: every case runs the committed bundle under Node 24 through
 * the local runner, and must print exactly the annotations its expected.yaml lists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatAnnotation, runBundled, workspaceFrom } from '../helpers/action.js';
import { fixtures } from '../helpers/paths.js';

const good = join(fixtures, 'preflight', 'good');
const badRoot = join(fixtures, 'preflight', 'bad');
const cases = readdirSync(badRoot).sort();

interface Expected {
  errors: string[];
  warnings?: string[];
}

describe('preflight config: bad inputs', () => {
  it('has a corpus of at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.concurrent.each(cases)('%s', async (name) => {
    const dir = join(badRoot, name);
    const expected = parse(readFileSync(join(dir, 'expected.yaml'), 'utf8')) as Expected;
    const inputs = existsSync(join(dir, 'inputs.json')) ? (JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8')) as Record<string, string>) : {};
    const workspace = await workspaceFrom(good, dir);
    const run = await runBundled('preflight', { workspace, inputs });

    expect(run.exitCode).toBe(1);
    const located = run.annotations.filter((a) => a.file);
    expect(located.filter((a) => a.level === 'error').map(formatAnnotation)).toEqual(expected.errors);
    expect(located.filter((a) => a.level === 'warning').map(formatAnnotation)).toEqual(expected.warnings ?? []);
    expect(run.outputs.ok).toBe('false');
    expect(Number(run.outputs['error-count'])).toBe(expected.errors.length);
    // Every finding is in the job summary too, and the JSON report carries it with its location.
    for (const a of located) expect(run.summary).toContain(`\`${a.file}:${a.line}:${a.col}\``);
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as {
      ok: boolean;
      checks: { problems: { origin?: { file: string; line: number } }[] }[];
    };
    expect(report.ok).toBe(false);
    expect(report.checks.flatMap((c) => c.problems).length).toBe(located.length);
    // No stack trace ever reaches the user.
    expect(run.main.stdout + run.main.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });
});

describe('preflight config: good inputs', () => {
  it("accepts the guide's own examples with the placeholders filled in, and lists what it checked", async () => {
    const workspace = await workspaceFrom(good);
    const run = await runBundled('preflight', { workspace });
    expect(run.main.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toEqual([]);
    expect(run.outputs).toMatchObject({ ok: 'true', 'error-count': '0', 'warning-count': '0' });
    expect(run.summary).toContain('Chalk preflight passed');
    expect(run.summary).toContain('2 files parsed: values.yaml, seed.yaml');
    expect(run.summary).toContain('1 teams, 1 projects, 1 environments, 1 team invites');
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as { ok: boolean; checks: { id: string; verdict: string }[] };
    expect(report.checks.map((c) => [c.id, c.verdict])).toEqual([
      ['config.files', 'pass'],
      ['config.values', 'pass'],
      ['config.seed', 'pass'],
    ]);
  });

  it('merges several values files in order (later wins), and the seed can live in a values file', async () => {
    const workspace = await workspaceFrom(good);
    await writeFile(join(workspace, 'values-broken.yaml'), 'chalk:\n  metadata:\n    api_host: ftp://api.acme.dev\n');
    await writeFile(join(workspace, 'values-prod.yaml'), 'chalk:\n  metadata:\n    api_host: https://api.prod.acme.dev\n');
    const fixedLater = await runBundled('preflight', {
      workspace,
      inputs: { 'values-files': 'values.yaml\nvalues-broken.yaml\nvalues-prod.yaml\nseed.yaml', 'seed-file': '' },
    });
    expect(fixedLater.exitCode).toBe(0);
    expect(fixedLater.outputs.ok).toBe('true');
    const brokenLater = await runBundled('preflight', {
      workspace,
      inputs: { 'values-files': 'values.yaml\nvalues-prod.yaml\nvalues-broken.yaml\nseed.yaml', 'seed-file': '' },
    });
    expect(brokenLater.exitCode).toBe(1);
    expect(brokenLater.annotations.filter((a) => a.file).map(formatAnnotation)).toEqual([
      'values-broken.yaml:3:15: chalk.metadata.api_host "ftp://api.acme.dev" must be an https:// URL, not ftp:. Fix: Write it as https://api.example.com.',
    ]);
  });

  it('warns about a host URL with a path, without failing', async () => {
    const workspace = await workspaceFrom(good);
    const values = (await readFile(join(workspace, 'values.yaml'), 'utf8')).replace('https://api.chalk.acme.dev', 'https://acme.dev/chalk-api');
    await writeFile(join(workspace, 'values.yaml'), values);
    const run = await runBundled('preflight', { workspace });
    expect(run.exitCode).toBe(0);
    expect(run.annotations.map((a) => `${a.level} ${formatAnnotation(a)}`)).toEqual([
      'warning values.yaml:5:15: chalk.metadata.api_host "https://acme.dev/chalk-api" has a path (/chalk-api); Chalk\'s hosts are bare origins such as https://api.example.com. Fix: Write it as https://acme.dev unless your proxy serves Chalk under that path.',
    ]);
  });

  it('accepts http hosts only with allow-http', async () => {
    const workspace = await workspaceFrom(good);
    const values = (await readFile(join(workspace, 'values.yaml'), 'utf8')).replace('https://api.chalk.acme.dev', 'http://localhost:8080');
    await writeFile(join(workspace, 'values.yaml'), values);
    expect((await runBundled('preflight', { workspace })).exitCode).toBe(1);
    const allowed = await runBundled('preflight', { workspace, inputs: { 'allow-http': 'true' } });
    expect(allowed.exitCode).toBe(0);
  });

  it('warns, without failing, about an unpinned image and the guide example values', async () => {
    const workspace = await workspaceFrom(good);
    const values = (await readFile(join(workspace, 'values.yaml'), 'utf8')).replace('frontend:1.42.0', 'frontend');
    await writeFile(join(workspace, 'values.yaml'), values);
    const seed = (await readFile(join(workspace, 'seed.yaml'), 'utf8')).replace('jane.doe@acme.dev', 'your@email.com');
    await writeFile(join(workspace, 'seed.yaml'), seed);
    const run = await runBundled('preflight', { workspace });
    expect(run.exitCode).toBe(0);
    expect(run.annotations.map((a) => `${a.level} ${formatAnnotation(a)}`)).toEqual([
      'warning values.yaml:10:14: chalk.metadata.frontend.image "754784422779.dkr.ecr.us-east-1.amazonaws.com/chalk/frontend" is not pinned to a version (no tag), so a pod restart can change what runs. Fix: Pin a version tag or a digest (@sha256:…).',
      'warning seed.yaml:22:18: chalk.metadata.seed.team_invites[0].email is still the guide\'s example value "your@email.com". Fix: Replace it with your own team, project, environment or email.',
    ]);
    expect(run.outputs['warning-count']).toBe('2');
  });

  it('rejects an unknown check group with the list of available ones', async () => {
    const workspace = await workspaceFrom(good);
    const run = await runBundled('preflight', { workspace, inputs: { checks: 'config,bogus' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.message)).toEqual([
      'Input checks has unknown value bogus; allowed: config, tools, cluster, secrets, postgres, aws, dataplane, registry.',
    ]);
  });
});
