/**
 * Full-preflight wall time: every check group the local test bed can serve (config, tools, cluster,
 * secrets, postgres, registry against the bed; aws and dataplane against the local AWS protocol
 * endpoints of test/fakes), run N times through the committed bundle under Node 24, as a workflow
 * step runs it. Prints min / median / max.
 *
 *   npx tsx bench/preflight.ts [runs=10]
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
const aws = await startFakeAws();
try {
  // The cluster side of a ready install: namespace, both secrets, the IRSA service accounts.
  await metadataNamespace(ns, bedPostgresSecret(bed.PGDATABASE), { GOOGLE_CLIENT_ID: 'id', GOOGLE_CLIENT_SECRET: 'bench-secret' });
  for (const sa of ['chalk-metadata-plane', 'background-persistence']) await serviceAccount(ns, sa, roleArn);
  // The AWS side: queues, buckets with CORS, the MSK secret, one role good for both service accounts.
  const s = aws.state;
  for (const q of ['metric-check-trigger', 'scheduled-resolver-trigger', 'scheduled-query-trigger', 'batch-status', 'argo-builds', 'batch-report', 'heartbeat'])
    s.queues.add(q);
  for (const b of ['data', 'source', 'dataset', 'model', 'stages'])
    s.buckets.set(`bench-${b}`, [{ AllowedMethods: ['GET'], AllowedOrigins: ['https://*.acme.dev', 'https://chalk.acme.dev'] }]);
  s.secrets.set('AmazonMSK_bench', { kmsKeyId: `arn:aws:kms:us-east-1:${account}:key/bench` });
  s.roles.set(role, { trust: namespaceTrust(account, ns), inline: { all: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } } });
  const registryConfig = join(work, 'registry.json');
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
        ...Object.fromEntries(['data', 'source', 'dataset', 'model', 'stages'].map((b) => [`s3-${b}-bucket`, `bench-${b}`])),
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
} finally {
  await aws.close();
  await deleteNamespace(ns);
  await rm(work, { recursive: true, force: true });
}
