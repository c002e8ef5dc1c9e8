import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { paths, tool } from './paths.js';
import { caCert, ensureCert, ensureServiceAccountKey, get, pkiFile, type TlsClient } from './pki.js';
import { componentAlive, runOk, startDetached, stopComponent, waitFor, type Started } from './proc.js';
import type { BedState } from './state.js';

export const NODE_COUNT = 3;
export const RESTRICTED_USER = 'chalk-restricted';
export const RESTRICTED_NAMESPACE = 'chalk-metadata';
export const RESTRICTED_CLUSTER_ROLE = 'chalk-testbed:restricted';
const SERVICE_CIDR = '10.96.0.0/16';

// kwok flags that are not per-bed; part of kwokStagesHash so a change restarts kwok.
// Node and pod addresses: nodes report 127.0.0.1 (so anything the API server sends to a
// "kubelet" stays on loopback; no kubelet port is advertised), pods get IPs from 10.244/16
// that nothing ever connects to (no kube-proxy; stand-in charts register no webhooks or
// APIServices, which the API server would call through those IPs).
const KWOK_FLAGS = [
  '--manage-all-nodes=false',
  '--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake',
  '--node-lease-duration-seconds=40',
  '--cidr=10.244.0.1/16',
  '--node-ip=127.0.0.1',
];

/** Hash of the kwok stage config and flags the running kwok must have been started with. */
export const kwokStagesHash = (): string => createHash('sha256').update(readFileSync(paths.kwokStages)).update(JSON.stringify(KWOK_FLAGS)).digest('hex');

export const apiserverUrl = (s: BedState): string => `https://127.0.0.1:${s.ports.apiserver}`;
const adminTls = (): TlsClient => ({ ca: caCert(), cert: pkiFile('admin.crt'), key: pkiFile('admin.key') });

async function ensureKubePki(): Promise<void> {
  await ensureServiceAccountKey();
  await ensureCert({
    name: 'apiserver',
    cn: 'kube-apiserver',
    usage: 'server',
    sans: [
      'IP:127.0.0.1',
      'IP:10.96.0.1',
      'DNS:localhost',
      'DNS:kubernetes',
      'DNS:kubernetes.default',
      'DNS:kubernetes.default.svc',
      'DNS:kubernetes.default.svc.cluster.local',
    ],
  });
  await ensureCert({ name: 'admin', cn: 'chalk-testbed-admin', org: 'system:masters', usage: 'client' });
  await ensureCert({ name: 'restricted', cn: RESTRICTED_USER, usage: 'client' });
  await ensureCert({ name: 'controller-manager', cn: 'system:kube-controller-manager', usage: 'client' });
  await ensureCert({ name: 'scheduler', cn: 'system:kube-scheduler', usage: 'client' });
  await ensureCert({ name: 'kwok', cn: 'kwok-controller', org: 'system:masters', usage: 'client' });
}

/** A self-contained kubeconfig (certificates embedded). */
function kubeconfig(s: BedState, user: string, certName: string, namespace?: string): string {
  const b64 = (f: string): string => readFileSync(f).toString('base64');
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'chalk-testbed', cluster: { server: apiserverUrl(s), 'certificate-authority-data': b64(caCert()) } }],
    users: [
      {
        name: user,
        user: {
          'client-certificate-data': b64(pkiFile(`${certName}.crt`)),
          'client-key-data': b64(pkiFile(`${certName}.key`)),
        },
      },
    ],
    contexts: [{ name: `${user}@chalk-testbed`, context: { cluster: 'chalk-testbed', user, ...(namespace ? { namespace } : {}) } }],
    'current-context': `${user}@chalk-testbed`,
  });
}

function writeKubeconfigs(s: BedState): void {
  mkdirSync(paths.config, { recursive: true });
  writeFileSync(paths.kubeconfig, kubeconfig(s, 'chalk-testbed-admin', 'admin'), { mode: 0o600 });
  writeFileSync(paths.restrictedKubeconfig, kubeconfig(s, RESTRICTED_USER, 'restricted', RESTRICTED_NAMESPACE), {
    mode: 0o600,
  });
  for (const c of ['controller-manager', 'scheduler', 'kwok']) {
    writeFileSync(join(paths.config, `${c}.kubeconfig`), kubeconfig(s, c, c), { mode: 0o600 });
  }
}

