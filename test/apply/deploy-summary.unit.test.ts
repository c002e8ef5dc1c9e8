import { describe, expect, it } from 'vitest';
import type { DeployDataplaneResult } from '../../src/apply/dataplane.js';
import type { DeployMetadataResult } from '../../src/apply/metadata.js';
import type { ReleaseResult } from '../../src/apply/release.js';
import { dataplaneSummary, metadataSummary } from '../../src/report/deploy-summary.js';

const counts = { added: 0, changed: 2, removed: 0, renamed: 0, kept: 0, unchanged: 4, ignoredObjects: 0, ignored: 1 };

function release(fields: Partial<ReleaseResult>): ReleaseResult {
  return {
    release: 'chalk-metadata-plane',
    namespace: 'chalk-metadata',
    chart: { ref: 'oci://r.example/charts/chalk-metadata-plane', version: '0.1.3', digest: `sha256:${'ab'.repeat(32)}` },
    outcome: 'upgraded',
    changed: true,
    revision: 4,
    previousRevision: 3,
    status: 'deployed',
    containerProblems: [],
    history: [
      {
        revision: 4,
        status: 'deployed',
        chart: 'chalk-metadata-plane-0.1.3',
        updated: '2026-12-02T10:00:00.123456Z',
        description: 'chalk-actions: chart digest …',
      },
      { revision: 3, status: 'superseded', chart: 'chalk-metadata-plane-0.1.2', updated: '2026-12-01T10:00:00.1Z', description: 'Upgrade complete' },
    ],
    durationMs: 12_345,
    ...fields,
  };
}

const metadata = (r: ReleaseResult, fields: Partial<DeployMetadataResult> = {}): DeployMetadataResult => ({
  ok: !r.error,
  checks: [],
  secrets: [],
  release: r,
  cancelled: false,
  durationMs: 13_000,
  ...fields,
});

