/** Who is deploying, from the GitHub runner's environment: for the release description, the objects' annotations and the deploy lock. */
import { hostname } from 'node:os';
import type { Provenance } from './release.js';

export function githubProvenance(env: NodeJS.ProcessEnv): Provenance {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_SHA, GITHUB_ACTOR } = env;
  const runUrl =
    GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
      ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}${GITHUB_RUN_ATTEMPT ? `/attempts/${GITHUB_RUN_ATTEMPT}` : ''}`
      : undefined;
  return { ...(runUrl ? { runUrl } : {}), ...(GITHUB_SHA ? { commit: GITHUB_SHA } : {}), ...(GITHUB_ACTOR ? { actor: GITHUB_ACTOR } : {}) };
}

/** The deploy lock's holder: the run, its job, and this process (two steps of one job are two holders). */
export function lockHolder(provenance: Provenance, env: NodeJS.ProcessEnv): string {
  return `${provenance.runUrl ?? 'a run outside GitHub Actions'} (job ${env.GITHUB_JOB ?? '-'}, ${hostname()} pid ${process.pid})`;
}
