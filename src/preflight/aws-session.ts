/**
 * AWS state shared by the `aws` and `dataplane` groups of one run: the SDK clients, roles read
 * once, the cluster's OIDC issuer, and IRSA service accounts with their role annotation.
 */
import type { V1ServiceAccount } from '@kubernetes/client-node';
import type { AwsClients } from '../aws/clients.js';
import { describeActionProblems, evaluateAction, oidcProviderArn, webIdentityProblems } from '../aws/iam-policy.js';
import { readRole, type RoleDocuments } from '../aws/iam-role.js';
import type { CheckOutcome } from '../checks/check.js';
import { sharedWork, type PreflightContext } from './context.js';

export const IRSA_ANNOTATION = 'eks.amazonaws.com/role-arn';
export const IRSA_AUDIENCE = 'sts.amazonaws.com';

export interface AwsSession {
  clients: AwsClients;
  /** Each read is shared by the checks that ask; `signal` is the asking check's (see sharedWork). */
  role(nameOrArn: string, signal?: AbortSignal): Promise<RoleDocuments>;
  /** The cluster's service-account issuer URL (on EKS, its OIDC provider). */
  issuer(signal?: AbortSignal): Promise<string>;
  serviceAccount(namespace: string, name: string, signal?: AbortSignal): Promise<V1ServiceAccount | undefined>;
}

const sessions = new WeakMap<PreflightContext, AwsSession>();

export function awsSession(ctx: PreflightContext): AwsSession {
  let session = sessions.get(ctx);
  if (!session) {
    const { aws } = ctx.settings;
    const clients = ctx.aws();
    const issuer = sharedWork(async (_, signal) => aws.oidcIssuer ?? (await (await ctx.kube()).serviceAccountIssuer(signal)));
    const sa = sharedWork(async (key, signal) => {
      const [namespace, name] = key.split('/') as [string, string];
      return (await ctx.kube()).readServiceAccount(namespace, name, signal);
    });
    const role = sharedWork((nameOrArn, signal) => readRole(clients, nameOrArn, signal));
    session = {
      clients,
      role,
      issuer: (signal) => issuer('', signal),
      serviceAccount: (namespace, name, signal) => sa(`${namespace}/${name}`, signal),
    };
    sessions.set(ctx, session);
  }
  return session;
}

export interface IrsaTarget {
  namespace: string;
  serviceAccount: string;
  /** Role name or ARN from an input; else the service account's annotation. */
  role?: string;
  roleInput: string;
}

/** The role to judge: the input, else the service account's IRSA annotation; a fail outcome when neither names one. */
export async function resolveRole(session: AwsSession, t: IrsaTarget, signal?: AbortSignal): Promise<RoleDocuments | CheckOutcome> {
  if (t.role) return session.role(t.role, signal);
  const sa = await session.serviceAccount(t.namespace, t.serviceAccount, signal);
  const annotated = sa?.metadata?.annotations?.[IRSA_ANNOTATION];
  if (annotated) return session.role(annotated, signal);
  return {
    verdict: 'fail',
    finding: `no role to check: input ${t.roleInput} is empty and service account ${t.namespace}/${t.serviceAccount} ${sa ? `has no ${IRSA_ANNOTATION} annotation` : 'does not exist'}`,
    fix: `Set the ${t.roleInput} input to the role's name or ARN.`,
  };
}

export const isOutcome = (v: RoleDocuments | CheckOutcome): v is CheckOutcome => 'verdict' in v;

export async function trustOutcome(session: AwsSession, role: RoleDocuments, t: IrsaTarget, signal?: AbortSignal): Promise<CheckOutcome> {
  const { arn: providerArn, issuer } = oidcProviderArn(role.partition, role.account, await session.issuer(signal));
  const subject = `system:serviceaccount:${t.namespace}:${t.serviceAccount}`;
  const problems = webIdentityProblems(role.trust, { providerArn, issuer, namespace: t.namespace, serviceAccount: t.serviceAccount, audience: IRSA_AUDIENCE });
  if (!problems.length) return { verdict: 'pass', finding: `role ${role.name} trusts ${subject} through ${providerArn} (aud ${IRSA_AUDIENCE})` };
  return {
    verdict: 'fail',
    finding: `role ${role.name} trust policy: ${problems.join('; ')}`,
    fix: `Trust statement: {"Effect":"Allow","Principal":{"Federated":"${providerArn}"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"${issuer}:sub":"${subject}","${issuer}:aud":"${IRSA_AUDIENCE}"}}}`,
  };
}

/** `required` must all be allowed; `optional` ones missing only warn (e.g. dynamodb:* without a DynamoDB online store). */
export function permissionsOutcome(role: RoleDocuments, required: readonly string[], optional: readonly string[] = []): CheckOutcome {
  const hard = describeActionProblems(required.map((a) => evaluateAction(role.permissions, a)));
  const soft = describeActionProblems(optional.map((a) => evaluateAction(role.permissions, a)));
  const read = role.policies.length ? role.policies.join(', ') : 'no policies attached';
  const all = [...required, ...optional];
  const fix = `Attach a policy with {"Effect":"Allow","Action":[${all.map((a) => `"${a}"`).join(',')}],"Resource":"*"} (narrow Resource as you see fit).`;
  if (hard.length) return { verdict: 'fail', finding: `role ${role.name}: ${[...hard, ...soft].join('; ')} (read ${read})`, fix };
  if (soft.length) return { verdict: 'warn', finding: `role ${role.name}: ${soft.join('; ')} (read ${read})`, fix };
  return { verdict: 'pass', finding: `role ${role.name} allows ${all.join(', ')}` };
}

/** The service account carries the role's ARN in its IRSA annotation. */
export async function annotationOutcome(
  session: AwsSession,
  t: IrsaTarget,
  role: RoleDocuments | undefined,
  createdByChart: boolean,
  signal?: AbortSignal,
): Promise<CheckOutcome> {
  const sa = await session.serviceAccount(t.namespace, t.serviceAccount, signal);
  const name = `${t.namespace}/${t.serviceAccount}`;
  const want = role?.arn;
  const fixWith = `kubectl annotate serviceaccount ${t.serviceAccount} -n ${t.namespace} --overwrite ${IRSA_ANNOTATION}=${want ?? '<role ARN>'}`;
  if (!sa)
    return createdByChart
      ? {
          verdict: 'warn',
          finding: `service account ${name} does not exist yet (the chart creates it)`,
          fix: `Make sure the chart's values give it the annotation ${IRSA_ANNOTATION}: ${want ?? '<role ARN>'}.`,
        }
      : {
          verdict: 'fail',
          finding: `service account ${name} does not exist`,
          fix: `kubectl create serviceaccount ${t.serviceAccount} -n ${t.namespace}; ${fixWith}`,
        };
  const annotated = sa.metadata?.annotations?.[IRSA_ANNOTATION];
  if (!annotated) return { verdict: 'fail', finding: `service account ${name} has no ${IRSA_ANNOTATION} annotation`, fix: fixWith };
  if (want && annotated !== want) return { verdict: 'fail', finding: `service account ${name} is annotated with ${annotated}, not ${want}`, fix: fixWith };
  return { verdict: 'pass', finding: `service account ${name} is annotated with ${annotated}` };
}