export async function etcdHealthy(s: BedState): Promise<boolean> {
  const r = await get(`http://127.0.0.1:${s.ports.etcd}/health`);
  return r.status === 200 && r.body.includes('"true"');
}

export async function apiserverReady(s: BedState): Promise<boolean> {
  const r = await get(`${apiserverUrl(s)}/readyz`, adminTls());
  return r.status === 200;
}

export async function nodesReady(s: BedState): Promise<boolean> {
  const r = await get(`${apiserverUrl(s)}/api/v1/nodes?labelSelector=chalk.ai%2Ftestbed%3Dtrue`, adminTls());
  if (r.status !== 200) return false;
  const list = JSON.parse(r.body) as {
    items: { spec?: { taints?: { key: string }[] }; status?: { conditions?: { type: string; status: string }[] } }[];
  };
  const ready = list.items.filter(
    (n) =>
      n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') &&
      !n.spec?.taints?.some((t) => t.key.startsWith('node.kubernetes.io/not-ready')),
  );
  return ready.length >= NODE_COUNT;
}

async function secureHealthz(port: number): Promise<boolean> {
  const r = await get(`https://127.0.0.1:${port}/healthz`, { insecure: true });
  return r.status === 200;
}

const TIMEOUT = {
  etcd: 60_000,
  apiserver: 120_000,
  controllers: 90_000,
  nodes: 90_000,
};

/** Starts (or keeps) etcd, kube-apiserver, kube-controller-manager, kube-scheduler and kwok. */
const etcdArgs = (s: BedState): string[] => {
  const peer = `http://127.0.0.1:${s.ports.etcdPeer}`;
  const client = `http://127.0.0.1:${s.ports.etcd}`;
  return [
    '--name=testbed',
    `--data-dir=${join(paths.data, 'etcd')}`,
    `--listen-client-urls=${client}`,
    `--advertise-client-urls=${client}`,
    `--listen-peer-urls=${peer}`,
    `--initial-advertise-peer-urls=${peer}`,
    `--initial-cluster=testbed=${peer}`,
    '--unsafe-no-fsync=true',
    '--log-level=warn',
    '--quota-backend-bytes=2147483648',
  ];
};

const apiserverArgs = (s: BedState): string[] => [
  `--etcd-servers=http://127.0.0.1:${s.ports.etcd}`,
  '--bind-address=127.0.0.1',
  '--advertise-address=127.0.0.1',
  `--secure-port=${s.ports.apiserver}`,
  `--tls-cert-file=${pkiFile('apiserver.crt')}`,
  `--tls-private-key-file=${pkiFile('apiserver.key')}`,
  `--client-ca-file=${caCert()}`,
  `--cert-dir=${join(paths.data, 'apiserver-certs')}`,
  '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
  `--service-account-key-file=${pkiFile('sa.pub')}`,
  `--service-account-signing-key-file=${pkiFile('sa.key')}`,
  `--service-cluster-ip-range=${SERVICE_CIDR}`,
  // "kubelet" calls (logs, exec) go to the node's InternalIP (127.0.0.1), never via DNS
  '--kubelet-preferred-address-types=InternalIP',
  '--authorization-mode=RBAC',
  '--allow-privileged=true',
  '--profiling=false',
  '--enable-priority-and-fairness=false',
  '--event-ttl=2h',
  '--v=1',
];

const controllerManagerArgs = (s: BedState): string[] => {
  const kc = join(paths.config, 'controller-manager.kubeconfig');
  return [
    `--kubeconfig=${kc}`,
    `--authentication-kubeconfig=${kc}`,
    `--authorization-kubeconfig=${kc}`,
    '--bind-address=127.0.0.1',
    `--secure-port=${s.ports.controllerManager}`,
    '--leader-elect=false',
    '--use-service-account-credentials=true',
    `--service-account-private-key-file=${pkiFile('sa.key')}`,
    `--root-ca-file=${caCert()}`,
    `--cluster-signing-cert-file=${caCert()}`,
    `--cluster-signing-key-file=${pkiFile('ca.key')}`,
    '--cluster-name=chalk-testbed',
    `--service-cluster-ip-range=${SERVICE_CIDR}`,
    '--controllers=*,-cloud-node-lifecycle,-service-lb-controller,-node-route-controller',
    '--v=1',
  ];
};

