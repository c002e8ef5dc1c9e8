/**
 * helm-login's end-to-end tests run on both helm majors: the bed's helm of each is put first on the
 * step's PATH (with only the system tools after it), and its release is the one the tool-cache install pins.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helmOf, type HelmMajor } from '../helpers/helm.js';
import { repoRoot } from '../helpers/paths.js';

export { HELM_MAJORS, helmOf, type HelmMajor } from '../helpers/helm.js';

/** System tools only (tar, which the tool-cache install needs): no helm. */
export const NO_HELM_PATH = '/usr/bin:/bin';

const pins = Object.fromEntries(
  readFileSync(join(repoRoot, 'scripts', 'tool-versions.env'), 'utf8')
    .split('\n')
    .map((l) => /^(\w+)=(.*)$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, m[2]!]),
);

/** The release the bed's helm of `major` is (scripts/tool-versions.env). */
export function helmRelease(major: HelmMajor): string {
  const v = pins[`HELM${major}_VERSION`];
  if (!v) throw new Error(`scripts/tool-versions.env has no HELM${major}_VERSION`);
  return v;
}

/** A PATH whose helm is the bed's helm of `major`. */
export async function pathWithHelm(major: HelmMajor): Promise<string> {
  const bin = await mkdtemp(join(tmpdir(), `chalk-helm${major}-`));
  await symlink(helmOf(major), join(bin, 'helm'));
  return `${bin}:${NO_HELM_PATH}`;
}
