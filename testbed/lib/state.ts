import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { paths } from './paths.js';
import { freePort } from './proc.js';

/** Persistent facts about the bed (ports, generated passwords), kept across `up` runs. */
export interface BedState {
  version: 1;
  createdAt: string;
  ports: {
    etcd: number;
    etcdPeer: number;
    apiserver: number;
    controllerManager: number;
    scheduler: number;
    kwok: number;
    registry: number;
    postgres: number;
  };
  registryUser: string;
  registryPassword: string;
  pgSuperPassword: string;
  pgPassword: string;
  /** Postgres data directory (under .testbed unless the postgres user cannot reach it). */
  pgDataDir?: string;
  /** Version of the idempotent Postgres bootstrap last applied (see postgres.ts). */
  pgBootstrap?: number;
  /** Hash of testbed/charts when the charts were last pushed. */
  chartsHash?: string;
  /** Hash of scripts/tool-versions.env when the components were started. */
  toolsHash?: string;
  /** Hash of the bootstrap manifest (nodes, StorageClass, RBAC) last applied. */
  kubeBootstrapHash?: string;
  /** Hash of testbed/kwok/stages.yaml the running kwok was started with. */
  kwokStagesHash?: string;
  /** Hash of each component's command line when it was started (a change restarts it). */
  args?: Record<string, string>;
}

const secret = (): string => randomBytes(18).toString('hex');

export function loadState(): BedState | undefined {
  if (!existsSync(paths.state)) return undefined;
  try {
    const s = JSON.parse(readFileSync(paths.state, 'utf8')) as BedState;
    return s.version === 1 ? s : undefined;
  } catch {
    return undefined;
  }
}

export function saveState(s: BedState): void {
  writeFileSync(paths.state, `${JSON.stringify(s, null, 2)}\n`, { mode: 0o600 });
}

export async function newState(): Promise<BedState> {
  const used = new Set<number>();
  const port = async (): Promise<number> => {
    for (;;) {
      const p = await freePort();
      if (!used.has(p)) {
        used.add(p);
        return p;
      }
    }
  };
  return {
    version: 1,
    createdAt: new Date().toISOString(),
    ports: {
      etcd: await port(),
      etcdPeer: await port(),
      apiserver: await port(),
      controllerManager: await port(),
      scheduler: await port(),
      kwok: await port(),
      registry: await port(),
      postgres: await port(),
    },
    registryUser: 'chalk-testbed',
    registryPassword: secret(),
    pgSuperPassword: secret(),
    pgPassword: secret(),
  };
}
