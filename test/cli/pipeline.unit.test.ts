/** The pipeline file: steps in order, defaults for the steps that declare them, ${VAR} from the environment, located errors. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPipeline, PipelineError } from '../../src/cli/pipeline.js';
import { repoRoot } from '../helpers/paths.js';

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'chalk-pipeline-')), 'chalk-actions.yml');
  writeFileSync(path, text);
  return path;
}

describe('loadPipeline', () => {
  it('orders the steps, shares defaults with the steps that declare them and substitutes ${VAR}', () => {
    const path = file(`environments:
  dev:
    defaults:
      values-files: [values.yaml, values-dev.yaml]
      namespace: chalk-metadata
    helm-login:
      registries: registry.test
      password: \${REGISTRY_PASSWORD}
    preflight:
      checks: config
`);
    const p = loadPipeline(path, 'dev', { REGISTRY_PASSWORD: 's3cret-value' }, repoRoot);
    expect(p.steps.map((s) => s.action)).toEqual(['preflight', 'helm-login']);
    expect(p.steps[0]!.inputs).toEqual({ 'values-files': 'values.yaml\nvalues-dev.yaml', namespace: 'chalk-metadata', checks: 'config' });
    expect(p.steps[1]!.inputs).toEqual({ registries: 'registry.test', password: 's3cret-value' });
  });

  it('reads a step that shares its inputs through a YAML anchor', () => {
    const path = file(`environments:
  dev:
    helm-login: &login
      registries: registry.test
  prod:
    helm-login: *login
`);
    expect(loadPipeline(path, 'prod', {}, repoRoot).steps).toEqual([
      { title: 'Log in to the chart registry', action: 'helm-login', inputs: { registries: 'registry.test' } },
    ]);
  });

  it.each([
    ['environments:\n  dev:\n    preflight:\n      nope: 1\n', 'dev', ':4: preflight has no input "nope".'],
    ['environments:\n  dev:\n    deploy: {}\n', 'dev', ':3: environments.dev.deploy is not a step.'],
    ['environments:\n  dev:\n    preflight: {}\n', 'prod', ':2: has no environment "prod". Fix: Use one of: dev, or add it.'],
    [
      'environments:\n  dev:\n    helm-login:\n      password: ${MISSING}\n',
      'dev',
      ':4: environments.dev.helm-login.password uses ${MISSING}, which is not set',
    ],
    ['environments:\n  dev:\n    preflight: [\n', 'dev', 'not valid YAML'],
  ])('locates the mistake: %j', (text, env, message) => {
    const path = file(text);
    expect(() => loadPipeline(path, env, {}, repoRoot)).toThrow(PipelineError);
    expect(() => loadPipeline(path, env, {}, repoRoot)).toThrow(
      `${path}${message.startsWith(':') ? '' : ':'}`.replace(/:$/, '') + (message.startsWith(':') ? message : ''),
    );
  });
});
