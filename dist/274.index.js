export const id = 274;
export const ids = [274];
export const modules = {

/***/ 99378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ toAwsError),
/* harmony export */   G: () => (/* binding */ AwsError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/** AWS SDK failures as typed errors with the fix: access denied, not found, credentials, network. */

class AwsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChalkError */ .E {
    code;
    boundary = 'aws';
    constructor(kind, message, fix, 
    /** The service's error code, e.g. NoSuchCORSConfiguration. */
    code) {
        super(kind, message, fix);
        this.code = code;
    }
}
const NOT_FOUND = /^(NoSuchEntity|NoSuchEntityException|NoSuchBucket|NoSuchCORSConfiguration|QueueDoesNotExist|AWS\.SimpleQueueService\.NonExistentQueue|ResourceNotFoundException|NotFound)$/;
const DENIED = /^(AccessDenied|AccessDeniedException|AllAccessDisabled|UnauthorizedOperation)$/;
const CREDENTIALS = /^(CredentialsProviderError|InvalidClientTokenId|UnrecognizedClientException|ExpiredToken|ExpiredTokenException|SignatureDoesNotMatch|InvalidAccessKeyId)$/;
/** `action` names the API call (sqs:GetQueueUrl) so an AccessDenied says which permission to grant. */
function toAwsError(err, action) {
    if (err instanceof AwsError)
        return err;
    const e = (err ?? {});
    const name = e.name ?? '';
    const message = e.message ?? String(err);
    if (NOT_FOUND.test(name))
        return new AwsError('not-found', message, 'Create it.', name);
    if (DENIED.test(name) || e.$metadata?.httpStatusCode === 403)
        return new AwsError('access-denied', `${action} was denied: ${message}`, `Allow ${action} for the identity the workflow runs as (e.g. in the role assumed by aws-actions/configure-aws-credentials).`, name || 'AccessDenied');
    if (/region is missing/i.test(message))
        return new AwsError('credentials', `no AWS region for ${action}`, 'Set the aws-region input (or AWS_REGION, as aws-actions/configure-aws-credentials does).', name);
    if (CREDENTIALS.test(name) || /credential/i.test(message))
        return new AwsError('credentials', `no valid AWS credentials: ${message}`, 'Configure AWS credentials for the job (aws-actions/configure-aws-credentials with role-to-assume), and set aws-region.', name);
    const code = e.code ?? '';
    if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET/.test(code) || name === 'TimeoutError')
        return new AwsError('unreachable', `cannot reach AWS for ${action} (${code || name})`, 'Check the runner has network access to the AWS endpoints (VPC endpoints, proxy).', code || name);
    return new AwsError('unknown', `${action} failed: ${name ? `${name}: ` : ''}${message}`, 'Check the AWS error above.', name);
}


/***/ }),

/***/ 44669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ runChecks),
/* harmony export */   s: () => (/* binding */ outcomeOf)
/* harmony export */ });
/* harmony import */ var _report_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53300);
/**
 * Checks, as preflight runs them (and any action that gives verdicts): each has an id, a verdict,
 * a one-line finding and a fix. Checks run concurrently, each under its own timeout, whose signal
 * the check passes on to what it starts, so one dead endpoint cannot hang the job.
 */

