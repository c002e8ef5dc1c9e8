/**
 * The Data Plane's cluster resources from the guide, built from the action's inputs: a Let's Encrypt
 * ClusterIssuer solving DNS-01 through Route 53, a Karpenter EC2NodeClass (AL2023 or Bottlerocket,
 * subnets and security groups chosen by tag), and Background Persistence's namespace with its
 * IRSA-annotated service account. Each is applied server-side after the chart that ships its CRD.
 */
import type { ApplyObject } from './kube-apply.js';

export interface ClusterResource {
  /** `ClusterIssuer/letsencrypt`, as reports name it. */
  id: string;
  /** Applied in order. */
  objects: ApplyObject[];
  /** The CRD the objects need, and the chart (by chart name) that ships it. */
  crd?: { group: string; kind: string; chart: string };
}

export interface ClusterIssuerInput {
  name: string;
  email: string;
  /** ACME directory URL. */
  server: string;
  region: string;
  hostedZoneId?: string;
  /** A role for cert-manager to assume for Route 53 (cross-account zones). */
  roleArn?: string;
}

export const LETSENCRYPT_PRODUCTION = 'https://acme-v02.api.letsencrypt.org/directory';

export function clusterIssuer(input: ClusterIssuerInput): ClusterResource {
  const route53 = {
    region: input.region,
    ...(input.hostedZoneId ? { hostedZoneID: input.hostedZoneId } : {}),
    ...(input.roleArn ? { role: input.roleArn } : {}),
  };
  return {
    id: `ClusterIssuer/${input.name}`,
    crd: { group: 'cert-manager.io', kind: 'ClusterIssuer', chart: 'cert-manager' },
    objects: [
      {
        apiVersion: 'cert-manager.io/v1',
        kind: 'ClusterIssuer',
        metadata: { name: input.name },
        spec: {
          acme: {
            email: input.email,
            server: input.server,
            privateKeySecretRef: { name: `${input.name}-account-key` },
            solvers: [{ dns01: { route53 } }],
          },
        },
      },
    ],
  };
}

export const AMI_FAMILIES = ['AL2023', 'Bottlerocket'] as const;
export type AmiFamily = (typeof AMI_FAMILIES)[number];

export interface NodeClassInput {
  name: string;
  amiFamily: AmiFamily;
  /** The IAM role of the nodes (name, as Karpenter expects). */
  role: string;
  subnetTags: Record<string, string>;
  securityGroupTags: Record<string, string>;
}

export function ec2NodeClass(input: NodeClassInput): ClusterResource {
  return {
    id: `EC2NodeClass/${input.name}`,
    crd: { group: 'karpenter.k8s.aws', kind: 'EC2NodeClass', chart: 'karpenter' },
    objects: [
      {
        apiVersion: 'karpenter.k8s.aws/v1',
        kind: 'EC2NodeClass',
        metadata: { name: input.name },
        spec: {
          amiSelectorTerms: [{ alias: `${input.amiFamily.toLowerCase()}@latest` }],
          role: input.role,
          subnetSelectorTerms: [{ tags: input.subnetTags }],
          securityGroupSelectorTerms: [{ tags: input.securityGroupTags }],
        },
      },
    ],
  };
}

export interface BackgroundPersistenceInput {
  namespace: string;
  serviceAccount: string;
  roleArn: string;
}

export function backgroundPersistence(input: BackgroundPersistenceInput): ClusterResource {
  return {
    id: `ServiceAccount/${input.namespace}/${input.serviceAccount}`,
    objects: [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: input.namespace } },
      {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name: input.serviceAccount, namespace: input.namespace, annotations: { 'eks.amazonaws.com/role-arn': input.roleArn } },
      },
    ],
  };
}
