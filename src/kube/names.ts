/**
 * The names Kubernetes and helm accept, checked before any request: an invalid name is an input
 * error, never a URL path. (`GET /api/v1/namespaces/..` is normalised to `/api/v1`, so a namespace
 * `..` once "existed"; a release name with a comma widens a label selector.)
 *
 * Namespaces are DNS-1123 labels (apimachinery's ValidateNamespaceName); most object names, service
 * accounts included, are DNS-1123 subdomains; helm release names are subdomains of at most 53
 * characters (helm's chartutil.ValidateReleaseName, unchanged in helm 4), leaving room for the
 * `sh.helm.release.v1.<name>.v<N>` Secret names helm derives from them.
 */
import { ChalkError } from '../errors.js';
import { oneLine } from '../report/text.js';

export type NameKind = 'namespace' | 'release' | 'object';

interface NameRule {
  pattern: RegExp;
  maxLength: number;
  /** What a valid name is, for the message. */
  rule: string;
}

const LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const SUBDOMAIN = new RegExp(`^${LABEL}(\\.${LABEL})*$`);
const SUBDOMAIN_RULE = "lower-case letters, digits, '-' and '.', each '.'-separated part starting and ending with a letter or digit";

const RULES: Record<NameKind, NameRule> = {
  namespace: {
    pattern: new RegExp(`^${LABEL}$`),
    maxLength: 63,
    rule: "a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit",
  },
  release: { pattern: SUBDOMAIN, maxLength: 53, rule: `a helm release name: ${SUBDOMAIN_RULE}` },
  object: { pattern: SUBDOMAIN, maxLength: 253, rule: `a DNS-1123 subdomain: ${SUBDOMAIN_RULE}` },
};

export class InvalidNameError extends ChalkError<'invalid-name'> {
  readonly boundary = 'input';

  constructor(message: string, fix: string) {
    super('invalid-name', message, fix);
  }
}

/** Why `name` is not a valid name of `kind`, or undefined when it is. */
export function nameProblem(kind: NameKind, name: string): string | undefined {
  const { pattern, maxLength, rule } = RULES[kind];
  if (name.length === 0) return 'is empty';
  if (name.length > maxLength) return `is ${name.length} characters long; it must be at most ${maxLength}`;
  if (!pattern.test(name)) return `must be ${rule}`;
  return undefined;
}

/** The nearest valid name (`Bad_NS` → `bad-ns`), or undefined when nothing usable is left. */
export function suggestName(kind: NameKind, name: string): string | undefined {
  const { maxLength } = RULES[kind];
  const separators = kind === 'namespace' ? /[^a-z0-9]+/g : /[^a-z0-9.]+/g;
  const candidate = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(separators, '-')
    .replace(/-*\.+-*/g, '.')
    .replace(/^[-.]+/, '')
    .slice(0, maxLength)
    .replace(/[-.]+$/, '');
  return candidate && candidate !== name && !nameProblem(kind, candidate) ? candidate : undefined;
}

/**
 * Throws InvalidNameError unless `name` is valid; `subject` says where it came from, e.g.
 * `Input namespace`. The name is quoted on one line, so a hostile value cannot start a workflow command.
 */
export function assertName(kind: NameKind, name: string, subject: string): string {
  const problem = nameProblem(kind, name);
  if (!problem) return name;
  const suggestion = suggestName(kind, name);
  throw new InvalidNameError(
    name ? `${subject} "${oneLine(name, 120)}" ${problem}.` : `${subject} is empty.`,
    suggestion ? `Use a valid name, e.g. ${suggestion}.` : `Use ${RULES[kind].rule}, at most ${RULES[kind].maxLength} characters.`,
  );
}
