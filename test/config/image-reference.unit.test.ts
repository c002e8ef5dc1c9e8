/** Image references checked against the grammar of the distribution project's `reference` package. */
import { describe, expect, it } from 'vitest';
import { parseImageReference } from '../../src/config/image-reference.js';

describe('parseImageReference', () => {
  it.each([
    ['nginx', { path: 'nginx' }],
    ['localhost:5000/chalk/frontend:1.2.3', { domain: 'localhost:5000', path: 'chalk/frontend', tag: '1.2.3' }],
    [
      '754784422779.dkr.ecr.us-east-1.amazonaws.com/chalk/frontend:v1',
      { domain: '754784422779.dkr.ecr.us-east-1.amazonaws.com', path: 'chalk/frontend', tag: 'v1' },
    ],
    [
      `us-docker.pkg.dev/chalk-prod/images/frontend@sha256:${'a'.repeat(64)}`,
      { domain: 'us-docker.pkg.dev', path: 'chalk-prod/images/frontend', digest: `sha256:${'a'.repeat(64)}` },
    ],
    ['ghcr.io/a__b/c-d.e:tag_1', { domain: 'ghcr.io', path: 'a__b/c-d.e', tag: 'tag_1' }],
  ])('accepts %s', (text, ref) => {
    expect(parseImageReference(text)).toEqual({ ok: true, ref });
  });

  it.each([
    ['', 'it is empty'],
    ['registry.acme.dev//frontend:1', 'the repository path has an empty component'],
    ['registry.acme.dev:port/frontend', 'the registry port "port" is not a number'],
    [
      'registry.acme.dev/front--end_:1',
      `the repository component "front--end_" is invalid: only lowercase letters, digits and single '.', '_' or '-' separators are allowed`,
    ],
  ])('rejects %j', (text, reason) => {
    expect(parseImageReference(text)).toEqual({ ok: false, reason });
  });
});
