export const id = 298;
export const ids = [298];
export const modules = {

/***/ 71298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/action/entry.ts
var entry = __webpack_require__(59682);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(81729);
// EXTERNAL MODULE: ./src/action/paths.ts
var paths = __webpack_require__(49566);
// EXTERNAL MODULE: ./src/action/release-inputs.ts
var release_inputs = __webpack_require__(91021);
// EXTERNAL MODULE: ./src/apply/kube-apply.ts
var kube_apply = __webpack_require__(4242);
// EXTERNAL MODULE: ./src/checks/check.ts
var check = __webpack_require__(44669);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/preflight/clients.ts + 2 modules
var preflight_clients = __webpack_require__(1973);
// EXTERNAL MODULE: ./src/preflight/config-checks.ts
var config_checks = __webpack_require__(84371);
// EXTERNAL MODULE: ./src/preflight/context.ts
var preflight_context = __webpack_require__(77212);
// EXTERNAL MODULE: ./src/preflight/secrets-checks.ts + 1 modules
var secrets_checks = __webpack_require__(43564);
// EXTERNAL MODULE: ./src/apply/release.ts + 1 modules
var release = __webpack_require__(51998);
;// CONCATENATED MODULE: ./src/apply/metadata.ts
/**
 * deploy-metadata's engine: the guide's "Deploying the Chalk Metadata Plane". The preflight config
 * checks run first and an invalid config is refused before the cluster is touched; then the
 * namespace, the two Secrets (applied server-side from inputs, or checked for their keys as preflight
 * does), and the release itself (deployRelease).
 */







async function runDeployMetadata(options) {
    const started = Date.now();
    const { settings, target } = options;
    const result = { ok: false, checks: [], secrets: [], cancelled: false, durationMs: 0 };
    const clients = new preflight_clients/* PreflightClients */.m({ credentialTimeoutMs: options.checkTimeoutMs });
    const context = (0,preflight_context/* createContext */.q6)({ config: (0,config_checks/* memoizedConfig */.x)(options.config) }, {
        groups: ['config', 'secrets'],
        checkTimeoutMs: options.checkTimeoutMs,
        release: target.release,
        namespace: target.namespace,
        createNamespace: false,
        postgres: { port: 5432, sslMode: 'require' },
        aws: { queuePrefix: '', queueSuffix: '' },
        dataplane: { buckets: {}, backgroundPersistenceNamespace: '', backgroundPersistenceServiceAccount: '' },
        registry: {},
    }, clients);
    // The release's history and its offline plan are read (nothing is written) while the config and the
    // Secrets are checked; the deploy then starts from them. A refusal stops the reading.
    const stopReading = new AbortController();
    let writesDone;
    const afterWrites = new Promise((resolve) => (writesDone = resolve));
    const reading = (0,release/* readRelease */.iJ)(target, { ...settings, signal: AbortSignal.any([settings.signal, stopReading.signal]) }, afterWrites);
    let readingUsed = false;
    try {
        result.checks = await (0,check/* runChecks */.J)((0,config_checks/* configChecks */.c)(), context, options.checkTimeoutMs);
        if (failed(result.checks)) {
            result.refused = 'config';
            return result;
        }
        result.namespaceAction = await settings.kube.ensureNamespace(target.namespace, { dryRun: settings.dryRun });
        // A dry run into a namespace that does not exist yet: the Secrets would be created, and there is nothing to check.
        const noNamespaceYet = settings.dryRun && result.namespaceAction === 'created';
        const fromInputs = secretObjects(target.namespace, options.secrets);
        result.secrets = await Promise.all(fromInputs.map((secret) => noNamespaceYet
            ? { kind: secret.kind, name: secret.metadata.name, namespace: target.namespace, action: 'created' }
            : settings.kube.apply(secret, { dryRun: settings.dryRun })));
        const unchecked = (0,secrets_checks/* secretsChecks */.d)().filter((c) => c.id !== 'secrets.namespace' && !fromInputs.some((s) => c.id === `secrets.${s.metadata.name}`));
        if (unchecked.length && !noNamespaceYet) {
            const secretChecks = await (0,check/* runChecks */.J)(unchecked, context, options.checkTimeoutMs);
            result.checks.push(...secretChecks);
            if (failed(secretChecks)) {
                result.refused = 'secrets';
                return result;
            }
        }
        writesDone();
        readingUsed = true;
        result.release = await (0,release/* deployRelease */.H_)(target, settings, reading);
        result.ok = !result.release.error;
    }
    catch (err) {
        result.error = (0,errors/* errorInfo */.f)(err);
    }
    finally {
        if (!readingUsed) {
            stopReading.abort();
            writesDone();
            await reading.catch(() => undefined);
        }
        await clients.close();
        result.cancelled = settings.signal.aborted;
        result.durationMs = Date.now() - started;
    }
    return result;
}
const failed = (checks) => checks.some((c) => c.verdict === 'fail');
const b64 = (value) => Buffer.from(value, 'utf8').toString('base64');
/** The guide's two Secrets, for the groups given as inputs. */
function secretObjects(namespace, secrets) {
    const secret = (name, data) => ({
        apiVersion: 'v1',
        kind: 'Secret',
        type: 'Opaque',
        metadata: { name, namespace, labels: { 'app.kubernetes.io/managed-by': 'chalk-actions' } },
        data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)])),
    });
    return [
        ...(secrets.postgres
            ? [
                secret(preflight_context/* METADATA_SECRET */.fP, {
                    POSTGRES_USER: secrets.postgres.user,
                    POSTGRES_PASSWORD: secrets.postgres.password,
                    POSTGRES_HOST: secrets.postgres.host,
                    POSTGRES_DB: secrets.postgres.db,
                }),
            ]
            : []),
        ...(secrets.google ? [secret(preflight_context/* FRONTEND_SECRET */.Ay, { GOOGLE_CLIENT_ID: secrets.google.clientId, GOOGLE_CLIENT_SECRET: secrets.google.clientSecret })] : []),
    ];
}