/** The verdict a list of problems earns: any error fails, warnings only warn. */
function outcomeOf(problems, passFinding, fix) {
    const errors = (0,_report_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .countErrors */ .Tk)(problems);
    const warnings = problems.length - errors;
    if (errors > 0)
        return {
            verdict: 'fail',
            finding: `${errors} error${errors > 1 ? 's' : ''}${warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}`,
            problems,
            ...(fix ? { fix } : {}),
        };
    if (warnings > 0)
        return { verdict: 'warn', finding: `${warnings} warning${warnings > 1 ? 's' : ''}`, problems, ...(fix ? { fix } : {}) };
    return { verdict: 'pass', finding: passFinding, problems };
}
class CheckTimeout extends Error {
}
async function runChecks(checks, ctx, defaultTimeoutMs) {
    const done = new Map();
    const runOne = async (check) => {
        const base = { id: check.id, group: check.group, title: check.title };
        const prerequisites = await Promise.all((check.after ?? []).flatMap((id) => (done.has(id) ? [done.get(id)] : [])));
        const failed = prerequisites.find((r) => r.verdict === 'fail' || r.verdict === 'skipped');
        if (failed)
            return { ...base, verdict: 'skipped', finding: `skipped: ${failed.id} did not pass`, problems: [], durationMs: 0 };
        const started = performance.now();
        const timeoutMs = check.timeoutMs ?? defaultTimeoutMs;
        let timer;
        const abort = new AbortController();
        try {
            const outcome = await Promise.race([
                check.run(ctx, abort.signal),
                new Promise((_, reject) => {
                    timer = setTimeout(() => {
                        // Settled before the abort: a check that rejects at once on its signal must not turn the timeout into a crash.
                        reject(new CheckTimeout());
                        abort.abort(new CheckTimeout());
                    }, timeoutMs);
                }),
            ]);
            return { ...base, ...outcome, problems: outcome.problems ?? [], durationMs: Math.round(performance.now() - started) };
        }
        catch (err) {
            const finding = err instanceof CheckTimeout
                ? `timed out after ${timeoutMs % 1000 ? (timeoutMs / 1000).toFixed(1) : timeoutMs / 1000} s`
                : `check crashed: ${err instanceof Error ? err.message : String(err)}`;
            return {
                ...base,
                verdict: 'fail',
                finding,
                fix: err instanceof CheckTimeout
                    ? 'Check that the endpoint is reachable from the runner, or raise the input timeout.'
                    : 'Report this as a bug in chalk-actions with the log.',
                problems: [],
                durationMs: Math.round(performance.now() - started),
            };
        }
        finally {
            clearTimeout(timer);
        }
    };
    for (const check of checks)
        done.set(check.id, runOne(check));
    return Promise.all(checks.map((c) => done.get(c.id)));
}


/***/ }),

/***/ 71895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ failure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/** Typed boundary errors become failed checks with their fix. */

/** A fail verdict for `err`; a typed boundary error carries its own fix, anything else is rethrown as a crash. */
function failure(err, context) {
    if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChalkError */ .E) || !err.fix)
        throw err;
    return { verdict: 'fail', finding: context ? `${context}: ${err.message}` : err.message, fix: err.fix };
}


/***/ }),

/***/ 44705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ NOT_A_HOST),
/* harmony export */   Fd: () => (/* binding */ notAHost),
/* harmony export */   K$: () => (/* binding */ connectionSecrets)
/* harmony export */ });
/**
 * POSTGRES_HOST (or the postgres-host input) must be a host name, optionally with :port. A
 * connection URL (`postgres://user:pass@host/db`) or a libpq keyword string pasted there carries
 * the password: `connectionSecrets` finds it so it is masked before anything can print the value,
 * and `notAHost` says what the value is without repeating it.
 */
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** `host=db password=…`: libpq's keyword/value form. */
const KEYWORD = /(?:^|\s)[a-z_]+\s*=/i;
/** A DNS name or IPv4 address, a bracketed or bare IPv6 address, each with an optional :port. */
const HOST = /^(?:[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.?|\[[0-9a-f:.%\p{L}\p{N}]+\]|[0-9a-f]*:[0-9a-f:.]+)(?::\d{1,5})?$/iu;
function withDecoded(values) {
    const out = new Set();
    for (const v of values) {
        if (!v)
            continue;
        out.add(v);
        try {
            out.add(decodeURIComponent(v));
        }
        catch {
            // Not percent-encoded after all: the raw form is registered.
        }
    }
    return [...out];
}
/**
 * The password-like parts of a connection URL or keyword string, raw and percent-decoded: the
 * URL's user-info after the first `:` (up to the last `@`, so an unencoded `@` or `/` in the
 * password is still covered) and any `password=` / `sslpassword=` parameter. [] for a plain host.
 */
function connectionSecrets(value) {
    const parts = [];
    const scheme = URL_SCHEME.exec(value);
    if (scheme) {
        const rest = value.slice(scheme[0].length);
        const at = rest.lastIndexOf('@');
        const userInfo = at >= 0 ? rest.slice(0, at) : '';
        const colon = userInfo.indexOf(':');
        if (colon >= 0)
            parts.push(userInfo.slice(colon + 1));
    }
    for (const m of value.matchAll(/(?:^|[?&\s])(?:ssl)?password\s*=\s*('(?:[^'\\]|\\.)*'|[^&\s]*)/gi))
        parts.push(m[1].replace(/^'(.*)'$/s, '$1'));
    return withDecoded(parts);
}
/** Why `value` is not a host name, or undefined when it is one. */
function notAHost(value) {
    if (URL_SCHEME.test(value))
        return 'url';
    if (KEYWORD.test(value))
        return 'keywords';
    return HOST.test(value) ? undefined : 'invalid';
}
/** What the value looks like, for a finding that must not repeat it. */
const NOT_A_HOST = {
    url: 'looks like a connection URL',
    keywords: 'looks like a libpq connection string (keyword=value)',
    invalid: 'is not a host name or host:port',
};


/***/ }),

