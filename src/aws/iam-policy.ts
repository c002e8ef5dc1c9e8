/**
 * Reading IAM policy documents the way IAM does, for the questions preflight asks: does a trust
 * policy let one Kubernetes service account assume the role through the cluster's OIDC provider,
 * and do a role's policies allow (and not deny) the actions the guide lists. Action matching is
 * IAM's: case-insensitive, `*` and `?` wildcards, NotAction. Resources and other conditions are
 * not judged (scoping them is the operator's choice).
 */

export interface Statement {
  sid?: string;
  effect: 'Allow' | 'Deny';
  action?: string[];
  notAction?: string[];
  principal?: unknown;
  condition?: Record<string, Record<string, string | string[]>>;
  /** Where the statement came from: `inline policy x`, `policy arn:…`, `trust policy`. */
  source: string;
}

const list = (v: unknown): string[] | undefined => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).map(String));

/** Parses a policy document as IAM returns it (URL-encoded JSON) or as plain JSON. */
export function parsePolicy(document: string, source: string): Statement[] {
  const text = document.trimStart().startsWith('{') ? document : decodeURIComponent(document);
  const doc = JSON.parse(text) as { Statement?: unknown };
  const raw = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  return raw.map((s: Record<string, unknown>) => ({
    ...(typeof s.Sid === 'string' && s.Sid ? { sid: s.Sid } : {}),
    effect: s.Effect === 'Deny' ? 'Deny' : 'Allow',
    ...(s.Action !== undefined ? { action: list(s.Action) } : {}),
    ...(s.NotAction !== undefined ? { notAction: list(s.NotAction) } : {}),
    ...(s.Principal !== undefined ? { principal: s.Principal } : {}),
    ...(s.Condition !== undefined ? { condition: s.Condition as Statement['condition'] } : {}),
    source,
  }));
}

const glob = (pattern: string): RegExp =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );

/** `pattern` matches every action `required` stands for (`*` covers `s3:*`; `s3:Get*` does not). */
const covers = (pattern: string, required: string): boolean => glob(pattern).test(required);
/** Some action matches both (`s3:DeleteBucket` overlaps `s3:*`). */
const overlaps = (a: string, b: string): boolean => covers(a, b) || covers(b, a);

function statementCovers(s: Statement, required: string): boolean {
  if (s.action) return s.action.some((p) => covers(p, required));
  if (s.notAction) return !s.notAction.some((p) => overlaps(p, required));
  return false;
}

function statementOverlaps(s: Statement, required: string): boolean {
  if (s.action) return s.action.some((p) => overlaps(p, required));
  if (s.notAction) return !s.notAction.some((p) => covers(p, required));
  return false;
}

const describe = (s: Statement): string => `${s.source}${s.sid ? ` (${s.sid})` : ''}`;

export interface ActionVerdict {
  action: string;
  allowed: boolean;
  /** Statements that grant it. */
  allowedBy: string[];
  /** Statements that deny all of it, or part of it. */
  deniedBy: string[];
  partlyDeniedBy: string[];
  /** Narrower actions of the same service that are allowed (s3:GetObject when s3:* is required). */
  narrower: string[];
}

export function evaluateAction(statements: readonly Statement[], action: string): ActionVerdict {
  const allows = statements.filter((s) => s.effect === 'Allow');
  const denies = statements.filter((s) => s.effect === 'Deny');
  const allowedBy = allows.filter((s) => statementCovers(s, action)).map(describe);
  const deniedBy = denies.filter((s) => statementCovers(s, action)).map(describe);
  const partlyDeniedBy = denies.filter((s) => !statementCovers(s, action) && statementOverlaps(s, action)).map(describe);
  const narrower = [...new Set(allows.flatMap((s) => (s.action ?? []).filter((p) => !covers(p, action) && overlaps(p, action))))];
  return { action, allowed: allowedBy.length > 0 && deniedBy.length === 0, allowedBy, deniedBy, partlyDeniedBy, narrower };
}