// EXTERNAL MODULE: ./src/apply/provenance.ts
var apply_provenance = __webpack_require__(10429);
// EXTERNAL MODULE: ./src/config/chalk-config.ts + 3 modules
var chalk_config = __webpack_require__(23494);
// EXTERNAL MODULE: ./src/helm/chart.ts
var helm_chart = __webpack_require__(90564);
// EXTERNAL MODULE: ./src/helm/install.ts
var install = __webpack_require__(68203);
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
// EXTERNAL MODULE: ./src/report/secrets.ts
var secrets = __webpack_require__(67663);
;// CONCATENATED MODULE: ./actions/deploy-metadata/names.ts
/** deploy-metadata's input and output names, and its inputs' non-empty defaults exactly as action.yml declares them (a test compares them). */
const Inputs = {
    Registry: 'registry',
    Chart: 'chart',
    Version: 'version',
    Digest: 'digest',
    Release: 'release',
    Namespace: 'namespace',
    ValuesFiles: 'values-files',
    SeedFile: 'seed-file',
    Set: 'set',
    WorkingDirectory: 'working-directory',
    AllowHttp: 'allow-http',
    Timeout: 'timeout',
    HistoryMax: 'history-max',
    PostgresUser: 'postgres-user',
    PostgresPassword: 'postgres-password',
    PostgresHost: 'postgres-host',
    PostgresDb: 'postgres-db',
    GoogleClientId: 'google-client-id',
    GoogleClientSecret: 'google-client-secret',
    RecoverPending: 'recover-pending',
    RecoverPendingAfter: 'recover-pending-after',
    LockTimeout: 'lock-timeout',
    Force: 'force',
    DryRun: 'dry-run',
    Trace: 'trace',
    CaFile: 'ca-file',
    CheckTimeout: 'check-timeout',
};
const Defaults = {
    Registry: '754784422779.dkr.ecr.us-east-1.amazonaws.com',
    Release: 'chalk-metadata-plane',
    Namespace: 'chalk-metadata',
    ValuesFiles: 'values.yaml',
    SeedFile: 'seed.yaml',
    WorkingDirectory: '.',
    AllowHttp: 'false',
    Timeout: '10m',
    HistoryMax: '10',
    RecoverPending: 'true',
    RecoverPendingAfter: '15m',
    LockTimeout: '15m',
    Force: 'false',
    DryRun: 'false',
    Trace: 'objects',
    CheckTimeout: '60s',
};
const Outputs = {
    Revision: 'revision',
    PreviousRevision: 'previous-revision',
    Status: 'status',
    ChartVersion: 'chart-version',
    ChartDigest: 'chart-digest',
    Changed: 'changed',
    DurationSeconds: 'duration-seconds',
};

;// CONCATENATED MODULE: ./actions/deploy-metadata/main.ts



















