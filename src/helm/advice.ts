/**
 * The one advice table of the helm and registry boundary: for each kind of failure, what it means
 * and what to do. helm registry login (helm-login), the chart check over the registry API
 * (verify-chart, preflight's registry check) and helm's own errors all take their wording from here.
 */
import type { HelmErrorKind } from './errors.js';

/**
 * `login`: credentials are being presented (helm-login), so a rejection is about them.
 * `pull`: an existing login is being used to read a chart, so a rejection means logging in (again).
 */
export type RegistryOperation = 'login' | 'pull';

export interface AdviceContext {
  /** The user name whose credentials were presented. */
  user?: string;
  /** What was not found, e.g. `the chart repository charts/x`. */
  what?: string;
  /** The HTTP status, when the registry answered with one. */
  status?: number;
  /** The limit that was hit, e.g. `30 s`, `4 MiB`, `100 pages`. */
  limit?: string;
}

interface Advice {
  /** What happened, as a clause: `the registry rejected the credentials for user "AWS"`. */
  says(c: AdviceContext): string;
  fix: string | Record<RegistryOperation, string>;
}

const CA_FIX = 'Pass the CA that signed the registry certificate as ca-file.';
const REGISTRY_FIX = 'Check that the host and port serve an OCI registry and that the runner can reach it.';

const ADVICE: Record<HelmErrorKind, Advice> = {
  unauthorized: {
    says: (c) => `the registry rejected the credentials${c.user ? ` for user "${c.user}"` : ''}`,
    fix: {
      login: 'Check that the token or password is current and belongs to this registry.',
      pull: 'Log in to the registry first (the helm-login action, or `helm registry login`), with a current token.',
    },
  },
  forbidden: {
    says: (c) => `the registry refused ${c.user ? `user "${c.user}"` : 'this identity'}: it is known but not allowed to pull`,
    fix: 'Give Chalk your AWS account ID or Google project ID so they grant it pull access to the chart registry.',
  },
  'not-found': {
    says: (c) => `${c.what ?? 'the repository'} does not exist or is not visible to this identity`,
    fix: {
      login: 'Check the registry host name.',
      pull: 'Check the chart path and version (e.g. oci://754784422779.dkr.ecr.us-east-1.amazonaws.com/charts/chalk-metadata-plane).',
    },
  },
  tls: { says: () => "the registry's TLS certificate is not trusted", fix: CA_FIX },
  connection: { says: () => 'the registry could not be reached', fix: "Check the registry host name and port and the runner's network access to it." },
  timeout: { says: (c) => `the registry did not answer${c.limit ? ` in ${c.limit}` : ' in time'}`, fix: `${REGISTRY_FIX} The timeout input sets this limit.` },
  'server-error': {
    says: (c) => `the registry failed with a server error${c.status ? ` (HTTP ${c.status})` : ''}`,
    fix: 'The registry itself is failing: retry later, and if it persists tell its operator (Chalk, for its registries).',
  },
  'too-large': {
    says: (c) => `the registry sent more than ${c.limit ?? 'the limit'}; reading stopped there`,
    fix: `${REGISTRY_FIX} A tag list or an error is far smaller; a proxy or another service may be answering for it.`,
  },
  'too-many-pages': {
    says: (c) => `the tag list did not end after ${c.limit ?? 'the page limit'}`,
    fix: `${REGISTRY_FIX} A registry's tag list ends; this one keeps naming a next page.`,
  },
  'bad-response': { says: () => 'the registry answered in a way the OCI distribution API does not', fix: REGISTRY_FIX },
  'insecure-realm': {
    says: () => 'the registry asks for a token from a URL that is not https; the credentials were not sent there',
    fix: "A registry's token realm must be an https URL: check that the host is the registry you meant.",
  },
  'ca-file': {
    says: () => 'the ca-file cannot be used',
    fix: 'Set ca-file to a PEM file (-----BEGIN CERTIFICATE-----) holding the CA that signed the registry certificate, as a path relative to the workspace.',
  },
  render: { says: () => 'the chart did not render', fix: 'Fix the value or template at the place helm names.' },
  'operation-in-progress': {
    says: () => 'another helm operation on this release is in progress',
    fix: 'Wait for it to finish, or recover the interrupted release (helm rollback) before retrying.',
  },
  cancelled: { says: () => 'the job was cancelled, so the operation was stopped', fix: 'Nothing to fix: rerun the job.' },
  unknown: { says: () => 'the operation failed', fix: 'Read the message: it says what helm or the registry refused.' },
};

export function adviceFor(kind: HelmErrorKind, operation: RegistryOperation, context: AdviceContext = {}): { says: string; fix: string } {
  const advice = ADVICE[kind];
  return { says: advice.says(context), fix: typeof advice.fix === 'string' ? advice.fix : advice.fix[operation] };
}

/** The kind an HTTP status from a registry means (undefined for success). */
export function kindOfStatus(status: number): HelmErrorKind | undefined {
  if (status >= 200 && status < 300) return undefined;
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status >= 500) return 'server-error';
  return 'bad-response';
}

/** `1.5 s`, for messages about limits. */
export function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
