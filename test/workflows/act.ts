/**
 * Runs the reusable workflows end to end with nektos/act on this host (`-P <label>=-self-hosted`, no Docker):
 *
 * - the toolkit is a scratch git repository `org/chalk-actions` holding this checkout's workflows, action.yml files,
 *   root-level short forms and bundles (dist/, or CHALK_ACTIONS_DIST for a private build). Its commit `released` is
 *   tagged v1; a `later` commit on top breaks every bundle, so a run that used anything but the workflow's own
 *   commit fails. `uses: org/chalk-actions/…@v1` resolves to a checkout of v1 (act's --local-repository);
 * - a caller repository `acme/platform` (the examples' layout), whose workflows call the toolkit's;
 * - third-party actions are replaced by local stand-ins (test/fixtures/workflows/standins), each mapped from the
 *   exact `owner/repo@sha` the workflows pin; checkouts clone these local repositories;
 * - the runner's OIDC token endpoint is test/fakes/act-oidc.ts, the GitHub API test/fakes/github.ts.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { node24, repoRoot } from '../helpers/paths.js';
// @ts-expect-error -- a plain ESM script without types: writeShortForms(root, names): Promise<void>.
import { writeShortForms } from '../../scripts/short-forms.mjs';

const exec = promisify(execFile);
export const TOOLKIT = 'org/chalk-actions';
export const CALLER = 'acme/platform';
const fixtures = join(repoRoot, 'test', 'fixtures', 'workflows');

/** The stand-in directory of each third-party action the workflows use. */
const STANDINS: Record<string, string> = {
  'actions/checkout': 'checkout',
  'aws-actions/configure-aws-credentials': 'configure-aws-credentials',
  'google-github-actions/auth': 'google-auth',
  'google-github-actions/get-gke-credentials': 'get-gke-credentials',
  'actions/upload-artifact': 'upload-artifact',
  'actions/download-artifact': 'download-artifact',
};

export interface Workspace {
  root: string;
  /** Where the stand-in checkout finds `<owner>/<name>` repositories (CHALK_ACT_REPOSITORIES). */
  repositories: string;
  toolkit: { dir: string; released: string; later: string; v1: string };
  caller: string;
  /** Where the upload/download stand-ins keep artifacts (CHALK_ACT_ARTIFACTS). */
  artifacts: string;
}

const git = async (cwd: string, ...args: string[]): Promise<string> =>
  (
    await exec('git', ['-c', 'user.name=chalk-tests', '-c', 'user.email=tests@chalk-actions.invalid', '-c', 'init.defaultBranch=main', ...args], {
      cwd,
      maxBuffer: 16 << 20,
    })
  ).stdout.trim();

async function commitAll(dir: string, message: string): Promise<string> {
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** A scratch toolkit repository (released commit tagged v1, a broken later commit) and an empty caller. */
export async function createWorkspace(): Promise<Workspace> {
  const root = await mkdtemp(join(tmpdir(), 'chalk-act-'));
  const repositories = join(root, 'repositories');
  const dir = join(repositories, TOOLKIT);
  await mkdir(dir, { recursive: true });
  await cp(join(repoRoot, '.github', 'workflows'), join(dir, '.github', 'workflows'), { recursive: true });
  const names = (await readdir(join(repoRoot, 'actions'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const name of names) await cp(join(repoRoot, 'actions', name, 'action.yml'), join(dir, 'actions', name, 'action.yml'));
  await writeShortForms(dir, names);
  await cp(process.env.CHALK_ACTIONS_DIST || join(repoRoot, 'dist'), join(dir, 'dist'), { recursive: true });
  await git(dir, 'init', '-q');
  const released = await commitAll(dir, 'release');
  await git(dir, 'tag', 'v1');
  for (const name of names) {
    for (const entry of ['main', 'post']) {
      const file = join(dir, 'dist', name, `${entry}.js`);
      if (!existsSync(file)) continue;
      await writeFile(file, `console.log('::error::${name}/${entry} of a later commit ran: the workflow did not use its own commit');\nprocess.exit(1);\n`);
    }
  }
  const later = await commitAll(dir, 'later');
  const v1 = join(root, 'toolkit-v1');
  await git(root, 'clone', '-q', '--branch', 'v1', dir, v1);
  const caller = join(repositories, CALLER);
  await mkdir(caller, { recursive: true });
  const artifacts = join(root, 'artifacts');
  await mkdir(artifacts);
  return { root, repositories, toolkit: { dir, released, later, v1 }, caller, artifacts };
}

/** Commits the caller repository's files (path → text) and returns the commit. */
export async function commitCaller(ws: Workspace, files: Record<string, string>, message: string): Promise<string> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(ws.caller, path)), { recursive: true });
    await writeFile(join(ws.caller, path), text);
  }
  const fresh = (await readdir(ws.caller)).every((f) => f !== '.git');
  if (fresh) {
    await git(ws.caller, 'init', '-q');
    await git(ws.caller, 'remote', 'add', 'origin', `https://github.com/${CALLER}.git`);
  }
  return commitAll(ws.caller, message);
}

