/**
 * A readiness result as people read it: a progress line per change, error annotations (one per object
 * not ready, most important first, at most GitHub's 10), the outputs, and a job summary with a table
 * of every object (kind, state, time to ready) followed by the diagnostics of those not ready.
 */
import { describeRef, kindLabel } from '../readiness/objects.js';
import type { ObjectDiagnostics, ObjectState, ObjectStatus, PodDigest, ProgressEvent, ReadinessResult } from '../readiness/types.js';
import { ANNOTATION_LIMIT } from './annotations.js';
import { code, escapeHtml, table } from './markdown.js';
import type { Problem } from './problems.js';
import { logLine } from './secrets.js';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** One log line for a progress event: elapsed time, the object, its new state and why. */
export function progressLine(event: ProgressEvent): string {
  const at = `[${seconds(event.elapsedMs)}]`;
  if (event.type === 'watch') return logLine(`${at} ${event.message}`);
  if (event.type === 'http') return logLine(`${at} GET ${event.check.url}: ${event.check.verdict}${event.check.message ? ` (${event.check.message})` : ''}`);
  return logLine(`${at} ${describeRef(event.object)}: ${event.to} — ${event.reason}: ${event.message}`);
}

const IMPORTANCE: Record<ObjectState, number> = { failed: 0, 'not-found': 1, terminating: 2, 'in-progress': 3, ready: 4 };

/** Objects not ready, the most important first: failures, then missing objects, then those still progressing. */
export function notReady(result: ReadinessResult): ObjectStatus[] {
  return result.objects.filter((o) => o.state !== 'ready').sort((a, b) => IMPORTANCE[a.state] - IMPORTANCE[b.state]);
}

/** What to do about the common reasons, for annotations. */
const ADVICE: Record<string, string> = {
  CrashLoopBackOff:
    "Read the container's last log lines and exit code in the job summary; fix the crash (configuration, Secrets, database access) and deploy again.",
  ErrImagePull: 'Check the image repository and tag, and that the nodes can pull from that registry (imagePullSecrets, registry permissions).',
  ImagePullBackOff: 'Check the image repository and tag, and that the nodes can pull from that registry (imagePullSecrets, registry permissions).',
  InvalidImageName: 'Fix the image reference in the values.',
  CreateContainerConfigError: 'A Secret or ConfigMap (or a key in it) the container reads is missing: create it, or fix the reference.',
  Unschedulable: 'No node can take the pod: check nodeSelector, affinity, tolerations and resource requests against the nodes (or the autoscaler).',
  ProgressDeadlineExceeded: 'The rollout stopped making progress: see the pods below for why they do not become ready.',
  JobFailed: "Read the Job's pod logs in the job summary, fix the cause and deploy again.",
  PodFailed: "Read the pod's last log lines in the job summary.",
  NotFound: 'The object does not exist: check that the deploy created it (and was not rolled back).',
  UnknownKind: 'Install the CustomResourceDefinition (or API) first.',
};

const adviceFor = (status: ObjectStatus, outcome: ReadinessResult['outcome']): string | undefined =>
  ADVICE[status.reason] ??
  (status.state === 'in-progress' && outcome === 'timeout'
    ? 'Still in progress when the timeout passed: raise the timeout, or see the diagnostics in the job summary.'
    : undefined);

/**
 * Error annotations: one per object not ready and per failed HTTP check, most important first, at most
 * GitHub's 10 per step; the summary has the rest. A wait that could not run gives its one error.
 */
export function readinessProblems(result: ReadinessResult): Problem[] {
  if (result.error)
    return [
      { severity: 'error', code: `readiness.${result.error.kind}`, message: result.error.message, ...(result.error.fix ? { fix: result.error.fix } : {}) },
    ];
  const objects = notReady(result).map((o): Problem => {
    const fix = adviceFor(o, result.outcome);
    return {
      severity: 'error',
      code: `readiness.${o.reason}`,
      message: `${describeRef(o)} is ${o.state} (${o.reason}): ${o.message}`,
      ...(fix ? { fix } : {}),
    };
  });
  const http = result.httpChecks
    .filter((c) => c.verdict === 'fail')
    .map((c): Problem => ({ severity: 'error', code: `http.${c.failure ?? 'fail'}`, message: `HTTP check ${c.url} failed: ${c.message}` }));
  return [...objects, ...http].slice(0, ANNOTATION_LIMIT);
}