const schedulerArgs = (s: BedState): string[] => {
  const kc = join(paths.config, 'scheduler.kubeconfig');
  return [
    `--kubeconfig=${kc}`,
    `--authentication-kubeconfig=${kc}`,
    `--authorization-kubeconfig=${kc}`,
    '--bind-address=127.0.0.1',
    `--secure-port=${s.ports.scheduler}`,
    '--leader-elect=false',
    '--v=1',
  ];
};

const kwokArgs = (s: BedState): string[] => [
  `--kubeconfig=${join(paths.config, 'kwok.kubeconfig')}`,
  `--config=${paths.kwokStages}`,
  ...KWOK_FLAGS,
  `--server-address=127.0.0.1:${s.ports.kwok}`,
];

type Component = [name: string, exe: string, args: (s: BedState) => string[]];
const COMPONENTS: Component[] = [
  ['etcd', 'etcd', etcdArgs],
  ['kube-apiserver', 'kube-apiserver', apiserverArgs],
  ['kube-controller-manager', 'kube-controller-manager', controllerManagerArgs],
  ['kube-scheduler', 'kube-scheduler', schedulerArgs],
  ['kwok', 'kwok', kwokArgs],
];

const argsHash = (args: string[]): string => createHash('sha256').update(JSON.stringify(args)).digest('hex');

/**
 * True if the component must be (re)started: it is not running, or it runs with
 * other arguments than this version of the bed would give it (then it is stopped).
 */
async function mustStart(s: BedState, name: string, exe: string, args: string[]): Promise<boolean> {
  if (!componentAlive(name, exe)) return true;
  if (s.args?.[name] === argsHash(args)) return false;
  await stopComponent(name, exe);
  return true;
}

function started(s: BedState, name: string, exe: string, args: string[]): Started {
  const p = startDetached(name, tool(exe), args);
  s.args = { ...s.args, [name]: argsHash(args) };
  return p;
}

/** Starts (or keeps) etcd, kube-apiserver, kube-controller-manager, kube-scheduler and kwok. */
export async function startKube(s: BedState): Promise<void> {
  await ensureKubePki();
  writeKubeconfigs(s);
  mkdirSync(join(paths.data, 'etcd'), { recursive: true, mode: 0o700 });

  const etcd = etcdArgs(s);
  if ((await mustStart(s, 'etcd', 'etcd', etcd)) || !(await etcdHealthy(s).catch(() => false))) {
    if (componentAlive('etcd', 'etcd')) await stopComponent('etcd', 'etcd');
    const p = started(s, 'etcd', 'etcd', etcd);
    await waitFor('etcd /health', () => etcdHealthy(s), { timeoutMs: TIMEOUT.etcd, proc: p, log: 'etcd' });
  }

  const api = apiserverArgs(s);
  if ((await mustStart(s, 'kube-apiserver', 'kube-apiserver', api)) || !(await apiserverReady(s).catch(() => false))) {
    if (componentAlive('kube-apiserver', 'kube-apiserver')) await stopComponent('kube-apiserver', 'kube-apiserver');
    const p = started(s, 'kube-apiserver', 'kube-apiserver', api);
    await waitFor('kube-apiserver /readyz', () => apiserverReady(s), {
      timeoutMs: TIMEOUT.apiserver,
      proc: p,
      log: 'kube-apiserver',
    });
  }

  const starts: Promise<void>[] = [];
  for (const [name, port] of [
    ['kube-controller-manager', s.ports.controllerManager],
    ['kube-scheduler', s.ports.scheduler],
  ] as const) {
    const args = name === 'kube-controller-manager' ? controllerManagerArgs(s) : schedulerArgs(s);
    if (await mustStart(s, name, name, args)) {
      const p = started(s, name, name, args);
      starts.push(waitFor(`${name} /healthz`, () => secureHealthz(port), { timeoutMs: TIMEOUT.controllers, proc: p, log: name }));
    }
  }

  let kwok: Started | undefined;
  const kwokArgv = kwokArgs(s);
  const stages = kwokStagesHash();
  if (componentAlive('kwok', 'kwok') && s.kwokStagesHash !== stages) await stopComponent('kwok', 'kwok');
  if (await mustStart(s, 'kwok', 'kwok', kwokArgv)) {
    // A new kwok cannot take over its predecessor's node leases until they expire
    // (~40 s, long enough for the node controller to mark nodes NotReady): drop them.
    await kubectl(['-n', 'kube-node-lease', 'delete', 'lease', '--ignore-not-found', '--wait=false', ...nodeNames()]);
    kwok = started(s, 'kwok', 'kwok', kwokArgv);
    s.kwokStagesHash = stages;
  }
  await Promise.all(starts);

  const manifest = bootstrapManifest();
  const manifestHash = createHash('sha256').update(manifest).digest('hex');
  if (s.kubeBootstrapHash !== manifestHash) {
    await kubectl(['apply', '--server-side', '--force-conflicts', '-f', '-'], manifest);
    s.kubeBootstrapHash = manifestHash;
  }
  await waitFor(`${NODE_COUNT} kwok nodes Ready`, () => nodesReady(s), {
    timeoutMs: TIMEOUT.nodes,
    proc: kwok,
    log: 'kwok',
  });
}

