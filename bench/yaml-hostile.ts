/**
 * Hostile values files through the config loader (issue 9, defect 1): the billion laughs, huge maps,
 * duplicate keys, deep nesting, a self-referencing alias, a placeholder-shaped megabyte. Each case
 * loads one file with loadYamlFile (or the whole config with loadChalkConfig) in a worker thread
 * of its own, stopped at the cap, and prints the wall time and the outcome.
 *
 * The code measured is the checkout at ROOT, so the figures before a change come from a worktree of
 * the commit before it (with node_modules linked in).
 *
 *   npx tsx bench/yaml-hostile.ts [ROOT=.] [cap seconds=30]
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { aliasBomb, deepFlow, manyKeys } from '../test/config/hostile-inputs.js';
import type { CaseInput, CaseOutcome } from './yaml-hostile-case.js';

const root = resolve(process.argv[2] ?? join(import.meta.dirname, '..'));
const capSeconds = Number(process.argv[3] ?? 30);
const HEAP_MB = 4096;
const CASE_SCRIPT = new URL('./yaml-hostile-case.ts', import.meta.url).href;

const goodValues =
  'chalk:\n  metadata:\n    api_host: https://api.acme.dev\n    frontend_host: https://chalk.acme.dev\n    frontend: { image: r.acme.dev/f:1 }\n';
const cases: { name: string; text: string; whole?: boolean }[] = [
  { name: 'billion laughs (9 levels x 9 aliases)', text: aliasBomb(9, 9) },
  { name: '40,000 keys', text: manyKeys(40_000) },
  { name: '200,000 keys (3.4 MB)', text: manyKeys(200_000) },
  { name: '500,000 keys (8.4 MB)', text: manyKeys(500_000) },
  { name: '20,000 duplicate keys', text: 'a: 1\n'.repeat(20_000) },
  { name: '100,000 unclosed [', text: deepFlow(100_000) },
  { name: 'self-referencing alias', text: 'a: &a [1, *a]\n' },
  { name: 'config with a 1 MB "<YOUR" scalar', text: `${goodValues}    note: "${'<YOUR'.repeat(200_000)}"\n`, whole: true },
  { name: 'seed: 10,000 teams, 50,000 bad references', text: `${goodValues}${hostileSeed(10_000, 50_000)}`, whole: true },
  // At most 4 KiB without anchors or aliases: parsed in place, with no worker (src/config/yaml-file.ts).
  { name: '4 KiB: 350 keys (in place)', text: manyKeys(350) },
  { name: '4 KiB: 450 documents (in place)', text: '---\na: 1\n'.repeat(450) },
  { name: '4 KiB: 680 tab-indented keys (in place)', text: '\tk: v\n'.repeat(680) },
  { name: '4 KiB: 4,000 unclosed [ (in place)', text: deepFlow(4_000) },
];

/** A seed whose every project names a team that does not exist. */
function hostileSeed(teams: number, projects: number): string {
  let text = '    seed:\n      teams:\n';
  for (let i = 0; i < teams; i++) text += `        - { id: t${i}, name: T }\n`;
  text += '      projects:\n';
  for (let i = 0; i < projects; i++) text += `        - { id: p${i}, name: P, team_id: x${i} }\n`;
  return text;
}

const dir = await mkdtemp(join(tmpdir(), 'chalk-bench-yaml-'));
console.log(`code: ${root}; cap ${capSeconds} s, heap ${HEAP_MB} MB per case`);
for (const [i, c] of cases.entries()) {
  const file = join(dir, `case-${i}.yaml`);
  await writeFile(file, c.text);
  const outcome = await runCase({ root, file, whole: c.whole ?? false });
  console.log(`${c.name.padEnd(40)} ${outcome}`);
}

function runCase(input: CaseInput): Promise<string> {
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(2)} s`.padStart(9);
  // The case is TypeScript, as is the code it loads: the worker registers tsx before importing it.
  const start = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(CASE_SCRIPT)}); })`;
  const worker = new Worker(start, { eval: true, workerData: input, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
  return new Promise((done) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      done(`> ${capSeconds} s   (stopped, still running)`);
    }, capSeconds * 1000);
    worker.once('message', (outcome: CaseOutcome) => {
      clearTimeout(timer);
      void worker.terminate();
      done(`${seconds()}   ${outcome.codes.length ? outcome.codes.join(', ') : 'read'}`);
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      done(`${seconds()}   crashed: ${err.message.split('\n')[0]}`);
    });
  });
}
