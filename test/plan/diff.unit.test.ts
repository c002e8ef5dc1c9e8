/** The diff engine on realistic manifests: noise, Secrets, Lists, version bumps, renames, ignore rules, keep policy, CRDs. */
import { describe, expect, it } from 'vitest';
import { diffManifests } from '../../src/plan/diff.js';
import { CHART_BUMP_RULE, parseIgnoreRules } from '../../src/plan/ignore.js';
import { diffCrds, projectOnto } from '../../src/plan/live-crds.js';
import type { KubeObject } from '../../src/plan/documents.js';
import type { ObjectChange } from '../../src/plan/types.js';

const NS = 'chalk-metadata';

function deployment(opts: { chart?: string; image?: string; replicas?: number; env?: string; checksum?: string } = {}): string {
  return `# Source: chalk-metadata-plane/templates/api/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: chalk-metadata-api
  namespace: ${NS}
  labels:
    app.kubernetes.io/name: chalk-metadata-plane
    app.kubernetes.io/version: "${opts.chart ?? '0.1.2'}"
    helm.sh/chart: chalk-metadata-plane-${opts.chart ?? '0.1.2'}
spec:
  replicas: ${opts.replicas ?? 1}
  selector:
    matchLabels:
      app.kubernetes.io/component: api
  template:
    metadata:
      labels:
        app.kubernetes.io/component: api
        helm.sh/chart: chalk-metadata-plane-${opts.chart ?? '0.1.2'}
      annotations:
        checksum/seed: ${opts.checksum ?? 'a1b2c3'}
    spec:
      serviceAccountName: chalk-metadata-plane
      containers:
        - name: api
          image: "${opts.image ?? 'registry.example.com/chalk/frontend-api:1.0'}"
          env:
            - name: CHALK_API_HOST
              value: "https://api.example.com"
            - name: CHALK_LOG_LEVEL
              value: ${opts.env ?? 'info'}
          envFrom:
            - secretRef:
                name: metadata-plane-secrets
`;
}

const configMap = (name = 'chalk-metadata-seed', seed = 'teams: []') => `# Source: chalk-metadata-plane/templates/seed-configmap.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
  namespace: ${NS}
data:
  seed.yaml: |
    seed:
      ${seed}
      projects: []
      environments: []
`;

const stream = (...docs: string[]) => docs.map((d) => `---\n${d}`).join('');
const byKind = (objects: ObjectChange[], kind: string) => objects.find((o) => o.key.kind === kind)!;

describe('diffManifests: noise', () => {
  it('reports zero changes for a re-render of identical input', () => {
    const text = stream(deployment(), configMap());
    const diff = diffManifests(text, text, { namespace: NS });
    expect(diff.changes).toBe(0);
    expect(diff.counts).toMatchObject({ unchanged: 2, changed: 0, ignored: 0 });
    expect(diff.objects.every((o) => o.change === 'unchanged' && !o.textDiff)).toBe(true);
  });

  it('does not count key order, quoting, flow style, comments, blank lines, the Source path or an implicit namespace', () => {
    const before = stream(deployment(), configMap());
    const after = `---
# Source: moved/templates/deployment.yaml
kind: Deployment
apiVersion: 'apps/v1'
metadata:
  labels: {helm.sh/chart: "chalk-metadata-plane-0.1.2", app.kubernetes.io/version: '0.1.2', app.kubernetes.io/name: chalk-metadata-plane}
  name: "chalk-metadata-api"
spec:
  template:
    spec:
      containers:
      - image: registry.example.com/chalk/frontend-api:1.0
        name: api
        envFrom: [{secretRef: {name: metadata-plane-secrets}}]
        env:
          - {name: CHALK_API_HOST, value: https://api.example.com}
          - name: CHALK_LOG_LEVEL
            value: "info"   # the default

      serviceAccountName: chalk-metadata-plane
    metadata:
      annotations:
        "checksum/seed": a1b2c3
      labels:
        helm.sh/chart: chalk-metadata-plane-0.1.2
        app.kubernetes.io/component: api
  selector:
    matchLabels: {app.kubernetes.io/component: api}
  replicas: 1
---
apiVersion: v1
kind: ConfigMap
metadata: {name: chalk-metadata-seed, namespace: chalk-metadata}
data:
  seed.yaml: "seed:\\n  teams: []\\n  projects: []\\n  environments: []\\n"
...
`;
    const diff = diffManifests(before, after, { namespace: NS });
    expect(diff.objects.map((o) => [o.key.kind, o.change])).toEqual([
      ['ConfigMap', 'unchanged'],
      ['Deployment', 'unchanged'],
    ]);
    expect(diff.changes).toBe(0);
  });

  it('pairs identical documents whatever their position: an insertion or a reordering changes nothing else', () => {
    const [a, b, c] = [configMap('a'), configMap('b'), deployment()];
    expect(diffManifests(stream(a, b, c), stream(c, b, a), { namespace: NS }).changes).toBe(0);
    const inserted = diffManifests(stream(a, b, c), stream(configMap('new', 'teams: [x]'), a, b, c), { namespace: NS });
    expect(inserted.objects.map((o) => `${o.key.name}:${o.change}`)).toEqual(['a:unchanged', 'b:unchanged', 'new:added', 'chalk-metadata-api:unchanged']);
  });

  it('treats a null value as absent and stringData as the data it becomes', () => {
    const before = `apiVersion: v1
kind: Secret
metadata:
  name: s
  annotations: null
data:
  token: ${Buffer.from('abc123').toString('base64')}
`;
    const after = `apiVersion: v1
kind: Secret
metadata:
  name: s
stringData:
  token: abc123
`;
    expect(diffManifests(before, after, { namespace: NS }).changes).toBe(0);
  });
});

