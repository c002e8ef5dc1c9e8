/**
 * Full-preflight wall time: every check group the local test bed can serve (config, tools, cluster,
 * secrets, postgres, registry against the bed; aws and dataplane against the local AWS protocol
 * endpoints of test/fakes), run N times through the committed bundle under Node 24, as a workflow
 * step runs it. Prints min / median / max. Then how soon the step ends when a kubeconfig exec
 * credential plugin hangs (check-timeout 2s): the step must end with the check, not with the plugin.
 *
 *   npx tsx bench/preflight.ts [runs=10]
 *
 * CHALK_ACTIONS_DIST=<dir> runs a private build instead of dist/ (node scripts/build.mjs --out <dir>).
 */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { SQS_QUEUES } from '../src/preflight/aws-checks.js';
import { BUCKET_KINDS } from '../src/preflight/context.js';
import { runAction } from '../src/runner/action-runner.js';
import { startFakeAws } from '../test/fakes/aws-server.js';
import { bedPostgresSecret, deleteNamespace, helmLogin, metadataNamespace, must, namespaceTrust, serviceAccount, useBed } from '../test/testbed/util.js';
import { up } from '../testbed/index.js';

const runs = Number(process.argv[2] ?? 10);
const root = join(import.meta.dirname, '..');
const bed = await up();
useBed(bed);

const ns = `bench-pf-${process.pid}`;
const account = '111122223333';
const role = 'chalk-metadata-plane';
const roleArn = `arn:aws:iam::${account}:role/${role}`;
const work = await mkdtemp(join(tmpdir(), 'chalk-bench-'));
const helmHomeDir = await mkdtemp(join(tmpdir(), 'chalk-bench-helm-'));
const aws = await startFakeAws();
try {
  // The cluster side of a ready install: namespace, both secrets, the IRSA service accounts.
  await metadataNamespace(ns, bedPostgresSecret(bed.PGDATABASE), { GOOGLE_CLIENT_ID: 'id', GOOGLE_CLIENT_SECRET: 'bench-secret' });
  for (const sa of ['chalk-metadata-plane', 'background-persistence']) await serviceAccount(ns, sa, roleArn);
  // The AWS side: queues, buckets with CORS, the MSK secret, one role good for both service accounts.
  const s = aws.state;
  for (const q of SQS_QUEUES) s.queues.add(q);
  for (const b of BUCKET_KINDS) s.buckets.set(`bench-${b}`, [{ AllowedMethods: ['GET'], AllowedOrigins: ['https://*.acme.dev', 'https://chalk.acme.dev'] }]);
  s.secrets.set('AmazonMSK_bench', { kmsKeyId: `arn:aws:kms:us-east-1:${account}:key/bench` });
  s.roles.set(role, { trust: namespaceTrust(account, ns), inline: { all: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } } });
  // Outside RUNNER_TEMP (work): the runner fails a run that leaves a masked value in a file there, and the login's are.
  const registryConfig = join(helmHomeDir, 'registry.json');
  await must(helmLogin({ ...process.env, HELM_REGISTRY_CONFIG: registryConfig }));

  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = await runAction({
      actionDir: join(root, 'actions', 'preflight'),
      node: bed.TESTBED_NODE24,
      workspace: join(root, 'test', 'fixtures', 'preflight', 'good'),
      runnerTemp: work,
      inputs: {
        checks: 'config,tools,cluster,secrets,postgres,aws,dataplane,registry',
        namespace: ns,
        'postgres-ca-file': bed.PGSSLROOTCERT,
        'metadata-role': role,
        ...Object.fromEntries(BUCKET_KINDS.map((b) => [`s3-${b}-bucket`, `bench-${b}`])),
        'msk-secret': 'AmazonMSK_bench',
        'background-persistence-namespace': ns,
        chart: `${bed.TESTBED_CHARTS_OCI}/chalk-metadata-plane`,
        'ca-file': bed.TESTBED_REGISTRY_CA,
      },
      env: { KUBECONFIG: bed.KUBECONFIG, HELM_REGISTRY_CONFIG: registryConfig, ...aws.env() },
    });
    times.push(performance.now() - started);
    if (run.exitCode !== 0) {
      process.stderr.write(run.main.stdout);
      throw new Error(`run ${i + 1}: preflight failed (exit ${run.exitCode})`);
    }
    if (i === 0) {
      const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as { checks: { verdict: string; durationMs: number }[] };
      const counts = new Map<string, number>();
      for (const c of report.checks) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
      const tally = [...counts].map(([v, n]) => `${n} ${v}`);
      process.stdout.write(
        `${report.checks.length} checks per run (${tally.join(', ')}); slowest check ${Math.max(...report.checks.map((c) => c.durationMs))} ms\n`,
      );
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (v: number): string => `${Math.round(v)} ms`;
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  process.stdout.write(`full preflight, ${runs} runs under Node 24: min ${ms(sorted[0]!)}, median ${ms(median)}, max ${ms(sorted.at(-1)!)}\n`);

  // A kubeconfig whose user's exec plugin never answers.
  const plugin = join(work, 'get-token');
  await writeFile(plugin, '#!/bin/sh\nexec sleep 600\n');
  await chmod(plugin, 0o755);
  const config = parse(await readFile(bed.KUBECONFIG, 'utf8')) as { users: { user: unknown }[] };
  config.users[0]!.user = { exec: { apiVersion: 'client.authentication.k8s.io/v1', command: plugin, interactiveMode: 'Never' } };
  const hungKubeconfig = join(work, 'hung-kubeconfig');
  await writeFile(hungKubeconfig, stringify(config));
  const hung = await runAction({
    actionDir: join(root, 'actions', 'preflight'),
    node: bed.TESTBED_NODE24,
    workspace: join(root, 'test', 'fixtures', 'preflight', 'good'),
    runnerTemp: work,
    inputs: { checks: 'cluster', namespace: ns, 'check-timeout': '2s' },
    env: { KUBECONFIG: hungKubeconfig },
  });
  process.stdout.write(`hung exec credential plugin, check-timeout 2s: the step ended after ${ms(hung.main.durationMs)} (exit ${hung.exitCode})\n`);
} finally {
  await aws.close();
  await deleteNamespace(ns);
  await rm(work, { recursive: true, force: true });
  await rm(helmHomeDir, { recursive: true, force: true });
}
