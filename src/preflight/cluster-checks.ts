/**
 * The `cluster` group: the guide's "authenticate to your Kubernetes cluster and run helm list",
 * made precise — the API answers with the current kubeconfig, the identity may do what the
 * install needs (SelfSubjectAccessReviews), and the release is not stuck in a pending state.
 */
import { resourceName, type AccessAnswer, type AccessQuery } from '../kube/client.js';
import { isPending, pendingRecovery, releaseHistory } from '../kube/helm-releases.js';
import type { Check, CheckOutcome } from '../checks/check.js';
import type { PreflightContext } from './context.js';
import { failure } from '../checks/failure.js';

/** What helm does to the chart's namespaced kinds on install, upgrade, rollback and uninstall; Secrets also hold helm's release history. */
const RELEASE_VERBS = ['get', 'list', 'create', 'update', 'patch', 'delete'];
const NAMESPACED_KINDS = [
  { group: 'apps', resource: 'deployments' },
  { group: '', resource: 'services' },
  { group: '', resource: 'configmaps' },
  { group: '', resource: 'secrets' },
  { group: '', resource: 'serviceaccounts' },
];
/** Readiness checks read pods and watch them. */
const POD_VERBS = ['get', 'list', 'watch'];
/** The Data Plane's open-source charts install CRDs and cluster RBAC; the deploy may create namespaces. */
const CLUSTER_KINDS = [
  { group: 'apiextensions.k8s.io', resource: 'customresourcedefinitions' },
  { group: 'rbac.authorization.k8s.io', resource: 'clusterroles' },
  { group: 'rbac.authorization.k8s.io', resource: 'clusterrolebindings' },
  { group: '', resource: 'namespaces' },
];
const CLUSTER_VERBS = ['get', 'create', 'update', 'patch'];

/** `secrets (create, update)`, `deployments.apps (all)`: denied verbs per resource, in query order. */
export function describeDenied(answers: readonly AccessAnswer[]): string {
  const byResource = new Map<string, { denied: string[]; total: number }>();
  for (const a of answers) {
    const key = resourceName(a);
    const entry = byResource.get(key) ?? { denied: [], total: 0 };
    entry.total++;
    if (!a.allowed) entry.denied.push(a.verb);
    byResource.set(key, entry);
  }
  return [...byResource]
    .filter(([, e]) => e.denied.length)
    .map(([name, e]) => `${name} (${e.denied.length === e.total ? `all of ${e.denied.join(', ')}` : e.denied.join(', ')})`)
    .join('; ');
}

function rbacFix(answers: readonly AccessAnswer[], scope: string): string {
  const denied = answers.filter((a) => !a.allowed);
  const groups = [...new Set(denied.map((a) => a.group))].map((g) => (g === '' ? '""' : g));
  const resources = [...new Set(denied.map((a) => a.resource))];
  const verbs = [...new Set(denied.map((a) => a.verb))];
  return `Bind the deploying identity to a ${scope} with apiGroups [${groups.join(', ')}], resources [${resources.join(', ')}], verbs [${verbs.join(', ')}] (or use an admin identity for the install).`;
}

async function accessCheck(
  ctx: PreflightContext,
  queries: AccessQuery[],
  scope: string,
  signal: AbortSignal,
  deniedVerdict: 'fail' | 'warn',
  why: string,
): Promise<CheckOutcome> {
  try {
    const kube = await ctx.kube();
    const answers = await kube.accessReviews(queries, signal);
    const denied = answers.filter((a) => !a.allowed);
    if (!denied.length) return { verdict: 'pass', finding: `all ${answers.length} permissions granted ${why}` };
    return {
      verdict: deniedVerdict,
      finding: `${denied.length} of ${answers.length} permissions denied ${why}: ${describeDenied(answers)}`,
      fix: rbacFix(answers, scope),
    };
  } catch (err) {
    return failure(err, 'access review failed');
  }
}

