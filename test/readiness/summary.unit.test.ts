/** The readiness report: progress lines, at most 10 annotations (most important first), outputs and the summary. */
import { describe, expect, it } from 'vitest';
import type { ObjectStatus, ReadinessResult } from '../../src/readiness/types.js';
import { notReadyOutput, progressLine, readinessHeadline, readinessProblems, readinessSummary } from '../../src/report/readiness-summary.js';
import { forgetSecrets, registerSecret } from '../../src/report/secrets.js';

const status = (name: string, state: ObjectStatus['state'], reason: string, message: string, readyAfterMs?: number): ObjectStatus => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  namespace: 'chalk',
  name,
  state,
  reason,
  message,
  ...(readyAfterMs !== undefined ? { readyAfterMs } : {}),
});

function result(objects: ObjectStatus[], extra: Partial<ReadinessResult> = {}): ReadinessResult {
  return { outcome: 'failed', ready: false, durationMs: 12_345, objects, diagnostics: [], httpChecks: [], watchRecoveries: 0, ...extra };
}

describe('readiness report', () => {
  it('prints one progress line per change with the elapsed time, flattened to one line', () => {
    expect(
      progressLine({
        type: 'state',
        elapsedMs: 4_200,
        object: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'chalk', name: 'api' },
        from: 'in-progress',
        to: 'ready',
        reason: 'Available',
        message: 'available,\n::error::2/2 replicas',
      }),
    ).toBe('[4.2 s] Deployment chalk/api: ready — Available: available, ::error::2/2 replicas');
    expect(progressLine({ type: 'watch', elapsedMs: 61_000, message: 'watch of pods in chalk lost (ECONNREFUSED); reconnecting' })).toBe(
      '[61.0 s] watch of pods in chalk lost (ECONNREFUSED); reconnecting',
    );
  });

  it('annotates failures first, then missing objects, then those in progress, at most 10, and says so in the summary', () => {
    const objects = [
      ...Array.from({ length: 9 }, (_, i) => status(`slow-${i}`, 'in-progress', 'LessReady', 'ready 0/1')),
      status('gone', 'not-found', 'NotFound', 'the object does not exist'),
      status('crash', 'failed', 'CrashLoopBackOff', 'pod crash-1: container api is crash-looping: restarted 3 times, last exit code 1 (Error)'),
      status('fine', 'ready', 'Available', 'available', 1_500),
    ];
    const problems = readinessProblems(result(objects));
    expect(problems).toHaveLength(10);
    expect(problems[0]).toMatchObject({
      severity: 'error',
      message: 'Deployment chalk/crash is failed (CrashLoopBackOff): pod crash-1: container api is crash-looping: restarted 3 times, last exit code 1 (Error)',
      fix: expect.stringContaining("Read the container's last log lines"),
    });
    expect(problems[1]!.message).toMatch(/^Deployment chalk\/gone is not-found/);
    const summary = readinessSummary(result(objects));
    expect(summary).toContain('1 more not annotated (GitHub shows 10 per step)');
    expect(summary).toContain('| Deployment | chalk/fine | ✅ ready | 1.5 s | available |');
    expect(summary).toContain('| Deployment | chalk/crash | ❌ failed | — | CrashLoopBackOff: pod crash-1');
    expect(JSON.parse(notReadyOutput(result(objects)))[0]).toEqual({
      kind: 'Deployment',
      apiVersion: 'apps/v1',
      namespace: 'chalk',
      name: 'crash',
      state: 'failed',
      reason: 'CrashLoopBackOff',
      message: 'pod crash-1: container api is crash-looping: restarted 3 times, last exit code 1 (Error)',
    });
    expect(readinessHeadline(result(objects))).toBe('Failed after 12.3 s: 11 of 12 objects not ready (Deployment chalk/crash: CrashLoopBackOff).');
  });

  it('masks secrets and escapes HTML in log lines shown in the summary', () => {
    forgetSecrets();
    registerSecret('s3cr3t-value');
    const r = result([status('api', 'failed', 'CrashLoopBackOff', 'x')], {
      diagnostics: [
        {
          object: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'chalk', name: 'api' },
          state: 'failed',
          reason: 'CrashLoopBackOff',
          message: 'x',
          events: [],
          pods: [
            {
              name: 'api-1',
              namespace: 'chalk',
              phase: 'Running',
              conditions: [],
              containers: [],
              events: [],
              logs: [{ container: 'api', previous: true, lines: ['<script>token=s3cr3t-value</script>'] }],
            },
          ],
        },
      ],
    });
    const summary = readinessSummary(r);
    expect(summary).toContain('<pre>&lt;script&gt;token=***&lt;/script&gt;</pre>');
    expect(summary).not.toContain('s3cr3t-value');
    forgetSecrets();
  });

  it('turns an error of the wait itself into its one annotation', () => {
    const r = result([], {
      outcome: 'error',
      error: { boundary: 'readiness', kind: 'release-not-found', message: 'helm release chalk does not exist in namespace x', fix: 'Check the release.' },
    });
    expect(readinessProblems(r)).toEqual([
      { severity: 'error', code: 'readiness.release-not-found', message: 'helm release chalk does not exist in namespace x', fix: 'Check the release.' },
    ]);
    expect(readinessHeadline(r)).toBe('The readiness wait could not run: helm release chalk does not exist in namespace x');
  });
});