const TRACE_TARGETS = ['objects', 'namespace', 'off'];
// Bundled dependencies (the Kubernetes client's fetch) trip Node deprecation warnings the user can do nothing about.
process.noDeprecation = true;
/** The two Secrets' values: registered as secrets before anything runs; each Secret takes all its keys or none. */
function secretInputs() {
    const read = (name) => core/* getInput */.V4(name).trim();
    const password = read(Inputs.PostgresPassword);
    const clientSecret = read(Inputs.GoogleClientSecret);
    (0,secrets/* registerSecret */.cl)(password);
    (0,secrets/* registerSecret */.cl)(clientSecret);
    const postgres = { user: read(Inputs.PostgresUser), password, host: read(Inputs.PostgresHost), db: read(Inputs.PostgresDb) };
    const google = { clientId: read(Inputs.GoogleClientId), clientSecret };
    const all = (group, names) => {
        const given = Object.values(group).filter(Boolean).length;
        if (given === 0)
            return undefined;
        if (given < names.length)
            throw new inputs/* InputError */.dz(`Inputs ${names.join(', ')} create one Secret together: give all of them or none.`);
        return group;
    };
    return {
        ...(all(postgres, [Inputs.PostgresUser, Inputs.PostgresPassword, Inputs.PostgresHost, Inputs.PostgresDb]) ? { postgres } : {}),
        ...(all(google, [Inputs.GoogleClientId, Inputs.GoogleClientSecret]) ? { google } : {}),
    };
}
function chartInput() {
    const chart = (0,inputs/* getOptional */.xX)(Inputs.Chart) ?? `oci://${(0,inputs/* getString */.AA)(Inputs.Registry, Defaults.Registry)}/charts/chalk-metadata-plane`;
    const ref = (0,helm_chart/* parseChartRef */.pc)(chart);
    if (ref.tag || ref.digest)
        throw new inputs/* InputError */.dz(`Input ${Inputs.Chart} must not carry a tag or digest (${(0,inputs/* shown */.SP)(chart)}): use the version and digest inputs.`);
    return ref.url;
}
function run() {
    return (0,entry/* runEntry */.C)(async () => {
        const secrets = secretInputs();
        const ws = (0,paths/* workspace */.G)();
        const cwd = (0,external_node_path_.resolve)(ws, (0,inputs/* getString */.AA)(Inputs.WorkingDirectory, Defaults.WorkingDirectory));
        const version = (0,inputs/* getOptional */.xX)(Inputs.Version);
        const digest = (0,release_inputs/* digestInput */.Dc)((0,inputs/* getOptional */.xX)(Inputs.Digest), `Input ${Inputs.Digest}`);
        if (!version && !digest)
            throw new inputs/* InputError */.dz(`Set the ${Inputs.Version} or ${Inputs.Digest} input: a deploy is pinned, never "whatever is newest".`);
        const historyMax = Number((0,inputs/* getString */.AA)(Inputs.HistoryMax, Defaults.HistoryMax));
        if (!Number.isInteger(historyMax) || historyMax < 0)
            throw new inputs/* InputError */.dz(`Input ${Inputs.HistoryMax} must be a whole number, 0 for no limit.`);
        const caFile = (0,inputs/* getOptional */.xX)(Inputs.CaFile);
        const provenance = (0,apply_provenance/* githubProvenance */.t)(process.env);
        const chart = chartInput();
        const target = {
            release: (0,names/* assertName */.I1)('release', (0,inputs/* getString */.AA)(Inputs.Release, Defaults.Release), `Input ${Inputs.Release}`),
            namespace: (0,names/* assertName */.I1)('namespace', (0,inputs/* getString */.AA)(Inputs.Namespace, Defaults.Namespace), `Input ${Inputs.Namespace}`),
            chart: { chart, ...(version ? { version } : {}), ...(digest ? { digest } : {}) },
            valuesFiles: [...(0,inputs/* getList */.vS)(Inputs.ValuesFiles), ...((0,inputs/* getOptional */.xX)(Inputs.SeedFile) ? [(0,inputs/* getString */.AA)(Inputs.SeedFile)] : [])].map((f) => {
                const path = (0,external_node_path_.resolve)(cwd, f);
                return { path, display: (0,chalk_config/* displayPath */.G)(path, ws) };
            }),
            set: (0,release_inputs/* nonEmptyLines */.yw)(core/* getInput */.V4(Inputs.Set)),
            timeoutMs: (0,inputs/* getDuration */.Ds)(Inputs.Timeout, Defaults.Timeout),
            historyMax,
        };
        const settings = {
            recoverPending: (0,inputs/* getBoolean */.pW)(Inputs.RecoverPending),
            recoverPendingAfterMs: (0,inputs/* getDuration */.Ds)(Inputs.RecoverPendingAfter, Defaults.RecoverPendingAfter),
            force: (0,inputs/* getBoolean */.pW)(Inputs.Force),
            dryRun: (0,inputs/* getBoolean */.pW)(Inputs.DryRun),
            lock: { holder: (0,apply_provenance/* lockHolder */.m)(provenance, process.env), waitMs: (0,inputs/* getDuration */.Ds)(Inputs.LockTimeout, Defaults.LockTimeout) },
            provenance,
            trace: (0,inputs/* getOneOf */.SY)(Inputs.Trace, TRACE_TARGETS) ?? 'objects',
            ...(caFile ? { caFile: (0,external_node_path_.resolve)(ws, caFile) } : {}),
            signal: cancellation/* cancellation */.WN.signal,
        };
        const checkTimeoutMs = (0,inputs/* getDuration */.Ds)(Inputs.CheckTimeout, Defaults.CheckTimeout);
        const [{ client: helm, warnings }, kube] = await Promise.all([(0,install/* setupHelm */.wm)({ tempDir: (0,paths/* runnerTemp */.X)() }), kube_apply/* ApplyKube */.o.load()]);
        for (const w of warnings)
            core/* warning */.$e(w);
        const result = await runDeployMetadata({
            config: {
                valuesFiles: (0,inputs/* getList */.vS)(Inputs.ValuesFiles),
                seedFile: (0,inputs/* getOptional */.xX)(Inputs.SeedFile),
                workingDirectory: cwd,
                workspace: ws,
                allowHttp: (0,inputs/* getBoolean */.pW)(Inputs.AllowHttp),
            },
            target,
            secrets,
            settings: { ...settings, helm, kube },
            checkTimeoutMs,
        }).finally(() => kube.close());
        for (const check of result.checks)
            (0,annotations/* annotate */.fz)(check.problems, check.title);
        const release = result.release;
        const origin = release?.error?.origin;
        if (origin)
            (0,annotations/* annotation */.w7)('error', `${release.error.message}${release.error.fix ? ` Fix: ${release.error.fix}` : ''}`, {
                title: 'helm could not render the chart',
                file: origin.file,
                line: origin.line,
                col: origin.col,
            });
        (0,outputs/* setOutputs */.n0)({
            [Outputs.Revision]: release?.revision,
            [Outputs.PreviousRevision]: release?.previousRevision,
            [Outputs.Status]: release?.status,
            [Outputs.ChartVersion]: release?.chart.version,
            [Outputs.ChartDigest]: release?.chart.digest ? (0,outputs/* generated */.gO)(release.chart.digest) : undefined,
            // A dry run changes nothing, whatever it would do.
            [Outputs.Changed]: !settings.dryRun && Boolean(release?.changed || result.secrets.some((s) => s.action !== 'unchanged')),
            [Outputs.DurationSeconds]: Math.round(result.durationMs / 100) / 10,
        });
        await (0,outputs/* writeSummary */.Sy)((0,deploy_summary/* metadataSummary */.eE)(result));
        if (result.ok)
            return;
        const why = result.refused
            ? `the ${result.refused === 'config' ? 'configuration' : 'Secrets'} failed the preflight checks (see the summary); the release was not touched.`
            : (release?.error ?? result.error)?.message;
        const fix = (release?.error ?? result.error)?.fix;
        core/* setFailed */.C1(`deploy-metadata ${result.cancelled ? 'was cancelled' : 'failed'}: ${why ?? 'see the summary'}${fix ? ` Fix: ${fix}` : ''}`);
    });
}


