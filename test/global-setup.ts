/**
 * vitest globalSetup: brings the local test bed up (or reuses a running one) and
 * hands its env to the tests via `inject('testbed')` and process.env.
 *
 * If the bed cannot start, setup throws and the whole run fails with the reason
 * (never a silent skip). The bed is left running for the next run unless
 * TESTBED_TEARDOWN=1.
 */
import type { TestProject } from 'vitest/node';
import { down, up, type TestbedEnv } from '../testbed/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testbed: TestbedEnv;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const t0 = Date.now();
  const env = await up({ verbose: process.env.TESTBED_QUIET !== '1' });
  for (const [k, v] of Object.entries(env)) process.env[k] = v;
  project.provide('testbed', env);
  process.stderr.write(`[testbed] ready in ${((Date.now() - t0) / 1000).toFixed(1)}s (${env.TESTBED_APISERVER})\n`);
  return async () => {
    if (process.env.TESTBED_TEARDOWN === '1') await down();
  };
}
