import { describe, expect, it } from 'vitest';
import { describeDeploy, recordedDigest } from '../../src/apply/release-record.js';

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;

describe('the deploy record in a release description', () => {
  it('carries the chart digest and the run, and gives the digest back', () => {
    const text = describeDeploy({ digest: DIGEST, runUrl: 'https://github.com/acme/infra/actions/runs/42' });
    expect(text).toBe(`chalk-actions deploy; chart ${DIGEST}; run https://github.com/acme/infra/actions/runs/42`);
    expect(recordedDigest(text)).toBe(DIGEST);
  });

  it('records no digest for revisions others wrote (a manual upgrade, helm rollback)', () => {
    expect(recordedDigest('Upgrade complete')).toBeUndefined();
    expect(recordedDigest('Rollback to 3')).toBeUndefined();
    expect(recordedDigest(`someone typed chart ${DIGEST}`)).toBeUndefined();
    expect(recordedDigest(describeDeploy({ runUrl: 'https://x' }))).toBeUndefined();
    expect(recordedDigest(undefined)).toBeUndefined();
  });
});
