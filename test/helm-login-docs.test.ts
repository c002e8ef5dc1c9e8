/**
 * helm-login's names and docs: the input/output constants are exactly what action.yml declares
 * (the README tables are generated from action.yml and checked by test/repo.test.ts), and the
 * README's example workflow passes actionlint with the action resolved locally, so its `with:`
 * keys are checked against action.yml too.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { Inputs, Outputs } from '../actions/helm-login/names.js';
import { readActionMetadata } from '../src/runner/action-runner.js';
import { repoRoot } from './helpers/paths.js';

const actionDir = join(repoRoot, 'actions', 'helm-login');

describe('helm-login names and docs', () => {
  it('the name constants match the inputs and outputs in action.yml', async () => {
    const meta = await readActionMetadata(actionDir);
    expect(Object.values(Inputs).sort()).toEqual(Object.keys(meta.inputs!).sort());
    expect(Object.values(Outputs).sort()).toEqual(Object.keys(meta.outputs!).sort());
  });

  it("the README's example workflow passes actionlint against action.yml", async () => {
    const actionlint = process.env.TESTBED_ACTIONLINT;
    expect(actionlint, 'TESTBED_ACTIONLINT is set by the test bed').toBeTruthy();
    const readme = await readFile(join(actionDir, 'README.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain('uses: org/chalk-actions/actions/helm-login@v1');
    const repo = await mkdtemp(join(tmpdir(), 'chalk-lint-'));
    await mkdir(join(repo, '.github', 'workflows'), { recursive: true });
    await mkdir(join(repo, 'actions', 'helm-login'), { recursive: true });
    // Inputs and outputs as declared; runs as an empty composite, since the pinned actionlint predates node24.
    const meta = await readActionMetadata(actionDir);
    await writeFile(join(repo, 'actions', 'helm-login', 'action.yml'), stringify({ ...meta, runs: { using: 'composite', steps: [] } }));
    const workflow = `name: example\non: push\n${example!.replace('org/chalk-actions/actions/helm-login@v1', './actions/helm-login')}`;
    await writeFile(join(repo, '.github', 'workflows', 'example.yml'), workflow);
    await promisify(execFile)('git', ['init', '-q'], { cwd: repo });
    const result = await promisify(execFile)(actionlint!, ['-no-color'], { cwd: repo }).then(
      () => '',
      (err: { stdout?: string; message: string }) => err.stdout || err.message,
    );
    expect(result).toBe('');
  });
});
