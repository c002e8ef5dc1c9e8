export const id = 104;
export const ids = [104];
export const modules = {

/***/ 79899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(81729);
// EXTERNAL MODULE: ./src/action/entry.ts
var entry = __webpack_require__(59682);
// EXTERNAL MODULE: ./src/action/paths.ts
var paths = __webpack_require__(49566);
// EXTERNAL MODULE: ./src/kube/names.ts
var names = __webpack_require__(19449);
// EXTERNAL MODULE: ./src/postgres/connect.ts
var connect = __webpack_require__(36741);
// EXTERNAL MODULE: ./src/preflight/clients.ts + 2 modules
var preflight_clients = __webpack_require__(1973);
// EXTERNAL MODULE: ./src/preflight/context.ts
var context = __webpack_require__(77212);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/problems.ts
var report_problems = __webpack_require__(53300);
;// CONCATENATED MODULE: ./src/preflight/report.ts


function buildReport(checks) {
    const problems = checks.flatMap((c) => c.problems);
    // A check without located problems counts once for its own verdict.
    const bare = (verdict) => checks.filter((c) => c.verdict === verdict && c.problems.length === 0).length;
    const errorCount = (0,report_problems/* countErrors */.Tk)(problems) + bare('fail');
    const warningCount = problems.length - (0,report_problems/* countErrors */.Tk)(problems) + bare('warn');
    return { schemaVersion: 1, ok: errorCount === 0, errorCount, warningCount, checks };
}
const ICON = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skipped: '⏭️ skipped' };
function summaryMarkdown(report) {
    const headline = report.ok
        ? `### ✅ Chalk preflight passed${report.warningCount ? ` with ${report.warningCount} warning${report.warningCount > 1 ? 's' : ''}` : ''}`
        : `### ❌ Chalk preflight failed: ${report.errorCount} error${report.errorCount > 1 ? 's' : ''}`;
    const checks = (0,markdown/* table */.tp)(['Check', 'Verdict', 'Finding', 'Fix'], report.checks.map((c) => [`${c.title} (${(0,markdown/* code */.aY)(c.id)})`, ICON[c.verdict], c.finding, c.fix ?? '']));
    const problems = report.checks.flatMap((c) => c.problems);
    const parts = [headline, '', checks];
    if (problems.length) {
        parts.push('', '#### Findings', '', (0,markdown/* table */.tp)(['Where', 'Severity', 'Problem', 'Fix'], problems.map((p) => [p.origin ? (0,markdown/* code */.aY)((0,report_problems/* formatOrigin */.cp)(p.origin)) : '', p.severity, p.message, p.fix ?? ''])));
    }
    return parts.join('\n') + '\n';
}
/** Every located problem, plus one for each failed or warning check that has none of its own; titled by check. */
function reportAnnotations(report) {
    return report.checks.flatMap((check) => {
        const title = `preflight ${check.id}`;
        if (check.problems.length)
            return [{ title, problems: check.problems }];
        if (check.verdict !== 'fail' && check.verdict !== 'warn')
            return [];
        const problem = {
            severity: check.verdict === 'fail' ? 'error' : 'warning',
            code: check.id,
            message: `${check.title}: ${check.finding}`,
            ...(check.fix ? { fix: check.fix } : {}),
        };
        return [{ title, problems: [problem] }];
    });
}

// EXTERNAL MODULE: ./src/checks/check.ts
var check = __webpack_require__(44669);
// EXTERNAL MODULE: ./src/report/secrets.ts
var secrets = __webpack_require__(67663);
// EXTERNAL MODULE: ./src/kube/client.ts + 1 modules
var client = __webpack_require__(25861);
// EXTERNAL MODULE: ./src/kube/helm-releases.ts
var helm_releases = __webpack_require__(71008);
// EXTERNAL MODULE: ./src/checks/failure.ts
var failure = __webpack_require__(71895);
;// CONCATENATED MODULE: ./src/preflight/cluster-checks.ts
/**
 * The `cluster` group: the guide's "authenticate to your Kubernetes cluster and run helm list",
 * made precise — the API answers with the current kubeconfig, the identity may do what the
 * install needs (SelfSubjectAccessReviews), and the release is not stuck in a pending state.
 */