/** The examples' environment directories, as a caller repository holds them. */
export async function exampleEnvironments(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const base = join(repoRoot, 'examples', 'environments');
  for (const env of await readdir(base)) {
    for (const file of await readdir(join(base, env))) files[`environments/${env}/${file}`] = await readFile(join(base, env, file), 'utf8');
  }
  return files;
}

/** `owner/repo@ref` of every third-party action a workflow file uses (local and toolkit ones excluded). */
export function thirdPartyUses(workflowText: string): string[] {
  const found = new Set<string>();
  for (const m of workflowText.matchAll(/^\s*(?:-\s+)?uses:\s*([^\s#]+)/gm)) {
    const uses = m[1]!;
    if (uses.startsWith('./') || uses.startsWith(`${TOOLKIT}/`)) continue;
    const [path, ref] = uses.split('@');
    found.add(`${path!.split('/').slice(0, 2).join('/')}@${ref}`);
  }
  return [...found];
}

export interface ActOptions {
  event: 'push' | 'pull_request' | 'workflow_dispatch' | 'schedule';
  /** The caller's workflow file to run, relative to the caller repository. */
  workflow: string;
  payload?: Record<string, unknown>;
  secrets?: Record<string, string>;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface ActResult {
  code: number;
  log: string;
  /** Each job's display name as act prints it (e.g. `Diff dev`, `post-deploy-checks`) → success | failure. */
  jobs: Record<string, 'success' | 'failure'>;
}

export async function runAct(ws: Workspace, options: ActOptions): Promise<ActResult> {
  const act = process.env.TESTBED_ACT;
  if (!act) throw new Error('TESTBED_ACT is set by the test bed (scripts/tools.sh builds act)');
  const bin = join(ws.root, 'bin');
  await mkdir(bin, { recursive: true });
  await symlink(node24(), join(bin, 'node')).catch(() => undefined);
  const eventFile = join(ws.root, `event-${options.event}.json`);
  await writeFile(eventFile, JSON.stringify(options.payload ?? {}));

  const texts = [await readFile(join(ws.caller, options.workflow), 'utf8')];
  for (const f of await readdir(join(ws.toolkit.v1, '.github', 'workflows'))) {
    if (f.startsWith('chalk-')) texts.push(await readFile(join(ws.toolkit.v1, '.github', 'workflows', f), 'utf8'));
  }
  const mappings = [`${TOOLKIT}@v1=${ws.toolkit.v1}`];
  for (const uses of new Set(texts.flatMap(thirdPartyUses))) {
    const standin = STANDINS[uses.split('@')[0]!];
    if (!standin) throw new Error(`no stand-in for ${uses}: add one to test/fixtures/workflows/standins`);
    mappings.push(`${uses}=${join(fixtures, 'standins', standin)}`);
  }
  const env = { CHALK_ACT_REPOSITORIES: ws.repositories, CHALK_ACT_ARTIFACTS: ws.artifacts, ...options.env };
  const args = [
    options.event,
    '-W',
    join(ws.caller, options.workflow),
    '-e',
    eventFile,
    '-P',
    'ubuntu-latest=-self-hosted',
    '-P',
    'ubuntu-24.04=-self-hosted',
    '--action-cache-path',
    join(ws.root, 'act-cache'),
    '--no-cache-server',
    '--container-daemon-socket',
    '-',
    ...mappings.flatMap((m) => ['--local-repository', m]),
    ...Object.entries(options.secrets ?? {}).flatMap(([k, v]) => ['-s', `${k}=${v}`]),
    ...Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`]),
  ];
  const path = [bin, join(fixtures, 'bin'), join(repoRoot, '.tools', 'bin'), process.env.PATH].join(':');
  return new Promise((resolve, reject) => {
    const child = spawn(act, args, { cwd: ws.caller, env: { ...process.env, PATH: path }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, log, jobs: jobResults(log) });
    });
  });
}

/** The job a line of act's log belongs to: the last segment of its `[caller job/workflow/job name]` prefix. */
function jobOf(line: string): string | undefined {
  const m = /^\[([^\]]+)\]/.exec(line);
  return m?.[1]!.split('/').pop()!.trim();
}

/** Each job's last verdict in act's log (`🏁  Job succeeded|failed`). */
export function jobResults(log: string): Record<string, 'success' | 'failure'> {
  const jobs: Record<string, 'success' | 'failure'> = {};
  for (const line of log.split('\n')) {
    const verdict = /🏁 {2}Job (succeeded|failed)$/.exec(line);
    const job = jobOf(line);
    if (verdict && job) jobs[job] = verdict[1] === 'succeeded' ? 'success' : 'failure';
  }
  return jobs;
}

/** Lines act printed for one job (by display name), prefixes removed. */
export function jobLog(log: string, job: string): string {
  return log
    .split('\n')
    .filter((line) => jobOf(line) === job)
    .map((line) => line.replace(/^\[[^\]]+\]\s?/, ''))
    .join('\n');
}

/**
 * A caller workflow from examples/workflows, with the test's values merged into the `with:` of each call of a
 * toolkit workflow, and into the `with:` of steps using a toolkit action (by action name, either reference form).
 */
export async function exampleCaller(
  file: string,
  withOverrides: Record<string, string | boolean>,
  options: { inheritSecrets?: boolean; steps?: Record<string, Record<string, string>> } = {},
): Promise<string> {
  const doc = parseDocument(await readFile(join(repoRoot, 'examples', 'workflows', file), 'utf8'));
  const jobs = doc.get('jobs') as YAMLMap<string, YAMLMap>;
  for (const { value: job } of jobs.items) {
    if (String(job!.get('uses') ?? '').startsWith(`${TOOLKIT}/.github/workflows/`)) {
      for (const [key, value] of Object.entries(withOverrides)) job!.setIn(['with', key], value);
      // The bed's registry takes a user and password, where the examples' ECR uses the cloud role.
      if (options.inheritSecrets) job!.set('secrets', 'inherit');
    }
    for (const step of (job!.get('steps') as YAMLSeq<YAMLMap> | undefined)?.items ?? []) {
      const action = /^org\/chalk-actions\/(?:actions\/)?([\w-]+)@/.exec(String(step.get('uses') ?? ''))?.[1];
      for (const [key, value] of Object.entries((action && options.steps?.[action]) || {})) step.setIn(['with', key], value);
    }
  }
  return doc.toString({ lineWidth: 0 });
}

export async function removeWorkspace(ws: Workspace): Promise<void> {
  await rm(ws.root, { recursive: true, force: true });
}
