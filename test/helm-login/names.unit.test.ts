/**
 * helm-login's names and defaults are exactly what action.yml declares, and the defaults the engine
 * falls back on (helm release, download URL, operation timeout) are the ones action.yml documents.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Defaults, Inputs, Outputs } from '../../actions/helm-login/names.js';
import { DEFAULT_HELM_DOWNLOAD_URL, DEFAULT_HELM_VERSION } from '../../src/helm/install.js';
import { DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS } from '../../src/helm/registry.js';
import { readActionMetadata } from '../../src/runner/action-runner.js';
import { repoRoot } from '../helpers/paths.js';

const actionDir = join(repoRoot, 'actions', 'helm-login');

describe('helm-login names and defaults', () => {
  it('the name constants and defaults match action.yml', async () => {
    const meta = await readActionMetadata(actionDir);
    expect(Object.values(Inputs).sort()).toEqual(Object.keys(meta.inputs!).sort());
    expect(Object.values(Outputs).sort()).toEqual(Object.keys(meta.outputs!).sort());
    const declared = Object.fromEntries(
      Object.entries(meta.inputs!).flatMap(([name, spec]) => (spec.default === undefined ? [] : [[name, String(spec.default)]])),
    );
    const constants = Object.fromEntries(Object.entries(Defaults).map(([key, value]) => [Inputs[key as keyof typeof Defaults], value]));
    expect(constants).toEqual(declared);
  });

  it("the engine's fallbacks are the documented defaults, and the helm it installs is the one helm-version names", async () => {
    const meta = await readActionMetadata(actionDir);
    expect(Defaults.HelmDownloadUrl).toBe(DEFAULT_HELM_DOWNLOAD_URL);
    expect(Defaults.Timeout).toBe(`${DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS / 60_000}m`);
    expect(DEFAULT_HELM_VERSION).toMatch(/^v4\./);
    expect(meta.inputs![Inputs.HelmVersion]!.description).toContain(`installs ${DEFAULT_HELM_VERSION}.`);
  });
});
