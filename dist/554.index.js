export const id = 554;
export const ids = [554];
export const modules = {

/***/ 554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/action/entry.ts
var entry = __webpack_require__(59682);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(81729);
// EXTERNAL MODULE: ./src/action/paths.ts
var paths = __webpack_require__(49566);
// EXTERNAL MODULE: ./src/apply/chart-lock.ts
var chart_lock = __webpack_require__(94378);
;// CONCATENATED MODULE: ./src/apply/cluster-resources.ts
const LETSENCRYPT_PRODUCTION = 'https://acme-v02.api.letsencrypt.org/directory';
function clusterIssuer(input) {
    const route53 = {
        region: input.region,
        ...(input.hostedZoneId ? { hostedZoneID: input.hostedZoneId } : {}),
        ...(input.roleArn ? { role: input.roleArn } : {}),
    };
    return {
        id: `ClusterIssuer/${input.name}`,
        crd: { group: 'cert-manager.io', kind: 'ClusterIssuer', chart: 'cert-manager' },
        objects: [
            {
                apiVersion: 'cert-manager.io/v1',
                kind: 'ClusterIssuer',
                metadata: { name: input.name },
                spec: {
                    acme: {
                        email: input.email,
                        server: input.server,
                        privateKeySecretRef: { name: `${input.name}-account-key` },
                        solvers: [{ dns01: { route53 } }],
                    },
                },
            },
        ],
    };
}
const AMI_FAMILIES = ['AL2023', 'Bottlerocket'];
function ec2NodeClass(input) {
    return {
        id: `EC2NodeClass/${input.name}`,
        crd: { group: 'karpenter.k8s.aws', kind: 'EC2NodeClass', chart: 'karpenter' },
        objects: [
            {
                apiVersion: 'karpenter.k8s.aws/v1',
                kind: 'EC2NodeClass',
                metadata: { name: input.name },
                spec: {
                    amiSelectorTerms: [{ alias: `${input.amiFamily.toLowerCase()}@latest` }],
                    role: input.role,
                    subnetSelectorTerms: [{ tags: input.subnetTags }],
                    securityGroupSelectorTerms: [{ tags: input.securityGroupTags }],
                },
            },
        ],
    };
}
function backgroundPersistence(input) {
    return {
        id: `ServiceAccount/${input.namespace}/${input.serviceAccount}`,
        objects: [
            { apiVersion: 'v1', kind: 'Namespace', metadata: { name: input.namespace } },
            {
                apiVersion: 'v1',
                kind: 'ServiceAccount',
                metadata: { name: input.serviceAccount, namespace: input.namespace, annotations: { 'eks.amazonaws.com/role-arn': input.roleArn } },
            },
        ],
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/helm/chart.ts
var chart = __webpack_require__(90564);
// EXTERNAL MODULE: ./src/apply/helm-release.ts
var helm_release = __webpack_require__(41706);
// EXTERNAL MODULE: ./src/apply/release.ts + 1 modules
var apply_release = __webpack_require__(51998);
;// CONCATENATED MODULE: ./src/apply/schedule.ts
async function runInOrder(tasks, options) {
    const states = new Map(tasks.map((t) => [t.id, 'not-started']));
    const waiting = [...tasks];
    const running = new Set();
    const started = [];
    let firstFailure;
    const stopped = () => firstFailure !== undefined || options.signal?.aborted === true;
    for (;;) {
        if (!stopped()) {
            for (const task of [...waiting]) {
                if (running.size >= Math.max(1, options.maxParallel))
                    break;
                if (!task.needs.every((n) => states.get(n) === 'succeeded'))
                    continue;
                waiting.splice(waiting.indexOf(task), 1);
                started.push(task.id);
                const run = task
                    .run()
                    .catch(() => false)
                    .then((ok) => {
                    states.set(task.id, ok ? 'succeeded' : 'failed');
                    if (!ok)
                        firstFailure ??= task.id;
                    running.delete(run);
                });
                running.add(run);
            }
        }
        if (running.size === 0)
            break;
        await Promise.race(running);
    }
    return { started, states, ...(firstFailure ? { firstFailure } : {}) };
}

;// CONCATENATED MODULE: ./src/apply/dataplane.ts
/**
 * deploy-dataplane's engine: the guide's "Helm Charts in the Data Plane Cluster" and "Kubernetes
 * Resources in the Data Plane Cluster". In lock mode it resolves every release's version once and
 * writes the lock file; in deploy mode it installs or upgrades the releases in `needs` order
 * (independent ones in parallel, each through deployRelease), then applies the cluster resources
 * after the charts that ship their CRDs, stopping at the first failure.
 */










/** Lock mode: resolves every release's version once and writes the lock file (nothing is deployed). */
async function runChartLock(options) {
    const started = Date.now();
    const result = { mode: 'lock', ok: false, cancelled: false, releases: [], resources: [], started: [], durationMs: 0 };
    try {
        await lockMode(options, result);
    }
    catch (err) {
        result.error = (0,src_errors/* errorInfo */.f)(err);
    }
    finally {
        finish(result, options.signal, started);
    }
    return result;
}
async function runDeployDataplane(options) {
    const started = Date.now();
    const result = { mode: 'deploy', ok: false, cancelled: false, releases: [], resources: [], started: [], durationMs: 0 };
    try {
        await deployMode(options, result);
    }
    catch (err) {
        result.error = (0,src_errors/* errorInfo */.f)(err);
    }
    finally {
        finish(result, options.settings.signal, started);
    }
    return result;
}
function finish(result, signal, started) {
    result.cancelled = signal.aborted;
    result.ok = !result.error && !result.firstFailure && !result.cancelled;
    result.durationMs = Date.now() - started;
}
async function lockMode(options, result) {
    const previous = await (0,chart_lock/* readLock */.mF)(options.lockPath, options.lockShown).catch(() => undefined);
    const resolutions = [];
    const errors = [];
    const tasks = options.chartSet.releases.map((release) => ({
        id: release.name,
        needs: [],
        run: async () => {
            try {
                const resolved = await (0,chart_lock/* resolveRelease */.CM)(options.helm, release, options.registryAccess);
                const before = previous?.releases[release.name]?.version;
                resolutions.push({ ...resolved, ...(before && before !== resolved.version ? { previous: before } : {}) });
                return true;
            }
            catch (err) {
                errors.push((0,src_errors/* errorInfo */.f)(err));
                return false;
            }
        },
    }));
    const schedule = await runInOrder(tasks, { maxParallel: options.maxParallel, signal: options.signal });
    const order = options.chartSet.releases.map((r) => r.name);
    resolutions.sort((a, b) => order.indexOf(a.release) - order.indexOf(b.release));
    result.lock = { path: options.lockPath, resolutions, written: false };
    if (schedule.firstFailure) {
        result.firstFailure = schedule.firstFailure;
        result.error = errors[0];
        return;
    }
    if (options.signal.aborted)
        return;
    await (0,chart_lock/* writeLock */.be)(options.lockPath, options.chartSet.file, resolutions);
    result.lock.written = true;
}
async function deployMode(options, result) {
    const { chartSet, settings } = options;
    const sources = (0,chart_lock/* lockedSources */.xH)(chartSet, await (0,chart_lock/* readLock */.mF)(options.lockPath, options.lockShown), options.lockShown);
    const valuesDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'chalk-dataplane-'));
    const releaseResults = new Map();
    const resourceResults = new Map();
    try {
        const releaseTasks = chartSet.releases.map((release) => ({
            id: release.name,
            needs: release.needs,
            run: async () => {
                const target = await targetOf(release, sources.get(release.name), valuesDir, options);
                const deployed = await (0,apply_release/* deployRelease */.H_)(target, settings);
                releaseResults.set(release.name, deployed);
                return !deployed.error;
            },
        }));
        const resourceTasks = options.resources.map((resource) => {
            const after = resource.crd ? chartSet.releases.filter((r) => chartName(r) === resource.crd.chart).map((r) => r.name) : [];
            return {
                id: resource.id,
                needs: after,
                run: async () => {
                    const applied = await applyResource(resource, after, options);
                    resourceResults.set(resource.id, applied);
                    return !applied.error;
                },
            };
        });
        const schedule = await runInOrder([...releaseTasks, ...resourceTasks], { maxParallel: options.maxParallel, signal: settings.signal });
        result.started = schedule.started;
        if (schedule.firstFailure)
            result.firstFailure = schedule.firstFailure;
        const notStarted = settings.signal.aborted ? 'the job was cancelled' : `${schedule.firstFailure ?? 'an earlier step'} failed first`;
        result.releases = chartSet.releases.map((r) => releaseResults.get(r.name) ?? notStartedRelease(r, sources.get(r.name), notStarted));
        result.resources = options.resources.map((r) => resourceResults.get(r.id) ?? {
            id: r.id,
            outcome: 'not-started',
            after: resourceTasks.find((t) => t.id === r.id)?.needs.slice() ?? [],
            objects: [],
            durationMs: 0,
        });
    }
    finally {
        await (0,promises_.rm)(valuesDir, { recursive: true, force: true });
    }
}
/** The chart's own name: the last path segment of an OCI reference, or the repository chart name. */
function chartName(release) {
    return release.repository ? release.chart : (0,chart/* parseChartRef */.pc)(release.chart).name;
}
async function targetOf(release, source, valuesDir, options) {
    const { chartSet } = options;
    const valuesFiles = release.valuesFiles.map((f) => ({ path: f.path, display: f.display }));
    if (release.values) {
        const inline = (0,external_node_path_.join)(valuesDir, `${release.name}.yaml`);
        await (0,promises_.writeFile)(inline, (0,dist/* stringify */.As)(release.values));
        valuesFiles.push({ path: inline, display: `${chartSet.file} (releases.${release.name}.values)` });
    }
    valuesFiles.push(...(options.releaseValues[release.name] ?? []));
    return {
        release: release.name,
        namespace: release.namespace,
        chart: source,
        valuesFiles,
        set: [],
        timeoutMs: release.timeoutMs ?? options.defaultTimeoutMs,
        historyMax: options.historyMax,
    };
}
function notStartedRelease(release, source, why) {
    return {
        release: release.name,
        namespace: release.namespace,
        chart: { ref: (0,helm_release/* chartLabel */.tb)(source), ...(source.version ? { version: source.version } : {}), ...(source.digest ? { digest: source.digest } : {}) },
        outcome: 'not-started',
        changed: false,
        containerProblems: [],
        history: [],
        error: { boundary: 'apply', kind: 'not-started', message: `not started: ${why}.`, fix: '' },
        durationMs: 0,
    };
}
async function applyResource(resource, after, options) {
    const started = Date.now();
    const { kube, dryRun, signal } = options.settings;
    const result = { id: resource.id, outcome: 'failed', after, objects: [], durationMs: 0 };
    try {
        // In a dry run the chart that ships the CRD was not installed, so there is nothing to wait for.
        if (resource.crd && !dryRun)
            await kube.waitForCrd(resource.crd.group, resource.crd.kind, options.crdTimeoutMs ?? 120_000, signal);
        for (const object of resource.objects)
            result.objects.push(
            // An existing namespace is left untouched (an apply would rewrite its metadata every time).
            object.kind === 'Namespace'
                ? { kind: 'Namespace', name: object.metadata.name, action: await kube.ensureNamespace(object.metadata.name, { dryRun }) }
                : await kube.apply(object, { dryRun }));
        result.outcome = dryRun ? 'would-apply' : 'applied';
    }
    catch (err) {
        result.error = (0,src_errors/* errorInfo */.f)(err);
    }
    finally {
        result.durationMs = Date.now() - started;
    }
    return result;
}

;// CONCATENATED MODULE: ./src/apply/default-chart-set.ts
/**
 * The chart set deploy-dataplane uses when none is given: the guide's table of Data Plane charts. The
 * same text is examples/chart-set.yaml (a test keeps the two equal), the file users copy to change it.
 */
const DEFAULT_CHART_SET_YAML = `# The Data Plane's charts, as in the guide's "Helm Charts in the Data Plane Cluster" table. This is the
# chart set deploy-dataplane uses when its chart-set input is empty; copy it into your repository to change it.
#
# Each release: chart (an oci:// reference, or a chart name with repository:), version (exact, latest, or a
# minimum such as 1.0.0+), namespace, optional values / values-files (relative to this file) / timeout, and
# needs: the releases that must be installed first. "latest" and "1.0.0+" are resolved once by mode: lock,
# which writes chart-set.lock.yaml beside this file; deploys install exactly what the lock pins.
releases:
  aws-load-balancer-controller:
    repository: https://aws.github.io/eks-charts
    chart: aws-load-balancer-controller
    version: latest
    namespace: kube-system
  gateway-helm:
    # Envoy Gateway; its chart also installs the Gateway API CRDs that cert-manager and external-dns watch.
    chart: oci://docker.io/envoyproxy/gateway-helm
    version: v1.6.0
    namespace: envoy-gateway-system
    # Its LoadBalancer Service is provisioned by the AWS Load Balancer Controller.
    needs: [aws-load-balancer-controller]
  cert-manager:
    chart: oci://quay.io/jetstack/charts/cert-manager
    version: latest
    namespace: cert-manager
    needs: [gateway-helm]
    values:
      crds:
        enabled: true
      # Certificates for Gateway listeners (the guide: cert-manager supports the Gateway API).
      config:
        apiVersion: controller.config.cert-manager.io/v1alpha1
        kind: ControllerConfiguration
        enableGatewayAPI: true
  external-dns:
    repository: https://kubernetes-sigs.github.io/external-dns/
    chart: external-dns
    version: 1.17.0
    namespace: external-dns
    needs: [gateway-helm]
    values:
      provider:
        name: aws
      # The guide: external-dns watches the Gateway API's xRoute resources.
      sources:
        - service
        - ingress
        - gateway-httproute
        - gateway-grpcroute
        - gateway-tlsroute
        - gateway-tcproute
        - gateway-udproute
  argo-workflows:
    repository: https://argoproj.github.io/argo-helm
    chart: argo-workflows
    version: 0.45.27
    namespace: argo
  keda:
    repository: https://kedacore.github.io/charts
    chart: keda
    version: 2.11.1
    namespace: keda
  metrics-server:
    repository: https://kubernetes-sigs.github.io/metrics-server/
    chart: metrics-server
    version: 3.12.2
    namespace: kube-system
  aws-mountpoint-s3-csi-driver:
    repository: https://awslabs.github.io/mountpoint-s3-csi-driver
    chart: aws-mountpoint-s3-csi-driver
    version: 2.0.0
    namespace: kube-system
  cloudnative-pg:
    repository: https://cloudnative-pg.github.io/charts
    chart: cloudnative-pg
    version: 0.26.0
    namespace: cnpg-system
  karpenter:
    chart: oci://public.ecr.aws/karpenter/karpenter
    version: 1.0.0+
    namespace: kube-system
  aws-ebs-csi-driver:
    repository: https://kubernetes-sigs.github.io/aws-ebs-csi-driver
    chart: aws-ebs-csi-driver
    version: latest
    namespace: kube-system
`;

// EXTERNAL MODULE: ./src/apply/kube-apply.ts
var kube_apply = __webpack_require__(4242);
// EXTERNAL MODULE: ./src/apply/provenance.ts
var apply_provenance = __webpack_require__(10429);
// EXTERNAL MODULE: ./src/config/chalk-config.ts + 3 modules
var chalk_config = __webpack_require__(23494);
// EXTERNAL MODULE: ./src/config/chart-set.ts
var chart_set = __webpack_require__(25735);
// EXTERNAL MODULE: ./src/helm/install.ts
var install = __webpack_require__(68203);
// EXTERNAL MODULE: ./src/helm/registry.ts
var registry = __webpack_require__(57365);
// EXTERNAL MODULE: ./src/kube/names.ts
var names = __webpack_require__(19449);
// EXTERNAL MODULE: ./src/process/cancellation.ts
var cancellation = __webpack_require__(31130);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/deploy-summary.ts
var deploy_summary = __webpack_require__(53742);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(65468);
;// CONCATENATED MODULE: ./actions/deploy-dataplane/names.ts
/** deploy-dataplane's input and output names, and its inputs' non-empty defaults exactly as action.yml declares them (a test compares them). */
const Inputs = {
    Mode: 'mode',
    ChartSet: 'chart-set',
    LockFile: 'lock-file',
    ReleaseValues: 'release-values',
    WorkingDirectory: 'working-directory',
    MaxParallel: 'max-parallel',
    Timeout: 'timeout',
    HistoryMax: 'history-max',
    RecoverPending: 'recover-pending',
    RecoverPendingAfter: 'recover-pending-after',
    LockTimeout: 'lock-timeout',
    Force: 'force',
    DryRun: 'dry-run',
    Trace: 'trace',
    CaFile: 'ca-file',
    ClusterIssuerEmail: 'cluster-issuer-email',
    ClusterIssuerName: 'cluster-issuer-name',
    ClusterIssuerServer: 'cluster-issuer-server',
    Route53Region: 'route53-region',
    Route53HostedZoneId: 'route53-hosted-zone-id',
    Route53RoleArn: 'route53-role-arn',
    NodeClassRole: 'node-class-role',
    NodeClassName: 'node-class-name',
    NodeClassAmiFamily: 'node-class-ami-family',
    NodeClassSubnetTags: 'node-class-subnet-tags',
    NodeClassSecurityGroupTags: 'node-class-security-group-tags',
    BackgroundPersistenceRoleArn: 'background-persistence-role-arn',
    BackgroundPersistenceNamespace: 'background-persistence-namespace',
    BackgroundPersistenceServiceAccount: 'background-persistence-service-account',
};
const Defaults = {
    Mode: 'deploy',
    WorkingDirectory: '.',
    MaxParallel: '3',
    Timeout: '10m',
    HistoryMax: '10',
    RecoverPending: 'true',
    RecoverPendingAfter: '15m',
    LockTimeout: '15m',
    Force: 'false',
    DryRun: 'false',
    Trace: 'objects',
    ClusterIssuerName: 'letsencrypt',
    ClusterIssuerServer: 'https://acme-v02.api.letsencrypt.org/directory',
    NodeClassName: 'default',
    NodeClassAmiFamily: 'AL2023',
    BackgroundPersistenceNamespace: 'background-persistence',
    BackgroundPersistenceServiceAccount: 'background-persistence',
};
const Outputs = {
    Releases: 'releases',
    Changed: 'changed',
    FirstFailure: 'first-failure',
    LockFile: 'lock-file',
    DurationSeconds: 'duration-seconds',
};

;// CONCATENATED MODULE: ./actions/deploy-dataplane/main.ts























const MODES = ['deploy', 'lock'];
const TRACE_TARGETS = ['objects', 'namespace', 'off'];
// Bundled dependencies (the Kubernetes client's fetch) trip Node deprecation warnings the user can do nothing about.
process.noDeprecation = true;
/** `key=value` lines of an input, as a map. */
function pairs(name) {
    return (0,inputs/* getList */.vS)(name).map((entry) => {
        const i = entry.indexOf('=');
        if (i <= 0 || i === entry.length - 1)
            throw new inputs/* InputError */.dz(`Input ${name}: ${(0,inputs/* shown */.SP)(entry)} is not key=value.`);
        return [entry.slice(0, i).trim(), entry.slice(i + 1).trim()];
    });
}
function clusterResources() {
    const resources = [];
    const email = (0,inputs/* getOptional */.xX)(Inputs.ClusterIssuerEmail);
    if (email) {
        const region = (0,inputs/* getOptional */.xX)(Inputs.Route53Region);
        if (!region)
            throw new inputs/* InputError */.dz(`Input ${Inputs.Route53Region} is required with ${Inputs.ClusterIssuerEmail}: the DNS-01 solver calls Route 53 there.`);
        const zone = (0,inputs/* getOptional */.xX)(Inputs.Route53HostedZoneId);
        const role = (0,inputs/* getOptional */.xX)(Inputs.Route53RoleArn);
        resources.push(clusterIssuer({
            name: (0,names/* assertName */.I1)('object', (0,inputs/* getString */.AA)(Inputs.ClusterIssuerName, Defaults.ClusterIssuerName), `Input ${Inputs.ClusterIssuerName}`),
            email,
            server: (0,inputs/* getString */.AA)(Inputs.ClusterIssuerServer, Defaults.ClusterIssuerServer),
            region,
            ...(zone ? { hostedZoneId: zone } : {}),
            ...(role ? { roleArn: role } : {}),
        }));
    }
    const nodeRole = (0,inputs/* getOptional */.xX)(Inputs.NodeClassRole);
    if (nodeRole) {
        const subnetTags = Object.fromEntries(pairs(Inputs.NodeClassSubnetTags));
        if (Object.keys(subnetTags).length === 0)
            throw new inputs/* InputError */.dz(`Input ${Inputs.NodeClassSubnetTags} is required with ${Inputs.NodeClassRole}: Karpenter picks the nodes' subnets by tag.`);
        const groupTags = Object.fromEntries(pairs(Inputs.NodeClassSecurityGroupTags));
        const family = (0,inputs/* getString */.AA)(Inputs.NodeClassAmiFamily, Defaults.NodeClassAmiFamily);
        const amiFamily = AMI_FAMILIES.find((f) => f.toLowerCase() === family.toLowerCase());
        if (!amiFamily)
            throw new inputs/* InputError */.dz(`Input ${Inputs.NodeClassAmiFamily} must be ${AMI_FAMILIES.join(' or ')}, but it is ${(0,inputs/* shown */.SP)(family)}.`);
        resources.push(ec2NodeClass({
            name: (0,names/* assertName */.I1)('object', (0,inputs/* getString */.AA)(Inputs.NodeClassName, Defaults.NodeClassName), `Input ${Inputs.NodeClassName}`),
            amiFamily,
            role: nodeRole,
            subnetTags,
            securityGroupTags: Object.keys(groupTags).length ? groupTags : subnetTags,
        }));
    }
    const bpRole = (0,inputs/* getOptional */.xX)(Inputs.BackgroundPersistenceRoleArn);
    if (bpRole)
        resources.push(backgroundPersistence({
            namespace: (0,names/* assertName */.I1)('namespace', (0,inputs/* getString */.AA)(Inputs.BackgroundPersistenceNamespace, Defaults.BackgroundPersistenceNamespace), `Input ${Inputs.BackgroundPersistenceNamespace}`),
            serviceAccount: (0,names/* assertName */.I1)('object', (0,inputs/* getString */.AA)(Inputs.BackgroundPersistenceServiceAccount, Defaults.BackgroundPersistenceServiceAccount), `Input ${Inputs.BackgroundPersistenceServiceAccount}`),
            roleArn: bpRole,
        }));
    return resources;
}
/** helm's registry config: the one helm-login exported, else helm's default location. */
function registryConfigPath() {
    const env = process.env;
    return env[registry/* REGISTRY_CONFIG_ENV */.Rc] || (0,external_node_path_.join)(env.HELM_CONFIG_HOME || (0,external_node_path_.join)(env.XDG_CONFIG_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.config'), 'helm'), 'registry', 'config.json');
}
function run() {
    return (0,entry/* runEntry */.C)(async () => {
        const ws = (0,paths/* workspace */.G)();
        const cwd = (0,external_node_path_.resolve)(ws, (0,inputs/* getPath */.Yn)(Inputs.WorkingDirectory) ?? Defaults.WorkingDirectory);
        const mode = (0,inputs/* getOneOf */.SY)(Inputs.Mode, MODES) ?? 'deploy';
        const chartSetInput = (0,inputs/* getPath */.Yn)(Inputs.ChartSet);
        const chartSetPath = (0,external_node_path_.resolve)(cwd, chartSetInput ?? 'chart-set.yaml');
        const loaded = chartSetInput
            ? await (0,chart_set/* loadChartSet */.R2)(chartSetPath, { workspace: ws })
            : await (0,chart_set/* parseChartSet */.ct)(DEFAULT_CHART_SET_YAML, chartSetPath, { workspace: ws });
        (0,annotations/* annotate */.fz)(loaded.problems, 'Chart set');
        if (!loaded.chartSet)
            throw new inputs/* InputError */.dz(`The chart set ${(0,chalk_config/* displayPath */.G)(chartSetPath, ws)} has ${loaded.problems.filter((p) => p.severity === 'error').length} error(s); see the annotations.`);
        const chartSet = loaded.chartSet;
        const releaseValues = {};
        for (const [release, file] of pairs(Inputs.ReleaseValues)) {
            if (!chartSet.releases.some((r) => r.name === release))
                throw new inputs/* InputError */.dz(`Input ${Inputs.ReleaseValues} names ${(0,inputs/* shown */.SP)(release)}, which is not a release of ${chartSet.file}.`);
            const path = (0,external_node_path_.resolve)(cwd, file);
            if (!(0,external_node_fs_.existsSync)(path))
                throw new inputs/* InputError */.dz(`Input ${Inputs.ReleaseValues}: ${(0,chalk_config/* displayPath */.G)(path, ws)} (for ${release}) does not exist.`);
            (releaseValues[release] ??= []).push({ path, display: (0,chalk_config/* displayPath */.G)(path, ws) });
        }
        const lockPath = (0,external_node_path_.resolve)(cwd, (0,inputs/* getPath */.Yn)(Inputs.LockFile) ?? (0,chart_lock/* lockPathFor */.sF)(chartSetPath));
        const maxParallel = Number((0,inputs/* getString */.AA)(Inputs.MaxParallel, Defaults.MaxParallel));
        if (!Number.isInteger(maxParallel) || maxParallel < 1)
            throw new inputs/* InputError */.dz(`Input ${Inputs.MaxParallel} must be a whole number of at least 1.`);
        const historyMax = Number((0,inputs/* getString */.AA)(Inputs.HistoryMax, Defaults.HistoryMax));
        if (!Number.isInteger(historyMax) || historyMax < 0)
            throw new inputs/* InputError */.dz(`Input ${Inputs.HistoryMax} must be a whole number, 0 for no limit.`);
        const caFile = (0,inputs/* getOptional */.xX)(Inputs.CaFile) ? (0,external_node_path_.resolve)(ws, (0,inputs/* getString */.AA)(Inputs.CaFile)) : undefined;
        const provenance = (0,apply_provenance/* githubProvenance */.t)(process.env);
        const files = { chartSet, lockPath, lockShown: (0,chalk_config/* displayPath */.G)(lockPath, ws), maxParallel };
        const deploy = mode === 'deploy'
            ? {
                resources: clusterResources(),
                defaultTimeoutMs: (0,inputs/* getDuration */.Ds)(Inputs.Timeout, Defaults.Timeout),
                historyMax,
                releaseValues,
                settings: {
                    ...(caFile ? { caFile } : {}),
                    recoverPending: (0,inputs/* getBoolean */.pW)(Inputs.RecoverPending),
                    recoverPendingAfterMs: (0,inputs/* getDuration */.Ds)(Inputs.RecoverPendingAfter, Defaults.RecoverPendingAfter),
                    force: (0,inputs/* getBoolean */.pW)(Inputs.Force),
                    dryRun: (0,inputs/* getBoolean */.pW)(Inputs.DryRun),
                    lock: { holder: (0,apply_provenance/* lockHolder */.m)(provenance, process.env), waitMs: (0,inputs/* getDuration */.Ds)(Inputs.LockTimeout, Defaults.LockTimeout) },
                    provenance,
                    trace: (0,inputs/* getOneOf */.SY)(Inputs.Trace, TRACE_TARGETS) ?? 'objects',
                    signal: cancellation/* cancellation */.WN.signal,
                },
            }
            : undefined;
        const { client: helm, warnings } = await (0,install/* setupHelm */.wm)({ tempDir: (0,paths/* runnerTemp */.X)() });
        for (const w of warnings)
            core/* warning */.$e(w);
        let result;
        if (deploy) {
            const kube = await kube_apply/* ApplyKube */.o.load();
            result = await runDeployDataplane({ ...files, ...deploy, settings: { ...deploy.settings, helm, kube } }).finally(() => kube.close());
        }
        else
            result = await runChartLock({
                ...files,
                helm,
                registryAccess: async (host) => ({
                    ...(await (0,registry/* registryConfigCredentials */.a$)(registryConfigPath(), host).catch(() => undefined)),
                    ...(caFile ? { caFile } : {}),
                    signal: cancellation/* cancellation */.WN.signal,
                }),
                signal: cancellation/* cancellation */.WN.signal,
            });
        for (const r of result.releases) {
            const origin = r.error?.origin;
            if (origin)
                (0,annotations/* annotation */.w7)('error', `${r.release}: ${r.error.message}`, {
                    title: 'helm could not render the chart',
                    file: origin.file,
                    line: origin.line,
                    col: origin.col,
                });
        }
        (0,outputs/* setOutputs */.n0)({
            [Outputs.Releases]: JSON.stringify(result.releases.map((r) => ({
                release: r.release,
                namespace: r.namespace,
                outcome: r.outcome,
                revision: r.revision ?? null,
                version: r.chart.version ?? null,
            }))),
            // A dry run changes nothing, whatever it would do.
            [Outputs.Changed]: !deploy?.settings.dryRun && (result.releases.some((r) => r.changed) || result.resources.some((r) => r.objects.some((o) => o.action !== 'unchanged'))),
            [Outputs.FirstFailure]: result.firstFailure ?? '',
            [Outputs.LockFile]: (0,outputs/* generated */.gO)(lockPath),
            [Outputs.DurationSeconds]: Math.round(result.durationMs / 100) / 10,
        });
        await (0,outputs/* writeSummary */.Sy)((0,deploy_summary/* dataplaneSummary */.fM)(result), { keep: [lockPath] });
        if (result.ok)
            return;
        const failed = result.releases.find((r) => r.release === result.firstFailure)?.error ?? result.resources.find((r) => r.id === result.firstFailure)?.error;
        const error = failed ?? result.error;
        core/* setFailed */.C1(`deploy-dataplane ${result.cancelled ? 'was cancelled' : 'failed'}${result.firstFailure ? ` at ${result.firstFailure}` : ''}: ${error?.message ?? 'see the summary'}${error?.fix ? ` Fix: ${error.fix}` : ''}`);
    });
}


/***/ }),

/***/ 57365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ openRegistryConfig),
/* harmony export */   MZ: () => (/* binding */ registryLogout),
/* harmony export */   QL: () => (/* binding */ KEPT_LOGINS_ENV),
/* harmony export */   Rc: () => (/* binding */ REGISTRY_CONFIG_ENV),
/* harmony export */   X6: () => (/* binding */ DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS),
/* harmony export */   a$: () => (/* binding */ registryConfigCredentials),
/* harmony export */   j8: () => (/* binding */ registryLogin)
/* harmony export */ });
/* unused harmony export RegistryLoginError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _process_run_tool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33915);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67663);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(65655);
/* harmony import */ var _advice_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43294);
/* harmony import */ var _ca_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46461);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74057);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15274);
/**
 * helm's registry verbs (`registry login` / `logout`) and the per-job registry config file they
 * write to. The password only ever travels on stdin; the config lives in a private directory so
 * one job's logout cannot break another's pulls on a shared self-hosted runner.
 */










