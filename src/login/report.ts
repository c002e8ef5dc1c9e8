/** helm-login's report: the job summary (one row per registry, then what verify-chart found) and the failure message. */
import type { ErrorInfo } from '../errors.js';
import { code, escapeHtml, table } from '../report/markdown.js';
import { oneLine } from '../report/text.js';
import type { LoginRunResult } from './run.js';

const PROVIDER_NAMES = { ecr: 'Amazon ECR', 'ecr-public': 'Amazon ECR Public', 'artifact-registry': 'Google Artifact Registry', generic: 'Generic' } as const;

/** An error as one sentence pair: what happened, then `Fix: …`. */
export function describeError(error: ErrorInfo): string {
  return `${error.message}${error.fix ? ` Fix: ${error.fix}` : ''}`;
}

export function loginSummary(r: LoginRunResult): string {
  const failed = r.logins.filter((x) => !x.ok).length;
  const lines = [
    failed
      ? `### ❌ helm registry login: ${failed} of ${r.logins.length} failed`
      : `### ✅ helm registry login: ${r.logins.length} registr${r.logins.length === 1 ? 'y' : 'ies'}`,
    '',
    table(
      ['Registry', 'Provider', 'User', 'Result'],
      r.logins.map((x) => [
        x.host,
        x.provider ? PROVIDER_NAMES[x.provider] : '—',
        x.username ?? '—',
        x.ok
          ? `logged in${x.expiresAt ? ` (token expires ${x.expiresAt})` : ''}`
          : `failed: ${x.error ? describeError(x.error).replace(`${x.host}: `, '') : 'no credentials'}`,
      ]),
    ),
    '',
    `helm ${r.helm.version} (${r.helm.source}); registry config ${code(r.registryConfig.path)}, exported as HELM_REGISTRY_CONFIG.`,
  ];
  for (const warning of r.warnings) lines.push('', `⚠️ ${escapeHtml(warning)}`);
  if (r.chart) {
    const c = r.chart;
    lines.push(
      '',
      `#### Chart ${code(c.chart.url)}`,
      '',
      `Resolved ${code(oneLine(c.version, 100))}${c.appVersion ? ` (app ${escapeHtml(c.appVersion)})` : ''}${c.digest ? ` at ${code(c.digest)}` : ''}.`,
      '',
      `Versions in the registry (${c.versions.length}): ${c.versions.map(code).join(', ') || 'none'}`,
    );
  }
  if (r.chartError) lines.push('', `#### Chart check failed`, '', escapeHtml(describeError(r.chartError)));
  return lines.join('\n') + '\n';
}

/** Why the step fails, one line per problem; undefined when nothing failed. */
export function loginFailure(r: LoginRunResult): string | undefined {
  const failures = [
    ...r.logins.filter((x) => !x.ok).map((x) => (x.error ? describeError(x.error) : `${x.host}: no credentials`)),
    ...(r.chartError ? [`verify-chart: ${describeError(r.chartError)}`] : []),
  ];
  if (!failures.length) return undefined;
  return `helm-login: ${failures.length} problem${failures.length > 1 ? 's' : ''}:\n${failures.map((f) => `- ${f}`).join('\n')}`;
}
