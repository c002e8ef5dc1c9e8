/**
 * The readiness engine's vocabulary: what it is asked to verify, the state it finds each object in,
 * and the JSON-serialisable result deploy, verify and the CLI share.
 */
import type { ErrorInfo } from '../errors.js';

/** An object as the API server returns it (unstructured JSON). */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    namespace?: string;
    uid?: string;
    generation?: number;
    resourceVersion?: string;
    creationTimestamp?: string;
    deletionTimestamp?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: { apiVersion?: string; kind?: string; name?: string; uid?: string; controller?: boolean }[];
  };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [field: string]: unknown;
}

/** Which object: group-qualified kind, and its namespace when it is namespaced. */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

/**
 * `failed` means the object cannot become ready without someone changing something (a crash loop past
 * its restarts, an image that cannot be pulled past the grace period, a failed Job, a progress deadline):
 * the wait ends at once. `in-progress` covers everything that may still heal.
 */
export type ObjectState = 'ready' | 'in-progress' | 'failed' | 'not-found' | 'terminating';

export interface Evaluation {
  state: ObjectState;
  /** A short CamelCase reason to branch on and show in tables: `CrashLoopBackOff`, `LessReady`, `JobFailed`. */
  reason: string;
  /** One sentence for people: what is wrong or what is awaited, with counts. */
  message: string;
  /** When a symptom turns into a failure after a grace period: re-evaluate after this long. */
  recheckInMs?: number;
}

export interface ObjectStatus extends ObjectRef, Evaluation {
  /** The helm release the object belongs to, when the target was a release. */
  release?: string;
  /** Milliseconds from the start of the wait until the object was last seen turning ready. */
  readyAfterMs?: number;
}

export interface ContainerDigest {
  name: string;
  image: string;
  init: boolean;
  ready: boolean;
  restartCount: number;
  /** `running`, `waiting: CrashLoopBackOff (back-off 10s …)`, `terminated: Error (exit code 1)`. */
  state: string;
  /** The previous run's end, when there was one: `terminated: Error (exit code 1)`. */
  lastTermination?: string;
}

export interface PodLogs {
  container: string;
  /** Whether these are the previous (crashed) run's lines. */
  previous: boolean;
  lines?: string[];
  /** Why there are no lines (the node does not serve logs, RBAC, secrets that could not be read to mask them). */
  unavailable?: string;
}

export interface EventDigest {
  type: string;
  reason: string;
  message: string;
  count: number;
  /** ISO time of the last occurrence. */
  lastSeen?: string;
}

export interface PodDigest {
  name: string;
  namespace: string;
  phase: string;
  node?: string;
  /** Conditions that are not True, with their reason and message (e.g. PodScheduled: Unschedulable …). */
  conditions: string[];
  containers: ContainerDigest[];
  events: EventDigest[];
  logs: PodLogs[];
}

export interface ObjectDiagnostics {
  object: ObjectRef;
  state: ObjectState;
  reason: string;
  message: string;
  events: EventDigest[];
  pods: PodDigest[];
}

export type HttpFailureKind = 'dns' | 'refused' | 'timeout' | 'tls' | 'status' | 'connection';

export interface HttpCheck {
  url: string;
  /** Accepted status codes; empty accepts any status below 400. */
  expectedStatus: number[];
  timeoutMs: number;
  /** PEM bundle that signed the server's certificate (replaces the default trust store for this check). */
  caFile?: string;
  /** Keep retrying (every few seconds) for this long before reporting the failure; 0 tries once. */
  waitMs: number;
}

export interface HttpCheckResult {
  url: string;
  verdict: 'pass' | 'fail' | 'skipped';
  /** Set when the check failed: what kind of failure, so DNS, TLS, refusal and timeouts read as such. */
  failure?: HttpFailureKind;
  status?: number;
  message: string;
  durationMs: number;
}

export type ReadinessTarget =
  /** The objects of a helm release, from `helm get manifest`. */
  | { release: string; namespace: string }
  /** The workloads, Jobs, claims and Services of a namespace, optionally only those matching a label selector. */
  | { namespace: string; selector?: string };

export interface ReadinessPolicy {
  /** Wait for Jobs to complete (otherwise a started Job counts as ready, as kstatus has it). */
  waitForJobs: boolean;
  /** How long an image pull error or a container config error may last before it is a failure. */
  failureGraceMs: number;
  /** How long a pod may stay unschedulable before it is a failure. */
  unschedulableGraceMs: number;
  /** A crash-looping container fails the wait once it has restarted this many times. */
  crashLoopRestarts: number;
}

export const DEFAULT_POLICY: ReadinessPolicy = {
  waitForJobs: true,
  failureGraceMs: 60_000,
  unschedulableGraceMs: 120_000,
  crashLoopRestarts: 3,
};

export type ReadinessOutcome = 'ready' | 'failed' | 'timeout' | 'error' | 'cancelled';

export interface ReadinessResult {
  outcome: ReadinessOutcome;
  ready: boolean;
  durationMs: number;
  /** Every object waited on, in target order. */
  objects: ObjectStatus[];
  /** For every object not ready at the end: events, failing pods, their logs. */
  diagnostics: ObjectDiagnostics[];
  httpChecks: HttpCheckResult[];
  /** Watch connections lost and resumed, and re-lists after 410 Gone, during the wait. */
  watchRecoveries: number;
  /** Why the wait could not run (no cluster access, a release that does not exist, RBAC). */
  error?: ErrorInfo;
}

export type ProgressEvent =
  | { type: 'state'; elapsedMs: number; object: ObjectRef; from?: ObjectState; to: ObjectState; reason: string; message: string }
  | { type: 'watch'; elapsedMs: number; message: string }
  | { type: 'http'; elapsedMs: number; check: HttpCheckResult };

export interface ReadinessHooks {
  /** Called when an object changes state or reason, when a watch is lost or resumed, and per HTTP check. */
  onProgress?: (event: ProgressEvent) => void;
}