/** The `not-ready` output: every object not ready, with its state and reason. */
export function notReadyOutput(result: ReadinessResult): string {
  return JSON.stringify(
    notReady(result).map((o) => ({
      kind: o.kind,
      apiVersion: o.apiVersion,
      ...(o.namespace ? { namespace: o.namespace } : {}),
      name: o.name,
      state: o.state,
      reason: o.reason,
      message: o.message,
    })),
  );
}

/** The step's closing line: what happened, in one sentence. */
export function readinessHeadline(result: ReadinessResult): string {
  const total = result.objects.length;
  const bad = notReady(result).length;
  const after = `after ${seconds(result.durationMs)}`;
  const httpFailed = result.httpChecks.filter((c) => c.verdict === 'fail').length;
  switch (result.outcome) {
    case 'ready':
      return `Ready: ${total} object${total === 1 ? '' : 's'}${result.httpChecks.length ? ` and ${result.httpChecks.length} HTTP check${result.httpChecks.length === 1 ? '' : 's'}` : ''} ${after}.`;
    case 'error':
      return `The readiness wait could not run: ${result.error?.message ?? 'unknown error'}`;
    case 'cancelled':
      return `Cancelled ${after}: ${bad} of ${total} objects not ready.`;
    case 'timeout':
      return `Timed out ${after}: ${bad} of ${total} object${total === 1 ? '' : 's'} not ready.`;
    default:
      return bad
        ? `Failed ${after}: ${bad} of ${total} object${total === 1 ? '' : 's'} not ready (${notReady(result)
            .filter((o) => o.state === 'failed')
            .map((o) => `${describeRef(o)}: ${o.reason}`)
            .join('; ')}).`
        : `Failed ${after}: ${httpFailed} HTTP check${httpFailed === 1 ? '' : 's'} failed.`;
  }
}

const STATE_ICONS: Record<ObjectState, string> = { ready: '✅', failed: '❌', 'not-found': '❔', terminating: '🗑️', 'in-progress': '⏳' };

function podSection(pod: PodDigest): string[] {
  const lines = [
    `**Pod ${code(pod.name)}**: ${escapeHtml(pod.phase)}${pod.node ? ` on ${escapeHtml(pod.node)}` : ''}`,
    '',
    ...pod.conditions.map((c) => `- ${escapeHtml(c)}`),
    ...(pod.conditions.length ? [''] : []),
    table(
      ['Container', 'Image', 'State', 'Last termination', 'Restarts', 'Ready'],
      pod.containers.map((c) => [
        `${c.init ? '(init) ' : ''}${c.name}`,
        c.image,
        c.state,
        c.lastTermination ?? '',
        String(c.restartCount),
        c.ready ? 'yes' : 'no',
      ]),
    ),
  ];
  if (pod.events.length)
    lines.push(
      '',
      table(
        ['Event', 'Reason', 'Message', 'Count'],
        pod.events.map((e) => [e.type, e.reason, e.message, String(e.count)]),
      ),
    );
  for (const log of pod.logs) {
    const which = `Logs of ${code(log.container)}${log.previous ? ' (previous run)' : ''}`;
    if (log.unavailable) lines.push('', `${which}: ${escapeHtml(log.unavailable)}`);
    else lines.push('', `${which}, last ${log.lines?.length ?? 0} lines:`, '', `<pre>${(log.lines ?? []).map(escapeHtml).join('\n')}</pre>`);
  }
  return lines;
}

