/**
 * What a job downloads and how fast an action starts, for the committed tree and an earlier one:
 * - the repository tarball GitHub downloads for every job that uses one action (`git archive | gzip -9`);
 * - how many copies of each heavy SDK dist/ carries;
 * - cold start of preflight (checks: config) under Node 24, process start to exit, median of N, beside
 *   amazon-ecr-login's bundle (load and one refused token request) when ECR_LOGIN_DIST names its dist/index.js.
 * Usage: npx tsx bench/bundle.ts [--before REV] [--runs N]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const before = arg('before', 'c3e3653');
const runs = Number(arg('runs', '9'));
const node = join(root, '.tools', 'bin', 'node24');

/** A marker each SDK's bundled code contains once per copy. */
const SDKS: Record<string, RegExp> = {
  '@kubernetes/client-node': /class KubeConfig\b/g,
  '@aws-sdk/client-ecr': /class DescribeImageScanFindingsCommand\b/g,
  '@aws-sdk/client-ecr-public': /class DescribeRegistriesCommand\b/g,
  '@aws-sdk/client-iam': /class GetRoleCommand\b/g,
  '@aws-sdk/client-s3': /class GetBucketLocationCommand\b/g,
  '@aws-sdk/client-sqs': /class GetQueueUrlCommand\b/g,
  'google-auth-library': /class GoogleAuth\b/g,
  pg: /class Client extends EventEmitter\b/g,
  '@actions/github (Octokit)': /class Octokit\b/g,
};

function tarballBytes(rev: string): number {
  const tar = execFileSync('git', ['archive', rev], { cwd: root, maxBuffer: 1 << 30 });
  return execFileSync('gzip', ['-9'], { input: tar, maxBuffer: 1 << 30 }).length;
}

/** The tree of `rev` (actions/, dist/, examples/) in a scratch directory. */
function checkout(rev: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'chalk-bench-tree-'));
  const tar = execFileSync('git', ['archive', rev, 'actions', 'dist', 'examples'], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return dir;
}

function sdkCopies(dist: string): Record<string, number> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.js'));
  const counts = Object.fromEntries(Object.keys(SDKS).map((k) => [k, 0]));
  for (const f of files) {
    const text = readFileSync(join(f.parentPath, f.name), 'utf8');
    for (const [sdk, marker] of Object.entries(SDKS)) counts[sdk]! += (text.match(marker) ?? []).length;
  }
  return counts;
}

function median(entry: string, env: Record<string, string>, cwd: string): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(node, [entry], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env }, stdio: 'ignore' });
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

function preflightColdStart(tree: string): number {
  const meta = readFileSync(join(tree, 'actions', 'preflight', 'action.yml'), 'utf8');
  const main = /main: (\S+)/.exec(meta)![1]!;
  const ws = mkdtempSync(join(tmpdir(), 'chalk-bench-ws-'));
  cpSync(join(tree, 'examples'), ws, { recursive: true });
  const temp = join(ws, '.runner-temp');
  mkdirSync(temp);
  return median(
    join(tree, 'actions', 'preflight', main),
    { GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp, 'INPUT_VALUES-FILES': 'values.yaml', 'INPUT_SEED-FILE': 'seed.yaml', INPUT_CHECKS: 'config' },
    ws,
  );
}

const kb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const old = checkout(before);
const now = checkout('HEAD');
console.log(`repository tarball (git archive | gzip -9): ${before} ${kb(tarballBytes(before))} → HEAD ${kb(tarballBytes('HEAD'))} (target ≤ 5 MB)`);
const [copiesBefore, copiesNow] = [sdkCopies(join(old, 'dist')), sdkCopies(join(now, 'dist'))];
console.log('SDK copies in dist/ (before → HEAD):');
for (const sdk of Object.keys(SDKS)) console.log(`  ${sdk.padEnd(28)} ${copiesBefore[sdk]} → ${copiesNow[sdk]}`);
const [coldBefore, coldNow] = [preflightColdStart(old), preflightColdStart(now)];
console.log(`preflight cold start (checks: config, median of ${runs}): ${before} ${coldBefore.toFixed(0)} ms → HEAD ${coldNow.toFixed(0)} ms`);
const ecr = process.env.ECR_LOGIN_DIST;
if (ecr && existsSync(ecr)) {
  const t = median(
    ecr,
    {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'bench',
      AWS_ENDPOINT_URL_ECR: 'http://127.0.0.1:9',
      AWS_MAX_ATTEMPTS: '1',
    },
    tmpdir(),
  );
  console.log(
    `amazon-ecr-login cold start (load + one refused request, median of ${runs}): ${t.toFixed(0)} ms; preflight HEAD / ecr-login = ${(coldNow / t).toFixed(2)}×`,
  );
} else console.log('(set ECR_LOGIN_DIST=/path/to/amazon-ecr-login/dist/index.js to time it beside preflight)');
