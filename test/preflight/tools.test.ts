/**
 * preflight's tools group end to end: the real helm/kubectl of the bed on PATH, and PATHs built
 * from stand-in binaries to prove each missing or unsupported tool is named with how to get it.
 */
import { chmod, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundled, workspaceFrom } from '../helpers/action.js';
import { HELM_MAJORS, helmOf } from '../helpers/helm.js';
import { runPreflight } from '../helpers/preflight.js';
import { bed } from '../testbed/util.js';

/** A directory for PATH holding exactly the given tools: a path to link, or a shell script body. */
async function binDir(tools: Record<string, { link: string } | { script: string }>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pf-tools-'));
  for (const [name, tool] of Object.entries(tools)) {
    if ('link' in tool) await symlink(tool.link, join(dir, name));
    else {
      await writeFile(join(dir, name), `#!/bin/sh\n${tool.script}\n`);
      await chmod(join(dir, name), 0o755);
    }
  }
  return dir;
}

const preflight = (inputs: Record<string, string>, path?: string) => runPreflight('tools', inputs, path ? { PATH: path } : {}, []);

describe('preflight tools', () => {
  it.concurrent.each(HELM_MAJORS)("passes with the bed's helm %i and kubectl, and leaves the cloud CLIs out when no cloud is named", async (major) => {
    const path = await binDir({ helm: { link: helmOf(major) }, kubectl: { link: bed().TESTBED_KUBECTL } });
    const { run, checks } = await preflight({}, path);
    expect(run.exitCode).toBe(0);
    expect(Object.keys(checks)).toEqual(['tools.helm', 'tools.kubectl']);
    expect(checks['tools.helm']!.verdict).toBe('pass');
    expect(checks['tools.helm']!.finding).toMatch(new RegExp(`^helm v${major}\\.\\d+\\.\\d+ \\(${path}/helm\\)$`));
    expect(checks['tools.kubectl']).toMatchObject({ verdict: 'pass', finding: `kubectl ${bed().TESTBED_KUBERNETES_VERSION} (${path}/kubectl)` });
  });

  it.concurrent('fails an old helm and only warns about the optional kubectl and aws CLI', async () => {
    const path = await binDir({ helm: { script: 'echo v3.12.1' } });
    const { run, checks } = await preflight({ cloud: 'aws' }, path);
    expect(run.exitCode).toBe(1);
    expect(checks['tools.helm']).toMatchObject({
      verdict: 'fail',
      finding: `helm v3.12.1 is older than the minimum v3.18.0 (${path}/helm)`,
      fix: 'Install helm v3.18 or newer (https://helm.sh/docs/intro/install/) or add azure/setup-helm to the workflow.',
    });
    expect(checks['tools.kubectl']!.verdict).toBe('warn');
    expect(checks['tools.kubectl']!.finding).toBe(
      'kubectl is not on PATH — optional: the actions use the Kubernetes API directly; the guide uses kubectl for manual steps (create namespace/secrets, get pods)',
    );
    expect(checks['tools.aws']!.verdict).toBe('warn');
    expect(checks['tools.aws']!.finding).toMatch(/^aws is not on PATH — optional: the actions call AWS through the SDK/);
    expect(checks['tools.aws']!.fix).toContain('https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html');
    expect(run.outputs).toMatchObject({ 'error-count': '1', 'warning-count': '2' });
  });

  it.concurrent('names a missing helm, and reports the aws and gcloud CLIs that are there', async () => {
    const path = await binDir({
      aws: { script: 'echo "aws-cli/2.17.0 Python/3.11.9 Linux/6.5.0 exe/x86_64.ubuntu.22"' },
      gcloud: { script: 'printf "Google Cloud SDK 481.0.0\\nbq 2.1.4\\ncore 2024.06.28\\n"' },
    });
    const aws = await preflight({ cloud: 'aws' }, path);
    expect(aws.checks['tools.helm']).toMatchObject({ verdict: 'fail', finding: 'helm is not on PATH' });
    expect(aws.checks['tools.aws']).toMatchObject({ verdict: 'pass', finding: `aws aws-cli/2.17.0 (${path}/aws)` });
    const gcp = await preflight({ cloud: 'gcp' }, path);
    expect(gcp.checks['tools.gcloud']).toMatchObject({ verdict: 'pass', finding: `gcloud 481.0.0 (${path}/gcloud)` });
    expect(gcp.checks['tools.aws']).toBeUndefined();
  });

  it.concurrent('rejects an unknown cloud before running anything', async () => {
    const run = await runBundled('preflight', { workspace: await workspaceFrom(), inputs: { checks: 'tools', cloud: 'azure' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.message)).toEqual(['Input cloud has unknown value azure; allowed: aws, gcp.']);
    expect(run.outputs.report).toBeUndefined();
  });
});