function age(since: Date | undefined): string {
  if (!since) return 'of unknown age';
  const s = Math.max(0, Math.round((Date.now() - since.getTime()) / 1000));
  if (s < 120) return `${s} s old`;
  if (s < 7200) return `${Math.round(s / 60)} min old`;
  if (s < 172_800) return `${Math.round(s / 3600)} h old`;
  return `${Math.round(s / 86_400)} days old`;
}

export function clusterChecks(): Check<PreflightContext>[] {
  return [
    {
      id: 'cluster.api',
      group: 'cluster',
      title: 'Kubernetes API is reachable with the current kubeconfig',
      async run(ctx, signal) {
        try {
          const kube = await ctx.kube();
          const version = await kube.serverVersion(signal);
          return { verdict: 'pass', finding: `Kubernetes ${version} at ${kube.server} (context ${kube.context})` };
        } catch (err) {
          return failure(err);
        }
      },
    },
    {
      id: 'cluster.access',
      group: 'cluster',
      title: `Identity may install the chart's resources in the namespace`,
      after: ['cluster.api'],
      run(ctx, signal) {
        const namespace = ctx.settings.namespace;
        const queries: AccessQuery[] = [
          ...NAMESPACED_KINDS.flatMap((k) => RELEASE_VERBS.map((verb) => ({ ...k, verb, namespace }))),
          ...POD_VERBS.map((verb) => ({ group: '', resource: 'pods', verb, namespace })),
        ];
        return accessCheck(ctx, queries, `Role in namespace ${namespace}`, signal, 'fail', `in namespace ${namespace}`);
      },
    },
    {
      id: 'cluster.cluster-scoped-access',
      group: 'cluster',
      title: 'Identity may manage cluster-scoped kinds (CRDs, ClusterRoles, ClusterRoleBindings, Namespaces)',
      after: ['cluster.api'],
      run(ctx, signal) {
        const queries = CLUSTER_KINDS.flatMap((k) => CLUSTER_VERBS.map((verb) => ({ ...k, verb })));
        // Only the Data Plane's charts need these, so they fail only when the dataplane group is checked.
        const verdict = ctx.settings.groups.includes('dataplane') ? 'fail' : 'warn';
        return accessCheck(ctx, queries, 'ClusterRole', signal, verdict, 'cluster-wide');
      },
    },
    {
      id: 'cluster.release',
      group: 'cluster',
      title: 'Release is not stuck in a pending state',
      after: ['cluster.api'],
      async run(ctx, signal) {
        const { release, namespace } = ctx.settings;
        try {
          const history = await releaseHistory(await ctx.kube(), namespace, release, signal);
          const latest = history[history.length - 1];
          if (!latest) return { verdict: 'pass', finding: `no release ${release} in namespace ${namespace} yet: the deploy installs it` };
          const recovery = pendingRecovery(history, release, namespace);
          if (recovery && isPending(latest.status))
            return {
              verdict: 'warn',
              finding: `release ${release} revision ${latest.revision} is ${latest.status}, ${age(latest.modifiedAt)}: the deploy will ${recovery.description} (helm ${recovery.args.join(' ')})`,
              fix: `If another deploy of ${release} is still running, let it finish; otherwise nothing to do — the deploy recovers, or run \`helm ${recovery.args.join(' ')}\` yourself.`,
            };
          if (latest.status === 'failed')
            return {
              verdict: 'warn',
              finding: `release ${release} revision ${latest.revision} failed (${age(latest.modifiedAt)}); the deploy upgrades over it`,
              fix: `See why with \`helm history ${release} -n ${namespace}\` and \`helm status ${release} -n ${namespace}\` before deploying again.`,
            };
          return { verdict: 'pass', finding: `release ${release} is at revision ${latest.revision} (${latest.status})` };
        } catch (err) {
          return failure(err, `cannot read the release history of ${release} (helm keeps it in Secrets of ${namespace})`);
        }
      },
    },
  ];
}
