import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { paths, tool } from './paths.js';
import { caCert, ensureCert, get, pkiFile } from './pki.js';
import { componentAlive, runOk, startDetached, waitFor } from './proc.js';
import type { BedState } from './state.js';

export const REGISTRY_BIN = '/usr/bin/docker-registry';
export const registryHost = (s: BedState): string => `127.0.0.1:${s.ports.registry}`;

export async function registryHealthy(s: BedState): Promise<boolean> {
  const url = `https://${registryHost(s)}/v2/`;
  const anon = await get(url, { ca: caCert() });
  if (anon.status !== 401) return false;
  const authed = await get(url, { ca: caCert(), auth: `${s.registryUser}:${s.registryPassword}` });
  return authed.status === 200;
}

/** CNCF distribution (Debian's docker-registry) with htpasswd (bcrypt) auth over TLS. */
export async function startRegistry(s: BedState): Promise<void> {
  if (componentAlive('registry', 'docker-registry') && (await registryHealthy(s).catch(() => false))) return;
  const { cert, key } = await ensureCert({
    name: 'registry',
    cn: 'chalk-testbed-registry',
    usage: 'server',
    sans: ['IP:127.0.0.1', 'DNS:localhost'],
  });
  const dir = join(paths.data, 'registry');
  mkdirSync(dir, { recursive: true });
  mkdirSync(paths.config, { recursive: true });
  const htpasswd = join(paths.config, 'registry.htpasswd');
  const hp = await runOk('htpasswd', ['-nbB', '-C', '10', s.registryUser, s.registryPassword]);
  writeFileSync(htpasswd, hp.stdout, { mode: 0o600 });
  const config = join(paths.config, 'registry.yml');
  writeFileSync(
    config,
    stringify({
      version: 0.1,
      log: { level: 'info', fields: { service: 'registry' } },
      storage: { filesystem: { rootdirectory: dir }, delete: { enabled: true }, cache: { blobdescriptor: 'inmemory' } },
      http: {
        addr: registryHost(s),
        secret: s.registryPassword,
        tls: { certificate: cert, key },
        headers: { 'X-Content-Type-Options': ['nosniff'] },
      },
      auth: { htpasswd: { realm: 'chalk-testbed-registry', path: htpasswd } },
    }),
  );
  const p = startDetached('registry', REGISTRY_BIN, ['serve', config]);
  await waitFor('registry /v2/ (401 anonymous, 200 with credentials)', () => registryHealthy(s), {
    timeoutMs: 30_000,
    proc: p,
    log: 'registry',
  });
}

interface ChartIndex {
  [name: string]: { versions: string[]; namespace?: string };
}

export function chartIndex(): ChartIndex {
  return JSON.parse(readFileSync(join(paths.charts, 'charts.json'), 'utf8')) as ChartIndex;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

export function chartsHash(): string {
  const h = createHash('sha256');
  for (const f of walk(paths.charts)) {
    h.update(relative(paths.charts, f));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}

/** Environment for helm with all its state under .testbed/helm (never the user's ~/.config/helm). */
export function helmEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HELM_REGISTRY_CONFIG: join(paths.helm, 'registry', 'config.json'),
    HELM_REPOSITORY_CONFIG: join(paths.helm, 'repositories.yaml'),
    HELM_REPOSITORY_CACHE: join(paths.helm, 'cache', 'repository'),
    HELM_CACHE_HOME: join(paths.helm, 'cache'),
    HELM_CONFIG_HOME: join(paths.helm, 'config'),
    HELM_DATA_HOME: join(paths.helm, 'data'),
    KUBECONFIG: paths.kubeconfig,
  };
}

/** Packages every stand-in chart in each listed version and pushes it to oci://<registry>/charts/<name>. */
export async function pushCharts(s: BedState): Promise<void> {
  const hash = chartsHash();
  if (s.chartsHash === hash) return;
  const env = helmEnv();
  const helm = tool('helm');
  mkdirSync(paths.packages, { recursive: true });
  await runOk(helm, ['registry', 'login', registryHost(s), '--username', s.registryUser, '--password-stdin', '--ca-file', caCert()], {
    env,
    input: s.registryPassword,
  });
  const jobs: { name: string; version: string }[] = [];
  for (const [name, { versions }] of Object.entries(chartIndex())) {
    for (const version of versions) jobs.push({ name, version });
  }
  const worker = async (): Promise<void> => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const args = ['package', join(paths.charts, job.name), '--version', job.version, '-d', paths.packages];
      // The metadata-plane stand-in tracks its chart version as appVersion (like Chalk's chart).
      if (job.name === 'chalk-metadata-plane') args.push('--app-version', job.version);
      await runOk(helm, args, { env });
      const tgz = join(paths.packages, `${job.name}-${job.version}.tgz`);
      await runOk(helm, ['push', tgz, `oci://${registryHost(s)}/charts`, '--ca-file', caCert()], { env });
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  s.chartsHash = hash;
}

export const registryCa = (): string => pkiFile('ca.crt');