/** What helm does to the chart's namespaced kinds on install, upgrade, rollback and uninstall; Secrets also hold helm's release history. */
const RELEASE_VERBS = ['get', 'list', 'create', 'update', 'patch', 'delete'];
const NAMESPACED_KINDS = [
    { group: 'apps', resource: 'deployments' },
    { group: '', resource: 'services' },
    { group: '', resource: 'configmaps' },
    { group: '', resource: 'secrets' },
    { group: '', resource: 'serviceaccounts' },
];
/** Readiness checks read pods and watch them. */
const POD_VERBS = ['get', 'list', 'watch'];
/** The Data Plane's open-source charts install CRDs and cluster RBAC; the deploy may create namespaces. */
const CLUSTER_KINDS = [
    { group: 'apiextensions.k8s.io', resource: 'customresourcedefinitions' },
    { group: 'rbac.authorization.k8s.io', resource: 'clusterroles' },
    { group: 'rbac.authorization.k8s.io', resource: 'clusterrolebindings' },
    { group: '', resource: 'namespaces' },
];
const CLUSTER_VERBS = ['get', 'create', 'update', 'patch'];
/** `secrets (create, update)`, `deployments.apps (all)`: denied verbs per resource, in query order. */
function describeDenied(answers) {
    const byResource = new Map();
    for (const a of answers) {
        const key = (0,client/* resourceName */.I)(a);
        const entry = byResource.get(key) ?? { denied: [], total: 0 };
        entry.total++;
        if (!a.allowed)
            entry.denied.push(a.verb);
        byResource.set(key, entry);
    }
    return [...byResource]
        .filter(([, e]) => e.denied.length)
        .map(([name, e]) => `${name} (${e.denied.length === e.total ? `all of ${e.denied.join(', ')}` : e.denied.join(', ')})`)
        .join('; ');
}
function rbacFix(answers, scope) {
    const denied = answers.filter((a) => !a.allowed);
    const groups = [...new Set(denied.map((a) => a.group))].map((g) => (g === '' ? '""' : g));
    const resources = [...new Set(denied.map((a) => a.resource))];
    const verbs = [...new Set(denied.map((a) => a.verb))];
    return `Bind the deploying identity to a ${scope} with apiGroups [${groups.join(', ')}], resources [${resources.join(', ')}], verbs [${verbs.join(', ')}] (or use an admin identity for the install).`;
}
async function accessCheck(ctx, queries, scope, signal, deniedVerdict, why) {
    try {
        const kube = await ctx.kube();
        const answers = await kube.accessReviews(queries, signal);
        const denied = answers.filter((a) => !a.allowed);
        if (!denied.length)
            return { verdict: 'pass', finding: `all ${answers.length} permissions granted ${why}` };
        return {
            verdict: deniedVerdict,
            finding: `${denied.length} of ${answers.length} permissions denied ${why}: ${describeDenied(answers)}`,
            fix: rbacFix(answers, scope),
        };
    }
    catch (err) {
        return (0,failure/* failure */.V)(err, 'access review failed');
    }
}
function age(since) {
    if (!since)
        return 'of unknown age';
    const s = Math.max(0, Math.round((Date.now() - since.getTime()) / 1000));
    if (s < 120)
        return `${s} s old`;
    if (s < 7200)
        return `${Math.round(s / 60)} min old`;
    if (s < 172_800)
        return `${Math.round(s / 3600)} h old`;
    return `${Math.round(s / 86_400)} days old`;
}
function clusterChecks() {
    return [
        {
            id: 'cluster.api',
            group: 'cluster',
            title: 'Kubernetes API is reachable with the current kubeconfig',
            async run(ctx, signal) {
                try {
                    const kube = await ctx.kube();
                    const version = await kube.serverVersion(signal);
                    return { verdict: 'pass', finding: `Kubernetes ${version} at ${kube.server} (context ${kube.context})` };
                }
                catch (err) {
                    return (0,failure/* failure */.V)(err);
                }
            },
        },
        {
            id: 'cluster.access',
            group: 'cluster',
            title: `Identity may install the chart's resources in the namespace`,
            after: ['cluster.api'],
            run(ctx, signal) {
                const namespace = ctx.settings.namespace;
                const queries = [
                    ...NAMESPACED_KINDS.flatMap((k) => RELEASE_VERBS.map((verb) => ({ ...k, verb, namespace }))),
                    ...POD_VERBS.map((verb) => ({ group: '', resource: 'pods', verb, namespace })),
                ];
                return accessCheck(ctx, queries, `Role in namespace ${namespace}`, signal, 'fail', `in namespace ${namespace}`);
            },
        },
        {
            id: 'cluster.cluster-scoped-access',
            group: 'cluster',
            title: 'Identity may manage cluster-scoped kinds (CRDs, ClusterRoles, ClusterRoleBindings, Namespaces)',
            after: ['cluster.api'],
            run(ctx, signal) {
                const queries = CLUSTER_KINDS.flatMap((k) => CLUSTER_VERBS.map((verb) => ({ ...k, verb })));
                // Only the Data Plane's charts need these, so they fail only when the dataplane group is checked.
                const verdict = ctx.settings.groups.includes('dataplane') ? 'fail' : 'warn';
                return accessCheck(ctx, queries, 'ClusterRole', signal, verdict, 'cluster-wide');
            },
        },
        {
            id: 'cluster.release',
            group: 'cluster',
            title: 'Release is not stuck in a pending state',
            after: ['cluster.api'],
            async run(ctx, signal) {
                const { release, namespace } = ctx.settings;
                try {
                    const history = await (0,helm_releases/* releaseHistory */.Cb)(await ctx.kube(), namespace, release, signal);
                    const latest = history[history.length - 1];
                    if (!latest)
                        return { verdict: 'pass', finding: `no release ${release} in namespace ${namespace} yet: the deploy installs it` };
                    const recovery = (0,helm_releases/* pendingRecovery */.rm)(history, release, namespace);
                    if (recovery && (0,helm_releases/* isPending */.mm)(latest.status))
                        return {
                            verdict: 'warn',
                            finding: `release ${release} revision ${latest.revision} is ${latest.status}, ${age(latest.modifiedAt)}: the deploy will ${recovery.description} (helm ${recovery.args.join(' ')})`,
                            fix: `If another deploy of ${release} is still running, let it finish; otherwise nothing to do — the deploy recovers, or run \`helm ${recovery.args.join(' ')}\` yourself.`,
                        };
                    if (latest.status === 'failed')
                        return {
                            verdict: 'warn',
                            finding: `release ${release} revision ${latest.revision} failed (${age(latest.modifiedAt)}); the deploy upgrades over it`,
                            fix: `See why with \`helm history ${release} -n ${namespace}\` and \`helm status ${release} -n ${namespace}\` before deploying again.`,
                        };
                    return { verdict: 'pass', finding: `release ${release} is at revision ${latest.revision} (${latest.status})` };
                }
                catch (err) {
                    return (0,failure/* failure */.V)(err, `cannot read the release history of ${release} (helm keeps it in Secrets of ${namespace})`);
                }
            },
        },
    ];
}

// EXTERNAL MODULE: ./src/preflight/config-checks.ts
var config_checks = __webpack_require__(84371);
// EXTERNAL MODULE: ./src/preflight/secrets-checks.ts + 1 modules
var secrets_checks = __webpack_require__(43564);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(88701);
// EXTERNAL MODULE: ./src/helm/version.ts
var version = __webpack_require__(91572);
// EXTERNAL MODULE: ./src/process/run-tool.ts
var run_tool = __webpack_require__(33915);
;// CONCATENATED MODULE: ./src/preflight/tools-checks.ts
/**
 * The `tools` group: the client software of the guide's "Installing the Required Client Software".
 * helm is required (the actions drive it); kubectl and the cloud CLIs are optional because the
 * actions talk to the Kubernetes API and the cloud APIs themselves.
 */



