/**
 * The chalk-actions local test bed: a real Kubernetes control plane (etcd,
 * kube-apiserver, kube-controller-manager, kube-scheduler) with kwok-managed
 * fake nodes, an OCI registry with htpasswd auth over TLS holding the stand-in
 * charts, and PostgreSQL with pg_cron — all on 127.0.0.1, state in .testbed/.
 *
 * Processes run detached (logs in .testbed/logs/<name>.log, pids in
 * .testbed/run/<name>.pid), so the bed outlives the CLI / vitest process and
 * `up()` reuses a healthy bed in well under a second.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kubeHealthy, grantRestricted as grant, apiserverUrl, kwokStagesHash, startKube, RESTRICTED_NAMESPACE, RESTRICTED_USER } from './lib/kube.js';
import { BED_DIR, paths, ROOT, tmpBedDir, tool, toolVersions } from './lib/paths.js';
import { caCert } from './lib/pki.js';
import { PG_BOOTSTRAP_VERSION, PG_DATABASE, PG_NOCRON_DATABASE, PG_USER, pgReady, startPostgres } from './lib/postgres.js';
import { pidAlive, readPid, run, sleep, stopComponent } from './lib/proc.js';
import { chartIndex, chartsHash, pushCharts, registryHealthy, registryHost, startRegistry } from './lib/registry.js';
import { loadState, newState, saveState, type BedState } from './lib/state.js';

export { logTail } from './lib/proc.js';
export { helmEnv } from './lib/registry.js';

/** What the bed exports to tests, the demo and the shell (.testbed/env, .testbed/env.json). */
export interface TestbedEnv {
  /** Admin kubeconfig (client certificate in group system:masters). */
  KUBECONFIG: string;
  /** Kubeconfig of the restricted user `chalk-restricted` (default namespace chalk-metadata). */
  TESTBED_RESTRICTED_KUBECONFIG: string;
  /** User name of the restricted identity. */
  TESTBED_RESTRICTED_USER: string;
  /** https://127.0.0.1:<port> */
  TESTBED_APISERVER: string;
  /** Pinned Kubernetes version the API server reports, e.g. v1.34.4. */
  TESTBED_KUBERNETES_VERSION: string;
  /** CA that signed every server certificate in the bed (API server, registry, Postgres). */
  TESTBED_CA: string;
  /** Registry host:port (use as oci://<host:port>/charts/<name>). */
  TESTBED_REGISTRY: string;
  TESTBED_REGISTRY_USER: string;
  TESTBED_REGISTRY_PASSWORD: string;
  /** CA file for `helm ... --ca-file`. */
  TESTBED_REGISTRY_CA: string;
  /** oci://<host:port>/charts */
  TESTBED_CHARTS_OCI: string;
  /** JSON: { "<chart>": ["<v1>", "<v2>"], ... } pushed to the registry. */
  TESTBED_CHART_VERSIONS: string;
  PGHOST: string;
  PGPORT: string;
  PGUSER: string;
  PGPASSWORD: string;
  PGDATABASE: string;
  PGSSLMODE: string;
  PGSSLROOTCERT: string;
  /** Database where pg_cron is available but not installed (cron.database_name is chalk). */
  TESTBED_PG_NOCRON_DATABASE: string;
  TESTBED_PG_SUPERUSER: string;
  TESTBED_PG_SUPERUSER_PASSWORD: string;
  /** The default helm: Helm 4. */
  TESTBED_HELM: string;
  TESTBED_HELM3: string;
  TESTBED_HELM4: string;
  TESTBED_KUBECTL: string;
  TESTBED_ACTIONLINT: string;
  TESTBED_ACT: string;
  TESTBED_NODE24: string;
  /** Directory holding all pinned tools (.tools/bin). */
  TESTBED_TOOLS_BIN: string;
  /** The bed's directory (.testbed). */
  TESTBED_DIR: string;
}

export interface UpOptions {
  /** Print progress to stderr (the CLI does). */
  verbose?: boolean;
}

