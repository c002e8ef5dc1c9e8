/**
 * Checks, as preflight runs them (and any action that gives verdicts): each has an id, a verdict,
 * a one-line finding and a fix. Checks run concurrently, each under its own timeout, whose signal
 * the check passes on to what it starts, so one dead endpoint cannot hang the job.
 */
import { countErrors, type Problem } from '../report/problems.js';

export type Verdict = 'pass' | 'fail' | 'warn' | 'skipped';

export interface CheckOutcome {
  verdict: Verdict;
  finding: string;
  fix?: string;
  problems?: Problem[];
}

export interface CheckResult extends CheckOutcome {
  id: string;
  group: string;
  title: string;
  problems: Problem[];
  durationMs: number;
}

export interface Check<Ctx> {
  id: string;
  group: string;
  title: string;
  /** Ids of checks whose failure makes this one pointless (it is then skipped with the reason). */
  after?: string[];
  timeoutMs?: number;
  /** `signal` aborts when the check times out, so sockets and child work can be released. */
  run(ctx: Ctx, signal: AbortSignal): Promise<CheckOutcome>;
}

/** The verdict a list of problems earns: any error fails, warnings only warn. */
export function outcomeOf(problems: Problem[], passFinding: string, fix?: string): CheckOutcome {
  const errors = countErrors(problems);
  const warnings = problems.length - errors;
  if (errors > 0)
    return {
      verdict: 'fail',
      finding: `${errors} error${errors > 1 ? 's' : ''}${warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}`,
      problems,
      ...(fix ? { fix } : {}),
    };
  if (warnings > 0) return { verdict: 'warn', finding: `${warnings} warning${warnings > 1 ? 's' : ''}`, problems, ...(fix ? { fix } : {}) };
  return { verdict: 'pass', finding: passFinding, problems };
}

class CheckTimeout extends Error {}

export async function runChecks<Ctx>(checks: readonly Check<Ctx>[], ctx: Ctx, defaultTimeoutMs: number): Promise<CheckResult[]> {
  const done = new Map<string, Promise<CheckResult>>();
  const runOne = async (check: Check<Ctx>): Promise<CheckResult> => {
    const base = { id: check.id, group: check.group, title: check.title };
    const prerequisites = await Promise.all((check.after ?? []).flatMap((id) => (done.has(id) ? [done.get(id)!] : [])));
    const failed = prerequisites.find((r) => r.verdict === 'fail' || r.verdict === 'skipped');
    if (failed) return { ...base, verdict: 'skipped', finding: `skipped: ${failed.id} did not pass`, problems: [], durationMs: 0 };
    const started = performance.now();
    const timeoutMs = check.timeoutMs ?? defaultTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const abort = new AbortController();
    try {
      const outcome = await Promise.race([
        check.run(ctx, abort.signal),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            // Settled before the abort: a check that rejects at once on its signal must not turn the timeout into a crash.
            reject(new CheckTimeout());
            abort.abort(new CheckTimeout());
          }, timeoutMs);
        }),
      ]);
      return { ...base, ...outcome, problems: outcome.problems ?? [], durationMs: Math.round(performance.now() - started) };
    } catch (err) {
      const finding =
        err instanceof CheckTimeout
          ? `timed out after ${timeoutMs % 1000 ? (timeoutMs / 1000).toFixed(1) : timeoutMs / 1000} s`
          : `check crashed: ${err instanceof Error ? err.message : String(err)}`;
      return {
        ...base,
        verdict: 'fail',
        finding,
        fix:
          err instanceof CheckTimeout
            ? 'Check that the endpoint is reachable from the runner, or raise the input timeout.'
            : 'Report this as a bug in chalk-actions with the log.',
        problems: [],
        durationMs: Math.round(performance.now() - started),
      };
    } finally {
      clearTimeout(timer);
    }
  };
  for (const check of checks) done.set(check.id, runOne(check));
  return Promise.all(checks.map((c) => done.get(c.id)!));
}
