/**
 * actionlint over the example caller together with the reusable workflows, in a scratch repository where every
 * toolkit reference is local — `org/chalk-actions/.github/workflows/<file>@v1` → `./.github/workflows/<file>`, the
 * actions in both reference forms → `./actions/<name>` and `./<name>`, and the workflows' `./.chalk-actions/…` →
 * copies of the action.yml files — so actionlint checks each call's inputs, secrets and types against the real
 * workflow_call blocks and action.yml files (CI's actionlint sees only .github/workflows, where the calls are local
 * to a checkout it does not have).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';
// @ts-expect-error -- a plain ESM script without types: writeShortForms(root, names): Promise<void>.
import { writeShortForms } from '../../scripts/short-forms.mjs';

const run = promisify(execFile);
let scratch = '';
afterAll(() => rm(scratch, { recursive: true, force: true }));

it('passes actionlint with every toolkit reference resolved to the real workflow or action.yml', async () => {
  const actionlint = process.env.TESTBED_ACTIONLINT;
  expect(actionlint, 'TESTBED_ACTIONLINT is set by the test bed').toBeTruthy();
  scratch = await mkdtemp(join(tmpdir(), 'chalk-wf-lint-'));
  const workflows = join(scratch, '.github', 'workflows');
  await mkdir(workflows, { recursive: true });
  const names = (await readdir(join(repoRoot, 'actions'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const name of names) {
    for (const root of [scratch, join(scratch, '.chalk-actions')]) {
      await cp(join(repoRoot, 'actions', name, 'action.yml'), join(root, 'actions', name, 'action.yml'));
      // actionlint checks that runs.main and runs.post exist; their content does not matter here.
      await mkdir(join(root, 'dist', name), { recursive: true });
      for (const entry of ['main.js', 'post.js']) await writeFile(join(root, 'dist', name, entry), '');
    }
  }
  await writeShortForms(scratch, names);
  for (const file of await readdir(join(repoRoot, '.github', 'workflows'))) {
    if (file.startsWith('chalk-')) await cp(join(repoRoot, '.github', 'workflows', file), join(workflows, file));
  }
  const examples = await readdir(join(repoRoot, 'examples', 'workflows'));
  expect(examples.length).toBeGreaterThan(0);
  for (const file of examples) {
    const text = (await readFile(join(repoRoot, 'examples', 'workflows', file), 'utf8'))
      .replace(/org\/chalk-actions\/(\.github\/workflows\/[\w-]+\.yml)@v1/g, './$1')
      .replace(/org\/chalk-actions\/((?:actions\/)?[\w-]+)@v1/g, './$1');
    expect(text).not.toMatch(/uses:\s*org\/chalk-actions/);
    await writeFile(join(workflows, `example-${file}`), text);
  }
  await run('git', ['init', '-q'], { cwd: scratch });
  const problems = await run(actionlint!, ['-no-color'], { cwd: scratch }).then(
    () => '',
    (err: { stdout?: string; message: string }) => err.stdout || err.message,
  );
  expect(problems).toBe('');
});
