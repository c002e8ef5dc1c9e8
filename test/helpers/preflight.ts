/**
 * What preflight's end-to-end tests share: running the bundle and reading its JSON report, scratch
 * namespaces in the bed's cluster, and the local AWS endpoints of test/fakes for a test file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ActionRun } from '../../src/runner/action-runner.js';
import { startFakeAws, type FakeAws } from '../fakes/aws-server.js';
import { emptyState } from '../fakes/aws-state.js';
import { deleteNamespace, kubectl, must, uniq } from '../testbed/util.js';
import { runBundled, workspaceFrom } from './action.js';
import { fixtures } from './paths.js';

/** One check of preflight's JSON report. */
export interface ReportCheck {
  id: string;
  verdict: string;
  finding: string;
  fix?: string;
}

/** The workspace most preflight tests run in: a complete, valid Chalk config. */
export const GOOD_WORKSPACE = join(fixtures, 'preflight', 'good');

/**
 * Runs the preflight bundle for the `checks` groups with `inputs` and `env`, in a fresh workspace
 * holding copies of `workspaceDirs`, and returns the run with the report's checks by id.
 */
export async function runPreflight(
  checks: string,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
  workspaceDirs: string[] = [GOOD_WORKSPACE],
): Promise<{ run: ActionRun; checks: Record<string, ReportCheck> }> {
  const workspace = await workspaceFrom(...workspaceDirs);
  const run = await runBundled('preflight', { workspace, inputs: { checks, ...inputs }, env });
  const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as { checks: ReportCheck[] };
  return { run, checks: Object.fromEntries(report.checks.map((c) => [c.id, c])) };
}

/**
 * Namespaces for one test file, all deleted after its tests (an afterAll hook is registered here).
 * Returns the creator: `namespace(prefix)` creates a uniquely named namespace and returns its name.
 */
export function scratchNamespaces(): (prefix: string) => Promise<string> {
  const created: string[] = [];
  afterAll(async () => {
    await Promise.all(created.map(deleteNamespace));
  });
  return async (prefix) => {
    const ns = uniq(prefix);
    created.push(ns);
    await must(kubectl(['create', 'namespace', ns]));
    return ns;
  };
}

/**
 * The local AWS endpoints for one test file: started before its tests, closed after them. The
 * state is there at once; `url`, `env()` and `close()` once the endpoints are up.
 */
export function fakeAws(): FakeAws {
  const state = emptyState();
  let server: FakeAws | undefined;
  beforeAll(async () => {
    server = await startFakeAws(state);
  });
  afterAll(async () => {
    await server?.close();
  });
  const started = (): FakeAws => {
    if (!server) throw new Error('the fake AWS endpoints are not up: use them inside a test');
    return server;
  };
  return {
    state,
    get url() {
      return started().url;
    },
    env: () => started().env(),
    close: () => started().close(),
  };
}