function diagnosticsSection(d: ObjectDiagnostics): string[] {
  const lines = ['<details open>', `<summary>${escapeHtml(`${describeRef(d.object)}: ${d.state} (${d.reason})`)}</summary>`, '', escapeHtml(d.message)];
  if (d.events.length)
    lines.push(
      '',
      table(
        ['Event', 'Reason', 'Message', 'Count'],
        d.events.map((e) => [e.type, e.reason, e.message, String(e.count)]),
      ),
    );
  for (const pod of d.pods) lines.push('', ...podSection(pod));
  lines.push('', '</details>');
  return lines;
}

/** The diagnostics as log lines (the summary has them as tables): one block per object not ready. */
export function diagnosticsLines(result: ReadinessResult): string[] {
  return result.diagnostics.flatMap((d) => [
    logLine(`${describeRef(d.object)}: ${d.state} (${d.reason}): ${d.message}`),
    ...d.events.map((e) => logLine(`| event ${e.type} ${e.reason}: ${e.message}${e.count > 1 ? ` (x${e.count})` : ''}`)),
    ...d.pods.flatMap((p) => [
      logLine(`| pod ${p.name}: ${p.phase}${p.node ? ` on ${p.node}` : ''}${p.conditions.length ? `; ${p.conditions.join('; ')}` : ''}`),
      ...p.containers.map((c) =>
        logLine(
          `    ${c.init ? 'init ' : ''}container ${c.name} (${c.image}): ${c.state}${c.lastTermination ? `; last ${c.lastTermination}` : ''}; restarts ${c.restartCount}`,
        ),
      ),
      ...p.events.map((e) => logLine(`| | event ${e.type} ${e.reason}: ${e.message}${e.count > 1 ? ` (x${e.count})` : ''}`)),
      ...p.logs.flatMap((l) =>
        l.unavailable
          ? [logLine(`| | logs of ${l.container}: ${l.unavailable}`)]
          : [logLine(`| | logs of ${l.container}${l.previous ? ' (previous run)' : ''}:`), ...(l.lines ?? []).map((line) => logLine(`| | | ${line}`))],
      ),
    ]),
  ]);
}

/** The job summary: headline, every object, the HTTP checks, then diagnostics for each object not ready. */
export function readinessSummary(result: ReadinessResult): string {
  const lines = [`### ${result.ready ? '✅' : '❌'} verify: ${escapeHtml(readinessHeadline(result))}`, ''];
  if (result.error?.fix) lines.push(`Fix: ${escapeHtml(result.error.fix)}`, '');
  if (result.objects.length)
    lines.push(
      table(
        ['Kind', 'Object', 'State', 'Time to ready', 'Detail'],
        result.objects.map((o) => [
          kindLabel(o),
          `${o.namespace ? `${o.namespace}/` : ''}${o.name}`,
          `${STATE_ICONS[o.state]} ${o.state}`,
          o.readyAfterMs !== undefined ? seconds(o.readyAfterMs) : '—',
          o.state === 'ready' ? o.message : `${o.reason}: ${o.message}`,
        ]),
      ),
      '',
    );
  if (result.watchRecoveries)
    lines.push(`The watches recovered ${result.watchRecoveries} time${result.watchRecoveries === 1 ? '' : 's'} (a lost connection resumed, or a re-list).`, '');
  if (result.httpChecks.length)
    lines.push(
      '#### HTTP checks',
      '',
      table(
        ['URL', 'Result', 'Status', 'Detail'],
        result.httpChecks.map((c) => [c.url, c.verdict, c.status !== undefined ? String(c.status) : '—', `${c.failure ? `${c.failure}: ` : ''}${c.message}`]),
      ),
      '',
    );
  const annotated = readinessProblems(result).length;
  const hidden = notReady(result).length + result.httpChecks.filter((c) => c.verdict === 'fail').length - annotated;
  if (hidden > 0) lines.push(`${hidden} more not annotated (GitHub shows ${ANNOTATION_LIMIT} per step): see below.`, '');
  if (result.diagnostics.length) lines.push('#### Diagnostics', '', ...result.diagnostics.flatMap((d) => [...diagnosticsSection(d), '']));
  return lines.join('\n') + '\n';
}
