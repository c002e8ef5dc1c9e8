/**
 * Cold start: the committed helm-login bundle keeps the AWS SDK and google-auth-library out of the
 * entry chunks (ncc splits the dynamic imports into chunks loaded only for ECR or Google hosts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/paths.js';

const dist = join(repoRoot, 'dist', 'helm-login');
const MARKERS = {
  ecr: 'AmazonEC2ContainerRegistry_V20150921',
  ecrPublic: 'SpencerFrontendService',
  google: 'class GoogleAuth',
};

describe('helm-login bundle', () => {
  it('loads the cloud SDKs only from lazy chunks', () => {
    for (const entry of [join(dist, 'index.js'), join(dist, 'post', 'index.js')]) {
      const code = readFileSync(entry, 'utf8');
      for (const marker of Object.values(MARKERS)) expect(code.includes(marker), `${entry} contains ${marker}`).toBe(false);
    }
    const chunks = readdirSync(dist).filter((f) => /^\d+\.index\.js$/.test(f));
    for (const marker of Object.values(MARKERS))
      expect(
        chunks.filter((c) => readFileSync(join(dist, c), 'utf8').includes(marker)),
        marker,
      ).toHaveLength(1);
  });
});
