/**
 * The `tools` group: the client software of the guide's "Installing the Required Client Software".
 * helm is required (the actions drive it); kubectl and the cloud CLIs are optional because the
 * actions talk to the Kubernetes API and the cloud APIs themselves.
 */
import { which } from '@actions/io';
import { MIN_HELM, unsupportedReason } from '../helm/version.js';
import { runTool } from '../process/run-tool.js';
import type { Check, CheckOutcome } from '../checks/check.js';
import type { PreflightContext } from './context.js';

interface OptionalTool {
  id: string;
  binary: string;
  title: string;
  versionArgs: string[];
  /** First line of the version output that identifies it, e.g. `aws-cli/2.17.0`. */
  version(stdout: string): string | undefined;
  why: string;
  install: string;
}

const KUBECTL: OptionalTool = {
  id: 'tools.kubectl',
  binary: 'kubectl',
  title: 'kubectl',
  versionArgs: ['version', '--client', '-o', 'json'],
  version: (out) => (JSON.parse(out) as { clientVersion?: { gitVersion?: string } }).clientVersion?.gitVersion,
  why: 'optional: the actions use the Kubernetes API directly; the guide uses kubectl for manual steps (create namespace/secrets, get pods)',
  install: 'Install kubectl (https://kubernetes.io/docs/tasks/tools/) or add azure/setup-kubectl to the workflow.',
};

const CLOUD_CLIS: Record<'aws' | 'gcp', OptionalTool> = {
  aws: {
    id: 'tools.aws',
    binary: 'aws',
    title: 'AWS CLI',
    versionArgs: ['--version'],
    version: (out) => /aws-cli\/\S+/.exec(out)?.[0],
    why: 'optional: the actions call AWS through the SDK (registry login, SQS/IAM/S3 checks); the CLI is only needed for manual steps such as `aws eks update-kubeconfig`',
    install: 'Install AWS CLI v2 (https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html); it is preinstalled on GitHub-hosted runners.',
  },
  gcp: {
    id: 'tools.gcloud',
    binary: 'gcloud',
    title: 'gcloud CLI',
    versionArgs: ['--version'],
    version: (out) => /^Google Cloud SDK (\S+)/m.exec(out)?.[1],
    why: 'optional: the actions authenticate to Google with the auth library; gcloud is only needed for manual steps such as `gcloud container clusters get-credentials`',
    install: 'Install the gcloud CLI (https://cloud.google.com/sdk/docs/install) or add google-github-actions/setup-gcloud to the workflow.',
  },
};

async function helmCheck(ctx: PreflightContext): Promise<CheckOutcome> {
  const helm = await ctx.helm();
  const install = `Install helm v${MIN_HELM.major}.${MIN_HELM.minor} or newer (https://helm.sh/docs/intro/install/) or add azure/setup-helm to the workflow.`;
  if (!helm.path) return { verdict: 'fail', finding: 'helm is not on PATH', fix: install };
  if ('error' in helm) return { verdict: 'fail', finding: helm.error, fix: install };
  const unsupported = unsupportedReason(helm.client.version);
  if (unsupported) return { verdict: 'fail', finding: `${unsupported} (${helm.path})`, fix: install };
  return { verdict: 'pass', finding: `helm ${helm.client.version.raw} (${helm.path})` };
}

async function optionalToolCheck(tool: OptionalTool, signal: AbortSignal): Promise<CheckOutcome> {
  const path = await which(tool.binary, false);
  if (!path) return { verdict: 'warn', finding: `${tool.binary} is not on PATH — ${tool.why}`, fix: tool.install };
  const result = await runTool(path, tool.versionArgs, { signal });
  let version: string | undefined;
  try {
    version = result.exitCode === 0 ? tool.version(result.stdout || result.stderr) : undefined;
  } catch {
    version = undefined;
  }
  if (!version)
    return {
      verdict: 'warn',
      finding: `${path} does not run (exit ${result.exitCode}): ${(result.stderr || result.stdout).trim().split('\n')[0] ?? ''}`,
      fix: tool.install,
    };
  return { verdict: 'pass', finding: `${tool.binary} ${version} (${path})` };
}

export function toolsChecks(ctx: PreflightContext): Check<PreflightContext>[] {
  const checks: Check<PreflightContext>[] = [
    { id: 'tools.helm', group: 'tools', title: 'helm is installed and supported', run: (ctx) => helmCheck(ctx) },
    { id: KUBECTL.id, group: 'tools', title: 'kubectl (optional)', run: (_, signal) => optionalToolCheck(KUBECTL, signal) },
  ];
  const cloud = ctx.settings.cloud;
  if (cloud) {
    const cli = CLOUD_CLIS[cloud];
    checks.push({ id: cli.id, group: 'tools', title: `${cli.title} (optional)`, run: (_, signal) => optionalToolCheck(cli, signal) });
  }
  return checks;
}