export async function kubeHealthy(s: BedState): Promise<boolean> {
  for (const [name, exe, args] of COMPONENTS) {
    if (!componentAlive(name, exe) || s.args?.[name] !== argsHash(args(s))) return false;
  }
  if (s.kubeBootstrapHash !== createHash('sha256').update(bootstrapManifest()).digest('hex')) return false;
  return (await apiserverReady(s).catch(() => false)) && (await nodesReady(s).catch(() => false));
}

/** kubectl as the bed's admin. */
export function kubectl(args: string[], input?: string): Promise<{ stdout: string }> {
  return runOk(tool('kubectl'), args, {
    input,
    env: { ...process.env, KUBECONFIG: paths.kubeconfig },
  });
}

const nodeNames = (): string[] => Array.from({ length: NODE_COUNT }, (_, i) => `testbed-node-${i}`);

/** Fake nodes managed by kwok, and the restricted identity's (namespace-scoped) permissions. */
function bootstrapManifest(): string {
  const docs: unknown[] = [];
  for (const [i, name] of nodeNames().entries()) {
    docs.push({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name,
        annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'kwok.x-k8s.io/node': 'fake' },
        labels: {
          'beta.kubernetes.io/arch': 'amd64',
          'beta.kubernetes.io/os': 'linux',
          'kubernetes.io/arch': 'amd64',
          'kubernetes.io/os': 'linux',
          'kubernetes.io/hostname': name,
          'kubernetes.io/role': 'agent',
          'node-role.kubernetes.io/agent': '',
          'node.kubernetes.io/instance-type': 't3.medium',
          'topology.kubernetes.io/region': 'us-east-1',
          'topology.kubernetes.io/zone': `us-east-1${'abc'[i % 3]}`,
          type: 'kwok',
          'chalk.ai/testbed': 'true',
        },
      },
      status: {
        allocatable: { cpu: '32', memory: '128Gi', pods: '110', 'ephemeral-storage': '100Gi' },
        capacity: { cpu: '32', memory: '128Gi', pods: '110', 'ephemeral-storage': '100Gi' },
      },
    });
  }
  // Default StorageClass whose PVCs kwok provisions and binds (see the volume stages).
  docs.push({
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: {
      name: 'kwok-volume',
      annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
      labels: { 'chalk.ai/testbed': 'true' },
    },
    provisioner: 'kwok.x-k8s.io/volume',
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'Immediate',
  });
  docs.push({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: RESTRICTED_CLUSTER_ROLE, labels: { 'chalk.ai/testbed': 'true' } },
    rules: [{ apiGroups: [''], resources: ['pods', 'secrets'], verbs: ['get', 'list'] }],
  });
  return docs.map((d) => stringify(d)).join('---\n');
}

/**
 * Grants the restricted identity get/list on pods and secrets in `namespace`
 * (a RoleBinding to the chalk-testbed:restricted ClusterRole). The namespace must exist.
 */
export async function grantRestricted(namespace = RESTRICTED_NAMESPACE): Promise<void> {
  const rb = {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: RESTRICTED_CLUSTER_ROLE.replace(':', '-'), namespace },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: RESTRICTED_CLUSTER_ROLE },
    subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: RESTRICTED_USER }],
  };
  await kubectl(['apply', '--server-side', '--force-conflicts', '-f', '-'], stringify(rb));
}

export async function namespaceExists(s: BedState, ns: string): Promise<boolean> {
  const r = await get(`${apiserverUrl(s)}/api/v1/namespaces/${encodeURIComponent(ns)}`, adminTls());
  return r.status === 200;
}