const LOCK_TIMEOUT_MS = 15 * 60_000;

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  mkdirSync(BED_DIR, { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      const fd = openSync(paths.lock, 'wx');
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(readFileSync(paths.lock, 'utf8').trim() || '0');
      if (!owner || !pidAlive(owner)) {
        rmSync(paths.lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`test bed: ${paths.lock} held by pid ${owner} for too long`);
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(paths.lock, { force: true });
  }
}

/**
 * Runs scripts/tools.sh (a no-op taking well under a second when every pinned tool
 * is cached; a cold build takes minutes) unless TESTBED_SKIP_TOOLS=1, then checks
 * that the binaries are there.
 */
async function ensureTools(say: (m: string) => void): Promise<void> {
  if (process.env.TESTBED_SKIP_TOOLS !== '1') {
    const t = Date.now();
    const r = await run('bash', [join(ROOT, 'scripts', 'tools.sh')], { timeoutMs: 60 * 60_000 });
    if (r.code !== 0) throw new Error(`test bed: scripts/tools.sh failed (exit ${r.code}):\n${r.stderr.split('\n').slice(-40).join('\n')}`);
    if (Date.now() - t > 5_000) say(`tools ready (${((Date.now() - t) / 1000).toFixed(0)}s)`);
  }
  const missing = ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubectl', 'kwok', 'helm', 'helm4']
    .map(tool)
    .filter((p) => !existsSync(p));
  if (missing.length) {
    throw new Error(`test bed: missing tools ${missing.join(', ')} — run \`bash scripts/tools.sh\` (npm run tools) first`);
  }
}

/** Hash of the pinned versions the running components were started with. */
const toolsHash = (): string =>
  createHash('sha256')
    .update(readFileSync(join(ROOT, 'scripts', 'tool-versions.env')))
    .digest('hex');

function buildEnv(s: BedState): TestbedEnv {
  const versions: Record<string, string[]> = {};
  for (const [name, c] of Object.entries(chartIndex())) versions[name] = c.versions;
  return {
    KUBECONFIG: paths.kubeconfig,
    TESTBED_RESTRICTED_KUBECONFIG: paths.restrictedKubeconfig,
    TESTBED_RESTRICTED_USER: RESTRICTED_USER,
    TESTBED_APISERVER: apiserverUrl(s),
    TESTBED_KUBERNETES_VERSION: toolVersions().KUBERNETES_VERSION ?? '',
    TESTBED_CA: caCert(),
    TESTBED_REGISTRY: registryHost(s),
    TESTBED_REGISTRY_USER: s.registryUser,
    TESTBED_REGISTRY_PASSWORD: s.registryPassword,
    TESTBED_REGISTRY_CA: caCert(),
    TESTBED_CHARTS_OCI: `oci://${registryHost(s)}/charts`,
    TESTBED_CHART_VERSIONS: JSON.stringify(versions),
    PGHOST: '127.0.0.1',
    PGPORT: String(s.ports.postgres),
    PGUSER: PG_USER,
    PGPASSWORD: s.pgPassword,
    PGDATABASE: PG_DATABASE,
    PGSSLMODE: 'verify-full',
    PGSSLROOTCERT: caCert(),
    TESTBED_PG_NOCRON_DATABASE: PG_NOCRON_DATABASE,
    TESTBED_PG_SUPERUSER: 'postgres',
    TESTBED_PG_SUPERUSER_PASSWORD: s.pgSuperPassword,
    TESTBED_HELM: tool('helm'),
    TESTBED_HELM3: tool('helm3'),
    TESTBED_HELM4: tool('helm4'),
    TESTBED_KUBECTL: tool('kubectl'),
    TESTBED_ACTIONLINT: tool('actionlint'),
    TESTBED_ACT: tool('act'),
    TESTBED_NODE24: tool('node24'),
    TESTBED_TOOLS_BIN: join(tool('.')),
    TESTBED_DIR: BED_DIR,
  };
}

const shQuote = (v: string): string => `'${v.replace(/'/g, `'\\''`)}'`;

function writeEnv(env: TestbedEnv): void {
  const lines = ['# chalk-actions test bed — source this file (generated by testbed/cli.ts up)'];
  for (const [k, v] of Object.entries(env)) lines.push(`export ${k}=${shQuote(v)}`);
  writeFileSync(paths.env, `${lines.join('\n')}\n`, { mode: 0o600 });
  writeFileSync(paths.envJson, `${JSON.stringify(env, null, 2)}\n`, { mode: 0o600 });
}

/** True if every component is running and healthy (the fast path of up()). */
async function healthy(s: BedState): Promise<boolean> {
  const [kube, reg, pg] = await Promise.all([kubeHealthy(s).catch(() => false), registryHealthy(s).catch(() => false), pgReady(s).catch(() => false)]);
  return (
    kube &&
    reg &&
    pg &&
    s.pgBootstrap === PG_BOOTSTRAP_VERSION &&
    s.toolsHash === toolsHash() &&
    s.chartsHash === chartsHash() &&
    s.kwokStagesHash === kwokStagesHash()
  );
}

/**
 * Starts the bed, or reuses it when it is already up and healthy, and writes
 * .testbed/env and .testbed/env.json. Throws with the failing component's log
 * tail if something does not become healthy in time.
 */
export async function up(opts: UpOptions = {}): Promise<TestbedEnv> {
  const say = (m: string): void => {
    if (opts.verbose) process.stderr.write(`[testbed] ${m}\n`);
  };
  return withLock(async () => {
    await ensureTools(say);
    for (const d of [paths.logs, paths.run, paths.data, paths.config]) mkdirSync(d, { recursive: true });
    let s = loadState();
    if (s && s.toolsHash !== undefined && s.toolsHash !== toolsHash()) {
      say('pinned tool versions changed: restarting the components');
      await stopAll();
    }
    if (s && (await healthy(s))) {
      say('reusing the running test bed');
      const env = buildEnv(s);
      writeEnv(env);
      return env;
    }
    if (!s) {
      s = await newState();
      saveState(s);
    }
    const state = s;
    state.toolsHash = toolsHash();
    const { ensureCa } = await import('./lib/pki.js');
    await ensureCa();
    const t0 = Date.now();
    const step = async (name: string, fn: () => Promise<void>): Promise<void> => {
      const t = Date.now();
      await fn();
      say(`${name} ready (${((Date.now() - t) / 1000).toFixed(1)}s)`);
    };
    // Let every component finish (or fail) before reporting, so state stays consistent.
    const results = await Promise.allSettled([
      step('kubernetes', () => startKube(state)),
      step('registry + charts', async () => {
        await startRegistry(state);
        await pushCharts(state);
      }),
      step('postgres', () => startPostgres(state)),
    ]);
    saveState(state);
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (failed.length) {
      throw new Error(failed.map((e) => (e instanceof Error ? e.message : String(e))).join('\n\n'));
    }
    say(`test bed up in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    const env = buildEnv(state);
    writeEnv(env);
    return env;
  });
}

