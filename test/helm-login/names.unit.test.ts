/**
 * The defaults helm-login's engine falls back on (helm release, download URL, operation timeout) are
 * the ones action.yml documents (test/repo checks names.ts against action.yml for every action).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Defaults, Inputs } from '../../actions/helm-login/names.js';
import { DEFAULT_HELM_DOWNLOAD_URL, DEFAULT_HELM_VERSION } from '../../src/helm/install.js';
import { DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS } from '../../src/helm/registry.js';
import { readActionMetadata } from '../../src/runner/action-runner.js';
import { repoRoot } from '../helpers/paths.js';

const actionDir = join(repoRoot, 'actions', 'helm-login');

describe('helm-login defaults', () => {
  it("the engine's fallbacks are the documented defaults, and the helm it installs is the one helm-version names", async () => {
    const meta = await readActionMetadata(actionDir);
    expect(Defaults.HelmDownloadUrl).toBe(DEFAULT_HELM_DOWNLOAD_URL);
    expect(Defaults.Timeout).toBe(`${DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS / 60_000}m`);
    expect(DEFAULT_HELM_VERSION).toMatch(/^v4\./);
    expect(meta.inputs![Inputs.HelmVersion]!.description).toContain(`installs ${DEFAULT_HELM_VERSION}.`);
  });
});
