/**
 * The API server restarted in the middle of verify's wait: its watches are cut and refused until the
 * server is back; they resume (or re-list) and the Deployment turning ready afterwards is still seen.
 * The bed's index has no restart hook, so the test stops kube-apiserver and starts it again with the
 * bed's own functions (the rest of the bed keeps running).
 */
import { describe, expect, it } from 'vitest';
import { startKube } from '../../testbed/lib/kube.js';
import { stopComponent } from '../../testbed/lib/proc.js';
import { loadState } from '../../testbed/lib/state.js';
import { scratchNamespaces } from '../helpers/preflight.js';
import { bed, kubectl, must, sleep } from '../testbed/util.js';
import { apply, deployment, verify } from './helpers.js';

const namespace = scratchNamespaces();

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

    const state = loadState();
    if (!state) throw new Error('the test bed has no state: is it up?');
    await stopComponent('kube-apiserver', 'kube-apiserver');
    await startKube(state);
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
