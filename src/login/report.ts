/** The helm-login job summary: one row per registry, then what verify-chart found. */
import type { ResolvedChart } from '../helm/chart.js';
import { code, escapeHtml, table } from '../report/markdown.js';
import type { LoginResult } from './login.js';

const PROVIDER_NAMES = { ecr: 'Amazon ECR', 'ecr-public': 'Amazon ECR Public', 'artifact-registry': 'Google Artifact Registry', generic: 'Generic' } as const;

export interface LoginReport {
  results: readonly LoginResult[];
  helmVersion: string;
  helmSource: string;
  registryConfig: string;
  chart?: ResolvedChart;
  chartError?: string;
}

export function loginSummary(r: LoginReport): string {
  const failed = r.results.filter((x) => !x.ok).length;
  const lines = [
    failed
      ? `### ❌ helm registry login: ${failed} of ${r.results.length} failed`
      : `### ✅ helm registry login: ${r.results.length} registr${r.results.length === 1 ? 'y' : 'ies'}`,
    '',
    table(
      ['Registry', 'Provider', 'User', 'Result'],
      r.results.map((x) => [
        x.host,
        x.provider ? PROVIDER_NAMES[x.provider] : '—',
        x.username ?? '—',
        x.ok ? `logged in${x.expiresAt ? ` (token expires ${x.expiresAt.toISOString()})` : ''}` : `failed: ${(x.error ?? '').replace(`${x.host}: `, '')}`,
      ]),
    ),
    '',
    `helm ${r.helmVersion} (${r.helmSource}); registry config ${code(r.registryConfig)}, exported as HELM_REGISTRY_CONFIG.`,
  ];
  if (r.chart) {
    const c = r.chart;
    lines.push(
      '',
      `#### Chart ${code(c.chart.url)}`,
      '',
      `Resolved ${code(c.version)}${c.appVersion ? ` (app ${c.appVersion})` : ''}${c.digest ? ` at ${code(c.digest)}` : ''}.`,
      '',
      `Versions in the registry (${c.versions.length}): ${c.versions.map(code).join(', ') || 'none'}`,
    );
  }
  if (r.chartError) lines.push('', `#### Chart check failed`, '', escapeHtml(r.chartError));
  return lines.join('\n') + '\n';
}