describe('diffManifests: fields and text', () => {
  it('reports the changed fields as JSON pointers with before/after and a unified diff with context', () => {
    const diff = diffManifests(stream(deployment()), stream(deployment({ image: 'registry.example.com/chalk/frontend-api:1.1', replicas: 2 })), {
      namespace: NS,
    });
    const d = byKind(diff.objects, 'Deployment');
    expect(d.change).toBe('changed');
    expect(d.fields).toEqual([
      { path: '/spec/replicas', before: 1, after: 2 },
      {
        path: '/spec/template/spec/containers/0/image',
        before: 'registry.example.com/chalk/frontend-api:1.0',
        after: 'registry.example.com/chalk/frontend-api:1.1',
      },
    ]);
    expect(d.textDiff).toContain('--- Deployment.apps chalk-metadata/chalk-metadata-api (deployed)');
    expect(d.textDiff).toContain('-  replicas: 1\n+  replicas: 2\n');
    expect(d.textDiff).toMatch(/^ {3}selector:$/m);
    expect(diff.counts).toMatchObject({ changed: 1, unchanged: 0 });
  });

  it('matches list items by name: one added env var is one change, not a shift of every later index', () => {
    const before = stream(deployment());
    const after = before.replace('          env:\n', '          env:\n            - name: CHALK_NEW\n              value: "1"\n');
    const d = byKind(diffManifests(before, after, { namespace: NS }).objects, 'Deployment');
    expect(d.fields).toEqual([{ path: '/spec/template/spec/containers/0/env/0', after: { name: 'CHALK_NEW', value: '1' } }]);
  });

  it('orders objects stably by kind, group, namespace and name whatever the input order', () => {
    const a = stream(configMap('b'), deployment(), configMap('a'));
    const b = stream(configMap('a'), configMap('b'), deployment());
    const names = (text: string) => diffManifests('', text, { namespace: NS }).objects.map((o) => `${o.key.kind}/${o.key.name}`);
    expect(names(a)).toEqual(['ConfigMap/a', 'ConfigMap/b', 'Deployment/chalk-metadata-api']);
    expect(names(b)).toEqual(names(a));
  });

  it('shows a first install as additions of whole objects', () => {
    const diff = diffManifests('', stream(deployment(), configMap()), { namespace: NS });
    expect(diff.counts).toMatchObject({ added: 2 });
    expect(diff.changes).toBe(2);
    expect(byKind(diff.objects, 'ConfigMap').textDiff).toMatch(/^\+kind: ConfigMap$/m);
  });
});

