/**
 * What a deploy records in the helm release itself: its description (`helm upgrade --description`),
 * which `helm history` shows to people and which survives on both helm majors, carries the chart
 * digest deployed and the GitHub run that deployed it. The plan reads the digest back for the
 * no-op decision ("the chart digest is unchanged"); a revision written by anyone else (a manual
 * upgrade, helm's own "Rollback to 3") records none, so the next deploy does not skip.
 */

const DIGEST = /\bchart (sha256:[0-9a-f]{64})\b/;

export interface DeployRecord {
  /** `sha256:…` of the chart deployed (the OCI manifest digest, or the archive's sha256). */
  digest?: string;
  /** The GitHub run URL. */
  runUrl?: string;
}

/** The release description for `helm upgrade --description`. */
export function describeDeploy(record: DeployRecord): string {
  const parts = ['chalk-actions deploy', ...(record.digest ? [`chart ${record.digest}`] : []), ...(record.runUrl ? [`run ${record.runUrl}`] : [])];
  return parts.join('; ');
}

/** The chart digest a revision's description records, if a chalk-actions deploy wrote it. */
export function recordedDigest(description: string | undefined): string | undefined {
  return description?.startsWith('chalk-actions deploy') ? DIGEST.exec(description)?.[1] : undefined;
}
