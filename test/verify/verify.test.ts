/**
 * verify end to end: the bundle run by the local runner against the test bed. Objects fail the way
 * the bed's failure contract makes them (testbed/README.md): image tags `crashloop`, `does-not-exist`,
 * `never-ready`, `exit-1`, and a nodeSelector no node matches. The API server restart comes last, in
 * this file, so it cannot cut the other tests' requests.
 */
import { describe, expect, it } from 'vitest';
import { HELM_MAJORS, helmOf } from '../helpers/helm.js';
import { scratchNamespaces } from '../helpers/preflight.js';
import { bed, exec, kubectl, must, sleep } from '../testbed/util.js';
import { apply, CHART, deployment, messages, notReady, restartApiServer, seconds, verify } from './helpers.js';

const namespace = scratchNamespaces();

describe.each(HELM_MAJORS)('verify with helm %i', (major) => {
  it('passes once every object of two releases is ready, with a line per change and a table of every object', async () => {
    const ns = await namespace('verify-ok');
    const helm = helmOf(major);
    await must(exec(helm, ['install', 'full', CHART, '-n', ns], { env: { ...process.env, KUBECONFIG: bed().KUBECONFIG } }));
    await must(
      exec(helm, ['install', 'small', CHART, '-n', ns, '--set', 'job.enabled=false,statefulset.enabled=false,daemonset.enabled=false,replicas=1'], {
        env: { ...process.env, KUBECONFIG: bed().KUBECONFIG },
      }),
    );
    const run = await verify({ releases: `${ns}/full\nsmall`, namespace: ns, timeout: '2m' }, major);
    expect(run.exitCode, run.main.stdout).toBe(0);
    expect(run.outputs.ready).toBe('true');
    expect(run.outputs['not-ready']).toBe('[]');
    expect(seconds(run)).toBeGreaterThan(0);
    for (const row of [
      `| Deployment | ${ns}/full-api | ✅ ready |`,
      `| StatefulSet | ${ns}/full-db | ✅ ready |`,
      `| DaemonSet | ${ns}/full-agent | ✅ ready |`,
      `| Job | ${ns}/full-migrate | ✅ ready |`,
      `| PersistentVolumeClaim | ${ns}/full-data | ✅ ready |`,
      `| Service | ${ns}/full-api | ✅ ready |`,
      `| Secret | ${ns}/full-secrets | ✅ ready |`,
      `| ConfigMap | ${ns}/full-seed | ✅ ready |`,
      `| ServiceAccount | ${ns}/full | ✅ ready |`,
      `| Deployment | ${ns}/small-api | ✅ ready |`,
    ])
      expect(run.summary).toContain(row);
    expect(run.summary).toContain(`load balancer at full-api-${ns}.elb.testbed.invalid`);
    // Each object's progress is a few lines (first state, changes, ready), never one per event.
    const deploymentLines = run.main.stdout.split('\n').filter((l) => l.includes(`Deployment ${ns}/full-api:`));
    expect(deploymentLines.at(-1)).toMatch(/^\[\d+\.\d s\] Deployment .*: ready — Available: available, 2\/2 replicas$/);
    expect(deploymentLines.length).toBeLessThanOrEqual(6);
    expect(run.main.stdout).toMatch(/Ready: 15 objects after \d+\.\d s\./);
  });

  it('names a release that does not exist', async () => {
    const ns = await namespace('verify-norelease');
    const run = await verify({ releases: 'nope', namespace: ns, timeout: '30s' }, major);
    expect(run.exitCode).toBe(1);
    expect(messages(run)).toEqual([
      `helm release nope does not exist in namespace ${ns} Fix: Check the release name and namespace (helm list --namespace <namespace>), and that the deploy step ran first.`,
    ]);
  });
});

