/**
 * A small composable HTTP(S) server for hostile-input tests: an ordered list of behaviours, each of
 * which may answer a request (returning true) or pass it on. The building blocks here are the ways
 * a server can misbehave toward a client — echo what it was sent, answer 5xx, send an endless or
 * huge body, never answer — and test/fakes/hostile-registry.ts adds the OCI registry parts. Every
 * request is recorded (method, path with query, authorization header) so tests can assert what
 * reached the server.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import { close, listen } from './http.js';
import type { TestPki } from './tls.js';

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  authorization?: string;
}

/** Answers the request and returns true, or returns false to let the next behaviour try. */
export type Behaviour = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface HostileServer {
  /** `127.0.0.1:<port>`. */
  host: string;
  /** `https://127.0.0.1:<port>` (or http without a pki). */
  origin: string;
  requests: RecordedRequest[];
  /** Connections still open (a silent behaviour holds them until the client gives up). */
  openConnections(): number;
  /** Bytes written in response bodies so far. */
  bytesSent(): number;
  close(): Promise<void>;
}

export interface HostileServerOptions {
  /** TLS with this certificate; plain HTTP without it. */
  pki?: TestPki;
  behaviours: Behaviour[];
}

export async function startHostileServer(options: HostileServerOptions): Promise<HostileServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let sent = 0;
  let origin = '';
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    const write = res.write.bind(res);
    res.write = ((chunk: Buffer | string, ...rest: never[]) => {
      sent += Buffer.byteLength(chunk);
      return write(chunk, ...rest);
    }) as typeof res.write;
    const url = new URL(req.url ?? '/', origin);
    try {
      for (const behaviour of options.behaviours) if (await behaviour(req, res, url)) return;
      json(res, 404, { errors: [{ code: 'NOT_FOUND', message: `no behaviour for ${req.method ?? ''} ${url.pathname}` }] });
    } catch (err) {
      if (!res.headersSent) json(res, 500, { errors: [{ code: 'FAKE_FAILED', message: (err as Error).message }] });
      else res.destroy();
    }
  };
  const server: Server = options.pki ? (createHttpsServer({ cert: options.pki.cert, key: options.pki.key }, handler) as never) : createHttpServer(handler);
  server.on(options.pki ? 'secureConnection' : 'connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // Node's own request and keep-alive timeouts would end a silence the test wants to last.
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  server.keepAliveTimeout = 0;
  const port = await listen(server);
  const host = `127.0.0.1:${port}`;
  origin = `${options.pki ? 'https' : 'http'}://${host}`;
  return { host, origin, requests, openConnections: () => sockets.size, bytesSent: () => sent, close: () => close(server) };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
  return true;
}

/** Only for requests whose path matches. */
export function on(path: RegExp, behaviour: Behaviour): Behaviour {
  return (req, res, url) => path.test(url.pathname) && behaviour(req, res, url);
}

/** Answers `status` with a distribution-spec error body. */
export function status(code: number, message = `fake status ${code}`): Behaviour {
  return (_req, res) => json(res, code, { errors: [{ code: 'UNKNOWN', message }] });
}

/** Sends back, in a 401 (or `code`) error body, the Authorization header it was sent — as a careless registry logs what it rejects. */
export function echoAuthorization(code = 401, challenge?: string): Behaviour {
  return (req, res) =>
    json(
      res,
      code,
      { errors: [{ code: 'UNAUTHORIZED', message: `bad auth header ${req.headers.authorization ?? '(none)'}` }] },
      challenge ? { 'www-authenticate': challenge } : {},
    );
}

/**
 * A body of `bytes` bytes of `fill`, streamed so the fake never holds it; with `declareLength`
 * the Content-Length header announces it (a client can refuse before reading).
 */
export function hugeBody(bytes: number, { code = 200, declareLength = false, contentType = 'application/json', fill = 'a' } = {}): Behaviour {
  return (_req, res) => {
    res.writeHead(code, { 'content-type': contentType, ...(declareLength ? { 'content-length': String(bytes) } : {}) });
    const chunk = Buffer.alloc(64 * 1024, fill);
    let left = bytes;
    const pump = () => {
      while (left > 0) {
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= piece.length;
        if (!res.write(piece)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => (left = 0));
    pump();
    return true;
  };
}

/** Reads the request and never answers. */
export function silence(): Behaviour {
  return () => true;
}

/** `behaviour`, answered only after `ms` (a registry that trickles its pages). */
export function slow(ms: number, behaviour: Behaviour): Behaviour {
  return async (req, res, url) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return behaviour(req, res, url);
  };
}
