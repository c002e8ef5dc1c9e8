/**
 * For the hostile-input harness: inputs that make each action run its real path quickly on the test bed,
 * so a hostile value in any one input meets the code that reads it. An action with no entry here runs on
 * its action.yml defaults alone (new actions are still covered; add a baseline to reach deeper).
 */
import { join } from 'node:path';
import type { TestbedEnv } from '../../testbed/index.js';
import { repoRoot } from '../helpers/paths.js';

export type Baseline = (bed: TestbedEnv, workspace: string) => Record<string, string>;

export const BASELINES: Record<string, Baseline> = {
  preflight: () => ({ 'values-files': 'values.yaml', 'seed-file': 'seed.yaml', checks: 'config', 'check-timeout': '10s' }),
  'helm-login': (bed) => ({
    registries: bed.TESTBED_REGISTRY,
    username: bed.TESTBED_REGISTRY_USER,
    password: bed.TESTBED_REGISTRY_PASSWORD,
    'ca-file': bed.TESTBED_REGISTRY_CA,
    timeout: '10s',
  }),
  // The stand-in chart from the repository, and a release that is not installed: the whole check, in seconds.
  'drift-check': () => ({
    chart: join(repoRoot, 'testbed', 'charts', 'chalk-metadata-plane'),
    release: 'hostile-drift',
    namespace: 'hostile-drift',
    'values-files': 'values.yaml',
    'seed-file': 'seed.yaml',
    timeout: '20s',
  }),
};