/***/ 1973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ PreflightClients)
});

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(99378);
;// CONCATENATED MODULE: ./src/aws/partition.ts
/**
 * AWS partitions, told by region prefix (as the SDK's endpoint rules do) or by an ARN's second
 * field. IAM is global per partition and signs in one region of it: us-east-1 is only the
 * commercial partition's, so GovCloud and China need their own.
 */
const COMMERCIAL = { name: 'aws', iamRegion: 'us-east-1' };
// Longer prefixes first: us-isob- and us-isof- before us-iso-.
const PARTITIONS = [
    { prefix: 'cn-', name: 'aws-cn', iamRegion: 'cn-north-1' },
    { prefix: 'us-gov-', name: 'aws-us-gov', iamRegion: 'us-gov-west-1' },
    { prefix: 'us-isob-', name: 'aws-iso-b', iamRegion: 'us-isob-east-1' },
    { prefix: 'us-isof-', name: 'aws-iso-f', iamRegion: 'us-isof-south-1' },
    { prefix: 'us-iso-', name: 'aws-iso', iamRegion: 'us-iso-east-1' },
    { prefix: 'eu-isoe-', name: 'aws-iso-e', iamRegion: 'eu-isoe-west-1' },
    { prefix: 'eusc-', name: 'aws-eusc', iamRegion: 'eusc-de-east-1' },
];
/** The partition of a region; the commercial one for its regions and when the region is unknown. */
function partitionOfRegion(region) {
    const found = region ? PARTITIONS.find((p) => region.startsWith(p.prefix)) : undefined;
    return found ? { name: found.name, iamRegion: found.iamRegion } : COMMERCIAL;
}
/** The partition an ARN names (`arn:aws-us-gov:iam::…`), or undefined when `value` is not an ARN of a known partition. */
function partitionOfArn(value) {
    const name = value?.startsWith('arn:') ? value.split(':')[1] : undefined;
    if (name === COMMERCIAL.name)
        return COMMERCIAL;
    const found = PARTITIONS.find((p) => p.name === name);
    return found ? { name: found.name, iamRegion: found.iamRegion } : undefined;
}

;// CONCATENATED MODULE: ./src/aws/clients.ts
/**
 * AWS SDK v3 clients, each imported only when a check first needs it (cold start is a feature).
 * Endpoints follow the SDK's own configuration, so AWS_ENDPOINT_URL_<SERVICE> points them at
 * local endpoints; every call takes the check's abort signal, and destroyAwsClients closes the
 * connections of every client that was created.
 */