const KUBECTL = {
    id: 'tools.kubectl',
    binary: 'kubectl',
    title: 'kubectl',
    versionArgs: ['version', '--client', '-o', 'json'],
    version: (out) => JSON.parse(out).clientVersion?.gitVersion,
    why: 'optional: the actions use the Kubernetes API directly; the guide uses kubectl for manual steps (create namespace/secrets, get pods)',
    install: 'Install kubectl (https://kubernetes.io/docs/tasks/tools/) or add azure/setup-kubectl to the workflow.',
};
const CLOUD_CLIS = {
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
async function helmCheck(ctx) {
    const helm = await ctx.helm();
    const install = `Install helm v${version/* MIN_HELM */.uO.major}.${version/* MIN_HELM */.uO.minor} or newer (https://helm.sh/docs/intro/install/) or add azure/setup-helm to the workflow.`;
    if (!helm.path)
        return { verdict: 'fail', finding: 'helm is not on PATH', fix: install };
    if ('error' in helm)
        return { verdict: 'fail', finding: helm.error, fix: install };
    const unsupported = (0,version/* unsupportedReason */.EX)(helm.client.version);
    if (unsupported)
        return { verdict: 'fail', finding: `${unsupported} (${helm.path})`, fix: install };
    return { verdict: 'pass', finding: `helm ${helm.client.version.raw} (${helm.path})` };
}
async function optionalToolCheck(tool, signal) {
    const path = await (0,io/* which */.K7)(tool.binary, false);
    if (!path)
        return { verdict: 'warn', finding: `${tool.binary} is not on PATH — ${tool.why}`, fix: tool.install };
    const result = await (0,run_tool/* runTool */.qI)(path, tool.versionArgs, { signal });
    let version;
    try {
        version = result.exitCode === 0 ? tool.version(result.stdout || result.stderr) : undefined;
    }
    catch {
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
function toolsChecks(ctx) {
    const checks = [
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

;// CONCATENATED MODULE: ./src/preflight/run.ts
/**
 * The preflight engine: the selected check groups run against the settings, and the result is the
 * report. It writes nothing to the job (the action's glue writes the report file, annotations,
 * summary and outputs) and leaves the run's clients open for the caller to close.
 */









const CHECK_GROUPS = ['config', 'tools', 'cluster', 'secrets', 'postgres', 'aws', 'dataplane', 'registry'];
const GROUP_CHECKS = {
    config: () => (0,config_checks/* configChecks */.c)(),
    tools: (ctx) => toolsChecks(ctx),
    cluster: () => clusterChecks(),
    secrets: () => (0,secrets_checks/* secretsChecks */.d)(),
    postgres: async () => (await __webpack_require__.e(/* import() */ 479).then(__webpack_require__.bind(__webpack_require__, 91479))).postgresChecks(),
    aws: async () => (await __webpack_require__.e(/* import() */ 18).then(__webpack_require__.bind(__webpack_require__, 66018))).awsChecks(),
    dataplane: async () => (await __webpack_require__.e(/* import() */ 883).then(__webpack_require__.bind(__webpack_require__, 51883))).dataplaneChecks(),
    registry: async () => (await __webpack_require__.e(/* import() */ 100).then(__webpack_require__.bind(__webpack_require__, 60100))).registryChecks(),
};
async function runPreflight(options) {
    const ctx = (0,context/* createContext */.q6)(
    // The files are parsed within the check's time limit: a hostile file is reported on its line, not as a bare timeout.
    { config: (0,config_checks/* memoizedConfig */.x)({ ...options.configFiles, timeoutMs: options.configFiles.timeoutMs ?? options.checkTimeoutMs }) }, { ...options.settings, groups: options.groups, checkTimeoutMs: options.checkTimeoutMs }, options.clients);
    // Groups in CHECK_GROUPS order, so the report reads the same whatever order `checks` lists them in.
    const selected = CHECK_GROUPS.filter((g) => options.groups.includes(g));
    const checks = (await Promise.all(selected.map((g) => GROUP_CHECKS[g](ctx)))).flat();
    const results = await (0,check/* runChecks */.J)(checks, ctx, options.checkTimeoutMs);
    for (const check of results)
        core/* info */.pq((0,secrets/* logLine */.BP)(`${check.id}: ${check.verdict} — ${check.finding} (${check.durationMs} ms)`));
    return buildReport(results);
}

// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(65468);
;// CONCATENATED MODULE: ./actions/preflight/names.ts
/** preflight's input and output names, and each input's default exactly as action.yml declares it (a test compares them). */
const Inputs = {
    Checks: 'checks',
    ValuesFiles: 'values-files',
    SeedFile: 'seed-file',
    WorkingDirectory: 'working-directory',
    AllowHttp: 'allow-http',
    CheckTimeout: 'check-timeout',
    ReportPath: 'report-path',
    Release: 'release',
    Namespace: 'namespace',
    CreateNamespace: 'create-namespace',
    Cloud: 'cloud',
    PostgresHost: 'postgres-host',
    PostgresPort: 'postgres-port',
    PostgresDatabase: 'postgres-database',
    PostgresUser: 'postgres-user',
    PostgresPassword: 'postgres-password',
    PostgresSslMode: 'postgres-sslmode',
    PostgresCaFile: 'postgres-ca-file',
    AwsRegion: 'aws-region',
    SqsQueuePrefix: 'sqs-queue-prefix',
    SqsQueueSuffix: 'sqs-queue-suffix',
    MetadataRole: 'metadata-role',
    OidcIssuer: 'oidc-issuer',
    S3DataBucket: 's3-data-bucket',
    S3SourceBucket: 's3-source-bucket',
    S3DatasetBucket: 's3-dataset-bucket',
    S3ModelBucket: 's3-model-bucket',
    S3StagesBucket: 's3-stages-bucket',
    MskSecret: 'msk-secret',
    BackgroundPersistenceNamespace: 'background-persistence-namespace',
    BackgroundPersistenceServiceAccount: 'background-persistence-service-account',
    BackgroundPersistenceRole: 'background-persistence-role',
    Chart: 'chart',
    ChartVersion: 'chart-version',
    CaFile: 'ca-file',
};
const Defaults = {
    Checks: 'config',
    ValuesFiles: 'values.yaml',
    SeedFile: 'seed.yaml',
    WorkingDirectory: '.',
    AllowHttp: 'false',
    CheckTimeout: '60s',
    ReportPath: '',
    Release: 'chalk-metadata-plane',
    Namespace: 'chalk-metadata',
    CreateNamespace: 'false',
    Cloud: '',
    PostgresHost: '',
    PostgresPort: '5432',
    PostgresDatabase: '',
    PostgresUser: '',
    PostgresPassword: '',
    PostgresSslMode: 'require',
    PostgresCaFile: '',
    AwsRegion: '',
    SqsQueuePrefix: '',
    SqsQueueSuffix: '',
    MetadataRole: '',
    OidcIssuer: '',
    S3DataBucket: '',
    S3SourceBucket: '',
    S3DatasetBucket: '',
    S3ModelBucket: '',
    S3StagesBucket: '',
    MskSecret: '',
    BackgroundPersistenceNamespace: 'background-persistence',
    BackgroundPersistenceServiceAccount: 'background-persistence',
    BackgroundPersistenceRole: '',
    Chart: '',
    ChartVersion: '',
    CaFile: '',
};
const Outputs = {
    Ok: 'ok',
    ErrorCount: 'error-count',
    WarningCount: 'warning-count',
    Report: 'report',
};

;// CONCATENATED MODULE: ./actions/preflight/main.ts

















const BUCKET_INPUTS = {
    data: Inputs.S3DataBucket,
    source: Inputs.S3SourceBucket,
    dataset: Inputs.S3DatasetBucket,
    model: Inputs.S3ModelBucket,
    stages: Inputs.S3StagesBucket,
};
// Bundled dependencies (the Kubernetes client's fetch) trip Node deprecation warnings the user can do nothing about.
process.noDeprecation = true;
function run() {
    return (0,entry/* runEntry */.C)(async () => {
        // Registered before anything else runs, so no later log line can carry it.
        const postgresPassword = core/* getInput */.V4(Inputs.PostgresPassword);
        (0,secrets/* registerSecret */.cl)(postgresPassword);
        const options = readOptions(postgresPassword);
        const reportPath = reportPathInput();
        const clients = new preflight_clients/* PreflightClients */.m({ credentialTimeoutMs: options.checkTimeoutMs });
        let report;
        try {
            report = await runPreflight({ ...options, clients });
        }
        finally {
            // A check that timed out may have left a socket or a credential plugin behind: the step ends only once they are gone.
            await clients.close();
        }
        await publish(report, reportPath);
    });
}
/** The report-path input, resolved against the workspace; a path is one line (it becomes an output, which later steps may echo). */
function reportPathInput() {
    const raw = (0,inputs/* getOptional */.xX)(Inputs.ReportPath);
    // eslint-disable-next-line no-control-regex -- control characters are what is refused.
    if (raw && /[\u0000-\u001f\u007f]/.test(raw))
        throw new inputs/* InputError */.dz(`Input ${Inputs.ReportPath} ${(0,inputs/* shown */.SP)(raw)} holds a line break or another control character.`, 'Give a plain file path.');
    return raw ? (0,external_node_path_.resolve)((0,paths/* workspace */.G)(), raw) : undefined;
}
/** The engine's options from the inputs; every input error is thrown here, before anything runs. */
function readOptions(postgresPassword) {
    const ws = (0,paths/* workspace */.G)();
    const path = (p) => (p ? (0,external_node_path_.resolve)(ws, p) : undefined);
    const name = (kind, input, fallback) => (0,names/* assertName */.I1)(kind, (0,inputs/* getString */.AA)(input, fallback), `Input ${input}`);
    return {
        groups: (0,inputs/* getChoices */.TZ)(Inputs.Checks, CHECK_GROUPS, [Defaults.Checks]),
        configFiles: {
            valuesFiles: (0,inputs/* getList */.vS)(Inputs.ValuesFiles),
            seedFile: (0,inputs/* getOptional */.xX)(Inputs.SeedFile),
            workingDirectory: (0,external_node_path_.resolve)(ws, (0,inputs/* getString */.AA)(Inputs.WorkingDirectory, Defaults.WorkingDirectory)),
            workspace: ws,
            allowHttp: (0,inputs/* getBoolean */.pW)(Inputs.AllowHttp),
        },
        settings: {
            release: name('release', Inputs.Release, Defaults.Release),
            namespace: name('namespace', Inputs.Namespace, Defaults.Namespace),
            createNamespace: (0,inputs/* getBoolean */.pW)(Inputs.CreateNamespace),
            cloud: (0,inputs/* getOneOf */.SY)(Inputs.Cloud, context/* CLOUDS */.JJ),
            postgres: {
                host: (0,inputs/* getOptional */.xX)(Inputs.PostgresHost),
                port: (0,inputs/* getPort */.c9)(Inputs.PostgresPort),
                database: (0,inputs/* getOptional */.xX)(Inputs.PostgresDatabase),
                user: (0,inputs/* getOptional */.xX)(Inputs.PostgresUser),
                password: postgresPassword || undefined,
                sslMode: (0,inputs/* getOneOf */.SY)(Inputs.PostgresSslMode, connect/* SSL_MODES */.yj) ?? Defaults.PostgresSslMode,
                caFile: path((0,inputs/* getOptional */.xX)(Inputs.PostgresCaFile)),
            },
            aws: {
                region: (0,inputs/* getOptional */.xX)(Inputs.AwsRegion),
                queuePrefix: (0,inputs/* getString */.AA)(Inputs.SqsQueuePrefix),
                queueSuffix: (0,inputs/* getString */.AA)(Inputs.SqsQueueSuffix),
                metadataRole: (0,inputs/* getOptional */.xX)(Inputs.MetadataRole),
                oidcIssuer: (0,inputs/* getOptional */.xX)(Inputs.OidcIssuer),
            },
            dataplane: {
                buckets: Object.fromEntries(context/* BUCKET_KINDS */.TM.flatMap((kind) => ((0,inputs/* getString */.AA)(BUCKET_INPUTS[kind]) ? [[kind, (0,inputs/* getString */.AA)(BUCKET_INPUTS[kind])]] : []))),
                mskSecret: (0,inputs/* getOptional */.xX)(Inputs.MskSecret),
                backgroundPersistenceNamespace: name('namespace', Inputs.BackgroundPersistenceNamespace, Defaults.BackgroundPersistenceNamespace),
                backgroundPersistenceServiceAccount: name('object', Inputs.BackgroundPersistenceServiceAccount, Defaults.BackgroundPersistenceServiceAccount),
                backgroundPersistenceRole: (0,inputs/* getOptional */.xX)(Inputs.BackgroundPersistenceRole),
            },
            registry: { chart: (0,inputs/* getOptional */.xX)(Inputs.Chart), chartVersion: (0,inputs/* getOptional */.xX)(Inputs.ChartVersion), caFile: path((0,inputs/* getOptional */.xX)(Inputs.CaFile)) },
        },
        checkTimeoutMs: (0,inputs/* getDuration */.Ds)(Inputs.CheckTimeout, Defaults.CheckTimeout),
    };
}
/**
 * The report as the job sees it: annotations, the JSON file, the summary and the outputs. A report
 * file that cannot be written fails the step with the reason, after the summary and outputs are written.
 */
async function publish(report, requestedPath) {
    for (const { title, problems } of reportAnnotations(report))
        (0,annotations/* annotate */.fz)(problems, title);
    const target = requestedPath ?? (0,external_node_path_.join)((0,paths/* runnerTemp */.X)(), `chalk-preflight-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.json`);
    const fileError = await writeReportFile(report, target).then(() => undefined, (err) => reportFileError(err, target, requestedPath !== undefined));
    const note = fileError ? `\n> [!WARNING]\n> The JSON report was not written: ${fileError.message}\n` : '';
    await (0,outputs/* writeSummary */.Sy)(summaryMarkdown(report) + note, { keep: fileError ? [] : [target] });
    (0,outputs/* setOutputs */.n0)({
        [Outputs.Ok]: report.ok,
        [Outputs.ErrorCount]: report.errorCount,
        [Outputs.WarningCount]: report.warningCount,
        [Outputs.Report]: fileError ? undefined : (0,outputs/* generated */.gO)(target),
    });
    if (!report.ok)
        core/* setFailed */.C1(`Chalk preflight found ${report.errorCount} error${report.errorCount === 1 ? '' : 's'}; see the annotations and the job summary.`);
    if (fileError)
        throw fileError;
}
/** Every string in the report redacted, numbers and booleans as they are: valid JSON whatever a secret is. */
async function writeReportFile(report, path) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, JSON.stringify((0,secrets/* redactJson */.Kp)(report), null, 2) + '\n', { mode: 0o600 });
}
const FILE_ERRORS = {
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of its path is a file, not a directory',
    // mkdir's answer when a directory of the path exists as a file.
    EEXIST: 'a part of its path is a file, not a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
};
function reportFileError(err, path, fromInput) {
    const code = err.code ?? '';
    const why = FILE_ERRORS[code] ?? (err instanceof Error ? err.message : String(err));
    if (!fromInput)
        return new Error(`Cannot write the JSON report to ${path}: ${why}.`);
    return new inputs/* InputError */.dz(`Input ${Inputs.ReportPath} ${(0,inputs/* shown */.SP)(path)} cannot be written: ${why}.`, `Set ${Inputs.ReportPath} to a file path the job may write, or leave it empty for a file under RUNNER_TEMP.`);
}


/***/ }),

/***/ 81729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ getString),
/* harmony export */   Ds: () => (/* binding */ getDuration),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   SY: () => (/* binding */ getOneOf),
/* harmony export */   TZ: () => (/* binding */ getChoices),
/* harmony export */   Yn: () => (/* binding */ getPath),
/* harmony export */   c9: () => (/* binding */ getPort),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   vS: () => (/* binding */ getList),
/* harmony export */   xX: () => (/* binding */ getOptional)
/* harmony export */ });
/* unused harmony export MAX_DURATION_MS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65655);
/** Typed readers for action inputs, with errors that name the input and the accepted values. */



