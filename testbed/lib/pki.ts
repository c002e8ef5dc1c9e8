import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { paths } from './paths.js';
import { runOk } from './proc.js';

const OPENSSL = 'openssl';
const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

export const pkiFile = (name: string): string => join(paths.pki, name);
export const caCert = (): string => pkiFile('ca.crt');

export interface CertSpec {
  name: string;
  cn: string;
  org?: string;
  sans?: string[];
  usage: 'server' | 'client' | 'both';
}

/** The test bed's private CA (kube-apiserver, client certs, registry, Postgres). Created once. */
export async function ensureCa(): Promise<void> {
  mkdirSync(paths.pki, { recursive: true, mode: 0o700 });
  if (existsSync(pkiFile('ca.crt')) && existsSync(pkiFile('ca.key'))) return;
  await runOk(OPENSSL, [
    'req',
    '-x509',
    ...EC,
    '-keyout',
    pkiFile('ca.key'),
    '-out',
    pkiFile('ca.crt'),
    '-days',
    '3650',
    '-subj',
    '/CN=chalk-actions-testbed-ca',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign,digitalSignature',
  ]);
}

/** Issues <name>.crt/<name>.key signed by the CA unless present. */
export async function ensureCert(spec: CertSpec): Promise<{ cert: string; key: string }> {
  const cert = pkiFile(`${spec.name}.crt`);
  const key = pkiFile(`${spec.name}.key`);
  if (existsSync(cert) && existsSync(key)) return { cert, key };
  const subj = `/CN=${spec.cn}${spec.org ? `/O=${spec.org}` : ''}`;
  const eku = spec.usage === 'server' ? 'serverAuth' : spec.usage === 'client' ? 'clientAuth' : 'serverAuth,clientAuth';
  const args = [
    'req',
    '-new',
    ...EC,
    '-keyout',
    key,
    '-out',
    cert,
    '-days',
    '3650',
    '-subj',
    subj,
    '-CA',
    pkiFile('ca.crt'),
    '-CAkey',
    pkiFile('ca.key'),
    '-addext',
    'basicConstraints=critical,CA:FALSE',
    '-addext',
    'keyUsage=critical,digitalSignature,keyEncipherment',
    '-addext',
    `extendedKeyUsage=${eku}`,
  ];
  if (spec.sans?.length) args.push('-addext', `subjectAltName=${spec.sans.join(',')}`);
  await runOk(OPENSSL, args);
  return { cert, key };
}

/** Service-account token signing key pair (EC P-256). */
export async function ensureServiceAccountKey(): Promise<{ key: string; pub: string }> {
  const key = pkiFile('sa.key');
  const pub = pkiFile('sa.pub');
  if (!existsSync(key) || !existsSync(pub)) {
    await runOk(OPENSSL, ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key]);
    await runOk(OPENSSL, ['pkey', '-in', key, '-pubout', '-out', pub]);
  }
  return { key, pub };
}

export interface HttpResult {
  status: number;
  body: string;
}

export interface TlsClient {
  ca?: string;
  cert?: string;
  key?: string;
  /** Basic auth "user:password". */
  auth?: string;
  /** Skip server verification (only for the local components' self-signed health ports). */
  insecure?: boolean;
}

/** GET over https (or http) with optional client cert / basic auth; never throws on HTTP status. */
export function get(url: string, tls: TlsClient = {}, timeoutMs = 5_000): Promise<HttpResult> {
  return new Promise((resolvePromise, reject) => {
    const u = new URL(url);
    const headers: Record<string, string> = {};
    if (tls.auth) headers.authorization = `Basic ${Buffer.from(tls.auth).toString('base64')}`;
    const cb = (res: import('node:http').IncomingMessage): void => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    };
    const req =
      u.protocol === 'http:'
        ? httpRequest(u, { method: 'GET', headers, timeout: timeoutMs }, cb)
        : request(
            u,
            {
              method: 'GET',
              headers,
              timeout: timeoutMs,
              ca: tls.ca ? readFileSync(tls.ca) : undefined,
              cert: tls.cert ? readFileSync(tls.cert) : undefined,
              key: tls.key ? readFileSync(tls.key) : undefined,
              rejectUnauthorized: !tls.insecure,
            },
            cb,
          );
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs}ms`)));
    req.on('error', reject);
    req.end();
  });
}
