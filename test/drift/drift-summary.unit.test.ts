/** The drift report as markdown: sections per release, Secrets without values, bodies within GitHub's limits. */
import { describe, expect, it } from 'vitest';
import { livePair, withHelmMetadata } from '../../src/drift/live-compare.js';
import type { DriftReport, LiveObjectDrift, ReleaseDrift } from '../../src/drift/types.js';
import { diffManifests } from '../../src/plan/diff.js';
import type { KubeObject } from '../../src/plan/documents.js';
import { COMMENT_BODY_LIMIT, SUMMARY_LIMIT, sizeOf } from '../../src/report/body-size.js';
import { driftHeadline, driftIssue, driftSummary, resolvedComment } from '../../src/report/drift-summary.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const PASSWORD = 'hunter2-Kq9xPz';
const EDITED = 'edited-by-hand-Wm3v';

function release(overrides: Partial<ReleaseDrift> = {}): ReleaseDrift {
  return {
    release: 'chalk',
    namespace: 'chalk-metadata',
    status: 'clean',
    helmVersion: 'v4.3.2',
    revision: 3,
    desired: { chartChanged: false, values: [], objects: [], notes: [] },
    live: { fieldManager: 'helm', checked: 6, objects: [], unchecked: [], notes: [] },
    missing: { release: false, objects: [] },
    counts: { desired: 0, live: 0, missing: 0, ignored: 0, total: 0 },
    ...overrides,
  };
}

function report(releases: ReleaseDrift[]): DriftReport {
  const counts = { desired: 0, live: 0, missing: 0, ignored: 0, total: 0 };
  for (const r of releases) for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] += r.counts[k];
  const errors = releases.filter((r) => r.status === 'error').length;
  const drifted = releases.filter((r) => r.status === 'drifted' || r.status === 'missing').length;
  return {
    schemaVersion: 1,
    createdAt: '2026-12-02T10:00:00.000Z',
    releases,
    counts: { ...counts, releases: releases.length, drifted, errors },
    drifted: drifted > 0,
    ok: errors === 0,
  };
}

/** A Secret whose value was edited in the cluster, compared as the engine compares it. */
function secretDrift(): LiveObjectDrift[] {
  const key = { group: '', kind: 'Secret', namespace: 'chalk-metadata', name: 'metadata-plane-secrets' };
  const deployed = withHelmMetadata(
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: key.name, namespace: key.namespace },
      type: 'Opaque',
      data: { POSTGRES_PASSWORD: b64(PASSWORD), POSTGRES_USER: b64('chalk') },
    },
    'chalk',
    'chalk-metadata',
  );
  const live: KubeObject = { ...structuredClone(deployed), data: { POSTGRES_PASSWORD: b64(EDITED), POSTGRES_USER: b64('chalk') } };
  const pair = livePair({ key, deployed, live, dryRun: deployed, autoscaled: false });
  return diffManifests([pair.deployed], [pair.live], { namespace: 'chalk-metadata', ignore: [] }).objects.map((o) => ({
    ...o,
    method: 'server-side-apply' as const,
  }));
}

