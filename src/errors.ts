/**
 * The one base of every typed error a boundary raises (helm, chart access, registry login,
 * credentials, kube, AWS, Postgres): a `kind` to branch on, a message that says what happened and
 * a `fix` that says what to do next. Verdicts and reports test `instanceof ChalkError`, never the
 * shape of an object, and each boundary maps its failures into it once.
 */
export abstract class ChalkError<Kind extends string = string> extends Error {
  /** Which boundary raised it (`helm`, `kube`, `aws`, …), for reports and JSON results. */
  abstract readonly boundary: string;

  constructor(
    readonly kind: Kind,
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** The JSON-serialisable form engines put in their results. */
  toJSON(): ErrorInfo {
    return { boundary: this.boundary, kind: this.kind, message: this.message, fix: this.fix };
  }
}

export interface ErrorInfo {
  boundary: string;
  kind: string;
  message: string;
  fix: string;
}

/** The serialisable form of anything thrown: typed errors keep their kind and fix. */
export function errorInfo(err: unknown): ErrorInfo {
  if (err instanceof ChalkError) return err.toJSON();
  return { boundary: 'internal', kind: 'unknown', message: err instanceof Error ? err.message : String(err), fix: '' };
}
