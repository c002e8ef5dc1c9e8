import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (the directory holding package.json). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Everything the bed writes lives here (git-ignored). Override with TESTBED_DIR. */
export const BED_DIR = resolve(process.env.TESTBED_DIR ?? join(ROOT, '.testbed'));
export const TOOLS_BIN = join(ROOT, '.tools', 'bin');

export const paths = {
  state: join(BED_DIR, 'state.json'),
  env: join(BED_DIR, 'env'),
  envJson: join(BED_DIR, 'env.json'),
  lock: join(BED_DIR, 'up.lock'),
  logs: join(BED_DIR, 'logs'),
  run: join(BED_DIR, 'run'),
  pki: join(BED_DIR, 'pki'),
  data: join(BED_DIR, 'data'),
  config: join(BED_DIR, 'config'),
  helm: join(BED_DIR, 'helm'),
  packages: join(BED_DIR, 'charts'),
  kubeconfig: join(BED_DIR, 'kubeconfig'),
  restrictedKubeconfig: join(BED_DIR, 'kubeconfig-restricted'),
  kwokStages: join(ROOT, 'testbed', 'kwok', 'stages.yaml'),
  charts: join(ROOT, 'testbed', 'charts'),
} as const;

export const logFile = (name: string): string => join(paths.logs, `${name}.log`);
export const pidFile = (name: string): string => join(paths.run, `${name}.pid`);

/** A short, per-checkout directory under the OS temp dir (fallback for the Postgres data dir). */
export const tmpBedDir = (): string => join(tmpdir(), `chalk-testbed-${createHash('sha256').update(BED_DIR).digest('hex').slice(0, 10)}`);

export type ToolVersions = Record<string, string>;

/** Parses scripts/tool-versions.env (KEY=value lines). */
export function toolVersions(): ToolVersions {
  const text = readFileSync(join(ROOT, 'scripts', 'tool-versions.env'), 'utf8');
  const out: ToolVersions = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1).replace(/^["']|["']$/g, '');
  }
  return out;
}

export const tool = (name: string): string => join(TOOLS_BIN, name);