/** A bad input, found before anything runs: the message names the input, what it is and what it may be. */
class InputError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChalkError */ .E {
    boundary = 'input';
    constructor(message, fix = '') {
        super('invalid', message, fix);
    }
}
/** An input's value as quoted in a message: one line, control characters shown as spaces, long values cut. */
function shown(raw) {
    return `"${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .T)(raw, 120)}"`;
}
/**
 * The longest duration an input may ask for: node timers overflow past 2^31-1 ms (~24.8 days) and fire at
 * once; no step runs longer than GitHub's 6-hour job limit (self-hosted: 5 days).
 */
const MAX_DURATION_MS = 5 * 24 * 3_600_000;
/** A list input: entries separated by newlines or commas, blank entries and surrounding space dropped. */
function getList(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
function getBoolean(name) {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (raw === '')
        return false;
    if (/^(true|yes|on|1)$/i.test(raw))
        return true;
    if (/^(false|no|off|0)$/i.test(raw))
        return false;
    throw new InputError(`Input ${name} must be true or false, but it is ${shown(raw)}.`);
}
function getString(name, fallback = '') {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim() || fallback;
}
/**
 * A duration input in seconds (`300`) or with a unit (`5m`, `90s`, `1h`), as milliseconds, between `min`
 * (default 1 s: a zero timeout makes every operation fail at once) and MAX_DURATION_MS.
 */
function getDuration(name, fallback, { min = 1000 } = {}) {
    const raw = getString(name, fallback);
    const m = /^(\d{1,9}(?:\.\d{1,6})?)\s*(ms|s|m|h)?$/.exec(raw);
    if (!m)
        throw new InputError(`Input ${name} must be a duration such as 300, 90s, 5m or 1h, but it is ${shown(raw)}.`);
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's')];
    const ms = Math.round(Number(m[1]) * unit);
    if (ms < min)
        throw new InputError(`Input ${name} must be at least ${min >= 1000 ? `${min / 1000}s` : `${min}ms`}, but it is ${shown(raw)}.`);
    if (ms > MAX_DURATION_MS)
        throw new InputError(`Input ${name} must be at most ${MAX_DURATION_MS / 3_600_000}h, but it is ${shown(raw)}.`);
    return ms;
}
/** A subset of `allowed`, from a comma or newline list input. */
function getChoices(name, allowed, fallback) {
    const raw = getList(name);
    if (raw.length === 0)
        return [...fallback];
    const unknown = raw.filter((v) => !allowed.includes(v));
    if (unknown.length)
        throw new InputError(`Input ${name} has unknown value${unknown.length > 1 ? 's' : ''} ${unknown.map((v) => (0,_report_text_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .T)(v, 120)).join(', ')}; allowed: ${allowed.join(', ')}.`);
    return [...new Set(raw)];
}
/** One value of `allowed`, or undefined when the input is empty. */
function getOneOf(name, allowed) {
    const [value, ...rest] = getChoices(name, allowed, []);
    if (rest.length)
        throw new InputError(`Input ${name} takes one value; allowed: ${allowed.join(', ')}.`);
    return value;
}
/** A TCP port, or undefined when the input is empty. */
function getPort(name) {
    const raw = getString(name);
    if (!raw)
        return undefined;
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65_535)
        throw new InputError(`Input ${name} must be a port number (1-65535), but it is ${shown(raw)}.`);
    return port;
}
/** The input's trimmed value, or undefined when it is empty. */
function getOptional(name) {
    return getString(name) || undefined;
}
/**
 * A path input, or undefined when empty. A path with a line break or another control character is refused:
 * it would become a file name and, through an output, text that later steps echo.
 */