/** A lazily created client: `call` sends one command and turns failures into AwsError. */
class LazyClient {
    create;
    client;
    constructor(create) {
        this.create = create;
    }
    async call(action, command, signal) {
        const client = await (this.client ??= this.create());
        try {
            return (await client.send(command, signal ? { abortSignal: signal } : {}));
        }
        catch (err) {
            throw (0,errors/* toAwsError */.D)(err, action);
        }
    }
    /** Closes the client's connections, when it was created. */
    async destroy() {
        const client = await this.client?.catch(() => undefined);
        client?.destroy();
    }
}
// Two attempts: enough for a throttled call, short enough that a dead endpoint fails within the check's timeout.
const common = (o) => ({ ...(o.region ? { region: o.region } : {}), maxAttempts: 2 });
/**
 * The partition the job works in: from the region (the input, else the SDK's own: AWS_REGION, the
 * profile), else from a role ARN input, else the commercial one.
 */
async function resolvePartition(options) {
    let region = options.region;
    if (!region) {
        const { IAMClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(764)]).then(__webpack_require__.t.bind(__webpack_require__, 16764, 19));
        const probe = new IAMClient({});
        region = await probe.config.region().catch(() => undefined);
        probe.destroy();
    }
    if (region)
        return partitionOfRegion(region);
    return options.arns?.map(partitionOfArn).find((p) => p !== undefined) ?? partitionOfRegion(undefined);
}
function awsClients(options) {
    return {
        sqs: new LazyClient(async () => new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(868)]).then(__webpack_require__.t.bind(__webpack_require__, 8868, 19))).SQSClient(common(options))),
        // IAM is global per partition and signs in that partition's IAM region (us-east-1 only in the commercial one).
        iam: new LazyClient(async () => {
            const { iamRegion } = await resolvePartition(options);
            return new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(764)]).then(__webpack_require__.t.bind(__webpack_require__, 16764, 19))).IAMClient({ ...common(options), region: iamRegion });
        }),
        s3: new LazyClient(async () => new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 53711, 19))).S3Client(common(options))),
        secretsManager: new LazyClient(async () => new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(994)]).then(__webpack_require__.t.bind(__webpack_require__, 12994, 19))).SecretsManagerClient(common(options))),
    };
}
async function destroyAwsClients(clients) {
    await Promise.all(Object.values(clients).map((c) => c.destroy()));
}

// EXTERNAL MODULE: ./src/kube/client.ts + 1 modules
var client = __webpack_require__(25861);
;// CONCATENATED MODULE: ./src/preflight/clients.ts
/**
 * The connections one preflight run opens: the cluster client (with its credential plugin), the AWS
 * SDK clients and Postgres sessions, each created on first use. Whoever runs preflight closes them
 * when the run is over, whatever happened: a socket left open by a timed-out check, or a credential
 * plugin still running, would keep the step alive after its report is written.
 */


class PreflightClients {
    options;
    closer = new AbortController();
    kubeClient;
    aws;
    constructor(options) {
        this.options = options;
    }
    /** Aborts when the clients close: a connection opened under it (a Postgres session) is dropped with them. */
    get closing() {
        return this.closer.signal;
    }
    kube() {
        return (this.kubeClient ??= client/* KubeClient */.B.load({ credentialTimeoutMs: this.options.credentialTimeoutMs }));
    }
    /** The AWS clients, made with the options of the first call (one run has one region and one set of role ARNs). */
    awsClients(options) {
        return (this.aws ??= awsClients(options));
    }
    async close() {
        this.closer.abort();
        const kube = await this.kubeClient?.catch(() => undefined);
        await Promise.all([kube?.close(), this.aws && destroyAwsClients(this.aws)]);
    }
}


/***/ }),

/***/ 84371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ configChecks),
/* harmony export */   x: () => (/* binding */ memoizedConfig)
/* harmony export */ });
/* harmony import */ var _config_chalk_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23494);
/* harmony import */ var _config_located_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21564);
/* harmony import */ var _checks_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44669);
/** The `config` check group: the values and seed files parse, and their contents follow the guide. */



