/** managedFields: helm's managers, fields added out of band, and FieldsV1 paths resolved in objects. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helmApplyManager, helmManagers, itemIndex, managedFieldsOf, outOfBandFields, pointerSegments, withoutFields } from '../../src/drift/managed-fields.js';
import { withHelmMetadata } from '../../src/drift/live-compare.js';
import type { KubeObject } from '../../src/plan/documents.js';
import { repoRoot } from '../helpers/paths.js';

const fixture = (name: string): { deployed: KubeObject; live: KubeObject } =>
  JSON.parse(readFileSync(join(repoRoot, 'test', 'drift', 'fixtures', `${name}.json`), 'utf8')) as { deployed: KubeObject; live: KubeObject };

describe('helm’s managers', () => {
  it('are whoever owns the release-name annotation: helm updating (Helm 3) or applying (Helm 4)', () => {
    const helm3 = managedFieldsOf(fixture('helm3-deployment').live);
    const helm4 = managedFieldsOf(fixture('helm4-deployment').live);
    expect([...helmManagers(helm3)]).toEqual(['helm']);
    expect(helmApplyManager(helm3)).toBeUndefined();
    expect([...helmManagers(helm4)]).toEqual(['helm']);
    expect(helmApplyManager(helm4)).toBe('helm');
  });
});

describe('fields added out of band', () => {
  it.each(['helm3', 'helm4'])('on a Deployment deployed by %s: the env var and the annotation, not the scale (the manifest sets replicas)', (name) => {
    const f = fixture(`${name}-deployment`);
    const deployed = withHelmMetadata(f.deployed, 'chalk', 'chalk-metadata');
    expect(outOfBandFields(f.live, deployed)).toEqual([
      ['f:metadata', 'f:annotations', 'f:team.example/owner'],
      ['f:spec', 'f:template', 'f:spec', 'f:containers', 'k:{"name":"api"}', 'f:env', 'k:{"name":"EXTRA_FLAG"}'],
    ]);
  });

  const live = (managedFields: unknown[], extra: Record<string, unknown> = {}): KubeObject => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'web',
      annotations: { 'meta.helm.sh/release-name': 'web', 'deploy.chalk.ai/run-url': 'https://github.com/o/r/actions/runs/1' },
      managedFields,
    },
    spec: {
      template: {
        spec: {
          containers: [
            { name: 'web', image: 'web:1', ports: [{ containerPort: 8080, protocol: 'TCP' }] },
            { name: 'proxy', image: 'envoy:1' },
          ],
        },
      },
      ...extra,
    },
  });
  const deployed: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', annotations: { 'meta.helm.sh/release-name': 'web' } },
    spec: { template: { spec: { containers: [{ name: 'web', image: 'web:1', ports: [{ containerPort: 8080 }] }] } } },
  };
  const helm = { manager: 'helm', operation: 'Apply', fieldsV1: { 'f:metadata': { 'f:annotations': { 'f:meta.helm.sh/release-name': {} } } } };

  it('a sidecar is one added item; a port keyed with a protocol the chart left to the default is not added', () => {
    const patch = {
      manager: 'kubectl-patch',
      operation: 'Update',
      fieldsV1: {
        'f:spec': {
          'f:template': {
            'f:spec': {
              'f:containers': {
                'k:{"name":"proxy"}': { '.': {}, 'f:image': {}, 'f:name': {} },
                'k:{"name":"web"}': { 'f:ports': { 'k:{"containerPort":8080,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} } } },
              },
            },
          },
        },
      },
    };
    expect(outOfBandFields(live([helm, patch]), deployed)).toEqual([['f:spec', 'f:template', 'f:spec', 'f:containers', 'k:{"name":"proxy"}']]);
  });

  it('what the cluster’s controllers, status writers and this toolkit’s deploy trace own is not drift', () => {
    const entries = [
      helm,
      { manager: 'kube-controller-manager', operation: 'Update', fieldsV1: { 'f:spec': { 'f:paused': {} } } },
      { manager: 'some-operator', operation: 'Update', subresource: 'status', fieldsV1: { 'f:metadata': { 'f:annotations': { 'f:x': {} } } } },
      { manager: 'chalk-actions-trace', operation: 'Apply', fieldsV1: { 'f:metadata': { 'f:annotations': { 'f:deploy.chalk.ai/run-url': {} } } } },
    ];
    expect(outOfBandFields(live(entries, { paused: false }), deployed)).toEqual([]);
  });

  it('a field a manager owned but that is gone since is not reported', () => {
    const gone = { manager: 'kubectl-edit', operation: 'Update', fieldsV1: { 'f:spec': { 'f:minReadySeconds': {} } } };
    expect(outOfBandFields(live([helm, gone]), deployed)).toEqual([]);
  });
});

describe('FieldsV1 paths in objects', () => {
  const list = [{ name: 'a', port: 1 }, { name: 'b', port: 2, protocol: 'UDP' }, 'x'];

  it('finds list items by key, by value and by index', () => {
    expect(itemIndex(list, 'k:{"name":"b"}')).toBe(1);
    expect(itemIndex(list, 'k:{"name":"b","protocol":"TCP"}')).toBe(-1);
    expect(itemIndex([{ port: 2 }], 'k:{"port":2,"protocol":"TCP"}', true)).toBe(0);
    expect(itemIndex([{ port: 2 }], 'k:{"port":2,"protocol":"TCP"}')).toBe(-1);
    expect(itemIndex(list, 'v:"x"')).toBe(2);
    expect(itemIndex(list, 'i:1')).toBe(1);
    expect(itemIndex(list, 'i:9')).toBe(-1);
    expect(itemIndex(list, 'k:not json')).toBe(-1);
  });

  it('resolves to JSON pointer segments, and removes several items of one list without shifting the others', () => {
    const object: KubeObject = { spec: { env: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }], extra: 1, keep: 2 } };
    expect(pointerSegments(object, ['f:spec', 'f:env', 'k:{"name":"C"}'])).toEqual(['spec', 'env', 2]);
    expect(pointerSegments(object, ['f:spec', 'f:nope'])).toBeUndefined();
    const removed = withoutFields(object, [
      ['f:spec', 'f:env', 'k:{"name":"B"}'],
      ['f:spec', 'f:env', 'k:{"name":"D"}'],
      ['f:spec', 'f:extra'],
    ]);
    expect(removed).toEqual({ spec: { env: [{ name: 'A' }, { name: 'C' }], keep: 2 } });
    expect(object.spec).toMatchObject({ extra: 1 });
  });
});