function getPath(name) {
    const raw = getOptional(name);
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused.
    if (raw !== undefined && /[\u0000-\u001f\u007f]/.test(raw))
        throw new InputError(`Input ${name} must be a path on one line, but it is ${shown(raw)}.`, 'Remove the line break or control character.');
    return raw;
}


/***/ }),

/***/ 49566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ workspace),
/* harmony export */   X: () => (/* binding */ runnerTemp)
/* harmony export */ });
/** The runner's directories, read in one place. */
/** The directory the workflow runs in; paths in annotations are relative to it. */
function workspace() {
    return process.env.GITHUB_WORKSPACE || process.cwd();
}
/** The job's private temporary directory (GitHub empties it after the job). */
function runnerTemp() {
    const dir = process.env.RUNNER_TEMP;
    if (!dir)
        throw new Error('RUNNER_TEMP is not set: the toolkit keeps per-job files there (GitHub runners always set it; the local runner does too).');
    return dir;
}


/***/ }),

/***/ 28858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ mergeValues)
/* harmony export */ });
function mergeValues(layers) {
    const removed = new Map();
    const root = { kind: 'map', entries: new Map(), origin: layers[0]?.root.origin ?? { file: '', line: 1, col: 1 } };
    for (const layer of layers)
        mergeInto(root, layer.root, '', removed);
    return { root, removed, files: layers.map((l) => l.file), layers };
}
function mergeInto(target, source, prefix, removed) {
    for (const [key, entry] of source.entries) {
        const path = prefix ? `${prefix}.${key}` : key;
        const value = entry.value;
        if (value.kind === 'scalar' && value.value === null) {
            target.entries.delete(key);
            removed.set(path, entry.keyOrigin);
            continue;
        }
        // Only after a removal: hashing every path would cost the sum of all path lengths.
        if (removed.size > 0)
            removed.delete(path);
        const existing = target.entries.get(key);
        if (existing && existing.value.kind === 'map' && value.kind === 'map') {
            mergeInto(existing.value, value, path, removed);
            continue;
        }
        target.entries.set(key, cloneEntry(entry));
    }
}
function cloneEntry(entry) {
    return { ...entry, value: cloneNode(entry.value) };
}
function cloneNode(node) {
    if (node.kind === 'map')
        return { ...node, entries: new Map([...node.entries].map(([k, e]) => [k, cloneEntry(e)])) };
    if (node.kind === 'seq')
        return { ...node, items: node.items.map(cloneNode) };
    return { ...node };
}


