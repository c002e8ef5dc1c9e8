#!/usr/bin/env node
// Bundles every action's entry points with @vercel/ncc into dist/<action>/ (main) and
// dist/<action>/<entry>/ (post, pre). The output is committed; CI rebuilds and fails on a diff.
// Usage: node scripts/build.mjs [--out DIR]
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile, mkdtemp, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const ENTRIES = ['main', 'pre', 'post'];

const actions = (await readdir(join(root, 'actions'), { withFileTypes: true }))
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const work = await mkdtemp(join(tmpdir(), 'chalk-build-'));
try {
  // Two at a time: ncc is CPU-bound and the machines have two cores.
  const jobs = actions.flatMap((action) => ENTRIES.filter((e) => existsSync(join(root, 'actions', action, `${e}.ts`))).map((entry) => ({ action, entry })));
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const target = join(work, job.action, job.entry === 'main' ? '' : job.entry);
      const entry = join('actions', job.action, `${job.entry}.ts`);
      await run(process.execPath, [ncc, 'build', entry, '-o', target, '--license', 'licenses.txt', '-q', '--target', 'es2023'], {
        cwd: root,
        maxBuffer: 64 << 20,
      }).catch((err) => {
        // ncc's own message (e.g. a type error with its file and line) is what matters, not this script's stack.
        throw new Error(`build of ${entry} failed:\n${err.stderr || err.message}`);
      });
      process.stdout.write(`built dist/${job.action}${job.entry === 'main' ? '' : `/${job.entry}`}/index.js\n`);
    }
  };
  await Promise.all([worker(), worker()]);
  await writeFile(join(work, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
  await rm(out, { recursive: true, force: true });
  await mkdir(dirname(out), { recursive: true });
  await rename(work, out).catch(async () => {
    await cp(work, out, { recursive: true });
  });
} catch (err) {
  process.stderr.write(`${err.message}\n`);
  process.exitCode = 1;
} finally {
  await rm(work, { recursive: true, force: true });
}