/** The variable helm reads its registry config path from; helm-login exports it for later steps. */
const REGISTRY_CONFIG_ENV = 'HELM_REGISTRY_CONFIG';
/**
 * Logins a step asked to keep (skip-logout), as JSON `{"<config path>": ["<host>", …]}`: exported for
 * the later steps of the job, so that another step's post sharing the config leaves them in place.
 */
const KEPT_LOGINS_ENV = 'CHALK_HELM_KEPT_LOGINS';
/** helm-login's default limit for one helm registry operation (a login, a logout, a chart fetch). */
const DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS = 2 * 60_000;
/** How long, after helm gave up or was stopped, the registry is asked directly what it answers. */
const PROBE_MS = 3_000;
class RegistryLoginError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ChalkError */ .E {
    host;
    boundary = 'registry';
    constructor(host, kind, message, fix = (0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .adviceFor */ .cp)(kind, 'login').fix) {
        super(kind, message, fix);
        this.host = host;
    }
}
/** The config `existing` names (an earlier step's, or the workflow's), else a fresh `config.json` (0600) in a random directory (0700) under `parent`. */
async function openRegistryConfig(existing, parent) {
    if (existing)
        return { path: existing, owned: false };
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(parent, 'helm-registry-'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(dir, 0o700);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'config.json');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, '{"auths":{}}\n', { mode: 0o600, flag: 'wx' });
    return { path, owned: true };
}
async function registryLogin(helm, req) {
    // helm sends base64(user:password) as its Basic header, and a registry may echo it back in an error helm prints.
    (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .registerSecret */ .cl)(Buffer.from(`${req.username}:${req.password}`).toString('base64'));
    const args = ['registry', 'login', req.host, '--username', req.username, '--password-stdin'];
    if (req.caFile)
        args.push('--ca-file', req.caFile);
    const timeoutMs = req.timeoutMs ?? DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS;
    try {
        await helm.run(args, { stdin: req.password, timeoutMs, ...(req.signal ? { signal: req.signal } : {}) });
    }
    catch (err) {
        if (err instanceof _process_run_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolTimeoutError */ .Ap)
            throw await timedOut(req, timeoutMs);
        if (err instanceof _process_run_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolAbortedError */ .ik)
            throw new RegistryLoginError(req.host, 'cancelled', `${req.host}: helm registry login was stopped: ${err.message}`);
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .HelmError */ .t2))
            throw err;
        const status = Number(/status code (\d{3})/.exec(err.message)?.[1]) || undefined;
        const { says } = (0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .adviceFor */ .cp)(err.kind, 'login', { user: req.username, ...(status ? { status } : {}), what: `the registry ${req.host}` });
        throw new RegistryLoginError(req.host, err.kind, `${req.host}: ${says}. helm said: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .T)(err.message)}`);
    }
}
/**
 * helm retries a registry that answers 5xx until its own budget runs out, so "did not answer" would
 * often be wrong: the registry is asked once more, directly, and its status reported when it has one.
 */
