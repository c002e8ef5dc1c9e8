/**
 * The `secrets` group: the guide's "Configuring Kubernetes Resources" — the namespace and the two
 * Secrets the chart reads. Findings name keys only; a value is never read into a log or report.
 */
import { KubeError } from '../kube/errors.js';
import type { Check, CheckOutcome } from '../checks/check.js';
import { FRONTEND_SECRET, METADATA_SECRET, type PreflightContext } from './context.js';
import { failure } from '../checks/failure.js';
import { inspectSecretKeys, type SecretKeyReport } from './secret-keys.js';

interface RequiredSecret {
  name: string;
  keys: string[];
  /** The env file the guide creates it from (the guide itself calls the OIDC one both oidc.env and frontend-secrets.env). */
  envFile: string;
  guideTypo?: string;
}

const SECRETS: RequiredSecret[] = [
  { name: METADATA_SECRET, keys: ['POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_HOST', 'POSTGRES_DB'], envFile: 'metadata-plane-secrets.env' },
  { name: FRONTEND_SECRET, keys: ['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET'], envFile: 'oidc.env', guideTypo: 'GOOGLE_CLIENT_SECREET' },
];

const createCommand = (s: RequiredSecret, namespace: string): string =>
  `kubectl create secret generic ${s.name} --namespace ${namespace} --from-env-file ${s.envFile} --dry-run=client -o yaml | kubectl apply -f -`;

function describeKeys(s: RequiredSecret, report: SecretKeyReport): string[] {
  const parts: string[] = [];
  if (report.missing.length) parts.push(`missing ${report.missing.join(', ')}`);
  if (report.empty.length) parts.push(`empty ${report.empty.join(', ')}`);
  for (const { found, meant } of report.nearMisses)
    parts.push(`has ${found}, which looks like a misspelling of ${meant}${found === s.guideTypo ? ' (the typo is in the guide)' : ''}`);
  for (const f of report.envFiles) parts.push(`key ${f.key} holds a whole env file (with ${f.contains.join(', ')}): it was created with --from-file`);
  return parts;
}

async function secretCheck(ctx: PreflightContext, s: RequiredSecret, signal: AbortSignal): Promise<CheckOutcome> {
  const { namespace } = ctx.settings;
  const fix = `Write ${s.keys.map((k) => `${k}=…`).join(', ')} (one per line) to ${s.envFile}, then: ${createCommand(s, namespace)}`;
  try {
    const kube = await ctx.kube();
    const secret = await ctx.secret(s.name, signal);
    if (!secret) {
      const nsExists = (await kube.readNamespace(namespace, signal).catch(() => 'unknown')) !== undefined;
      return {
        verdict: 'fail',
        finding: nsExists
          ? `secret ${s.name} does not exist in namespace ${namespace}`
          : `namespace ${namespace} does not exist, so secret ${s.name} does not either`,
        fix: nsExists ? fix : `kubectl create namespace ${namespace}; then ${fix}`,
      };
    }
    const report = inspectSecretKeys(secret.data, s.keys);
    const problems = describeKeys(s, report);
    if (report.missing.length || report.empty.length)
      return {
        verdict: 'fail',
        finding: problems.join('; '),
        fix: report.envFiles.length
          ? `Recreate it with --from-env-file (not --from-file): ${createCommand(s, namespace)}`
          : `Add the missing keys (the env file name does not matter, the key names do): ${createCommand(s, namespace)}`,
      };
    return {
      verdict: problems.length ? 'warn' : 'pass',
      finding: `secret ${s.name} has ${report.present.join(', ')}${problems.length ? `; also ${problems.join('; ')}` : ''}`,
      ...(problems.length ? { fix: 'Remove the stray keys so nobody edits the wrong one.' } : {}),
    };
  } catch (err) {
    return failure(err, `cannot read secret ${s.name} in ${namespace}`);
  }
}

async function namespaceCheck(ctx: PreflightContext, signal: AbortSignal): Promise<CheckOutcome> {
  const { namespace, createNamespace } = ctx.settings;
  const kube = await ctx.kube();
  try {
    const ns = await kube.readNamespace(namespace, signal);
    if (ns?.status?.phase === 'Terminating')
      return {
        verdict: 'fail',
        finding: `namespace ${namespace} is being deleted (Terminating)`,
        fix: `Wait until it is gone, then recreate it: kubectl create namespace ${namespace}`,
      };
    if (ns) return { verdict: 'pass', finding: `namespace ${namespace} exists` };
    return {
      verdict: createNamespace ? 'warn' : 'fail',
      finding: `namespace ${namespace} does not exist${createNamespace ? '; the deploy creates it (create-namespace), but the secrets must be in it before the pods start' : ''}`,
      fix: `kubectl create namespace ${namespace}`,
    };
  } catch (err) {
    if (!(err instanceof KubeError) || err.kind !== 'forbidden') return failure(err);
    // Identities scoped to the namespace may not read Namespace objects; a Secret read in it proves it exists.
    const secret = await ctx.secret(METADATA_SECRET, signal).catch(() => undefined);
    if (secret) return { verdict: 'pass', finding: `namespace ${namespace} exists (seen through its secret; this identity may not get namespaces)` };
    return {
      verdict: 'warn',
      finding: `cannot tell whether namespace ${namespace} exists: ${err.message}`,
      fix: `Check with an identity that may get namespaces: kubectl get namespace ${namespace}`,
    };
  }
}

export function secretsChecks(): Check<PreflightContext>[] {
  return [
    {
      id: 'secrets.namespace',
      group: 'secrets',
      title: 'Metadata Plane namespace exists',
      async run(ctx, signal) {
        try {
          return await namespaceCheck(ctx, signal);
        } catch (err) {
          return failure(err);
        }
      },
    },
    ...SECRETS.map((s): Check<PreflightContext> => ({
      id: `secrets.${s.name}`,
      group: 'secrets',
      title: `Secret ${s.name} has ${s.keys.join(', ')}`,
      after: ['secrets.namespace'],
      run: (ctx, signal) => secretCheck(ctx, s, signal),
    })),
  ];
}
