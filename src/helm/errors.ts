/**
 * helm's stderr, parsed at the boundary into typed errors, so actions branch on a kind rather
 * than on message text and every message says what to do next.
 */
export type HelmErrorKind = 'unauthorized' | 'forbidden' | 'not-found' | 'tls' | 'connection' | 'render' | 'operation-in-progress' | 'timeout' | 'unknown';

export class HelmError extends Error {
  constructor(
    readonly kind: HelmErrorKind,
    message: string,
    readonly stderr: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'HelmError';
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
  ['render', /execution error at \(|parse error at \(|template: .*: executing|YAML parse error on|error converting YAML to JSON/i],
  ['not-found', /\b404\b|not found|manifest unknown|name unknown/i],
  ['timeout', /timed out waiting for the condition|context deadline exceeded|i\/o timeout/i],
  ['connection', /connection refused|no such host|network is unreachable|dial tcp|EOF$/im],
];

/** The first meaningful `Error: …` line of helm's stderr (helm prints one). */
export function helmMessage(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const errorLine = lines.find((l) => l.startsWith('Error:'));
  return (errorLine ?? lines[lines.length - 1] ?? '').replace(/^Error:\s*/, '');
}

export function classifyHelmError(stderr: string): HelmErrorKind {
  const message = helmMessage(stderr) || stderr;
  for (const [kind, pattern] of RULES) if (pattern.test(message)) return kind;
  return 'unknown';
}
