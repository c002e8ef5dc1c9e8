/** Amazon SQS over its JSON protocol (X-Amz-Target: AmazonSQS.<Action>, application/x-amz-json-1.0). */
import type { FakeAwsState } from './aws-state.js';
import type { FakeResponse } from './aws-server.js';

const json = (status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse => ({
  status,
  headers: { 'content-type': 'application/x-amz-json-1.0', ...headers },
  body: JSON.stringify(body),
});

export function handleSqs(state: FakeAwsState, action: string, body: string, baseUrl: string): FakeResponse {
  const input = JSON.parse(body || '{}') as { QueueName?: string };
  if (action !== 'GetQueueUrl') return json(400, { __type: 'com.amazonaws.sqs#InvalidAction', message: `fake SQS does not implement ${action}` });
  const name = input.QueueName ?? '';
  if (state.denied.has(`sqs:GetQueueUrl/${name}`))
    return json(
      403,
      {
        __type: 'com.amazon.coral.service#AccessDeniedException',
        Message: `User: arn:aws:iam::${state.account}:user/ci is not authorized to perform: sqs:getqueueurl`,
      },
      { 'x-amzn-query-error': 'AccessDenied;Sender' },
    );
  if (!state.queues.has(name))
    return json(
      400,
      { __type: 'com.amazonaws.sqs#QueueDoesNotExist', message: 'The specified queue does not exist.' },
      { 'x-amzn-query-error': 'AWS.SimpleQueueService.NonExistentQueue;Sender' },
    );
  return json(200, { QueueUrl: `${baseUrl}/${state.account}/${name}` });
}
