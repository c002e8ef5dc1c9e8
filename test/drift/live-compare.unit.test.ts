/**
 * The release-vs-cluster comparison on objects a real API server returned (test/drift/fixtures: a
 * Deployment deployed by Helm 3 and by Helm 4, then scaled with kubectl, given an env var with
 * `kubectl set env` and an annotation with `kubectl annotate`; `dryRun` is the server's answer to a
 * server-side apply dry run of the release's object as `helm`), and on hand-made objects for HPAs,
 * CA bundles and the read-only comparison.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoscaledTargets, livePair, stripClusterOwned, targetId, withHelmMetadata } from '../../src/drift/live-compare.js';
import { diffManifests } from '../../src/plan/diff.js';
import type { KubeObject } from '../../src/plan/documents.js';
import type { ObjectKey } from '../../src/plan/types.js';
import { repoRoot } from '../helpers/paths.js';

interface Fixture {
  deployed: KubeObject;
  live: KubeObject;
  dryRun: KubeObject;
}

const fixture = (name: string): Fixture => JSON.parse(readFileSync(join(repoRoot, 'test', 'drift', 'fixtures', `${name}.json`), 'utf8')) as Fixture;
const API: ObjectKey = { group: 'apps', kind: 'Deployment', namespace: 'chalk-metadata', name: 'chalk-metadata-api' };
const deployedOf = (f: Fixture) =>
  withHelmMetadata({ ...f.deployed, metadata: { ...f.deployed.metadata, namespace: 'chalk-metadata' } }, 'chalk', 'chalk-metadata');

/** `path before -> after` of each difference the plan's differ finds between the pair. */
function differences(pair: { deployed: KubeObject; live: KubeObject }): string[] {
  const diff = diffManifests([pair.deployed], [pair.live], { namespace: 'chalk-metadata', ignore: [] });
  const show = (v: unknown) => (v === undefined ? '∅' : JSON.stringify(v));
  return diff.objects.flatMap((o) => o.fields.map((f) => `${f.path} ${show(f.before)} -> ${show(f.after)}`));
}

const EXPECTED = [
  '/metadata/annotations/team.example~1owner ∅ -> "platform"',
  '/spec/replicas 1 -> 3',
  '/spec/template/spec/containers/0/env/4 ∅ -> {"name":"EXTRA_FLAG","value":"1"}',
];

describe.each(['helm3', 'helm4'])('a Deployment deployed by %s, changed by hand', (name) => {
  const f = fixture(`${name}-deployment`);

  it('with the server dry run: exactly the scale, the added env var and the added annotation', () => {
    expect(differences(livePair({ key: API, deployed: deployedOf(f), live: f.live, dryRun: f.dryRun, autoscaled: false }))).toEqual(EXPECTED);
  });

  it('read-only (no dry run): the same, computed locally', () => {
    expect(differences(livePair({ key: API, deployed: deployedOf(f), live: f.live, autoscaled: false }))).toEqual(EXPECTED);
  });

  it('scaled by an HPA: the replicas are the autoscaler’s and never drift', () => {
    expect(differences(livePair({ key: API, deployed: deployedOf(f), live: f.live, dryRun: f.dryRun, autoscaled: true }))).toEqual([EXPECTED[0], EXPECTED[2]]);
  });

  it('never shows status, managedFields, bookkeeping metadata or the controller’s revision annotation', () => {
    const stripped = stripClusterOwned(f.live, API, false);
    expect(stripped.status).toBeUndefined();
    expect(Object.keys(stripped.metadata!).sort()).toEqual(['annotations', 'labels', 'name', 'namespace']);
    expect(stripped.metadata!.annotations).not.toHaveProperty(['deployment.kubernetes.io/revision']);
    expect(f.live.status).toBeDefined();
  });

  it('an untouched object (the live one with the hand changes undone) has no difference, server defaults included', () => {
    const live = structuredClone(f.live) as KubeObject & { spec: { replicas: number; template: { spec: { containers: { env: unknown[] }[] } } } };
    live.spec.replicas = 1;
    live.spec.template.spec.containers[0]!.env.pop();
    delete (live.metadata!.annotations as Record<string, unknown>)['team.example/owner'];
    live.metadata!.managedFields = (live.metadata!.managedFields as { manager: string }[]).filter(
      (m) => !['kubectl-set', 'kubectl-annotate', 'kubectl'].includes(m.manager),
    );
    const dryRun = structuredClone(live);
    expect(differences(livePair({ key: API, deployed: deployedOf(f), live, dryRun, autoscaled: false }))).toEqual([]);
    expect(differences(livePair({ key: API, deployed: deployedOf(f), live, autoscaled: false }))).toEqual([]);
  });
});