/***/ }),

/***/ 71008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ releaseHistory),
/* harmony export */   mm: () => (/* binding */ isPending),
/* harmony export */   rm: () => (/* binding */ pendingRecovery)
/* harmony export */ });
/* unused harmony export PENDING_STATUSES */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19449);

const PENDING_STATUSES = ['pending-install', 'pending-upgrade', 'pending-rollback'];
async function releaseHistory(kube, namespace, release, signal) {
    // Validated: a release name is part of the label selector.
    const secrets = await kube.listSecrets(namespace, `owner=helm,name=${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)('release', release, 'Release name')}`, signal);
    return secrets
        .map((s) => {
        const labels = s.metadata?.labels ?? {};
        const modified = Number(labels.modifiedAt);
        return {
            revision: Number(labels.version),
            status: labels.status ?? 'unknown',
            ...(Number.isFinite(modified) && modified > 0
                ? { modifiedAt: new Date(modified * 1000) }
                : s.metadata?.creationTimestamp
                    ? { modifiedAt: new Date(s.metadata.creationTimestamp) }
                    : {}),
        };
    })
        .filter((r) => Number.isInteger(r.revision))
        .sort((a, b) => a.revision - b.revision);
}
const isPending = (status) => PENDING_STATUSES.includes(status);
/**
 * A pending release blocks every helm operation ("another operation is in progress"). The deploy
 * rolls back to the newest revision that was deployed; with none (a first install that never
 * finished) there is nothing to return to, so it uninstalls and installs afresh.
 */
function pendingRecovery(history, release, namespace) {
    const latest = history[history.length - 1];
    if (!latest || !isPending(latest.status))
        return undefined;
    const good = [...history].reverse().find((r) => r.revision < latest.revision && (r.status === 'deployed' || r.status === 'superseded'));
    if (good)
        return {
            args: ['rollback', release, String(good.revision), '--namespace', namespace],
            description: `roll back to revision ${good.revision} (${good.status}), then upgrade`,
        };
    return { args: ['uninstall', release, '--namespace', namespace], description: 'uninstall the never-completed release, then install it again' };
}


/***/ }),

/***/ 36741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mq: () => (/* binding */ connectPostgres),
/* harmony export */   Wg: () => (/* binding */ DEFAULT_PORT),
/* harmony export */   Yj: () => (/* binding */ PostgresError),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   yj: () => (/* binding */ SSL_MODES)
/* harmony export */ });
/* unused harmony exports toPostgresError, effectiveSslMode */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Connecting to PostgreSQL with `pg`, TLS chosen the way libpq's sslmode does, and every failure
 * turned into a typed error that tells DNS, refused, timeout, TLS, authentication and a missing
 * database apart. The password is only ever handed to the driver (the action registers it as a
 * secret first); no message here includes it.
 */