function configChecks() {
    return [
        {
            id: 'config.files',
            group: 'config',
            title: 'Values and seed files are readable, valid YAML',
            async run(ctx) {
                const config = await ctx.config();
                const names = config.files.map((f) => f.displayPath).join(', ');
                return (0,_checks_check_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeOf */ .s)(config.problems.files, `${config.files.length} file${config.files.length === 1 ? '' : 's'} parsed: ${names}`);
            },
        },
        {
            id: 'config.values',
            group: 'config',
            title: 'Metadata Plane values (api_host, frontend_host, frontend.image)',
            after: ['config.files'],
            async run(ctx) {
                const config = await ctx.config();
                return (0,_checks_check_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeOf */ .s)(config.problems.values, 'api_host and frontend_host are https URLs; frontend.image is a valid reference');
            },
        },
        {
            id: 'config.seed',
            group: 'config',
            title: 'Database seed (teams, projects, environments, invites)',
            after: ['config.files'],
            async run(ctx) {
                const config = await ctx.config();
                const seed = config.merged ? countSeed(config) : '';
                return (0,_checks_check_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeOf */ .s)(config.problems.seed, `seed is consistent${seed ? `: ${seed}` : ''}`);
            },
        },
    ];
}
function countSeed(config) {
    const s = (0,_config_located_js__WEBPACK_IMPORTED_MODULE_2__/* .childAt */ .Ut)(config.merged?.root, ['chalk', 'metadata', 'seed']);
    if (s?.kind !== 'map')
        return '';
    return ['teams', 'projects', 'environments', 'team_invites']
        .map((k) => {
        const v = s.entries.get(k)?.value;
        return `${v?.kind === 'seq' ? v.items.length : 0} ${k.replace('_', ' ')}`;
    })
        .join(', ');
}
function memoizedConfig(files) {
    let loaded;
    return () => (loaded ??= (0,_config_chalk_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadChalkConfig */ .k)(files));
}


/***/ }),

/***/ 77212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ FRONTEND_SECRET),
/* harmony export */   Dz: () => (/* binding */ sharedWork),
/* harmony export */   JJ: () => (/* binding */ CLOUDS),
/* harmony export */   TM: () => (/* binding */ BUCKET_KINDS),
/* harmony export */   fP: () => (/* binding */ METADATA_SECRET),
/* harmony export */   q6: () => (/* binding */ createContext),
/* harmony export */   u2: () => (/* binding */ METADATA_SERVICE_ACCOUNT)
/* harmony export */ });
/* harmony import */ var _actions_io__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88701);
/* harmony import */ var _helm_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99493);
/* harmony import */ var _postgres_host_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44705);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67663);
/**
 * What every preflight check receives: the settings from the action's inputs, the config files
 * (loaded once, on first use) and the run's clients (src/preflight/clients.ts). Nothing is connected
 * or imported until a check of a group that needs it asks, so `checks: config` stays fast.
 */




const CLOUDS = ['aws', 'gcp'];
/** The five Data Plane buckets of the guide, in its order. */
const BUCKET_KINDS = ['data', 'source', 'dataset', 'model', 'stages'];
async function findHelm() {
    const path = await (0,_actions_io__WEBPACK_IMPORTED_MODULE_0__/* .which */ .K7)('helm', false);
    if (!path)
        return {};
    try {
        return { path, client: await _helm_client_js__WEBPACK_IMPORTED_MODULE_1__/* .HelmClient */ .E.at(path) };
    }
    catch (err) {
        return { path, error: err instanceof Error ? err.message : String(err) };
    }
}
/** The Metadata Plane's two secrets and their names, from the guide. */
const METADATA_SECRET = 'metadata-plane-secrets';
const FRONTEND_SECRET = 'chalk-frontend-secrets';
/** The chart's API-server service account, bound to the IRSA role (guide: "IAM Role for the Metadata Plane API Server"). */
const METADATA_SERVICE_ACCOUNT = 'chalk-metadata-plane';
/**
 * Work several checks share (a Secret, an IAM role), started by the first caller and awaited by
 * each under its own signal. The work is aborted only when every caller waiting for it has given
 * up (a caller without a signal never does), and is then forgotten so a later caller starts afresh.
 */