describe('verify fails fast, with the reason', () => {
  it('on a crash-looping pod, with its restart count, long before the timeout', async () => {
    const ns = await namespace('verify-crash');
    await apply(ns, deployment('api', 'registry.chalk.test/api:crashloop'));
    const run = await verify({ namespace: ns, 'crash-loop-restarts': '2', timeout: '3m' });
    expect(run.exitCode).toBe(1);
    expect(seconds(run)).toBeLessThan(60);
    const [api] = notReady(run);
    expect(api).toMatchObject({ kind: 'Deployment', name: 'api', state: 'failed', reason: 'CrashLoopBackOff' });
    expect(api!.message).toMatch(/container app \(registry\.chalk\.test\/api:crashloop\) is crash-looping: restarted [2-9] times, last exit code 1 \(Error\)$/);
    expect(messages(run)[0]).toMatch(
      new RegExp(
        `^Deployment ${ns}/api is failed \\(CrashLoopBackOff\\): .*restarted [2-9] times, last exit code 1 \\(Error\\) Fix: Read the container's last log lines`,
      ),
    );
    // The describe-like digest, and the logs the bed's nodes do not serve.
    expect(run.summary).toContain('waiting: CrashLoopBackOff');
    expect(run.summary).toContain('terminated: exit code 1 (Error)');
    expect(run.summary).toMatch(/Logs of `app` \(previous run\): the API server could not get the logs: the API server answered 5\d\d: /);
  });

  it('on an image that cannot be pulled, past the grace period', async () => {
    const ns = await namespace('verify-pull');
    await apply(ns, deployment('api', 'registry.chalk.test/api:does-not-exist'));
    const run = await verify({ namespace: ns, 'failure-grace': '3s', timeout: '2m' });
    expect(run.exitCode).toBe(1);
    expect(seconds(run)).toBeLessThan(45);
    const [api] = notReady(run);
    expect(api).toMatchObject({ state: 'failed', reason: expect.stringMatching(/^(ErrImagePull|ImagePullBackOff)$/) });
    expect(api!.message).toContain('registry.chalk.test/api:does-not-exist');
    expect(run.summary).toContain('Failed to pull image: not found (image tag contains does-not-exist)');
  });

  it('on a pod no node can take, with the scheduler message', async () => {
    const ns = await namespace('verify-unsched');
    await apply(ns, deployment('api', 'registry.chalk.test/api:1', { nodeSelector: { 'chalk.ai/pool': 'gpu' } }));
    const run = await verify({ namespace: ns, 'unschedulable-grace': '3s', timeout: '2m' });
    expect(run.exitCode).toBe(1);
    const [api] = notReady(run);
    expect(api).toMatchObject({ state: 'failed', reason: 'Unschedulable' });
    expect(api!.message).toContain("unschedulable: 0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector");
  });

  it('on a crash-looping init container', async () => {
    const ns = await namespace('verify-init');
    await apply(ns, deployment('api', 'registry.chalk.test/api:1', { initImage: 'registry.chalk.test/migrate:crashloop' }));
    const run = await verify({ namespace: ns, 'crash-loop-restarts': '2', timeout: '2m' });
    expect(run.exitCode).toBe(1);
    expect(notReady(run)[0]!.message).toMatch(/init container migrate \(registry\.chalk\.test\/migrate:crashloop\) is crash-looping: restarted [2-9] times/);
    expect(run.summary).toContain('(init) migrate');
  });

  it('on a failed Job', async () => {
    const ns = await namespace('verify-job');
    await apply(
      ns,
      JSON.stringify({
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: 'migrate' },
        spec: {
          backoffLimit: 0,
          template: { spec: { restartPolicy: 'Never', containers: [{ name: 'migrate', image: 'registry.chalk.test/migrate:exit-1' }] } },
        },
      }),
    );
    const run = await verify({ namespace: ns, timeout: '2m' });
    expect(run.exitCode).toBe(1);
    const [job] = notReady(run);
    expect(job).toMatchObject({ kind: 'Job', name: 'migrate', state: 'failed', reason: 'JobFailed' });
    expect(job!.message).toMatch(/^BackoffLimitExceeded: Job has reached the specified backoff limit \(1 pod failed\)$/);
    expect(run.summary).toContain('terminated: exit code 1 (Error)');
  });

  it('on a Deployment past its progress deadline', async () => {
    const ns = await namespace('verify-deadline');
    await apply(ns, deployment('api', 'registry.chalk.test/api:never-ready', { progressDeadlineSeconds: 5 }));
    const run = await verify({ namespace: ns, timeout: '2m' });
    expect(run.exitCode).toBe(1);
    expect(seconds(run)).toBeLessThan(60);
    expect(notReady(run)[0]).toMatchObject({
      state: 'failed',
      reason: 'ProgressDeadlineExceeded',
      message: expect.stringContaining('has timed out progressing'),
    });
    expect(run.summary).toContain('Readiness probe failed');
  });
});

describe('verify honours the timeout', () => {
  it('ends when it passes, with every object not ready annotated and diagnosed', async () => {
    const ns = await namespace('verify-timeout');
    await apply(ns, deployment('api', 'registry.chalk.test/api:never-ready'));
    await apply(ns, deployment('web', 'registry.chalk.test/web:never-ready'));
    const started = Date.now();
    const run = await verify({ namespace: ns, timeout: '8s' });
    expect(run.exitCode).toBe(1);
    expect(seconds(run)).toBeGreaterThanOrEqual(8);
    expect(seconds(run)).toBeLessThan(10);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(messages(run)).toEqual([
      expect.stringMatching(
        new RegExp(`^Deployment ${ns}/api is in-progress \\(LessAvailable\\): available 0/1 Fix: Still in progress when the timeout passed`),
      ),
      expect.stringMatching(new RegExp(`^Deployment ${ns}/web is in-progress \\(LessAvailable\\)`)),
    ]);
    expect(run.main.stdout).toMatch(/Timed out after 8\.\d s: 2 of 2 objects not ready\./);
    expect(run.summary).toContain('**Pod `api-');
    expect(run.summary).toContain('Ready=False ContainersNotReady');
  });
});