/***/ }),

/***/ 91021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ digestInput),
/* harmony export */   Ec: () => (/* binding */ ignoreRulesInput),
/* harmony export */   tf: () => (/* binding */ valuesFileInput),
/* harmony export */   y7: () => (/* binding */ singleReleaseInput),
/* harmony export */   yw: () => (/* binding */ nonEmptyLines)
/* harmony export */ });
/* unused harmony export RELEASE_INPUTS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _kube_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19449);
/* harmony import */ var _plan_ignore_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66405);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81729);
/**
 * The single-release inputs render-and-diff and drift-check share (`chart`, `version`, `digest`, `release`,
 * `values-files`, …, and `ignore`), read and checked before anything runs, as the plan engine's request.
 * Both actions name these inputs alike, so one reader serves both; deploy-metadata reads its digest and
 * `set` lines with the same helpers.
 */







const RELEASE_INPUTS = {
    Registry: 'registry',
    Chart: 'chart',
    RepoUrl: 'repo-url',
    Version: 'version',
    Digest: 'digest',
    Release: 'release',
    Namespace: 'namespace',
    ValuesFiles: 'values-files',
    SeedFile: 'seed-file',
    Set: 'set',
    KubeVersion: 'kube-version',
    IncludeCrds: 'include-crds',
    Ignore: 'ignore',
    WorkingDirectory: 'working-directory',
};
const I = RELEASE_INPUTS;
/** A values or seed file that must exist, shown relative to the workspace. */
function valuesFileInput(paths, file, where) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(paths.cwd, file);
    const display = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(paths.workspace, path) || file;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`${where}: ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(display)} does not exist.`, `Create it, or correct the path (relative to ${I.WorkingDirectory}).`);
    return { path, display };
}
function digestInput(digest, where) {
    if (digest && !/^sha256:[0-9a-f]{64}$/.test(digest))
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`${where} must be sha256:<64 hex digits>, but it is ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(digest)}.`);
    return digest;
}
function nonEmptyLines(text) {
    return text
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
}
/**
 * The release the single-release inputs name. With `requirePin`, a remote chart needs a version or a digest
 * (drift is measured against the chart the release should run, never "whatever is newest").
 */
