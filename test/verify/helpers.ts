/** What verify's end-to-end tests share: running the bundle with a chosen helm, and objects to wait on. */
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ActionRun } from '../../src/runner/action-runner.js';
import { runBundled } from '../helpers/action.js';
import { helmOf, type HelmMajor } from '../helpers/helm.js';
import { node24, repoRoot } from '../helpers/paths.js';
import { startKube } from '../../testbed/lib/kube.js';
import { paths } from '../../testbed/lib/paths.js';
import { pidAlive, stopComponent } from '../../testbed/lib/proc.js';
import { loadState } from '../../testbed/lib/state.js';
import { bed, kubectl, must, sleep } from '../testbed/util.js';

export const CHART = join(repoRoot, 'test', 'verify', 'fixtures', 'readiness-chart');
/** A PATH whose `helm` is the bed's helm of that major (verify uses the helm on PATH). */
async function pathWithHelm(major: HelmMajor): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'chalk-verify-helm-'));
  await symlink(helmOf(major), join(dir, 'helm'));
  return [dir, dirname(node24()), process.env.PATH].join(':');
}

export async function verify(inputs: Record<string, string>, major: HelmMajor = 4): Promise<ActionRun> {
  const workspace = await mkdtemp(join(tmpdir(), 'chalk-verify-ws-'));
  return runBundled('verify', { workspace, inputs, env: { KUBECONFIG: bed().KUBECONFIG, PATH: await pathWithHelm(major) } });
}

export const apply = (ns: string, yaml: string) => must(kubectl(['-n', ns, 'apply', '-f', '-'], bed().KUBECONFIG, yaml));

export function deployment(
  name: string,
  image: string,
  extra: { progressDeadlineSeconds?: number; nodeSelector?: Record<string, string>; initImage?: string } = {},
): string {
  return JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { suite: 'verify' } },
    spec: {
      replicas: 1,
      ...(extra.progressDeadlineSeconds ? { progressDeadlineSeconds: extra.progressDeadlineSeconds } : {}),
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          ...(extra.nodeSelector ? { nodeSelector: extra.nodeSelector } : {}),
          ...(extra.initImage ? { initContainers: [{ name: 'migrate', image: extra.initImage }] } : {}),
          containers: [{ name: 'app', image }],
        },
      },
    },
  });
}

export const messages = (run: ActionRun): string[] => run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
export const notReady = (run: ActionRun): { kind: string; name: string; state: string; reason: string; message: string }[] =>
  JSON.parse(run.outputs['not-ready'] ?? '[]');
export const seconds = (run: ActionRun): number => Number(run.outputs['duration-seconds']);

/**
 * Stops kube-apiserver and starts it again (same flags, ports and data), holding the bed's lock
 * (.testbed/up.lock, as testbed/index.ts's up() takes it) so a concurrent up() cannot take the
 * half-started server for a dead one. testbed/index.ts has no restart hook of its own.
 */
export async function restartApiServer(): Promise<void> {
  for (;;) {
    try {
      const fd = openSync(paths.lock, 'wx');
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(readFileSync(paths.lock, 'utf8').trim() || '0');
      if (!owner || !pidAlive(owner)) rmSync(paths.lock, { force: true });
      else await sleep(250);
    }
  }
  try {
    const state = loadState();
    if (!state) throw new Error('the test bed has no state: is it up?');
    await stopComponent('kube-apiserver', 'kube-apiserver');
    await startKube(state);
  } finally {
    rmSync(paths.lock, { force: true });
  }
}
