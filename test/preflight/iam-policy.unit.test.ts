/** IAM policy evaluation as the aws and dataplane groups use it: IAM's wildcard, NotAction and Deny rules. */
import { describe, expect, it } from 'vitest';
import { evaluateAction, oidcProviderArn, parsePolicy, webIdentityProblems } from '../../src/aws/iam-policy.js';
import { partitionOfArn, partitionOfRegion } from '../../src/aws/partition.js';

const policy = (...statements: object[]) => parsePolicy(encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: statements })), 'policy p');

describe('IAM action evaluation', () => {
  it.each([
    ['*', 's3:*', true],
    ['s3:*', 's3:*', true],
    ['S3:*', 's3:*', true],
    ['s3*', 's3:*', true],
    ['s3:Get*', 's3:*', false],
    ['sts:Assume*', 'sts:AssumeRole', true],
    ['sts:AssumeRole?', 'sts:AssumeRole', false],
    ['ecr:BatchGet*', 'ecr:BatchGetImage', true],
  ])('Allow %s covers %s: %s', (action, required, allowed) => {
    expect(evaluateAction(policy({ Effect: 'Allow', Action: action, Resource: '*' }), required).allowed).toBe(allowed);
  });

  it('honours NotAction: everything but the listed actions', () => {
    const statements = policy({ Effect: 'Allow', NotAction: ['iam:*'], Resource: '*' });
    expect(evaluateAction(statements, 's3:*').allowed).toBe(true);
    expect(evaluateAction(statements, 'iam:PassRole').allowed).toBe(false);
    // s3:* is not wholly allowed when one s3 action is carved out.
    expect(evaluateAction(policy({ Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: '*' }), 's3:*').allowed).toBe(false);
  });

  it('an explicit Deny wins; a narrower Deny is reported as partial', () => {
    const statements = policy(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' },
      { Effect: 'Deny', Action: 'sqs:*', Resource: '*' },
    );
    expect(evaluateAction(statements, 's3:*')).toMatchObject({ allowed: true, partlyDeniedBy: ['policy p (NoDelete)'] });
    expect(evaluateAction(statements, 'sqs:*')).toMatchObject({ allowed: false, deniedBy: ['policy p'] });
  });

  it('lists narrower grants when the wildcard is missing', () => {
    expect(evaluateAction(policy({ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket', 'sqs:*'], Resource: '*' }), 's3:*').narrower).toEqual([
      's3:GetObject',
      's3:ListBucket',
    ]);
  });
});

describe('web-identity trust binding', () => {
  const binding = {
    providerArn: 'arn:aws:iam::1:oidc-provider/oidc.example/id/X',
    issuer: 'oidc.example/id/X',
    namespace: 'chalk-metadata',
    serviceAccount: 'chalk-metadata-plane',
    audience: 'sts.amazonaws.com',
  };
  const statement = (condition: object, action: unknown = 'sts:AssumeRoleWithWebIdentity') => ({
    Effect: 'Allow',
    Principal: { Federated: binding.providerArn },
    Action: action,
    Condition: condition,
  });

  it('accepts StringEquals and StringLike bindings', () => {
    const sub = 'system:serviceaccount:chalk-metadata:chalk-metadata-plane';
    expect(
      webIdentityProblems(policy(statement({ StringEquals: { 'oidc.example/id/X:sub': sub, 'oidc.example/id/X:aud': 'sts.amazonaws.com' } })), binding),
    ).toEqual([]);
    expect(
      webIdentityProblems(
        policy(statement({ StringLike: { 'oidc.example/id/X:sub': 'system:serviceaccount:chalk-*:*', 'oidc.example/id/X:aud': ['sts.amazonaws.com'] } })),
        binding,
      ),
    ).toEqual([]);
  });

  it('says a missing sub lets any service account in', () => {
    expect(webIdentityProblems(policy(statement({ StringEquals: { 'oidc.example/id/X:aud': 'sts.amazonaws.com' } })), binding)).toEqual([
      'no oidc.example/id/X:sub condition, so it does not bind service account system:serviceaccount:chalk-metadata:chalk-metadata-plane (any service account could assume it)',
    ]);
  });

  it('says when no statement allows AssumeRoleWithWebIdentity', () => {
    expect(webIdentityProblems(policy(statement({}, 'sts:AssumeRole')), binding)).toEqual(['no statement allows sts:AssumeRoleWithWebIdentity']);
  });
});

describe('AWS partitions', () => {
  // The IAM regions are the ones the SDK's own endpoint rules sign in (checked against @aws-sdk/client-iam's resolver below).
  it.each([
    ['us-east-1', 'aws', 'us-east-1'],
    ['eu-west-1', 'aws', 'us-east-1'],
    ['us-gov-west-1', 'aws-us-gov', 'us-gov-west-1'],
    ['us-gov-east-1', 'aws-us-gov', 'us-gov-west-1'],
    ['cn-north-1', 'aws-cn', 'cn-north-1'],
    ['cn-northwest-1', 'aws-cn', 'cn-north-1'],
    ['us-iso-east-1', 'aws-iso', 'us-iso-east-1'],
    ['us-isob-east-1', 'aws-iso-b', 'us-isob-east-1'],
  ])('region %s is in partition %s, whose IAM signs in %s', async (region, name, iamRegion) => {
    expect(partitionOfRegion(region)).toEqual({ name, iamRegion });
    const { IAMClient } = await import('@aws-sdk/client-iam');
    const client = new IAMClient({ region, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    const endpoint = await client.config.endpointProvider({ Region: region, UseFIPS: false, UseDualStack: false });
    expect((endpoint.properties?.authSchemes as { signingRegion?: string }[] | undefined)?.[0]?.signingRegion).toBe(iamRegion);
  });

  it('unknown region: the commercial partition; an ARN names its own', () => {
    expect(partitionOfRegion(undefined)).toEqual({ name: 'aws', iamRegion: 'us-east-1' });
    expect(partitionOfArn('arn:aws-us-gov:iam::1:role/r')).toEqual({ name: 'aws-us-gov', iamRegion: 'us-gov-west-1' });
    expect(partitionOfArn('arn:aws-cn:iam::1:role/r')?.iamRegion).toBe('cn-north-1');
    expect(partitionOfArn('my-role')).toBeUndefined();
  });

  it("the OIDC provider ARN is in the role's partition", () => {
    expect(oidcProviderArn('aws-us-gov', '1', 'https://oidc.eks.us-gov-west-1.amazonaws.com/id/X/').arn).toBe(
      'arn:aws-us-gov:iam::1:oidc-provider/oidc.eks.us-gov-west-1.amazonaws.com/id/X',
    );
  });
});