/** The env of a bed that was brought up (does not check health), or undefined. */
export function readEnv(): TestbedEnv | undefined {
  if (!existsSync(paths.envJson)) return undefined;
  try {
    return JSON.parse(readFileSync(paths.envJson, 'utf8')) as TestbedEnv;
  } catch {
    return undefined;
  }
}

/** True if the bed is running and healthy. */
export async function isUp(): Promise<boolean> {
  const s = loadState();
  return s !== undefined && (await healthy(s));
}

const COMPONENTS: [name: string, exe: string, signal: NodeJS.Signals][] = [
  ['kwok', 'kwok', 'SIGTERM'],
  ['kube-scheduler', 'kube-scheduler', 'SIGTERM'],
  ['kube-controller-manager', 'kube-controller-manager', 'SIGTERM'],
  ['kube-apiserver', 'kube-apiserver', 'SIGTERM'],
  ['etcd', 'etcd', 'SIGTERM'],
  ['registry', 'docker-registry', 'SIGTERM'],
  ['postgres', 'postgres', 'SIGINT'],
];

async function stopAll(): Promise<void> {
  const stop = (names: string[]): Promise<void[]> =>
    Promise.all(COMPONENTS.filter(([n]) => names.includes(n)).map(([n, exe, sig]) => stopComponent(n, exe, sig)));
  // Kubernetes in dependency order (an apiserver whose etcd is gone stalls on shutdown).
  const kube = (async (): Promise<void> => {
    await stop(['kwok', 'kube-scheduler', 'kube-controller-manager']);
    await stop(['kube-apiserver']);
    await stop(['etcd']);
  })();
  await Promise.all([kube, stop(['registry', 'postgres'])]);
}

/** Stops every component and removes the bed's data (.testbed and its temp dir). */
export async function down(): Promise<void> {
  if (!existsSync(BED_DIR)) return;
  await withLock(stopAll);
  // Leave nothing behind; a stale pid file would point at someone else's process later.
  const leftovers = COMPONENTS.map(([name]) => readPid(name)).filter((p): p is number => p !== undefined && pidAlive(p));
  if (leftovers.length) throw new Error(`test bed: processes still running: ${leftovers.join(', ')}`);
  rmSync(BED_DIR, { recursive: true, force: true });
  rmSync(tmpBedDir(), { recursive: true, force: true });
}

/**
 * Grants the restricted identity get/list on pods and secrets in `namespace`
 * (default chalk-metadata). The namespace must exist; tests create their own.
 */
export async function grantRestricted(namespace: string = RESTRICTED_NAMESPACE): Promise<void> {
  await grant(namespace);
}

export { BED_DIR as TESTBED_DIR } from './lib/paths.js';
