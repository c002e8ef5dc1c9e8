/** A located finding about user input: where it is, what is wrong, and how to fix it. */
export type Severity = 'error' | 'warning';

export interface Origin {
  /** Path as the user wrote it (relative to the workspace when possible). */
  file: string;
  line: number;
  col: number;
}

export interface Problem {
  severity: Severity;
  /** Stable machine-readable code, e.g. `seed.id-format`. */
  code: string;
  message: string;
  fix?: string;
  origin?: Origin;
  /** Dotted values path the problem is about, when there is one. */
  path?: string;
}

export function error(code: string, message: string, origin?: Origin, fix?: string, path?: string): Problem {
  return { severity: 'error', code, message, origin, fix, path };
}

export function warning(code: string, message: string, origin?: Origin, fix?: string, path?: string): Problem {
  return { severity: 'warning', code, message, origin, fix, path };
}

export function formatOrigin(origin: Origin | undefined): string {
  return origin ? `${origin.file}:${origin.line}:${origin.col}` : '';
}

export function countErrors(problems: readonly Problem[]): number {
  return problems.filter((p) => p.severity === 'error').length;
}
