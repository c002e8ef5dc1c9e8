/** The runner's directories, read in one place. */

/** The directory the workflow runs in; paths in annotations are relative to it. */
export function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

/** The job's private temporary directory (GitHub empties it after the job). */
export function runnerTemp(): string {
  const dir = process.env.RUNNER_TEMP;
  if (!dir) throw new Error('RUNNER_TEMP is not set: the toolkit keeps per-job files there (GitHub runners always set it; the local runner does too).');
  return dir;
}
