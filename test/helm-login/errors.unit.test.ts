/** helm's stderr into typed errors: the message line (never a panic's stack frame) and the kind, with the fix from the one advice table. */
import { describe, expect, it } from 'vitest';
import { adviceFor, kindOfStatus } from '../../src/helm/advice.js';
import { classifyHelmError, HelmError, helmMessage } from '../../src/helm/errors.js';

// What helm 4.3.2 prints for `helm registry login … --ca-file /nonexistent/ca.pem` (helm 3 panics the same way).
const PANIC = `panic: open /nonexistent/ca.pem: no such file or directory

goroutine 1 [running]:
helm.sh/helm/v4/pkg/action.(*RegistryLogin).Run.LoginOptTLSClientConfig.func3(0x672bde66138?)
\thelm.sh/helm/v4@v4.3.2/pkg/registry/client.go:368 +0x39a
main.main()
\thelm.sh/helm/v4@v4.3.2/cmd/helm/helm.go:44 +0x159
`;

describe('helm errors', () => {
  it('takes the Error: line, else the panic line, never a frame of the goroutine trace', () => {
    expect(helmMessage('WARNING: something\nError: INSTALLATION FAILED: boom\n')).toBe('INSTALLATION FAILED: boom');
    expect(helmMessage(PANIC)).toBe('open /nonexistent/ca.pem: no such file or directory');
    expect(helmMessage('goroutine 1 [running]:\nmain.main()\n\thelm.sh/helm/v3@v3.19.0/cmd/helm/helm.go:91 +0x205\n')).toBe('');
    expect(helmMessage('a last line\n')).toBe('a last line');
  });

  it.each([
    ['Error: authenticating to "h:1": GET "https://h:1/v2/": response status code 500: unknown: boom', 'server-error'],
    ['Error: authenticating to "h:1": GET "https://h:1/v2/": response status code 401: unauthorized: authentication required', 'unauthorized'],
    ['Error: failed to perform "FetchReference" on source: h:1/charts/x:9.9.9: not found', 'not-found'],
    ['Error: tls: failed to verify certificate: x509: certificate signed by unknown authority', 'tls'],
    ['Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress', 'operation-in-progress'],
    [PANIC, 'unknown'],
  ])('%s → %s', (stderr, kind) => {
    expect(classifyHelmError(stderr)).toBe(kind);
  });

  it('a HelmError carries the fix of its kind, and its JSON form is kind, message and fix', () => {
    const err = new HelmError('tls', 'x509: unknown authority', 'Error: x509: unknown authority', 1);
    expect(err.fix).toBe(adviceFor('tls', 'pull').fix);
    expect(JSON.parse(JSON.stringify(err))).toEqual({ boundary: 'helm', kind: 'tls', message: 'x509: unknown authority', fix: err.fix });
  });

  it('an HTTP status means a kind; 5xx is a server error whatever helm made of it', () => {
    expect([200, 401, 403, 404, 429, 500, 503].map(kindOfStatus)).toEqual([
      undefined,
      'unauthorized',
      'forbidden',
      'not-found',
      'bad-response',
      'server-error',
      'server-error',
    ]);
    expect(adviceFor('server-error', 'login', { status: 503 }).says).toBe('the registry failed with a server error (HTTP 503)');
    expect(adviceFor('unauthorized', 'login', { user: 'AWS' })).toEqual({
      says: 'the registry rejected the credentials for user "AWS"',
      fix: 'Check that the token or password is current and belongs to this registry.',
    });
    expect(adviceFor('unauthorized', 'pull').fix).toMatch(/^Log in to the registry first/);
  });
});
