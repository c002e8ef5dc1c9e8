/** Targets: a release manifest as helm prints it, and what a namespace target waits on itself. */
import { describe, expect, it } from 'vitest';
import { parseManifest, waitsOnItself } from '../../src/readiness/targets.js';

describe('parseManifest', () => {
  it('lists the objects of `helm get manifest`, unpacking Lists and skipping empty documents', () => {
    const manifest = [
      '---',
      '# Source: chalk/templates/serviceaccount.yaml',
      'apiVersion: v1',
      'kind: ServiceAccount',
      'metadata:',
      '  name: chalk',
      '---',
      '# Source: chalk/templates/empty.yaml',
      '---',
      '# Source: chalk/templates/deployment.yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: api',
      '  namespace: other',
      'spec: {}',
      '---',
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - {apiVersion: v1, kind: ConfigMap, metadata: {name: seed}}',
      '  - {apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRole, metadata: {name: chalk-reader}}',
      '',
    ].join('\n');
    expect(parseManifest(manifest)).toEqual([
      { apiVersion: 'v1', kind: 'ServiceAccount', name: 'chalk' },
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'api', namespace: 'other' },
      { apiVersion: 'v1', kind: 'ConfigMap', name: 'seed' },
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', name: 'chalk-reader' },
    ]);
  });

  it('refuses a manifest that is not YAML', () => {
    expect(() => parseManifest('kind: [unclosed')).toThrow(/^the release manifest is not valid YAML/);
  });
});

describe('waitsOnItself', () => {
  const owned = (kind: string, ownerKind?: string) => ({
    kind,
    metadata: { name: 'x', ...(ownerKind ? { ownerReferences: [{ kind: ownerKind, uid: 'u', controller: true }] } : {}) },
  });

  it('leaves controlled pods and ReplicaSets, and CronJob runs, to their owners', () => {
    expect(waitsOnItself(owned('Pod', 'ReplicaSet'))).toBe(false);
    expect(waitsOnItself(owned('Pod'))).toBe(true);
    expect(waitsOnItself(owned('ReplicaSet', 'Deployment'))).toBe(false);
    expect(waitsOnItself(owned('Job', 'CronJob'))).toBe(false);
    expect(waitsOnItself(owned('Job'))).toBe(true);
    expect(waitsOnItself(owned('Deployment'))).toBe(true);
  });
});