describe('cluster-owned fields', () => {
  it('drops injected CA bundles of webhook configurations, APIServices and CRD conversion webhooks', () => {
    const hook = (caBundle: string): KubeObject => ({
      apiVersion: 'admissionregistration.k8s.io/v1',
      kind: 'ValidatingWebhookConfiguration',
      metadata: { name: 'chalk' },
      webhooks: [{ name: 'a.chalk.ai', clientConfig: { service: { name: 'api', namespace: 'chalk' }, caBundle } }],
    });
    const key: ObjectKey = { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration', namespace: '', name: 'chalk' };
    expect(stripClusterOwned(hook('LS0tLS1CRUdJTg=='), key, false)).toEqual(stripClusterOwned(hook(''), key, false));
    const apiService: KubeObject = {
      apiVersion: 'apiregistration.k8s.io/v1',
      kind: 'APIService',
      metadata: { name: 'v1beta1.metrics.k8s.io' },
      spec: { caBundle: 'eA==', group: 'metrics.k8s.io' },
    };
    expect(
      stripClusterOwned(apiService, { group: 'apiregistration.k8s.io', kind: 'APIService', namespace: '', name: 'v1beta1.metrics.k8s.io' }, false).spec,
    ).toEqual({
      group: 'metrics.k8s.io',
    });
    const crd: KubeObject = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.chalk.ai' },
      spec: { conversion: { strategy: 'Webhook', webhook: { clientConfig: { caBundle: 'eA==', url: 'https://x' } } } },
    };
    expect(
      stripClusterOwned(crd, { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition', namespace: '', name: 'widgets.chalk.ai' }, false).spec,
    ).toEqual({
      conversion: { strategy: 'Webhook', webhook: { clientConfig: { url: 'https://x' } } },
    });
  });

  it('finds the targets of HorizontalPodAutoscalers by group, kind, namespace and name', () => {
    const hpa = (apiVersion: string, kind: string, name: string): KubeObject => ({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: `${name}-hpa`, namespace: 'chalk-metadata' },
      spec: { scaleTargetRef: { apiVersion, kind, name }, minReplicas: 1, maxReplicas: 5 },
    });
    const targets = autoscaledTargets([hpa('apps/v1', 'Deployment', 'chalk-metadata-api'), hpa('argoproj.io/v1alpha1', 'Rollout', 'web')]);
    expect([...targets].sort()).toEqual(
      [targetId('apps', 'Deployment', 'chalk-metadata', 'chalk-metadata-api'), targetId('argoproj.io', 'Rollout', 'chalk-metadata', 'web')].sort(),
    );
  });
});

describe('read-only comparison of a release object with the server’s defaults', () => {
  const key: ObjectKey = { group: '', kind: 'Service', namespace: 'chalk', name: 'api' };
  const deployed = withHelmMetadata(
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'api', namespace: 'chalk' },
      spec: { selector: { app: 'api' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    },
    'chalk',
    'chalk',
  );
  const helmApply = {
    manager: 'helm',
    operation: 'Apply',
    fieldsV1: { 'f:metadata': { 'f:annotations': { 'f:meta.helm.sh/release-name': {} } }, 'f:spec': { 'f:ports': {}, 'f:selector': {} } },
  };
  const live = (port: number, extra: Record<string, unknown> = {}, managers: unknown[] = []): KubeObject => ({
    ...structuredClone(deployed),
    metadata: {
      ...structuredClone(deployed.metadata!),
      uid: 'u-1',
      resourceVersion: '42',
      creationTimestamp: '2026-01-01T00:00:00Z',
      managedFields: [helmApply, ...managers],
    },
    spec: {
      clusterIP: '10.96.0.12',
      clusterIPs: ['10.96.0.12'],
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      sessionAffinity: 'None',
      type: 'ClusterIP',
      selector: { app: 'api' },
      ports: [{ name: 'http', port, protocol: 'TCP', targetPort: 'http' }],
      ...extra,
    },
    status: { loadBalancer: {} },
  });

  it('keeps the allocated and defaulted fields out of the differences', () => {
    expect(differences(livePair({ key, deployed, live: live(80), autoscaled: false }))).toEqual([]);
  });

  it('shows a port edited by hand, and a field set by hand that the chart never set', () => {
    const edit = { manager: 'kubectl-edit', operation: 'Update', fieldsV1: { 'f:spec': { 'f:sessionAffinity': {}, 'f:externalTrafficPolicy': {} } } };
    const pair = livePair({ key, deployed, live: live(8080, { sessionAffinity: 'ClientIP', externalTrafficPolicy: 'Local' }, [edit]), autoscaled: false });
    expect(differences(pair).map((d) => d.replace(/^\/spec\/(\w+).*/, '$1'))).toEqual(['externalTrafficPolicy', 'ports', 'sessionAffinity']);
  });
});
