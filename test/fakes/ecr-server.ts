/**
 * A local stand-in for the ECR API, speaking its AWS JSON 1.1 protocol so the real
 * @aws-sdk/client-ecr talks to it unchanged. It records each request (target, body, and the region
 * and access key from the SigV4 credential scope) and answers from a script, then with a token.
 */
import { createServer } from 'node:http';
import { close, listen, readBody } from './http.js';

export const ECR_TARGET = 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken';
export const ECR_PUBLIC_TARGET = 'SpencerFrontendService.GetAuthorizationToken';

export interface RecordedEcrRequest {
  target: string;
  contentType: string;
  body: { registryIds?: string[] };
  /** From `Credential=<key>/<date>/<region>/<service>/aws4_request`. */
  accessKeyId?: string;
  region?: string;
  service?: string;
}

export interface ScriptedReply {
  status: number;
  body: unknown;
}

export interface FakeEcr {
  url: string;
  requests: RecordedEcrRequest[];
  close(): Promise<void>;
}

/** `token` is the decoded `user:password`; `script` replies come first, one per request. */
export async function startEcrServer(options: { token: string; proxyEndpoint: string; script?: ScriptedReply[] }): Promise<FakeEcr> {
  const script = [...(options.script ?? [])];
  const requests: RecordedEcrRequest[] = [];
  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const target = String(req.headers['x-amz-target'] ?? '');
    const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(String(req.headers.authorization ?? ''));
    requests.push({
      target,
      contentType: String(req.headers['content-type'] ?? ''),
      body: raw ? (JSON.parse(raw) as RecordedEcrRequest['body']) : {},
      ...(scope ? { accessKeyId: scope[1]!, region: scope[2]!, service: scope[3]! } : {}),
    });
    const reply = script.shift() ?? success(target, options);
    res.writeHead(reply.status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': `req-${requests.length}` });
    res.end(JSON.stringify(reply.body));
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, requests, close: () => close(server) };
}

function success(target: string, options: { token: string; proxyEndpoint: string }): ScriptedReply {
  const authorizationToken = Buffer.from(options.token, 'utf8').toString('base64');
  const expiresAt = Math.floor(Date.now() / 1000) + 12 * 3600;
  if (target === ECR_PUBLIC_TARGET) return { status: 200, body: { authorizationData: { authorizationToken, expiresAt } } };
  if (target !== ECR_TARGET) return { status: 400, body: { __type: 'UnknownOperationException', message: `unexpected target ${target}` } };
  return { status: 200, body: { authorizationData: [{ authorizationToken, expiresAt, proxyEndpoint: options.proxyEndpoint }] } };
}

export const accessDenied = (message: string): ScriptedReply => ({ status: 400, body: { __type: 'AccessDeniedException', message } });
export const throttled = (): ScriptedReply => ({ status: 400, body: { __type: 'ThrottlingException', message: 'Rate exceeded' } });
export const serverError = (): ScriptedReply => ({ status: 500, body: { __type: 'ServerException', message: 'internal error' } });
