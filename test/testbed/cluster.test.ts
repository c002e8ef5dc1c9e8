import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bed, exec, kubectl, LONG, must } from './util.js';

const pinned = (key: string): string => {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'scripts', 'tool-versions.env'), 'utf8');
  const m = new RegExp(`^${key}=(.+)$`, 'm').exec(text);
  if (!m?.[1]) throw new Error(`${key} not pinned`);
  return m[1].trim();
};

describe('test bed: kubernetes and tools', () => {
  it('kube-apiserver /version reports the pinned version', { timeout: LONG }, async () => {
    const r = await must(kubectl(['get', '--raw', '/version']));
    const v = JSON.parse(r.stdout) as { gitVersion: string; major: string; minor: string };
    expect(v.gitVersion).toBe(pinned('KUBERNETES_VERSION'));
    expect(v.gitVersion).toBe(bed().TESTBED_KUBERNETES_VERSION);
    expect(`v${v.major}.${v.minor}`).toBe(pinned('KUBERNETES_VERSION').split('.').slice(0, 2).join('.'));
  });

  it('kubectl is within one minor of the API server', { timeout: LONG }, async () => {
    const r = await must(kubectl(['version', '-o', 'json']));
    const v = JSON.parse(r.stdout) as { clientVersion: { minor: string }; serverVersion: { minor: string } };
    expect(Math.abs(Number(v.clientVersion.minor) - Number(v.serverVersion.minor))).toBeLessThanOrEqual(1);
  });

  it('has Ready kwok nodes', { timeout: LONG }, async () => {
    const r = await must(kubectl(['get', 'nodes', '-l', 'chalk.ai/testbed=true', '-o', 'json']));
    const nodes = JSON.parse(r.stdout) as { items: { status: { conditions: { type: string; status: string }[] } }[] };
    expect(nodes.items.length).toBeGreaterThanOrEqual(3);
    for (const n of nodes.items) {
      expect(n.status.conditions.find((c) => c.type === 'Ready')?.status).toBe('True');
    }
  });

  it('helm 3 and helm 4 report their pinned versions', { timeout: LONG }, async () => {
    const h3 = await must(exec(bed().TESTBED_HELM3, ['version', '--short']));
    expect(h3.stdout.trim()).toBe(pinned('HELM3_VERSION'));
    const h4 = await must(exec(bed().TESTBED_HELM4, ['version', '--short']));
    expect(h4.stdout.trim()).toMatch(/^v4\./);
    expect(h4.stdout.trim()).toBe(pinned('HELM4_VERSION'));
    // Helm 4 is the bed's default helm
    const dflt = await must(exec(bed().TESTBED_HELM, ['version', '--short']));
    expect(dflt.stdout.trim()).toBe(h4.stdout.trim());
  });

  it('actionlint and node24 are installed at their pins', { timeout: LONG }, async () => {
    const al = await must(exec(bed().TESTBED_ACTIONLINT, ['-version']));
    expect(al.stdout).toContain(pinned('ACTIONLINT_VERSION').replace(/^v/, ''));
    const node = await must(exec(bed().TESTBED_NODE24, ['--version']));
    expect(node.stdout.trim()).toBe(`v${pinned('NODE24_VERSION')}`);
  });

  it('Jobs, StatefulSets with PVCs, CRDs and (LoadBalancer) Services work', { timeout: LONG }, async () => {
    const ns = `tb-kinds-${Date.now().toString(36)}`;
    await must(kubectl(['create', 'namespace', ns]));
    try {
      const manifest = `
apiVersion: batch/v1
kind: Job
metadata: { name: once, namespace: ${ns} }
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{ name: main, image: "busybox:1.36" }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: ${ns} }
spec:
  serviceName: db
  replicas: 2
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: "postgres:15" }] }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.${ns}.testbed.chalk.ai }
spec:
  group: ${ns}.testbed.chalk.ai
  names: { kind: Widget, plural: widgets, singular: widget, listKind: WidgetList }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema: { openAPIV3Schema: { type: object, x-kubernetes-preserve-unknown-fields: true } }
---
apiVersion: v1
kind: Service
metadata: { name: db, namespace: ${ns} }
spec:
  selector: { app: db }
  ports: [{ port: 5432 }]
---
apiVersion: v1
kind: Service
metadata: { name: public, namespace: ${ns} }
spec:
  type: LoadBalancer
  selector: { app: db }
  ports: [{ port: 443 }]
`;
      await must(kubectl(['apply', '-f', '-'], bed().KUBECONFIG, manifest));
      await must(kubectl(['-n', ns, 'wait', '--for=condition=complete', 'job/once', '--timeout=120s']));
      await must(kubectl(['-n', ns, 'rollout', 'status', 'statefulset/db', '--timeout=120s']));
      await must(kubectl(['-n', ns, 'wait', '--for=jsonpath={.status.loadBalancer.ingress[0].hostname}', 'service/public', '--timeout=60s']));
      const pvcs = await must(kubectl(['-n', ns, 'get', 'pvc', '-o', 'jsonpath={.items[*].status.phase}']));
      expect(pvcs.stdout.split(' ')).toEqual(['Bound', 'Bound']);
      await must(kubectl(['wait', '--for=condition=Established', `crd/widgets.${ns}.testbed.chalk.ai`, '--timeout=60s']));
      await must(
        kubectl(
          ['apply', '-f', '-'],
          bed().KUBECONFIG,
          `{"apiVersion":"${ns}.testbed.chalk.ai/v1","kind":"Widget","metadata":{"name":"w","namespace":"${ns}"},"spec":{"size":3}}`,
        ),
      );
      const w = await must(kubectl(['-n', ns, 'get', `widgets.${ns}.testbed.chalk.ai`, 'w', '-o', 'jsonpath={.spec.size}']));
      expect(w.stdout).toBe('3');
      const ep = await must(kubectl(['-n', ns, 'get', 'endpointslices', '-l', 'kubernetes.io/service-name=db', '-o', 'json']));
      const slices = JSON.parse(ep.stdout) as { items: { endpoints?: unknown[] }[] };
      expect(slices.items.flatMap((s) => s.endpoints ?? []).length).toBe(2);
    } finally {
      await kubectl(['delete', 'namespace', ns, '--wait=false']);
      await kubectl(['delete', 'crd', `widgets.${ns}.testbed.chalk.ai`, '--wait=false', '--ignore-not-found']);
    }
  });
});
