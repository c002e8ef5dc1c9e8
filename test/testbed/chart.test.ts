import { describe, expect, it } from 'vitest';
import { bed, chartRef, deleteNamespace, exec, helmHome, helmLogin, kubectl, LONG, metadataNamespace, must, sleep, uniq, valuesFile } from './util.js';

const GUIDE_ERROR = 'Error: execution error at (chalk-metadata-plane/templates/frontend/deployment.yaml:2:4): Value chalk.metadata.frontend.image is required';

interface PodStatus {
  metadata: { name: string };
  status: {
    phase: string;
    containerStatuses?: { name: string; restartCount: number; ready: boolean; state: { waiting?: { reason: string } } }[];
  };
}

/** `helm upgrade --install` of the bed's chart `name` at `version` as release `name` in `ns`, then the `extra` flags. */
function upgrade(name: string, version: string, ns: string, ...extra: string[]): string[] {
  return ['upgrade', '--install', name, chartRef(name), '--version', version, '-n', ns, '--ca-file', bed().TESTBED_REGISTRY_CA, ...extra];
}

/**
 * Runs `body` in a fresh namespace `prefix-…` (with the metadata-plane chart's secrets unless
 * `secrets` is false) and a private helm home logged in to the bed's registry with `helm`;
 * both are removed afterwards, whatever `body` does.
 */
async function inNamespace(
  { prefix, secrets = true, helm = bed().TESTBED_HELM }: { prefix: string; secrets?: boolean; helm?: string },
  body: (ns: string, h: ReturnType<typeof helmHome>) => Promise<void>,
): Promise<void> {
  const ns = uniq(prefix);
  const h = helmHome();
  try {
    await (secrets ? metadataNamespace(ns) : must(kubectl(['create', 'namespace', ns])));
    await must(helmLogin(h.env, helm));
    await body(ns, h);
  } finally {
    h.cleanup();
    await deleteNamespace(ns);
  }
}

async function pods(ns: string, selector: string): Promise<PodStatus[]> {
  const r = await must(kubectl(['-n', ns, 'get', 'pods', '-l', selector, '-o', 'json']));
  return (JSON.parse(r.stdout) as { items: PodStatus[] }).items;
}

