/** AWS Secrets Manager over its JSON protocol (X-Amz-Target: secretsmanager.<Action>, application/x-amz-json-1.1). */
import type { FakeAwsState } from './aws-state.js';
import type { FakeResponse } from './aws-server.js';

const json = (status: number, body: unknown): FakeResponse => ({
  status,
  headers: { 'content-type': 'application/x-amz-json-1.1' },
  body: JSON.stringify(body),
});

export function handleSecretsManager(state: FakeAwsState, action: string, body: string): FakeResponse {
  const input = JSON.parse(body || '{}') as { SecretId?: string };
  if (action !== 'DescribeSecret') return json(400, { __type: 'InvalidRequestException', Message: `fake Secrets Manager does not implement ${action}` });
  const id = input.SecretId ?? '';
  const name = id.startsWith('arn:') ? id.split(':')[6]!.replace(/-[A-Za-z0-9]{6}$/, '') : id;
  if (state.denied.has(`secretsmanager:DescribeSecret/${name}`))
    return json(400, { __type: 'AccessDeniedException', Message: 'not authorized to perform: secretsmanager:DescribeSecret' });
  const secret = state.secrets.get(name);
  if (!secret) return json(400, { __type: 'ResourceNotFoundException', Message: "Secrets Manager can't find the specified secret." });
  return json(200, {
    ARN: `arn:aws:secretsmanager:us-east-1:${state.account}:secret:${name}-AbCdEf`,
    Name: name,
    ...(secret.kmsKeyId ? { KmsKeyId: secret.kmsKeyId } : {}),
    ...(secret.deletedDate ? { DeletedDate: secret.deletedDate.getTime() / 1000 } : {}),
  });
}
