/**
 * The plan: what an upgrade would change, as data. It is written to the plan file, rendered into the
 * job summary and the PR comment, and read by deploy (its no-op decision) and drift-check. It never
 * holds a Secret's value or length: Secret fields carry only `redacted: true`.
 */
import type { ErrorInfo } from '../errors.js';
import type { Origin } from '../report/problems.js';

export const PLAN_SCHEMA_VERSION = 1;

/** An object's identity: its API group (not version), kind, namespace (filled in for namespaced kinds) and name. */
export interface ObjectKey {
  /** '' for the core group. */
  group: string;
  kind: string;
  /** '' for cluster-scoped kinds. */
  namespace: string;
  name: string;
}

export type ChangeKind = 'added' | 'removed' | 'changed' | 'renamed' | 'kept' | 'ignored' | 'unchanged';

export interface FieldChange {
  /** JSON pointer (RFC 6901) into the object; array items matched by `name` use the new index. */
  path: string;
  before?: unknown;
  after?: unknown;
  /** A Secret value (or a value equal to one): neither side is shown, not even its length. */
  redacted?: true;
  /** The ignore rule that matched: `chart-bump` (the built-in preset) or the user rule's name. */
  ignoredBy?: string;
}

export interface SecretChange {
  keysAdded: string[];
  keysRemoved: string[];
  keysChanged: string[];
}

export interface ObjectChange {
  key: ObjectKey;
  change: ChangeKind;
  apiVersion: { before?: string; after?: string };
  /** The old identity, for `renamed`. */
  renamedFrom?: ObjectKey;
  /** Differences, ignored ones included (with `ignoredBy`); empty for unchanged objects. */
  fields: FieldChange[];
  /** Unified diff of the normalised objects (3 lines of context), ignored fields left out; absent when unchanged. */
  textDiff?: string;
  secret?: SecretChange;
  /** From the chart's crds/ directory, which helm installs on first install only. */
  crd?: { helmWillNotApply: boolean };
  /** The template it came from (`chart/templates/x.yaml`). */
  source?: string;
}

export interface DiffCounts {
  added: number;
  changed: number;
  removed: number;
  renamed: number;
  kept: number;
  unchanged: number;
  /** Objects whose only differences are ignored. */
  ignoredObjects: number;
  /** Ignored field differences, on any object. */
  ignored: number;
}

export interface ManifestDiff {
  objects: ObjectChange[];
  counts: DiffCounts;
  /** added + changed + removed + renamed + kept: what an upgrade would do. */
  changes: number;
  /** Oddities worth a line in the report (an object listed twice, a List without items). */
  notes: string[];
}

export type RenderMode = 'offline' | 'server';

export interface ChartInfo {
  /** As given: oci://…, a local path, or a repository chart name. */
  ref: string;
  name: string;
  version: string;
  appVersion?: string;
  /** The OCI manifest digest helm pulled, or the sha256 of a repository chart's archive. */
  digest?: string;
  /** The deployed release's chart digest, when deploy recorded it. */
  previousDigest?: string;
  previousVersion?: string;
  /** The chart to deploy is not known to be the deployed one (digests differ, or the version does when no digest was recorded). */
  digestChanged: boolean;
  /** Same version, different digest: the tag was pushed again. Reported loudly. */
  sameVersionNewDigest: boolean;
}

export interface ApplyMethod {
  /** The deployed release's (Helm 4 `helm get metadata`): `server-side` or `client-side` (Helm 3 releases). */
  release?: string;
  /** What this upgrade would use. */
  upgrade?: string;
}

export interface ReleaseError extends ErrorInfo {
  /** Where in the user's files the failure points (a values file line). */
  origin?: Origin;
}

export interface ReleasePlan extends Partial<ManifestDiff> {
  release: string;
  namespace: string;
  chart?: ChartInfo;
  mode?: RenderMode;
  /** Why this mode (auto chose offline because …). */
  modeReason?: string;
  /** `release` (the deployed manifest) or `none` (first install, or no cluster to read it from). */
  baseline?: 'release' | 'none';
  /** The deployed revision compared against. */
  revision?: number;
  applyMethod?: ApplyMethod;
  helmVersion?: string;
  /** The release could not be planned; the other releases still are. */
  error?: ReleaseError;
}

export interface Plan {
  schemaVersion: typeof PLAN_SCHEMA_VERSION;
  createdAt: string;
  releases: ReleasePlan[];
  /** Sum over releases. */
  changes: number;
  ok: boolean;
}
