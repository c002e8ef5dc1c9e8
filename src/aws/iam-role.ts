/** An IAM role with its trust policy and every permission statement (inline and attached policies). */
import type {
  GetPolicyCommandOutput,
  GetPolicyVersionCommandOutput,
  GetRoleCommandOutput,
  GetRolePolicyCommandOutput,
  ListAttachedRolePoliciesCommandOutput,
  ListRolePoliciesCommandOutput,
} from '@aws-sdk/client-iam';
import type { AwsClients } from './clients.js';
import { parsePolicy, type Statement } from './iam-policy.js';

export interface RoleDocuments {
  arn: string;
  name: string;
  /** From the ARN IAM returned: aws, aws-us-gov, aws-cn, … */
  partition: string;
  account: string;
  trust: Statement[];
  permissions: Statement[];
  /** `inline policy x`, `policy arn:…`: what was read, for findings. */
  policies: string[];
}

/** `my-role` or `arn:<partition>:iam::123456789012:role/path/my-role` → the role name IAM's API takes. */
export const roleName = (nameOrArn: string): string => (nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn);

export async function readRole(clients: AwsClients, nameOrArn: string, signal?: AbortSignal): Promise<RoleDocuments> {
  const iam = await import('@aws-sdk/client-iam');
  const RoleName = roleName(nameOrArn);
  const [role, inlineNames, attached] = await Promise.all([
    clients.iam.call<GetRoleCommandOutput>('iam:GetRole', new iam.GetRoleCommand({ RoleName }), signal),
    clients.iam.call<ListRolePoliciesCommandOutput>('iam:ListRolePolicies', new iam.ListRolePoliciesCommand({ RoleName }), signal),
    clients.iam.call<ListAttachedRolePoliciesCommandOutput>('iam:ListAttachedRolePolicies', new iam.ListAttachedRolePoliciesCommand({ RoleName }), signal),
  ]);
  const inline = await Promise.all(
    (inlineNames.PolicyNames ?? []).map(async (PolicyName) => {
      const out = await clients.iam.call<GetRolePolicyCommandOutput>('iam:GetRolePolicy', new iam.GetRolePolicyCommand({ RoleName, PolicyName }), signal);
      return parsePolicy(out.PolicyDocument ?? '{}', `inline policy ${PolicyName}`);
    }),
  );
  const managed = await Promise.all(
    (attached.AttachedPolicies ?? []).map(async ({ PolicyArn }) => {
      const policy = await clients.iam.call<GetPolicyCommandOutput>('iam:GetPolicy', new iam.GetPolicyCommand({ PolicyArn }), signal);
      const version = await clients.iam.call<GetPolicyVersionCommandOutput>(
        'iam:GetPolicyVersion',
        new iam.GetPolicyVersionCommand({ PolicyArn, VersionId: policy.Policy?.DefaultVersionId }),
        signal,
      );
      return parsePolicy(version.PolicyVersion?.Document ?? '{}', `policy ${PolicyArn}`);
    }),
  );
  const arn = role.Role?.Arn ?? '';
  return {
    arn,
    name: RoleName,
    partition: arn.split(':')[1] || 'aws',
    account: arn.split(':')[4] ?? '',
    trust: parsePolicy(role.Role?.AssumeRolePolicyDocument ?? '{}', 'trust policy'),
    permissions: [...inline.flat(), ...managed.flat()],
    policies: [...(inlineNames.PolicyNames ?? []).map((n) => `inline policy ${n}`), ...(attached.AttachedPolicies ?? []).map((p) => `policy ${p.PolicyArn}`)],
  };
}