async function timedOut(req, timeoutMs) {
    const probe = await probeRegistry(req, Math.min(PROBE_MS, timeoutMs));
    const kind = probe.status ? (0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .kindOfStatus */ .o3)(probe.status) : undefined;
    if (kind === 'server-error')
        return new RegistryLoginError(req.host, kind, `${req.host}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .adviceFor */ .cp)(kind, 'login', { status: probe.status }).says}: GET /v2/ answered HTTP ${probe.status}${probe.detail ? ` (${probe.detail})` : ''}; helm registry login kept retrying and was stopped after ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .seconds */ .YA)(timeoutMs)}.`);
    const said = probe.status ? ` Asked directly, the registry answers GET /v2/ (HTTP ${probe.status}).` : '';
    return new RegistryLoginError(req.host, 'timeout', `${req.host}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .adviceFor */ .cp)('timeout', 'login', { limit: (0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .seconds */ .YA)(timeoutMs) }).says}; helm registry login was stopped.${said}`);
}
async function probeRegistry(req, ms) {
    const ca = req.caFile ? await (0,_ca_file_js__WEBPACK_IMPORTED_MODULE_6__/* .loadCaFile */ .x)(req.caFile).catch(() => undefined) : undefined;
    try {
        const res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_8__/* .httpGet */ .lx)(new URL(`https://${req.host}/v2/`), {
            signal: new _http_js__WEBPACK_IMPORTED_MODULE_8__/* .Deadline */ .B2(ms).signal,
            maxBytes: _http_js__WEBPACK_IMPORTED_MODULE_8__/* .ERROR_BODY_BYTES */ .S5,
            headers: { accept: 'application/json' },
            ...(ca ? { ca } : {}),
        });
        return { status: res.status, detail: (0,_report_text_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .T)(res.body, 200) };
    }
    catch (err) {
        if (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_8__/* .HttpFailure */ .HR)
            return {};
        throw err;
    }
}
/** Removes `host` from the config; helm treats an absent entry as success. */
async function registryLogout(helm, host, timeoutMs = DEFAULT_REGISTRY_OPERATION_TIMEOUT_MS) {
    try {
        await helm.run(['registry', 'logout', host], { timeoutMs });
    }
    catch (err) {
        if (err instanceof _process_run_tool_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolTimeoutError */ .Ap)
            throw new RegistryLoginError(host, 'timeout', `${host}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .adviceFor */ .cp)('timeout', 'login', { limit: (0,_advice_js__WEBPACK_IMPORTED_MODULE_5__/* .seconds */ .YA)(timeoutMs) }).says}; helm registry logout was stopped.`);
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .HelmError */ .t2)
            throw new RegistryLoginError(host, err.kind, `${host}: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .T)(err.message)}`);
        throw err;
    }
}
/** The username and password helm stored for `host` in a registry config (registered as secrets), for API calls with the same login. */
async function registryConfigCredentials(configPath, host) {
    const config = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(configPath, 'utf8'));
    const auth = config.auths?.[host]?.auth;
    if (!auth)
        return undefined;
    (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .registerSecret */ .cl)(auth);
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        return undefined;
    const password = decoded.slice(colon + 1);
    (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .registerSecret */ .cl)(password);
    return { username: decoded.slice(0, colon), password };
}


/***/ })

};
