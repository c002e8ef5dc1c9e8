import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixtures = join(repoRoot, 'test', 'fixtures');

/** The Node 24 binary the bundles run under, as on GitHub's runners. Never falls back to another Node. */
export function node24(): string {
  const candidate = process.env.TESTBED_NODE24 || join(repoRoot, '.tools', 'bin', 'node24');
  if (!existsSync(candidate)) throw new Error(`Node 24 not found at ${candidate}: run \`npm run tools\` first.`);
  return candidate;
}
