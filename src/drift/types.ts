/**
 * The drift report: per release, three sections. `desired` is git against the helm release (the chart,
 * `helm get values` against the files, the rendered manifest against the release manifest: a plan);
 * `live` is the release against the cluster (objects edited, scaled, re-imaged, and fields added out of
 * band); `missing` is what should exist and does not. Field changes read deployed → desired in
 * `desired`, and deployed → live in `live`. What the cluster owns is never in it, nor a Secret value.
 */
import type { ApplyMethod, ChartInfo, DiffCounts, FieldChange, ObjectChange, ObjectKey, ReleaseError, RenderMode } from '../plan/types.js';

export const DRIFT_SCHEMA_VERSION = 1;

export interface DesiredDrift {
  /** The chart the files pin is not the deployed one (digest, or version when no digest was recorded). */
  chartChanged: boolean;
  /** `helm get values` (before) against the values files, seed file and set lines (after). */
  values: FieldChange[];
  /** The plan's objects that differ (unchanged ones left out); before is the release, after the render. */
  objects: ObjectChange[];
  counts?: DiffCounts;
  mode?: RenderMode;
  /** The plan's remarks (an object listed twice, CRDs that could not be read). */
  notes: string[];
}

/**
 * How the release's object was compared with the cluster: `server-side-apply`, a dry run of the deployed
 * object with helm's field manager (what an upgrade would change); `read-only`, the same computed
 * locally, when the identity may not patch or the API server refused the dry run.
 */
export type LiveMethod = 'server-side-apply' | 'read-only';

export interface LiveObjectDrift extends ObjectChange {
  method: LiveMethod;
}

export interface LiveDrift {
  /** The field manager of the dry runs (helm's). */
  fieldManager?: string;
  /** Objects of the release compared with the cluster. */
  checked: number;
  /** Objects that differ, and objects whose only differences are ignored (`change: 'ignored'`). */
  objects: LiveObjectDrift[];
  /** Objects that could not be read (permissions), with why. */
  unchecked: { key: ObjectKey; reason: string }[];
  notes: string[];
}

export interface MissingObject {
  key: ObjectKey;
  apiVersion: string;
  reason: string;
}

export interface MissingDrift {
  /** The release is not installed (no helm release of that name in the namespace). */
  release: boolean;
  objects: MissingObject[];
}

export interface DriftCounts {
  /** Findings in `desired`: a changed chart, changed values (one finding), each object that differs. */
  desired: number;
  /** Objects that differ in `live`. */
  live: number;
  /** Missing objects, and the release itself when it is not installed. */
  missing: number;
  /** Differences matched by ignore rules, in either section: listed, never counted as drift. */
  ignored: number;
  /** desired + live + missing. */
  total: number;
}

export type ReleaseStatus = 'clean' | 'drifted' | 'missing' | 'error';

export interface ReleaseDrift {
  release: string;
  namespace: string;
  status: ReleaseStatus;
  chart?: ChartInfo;
  /** The deployed revision. */
  revision?: number;
  applyMethod?: ApplyMethod;
  helmVersion?: string;
  desired: DesiredDrift;
  live: LiveDrift;
  missing: MissingDrift;
  counts: DriftCounts;
  /** The release could not be checked; the other releases still are. */
  error?: ReleaseError;
}

export interface DriftReport {
  schemaVersion: typeof DRIFT_SCHEMA_VERSION;
  createdAt: string;
  releases: ReleaseDrift[];
  counts: DriftCounts & { releases: number; drifted: number; errors: number };
  /** Some release drifted (or is missing). */
  drifted: boolean;
  /** Every release was checked. */
  ok: boolean;
}