class PostgresError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChalkError */ .E {
    boundary = 'postgres';
}
/** libpq's sslmode values the action accepts (verify-ca is not offered: verify-full also checks the host name). */
const SSL_MODES = ['prefer', 'require', 'verify-full', 'disable'];
/** The port PostgreSQL (and libpq) use when none is given. */
const DEFAULT_PORT = 5432;
const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|DEPTH_ZERO/;
const describeTarget = (t) => `${t.user}@${t.host}:${t.port}/${t.database}`;
function toPostgresError(err, t, timeoutMs) {
    const e = err;
    const code = e?.code ?? '';
    const message = e?.message ?? String(err);
    const where = `${t.host}:${t.port}`;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return new PostgresError('dns', `host ${t.host} does not resolve (${code})`, 'Check POSTGRES_HOST: use the RDS endpoint as the console shows it, and that the runner can resolve it (VPC DNS).');
    if (code === 'ECONNREFUSED')
        return new PostgresError('refused', `${where} refused the connection`, 'Check the port and that PostgreSQL listens on it (RDS: the instance is available and the port matches).');
    if (code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || /timeout|timed out/i.test(message))
        return new PostgresError('timeout', `no answer from ${where} within ${Math.round(timeoutMs / 1000)} s`, "Allow the runner (and the EKS cluster's VPC CIDR ranges) in the database's security group, as the guide requires.");
    if (TLS_CODES.test(code) || /certificate/i.test(message))
        return new PostgresError('tls', `the server certificate of ${where} is not trusted (${code || message})`, 'Set postgres-ca-file to the CA bundle that signed it (RDS: https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem).');
    if (/does not support SSL/i.test(message))
        return new PostgresError('tls', `${where} answered that it does not offer TLS (sslmode ${t.sslMode}), so the login was not sent`, t.caFile
            ? 'Enable ssl on the server (RDS has it on). A CA file means a verified TLS connection: there is no plain-text fallback. If something between the runner and the database strips TLS, that is an attack.'
            : 'Enable ssl on the server (RDS has it on). Only if you accept sending the login unencrypted: postgres-sslmode prefer or disable.');
    if (code === '28P01' || code === '28000')
        return new PostgresError('auth', `the server rejected user ${t.user}: ${message}`, 'Check POSTGRES_USER and POSTGRES_PASSWORD in metadata-plane-secrets (or the inputs), and that the role exists with LOGIN; for "no pg_hba.conf entry", allow this client.');
    if (code === '3D000')
        return new PostgresError('no-database', `database ${t.database} does not exist`, `CREATE DATABASE ${t.database} OWNER ${t.user};`);
    return new PostgresError('unknown', message, 'Check the Postgres server log.');
}
/**
 * The mode a connection really uses. A CA file asks for the certificate to be verified, so it
 * means verify-full whatever sslmode says: in particular no plain-text fallback under `prefer`,
 * where a man in the middle answering "no TLS" would otherwise be sent the login in clear.
 */
const effectiveSslMode = (t) => (t.caFile && t.sslMode !== 'disable' ? 'verify-full' : t.sslMode);
async function sslOption(t, mode) {
    if (mode === 'disable')
        return false;
    // require alone encrypts without verifying, as libpq does; verify-full checks the chain and the host name.
    if (mode === 'require')
        return { rejectUnauthorized: false };
    const ca = t.caFile ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(t.caFile, 'utf8') : undefined;
    return { rejectUnauthorized: true, ...(ca ? { ca } : {}), ...((0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(t.host) ? {} : { servername: t.host }) };
}
async function attempt(t, mode, timeoutMs, signal) {
    signal?.throwIfAborted();
    const pg = (await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 83849))).default;
    const ssl = await sslOption(t, mode);
    signal?.throwIfAborted();
    const client = new pg.Client({
        host: t.host,
        port: t.port,
        database: t.database,
        user: t.user,
        password: t.password ?? '',
        ssl,
        connectionTimeoutMillis: timeoutMs,
        query_timeout: timeoutMs,
        application_name: 'chalk-preflight',
    });
    // A server that drops the connection later emits 'error'; unhandled, that would crash the action.
    client.on('error', () => { });
    // The check timed out or the run is over: drop the socket (in the handshake or mid-query) so nothing outlives it.
    const abort = () => closeNow(client);
    signal?.addEventListener('abort', abort, { once: true });
    try {
        await client.connect();
    }
    catch (err) {
        signal?.removeEventListener('abort', abort);
        closeNow(client);
        throw err;
    }
    return { client, tls: ssl === false ? 'none' : ssl.rejectUnauthorized ? 'verified' : 'unverified' };
}
/**
 * Ends the session without waiting for the server: a graceful end() waits for the server to close its
 * side, which a silent server (or a half-finished handshake) never does, and the open socket would hold
 * the step.
 */
function closeNow(client) {
    void client.end().catch(() => { });
    client.connection.stream.destroy();
}
const noTls = (err) => /does not support SSL/i.test(err?.message ?? '');
/**
 * Connects, or throws PostgresError. `prefer` is libpq's: TLS when the server offers it, and plain
 * text when it answers that it has none — which anyone on the path can answer, so the result says
 * `downgraded` and the caller warns. With a CA file there is no fallback (see effectiveSslMode).
 */
async function connectPostgres(t, timeoutMs, signal) {
    const mode = effectiveSslMode(t);
    try {
        if (mode !== 'prefer')
            return await attempt(t, mode, timeoutMs, signal);
        try {
            return await attempt(t, 'require', timeoutMs, signal);
        }
        catch (err) {
            if (!noTls(err))
                throw err;
            return { ...(await attempt(t, 'disable', timeoutMs, signal)), downgraded: true };
        }
    }
    catch (err) {
        throw toPostgresError(err, { ...t, sslMode: mode }, timeoutMs);
    }
}


/***/ }),

/***/ 80288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ sizeOf),
/* harmony export */   Jt: () => (/* binding */ SUMMARY_LIMIT),
/* harmony export */   KM: () => (/* binding */ fitBody),
/* harmony export */   SN: () => (/* binding */ fitsWithin),
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   tx: () => (/* binding */ COMMENT_BODY_LIMIT)
/* harmony export */ });
/* unused harmony exports MARKER_RESERVE, wholeLinesWithin */
/**
 * Fits a markdown body under a size limit without breaking it: GitHub refuses a comment or issue
 * body over 65,536 characters, and a job summary over 1 MiB. Counted conservatively, since it is
 * not said whether GitHub counts UTF-16 units, code points or bytes: the JS length AND the UTF-8
 * byte count both stay under the limit. The header and counts table are always kept; the sections
 * (one per changed object) are kept whole, in order, as many as fit; a section that does not fit
 * is left out and counted in the pointer, never cut, so no cut falls mid-line, mid-character or
 * inside a code fence.
 */
