/**
 * HTTP for the registry API and helm downloads, bounded in every way a server could hold the step
 * or the runner's memory: one deadline (an AbortSignal) over a whole operation, a cap on every body
 * read, https only off loopback. Requests honour HTTPS_PROXY / NO_PROXY, as helm itself does.
 */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { cancellation } from '../process/cancellation.js';
import { oneLine } from '../report/text.js';

/**
 * One limit for a whole operation (a tag listing and helm's fetch, a download and its retries), also
 * ended by `parent` and by the job's cancellation (as runTool stops its tools on it).
 */
export class Deadline {
  readonly signal: AbortSignal;
  private readonly endsAt: number;

  constructor(
    readonly ms: number,
    parent?: AbortSignal,
  ) {
    this.endsAt = Date.now() + ms;
    this.signal = AbortSignal.any([AbortSignal.timeout(ms), cancellation.signal, ...(parent ? [parent] : [])]);
  }

  /** Milliseconds left (at least 1, so a tool given it still starts and is stopped at once). */
  remaining(): number {
    return Math.max(1, this.endsAt - Date.now());
  }

  /** Whether the deadline (rather than the parent signal) ended it. */
  get timedOut(): boolean {
    return this.signal.aborted && isTimeout(this.signal.reason);
  }
}

/** Why a request failed without an HTTP answer to judge (or with a body too large to read). */
export type HttpFailureKind = 'timeout' | 'cancelled' | 'tls' | 'connection' | 'too-large';

export class HttpFailure extends Error {
  constructor(
    readonly kind: HttpFailureKind,
    readonly url: URL,
    /** The cause alone, e.g. `connect ECONNREFUSED 127.0.0.1:9` (the message adds the request). */
    readonly reason: string,
    /** For `too-large`: the limit that was passed. */
    readonly limitBytes?: number,
  ) {
    super(`GET ${url.origin}${url.pathname}: ${reason}`);
    this.name = 'HttpFailure';
  }
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface GetOptions {
  headers?: Record<string, string>;
  /** PEM CA bundle for https. */
  ca?: Buffer;
  signal: AbortSignal;
  /** Largest successful (2xx) body read; a larger one fails with `too-large`. */
  maxBytes: number;
}

/** An error body is only ever shown in part: this much is read, the rest is not. */
export const ERROR_BODY_BYTES = 16 * 1024;
const MAX_REDIRECTS = 5;

/** GET into memory: a 2xx body up to `maxBytes`, any other body cut at ERROR_BODY_BYTES. */
export function httpGet(url: URL, options: GetOptions): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const fail = (err: Error) => reject(requestFailure(url, err, options.signal));
    const req = send(url, options, (res) => {
      const status = res.statusCode ?? 0;
      const ok = status >= 200 && status < 300;
      const limit = ok ? options.maxBytes : ERROR_BODY_BYTES;
      if (ok && Number(res.headers['content-length']) > limit) {
        res.destroy();
        return reject(tooLarge(url, limit));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () =>
        resolve({
          status,
          headers: res.headers,
          body: Buffer.concat(chunks)
            .toString('utf8')
            .slice(0, ok ? undefined : ERROR_BODY_BYTES),
        });
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        chunks.push(chunk);
        if (size <= limit) return;
        res.destroy();
        if (ok) reject(tooLarge(url, limit));
        else finish();
      });
      res.on('end', finish);
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/**
 * GET into `dest`, following up to five redirects that keep to the https rule. Resolves with the
 * final status; the file is written (and kept) only for a 200 of at most `maxBytes`.
 */
export async function downloadFile(url: URL, dest: string, options: GetOptions & { allowLoopbackHttp: boolean }): Promise<number> {
  let target = url;
  for (let hop = 0; ; hop++) {
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = send(target, options, resolve);
      req.on('error', (err) => reject(requestFailure(target, err, options.signal)));
      req.end();
    });
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location && hop < MAX_REDIRECTS) {
      res.resume();
      const next = new URL(location, target);
      const refusal = httpsRule(next, options.allowLoopbackHttp);
      if (refusal) throw new HttpFailure('connection', target, `redirected to ${oneLine(next.origin)}, which ${refusal}`);
      target = next;
      continue;
    }
    if (status !== 200) {
      res.destroy();
      return status;
    }
    if (Number(res.headers['content-length']) > options.maxBytes) {
      res.destroy();
      throw tooLarge(target, options.maxBytes);
    }
    await writeBounded(res, target, dest, options);
    return status;
  }
}

function writeBounded(res: IncomingMessage, url: URL, dest: string, options: GetOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const file = createWriteStream(dest, { mode: 0o600 });
    let size = 0;
    let failed = false;
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      res.destroy();
      file.destroy();
      rm(dest, { force: true }).finally(() => reject(err));
    };
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > options.maxBytes) fail(tooLarge(url, options.maxBytes));
    });
    res.on('error', (err) => fail(requestFailure(url, err, options.signal)));
    file.on('error', fail);
    file.on('finish', () => !failed && resolve());
    res.pipe(file);
  });
}

/** Why `url` may not be used, or undefined: https, or plain http to loopback when that is allowed (local stand-ins in tests). */
export function httpsRule(url: URL, allowLoopbackHttp: boolean): string | undefined {
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && allowLoopbackHttp && isLoopbackHost(url.hostname)) return undefined;
  return `is not https`;
}

/** 127.0.0.0/8, ::1 and localhost: traffic that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

let agents: { http: HttpAgent; https: HttpsAgent } | undefined;

/** Agents that take the proxy from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (Node 24's built-in support; older Nodes ignore the option). */
function agentFor(url: URL): HttpAgent {
  const proxyEnv = { proxyEnv: process.env } as object;
  agents ??= { http: new HttpAgent(proxyEnv), https: new HttpsAgent(proxyEnv) };
  return url.protocol === 'https:' ? agents.https : agents.http;
}

function send(url: URL, options: GetOptions, onResponse: (res: IncomingMessage) => void) {
  const request = url.protocol === 'http:' ? httpRequest : httpsRequest;
  return request(
    url,
    {
      method: 'GET',
      headers: options.headers ?? {},
      signal: options.signal,
      agent: agentFor(url),
      ...(options.ca && url.protocol === 'https:' ? { ca: options.ca } : {}),
    },
    onResponse,
  );
}

function tooLarge(url: URL, limit: number): HttpFailure {
  return new HttpFailure('too-large', url, `sent more than ${bytes(limit)}`, limit);
}

function requestFailure(url: URL, err: Error, signal: AbortSignal): HttpFailure {
  if (signal.aborted) return new HttpFailure(isTimeout(signal.reason) ? 'timeout' : 'cancelled', url, 'stopped');
  const kind = /certificate|self.signed|CERT/i.test(`${(err as { code?: string }).code ?? ''} ${err.message}`) ? 'tls' : 'connection';
  return new HttpFailure(kind, url, oneLine(err.message));
}

function isTimeout(reason: unknown): boolean {
  return (reason as { name?: string } | undefined)?.name === 'TimeoutError';
}

/** `4 MiB`, `16 KiB`. */
export function bytes(n: number): string {
  return n >= 1 << 20 ? `${Math.round((n / (1 << 20)) * 10) / 10} MiB` : `${Math.round(n / 1024)} KiB`;
}
