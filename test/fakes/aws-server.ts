/**
 * One local HTTP endpoint that speaks the AWS protocols preflight uses, routed the way the SDK
 * addresses them: SQS and Secrets Manager by X-Amz-Target (JSON protocols), IAM by a form-encoded
 * Action (query protocol), S3 by REST path. Requests must be SigV4-signed, as the real SDK does.
 * `env()` gives the AWS_ENDPOINT_URL_<SERVICE> variables and fake credentials for the action.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleIam } from './aws-iam.js';
import { handleS3 } from './aws-s3.js';
import { handleSecretsManager } from './aws-secrets-manager.js';
import { handleSqs } from './aws-sqs.js';
import { emptyState, type FakeAwsState } from './aws-state.js';

export interface FakeResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface FakeAws {
  state: FakeAwsState;
  url: string;
  env(): Record<string, string>;
  close(): Promise<void>;
}

export async function startFakeAws(state: FakeAwsState = emptyState()): Promise<FakeAws> {
  let baseUrl = '';
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', baseUrl);
      const target = String(req.headers['x-amz-target'] ?? '');
      let response: FakeResponse;
      if (!/^AWS4-HMAC-SHA256 Credential=/.test(String(req.headers.authorization ?? ''))) {
        response = { status: 403, headers: { 'content-type': 'text/plain' }, body: 'request is not SigV4-signed' };
      } else if (target.startsWith('AmazonSQS.')) {
        state.calls.push(`sqs:${target.slice(10)}`);
        response = handleSqs(state, target.slice(10), body, baseUrl);
      } else if (target.startsWith('secretsmanager.')) {
        state.calls.push(`secretsmanager:${target.slice(15)}`);
        response = handleSecretsManager(state, target.slice(15), body);
      } else if (String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
        const form = new URLSearchParams(body);
        state.calls.push(`iam:${form.get('Action')}`);
        response = handleIam(state, form);
      } else {
        response = handleS3(state, req.method ?? 'GET', url);
      }
      res.writeHead(response.status, { ...response.headers, 'x-amzn-requestid': 'fake', 'content-length': Buffer.byteLength(response.body) });
      res.end(response.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    state,
    url: baseUrl,
    env: () => ({
      AWS_ACCESS_KEY_ID: 'AKIAFAKEPREFLIGHT',
      AWS_SECRET_ACCESS_KEY: 'fake-secret-access-key',
      AWS_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ENDPOINT_URL_SQS: baseUrl,
      AWS_ENDPOINT_URL_IAM: baseUrl,
      AWS_ENDPOINT_URL_S3: baseUrl,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: baseUrl,
    }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
