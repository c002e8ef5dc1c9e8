/** Both supported helm majors, so every helm-touching end-to-end test runs on each (`describe.each(HELM_MAJORS)`). */
import { inject } from 'vitest';

export const HELM_MAJORS = [4, 3] as const;
export type HelmMajor = (typeof HELM_MAJORS)[number];

/** The bed's helm binary of that major. */
export function helmOf(major: HelmMajor): string {
  const env = inject('testbed');
  return major === 4 ? env.TESTBED_HELM4 : env.TESTBED_HELM3;
}
