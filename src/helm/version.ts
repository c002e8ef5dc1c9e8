/** Helm versions: parsing `helm version` output and the supported range. */

export interface HelmVersion {
  major: number;
  minor: number;
  patch: number;
  /** As helm prints it, e.g. `v4.3.2`. */
  raw: string;
}

/** The oldest helm this toolkit drives (OCI registry support and `--password-stdin` as used here). */
export const MIN_HELM = { major: 3, minor: 18 } as const;
/** Majors whose flags the engine knows. */
const SUPPORTED_MAJORS = [3, 4] as const;

export function parseHelmVersion(text: string): HelmVersion | undefined {
  const m = /v?(\d+)\.(\d+)\.(\d+)(?:[-+][\w.+-]*)?/.exec(text.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), raw: m[0].startsWith('v') ? m[0] : `v${m[0]}` };
}

/** Why `version` cannot be used, or undefined when it can. */
export function unsupportedReason(version: HelmVersion): string | undefined {
  if (!(SUPPORTED_MAJORS as readonly number[]).includes(version.major))
    return `helm ${version.raw} is not a supported major (supported: ${SUPPORTED_MAJORS.join(', ')})`;
  if (version.major === MIN_HELM.major && version.minor < MIN_HELM.minor)
    return `helm ${version.raw} is older than the minimum v${MIN_HELM.major}.${MIN_HELM.minor}.0`;
  return undefined;
}