describe('drift summary', () => {
  it('names the Secret and its key, never a value, an encoding of one or a length', () => {
    const objects = secretDrift();
    const r = report([
      release({
        status: 'drifted',
        live: { fieldManager: 'helm', checked: 6, objects, unchecked: [], notes: [] },
        desired: { chartChanged: false, values: [{ path: '/postgres/password', redacted: true }], objects: [], notes: [] },
        counts: { desired: 1, live: 1, missing: 0, ignored: 0, total: 2 },
      }),
    ]);
    const shown = [driftSummary(r, {}), driftIssue(r, {}).body, JSON.stringify(objects)].join('\n');
    expect(shown).toContain('Secret chalk-metadata/metadata-plane-secrets: keys changed `POSTGRES_PASSWORD`');
    expect(shown).toContain('`/data/POSTGRES_PASSWORD` | *** | ***');
    expect(shown).toContain('`/postgres/password` | *** | ***');
    for (const secret of [PASSWORD, EDITED, b64(PASSWORD), b64(EDITED), `(${PASSWORD.length} bytes)`]) expect(shown).not.toContain(secret);
  });

  it('labels the three sections, says which comparison was made, and says when a release is missing or could not be checked', () => {
    const r = report([
      release({
        status: 'drifted',
        desired: {
          chartChanged: true,
          values: [{ path: '/chalk/metadata/api/replicas', before: 2 }],
          objects: [
            {
              key: { group: 'apps', kind: 'Deployment', namespace: 'chalk-metadata', name: 'api' },
              change: 'changed',
              apiVersion: {},
              fields: [{ path: '/spec/replicas', before: 2, after: 1 }],
            },
          ],
          notes: [],
        },
        chart: {
          ref: 'oci://r/charts/chalk-metadata-plane',
          name: 'chalk-metadata-plane',
          version: '0.1.3',
          previousVersion: '0.1.2',
          digestChanged: true,
          sameVersionNewDigest: false,
        },
        missing: {
          release: false,
          objects: [{ key: { group: '', kind: 'ConfigMap', namespace: 'chalk-metadata', name: 'seed' }, apiVersion: 'v1', reason: 'not found in the cluster' }],
        },
        counts: { desired: 3, live: 0, missing: 1, ignored: 0, total: 4 },
      }),
      release({
        release: 'gone',
        status: 'missing',
        missing: { release: true, objects: [] },
        counts: { desired: 0, live: 0, missing: 1, ignored: 0, total: 1 },
      }),
      release({
        release: 'broken',
        status: 'error',
        error: { boundary: 'helm', kind: 'render', message: 'Value chalk.metadata.frontend.image is required', fix: 'Set it.' },
      }),
    ]);
    const md = driftSummary(r, { environment: 'prod', reportFile: '/tmp/r.json' });
    expect(md).toContain('## Drift check: prod');
    expect(md).toContain('**1. Desired vs deployed**');
    expect(md).toContain('- Chart: the release runs `0.1.2`; the files pin `0.1.3`.');
    expect(md).toContain('| `/chalk/metadata/api/replicas` | `2` | — |');
    expect(md).toContain('~ changed: Deployment.apps chalk-metadata/api (1 field)');
    expect(md).toContain(
      '**2. Deployed vs live** — the release against the cluster (6 objects, compared by a server-side apply dry run as `helm`): no difference.',
    );
    expect(md).toContain('- ConfigMap chalk-metadata/seed: not found in the cluster');
    expect(md).toContain('The release is not installed in `chalk-metadata`');
    expect(md).toContain('Not checked: Value chalk.metadata.frontend.image is required\n> Fix: Set it.');
    expect(driftHeadline(r)).toBe(
      'Drift check: 1 of 3 releases could not be checked — 3 desired vs deployed, 0 deployed vs live, 2 missing, 0 ignored differences.',
    );
    expect(driftIssue(r, { environment: 'prod' }).title).toBe('Chalk drift in prod: chalk, gone, broken');
  });

  it('keeps the issue body under GitHub’s limit with whole object sections, and the summary under 1 MiB', () => {
    const objects: LiveObjectDrift[] = Array.from({ length: 3000 }, (_, i) => ({
      key: { group: 'apps', kind: 'Deployment', namespace: 'dp', name: `worker-${i}` },
      change: 'changed',
      apiVersion: { before: 'apps/v1', after: 'apps/v1' },
      fields: [{ path: '/spec/replicas', before: 1, after: 9 }],
      textDiff: `--- Deployment.apps dp/worker-${i} (deployed)\n+++ Deployment.apps dp/worker-${i} (live)\n@@ -1,3 +1,3 @@\n spec:\n-  replicas: 1\n+  replicas: 9\n${'  # context line\n'.repeat(8)}`,
      method: 'server-side-apply',
    }));
    const r = report([
      release({
        status: 'drifted',
        live: { checked: 3000, objects, unchecked: [], notes: [] },
        counts: { desired: 0, live: 3000, missing: 0, ignored: 0, total: 3000 },
      }),
    ]);
    const issue = driftIssue(r, { environment: 'prod', runUrl: 'https://github.com/acme/infra/actions/runs/9' });
    expect(sizeOf(issue.body).chars).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(sizeOf(issue.body).bytes).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(issue.body).toContain('| `chalk` | `chalk-metadata` | drifted | 0 | 3000 | 0 | 0 |');
    expect(issue.body).toContain('_… and 2960 more (see the report file)._');
    expect(issue.body).toMatch(
      /more object diffs not shown \(GitHub's issue size limit\): see the job summary of \[the run\]\(https:\/\/github\.com\/acme\/infra\/actions\/runs\/9\)/,
    );
    expect(issue.body.split('```').length % 2).toBe(1);
    expect(issue.body.match(/<details>/g)?.length).toBe(issue.body.match(/<\/details>/g)?.length);
    expect(sizeOf(driftSummary(r, {})).bytes).toBeLessThan(SUMMARY_LIMIT);
  });

  it('closes with a comment naming the run and the releases', () => {
    const r = report([release()]);
    expect(resolvedComment(r, { runUrl: 'https://github.com/acme/infra/actions/runs/9' })).toBe(
      'No drift found by [this run](https://github.com/acme/infra/actions/runs/9) in `chalk` in `chalk-metadata`: the cluster matches the files again. Closing.',
    );
    expect(driftHeadline(r)).toBe('Drift check: no drift — 0 desired vs deployed, 0 deployed vs live, 0 missing, 0 ignored differences.');
  });
});