/** One line per action that is not cleanly allowed: what exactly is wrong with it. */
export function describeActionProblems(verdicts: readonly ActionVerdict[]): string[] {
  return verdicts.flatMap((v) => {
    if (v.deniedBy.length) return [`${v.action} is denied by ${v.deniedBy.join(', ')}`];
    if (!v.allowed) return [`${v.action} is not allowed${v.narrower.length ? ` (only ${v.narrower.join(', ')})` : ''}`];
    if (v.partlyDeniedBy.length) return [`${v.action} is partly denied by ${v.partlyDeniedBy.join(', ')}`];
    return [];
  });
}

export interface WebIdentityBinding {
  /** arn:<partition>:iam::<account>:oidc-provider/<issuer host and path> */
  providerArn: string;
  /** The issuer without https://, the prefix of the condition keys. */
  issuer: string;
  namespace: string;
  serviceAccount: string;
  audience: string;
}

/** The OIDC provider's ARN in `partition` (aws, aws-us-gov, aws-cn, …: the role's own). */
export function oidcProviderArn(partition: string, account: string, issuerUrl: string): { arn: string; issuer: string } {
  const issuer = issuerUrl.replace(/^https:\/\//, '').replace(/\/$/, '');
  return { arn: `arn:${partition}:iam::${account}:oidc-provider/${issuer}`, issuer };
}

const STRING_OPERATORS = ['StringEquals', 'StringLike', 'ForAnyValue:StringEquals', 'ForAnyValue:StringLike'];

/** The values a condition key is tested against, across the string operators (Like values keep their wildcards). */
function conditionValues(s: Statement, key: string): { value: string; like: boolean }[] {
  return STRING_OPERATORS.flatMap((op) => {
    const block = s.condition?.[op];
    const entry = block && Object.entries(block).find(([k]) => k.toLowerCase() === key.toLowerCase());
    return entry ? (list(entry[1]) ?? []).map((value) => ({ value, like: op.endsWith('Like') })) : [];
  });
}

function federated(s: Statement): string[] {
  const p = s.principal;
  if (p && typeof p === 'object' && 'Federated' in p) return list((p as { Federated: unknown }).Federated) ?? [];
  return [];
}

/** What is missing for `b` to assume the role: [] when some statement binds it fully. */
export function webIdentityProblems(trust: readonly Statement[], b: WebIdentityBinding): string[] {
  const subject = `system:serviceaccount:${b.namespace}:${b.serviceAccount}`;
  const candidates = trust.filter((s) => s.effect === 'Allow' && statementCovers(s, 'sts:AssumeRoleWithWebIdentity'));
  if (!candidates.length) return ['no statement allows sts:AssumeRoleWithWebIdentity'];
  const forProvider = candidates.filter((s) => federated(s).includes(b.providerArn));
  if (!forProvider.length) {
    const others = [...new Set(candidates.flatMap(federated))];
    return [`no statement trusts this cluster's OIDC provider ${b.providerArn}${others.length ? ` (it trusts ${others.join(', ')})` : ''}`];
  }
  let best: string[] | undefined;
  for (const s of forProvider) {
    const problems: string[] = [];
    const subs = conditionValues(s, `${b.issuer}:sub`);
    if (!subs.length) problems.push(`no ${b.issuer}:sub condition, so it does not bind service account ${subject} (any service account could assume it)`);
    else if (!subs.some((c) => (c.like ? glob(c.value).test(subject) : c.value === subject)))
      problems.push(`${b.issuer}:sub is ${subs.map((c) => c.value).join(', ')}, not ${subject}`);
    const auds = conditionValues(s, `${b.issuer}:aud`);
    if (!auds.length) problems.push(`no ${b.issuer}:aud condition for audience ${b.audience}`);
    else if (!auds.some((c) => (c.like ? glob(c.value).test(b.audience) : c.value === b.audience)))
      problems.push(`${b.issuer}:aud is ${auds.map((c) => c.value).join(', ')}, not ${b.audience}`);
    if (!problems.length) return [];
    if (!best || problems.length < best.length) best = problems;
  }
  return best ?? [];
}
