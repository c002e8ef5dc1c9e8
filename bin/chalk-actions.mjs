#!/usr/bin/env node
// chalk-actions: runs the toolkit's committed bundles from a terminal (see docs/cli.md).
import { fileURLToPath } from 'node:url';
import { cli } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const controller = new AbortController();
let interrupts = 0;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    // The first Ctrl-C cancels as GitHub does (the step gets SIGINT, then SIGTERM, then a kill) and post steps
    // still run; a third one leaves at once.
    if (++interrupts >= 3) process.exit(130);
    controller.abort();
  });
}
process.exitCode = await cli(process.argv.slice(2), {
  root,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
});
