/** The plan as markdown (summary, PR comment) and as the plain diff file. */
import { describe, expect, it } from 'vitest';
import { diffManifests } from '../../src/plan/diff.js';
import { PLAN_SCHEMA_VERSION, type Plan, type ReleasePlan } from '../../src/plan/types.js';
import { COMMENT_LIMIT, fitsWithin, MARKER_RESERVE } from '../../src/report/body-size.js';
import { fenced, planComment, planDiffText, planSummary } from '../../src/report/plan-summary.js';

const NS = 'chalk-metadata';
const configMap = (i: number, text: string) =>
  `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes-${i}\n  labels:\n    helm.sh/chart: c-${text.length % 2}\ndata:\n  README.md: |\n${text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n`;

function planOf(before: string, after: string, extra: Partial<ReleasePlan> = {}): Plan {
  const diff = diffManifests(before, after, { namespace: NS });
  const release: ReleasePlan = {
    release: 'chalk-metadata-plane',
    namespace: NS,
    chart: {
      ref: 'oci://r/charts/c',
      name: 'chalk-metadata-plane',
      version: '0.1.3',
      digest: `sha256:${'a'.repeat(64)}`,
      digestChanged: true,
      sameVersionNewDigest: false,
    },
    mode: 'server',
    baseline: 'release',
    revision: 4,
    ...diff,
    ...extra,
  };
  return { schemaVersion: PLAN_SCHEMA_VERSION, createdAt: '2026-01-01T00:00:00Z', releases: [release], changes: diff.changes, ok: true };
}

/** Lines that open or close a fence, per fence length: every fence closes. */
function fencesBalanced(markdown: string): boolean {
  let open: string | undefined;
  for (const line of markdown.split('\n')) {
    const m = /^(`{3,})(.*)$/.exec(line);
    if (!m) continue;
    if (open === undefined) open = m[1];
    else if (m[1]!.length >= open.length && m[2]!.trim() === '') open = undefined;
  }
  return open === undefined;
}

describe('planComment', () => {
  it('fits a 300 KB diff under the comment limit with whole objects, balanced fences and details, and a pointer', () => {
    const text = (i: number, word: string) =>
      [`# ${i}`, '```sh', `echo ${word}`, '```', ...Array.from({ length: 60 }, (_, j) => `line ${j}: ${word} ✓ ünïcode 🚀`)].join('\n');
    const before = Array.from({ length: 100 }, (_, i) => configMap(i, text(i, 'alpha'))).join('');
    const after = Array.from({ length: 100 }, (_, i) => configMap(i, text(i, 'beta'))).join('');
    const plan = planOf(before, after);
    expect(planSummary(plan, '/tmp/diff.txt').length).toBeGreaterThan(300_000);
    const body = planComment(plan, { environment: 'prod', commit: 'feedfacefeedface', runUrl: 'https://github.example/o/r/actions/runs/1' });
    expect(fitsWithin(body, COMMENT_LIMIT - MARKER_RESERVE)).toBe(true);
    expect(fencesBalanced(body)).toBe(true);
    expect(body.match(/<details>/g)?.length).toBe(body.match(/<\/details>/g)?.length);
    expect(body).toMatch(/^## Render and diff: prod\n/);
    expect(body).toContain('commit `feedfacefeed`');
    expect(body).toContain('| **total** | 0 | 100 |');
    const shown = body.match(/<b>changed<\/b>/g)!.length;
    expect(shown).toBeGreaterThan(5);
    expect(body).toContain(
      `_… ${100 - shown} more objects not shown (GitHub's comment size limit): see the job summary of [this run](https://github.example/o/r/actions/runs/1)._`,
    );
  });

  it('keeps a diff holding ``` inside its fence', () => {
    const plan = planOf(configMap(1, '```\nx'), configMap(1, '````\ny'));
    const body = planComment(plan, {});
    expect(body).toContain('`````diff\n');
    expect(fencesBalanced(body)).toBe(true);
    expect(fenced('a ``` b\n', 'diff')).toBe('````diff\na ``` b\n````');
  });
});

describe('planSummary', () => {
  it('lists ignored differences apart, names Secret keys only, and warns about a re-pushed version and unapplied CRDs', () => {
    const secret = (v: string) => `---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\ndata:\n  password: ${Buffer.from(v).toString('base64')}\n`;
    const plan = planOf(configMap(1, 'same') + secret('old-value-1'), configMap(1, 'same').replace('c-0', 'c-1') + secret('new-value-22'), {
      chart: {
        ref: 'oci://r/charts/c',
        name: 'c',
        version: '0.1.3',
        digest: `sha256:${'b'.repeat(64)}`,
        previousDigest: `sha256:${'c'.repeat(64)}`,
        previousVersion: '0.1.3',
        digestChanged: true,
        sameVersionNewDigest: true,
      },
    });
    plan.releases[0]!.objects!.push({
      key: { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition', namespace: '', name: 'x.example' },
      change: 'changed',
      apiVersion: {},
      fields: [],
      crd: { helmWillNotApply: true },
    });
    const md = planSummary(plan, '/tmp/run/diff.txt');
    expect(md).toContain('Ignored differences, not counted as changes: 1 field in 1 object');
    expect(md).toContain('| chart-bump | /metadata/labels/helm.sh~1chart | 1 |');
    expect(md).not.toContain('<b>ignored</b>');
    expect(md).toContain('Secret keys changed: `password`. Values are never shown.');
    expect(md).toContain('the version was pushed again with different content');
    expect(md).toContain('helm does not apply crds/ on upgrade');
    expect(md).toContain('⚠️ helm does not apply this on upgrade');
    for (const v of ['old-value-1', 'new-value-22']) expect(md).not.toContain(v);
  });

  it('shows a release that could not be planned with its error and fix', () => {
    const plan: Plan = {
      schemaVersion: PLAN_SCHEMA_VERSION,
      createdAt: '',
      changes: 0,
      ok: false,
      releases: [{ release: 'r', namespace: 'n', error: { boundary: 'helm', kind: 'render', message: 'Value x.y is required', fix: 'Set x.y.' } }],
    };
    expect(planSummary(plan, undefined)).toContain('> [!CAUTION]\n> Not planned: Value x.y is required\n> Fix: Set x.y.');
  });
});

describe('planDiffText', () => {
  it('holds every changed object with its diff and the ignored fields', () => {
    const text = planDiffText(planOf(configMap(1, 'a'), configMap(1, 'bb') + configMap(2, 'new')));
    expect(text).toContain('# release chalk-metadata-plane in chalk-metadata: chalk-metadata-plane 0.1.3');
    expect(text).toContain('# changed: ConfigMap chalk-metadata/notes-1');
    expect(text).toContain('# ignored (chart-bump): /metadata/labels/helm.sh~1chart');
    expect(text).toContain('-    a\n+    bb');
    expect(text).toContain('# added: ConfigMap chalk-metadata/notes-2');
  });
});
