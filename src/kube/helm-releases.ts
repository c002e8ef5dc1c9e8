/**
 * A helm release's history as helm stores it: one Secret per revision, `sh.helm.release.v1.<name>.v<N>`,
 * labelled owner=helm, name, status, version (and modifiedAt since helm 3.11). Only labels are read;
 * the release body holds rendered values and is never decoded. Also: what a deploy does about a
 * release stuck in a pending state, so preflight and deploy agree on the recovery.
 */
import type { KubeClient } from './client.js';
import { assertName } from './names.js';

export const PENDING_STATUSES = ['pending-install', 'pending-upgrade', 'pending-rollback'] as const;

export interface ReleaseRevision {
  revision: number;
  status: string;
  /** When helm last wrote this revision (modifiedAt label, else the Secret's creation time). */
  modifiedAt?: Date;
}

export async function releaseHistory(kube: KubeClient, namespace: string, release: string, signal?: AbortSignal): Promise<ReleaseRevision[]> {
  // Validated: a release name is part of the label selector.
  const secrets = await kube.listSecrets(namespace, `owner=helm,name=${assertName('release', release, 'Release name')}`, signal);
  return secrets
    .map((s): ReleaseRevision => {
      const labels = s.metadata?.labels ?? {};
      const modified = Number(labels.modifiedAt);
      return {
        revision: Number(labels.version),
        status: labels.status ?? 'unknown',
        ...(Number.isFinite(modified) && modified > 0
          ? { modifiedAt: new Date(modified * 1000) }
          : s.metadata?.creationTimestamp
            ? { modifiedAt: new Date(s.metadata.creationTimestamp) }
            : {}),
      };
    })
    .filter((r) => Number.isInteger(r.revision))
    .sort((a, b) => a.revision - b.revision);
}

export const isPending = (status: string): boolean => (PENDING_STATUSES as readonly string[]).includes(status);

export interface Recovery {
  /** The command the deploy runs before its upgrade, as an argument array. */
  args: string[];
  description: string;
}

/**
 * A pending release blocks every helm operation ("another operation is in progress"). The deploy
 * rolls back to the newest revision that was deployed; with none (a first install that never
 * finished) there is nothing to return to, so it uninstalls and installs afresh.
 */
export function pendingRecovery(history: readonly ReleaseRevision[], release: string, namespace: string): Recovery | undefined {
  const latest = history[history.length - 1];
  if (!latest || !isPending(latest.status)) return undefined;
  const good = [...history].reverse().find((r) => r.revision < latest.revision && (r.status === 'deployed' || r.status === 'superseded'));
  if (good)
    return {
      args: ['rollback', release, String(good.revision), '--namespace', namespace],
      description: `roll back to revision ${good.revision} (${good.status}), then upgrade`,
    };
  return { args: ['uninstall', release, '--namespace', namespace], description: 'uninstall the never-completed release, then install it again' };
}
