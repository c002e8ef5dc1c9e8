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

/** The partition of a region, by prefix as AWS names them (independent of src/aws/partition.ts on purpose). */
function regionPartition(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-iso')) return 'aws-iso';
  return 'aws';
}

/** IAM signs in one region per partition. */
const IAM_REGION: Record<string, string> = { aws: 'us-east-1', 'aws-us-gov': 'us-gov-west-1', 'aws-cn': 'cn-north-1' };

/** What AWS answers a request signed for the wrong place: credentials of one partition are unknown in another. */
function scopeProblem(state: FakeAwsState, region: string, service: string): FakeResponse | undefined {
  const xml = (code: string, message: string): FakeResponse => ({
    status: 403,
    headers: { 'content-type': 'text/xml' },
    body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>fake</RequestId></ErrorResponse>`,
  });
  if (regionPartition(region) !== state.partition) return xml('InvalidClientTokenId', 'The security token included in the request is invalid.');
  if (service === 'iam' && region !== IAM_REGION[state.partition])
    return xml('SignatureDoesNotMatch', `Credential should be scoped to a valid region, not '${region}'.`);
  return undefined;
}

const describe = (target: string, form: URLSearchParams | undefined, method: string): string =>
  target ? target.replace(/^AmazonSQS\./, 'sqs:').replace(/^secretsmanager\./, 'secretsmanager:') : form ? `iam:${form.get('Action')}` : `s3:${method}`;

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
      // Credential=<key>/<date>/<region>/<service>/aws4_request
      const scope = /^AWS4-HMAC-SHA256 Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(String(req.headers.authorization ?? ''));
      const form = String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded') ? new URLSearchParams(body) : undefined;
      const refused = scope ? scopeProblem(state, scope[1]!, scope[2]!) : undefined;
      if (scope) state.signed.push(`${describe(target, form, req.method ?? 'GET')}@${scope[1]}`);
      if (!scope) {
        response = { status: 403, headers: { 'content-type': 'text/plain' }, body: 'request is not SigV4-signed' };
      } else if (refused) {
        response = refused;
      } else if (target.startsWith('AmazonSQS.')) {
        state.calls.push(`sqs:${target.slice(10)}`);
        response = handleSqs(state, target.slice(10), body, baseUrl);
      } else if (target.startsWith('secretsmanager.')) {
        state.calls.push(`secretsmanager:${target.slice(15)}`);
        response = handleSecretsManager(state, target.slice(15), body);
      } else if (form) {
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