function sharedWork(work) {
    const entries = new Map();
    return (key, signal) => {
        if (signal?.aborted)
            return Promise.reject(signal.reason);
        let entry = entries.get(key);
        if (!entry) {
            const controller = new AbortController();
            const e = { controller, waiting: 0, settled: false, promise: Promise.resolve(undefined) };
            e.promise = Promise.resolve()
                .then(() => work(key, controller.signal))
                .finally(() => {
                e.settled = true;
            });
            // Settled entries are kept (one read per run); a caller's rejection handler is attached below.
            e.promise.catch(() => { });
            entries.set(key, e);
            entry = e;
        }
        const e = entry;
        e.waiting++;
        if (!signal)
            return e.promise;
        return new Promise((resolve, reject) => {
            const giveUp = () => {
                e.waiting--;
                if (e.waiting === 0 && !e.settled) {
                    e.controller.abort(signal.reason);
                    if (entries.get(key) === e)
                        entries.delete(key);
                }
                reject(signal.reason);
            };
            signal.addEventListener('abort', giveUp, { once: true });
            e.promise.then((value) => {
                signal.removeEventListener('abort', giveUp);
                e.waiting--;
                resolve(value);
            }, (err) => {
                signal.removeEventListener('abort', giveUp);
                e.waiting--;
                reject(err);
            });
        });
    };
}
function createContext(base, settings, clients) {
    // A connection URL given as postgres-host carries a password: masked before any check can print anything.
    if (settings.postgres.host)
        for (const s of (0,_postgres_host_js__WEBPACK_IMPORTED_MODULE_2__/* .connectionSecrets */ .K$)(settings.postgres.host))
            (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(s);
    let helm;
    const secret = sharedWork(async (name, signal) => (await ctx.kube()).readSecret(settings.namespace, name, signal));
    const ctx = {
        ...base,
        settings,
        kube: () => clients.kube(),
        aws: () => clients.awsClients({ region: settings.aws.region, arns: [settings.aws.metadataRole, settings.dataplane.backgroundPersistenceRole] }),
        closing: clients.closing,
        helm: () => (helm ??= findHelm()),
        secret,
    };
    return ctx;
}


/***/ }),

/***/ 43564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ secretsChecks)
});

// EXTERNAL MODULE: ./src/kube/errors.ts
var errors = __webpack_require__(23646);
// EXTERNAL MODULE: ./src/preflight/context.ts
var context = __webpack_require__(77212);
// EXTERNAL MODULE: ./src/checks/failure.ts
var failure = __webpack_require__(71895);
// EXTERNAL MODULE: ./src/config/node-rules.ts + 1 modules
var node_rules = __webpack_require__(13156);
;// CONCATENATED MODULE: ./src/preflight/secret-keys.ts
/**
 * Which required keys a Secret lacks, judged from key names and value lengths only: values are
 * never decoded into anything that is kept or printed. Near misses (the guide's own
 * GOOGLE_CLIENT_SECREET typo, lower case, stray spaces) and a whole .env file stored under one key
 * (`--from-file` instead of `--from-env-file`) are named so the fix is obvious.
 */

const normalise = (key) => key.toUpperCase().replace(/[^A-Z0-9]/g, '');
function meantKey(found, missing) {
    const n = normalise(found);
    return missing.find((m) => normalise(m) === n) ?? missing.find((m) => (0,node_rules/* editDistance */.YC)(normalise(m), n) <= 2);
}
/** Key names of `KEY=value` lines in a base64 env file; the values are dropped as soon as the line is split. */
function envFileKeys(base64) {
    return Buffer.from(base64, 'base64')
        .toString('utf8')
        .split(/\r?\n/)
        .map((line) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1])
        .filter((k) => Boolean(k));
}
/** `data` is the Secret's base64 data as the API returns it. */
function inspectSecretKeys(data, required) {
    const entries = Object.entries(data ?? {});
    const keys = new Set(entries.map(([k]) => k));
    // A value of only whitespace is as useless as none; the length check never keeps the value.
    const isEmpty = (b64) => Buffer.from(b64, 'base64').toString('utf8').trim().length === 0;
    const present = required.filter((k) => keys.has(k) && !isEmpty(data[k]));
    const empty = required.filter((k) => keys.has(k) && isEmpty(data[k]));
    const missing = required.filter((k) => !keys.has(k));
    const extra = entries.filter(([k]) => !required.includes(k));
    const nearMisses = extra.flatMap(([found]) => {
        const meant = meantKey(found, missing);
        return meant ? [{ found, meant }] : [];
    });
    const envFiles = extra
        .filter(([k]) => /\.env$/i.test(k))
        .map(([key, value]) => ({ key, contains: envFileKeys(value).filter((k) => required.includes(k) || meantKey(k, required)) }))
        .filter((f) => f.contains.length > 0);
    return { present, missing, empty, nearMisses, envFiles };
}