describe('test bed: stand-in chalk-metadata-plane from the OCI registry', () => {
  it("renders without frontend.image with exactly the guide's error", { timeout: LONG }, async () => {
    const h = helmHome();
    try {
      await must(helmLogin(h.env));
      const r = await exec(
        bed().TESTBED_HELM,
        ['template', 'chalk-metadata-plane', chartRef('chalk-metadata-plane'), '--version', '0.1.2', '--ca-file', bed().TESTBED_REGISTRY_CA],
        { env: h.env },
      );
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(`Pulled: ${bed().TESTBED_REGISTRY}/charts/chalk-metadata-plane:0.1.2`);
      expect(r.stderr.split('\n')).toContain(GUIDE_ERROR);
    } finally {
      h.cleanup();
    }
  });

  it('installs with --wait to Ready pods, then upgrades to the second version', { timeout: LONG }, async () => {
    await inNamespace({ prefix: 'tb-ok' }, async (ns, h) => {
      const values = valuesFile(h.dir, 'chalk.example/frontend:1.2.3');
      const flags = ['--values', values, '--wait', '--timeout', '150s'];
      await must(exec(bed().TESTBED_HELM, upgrade('chalk-metadata-plane', '0.1.2', ns, ...flags), { env: h.env }));
      const ready = await pods(ns, 'app.kubernetes.io/instance=chalk-metadata-plane');
      expect(ready.length).toBe(2);
      for (const p of ready) {
        expect(p.status.phase).toBe('Running');
        expect(p.status.containerStatuses?.every((c) => c.ready)).toBe(true);
      }
      const d = await must(kubectl(['-n', ns, 'get', 'deploy', 'chalk-metadata-frontend', '-o', 'jsonpath={.status.readyReplicas}']));
      expect(d.stdout).toBe('1');

      await must(exec(bed().TESTBED_HELM, upgrade('chalk-metadata-plane', '0.1.3', ns, ...flags), { env: h.env }));
      const env = await must(
        kubectl([
          '-n',
          ns,
          'get',
          'deploy',
          'chalk-metadata-frontend',
          '-o',
          'jsonpath={.spec.template.spec.containers[0].env[?(@.name=="CHALK_CHART_VERSION")].value}',
        ]),
      );
      expect(env.stdout).toBe('0.1.3');
      const hist = await must(exec(bed().TESTBED_HELM, ['history', 'chalk-metadata-plane', '-n', ns, '-o', 'json'], { env: h.env }));
      const revs = JSON.parse(hist.stdout) as { revision: number; status: string; chart: string }[];
      expect(revs.map((r) => [r.chart, r.status])).toEqual([
        ['chalk-metadata-plane-0.1.2', 'superseded'],
        ['chalk-metadata-plane-0.1.3', 'deployed'],
      ]);
    });
  });

  it('a does-not-exist image tag times out with ImagePullBackOff/ErrImagePull visible', { timeout: LONG }, async () => {
    await inNamespace({ prefix: 'tb-pull' }, async (ns, h) => {
      const values = valuesFile(h.dir, 'chalk.example/frontend:does-not-exist');
      const r = await exec(bed().TESTBED_HELM, upgrade('chalk-metadata-plane', '0.1.2', ns, '--values', values, '--wait', '--timeout', '20s'), { env: h.env });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/context deadline exceeded|timed out waiting/);
      const d = await must(kubectl(['-n', ns, 'describe', 'pod', '-l', 'app.kubernetes.io/component=frontend']));
      expect(d.stdout).toMatch(/Reason:\s+(ImagePullBackOff|ErrImagePull)/);
      const [pod] = await pods(ns, 'app.kubernetes.io/component=frontend');
      expect(pod?.status.phase).toBe('Pending');
      expect(pod?.status.containerStatuses?.[0]?.state.waiting?.reason).toMatch(/^(ImagePullBackOff|ErrImagePull)$/);
      // the api container (tag does-not-exist too, derived from the frontend image) fails the same way;
      // an unrelated good pod in the same namespace still becomes Ready
      await must(kubectl(['-n', ns, 'run', 'good', '--image=busybox:1.36', '--restart=Never']));
      await must(kubectl(['-n', ns, 'wait', '--for=condition=Ready', 'pod/good', '--timeout=60s']));
    });
  });

  it('a crashloop image tag goes to CrashLoopBackOff with restarts counting up', { timeout: LONG }, async () => {
    await inNamespace({ prefix: 'tb-crash' }, async (ns, h) => {
      const values = valuesFile(h.dir, 'chalk.example/frontend:v1-crashloop');
      await must(exec(bed().TESTBED_HELM, upgrade('chalk-metadata-plane', '0.1.2', ns, '--values', values), { env: h.env }));
      let restarts = 0;
      let reason = '';
      for (let i = 0; i < 120 && !(reason === 'CrashLoopBackOff' && restarts >= 2); i++) {
        await sleep(1000);
        const [pod] = await pods(ns, 'app.kubernetes.io/component=frontend');
        const c = pod?.status.containerStatuses?.[0];
        restarts = c?.restartCount ?? 0;
        reason = c?.state.waiting?.reason ?? reason;
      }
      expect(reason).toBe('CrashLoopBackOff');
      expect(restarts).toBeGreaterThanOrEqual(2);
      const d = await must(kubectl(['-n', ns, 'describe', 'pod', '-l', 'app.kubernetes.io/component=frontend']));
      expect(d.stdout).toMatch(/Restart Count:\s+[1-9]/);
      expect(d.stdout).toMatch(/Ready:\s+False/);
    });
  });

  it('helm 4 renders the guide error and installs with --wait too', { timeout: LONG }, async () => {
    const helm4 = bed().TESTBED_HELM4;
    await inNamespace({ prefix: 'tb-h4', helm: helm4 }, async (ns, h) => {
      const t = await exec(
        helm4,
        ['template', 'chalk-metadata-plane', chartRef('chalk-metadata-plane'), '--version', '0.1.3', '--ca-file', bed().TESTBED_REGISTRY_CA],
        { env: h.env },
      );
      expect(t.code).not.toBe(0);
      expect(t.stderr.split('\n')).toContain(GUIDE_ERROR);
      const values = valuesFile(h.dir, 'chalk.example/frontend:2.0.0');
      await must(exec(helm4, upgrade('chalk-metadata-plane', '0.1.3', ns, '--values', values, '--wait', '--timeout', '150s'), { env: h.env }));
      const d = await must(kubectl(['-n', ns, 'get', 'deploy', 'chalk-metadata-api', '-o', 'jsonpath={.status.readyReplicas}']));
      expect(d.stdout).toBe('1');
    });
  });

  it('every data-plane stand-in installs with --wait in both versions', { timeout: 2 * LONG }, async () => {
    const versions = JSON.parse(bed().TESTBED_CHART_VERSIONS) as Record<string, string[]>;
    await inNamespace({ prefix: 'tb-dp', secrets: false }, async (ns, h) => {
      // the guide's eleven data-plane charts; chalk-plan-demo belongs to render-and-diff's tests
      const names = Object.keys(versions).filter((n) => n !== 'chalk-metadata-plane' && n !== 'chalk-plan-demo');
      expect(names.length).toBe(11);
      // four charts at a time: enough to overlap the --wait polling without starving the machine
      const queue = [...names];
      const worker = async (): Promise<void> => {
        for (let name = queue.shift(); name; name = queue.shift()) {
          for (const v of versions[name] ?? []) {
            await must(exec(bed().TESTBED_HELM, upgrade(name, v, ns, '--wait', '--timeout', '150s'), { env: h.env }));
          }
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      const ls = await must(exec(bed().TESTBED_HELM, ['list', '-n', ns, '-o', 'json'], { env: h.env }));
      const releases = JSON.parse(ls.stdout) as { name: string; chart: string; status: string }[];
      for (const r of releases) {
        expect(r.status).toBe('deployed');
        expect(r.chart).toBe(`${r.name}-${versions[r.name]?.[1]}`);
      }
    });
  });
});