describe('diffManifests: Secrets', () => {
  const secret = (data: Record<string, string>, extra = '') => `apiVersion: v1
kind: Secret
metadata:
  name: metadata-plane-secrets
  namespace: ${NS}${extra}
type: Opaque
data:
${Object.entries(data)
  .map(([k, v]) => `  ${k}: ${Buffer.from(v).toString('base64')}`)
  .join('\n')}
`;
  const OLD = 'old-pa55word-value';
  const NEW = 'new-pa55word-value-longer';

  function assertHidden(text: string, ...values: string[]): void {
    for (const v of values) {
      expect(text).not.toContain(v);
      expect(text).not.toContain(Buffer.from(v).toString('base64'));
    }
    expect(text).not.toMatch(/\b\d+ bytes\b/);
    expect(text).not.toContain(`"${OLD.length}"`);
    expect(text).not.toContain(String(NEW.length));
  }

  it('names the Secret and each key added, removed and changed, never a value or a length', () => {
    const diff = diffManifests(
      secret({ POSTGRES_PASSWORD: OLD, POSTGRES_USER: 'chalk', OLD_KEY: 'x1' }),
      secret({ POSTGRES_PASSWORD: NEW, POSTGRES_USER: 'chalk', NEW_KEY: 'y2' }),
      {
        namespace: NS,
      },
    );
    const s = byKind(diff.objects, 'Secret');
    expect(s.change).toBe('changed');
    expect(s.secret).toEqual({ keysAdded: ['NEW_KEY'], keysRemoved: ['OLD_KEY'], keysChanged: ['POSTGRES_PASSWORD'] });
    expect(s.fields).toEqual([
      { path: '/data/NEW_KEY', redacted: true },
      { path: '/data/OLD_KEY', redacted: true },
      { path: '/data/POSTGRES_PASSWORD', redacted: true },
    ]);
    expect(s.textDiff).toMatch(/^- {2}POSTGRES_PASSWORD: "\*\*\*"$/m);
    expect(s.textDiff).toMatch(/^\+ {2}POSTGRES_PASSWORD: "\*\*\* \(changed\)"$/m);
    expect(s.textDiff).toContain('   POSTGRES_USER: "***"');
    assertHidden(JSON.stringify(diff), OLD, NEW, 'x1', 'y2');
  });

  it('handles stringData and a last-applied-configuration annotation the same way', () => {
    const lastApplied = (v: string) =>
      `\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: '${JSON.stringify({ apiVersion: 'v1', kind: 'Secret', stringData: { POSTGRES_PASSWORD: v } })}'`;
    const before = `${secret({ POSTGRES_USER: 'chalk' }, lastApplied(OLD))}stringData:\n  POSTGRES_PASSWORD: ${OLD}\n`;
    const after = `${secret({ POSTGRES_USER: 'chalk' }, lastApplied(NEW))}stringData:\n  POSTGRES_PASSWORD: ${NEW}\n`;
    const diff = diffManifests(before, after, { namespace: NS });
    const s = byKind(diff.objects, 'Secret');
    expect(s.secret?.keysChanged).toEqual(['POSTGRES_PASSWORD']);
    expect(s.fields.map((f) => f.path)).toEqual(['/data/POSTGRES_PASSWORD', '/metadata/annotations/kubectl.kubernetes.io~1last-applied-configuration']);
    expect(s.fields.every((f) => f.redacted && !('before' in f) && !('after' in f))).toBe(true);
    assertHidden(JSON.stringify(diff), OLD, NEW);
  });

  it('masks any string equal to a Secret value in any other object, also when the Secret itself is unchanged', () => {
    const leaky = (v: string) => deployment().replace('value: "https://api.example.com"', `value: "${v}"`);
    const sec = secret({ POSTGRES_PASSWORD: OLD });
    const diff = diffManifests(stream(sec, leaky(OLD)), stream(sec, leaky(OLD).replace('value: info', 'value: debug')), { namespace: NS });
    const d = byKind(diff.objects, 'Deployment');
    expect(d.textDiff).toContain('value: "***"');
    assertHidden(JSON.stringify(diff), OLD);
    const swapped = diffManifests(stream(secret({ A: OLD, B: NEW }), leaky(OLD)), stream(secret({ A: OLD, B: NEW }), leaky(NEW)), { namespace: NS });
    const field = byKind(swapped.objects, 'Deployment').fields[0]!;
    expect(field).toEqual({ path: '/spec/template/spec/containers/0/env/0/value', redacted: true });
    expect(byKind(swapped.objects, 'Deployment').textDiff).toContain('+              value: "*** (changed)"');
    assertHidden(JSON.stringify(swapped), OLD, NEW);
  });

  it('masks the values of added and removed Secrets', () => {
    const diff = diffManifests('', secret({ POSTGRES_PASSWORD: NEW }), { namespace: NS });
    expect(byKind(diff.objects, 'Secret').secret).toEqual({ keysAdded: ['POSTGRES_PASSWORD'], keysRemoved: [], keysChanged: [] });
    assertHidden(JSON.stringify(diff), NEW);
    assertHidden(JSON.stringify(diffManifests(secret({ POSTGRES_PASSWORD: NEW }), '', { namespace: NS })), NEW);
  });
});