;// CONCATENATED MODULE: ./src/preflight/secrets-checks.ts
/**
 * The `secrets` group: the guide's "Configuring Kubernetes Resources" — the namespace and the two
 * Secrets the chart reads. Findings name keys only; a value is never read into a log or report.
 */




const SECRETS = [
    { name: context/* METADATA_SECRET */.fP, keys: ['POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_HOST', 'POSTGRES_DB'], envFile: 'metadata-plane-secrets.env' },
    { name: context/* FRONTEND_SECRET */.Ay, keys: ['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET'], envFile: 'oidc.env', guideTypo: 'GOOGLE_CLIENT_SECREET' },
];
const createCommand = (s, namespace) => `kubectl create secret generic ${s.name} --namespace ${namespace} --from-env-file ${s.envFile} --dry-run=client -o yaml | kubectl apply -f -`;
function describeKeys(s, report) {
    const parts = [];
    if (report.missing.length)
        parts.push(`missing ${report.missing.join(', ')}`);
    if (report.empty.length)
        parts.push(`empty ${report.empty.join(', ')}`);
    for (const { found, meant } of report.nearMisses)
        parts.push(`has ${found}, which looks like a misspelling of ${meant}${found === s.guideTypo ? ' (the typo is in the guide)' : ''}`);
    for (const f of report.envFiles)
        parts.push(`key ${f.key} holds a whole env file (with ${f.contains.join(', ')}): it was created with --from-file`);
    return parts;
}
async function secretCheck(ctx, s, signal) {
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
    }
    catch (err) {
        return (0,failure/* failure */.V)(err, `cannot read secret ${s.name} in ${namespace}`);
    }
}
async function namespaceCheck(ctx, signal) {
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
        if (ns)
            return { verdict: 'pass', finding: `namespace ${namespace} exists` };
        return {
            verdict: createNamespace ? 'warn' : 'fail',
            finding: `namespace ${namespace} does not exist${createNamespace ? '; the deploy creates it (create-namespace), but the secrets must be in it before the pods start' : ''}`,
            fix: `kubectl create namespace ${namespace}`,
        };
    }
    catch (err) {
        if (!(err instanceof errors/* KubeError */.a) || err.kind !== 'forbidden')
            return (0,failure/* failure */.V)(err);
        // Identities scoped to the namespace may not read Namespace objects; a Secret read in it proves it exists.
        const secret = await ctx.secret(context/* METADATA_SECRET */.fP, signal).catch(() => undefined);
        if (secret)
            return { verdict: 'pass', finding: `namespace ${namespace} exists (seen through its secret; this identity may not get namespaces)` };
        return {
            verdict: 'warn',
            finding: `cannot tell whether namespace ${namespace} exists: ${err.message}`,
            fix: `Check with an identity that may get namespaces: kubectl get namespace ${namespace}`,
        };
    }
}
function secretsChecks() {
    return [
        {
            id: 'secrets.namespace',
            group: 'secrets',
            title: 'Metadata Plane namespace exists',
            async run(ctx, signal) {
                try {
                    return await namespaceCheck(ctx, signal);
                }
                catch (err) {
                    return (0,failure/* failure */.V)(err);
                }
            },
        },
        ...SECRETS.map((s) => ({
            id: `secrets.${s.name}`,
            group: 'secrets',
            title: `Secret ${s.name} has ${s.keys.join(', ')}`,
            after: ['secrets.namespace'],
            run: (ctx, signal) => secretCheck(ctx, s, signal),
        })),
    ];
}


/***/ })

};