describe('the deploy summary', () => {
  it("shows the revision move, the plan's counts and objects, the apply method, the lock wait and the history", () => {
    const md = metadataSummary(
      metadata(
        release({
          plan: { changes: 2, counts, digestChanged: true, sameVersionNewDigest: false, objects: ['Deployment chalk-metadata/chalk-metadata-api: changed'] },
          applyMethod: { method: 'client-side apply', reason: "auto: the upgrade follows the release's previous method (client-side apply)" },
          lock: {
            name: 'chalk-deploy-chalk-metadata-plane',
            waitedMs: 4200,
            waitedFor: ['https://github.com/acme/infra/actions/runs/7/attempts/1 (job deploy)'],
          },
          traced: 6,
        }),
      ),
    );
    expect(md).toContain('## Chalk Metadata Plane deploy: ✅ upgraded (revision 4)');
    expect(md).toContain('| Revision | 3 → 4 (deployed) |');
    expect(md).toContain('| Plan | 2 changed (1 ignored field difference); a different chart |');
    expect(md).toContain('- Deployment chalk-metadata/chalk-metadata-api: changed');
    expect(md).toContain('| Apply method (Helm 4) | client-side apply: auto:');
    expect(md).toContain('| Duration | 13 s (waited 4.2 s for the deploy lock held by https://github.com/acme/infra/actions/runs/7/attempts/1 (job deploy)) |');
    expect(md).toContain('| 4 | deployed | chalk-metadata-plane-0.1.3 | 2026-12-02T10:00:00Z |');
  });

  it("names a rolled-back upgrade's pod reasons and the fix, with remote text escaped", () => {
    const md = metadataSummary(
      metadata(
        release({
          outcome: 'rolled-back',
          revision: 5,
          previousRevision: 3,
          error: {
            boundary: 'helm',
            kind: 'failed',
            message: 'UPGRADE FAILED: <context deadline exceeded>',
            fix: 'The release runs revision 5 (deployed) again.',
          },
          containerProblems: [
            {
              pod: 'chalk-metadata-frontend-7d9',
              container: 'frontend',
              reason: 'ImagePullBackOff',
              message: 'Back-off pulling image | x',
              image: 'chalk/frontend:does-not-exist',
            },
          ],
        }),
      ),
    );
    expect(md).toContain('## Chalk Metadata Plane deploy: ↩️ failed, rolled back (revision 5)');
    expect(md).toContain('**chalk-metadata-plane**: UPGRADE FAILED: &lt;context deadline exceeded&gt;');
    expect(md).toContain('Fix: The release runs revision 5 (deployed) again.');
    expect(md).toContain('| chalk-metadata-frontend-7d9 | frontend | ImagePullBackOff | Back-off pulling image \\| x; image chalk/frontend:does-not-exist |');
  });

  it('says exactly what a recovery did, and what a refusal left untouched', () => {
    const recovered = metadataSummary(
      metadata(
        release({
          outcome: 'unchanged',
          recovery: {
            status: 'pending-upgrade',
            revision: 6,
            ageSeconds: 1500,
            action: 'rollback',
            toRevision: 5,
            command: 'helm rollback chalk-metadata-plane 5 --namespace chalk-metadata',
            performed: true,
          },
        }),
      ),
    );
    expect(recovered).toContain(
      'chalk-metadata-plane was pending-upgrade (revision 6) for 25m 0s: rolled back to revision 5 with `helm rollback chalk-metadata-plane 5 --namespace chalk-metadata` (helm keeps revision 6 in the history as pending-upgrade).',
    );
    const refused = metadataSummary({
      ok: false,
      refused: 'config',
      checks: [{ id: 'config.values', group: 'config', title: 'Metadata Plane values', verdict: 'fail', finding: '1 error', problems: [], durationMs: 3 }],
      secrets: [],
      cancelled: false,
      durationMs: 100,
    });
    expect(refused).toContain('❌ refused: the configuration is invalid; the release was not touched');
    expect(refused).toContain('| Metadata Plane values | ❌ fail | 1 error |  |');
  });

  it('tables a chart set by start order, with releases not started and the resources after their charts', () => {
    const result: DeployDataplaneResult = {
      mode: 'deploy',
      ok: false,
      cancelled: false,
      started: ['keda', 'gateway-helm'],
      firstFailure: 'keda',
      releases: [
        release({
          release: 'keda',
          namespace: 'keda',
          outcome: 'rolled-back',
          error: { boundary: 'helm', kind: 'failed', message: 'UPGRADE FAILED', fix: '' },
        }),
        release({
          release: 'metrics-server',
          namespace: 'kube-system',
          outcome: 'not-started',
          revision: undefined,
          previousRevision: undefined,
          error: { boundary: 'apply', kind: 'not-started', message: 'not started: keda failed first.', fix: '' },
        }),
        release({ release: 'gateway-helm', namespace: 'envoy-gateway-system', outcome: 'unchanged', previousRevision: 4 }),
      ],
      resources: [{ id: 'ClusterIssuer/letsencrypt', outcome: 'not-started', after: ['cert-manager'], objects: [], durationMs: 0 }],
      durationMs: 30_000,
    };
    const md = dataplaneSummary(result);
    expect(md).toContain('## Chalk Data Plane deploy: ❌ stopped at the first failure');
    expect(md).toMatch(/\| 1 \| keda \| keda \| .* \| ↩️ failed, rolled back \|/);
    expect(md).toMatch(/\| — \| metrics-server \| kube-system \| .* \| ⏭️ not started \(keda failed first\) \| — \| — \|/);
    expect(md).toMatch(/\| 2 \| gateway-helm \| envoy-gateway-system \| .* \| ⏸️ unchanged \|/);
    expect(md).toContain('| ClusterIssuer/letsencrypt | ⏭️ not started | cert-manager |');
    expect(md).toContain('### keda: why it failed');
    expect(md).not.toContain('### metrics-server: why it failed');
  });
});
