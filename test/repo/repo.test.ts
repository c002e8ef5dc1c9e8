/** The repository's shipping contract: every action is bundled, documented, and the bundles are current. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionDirs, updateReadme } from '../../scripts/action-docs.js';
// @ts-expect-error -- a plain ESM script without types: shortFormText(name, source): string.
import { shortFormText } from '../../scripts/short-forms.mjs';
import { ENTRIES } from '../../src/bundle/entries.js';
import type { ActionMetadata } from '../../src/runner/action-runner.js';
import { repoRoot } from '../helpers/paths.js';

const run = promisify(execFile);
const dirs = await actionDirs(repoRoot);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

function indent(text: string, spaces: number): string {
  return text
    .split('\n')
    .map((line) => (line ? ' '.repeat(spaces) + line : line))
    .join('\n');
}

describe.each(dirs.map((d) => [basename(d), d]))('action %s', (name, dir) => {
  it('runs on node24 from its entry in the one bundle, with a post entry when it has post.ts', async () => {
    const meta = parse(await readFile(join(dir, 'action.yml'), 'utf8')) as ActionMetadata;
    expect(meta.runs.using).toBe('node24');
    expect(meta.runs.main).toBe(`../../dist/${name}/main.js`);
    expect(existsSync(join(dir, meta.runs.main))).toBe(true);
    expect(Object.keys(ENTRIES)).toContain(`${name}/main`);
    if (existsSync(join(dir, 'post.ts'))) {
      expect(meta.runs.post).toBe(`../../dist/${name}/post.js`);
      expect(Object.keys(ENTRIES)).toContain(`${name}/post`);
    }
    if (meta.runs.post) expect(existsSync(join(dir, meta.runs.post))).toBe(true);
  });

  it('names every input, output and default of action.yml in names.ts, and nothing else', async () => {
    const meta = parse(await readFile(join(dir, 'action.yml'), 'utf8')) as ActionMetadata;
    const names = (await import(join(dir, 'names.ts'))) as {
      Inputs: Record<string, string>;
      Outputs: Record<string, string>;
      Defaults?: Record<string, string>;
    };
    expect(Object.values(names.Inputs).sort()).toEqual(Object.keys(meta.inputs ?? {}).sort());
    expect(Object.values(names.Outputs).sort()).toEqual(Object.keys(meta.outputs ?? {}).sort());
    // Defaults live in action.yml; the code's copies (for in-process runs) must equal them.
    const yamlDefaults = Object.fromEntries(
      Object.entries(meta.inputs ?? {}).flatMap(([input, spec]) =>
        spec.default !== undefined && String(spec.default) !== '' && !String(spec.default).includes('${{') ? [[input, String(spec.default)]] : [],
      ),
    );
    const codeDefaults = Object.fromEntries(
      Object.entries(names.Defaults ?? {}).flatMap(([key, value]) => {
        expect(names.Inputs[key], `Defaults.${key} names no input`).toBeDefined();
        // An empty default is the same as none (action.yml's `default: ''`).
        return String(value) === '' ? [] : [[names.Inputs[key]!, String(value)]];
      }),
    );
    expect(codeDefaults).toEqual(yamlDefaults);
  });

  it('has a README whose example workflow passes actionlint against the real action.yml', async () => {
    const actionlint = process.env.TESTBED_ACTIONLINT;
    expect(actionlint, 'TESTBED_ACTIONLINT is set by the test bed').toBeTruthy();
    const readme = await readFile(join(dir, 'README.md'), 'utf8');
    const examples = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((y) => y.includes(`actions/${name}@v1`));
    expect(examples.length, `${name}/README.md shows a workflow using org/chalk-actions/actions/${name}@v1`).toBeGreaterThan(0);
    // A scratch repository where the examples use our actions by local path, so actionlint checks their inputs.
    const repo = await mkdtemp(join(tmpdir(), 'chalk-lint-'));
    await mkdir(join(repo, '.github', 'workflows'), { recursive: true });
    await cp(join(repoRoot, 'actions'), join(repo, 'actions'), { recursive: true });
    await cp(join(repoRoot, 'dist'), join(repo, 'dist'), { recursive: true });
    for (const [i, example] of examples.entries()) {
      const steps = example.trimStart().startsWith('- ') ? `jobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n${indent(example, 6)}` : example;
      const workflow = `${steps.startsWith('name:') ? '' : 'name: example\n'}${steps.includes('\non:') || steps.startsWith('on:') ? '' : 'on: push\n'}${steps.replace(/org\/chalk-actions\/actions\/([\w-]+)@v1/g, './actions/$1')}`;
      await writeFile(join(repo, '.github', 'workflows', `example-${i}.yml`), workflow);
    }
    await run('git', ['init', '-q'], { cwd: repo });
    const problems = await run(actionlint!, ['-no-color'], { cwd: repo }).then(
      () => '',
      (err: { stdout?: string; message: string }) => err.stdout || err.message,
    );
    expect(problems).toBe('');
  });

  it('has a README whose inputs and outputs tables match action.yml', async () => {
    const meta = parse(await readFile(join(dir, 'action.yml'), 'utf8')) as ActionMetadata;
    const file = join(dir, 'README.md');
    const readme = await readFile(file, 'utf8');
    expect(updateReadme(readme, meta, file), 'README is stale: run npx tsx scripts/action-docs.ts').toBe(readme);
  });
});

describe('the one bundle', () => {
  it('has an entry for each action entry point and no other', () => {
    const expected = dirs.flatMap((d) => ['main', 'post'].filter((e) => existsSync(join(d, `${e}.ts`))).map((e) => `${basename(d)}/${e}`));
    expect(Object.keys(ENTRIES).sort()).toEqual(expected.sort());
  });
});

describe('dist/', () => {
  it('is exactly what a fresh build produces', { timeout: 300_000 }, async () => {
    const out = await mkdtemp(join(tmpdir(), 'chalk-dist-'));
    await run(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), '--out', out], { cwd: repoRoot, maxBuffer: 16 << 20 });
    const fresh = await filesUnder(out);
    expect(await filesUnder(join(repoRoot, 'dist')), 'dist/ has other files than a fresh build: run npm run build').toEqual(fresh);
    for (const file of fresh) {
      const [a, b] = await Promise.all([readFile(join(out, file), 'utf8'), readFile(join(repoRoot, 'dist', file), 'utf8')]);
      expect(b === a, `dist/${file} differs from a fresh build: run npm run build and commit dist/`).toBe(true);
    }
  });
});

describe('workflows', () => {
  it('pass actionlint', async () => {
    const actionlint = process.env.TESTBED_ACTIONLINT;
    expect(actionlint, 'TESTBED_ACTIONLINT is set by the test bed').toBeTruthy();
    const { stdout } = await run(actionlint!, ['-no-color'], { cwd: repoRoot }).catch((err: { stdout?: string; message: string }) => {
      throw new Error(`actionlint found problems:\n${err.stdout ?? err.message}`);
    });
    expect(stdout).toBe('');
  });
});

describe('short reference form (org/chalk-actions/<name>@v1)', () => {
  it.each(dirs.map((d) => basename(d)))('%s/action.yml is generated from actions/%s/action.yml and runs the same bundle', async (name) => {
    const source = await readFile(join(repoRoot, 'actions', name, 'action.yml'), 'utf8');
    const short = await readFile(join(repoRoot, name, 'action.yml'), 'utf8').catch(() => '');
    expect(short, `${name}/action.yml is stale or missing: run npm run build`).toBe(shortFormText(name, source));
    const meta = parse(short) as ActionMetadata;
    expect(join(repoRoot, name, meta.runs.main)).toBe(join(repoRoot, 'dist', name, 'main.js'));
  });
});
