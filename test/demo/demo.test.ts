/** `npm run demo`'s pipeline works against the test bed (the README's first command). */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';

it('runs preflight, helm-login (with its post logout) and the cluster preflight as one job', { timeout: 180_000 }, async () => {
  const { stdout } = await promisify(execFile)(join(repoRoot, 'node_modules', '.bin', 'tsx'), [join(repoRoot, 'scripts', 'demo.ts')], {
    cwd: repoRoot,
    maxBuffer: 16 << 20,
  });
  expect(stdout.match(/^✔ .*$/gm)).toHaveLength(3);
  expect(stdout).toContain('post steps done; pipeline passed');
  expect(stdout).not.toContain(process.env.TESTBED_REGISTRY_PASSWORD!);
  expect(stdout).not.toContain(process.env.PGPASSWORD!);
});