describe('verify HTTP checks', () => {
  it('reports a name that does not resolve, a refused port and an untrusted certificate exactly, and passes with the CA', async () => {
    const ns = await namespace('verify-http');
    await apply(ns, deployment('api', 'registry.chalk.test/api:1'));
    const registry = `https://${bed().TESTBED_REGISTRY}/v2/`;
    const run = await verify({
      namespace: ns,
      timeout: '1m',
      'http-checks': [
        '- https://chalk.verify.invalid/',
        '- http://127.0.0.1:1/health',
        `- ${registry}`,
        `- url: ${registry}`,
        '  status: 401',
        `  ca-file: ${bed().TESTBED_REGISTRY_CA}`,
      ].join('\n'),
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.ready).toBe('false');
    expect(run.outputs['not-ready']).toBe('[]');
    expect(messages(run)).toEqual([
      'HTTP check https://chalk.verify.invalid/ failed: DNS: chalk.verify.invalid does not resolve (ENOTFOUND)',
      'HTTP check http://127.0.0.1:1/health failed: connection refused by 127.0.0.1:1',
      expect.stringMatching(
        new RegExp(
          `^HTTP check ${registry.replace(/[.]/g, '\\.')} failed: TLS: the certificate of ${bed().TESTBED_REGISTRY.replace(/[.]/g, '\\.')} is not trusted \\((SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY): `,
        ),
      ),
    ]);
    expect(run.summary).toMatch(/\| https:\/\/127\.0\.0\.1:\d+\/v2\/ \| pass \| 401 \| HTTP 401 \|/);
  });

  it('refuses an http-checks entry that is not a URL before waiting on anything', async () => {
    const run = await verify({ namespace: 'default', 'http-checks': '- htp:/chalk' });
    expect(run.exitCode).toBe(1);
    expect(messages(run)[0]).toMatch(/^http-checks\[0\] is not an http\(s\) URL: "htp:\/chalk"\. Fix: Write http-checks as a YAML list/);
  });
});

describe('verify inputs', () => {
  it('refuses a selector with releases, and a release without a namespace', async () => {
    const withSelector = await verify({ releases: 'chalk', namespace: 'chalk', selector: 'app=chalk' });
    expect(withSelector.exitCode).toBe(1);
    expect(messages(withSelector)).toEqual(['Input selector selects objects of a namespace; with releases, every object of each release is verified.']);
    const noNamespace = await verify({ releases: 'chalk' });
    expect(messages(noNamespace)).toEqual(['Release "chalk" has no namespace: write namespace/name, or set input namespace.']);
  });
});

/** Namespace-scoped ReplicaSet watches open on the API server: the ones verify keeps (controllers watch cluster-wide). */
async function namespacedReplicaSetWatches(): Promise<number> {
  const { stdout } = await must(kubectl(['get', '--raw', '/metrics'], bed().KUBECONFIG));
  const line = stdout
    .split('\n')
    .find((l) => l.startsWith('apiserver_longrunning_requests{') && /resource="replicasets",scope="namespace".*verb="WATCH"/.test(l));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('verify across an API server restart', () => {
  it('resumes its watches and still passes when the Deployment turns ready after the restart', { timeout: 240_000 }, async () => {
    const ns = await namespace('verify-restart');
    await apply(ns, deployment('api', 'registry.chalk.test/api:never-ready'));
    const before = await namespacedReplicaSetWatches();
    const running = verify({ namespace: ns, timeout: '3m' });
    for (let waited = 0; waited < 60_000 && (await namespacedReplicaSetWatches()) <= before; waited += 250) await sleep(250);

    await restartApiServer();
    await must(kubectl(['-n', ns, 'set', 'image', 'deployment/api', 'app=registry.chalk.test/api:2'], bed().KUBECONFIG));

    const run = await running;
    expect(run.exitCode, run.main.stdout).toBe(0);
    expect(run.outputs.ready).toBe('true');
    expect(run.main.stdout).toMatch(/watch of \S+ in verify-restart-\w+ lost \(.+\); reconnecting/);
    expect(run.main.stdout).toMatch(
      /watch of \S+ in verify-restart-\w+( resumed from resourceVersion \d+| re-listed after reconnecting|: resourceVersion expired \(410 Gone\), re-listing)/,
    );
    expect(run.main.stdout).toMatch(/Deployment verify-restart-\w+\/api: ready — Available/);
    expect(run.summary).toMatch(/The watches recovered \d+ times?/);
  });
});