describe('diffManifests: Lists, versions, renames, keep', () => {
  it('expands List kinds into their items', () => {
    const list = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: one}
    data: {a: "1"}
  - apiVersion: v1
    kind: ConfigMapList
    items:
      - apiVersion: v1
        kind: ConfigMap
        metadata: {name: two}
        data: {b: "2"}
`;
    const diff = diffManifests(stream(configMap('one'), configMap('two')), list, { namespace: NS });
    expect(diff.objects.map((o) => `${o.key.namespace}/${o.key.name}:${o.change}`)).toEqual([`${NS}/one:changed`, `${NS}/two:changed`]);
    expect(diffManifests(list, list, { namespace: NS }).changes).toBe(0);
  });

  it('reports an apiVersion bump of the same group and kind as a change, not a removal and an addition', () => {
    const hpa = (v: string) => `apiVersion: autoscaling/${v}
kind: HorizontalPodAutoscaler
metadata:
  name: api
spec:
  minReplicas: 1
  maxReplicas: 3
`;
    const diff = diffManifests(hpa('v2beta2'), hpa('v2'), { namespace: NS });
    expect(diff.objects).toHaveLength(1);
    expect(diff.objects[0]).toMatchObject({
      change: 'changed',
      apiVersion: { before: 'autoscaling/v2beta2', after: 'autoscaling/v2' },
      fields: [{ path: '/apiVersion', before: 'autoscaling/v2beta2', after: 'autoscaling/v2' }],
    });
  });

  it('shows a renamed object with near-identical content as a rename, and unrelated objects as an addition and a removal', () => {
    const diff = diffManifests(stream(configMap('chalk-seed-v1')), stream(configMap('chalk-seed-v2')), { namespace: NS });
    expect(diff.objects).toHaveLength(1);
    expect(diff.objects[0]).toMatchObject({ change: 'renamed', key: { name: 'chalk-seed-v2' }, renamedFrom: { name: 'chalk-seed-v1' }, fields: [] });
    expect(diff.objects[0]!.textDiff).toContain('-  name: chalk-seed-v1\n+  name: chalk-seed-v2');
    const unrelated = diffManifests(
      stream(configMap('a', 'teams: [x]')),
      stream(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\ndata:\n  other: "1"\n`),
      {
        namespace: NS,
      },
    );
    expect(unrelated.objects.map((o) => o.change).sort()).toEqual(['added', 'removed']);
  });

  it('shows a removed object that helm keeps (resource-policy keep) as kept', () => {
    const kept = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  annotations:
    helm.sh/resource-policy: keep
spec:
  accessModes: [ReadWriteOnce]
`;
    const diff = diffManifests(stream(kept, configMap()), stream(configMap()), { namespace: NS });
    expect(byKind(diff.objects, 'PersistentVolumeClaim').change).toBe('kept');
    expect(diff.counts).toMatchObject({ kept: 1, removed: 0 });
    expect(diff.changes).toBe(1);
  });

  it('keys cluster-scoped kinds without a namespace', () => {
    const role = `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: chalk\nrules: []\n`;
    expect(diffManifests('', role, { namespace: NS }).objects[0]!.key).toEqual({
      group: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      namespace: '',
      name: 'chalk',
    });
  });
});

describe('diffManifests: ignore rules', () => {
  const before = stream(deployment(), configMap());
  const bumped = stream(deployment({ chart: '0.1.3', checksum: 'd4e5f6' }), configMap());

  it('lists chart-bump noise as ignored by the preset, with no change left', () => {
    const diff = diffManifests(before, bumped, { namespace: NS });
    const d = byKind(diff.objects, 'Deployment');
    expect(d.change).toBe('ignored');
    expect(d.fields.map((f) => [f.path, f.ignoredBy])).toEqual([
      ['/metadata/labels/app.kubernetes.io~1version', 'chart-bump'],
      ['/metadata/labels/helm.sh~1chart', 'chart-bump'],
      ['/spec/template/metadata/annotations/checksum~1seed', 'chart-bump'],
      ['/spec/template/metadata/labels/helm.sh~1chart', 'chart-bump'],
    ]);
    expect(diff.counts).toMatchObject({ ignoredObjects: 1, ignored: 4, changed: 0 });
    expect(diff.changes).toBe(0);
  });

  it('keeps ignored fields out of the text diff of a changed object, and counts them', () => {
    const diff = diffManifests(before, stream(deployment({ chart: '0.1.3', env: 'debug' }), configMap()), { namespace: NS });
    const d = byKind(diff.objects, 'Deployment');
    expect(d.change).toBe('changed');
    expect(d.fields.filter((f) => !f.ignoredBy)).toEqual([{ path: '/spec/template/spec/containers/0/env/1/value', before: 'info', after: 'debug' }]);
    expect(d.textDiff).not.toContain('0.1.3');
    expect(d.textDiff).toContain('+              value: debug');
    expect(diff.counts.ignored).toBe(3);
  });

  it('counts the chart bump as changes when the preset is off', () => {
    expect(diffManifests(before, bumped, { namespace: NS, ignore: [] }).changes).toBe(1);
  });

  it('applies Flux- and Argo-shaped rules by JSON pointer and target', () => {
    const rules = parseIgnoreRules([
      { name: 'hpa owns replicas', paths: ['/spec/replicas'], target: { group: 'apps', kind: 'Deployment' } },
      { kind: 'ConfigMap', name: 'chalk-metadata-seed', jsonPointers: ['/data'] },
      { paths: ['/spec/replicas'], target: { kind: 'StatefulSet' } },
    ]);
    const after = stream(deployment({ replicas: 5 }), configMap('chalk-metadata-seed', 'teams: [acme]'));
    const diff = diffManifests(before, after, { namespace: NS, ignore: [CHART_BUMP_RULE, ...rules] });
    expect(byKind(diff.objects, 'Deployment').fields).toEqual([{ path: '/spec/replicas', before: 1, after: 5, ignoredBy: 'hpa owns replicas' }]);
    expect(byKind(diff.objects, 'ConfigMap').fields[0]!.ignoredBy).toBe('ignore[1]');
    expect(diff.changes).toBe(0);
    expect(diff.counts).toMatchObject({ ignoredObjects: 2, ignored: 2 });
    const other = diffManifests(before, after, { namespace: NS, ignore: parseIgnoreRules([{ paths: ['/spec/replicas'], target: { name: 'someone-else' } }]) });
    expect(other.changes).toBe(2);
  });

  it('refuses malformed rules with the entry named', () => {
    expect(() => parseIgnoreRules({ paths: ['/a'] })).toThrow(/YAML list/);
    expect(() => parseIgnoreRules([{ paths: ['spec.replicas'] }])).toThrow(/ignore\[0\]: "spec.replicas" is not a JSON pointer/);
    expect(() => parseIgnoreRules([{ target: { kind: 'Deployment' } }])).toThrow(/ignore\[0\] needs `paths`/);
    expect(() => parseIgnoreRules([{ paths: ['/a'], target: { labelSelector: 'x=y' } }])).toThrow(/unknown field labelSelector/);
    expect(() => parseIgnoreRules([{ paths: ['/a'], jqPathExpressions: ['.a'] }])).toThrow(/unknown field jqPathExpressions/);
  });
});

describe('CRDs from crds/', () => {
  const crd = (extra = ''): KubeObject => ({
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'ec2nodeclasses.karpenter.k8s.aws' },
    spec: {
      group: 'karpenter.k8s.aws',
      names: { kind: 'EC2NodeClass', plural: 'ec2nodeclasses' },
      scope: 'Cluster',
      versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', description: `node class${extra}` } } }],
    },
  });
  const live = (): KubeObject => {
    const o = structuredClone(crd()) as KubeObject & { metadata: Record<string, unknown>; spec: Record<string, unknown> };
    o.metadata = { ...o.metadata, uid: 'u-1', resourceVersion: '42', generation: 1, annotations: { 'cainjector/x': 'y' } };
    o.spec = { ...o.spec, conversion: { strategy: 'None' } };
    return { ...o, status: { acceptedNames: {} } };
  };

  it('compares the chart CRD with the live one seen through its shape: server fields are no change', () => {
    const projected = projectOnto(live(), crd()) as KubeObject;
    expect(projected).toEqual(crd());
    const diff = diffCrds([crd()], new Map([[String(crd().metadata!.name), live()]]), { releaseExists: true, ignore: [] });
    expect(diff.changes).toBe(0);
    expect(diff.objects[0]).toMatchObject({ change: 'unchanged', crd: { helmWillNotApply: true } });
  });

  it('flags a changed CRD: helm does not apply crds/ on upgrade', () => {
    const diff = diffCrds([crd(' v2')], new Map([['ec2nodeclasses.karpenter.k8s.aws', live()]]), { releaseExists: true, ignore: [] });
    expect(diff.objects[0]).toMatchObject({ change: 'changed', crd: { helmWillNotApply: true } });
    expect(diff.objects[0]!.fields[0]!.path).toBe('/spec/versions/0/schema/openAPIV3Schema/description');
  });

  it('does not flag a CRD a first install will create', () => {
    const diff = diffCrds([crd()], new Map(), { releaseExists: false, ignore: [] });
    expect(diff.objects[0]).toMatchObject({ change: 'added', crd: { helmWillNotApply: false } });
  });
});
