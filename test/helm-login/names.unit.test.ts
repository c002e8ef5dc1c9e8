/**
 * helm-login's input/output name constants are exactly what action.yml declares (the README's
 * tables and example workflow are checked against action.yml by test/repo.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Inputs, Outputs } from '../actions/helm-login/names.js';
import { readActionMetadata } from '../src/runner/action-runner.js';
import { repoRoot } from './helpers/paths.js';

const actionDir = join(repoRoot, 'actions', 'helm-login');

describe('helm-login names and docs', () => {
  it('the name constants match the inputs and outputs in action.yml', async () => {
    const meta = await readActionMetadata(actionDir);
    expect(Object.values(Inputs).sort()).toEqual(Object.keys(meta.inputs!).sort());
    expect(Object.values(Outputs).sort()).toEqual(Object.keys(meta.outputs!).sort());
  });
});
