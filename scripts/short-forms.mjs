// The short reference form `uses: org/chalk-actions/<name>@v1` (the layout of multi-action repositories
// such as github/codeql-action's init/): a root-level <name>/action.yml generated from
// actions/<name>/action.yml, running the same bundle. A test checks the files never drift.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The root-level action.yml for `name`, from the text of actions/<name>/action.yml. */
export function shortFormText(name, source) {
  return (
    `# Generated from actions/${name}/action.yml by scripts/build.mjs (npm run build): edit that file, not this one.\n` +
    `# The short form of uses: org/chalk-actions/actions/${name}@v1, running the same bundle.\n` +
    source.replaceAll('../../dist/', '../dist/')
  );
}

export async function writeShortForms(root, names) {
  for (const name of names) {
    const source = await readFile(join(root, 'actions', name, 'action.yml'), 'utf8');
    await mkdir(join(root, name), { recursive: true });
    await writeFile(join(root, name, 'action.yml'), shortFormText(name, source));
  }
}
