/**
 * helm's stderr, parsed at the boundary into typed errors, so callers branch on a kind rather
 * than on message text; the fix for each kind comes from the one advice table (advice.ts).
 */
import { ChalkError } from '../errors.js';
import { adviceFor } from './advice.js';

/**
 * The failures of the helm and registry boundary: what helm reports (parsed from its stderr) and
 * what a conversation with a registry's API can add (a body too large, endless pages, a bad answer,
 * a token realm that is not https, a CA file helm cannot use).
 */
export type HelmErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'tls'
  | 'connection'
  | 'timeout'
  | 'server-error'
  | 'render'
  | 'operation-in-progress'
  | 'cancelled'
  | 'too-large'
  | 'too-many-pages'
  | 'bad-response'
  | 'insecure-realm'
  | 'ca-file'
  | 'unknown';

export class HelmError extends ChalkError<HelmErrorKind> {
  readonly boundary = 'helm';

  constructor(
    kind: HelmErrorKind,
    message: string,
    readonly stderr: string,
    readonly exitCode: number,
    fix = adviceFor(kind, 'pull').fix,
  ) {
    super(kind, message, fix);
  }
}

const RULES: [HelmErrorKind, RegExp][] = [
  ['operation-in-progress', /another operation \(install\/upgrade\/rollback\) is in progress/i],
  ['tls', /x509:|certificate signed by unknown authority|tls: failed to verify|certificate is not valid/i],
  [
    'unauthorized',
    /\b401\b|unauthorized|authentication required|invalid username\/password|incorrect username or password|denied: your authorization token has expired|basic credential not found/i,
  ],
  ['forbidden', /\b403\b|forbidden|denied: (?!your authorization)/i],
  ['server-error', /status code 5\d\d\b|status: 5\d\d\b/i],
  ['render', /execution error at \(|parse error at \(|template: .*: executing|YAML parse error on|error converting YAML to JSON/i],
  ['not-found', /\b404\b|not found|manifest unknown|name unknown/i],
  ['timeout', /timed out waiting for the condition|context deadline exceeded|i\/o timeout/i],
  ['connection', /connection refused|no such host|network is unreachable|dial tcp|EOF$/im],
];

/**
 * The line of helm's stderr that says what went wrong: its `Error: …` line, else the `panic: …`
 * line of a crash, else the last line before any goroutine trace — never a stack frame such as
 * `helm.sh/helm/v4@v4.3.2/cmd/helm/helm.go:44 +0x159`.
 */
export function helmMessage(stderr: string): string {
  const lines = stderr.split('\n');
  const trace = lines.findIndex((l) => /^goroutine \d+ \[/.test(l));
  const meaningful = (trace >= 0 ? lines.slice(0, trace) : lines)
    .filter((l) => !/^\s/.test(l) || !/\.go:\d+/.test(l))
    .map((l) => l.trim())
    .filter(Boolean);
  const line = meaningful.find((l) => l.startsWith('Error:')) ?? meaningful.find((l) => l.startsWith('panic:')) ?? meaningful.at(-1) ?? '';
  return line.replace(/^(?:Error|panic):\s*/, '');
}

export function classifyHelmError(stderr: string): HelmErrorKind {
  const message = helmMessage(stderr) || stderr;
  for (const [kind, pattern] of RULES) if (pattern.test(message)) return kind;
  return 'unknown';
}

export type HelmSetupErrorKind = 'bad-version' | 'bad-download-url' | 'no-tool-cache' | 'no-release' | 'download-failed' | 'checksum-mismatch' | 'not-runnable';

/** Getting a helm binary failed: the version asked for, its download, or the binary itself. */
export class HelmSetupError extends ChalkError<HelmSetupErrorKind> {
  readonly boundary = 'helm';
}
