/**
 * One deploy of a release at a time, through a lock the cluster holds: a `coordination.k8s.io` Lease
 * in the release namespace, `chalk-deploy-<release>`, whose holder is the GitHub run. It is taken with
 * optimistic concurrency (create, or replace at the resourceVersion read: of two runs racing, one gets
 * a 409 and waits), renewed while helm runs, and released at the end. A holder that stopped renewing
 * (a killed runner) loses it once `leaseDurationSeconds` have passed since its last renewal.
 */
import * as core from '@actions/core';
import type { V1Lease } from '@kubernetes/client-node';
import { ChalkError } from '../errors.js';
import { KubeError } from '../kube/errors.js';
import { oneLine } from '../report/text.js';
import type { ApplyKube } from './kube-apply.js';

export class LockError extends ChalkError<'lock-timeout' | 'cancelled'> {
  readonly boundary = 'apply';
}

export interface LockOptions {
  namespace: string;
  release: string;
  /** Who holds it: the GitHub run URL, job and process (unique per deploy). */
  holder: string;
  /** How long to wait for another deploy to finish. */
  waitMs: number;
  /** A holder that has not renewed for this long has lost the lock (default 60 s). */
  leaseSeconds?: number;
  /** Stop waiting (a job cancel). */
  signal?: AbortSignal;
}

export interface HeldLock {
  name: string;
  /** Time spent waiting for other deploys. */
  waitedMs: number;
  /** The holders waited for, in order. */
  waitedFor: string[];
  release(): Promise<void>;
}

export const leaseName = (release: string): string => `chalk-deploy-${release}`;

const POLL_MS = 2_000;

export async function acquireLock(kube: ApplyKube, options: LockOptions): Promise<HeldLock> {
  const name = leaseName(options.release);
  const leaseSeconds = options.leaseSeconds ?? 60;
  const started = Date.now();
  const waitedFor: string[] = [];
  for (;;) {
    if (options.signal?.aborted)
      throw new LockError('cancelled', `stopped waiting for the deploy lock ${options.namespace}/${name}: the job was cancelled.`, '');
    const taken = await tryTake(kube, options, name, leaseSeconds);
    if (taken === true) break;
    if (taken) {
      if (waitedFor.at(-1) !== taken) {
        waitedFor.push(taken);
        core.info(`Waiting for the deploy lock ${options.namespace}/${name}, held by ${oneLine(taken)}.`);
      }
      if (Date.now() - started > options.waitMs)
        throw new LockError(
          'lock-timeout',
          `another deploy of ${options.release} holds the lock ${options.namespace}/${name} (${oneLine(taken)}); waited ${Math.round((Date.now() - started) / 1000)} s.`,
          `Let that deploy finish and run again, or raise lock-timeout. Serialise runs with a workflow concurrency group (cancel-in-progress: false). If its runner is gone, the lock expires ${leaseSeconds} s after its last renewal.`,
        );
      await sleep(POLL_MS, options.signal);
    }
  }
  return holdLock(kube, options, name, leaseSeconds, { waitedMs: Date.now() - started, waitedFor });
}

/** true when taken; the current holder's identity when someone else has it; undefined on a lost race (try again at once). */
async function tryTake(kube: ApplyKube, options: LockOptions, name: string, leaseSeconds: number): Promise<true | string | undefined> {
  const now = new Date();
  const lease = await kube.readLease(options.namespace, name);
  const spec = {
    holderIdentity: options.holder,
    leaseDurationSeconds: leaseSeconds,
    acquireTime: kube.microTime(now),
    renewTime: kube.microTime(now),
  };
  try {
    if (!lease) {
      await kube.createLease(options.namespace, {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: { name, namespace: options.namespace, labels: { 'app.kubernetes.io/managed-by': 'chalk-actions' } },
        spec,
      });
      return true;
    }
    const holder = lease.spec?.holderIdentity;
    if (holder && holder !== options.holder && !expired(lease, now)) return holder;
    await kube.replaceLease(options.namespace, { ...lease, spec: { ...spec, leaseTransitions: (lease.spec?.leaseTransitions ?? 0) + (holder ? 1 : 0) } });
    return true;
  } catch (err) {
    // 409: another run created or replaced it between our read and write.
    if (err instanceof KubeError && (err.status === 409 || /already exists/i.test(err.message))) return undefined;
    throw err;
  }
}

function expired(lease: V1Lease, now: Date): boolean {
  const renewed = lease.spec?.renewTime ?? lease.spec?.acquireTime;
  if (!renewed) return true;
  return new Date(renewed).getTime() + (lease.spec?.leaseDurationSeconds ?? 0) * 1000 < now.getTime();
}

function holdLock(kube: ApplyKube, options: LockOptions, name: string, leaseSeconds: number, waited: { waitedMs: number; waitedFor: string[] }): HeldLock {
  let renewing: Promise<void> = Promise.resolve();
  let takenOver = false;
  const renew = async (): Promise<void> => {
    if (takenOver) return;
    const lease = await kube.readLease(options.namespace, name);
    if (lease?.spec?.holderIdentity !== options.holder) {
      // helm is not stopped half-way: the deploy finishes, and the job log says the lock was taken over.
      takenOver = true;
      core.warning(`The deploy lock ${options.namespace}/${name} is now held by ${oneLine(lease?.spec?.holderIdentity ?? 'nobody')}; this deploy lost it.`);
      return;
    }
    await kube.replaceLease(options.namespace, { ...lease, spec: { ...lease.spec, renewTime: kube.microTime() } });
  };
  const timer = setInterval(
    () => {
      renewing = renewing.then(renew).catch((err: unknown) => core.warning(`Renewing the deploy lock failed (retried): ${oneLine(String(err))}`));
    },
    (leaseSeconds * 1000) / 3,
  );
  timer.unref();
  return {
    name,
    ...waited,
    async release() {
      clearInterval(timer);
      await renewing;
      const lease = await kube.readLease(options.namespace, name);
      if (lease?.spec?.holderIdentity !== options.holder) return;
      const { holderIdentity: _released, ...spec } = lease.spec;
      await kube.replaceLease(options.namespace, { ...lease, spec }).catch((err: unknown) => {
        // Not released: the next deploy waits for it to expire instead.
        core.warning(`Releasing the deploy lock failed; it expires within ${leaseSeconds} s: ${oneLine(String(err))}`);
      });
    },
  };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