const COMMENT_LIMIT = 65_536;
const SUMMARY_LIMIT = 1_048_576;
/** Room kept free for the hidden marker line a sticky comment or drift issue adds. */
const MARKER_RESERVE = 256;
const COMMENT_BODY_LIMIT = COMMENT_LIMIT - MARKER_RESERVE;
const SEPARATOR = '\n\n';
function sizeOf(text) {
    return { chars: text.length, bytes: Buffer.byteLength(text, 'utf8') };
}
/** Both counts within `limit`. */
function fitsWithin(text, limit) {
    const { chars, bytes } = sizeOf(text);
    return chars <= limit && bytes <= limit;
}
/** Fits the parts under `limit` (default: a comment body with room for its marker). */
function fitBody(parts, limit = COMMENT_BODY_LIMIT) {
    const fixed = join([parts.header, parts.counts]);
    const all = join([fixed, ...parts.sections]);
    if (fitsWithin(all, limit))
        return { body: all, omitted: [], fixedCut: false };
    const longestPointer = sizeOf(SEPARATOR + parts.pointer(parts.sections.length));
    const fixedRoom = { chars: limit - longestPointer.chars, bytes: limit - longestPointer.bytes };
    if (!fitsSize(sizeOf(fixed), fixedRoom)) {
        const cut = wholeLinesWithin(fixed, fixedRoom);
        return { body: join([cut, parts.pointer(parts.sections.length)]), omitted: parts.sections.map((_, i) => i), fixedCut: true };
    }
    // Greedy in display order; sizes add up to at most the joined size (a surrogate pair split across
    // two blocks counts 6 bytes here and 4 once joined), and the result is checked once built.
    const room = subtract(fixedRoom, sizeOf(fixed));
    const kept = [];
    parts.sections.forEach((section, i) => {
        const cost = sizeOf(SEPARATOR + section);
        if (!fitsSize(cost, room))
            return;
        kept.push(i);
        room.chars -= cost.chars;
        room.bytes -= cost.bytes;
    });
    for (;;) {
        const keptSet = new Set(kept);
        const omitted = parts.sections.map((_, i) => i).filter((i) => !keptSet.has(i));
        const body = join([fixed, ...kept.map((i) => parts.sections[i]), parts.pointer(omitted.length)]);
        if (fitsWithin(body, limit) || kept.length === 0)
            return { body, omitted, fixedCut: false };
        // Only when the caller's pointer is longer for fewer omissions than for all of them.
        kept.pop();
    }
}
function join(blocks) {
    return blocks.filter((b) => b !== '').join(SEPARATOR);
}
function fitsSize(size, room) {
    return size.chars <= room.chars && size.bytes <= room.bytes;
}
function subtract(a, b) {
    return { chars: a.chars - b.chars, bytes: a.bytes - b.bytes };
}
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/**
 * The longest prefix of whole lines within `room` that ends outside any code fence and any
 * <details> block, so what follows it (the pointer) still renders.
 */
function wholeLinesWithin(text, room) {
    let used = { chars: 0, bytes: 0 };
    let balancedEnd = 0;
    let end = 0;
    let fence;
    let details = 0;
    for (const [i, line] of text.split('\n').entries()) {
        const cost = sizeOf(i === 0 ? line : `\n${line}`);
        used = { chars: used.chars + cost.chars, bytes: used.bytes + cost.bytes };
        if (!fitsSize(used, room))
            break;
        end += cost.chars;
        const f = FENCE.exec(line);
        if (fence === undefined) {
            if (f && !(f[1].startsWith('`') && f[2].includes('`')))
                fence = f[1];
            else
                details += (line.match(/<details[\s>]/gi)?.length ?? 0) - (line.match(/<\/details>/gi)?.length ?? 0);
        }
        else if (f && f[1][0] === fence[0] && f[1].length >= fence.length && f[2].trim() === '') {
            fence = undefined;
        }
        if (fence === undefined && details <= 0)
            balancedEnd = end;
    }
    return text.slice(0, balancedEnd);
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67663);
/** Small markdown builders for job summaries and PR comments; all cell text is redacted, then escaped. */

function escapeCell(text) {
    return escapeHtml(text).replaceAll('|', '\\|').replace(/\r?\n/g, '<br>');
}
/**
 * GitHub renders inline HTML in markdown, so `<YOUR …>` would vanish as an unknown tag. Secrets are
 * redacted first: once escaped, `p&ss` no longer matches the registered `p&ss` and would slip past.
 */
function escapeHtml(text) {
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
function table(header, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
function code(text) {
    const ticks = text.includes('`') ? '``' : '`';
    return `${ticks}${text}${ticks}`;
}


/***/ }),

/***/ 65468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   gO: () => (/* binding */ generated),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67663);
/* harmony import */ var _body_size_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80288);
/**
 * Step outputs and the job summary. Text is redacted on the way out; values the toolkit generated
 * (numbers, booleans, paths and ids marked with `generated`) are written exactly, so a weak secret can
 * never turn `error-count=1` into `error-count=***` or a report path into one that does not exist.
 */



const generated = (value) => ({ generated: value });
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, typeof value === 'object' ? value.generated : typeof value === 'string' ? (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(value) : String(value));
    }
}
/**
 * Appends to the job summary: redacted, kept under GitHub's limit (cut at a line boundary, outside code
 * fences, with a note), and with a warning when a registered secret is weak enough that the log is garbled.
 */
async function writeSummary(markdown, options = {}) {
    const weak = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .weakSecretCount */ .gL)();
    const warning = weak
        ? `\n> [!WARNING]\n> ${weak} secret value${weak === 1 ? ' is' : 's are'} so short or common that GitHub masks every occurrence of ${weak === 1 ? 'it' : 'them'} in the log (\`***\` inside unrelated paths and numbers). Use long random secrets.\n`
        : '';
    // GitHub drops a step summary over 1 MiB altogether: cut at whole lines, outside fences and <details>.
    const { body: text } = (0,_body_size_js__WEBPACK_IMPORTED_MODULE_2__/* .fitBody */ .KM)({
        header: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(markdown, options.keep) + warning,
        counts: '',
        sections: [],
        pointer: () => `_… cut here: the summary is over GitHub's 1 MiB limit. ${options.truncatedNote ?? ''}_`,
    }, _body_size_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_LIMIT */ .Jt - 1024);
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text);
        return;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(text, true).write();
}


/***/ })

};
