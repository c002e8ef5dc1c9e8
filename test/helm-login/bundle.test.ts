/**
 * Cold start: helm-login loads the cloud SDKs only for hosts that need them. A load hook (passed to
 * the step's Node through NODE_OPTIONS) records every module file the bundle loads; a login to a
 * plain registry must load no chunk holding the AWS SDK or google-auth-library, and an ECR login
 * (the control, so the check can fail) loads the ECR client's chunk.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runBundled } from '../helpers/action.js';
import { repoRoot } from '../helpers/paths.js';
import { startEcrServer, type FakeEcr } from '../fakes/ecr-server.js';
import { bed } from '../fakes/steps.js';

const MARKERS = { ecr: 'AmazonEC2ContainerRegistry_V20150921', ecrPublic: 'SpencerFrontendService', google: 'class GoogleAuth' };
const HOOK = `import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
registerHooks({ load(url, context, next) { appendFileSync(process.env.CHALK_LOADED_LOG, url + '\\n'); return next(url, context); } });
`;

let ecr: FakeEcr | undefined;
afterEach(async () => {
  await ecr?.close();
  ecr = undefined;
});

/** Runs helm-login with the load hook; returns which SDK markers the loaded bundle files hold. */
async function sdksLoaded(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'chalk-loads-'));
  await writeFile(join(dir, 'hook.mjs'), HOOK);
  const log = join(dir, 'loaded.txt');
  const run = await runBundled('helm-login', {
    workspace: dir,
    post: false,
    env: { ...env, NODE_OPTIONS: `--import=${pathToFileURL(join(dir, 'hook.mjs')).href}`, CHALK_LOADED_LOG: log },
    inputs,
  });
  expect(run.main.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  const dist = process.env.CHALK_ACTIONS_DIST || join(repoRoot, 'dist');
  const files = [...new Set((await readFile(log, 'utf8')).split('\n'))]
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u))
    .filter((f) => f.startsWith(dist) && existsSync(f));
  expect(files.length).toBeGreaterThan(1);
  const found = new Set<string>();
  for (const f of files) {
    const code = await readFile(f, 'utf8');
    for (const [sdk, marker] of Object.entries(MARKERS)) if (code.includes(marker)) found.add(sdk);
  }
  return [...found].sort();
}

describe('helm-login bundle', () => {
  it('a plain registry login loads no cloud SDK; an ECR login loads the ECR client only', async () => {
    const b = bed();
    const login = { registries: b.registry, 'ca-file': b.ca };
    expect(await sdksLoaded({ ...login, username: b.user, password: b.password })).toEqual([]);
    ecr = await startEcrServer({ token: `${b.user}:${b.password}`, proxyEndpoint: `https://${b.registry}` });
    const aws = { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret-key-example', AWS_EC2_METADATA_DISABLED: 'true' };
    expect(
      await sdksLoaded({ ...login, provider: 'ecr', 'aws-account-id': '754784422779', 'aws-region': 'us-east-1' }, { ...aws, AWS_ENDPOINT_URL_ECR: ecr.url }),
    ).toEqual(['ecr']);
  });
});
