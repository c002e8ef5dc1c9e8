/**
 * helm-login's input and output name constants must be exactly what action.yml declares (the
 * README tables are generated from action.yml and checked by test/repo.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Inputs, Outputs } from '../actions/helm-login/names.js';
import { readActionMetadata } from '../src/runner/action-runner.js';
import { repoRoot } from './helpers/paths.js';

describe('helm-login names', () => {
  it('match the inputs and outputs in action.yml', async () => {
    const meta = await readActionMetadata(join(repoRoot, 'actions', 'helm-login'));
    expect(Object.values(Inputs).sort()).toEqual(Object.keys(meta.inputs!).sort());
    expect(Object.values(Outputs).sort()).toEqual(Object.keys(meta.outputs!).sort());
  });
});
