/**
 * A TLS server that completes the handshake, reads the request and never answers: the registry
 * that makes helm (which sets no response timeout of its own) wait until the job's 6-hour limit.
 */
import { createServer } from 'node:https';
import type { Socket } from 'node:net';
import { close, listen } from './http.js';
import type { TestPki } from './tls.js';

export interface SilentServer {
  host: string;
  /** Requests received (method and path), none of them ever answered. */
  requests: string[];
  /** Connections still open: the client gave up on none of them while this is above 0. */
  openConnections(): number;
  close(): Promise<void>;
}

export async function startSilentServer(pki: TestPki): Promise<SilentServer> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer({ cert: pki.cert, key: pki.key }, (req) => {
    requests.push(`${req.method ?? ''} ${req.url ?? ''}`);
  });
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // No keep-alive or request timeouts from node's side: the silence must be the server's choice alone.
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  server.keepAliveTimeout = 0;
  const port = await listen(server as never);
  return { host: `127.0.0.1:${port}`, requests, openConnections: () => sockets.size, close: () => close(server as never) };
}