function singleReleaseInput(paths, defaults, { requirePin = false } = {}) {
    const repoUrl = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptional */ .xX)(I.RepoUrl);
    const chart = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptional */ .xX)(I.Chart) ?? `oci://${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getString */ .AA)(I.Registry, defaults.registry)}/charts/chalk-metadata-plane`;
    const version = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptional */ .xX)(I.Version);
    const digest = digestInput((0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptional */ .xX)(I.Digest), `Input ${I.Digest}`);
    const remote = chart.startsWith('oci://') || repoUrl !== undefined;
    if (requirePin && remote && !version && !digest)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`Set the ${I.Version} or ${I.Digest} input: drift is measured against the chart the release should run, never "whatever is newest".`);
    const seed = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptional */ .xX)(I.SeedFile);
    const kubeVersion = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptional */ .xX)(I.KubeVersion);
    // include-crds is declared by render-and-diff only; an action without it gets the engine's default.
    const crds = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(I.IncludeCrds).trim();
    return {
        chart: {
            ref: remote ? chart : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(paths.cwd, chart),
            ...(version ? { version } : {}),
            ...(digest ? { digest } : {}),
            ...(repoUrl ? { repoUrl } : {}),
        },
        release: (0,_kube_names_js__WEBPACK_IMPORTED_MODULE_4__/* .assertName */ .I1)('release', (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getString */ .AA)(I.Release, defaults.release), `Input ${I.Release}`),
        namespace: (0,_kube_names_js__WEBPACK_IMPORTED_MODULE_4__/* .assertName */ .I1)('namespace', (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getString */ .AA)(I.Namespace, defaults.namespace), `Input ${I.Namespace}`),
        valuesFiles: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getList */ .vS)(I.ValuesFiles).map((f) => valuesFileInput(paths, f, `Input ${I.ValuesFiles}`)),
        ...(seed ? { seedFile: valuesFileInput(paths, seed, `Input ${I.SeedFile}`) } : {}),
        set: nonEmptyLines(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(I.Set)),
        ...(kubeVersion ? { kubeVersion } : {}),
        ...(crds ? { includeCrds: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getBoolean */ .pW)(I.IncludeCrds) } : {}),
    };
}
/** The `ignore` input: rules in the plan engine's form (JSON pointers + target selector), as YAML. */
function ignoreRulesInput() {
    const text = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(I.Ignore).trim();
    if (!text)
        return [];
    let value;
    try {
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(text);
    }
    catch (err) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`Input ${I.Ignore} is not YAML: ${err.message.split('\n')[0]}`);
    }
    return (0,_plan_ignore_js__WEBPACK_IMPORTED_MODULE_5__/* .parseIgnoreRules */ .R0)(value);
}


/***/ })

};
