export const id = 318;
export const ids = [318];
export const modules = {

/***/ 83318:
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
// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(81729);
// EXTERNAL MODULE: ./src/action/entry.ts
var entry = __webpack_require__(59682);
// EXTERNAL MODULE: ./src/action/paths.ts
var paths = __webpack_require__(49566);
// EXTERNAL MODULE: ./src/helm/chart.ts
var helm_chart = __webpack_require__(90564);
// EXTERNAL MODULE: ./src/helm/registry.ts
var registry = __webpack_require__(57365);
// EXTERNAL MODULE: ./src/login/kept-logins.ts
var kept_logins = __webpack_require__(92364);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
;// CONCATENATED MODULE: ./src/login/report.ts


const PROVIDER_NAMES = { ecr: 'Amazon ECR', 'ecr-public': 'Amazon ECR Public', 'artifact-registry': 'Google Artifact Registry', generic: 'Generic' };
/** An error as one sentence pair: what happened, then `Fix: …`. */
function describeError(error) {
    return `${error.message}${error.fix ? ` Fix: ${error.fix}` : ''}`;
}
function loginSummary(r) {
    const failed = r.logins.filter((x) => !x.ok).length;
    const lines = [
        failed
            ? `### ❌ helm registry login: ${failed} of ${r.logins.length} failed`
            : `### ✅ helm registry login: ${r.logins.length} registr${r.logins.length === 1 ? 'y' : 'ies'}`,
        '',
        (0,markdown/* table */.tp)(['Registry', 'Provider', 'User', 'Result'], r.logins.map((x) => [
            x.host,
            x.provider ? PROVIDER_NAMES[x.provider] : '—',
            x.username ?? '—',
            x.ok
                ? `logged in${x.expiresAt ? ` (token expires ${x.expiresAt})` : ''}`
                : `failed: ${x.error ? describeError(x.error).replace(`${x.host}: `, '') : 'no credentials'}`,
        ])),
        '',
        `helm ${r.helm.version} (${r.helm.source}); registry config ${(0,markdown/* code */.aY)(r.registryConfig.path)}, exported as HELM_REGISTRY_CONFIG.`,
    ];
    for (const warning of r.warnings)
        lines.push('', `⚠️ ${(0,markdown/* escapeHtml */.ZD)(warning)}`);
    if (r.chart) {
        const c = r.chart;
        lines.push('', `#### Chart ${(0,markdown/* code */.aY)(c.chart.url)}`, '', `Resolved ${(0,markdown/* code */.aY)((0,report_text/* oneLine */.T)(c.version, 100))}${c.appVersion ? ` (app ${(0,markdown/* escapeHtml */.ZD)(c.appVersion)})` : ''}${c.digest ? ` at ${(0,markdown/* code */.aY)(c.digest)}` : ''}.`, '', `Versions in the registry (${c.versions.length}): ${c.versions.map(markdown/* code */.aY).join(', ') || 'none'}`);
    }
    if (r.chartError)
        lines.push('', `#### Chart check failed`, '', (0,markdown/* escapeHtml */.ZD)(describeError(r.chartError)));
    return lines.join('\n') + '\n';
}
/** Why the step fails, one line per problem; undefined when nothing failed. */
function loginFailure(r) {
    const failures = [
        ...r.logins.filter((x) => !x.ok).map((x) => (x.error ? describeError(x.error) : `${x.host}: no credentials`)),
        ...(r.chartError ? [`verify-chart: ${describeError(r.chartError)}`] : []),
    ];
    if (!failures.length)
        return undefined;
    return `helm-login: ${failures.length} problem${failures.length > 1 ? 's' : ''}:\n${failures.map((f) => `- ${f}`).join('\n')}`;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/helm/ca-file.ts
var ca_file = __webpack_require__(46461);
// EXTERNAL MODULE: ./src/helm/install.ts
var install = __webpack_require__(68203);
;// CONCATENATED MODULE: ./src/registry/credentials.ts
/** What a credential provider hands to `helm registry login`, and the errors providers raise. */

/** A provider could not produce credentials for `host`: the message names the host and the cause, `fix` what to do. */
class CredentialError extends errors/* ChalkError */.E {
    host;
    boundary = 'registry';
    constructor(host, kind, message, fix) {
        super(kind, message, fix);
        this.host = host;
    }
}

// EXTERNAL MODULE: ./src/helm/advice.ts
var advice = __webpack_require__(43294);
// EXTERNAL MODULE: ./src/process/cancellation.ts
var cancellation = __webpack_require__(31130);
// EXTERNAL MODULE: ./src/report/secrets.ts
var secrets = __webpack_require__(67663);
;// CONCATENATED MODULE: ./src/registry/ecr.ts
/**
 * ECR and ECR Public tokens through the AWS SDK's GetAuthorizationToken, asked in the region the
 * host names (tokens are regional; asking the default region is the classic cross-region failure).
 * Credentials come from the SDK's standard chain (env keys from aws-actions/configure-aws-credentials,
 * web identity, profiles). The SDK is imported only when an ECR host is used: it is most of the bundle.
 */






/** The SDK's standard retry mode backs off exponentially (with jitter) on throttling and 5xx; this bounds it. */
const ECR_MAX_ATTEMPTS = 5;
async function ecrCredentials(req) {
    const { ECRClient, GetAuthorizationTokenCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 28249, 19));
    // A custom endpoint replaces the FIPS one: the SDK refuses to be given both.
    const customEndpoint = req.endpoint || process.env.AWS_ENDPOINT_URL_ECR || process.env.AWS_ENDPOINT_URL;
    const client = new ECRClient({
        region: req.region,
        maxAttempts: ECR_MAX_ATTEMPTS,
        retryMode: 'standard',
        useFipsEndpoint: req.fips && !customEndpoint,
        ...(req.endpoint ? { endpoint: req.endpoint } : {}),
    });
    try {
        // registryIds is what lets a caller in the customer account ask for the Chalk account's registry.
        const out = await client.send(new GetAuthorizationTokenCommand({ registryIds: [req.accountId] }), abortAfter(req));
        const data = out.authorizationData?.[0];
        if (!data?.authorizationToken)
            throw new CredentialError(req.host, 'bad-token', `ECR ${req.region} returned no authorization token for registry ${req.accountId} (${req.host}).`, 'Retry the job; if it persists, check the aws-endpoint (or AWS_ENDPOINT_URL_ECR) points at ECR.');
        logAttempts(req.host, out.$metadata.attempts);
        return decodeToken(req.host, 'ecr', data.authorizationToken, data.expiresAt);
    }
    catch (err) {
        throw ecrError(req, err, 'ecr:GetAuthorizationToken');
    }
    finally {
        client.destroy();
    }
}
/** ECR Public's token (public.ecr.aws) is only issued in us-east-1. */
async function ecrPublicCredentials(host, options = {}) {
    const { ECRPUBLICClient, GetAuthorizationTokenCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(821)]).then(__webpack_require__.t.bind(__webpack_require__, 29821, 19));
    const client = new ECRPUBLICClient({
        region: 'us-east-1',
        maxAttempts: ECR_MAX_ATTEMPTS,
        retryMode: 'standard',
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    });
    const req = { host, accountId: '', region: 'us-east-1', fips: false, ...options };
    try {
        const out = await client.send(new GetAuthorizationTokenCommand({}), abortAfter(req));
        const data = out.authorizationData;
        if (!data?.authorizationToken)
            throw new CredentialError(host, 'bad-token', `ECR Public (us-east-1) returned no authorization token for ${host}.`, 'Retry the job; if it persists, check the aws-endpoint (or AWS_ENDPOINT_URL_ECR_PUBLIC) points at ECR Public.');
        logAttempts(host, out.$metadata.attempts);
        return decodeToken(host, 'ecr-public', data.authorizationToken, data.expiresAt);
    }
    catch (err) {
        throw ecrError(req, err, 'ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken');
    }
    finally {
        client.destroy();
    }
}
/** Ends the SDK's request (retries included) at the timeout, the caller's signal or the job's cancellation. */
function abortAfter(req) {
    return {
        abortSignal: AbortSignal.any([...(req.timeoutMs ? [AbortSignal.timeout(req.timeoutMs)] : []), cancellation/* cancellation */.WN.signal, ...(req.signal ? [req.signal] : [])]),
    };
}
function logAttempts(host, attempts) {
    if (attempts && attempts > 1)
        core/* info */.pq(`${host}: GetAuthorizationToken succeeded after ${attempts} attempts (throttled or server errors retried).`);
}
/** The token is base64("<user>:<password>"); the user is AWS for ECR, but honour what the token says. */
function decodeToken(host, provider, token, expiresAt) {
    (0,secrets/* registerSecret */.cl)(token);
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        throw new CredentialError(host, 'bad-token', `The ECR authorization token for ${host} is not base64 "user:password"; cannot log in with it.`, 'Check that the aws-endpoint (or AWS_ENDPOINT_URL_ECR) points at ECR.');
    const password = decoded.slice(colon + 1);
    (0,secrets/* registerSecret */.cl)(password);
    return { host, provider, username: decoded.slice(0, colon), password, ...(expiresAt ? { expiresAt } : {}) };
}
function ecrError(req, err, permission) {
    if (err instanceof CredentialError)
        return err;
    const e = (err ?? {});
    const where = req.accountId ? `registry ${req.accountId} in ${req.region} (${req.host})` : req.host;
    if (e.name === 'AbortError' && (req.signal?.aborted || cancellation/* cancellation */.WN.signal.aborted))
        return new CredentialError(req.host, 'cancelled', `The ECR token request for ${where} was stopped: the job is being cancelled.`, 'Nothing to fix: rerun the job.');
    if (e.name === 'AbortError' && req.timeoutMs)
        return new CredentialError(req.host, 'timeout', `The ECR API did not answer in ${(0,advice/* seconds */.YA)(req.timeoutMs)} when asked for a token for ${where}.`, "Check the runner's network access to ECR (or the aws-endpoint), or raise timeout.");
    const said = e.message ? ` AWS said: ${(0,report_text/* oneLine */.T)(e.message)}` : '';
    switch (e.name) {
        case 'AccessDeniedException':
            return new CredentialError(req.host, 'access-denied', `ECR denied GetAuthorizationToken for ${where}: your AWS identity lacks ${permission} on the Chalk registry account${req.accountId ? ` ${req.accountId}` : ''}.${said}`, `Give your AWS account id to your Chalk representative so Chalk grants your IAM principals pull access (guide: "Authenticating to the Chalk Private Helm Registry"), and allow ${permission} in the role this job assumes.`);
        case 'CredentialsProviderError':
            return new CredentialError(req.host, 'no-credentials', `No AWS credentials for ${where}: the SDK's credential chain (env keys, web identity, profiles) found none.${said}`, 'Run aws-actions/configure-aws-credentials (OIDC role) before this step.');
        case 'UnrecognizedClientException':
        case 'InvalidSignatureException':
        case 'ExpiredTokenException':
            return new CredentialError(req.host, 'rejected-credentials', `AWS rejected this job's credentials when asking ECR for ${where} (${e.name}).${said}`, 'Check the role or keys configured for this job.');
        case 'ThrottlingException':
            return new CredentialError(req.host, 'throttled', `ECR kept throttling GetAuthorizationToken for ${where} after ${e.$metadata?.attempts ?? ECR_MAX_ATTEMPTS} attempts.${said}`, 'Retry the job later.');
        default:
            return new CredentialError(req.host, 'unknown', `Could not get an ECR token for ${where}: ${e.name ?? 'error'}${e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : ''}.${said || ` ${(0,report_text/* oneLine */.T)(String(err))}`}`, "Check this job's AWS credentials and its network access to ECR.");
    }
}

;// CONCATENATED MODULE: ./src/registry/generic.ts
/** Plain registries: the username and password the workflow passes in. */


function genericCredentials(host, username, password) {
    (0,secrets/* registerSecret */.cl)(password);
    if (!username || !password)
        throw new CredentialError(host, 'missing-input', `${host} is a plain registry (not ECR or Artifact Registry by its name), so it needs the inputs username and password; ${!username ? 'username' : 'password'} is empty.`, 'Pass them from secrets, or set provider if the host is an ECR or Artifact Registry alias.');
    return { host, provider: 'generic', username, password };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/registry/google.ts




const GAR_USERNAME = 'oauth2accesstoken';
const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
/** `timeoutMs` bounds each request the auth library makes (the OIDC token, the STS exchange). */
async function artifactRegistryCredentials(host, accessToken, timeoutMs) {
    if (accessToken) {
        (0,secrets/* registerSecret */.cl)(accessToken);
        return { host, provider: 'artifact-registry', username: GAR_USERNAME, password: accessToken };
    }
    const { GoogleAuth } = await __webpack_require__.e(/* import() */ 492).then(__webpack_require__.t.bind(__webpack_require__, 492, 23));
    const file = process.env.GOOGLE_APPLICATION_CREDENTIALS;
    try {
        const clientOptions = timeoutMs ? { transporterOptions: { timeout: timeoutMs } } : {};
        const auth = new GoogleAuth({ scopes: [SCOPE], clientOptions });
        // With a credentials file, build its client directly: getClient() would also look up the project
        // id, which for Workload Identity Federation is a Resource Manager call the login does not need.
        const client = file ? auth.fromJSON(JSON.parse(await (0,promises_.readFile)(file, 'utf8')), clientOptions) : await auth.getClient();
        shareTransporterWithSts(client);
        const { token } = await client.getAccessToken();
        (0,secrets/* registerSecret */.cl)(token ?? undefined);
        if (!token)
            throw new Error('the credentials produced no access token');
        return { host, provider: 'artifact-registry', username: GAR_USERNAME, password: token };
    }
    catch (err) {
        const source = file ? `the credentials file in GOOGLE_APPLICATION_CREDENTIALS` : 'Application Default Credentials';
        throw new CredentialError(host, 'no-credentials', `Could not get a Google access token for ${host} from ${source}: ${(0,report_text/* oneLine */.T)(err.message)}.`, 'Run google-github-actions/auth before this step (it exports GOOGLE_APPLICATION_CREDENTIALS), or pass its access_token output as gcp-access-token; your Google project id must be registered with Chalk.');
    }
}
/**
 * An external_account client (Workload Identity Federation) exchanges its token at the STS through a
 * transporter of its own, which transporterOptions does not reach: give it the client's, so the
 * timeout bounds that request too (a silent STS would otherwise hold the step for minutes).
 */
function shareTransporterWithSts(client) {
    const sts = client.stsCredential;
    if (sts && 'transporter' in sts)
        sts.transporter = client.transporter;
}

;// CONCATENATED MODULE: ./src/registry/hosts.ts
/**
 * Registry hosts as users write them (`oci://host/charts/x`, `host:port`, …) and the credential
 * provider each one needs, recognised from the host name the way each cloud spells it.
 */


const PROVIDERS = ['ecr', 'ecr-public', 'artifact-registry', 'generic'];
// <account>.dkr.ecr[-fips].<region>.<partition domain>, plus the dual-stack `dkr-ecr` … `on.aws` form.
const ECR_HOST = /^(\d{12})\.dkr[.-]ecr(-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d+)\.(?:amazonaws\.com(?:\.cn)?|on\.aws|on\.amazonwebservices\.com\.cn|sc2s\.sgov\.gov|c2s\.ic\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)$/;
const ECR_PUBLIC_HOST = /^public\.ecr\.aws$/;
// Artifact Registry (<location>-docker.pkg.dev) and the Container Registry domains it now serves.
const GAR_HOST = /^[a-z0-9-]+-docker\.pkg\.dev$/;
const GCR_HOST = /^(?:[a-z]+\.)?gcr\.io$/;
/**
 * The registry host of `entry`: scheme, path, tag and digest dropped, lower-cased (hosts are
 * case-insensitive, and helm's config keys them as written). Throws on something that is not a
 * host, on a port outside 1-65535, and on credentials (`user:pw@host`), which it never repeats.
 */
function registryHost(entry) {
    const scheme = /^(oci|https?):\/\//i.exec(entry.trim())?.[0] ?? '';
    const rest = entry.trim().slice(scheme.length);
    const credentials = /^.*@(?!sha\d+:)/.exec(rest);
    if (credentials)
        throw new Error(`"${(0,report_text/* oneLine */.T)(`${scheme}***@${rest.slice(credentials[0].length)}`, 200)}" holds credentials before the host: pass them as the inputs username and password (from secrets), never in registries.`);
    const host = rest.split('/')[0].toLowerCase();
    if (!/^(\[[0-9a-f:]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d{1,5})?$/.test(host))
        throw new Error(`"${(0,report_text/* oneLine */.T)(entry, 200)}" is not a registry host: expected a host such as 123456789012.dkr.ecr.us-east-1.amazonaws.com, optionally as oci://host/path.`);
    const port = Number(/:(\d+)$/.exec(host)?.[1] ?? 443);
    if (port < 1 || port > 65_535)
        throw new Error(`"${host}" has port ${port}: a port is 1-65535.`);
    return host;
}
/** Recognises the provider from the host alone. */
function detectTarget(host) {
    const bare = host.replace(/:\d+$/, '');
    const ecr = ECR_HOST.exec(bare);
    if (ecr)
        return { provider: 'ecr', host, accountId: ecr[1], region: ecr[3], fips: Boolean(ecr[2]) };
    if (ECR_PUBLIC_HOST.test(bare))
        return { provider: 'ecr-public', host };
    if (GAR_HOST.test(bare) || GCR_HOST.test(bare))
        return { provider: 'artifact-registry', host };
    return { provider: 'generic', host };
}
/** The target for `host`, with an explicit provider winning over detection. */
function resolveTarget(host, override) {
    const detected = detectTarget(host);
    if (!override)
        return detected;
    const { provider, awsAccountId, awsRegion } = override;
    if (provider === 'ecr') {
        // An ECR host name is authoritative (the guide's two Chalk accounts in one step); the inputs only fill in for other names.
        if (detected.provider === 'ecr')
            return detected;
        if (!awsAccountId || !awsRegion)
            throw new CredentialError(host, 'missing-input', `${host} is not an ECR host name (<account>.dkr.ecr.<region>.amazonaws.com), so provider ecr needs the inputs aws-account-id and aws-region to know which registry to ask for a token.`, 'Set aws-account-id and aws-region to the registry account and region (Chalk gives them), or name the registry by its ECR host name.');
        if (!/^\d{12}$/.test(awsAccountId))
            throw new CredentialError(host, 'missing-input', `aws-account-id must be a 12-digit AWS account id, but it is "${(0,report_text/* oneLine */.T)(awsAccountId, 100)}".`, 'Set aws-account-id to the 12-digit id of the registry account.');
        if (!/^[a-z]{2}(?:-[a-z]+)+-\d+$/.test(awsRegion))
            throw new CredentialError(host, 'missing-input', `aws-region must be an AWS region such as us-east-1, but it is "${(0,report_text/* oneLine */.T)(awsRegion, 100)}".`, 'Set aws-region to the region of the registry.');
        return { provider, host, accountId: awsAccountId, region: awsRegion, fips: false };
    }
    return { provider, host };
}

;// CONCATENATED MODULE: ./src/registry/login.ts
/**
 * Logging a job in to every registry it names: each host's provider produces credentials
 * (concurrently: they are independent API calls), then helm logs in to each in turn (one config
 * file, so no concurrent writers). A failing host is reported next to the others, not instead of them,
 * with its typed error.
 */








async function loginRegistries(helm, hosts, options) {
    const prepared = await Promise.all(hosts.map(async (host) => {
        let target;
        try {
            target = resolveTarget(host, options.override);
            return { target, creds: await credentialsFor(target, options) };
        }
        catch (err) {
            return { ...(target ? { target } : {}), error: typed(host, err) };
        }
    }));
    const results = [];
    for (const [i, { target, creds, error }] of prepared.entries()) {
        const host = hosts[i];
        const base = { host, ...(target ? { provider: target.provider } : {}), ...(creds ? { username: creds.username } : {}) };
        if (!creds) {
            results.push({ ...base, ok: false, ...(error ? { error } : {}) });
            continue;
        }
        try {
            await (0,registry/* registryLogin */.j8)(helm, {
                host,
                username: creds.username,
                password: creds.password,
                ...(options.caFile ? { caFile: options.caFile } : {}),
                ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
                ...(options.signal ? { signal: options.signal } : {}),
            });
            results.push({ ...base, ok: true, ...(creds.expiresAt ? { expiresAt: creds.expiresAt } : {}) });
        }
        catch (err) {
            results.push({ ...base, ok: false, error: typed(host, err) });
        }
    }
    return results;
}
/** Anything a provider or helm threw, as a typed error: the typed ones as they are, the rest as an unknown credential failure. */
function typed(host, err) {
    if (err instanceof errors/* ChalkError */.E)
        return err;
    return new CredentialError(host, 'unknown', `${host}: ${(0,report_text/* oneLine */.T)(err instanceof Error ? err.message : String(err))}`, 'Check the registry host and the inputs for it.');
}
function credentialsFor(target, options) {
    const limits = { ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}), ...(options.signal ? { signal: options.signal } : {}) };
    switch (target.provider) {
        case 'ecr':
            return ecrCredentials({ ...target, ...(options.awsEndpoint ? { endpoint: options.awsEndpoint } : {}), ...limits });
        case 'ecr-public':
            return ecrPublicCredentials(target.host, { ...(options.awsEndpoint ? { endpoint: options.awsEndpoint } : {}), ...limits });
        case 'artifact-registry':
            return artifactRegistryCredentials(target.host, options.gcpAccessToken, options.timeoutMs);
        case 'generic':
            return Promise.resolve(genericCredentials(target.host, options.username ?? '', options.password ?? ''));
    }
}

;// CONCATENATED MODULE: ./src/login/run.ts
/**
 * helm-login's engine: get helm, log in to every registry (into the registry config the caller
 * opened), then, when asked, prove the login by resolving a chart. Everything it found comes back
 * as a JSON-serialisable result; it writes nothing to the job (the action's glue reports).
 */






async function runLogin(options) {
    // helm panics on a missing or unparsable --ca-file: check it before helm ever sees it.
    if (options.caFile)
        await (0,ca_file/* loadCaFile */.x)(options.caFile);
    const limits = { timeoutMs: options.timeoutMs, ...(options.signal ? { signal: options.signal } : {}) };
    const setup = await (0,install/* setupHelm */.wm)({ requested: options.helmVersion, downloadUrl: options.helmDownloadUrl, tempDir: options.tempDir, ...limits });
    const helm = setup.client.withEnv({ [registry/* REGISTRY_CONFIG_ENV */.Rc]: options.registryConfig.path });
    const results = await loginRegistries(helm, options.hosts, {
        ...(options.provider !== 'auto' ? { override: { provider: options.provider, awsAccountId: options.awsAccountId, awsRegion: options.awsRegion } } : {}),
        username: options.username,
        password: options.password,
        gcpAccessToken: options.gcpAccessToken,
        awsEndpoint: options.awsEndpoint,
        caFile: options.caFile,
        ...limits,
    });
    const logins = results.map((r) => ({
        host: r.host,
        ...(r.provider ? { provider: r.provider } : {}),
        ...(r.username !== undefined ? { username: r.username } : {}),
        ok: r.ok,
        ...(r.expiresAt ? { expiresAt: r.expiresAt.toISOString() } : {}),
        ...(r.error ? { error: (0,errors/* errorInfo */.f)(r.error) } : {}),
    }));
    const loggedIn = logins.filter((l) => l.ok).map((l) => l.host);
    let chart;
    let chartError;
    const verify = options.verifyChart;
    if (verify && loggedIn.includes(verify.registry)) {
        try {
            const creds = await (0,registry/* registryConfigCredentials */.a$)(options.registryConfig.path, verify.registry);
            chart = await (0,helm_chart/* resolveChart */.dM)(helm, verify, { ...creds, caFile: options.caFile, ...limits });
        }
        catch (err) {
            chartError = (0,errors/* errorInfo */.f)(err);
        }
    }
    return {
        ok: loggedIn.length === logins.length && !chartError,
        helm: { path: setup.client.path, version: setup.client.version.raw, source: setup.source },
        warnings: setup.warnings,
        registryConfig: options.registryConfig,
        logins,
        loggedIn,
        ...(chart ? { chart } : {}),
        ...(chartError ? { chartError } : {}),
    };
}

// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(65468);
// EXTERNAL MODULE: ./actions/helm-login/names.ts
var names = __webpack_require__(86923);
;// CONCATENATED MODULE: ./actions/helm-login/main.ts















function run() {
    return (0,entry/* runEntry */.C)(async () => {
        const inputs = readInputs();
        const skipLogout = (0,action_inputs/* getBoolean */.pW)(names/* Inputs */.G0.SkipLogout);
        // An earlier helm-login step (or the workflow) may already have chosen the job's config: share it.
        const registryConfig = await (0,registry/* openRegistryConfig */.Gs)(process.env[registry/* REGISTRY_CONFIG_ENV */.Rc] || undefined, (0,paths/* runnerTemp */.X)());
        // Saved before any login, so post cleans up whatever happens to main.
        core/* exportVariable */.dN(registry/* REGISTRY_CONFIG_ENV */.Rc, registryConfig.path);
        core/* saveState */.LZ(names/* State */.Uw.RegistryConfig, registryConfig.path);
        core/* saveState */.LZ(names/* State */.Uw.OwnsConfig, String(registryConfig.owned));
        core/* saveState */.LZ(names/* State */.Uw.SkipLogout, String(skipLogout));
        core/* saveState */.LZ(names/* State */.Uw.TimeoutMs, String(inputs.timeoutMs));
        const result = await runLogin({ ...inputs, registryConfig, tempDir: (0,paths/* runnerTemp */.X)() });
        await report(result, skipLogout);
        const failure = loginFailure(result);
        if (failure)
            throw new Error(failure);
    });
}
function readInputs() {
    const password = core/* getInput */.V4(names/* Inputs */.G0.Password);
    const gcpAccessToken = (0,action_inputs/* getString */.AA)(names/* Inputs */.G0.GcpAccessToken);
    (0,secrets/* registerSecret */.cl)(password);
    (0,secrets/* registerSecret */.cl)(gcpAccessToken);
    const hosts = [
        ...new Set((0,action_inputs/* getList */.vS)(names/* Inputs */.G0.Registries).map((entry) => {
            try {
                return registryHost(entry);
            }
            catch (err) {
                throw new action_inputs/* InputError */.dz(`Input ${names/* Inputs */.G0.Registries}: ${err.message}`);
            }
        })),
    ];
    if (!hosts.length)
        throw new action_inputs/* InputError */.dz(`Input ${names/* Inputs */.G0.Registries} is empty: name at least one registry host.`);
    const provider = (0,action_inputs/* getString */.AA)(names/* Inputs */.G0.Provider, names/* Defaults */.Hw.Provider);
    if (provider !== 'auto' && !PROVIDERS.includes(provider))
        throw new action_inputs/* InputError */.dz(`Input ${names/* Inputs */.G0.Provider} must be auto or one of ${PROVIDERS.join(', ')}, but it is "${(0,report_text/* oneLine */.T)(provider, 100)}".`);
    // Per registry operation (at least 1 s): helm waits forever on a registry that accepts the connection and stays silent.
    const timeoutMs = (0,action_inputs/* getDuration */.Ds)(names/* Inputs */.G0.Timeout, names/* Defaults */.Hw.Timeout);
    let verifyChart;
    try {
        verifyChart = (0,action_inputs/* getString */.AA)(names/* Inputs */.G0.VerifyChart) ? (0,helm_chart/* parseChartRef */.pc)((0,action_inputs/* getString */.AA)(names/* Inputs */.G0.VerifyChart)) : undefined;
    }
    catch (err) {
        throw new action_inputs/* InputError */.dz(`Input ${names/* Inputs */.G0.VerifyChart}: ${err.message}`);
    }
    if (verifyChart && !hosts.includes(verifyChart.registry))
        throw new action_inputs/* InputError */.dz(`Input ${names/* Inputs */.G0.VerifyChart} is on ${verifyChart.registry}, which is not among the registries to log in to (${hosts.join(', ')}).`);
    const caFile = (0,action_inputs/* getString */.AA)(names/* Inputs */.G0.CaFile);
    return {
        hosts,
        provider: provider,
        username: (0,action_inputs/* getString */.AA)(names/* Inputs */.G0.Username),
        password,
        gcpAccessToken,
        awsAccountId: (0,action_inputs/* getString */.AA)(names/* Inputs */.G0.AwsAccountId),
        awsRegion: (0,action_inputs/* getString */.AA)(names/* Inputs */.G0.AwsRegion),
        awsEndpoint: (0,action_inputs/* getString */.AA)(names/* Inputs */.G0.AwsEndpoint),
        ...(caFile ? { caFile: (0,external_node_path_.resolve)((0,paths/* workspace */.G)(), caFile) } : {}),
        ...(verifyChart ? { verifyChart } : {}),
        timeoutMs,
        helmVersion: (0,action_inputs/* getString */.AA)(names/* Inputs */.G0.HelmVersion),
        helmDownloadUrl: (0,action_inputs/* getString */.AA)(names/* Inputs */.G0.HelmDownloadUrl, names/* Defaults */.Hw.HelmDownloadUrl),
    };
}
async function report(result, skipLogout) {
    core/* saveState */.LZ(names/* State */.Uw.HelmPath, result.helm.path);
    core/* saveState */.LZ(names/* State */.Uw.Hosts, JSON.stringify(result.loggedIn));
    if (result.helm.source !== 'path')
        core/* addPath */.fM((0,external_node_path_.dirname)(result.helm.path));
    if (skipLogout && result.loggedIn.length)
        core/* exportVariable */.dN(registry/* KEPT_LOGINS_ENV */.QL, (0,kept_logins/* keepLogins */._)(process.env[registry/* KEPT_LOGINS_ENV */.QL], result.registryConfig.path, result.loggedIn));
    for (const warning of result.warnings)
        core/* warning */.$e(warning);
    // All made by the toolkit (validated hosts, its own path, helm's version, semver tags): never altered by a weak secret.
    (0,outputs/* setOutputs */.n0)({
        [names/* Outputs */.tY.Registries]: (0,outputs/* generated */.gO)(result.loggedIn.join(',')),
        [names/* Outputs */.tY.RegistryConfig]: (0,outputs/* generated */.gO)(result.registryConfig.path),
        [names/* Outputs */.tY.HelmVersion]: (0,outputs/* generated */.gO)(result.helm.version),
        [names/* Outputs */.tY.ChartVersions]: result.chart ? (0,outputs/* generated */.gO)(JSON.stringify(result.chart.versions)) : undefined,
    });
    await (0,outputs/* writeSummary */.Sy)(loginSummary(result), { keep: [result.registryConfig.path, result.helm.version] });
    // The user name can come from a remote token (ECR): one line, so it cannot start a workflow command.
    for (const l of result.logins)
        if (l.ok)
            core/* info */.pq(`Logged in to ${l.host} as ${(0,report_text/* oneLine */.T)(l.username ?? '')} (${l.provider ?? ''}).`);
}


/***/ }),

/***/ 86923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   Hw: () => (/* binding */ Defaults),
/* harmony export */   Uw: () => (/* binding */ State),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
/** helm-login's input, output and state names and its input defaults (as action.yml declares them), shared by main and post. */
const Inputs = {
    Registries: 'registries',
    Provider: 'provider',
    Username: 'username',
    Password: 'password',
    AwsAccountId: 'aws-account-id',
    AwsRegion: 'aws-region',
    AwsEndpoint: 'aws-endpoint',
    GcpAccessToken: 'gcp-access-token',
    CaFile: 'ca-file',
    HelmVersion: 'helm-version',
    HelmDownloadUrl: 'helm-download-url',
    VerifyChart: 'verify-chart',
    SkipLogout: 'skip-logout',
    Timeout: 'timeout',
};
/** The non-empty `default:` of every input that has one, keyed as Inputs (the others default to empty). */
const Defaults = {
    Provider: 'auto',
    HelmDownloadUrl: 'https://get.helm.sh',
    SkipLogout: 'false',
    Timeout: '2m',
};
const Outputs = {
    Registries: 'registries',
    RegistryConfig: 'registry-config',
    HelmVersion: 'helm-version',
    ChartVersions: 'chart-versions',
};
const State = {
    RegistryConfig: 'registry-config',
    /** 'true' when this step created the config file (and so post deletes it). */
    OwnsConfig: 'owns-config',
    HelmPath: 'helm-path',
    /** JSON array of the hosts logged in. */
    Hosts: 'hosts',
    SkipLogout: 'skip-logout',
    /** The timeout input in milliseconds, for post's logouts. */
    TimeoutMs: 'timeout-ms',
};


/***/ }),

/***/ 46461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ CaFileError),
/* harmony export */   x: () => (/* binding */ loadCaFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65655);
/* harmony import */ var _advice_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43294);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15274);
/**
 * The CA bundle passed to helm as --ca-file and used for registry API calls, checked before either:
 * helm panics on a missing or unparsable file, and its panic says nothing a user can act on.
 */






/** A CA bundle larger than this is not a CA bundle (the system's whole trust store is ~200 KiB). */
const MAX_CA_FILE_BYTES = 4 << 20;
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
class CaFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ChalkError */ .E {
    problem;
    boundary = 'registry';
    constructor(problem, message) {
        super('ca-file', message, (0,_advice_js__WEBPACK_IMPORTED_MODULE_3__/* .adviceFor */ .cp)('ca-file', 'login').fix);
        this.problem = problem;
    }
}
/** The file's certificates, after checking it exists, is readable and holds only PEM certificates that parse. */
async function loadCaFile(path) {
    const shown = (0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(path);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch((err) => {
        if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
            throw new CaFileError('missing', `ca-file ${shown} does not exist.`);
        throw new CaFileError('unreadable', `ca-file ${shown} cannot be read (${err.code ?? (0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(err.message, 200)}).`);
    });
    if (!info.isFile())
        throw new CaFileError('not-a-file', `ca-file ${shown} is not a file.`);
    if (info.size > MAX_CA_FILE_BYTES)
        throw new CaFileError('too-large', `ca-file ${shown} is larger than ${(0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .bytes */ .ee)(MAX_CA_FILE_BYTES)}; a CA bundle is far smaller.`);
    const content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path).catch((err) => {
        throw new CaFileError('unreadable', `ca-file ${shown} cannot be read (${err.code ?? (0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(err.message, 200)}).`);
    });
    const blocks = content.toString('utf8').match(PEM_CERTIFICATE) ?? [];
    if (!blocks.length)
        throw new CaFileError('not-pem', `ca-file ${shown} holds no PEM certificate (-----BEGIN CERTIFICATE-----), so helm cannot use it.`);
    for (const [i, block] of blocks.entries()) {
        try {
            new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block);
        }
        catch (err) {
            throw new CaFileError('not-pem', `ca-file ${shown}: certificate ${i + 1} of ${blocks.length} does not parse (${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .T)(err.message, 200)}).`);
        }
    }
    return content;
}


/***/ }),

/***/ 90564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ ChartAccessError),
/* harmony export */   J3: () => (/* binding */ pulledDigest),
/* harmony export */   U: () => (/* binding */ listChartTags),
/* harmony export */   c_: () => (/* binding */ chartVersions),
/* harmony export */   dM: () => (/* binding */ resolveChart),
/* harmony export */   mU: () => (/* binding */ compareSemver),
/* harmony export */   pc: () => (/* binding */ parseChartRef),
/* harmony export */   qD: () => (/* binding */ latestVersion)
/* harmony export */ });
/* unused harmony export TAG_LIST_LIMITS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _process_run_tool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33915);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67663);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65655);
/* harmony import */ var _advice_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43294);
/* harmony import */ var _ca_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46461);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74057);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15274);
/**
 * OCI chart references (`oci://host/charts/name[:tag|@digest]`) and resolving them against the
 * registry: the tag list from the distribution API (`GET /v2/<name>/tags/list`, with the Basic or
 * Bearer-token challenge registries answer with) and, through helm, the chart a version resolves to.
 * Used by helm-login's verify-chart and by preflight's registry check.
 */









/** Limit for a whole chart check (tag listing and helm's fetch) when the caller sets none. */
const DEFAULT_REGISTRY_TIMEOUT_MS = 30_000;
function parseChartRef(ref) {
    const m = /^oci:\/\/([^/\s]+)\/([^\s@]+?)(?::([\w][\w.+-]{0,127}))?(?:@(sha256:[0-9a-f]{64}))?$/i.exec(ref.trim());
    if (!m)
        throw new Error(`"${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(ref, 200)}" is not an OCI chart reference: expected oci://<registry>/<path>/<chart>[:<version>], e.g. oci://754784422779.dkr.ecr.us-east-1.amazonaws.com/charts/chalk-metadata-plane.`);
    const [, registry, repository, tag, digest] = m;
    const host = registry.toLowerCase();
    return {
        url: `oci://${host}/${repository}`,
        registry: host,
        repository,
        name: repository.slice(repository.lastIndexOf('/') + 1),
        ...(tag ? { tag } : {}),
        ...(digest ? { digest: digest.toLowerCase() } : {}),
    };
}
class ChartAccessError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChalkError */ .E {
    registry;
    boundary = 'registry';
    constructor(registry, kind, message, fix = (0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)(kind, 'pull').fix) {
        super(kind, message, fix);
        this.registry = registry;
    }
}
/** Limits on what one tag listing reads: a registry's list of a chart's versions is a few KiB. */
const TAG_LIST_LIMITS = { pageBytes: 4 << 20, pages: 100, tags: 100_000 };
const TOKEN_BODY_BYTES = 256 * 1024;
/** Every tag of the chart's repository, following pagination within TAG_LIST_LIMITS and the deadline. */
async function listChartTags(chart, access = {}, deadline = deadlineOf(access)) {
    const session = new RegistrySession(chart, access, await caOf(chart, access), deadline);
    const tags = [];
    const seen = new Set();
    for (let path = `/v2/${chart.repository}/tags/list?n=1000`; path;) {
        if (seen.size >= TAG_LIST_LIMITS.pages)
            throw session.failure('too-many-pages', `${chart.registry}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)('too-many-pages', 'pull', { limit: `${TAG_LIST_LIMITS.pages} pages` }).says}.`);
        if (seen.has(path))
            throw session.failure('bad-response', `${chart.registry}: the tag list's next page is one already read (${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(path, 200)}).`);
        seen.add(path);
        const res = await session.get(path);
        tags.push(...tagsOf(res.body, chart));
        if (tags.length > TAG_LIST_LIMITS.tags)
            throw session.failure('too-large', `${chart.registry}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)('too-large', 'pull', { limit: `${TAG_LIST_LIMITS.tags} tags` }).says}.`);
        path = nextLink(res.headers.link);
    }
    return tags;
}
/** Chart versions among `tags` (helm stores `+` as `_`), ascending by semver precedence. */
function chartVersions(tags) {
    return tags
        .map((t) => t.replaceAll('_', '+'))
        .filter((t) => SEMVER.test(t))
        .sort(compareSemver);
}
/** The highest release version, or the highest pre-release when there is no release. */
function latestVersion(versions) {
    const sorted = [...versions].sort(compareSemver);
    return sorted.filter((v) => !semverParts(v).pre).at(-1) ?? sorted.at(-1);
}
/**
 * Lists the versions over the API, then has helm fetch the chosen one, which proves helm's own
 * login works — all within one deadline (access.timeoutMs), however many pages the registry serves.
 */
async function resolveChart(helm, chart, access = {}) {
    const deadline = deadlineOf(access);
    const versions = chartVersions(await listChartTags(chart, access, deadline));
    const want = chart.tag ?? latestVersion(versions);
    if (!want && !chart.digest)
        throw new ChartAccessError(chart.registry, 'not-found', `${chart.url} has no chart versions: the repository exists but holds no semver tags.`);
    const args = ['show', 'chart', chart.digest ? `${chart.url}@${chart.digest}` : chart.url];
    if (want && !chart.digest)
        args.push('--version', want);
    if (access.caFile)
        args.push('--ca-file', access.caFile);
    const result = await helm.run(args, { timeoutMs: deadline.remaining(), ...(access.signal ? { signal: access.signal } : {}) }).catch((err) => {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .HelmError */ .t2)
            throw new ChartAccessError(chart.registry, err.kind, `helm could not fetch ${chart.url}${want ? ` ${want}` : ''}: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(err.message)}`);
        if (err instanceof _process_run_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolTimeoutError */ .Ap)
            throw new ChartAccessError(chart.registry, 'timeout', `${chart.registry}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)('timeout', 'pull', { limit: (0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .seconds */ .YA)(deadline.ms) }).says}; helm show chart ${chart.url} was stopped.`);
        if (err instanceof _process_run_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolAbortedError */ .ik)
            throw new ChartAccessError(chart.registry, 'cancelled', `helm show chart ${chart.url} was stopped: ${err.message}`);
        throw err;
    });
    const meta = ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(result.stdout) ?? {});
    const digest = pulledDigest(result.stderr);
    return {
        chart,
        versions,
        version: String(meta.version ?? want),
        ...(meta.appVersion !== undefined ? { appVersion: String(meta.appVersion) } : {}),
        ...(digest ? { digest } : {}),
    };
}
function deadlineOf(access) {
    return new _http_js__WEBPACK_IMPORTED_MODULE_7__/* .Deadline */ .B2(access.timeoutMs ?? DEFAULT_REGISTRY_TIMEOUT_MS, access.signal);
}
async function caOf(chart, access) {
    if (!access.caFile)
        return undefined;
    return (0,_ca_file_js__WEBPACK_IMPORTED_MODULE_5__/* .loadCaFile */ .x)(access.caFile).catch((err) => {
        if (err instanceof _ca_file_js__WEBPACK_IMPORTED_MODULE_5__/* .CaFileError */ .Z)
            throw new ChartAccessError(chart.registry, 'ca-file', err.message, err.fix);
        throw err;
    });
}
function tagsOf(body, chart) {
    let tags;
    try {
        tags = JSON.parse(body).tags ?? [];
    }
    catch {
        tags = undefined;
    }
    if (Array.isArray(tags) && tags.every((t) => typeof t === 'string'))
        return tags;
    throw new ChartAccessError(chart.registry, 'bad-response', `${chart.registry}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)('bad-response', 'pull').says}: the tag list of ${chart.repository} is not {"tags": [<strings>]} (${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(body, 120)}).`);
}
/** One registry conversation: answers the auth challenge once and reuses the result, all under one deadline. */
class RegistrySession {
    chart;
    access;
    ca;
    deadline;
    authorization;
    pages = 0;
    constructor(chart, access, ca, deadline) {
        this.chart = chart;
        this.access = access;
        this.ca = ca;
        this.deadline = deadline;
    }
    async get(path) {
        const url = new URL(`https://${this.chart.registry}${path}`);
        let res = await this.fetch(url, this.headers(), TAG_LIST_LIMITS.pageBytes);
        if (res.status === 401 && !this.authorization) {
            this.authorization = await this.answerChallenge(String(res.headers['www-authenticate'] ?? ''));
            res = await this.fetch(url, this.headers(), TAG_LIST_LIMITS.pageBytes);
        }
        if (res.status === 200) {
            this.pages++;
            return res;
        }
        throw this.statusError(res);
    }
    failure(kind, message) {
        return new ChartAccessError(this.chart.registry, kind, message);
    }
    async fetch(url, headers, maxBytes) {
        try {
            return await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .httpGet */ .lx)(url, { headers, maxBytes, signal: this.deadline.signal, ...(this.ca ? { ca: this.ca } : {}) });
        }
        catch (err) {
            if (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_7__/* .HttpFailure */ .HR)
                throw this.requestError(err);
            throw err;
        }
    }
    headers() {
        return { accept: 'application/json', ...(this.authorization ? { authorization: this.authorization } : {}) };
    }
    /** `Basic base64(user:password)`, registered as a secret the moment it exists: a registry may echo it. */
    basic() {
        const { username, password } = this.access;
        if (!username || !password)
            return undefined;
        const encoded = Buffer.from(`${username}:${password}`).toString('base64');
        (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(encoded);
        return `Basic ${encoded}`;
    }
    async answerChallenge(challenge) {
        const basic = this.basic();
        if (!/^bearer\s/i.test(challenge)) {
            if (!basic)
                throw new ChartAccessError(this.chart.registry, 'unauthorized', `${this.chart.registry} requires a login to list ${this.chart.repository}, and no credentials were given.`);
            return basic;
        }
        const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1].toLowerCase(), m[2]]));
        if (!params.realm)
            throw this.failure('bad-response', `${this.chart.registry} sent a Bearer challenge without a realm: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(challenge)}`);
        const tokenUrl = this.realmUrl(params.realm);
        if (params.service)
            tokenUrl.searchParams.set('service', params.service);
        tokenUrl.searchParams.set('scope', params.scope ?? `repository:${this.chart.repository}:pull`);
        const res = await this.fetch(tokenUrl, { accept: 'application/json', ...(basic ? { authorization: basic } : {}) }, TOKEN_BODY_BYTES);
        if (res.status !== 200)
            throw this.statusError(res, `token endpoint ${tokenUrl.host}`);
        let body;
        try {
            body = JSON.parse(res.body);
        }
        catch {
            body = undefined;
        }
        const token = body?.token ?? body?.access_token;
        if (typeof token !== 'string' || !token)
            throw this.failure('bad-response', `The token endpoint of ${this.chart.registry} returned no token.`);
        (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(token);
        return `Bearer ${token}`;
    }
    /**
     * The token endpoint the registry names receives our Basic credentials, so a registry (or whoever
     * can answer for it) must not be able to send them in clear text or to an arbitrary http host:
     * https only, except plain http on loopback when the registry itself is loopback (local tests).
     */
    realmUrl(realm) {
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw this.failure('bad-response', `${this.chart.registry} named a token realm that is not a URL: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(realm)}`);
        }
        if ((0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .httpsRule */ .WY)(url, (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .isLoopbackHost */ .cW)(hostOf(this.chart.registry))))
            throw this.failure('insecure-realm', `${this.chart.registry} asks for a token from ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(url.origin)}, which is not https; refusing to send the registry credentials there.`);
        return url;
    }
    statusError(res, what = `${this.chart.registry}/v2/${this.chart.repository}/tags/list`) {
        const detail = (0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(res.body, 300);
        const kind = (0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .kindOfStatus */ .o3)(res.status) ?? 'bad-response';
        const { says } = (0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)(kind, 'pull', { status: res.status, what: `the chart repository ${this.chart.repository}` });
        return this.failure(kind, `${what} answered HTTP ${res.status}: ${says}${detail ? ` (${detail})` : ''}`);
    }
    requestError(err) {
        const where = `${err.url.origin}${err.url.pathname}`;
        const registry = this.chart.registry;
        switch (err.kind) {
            case 'timeout':
                return this.failure('timeout', this.pages
                    ? `${this.chart.url}: the chart check did not finish in ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .seconds */ .YA)(this.deadline.ms)}; stopped after ${this.pages} page${this.pages === 1 ? '' : 's'} of tags, during GET ${where}.`
                    : `${registry} did not answer in ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .seconds */ .YA)(this.deadline.ms)} (GET ${where}).`);
            case 'cancelled':
                return this.failure('cancelled', `The chart check of ${this.chart.url} was stopped (GET ${where}).`);
            case 'too-large':
                return this.failure('too-large', `${registry}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)('too-large', 'pull', { limit: (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .bytes */ .ee)(err.limitBytes ?? 0) }).says} (GET ${where}).`);
            default:
                return this.failure(err.kind, `${registry}: ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_4__/* .adviceFor */ .cp)(err.kind, 'pull').says} (${err.message}).`);
        }
    }
}
/** `host` of `host:port` / `[v6]:port`. */
function hostOf(hostPort) {
    return new URL(`https://${hostPort}`).hostname;
}
/** The path of a `Link: </v2/…?last=x>; rel="next"` header (its origin is ignored: pages come from the registry itself). */
function nextLink(link) {
    const value = Array.isArray(link) ? link.join(',') : link;
    const m = value ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(value) : null;
    if (!m)
        return undefined;
    const target = new URL(m[1], 'https://registry.invalid');
    return `${target.pathname}${target.search}`;
}
const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function semverParts(v) {
    const m = SEMVER.exec(v);
    return { nums: [Number(m[1]), Number(m[2]), Number(m[3])], ...(m[4] ? { pre: m[4] } : {}) };
}
function compareSemver(a, b) {
    const pa = semverParts(a);
    const pb = semverParts(b);
    for (let i = 0; i < 3; i++)
        if (pa.nums[i] !== pb.nums[i])
            return pa.nums[i] - pb.nums[i];
    if (!pa.pre || !pb.pre)
        return pa.pre ? -1 : pb.pre ? 1 : 0;
    const xs = pa.pre.split('.');
    const ys = pb.pre.split('.');
    for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
        const x = xs[i];
        const y = ys[i];
        if (x === undefined || y === undefined)
            return x === undefined ? -1 : 1;
        if (x === y)
            continue;
        const nx = /^\d+$/.test(x);
        const ny = /^\d+$/.test(y);
        if (nx && ny)
            return Number(x) - Number(y);
        if (nx !== ny)
            return nx ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
/** The digest helm prints after fetching an OCI chart (`Digest: sha256:…`), from the output it was printed on. */
function pulledDigest(output) {
    return /^Digest:\s*(sha256:[0-9a-f]{64})\s*$/m.exec(output)?.[1];
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


/***/ }),

/***/ 92364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ keptLogins),
/* harmony export */   _: () => (/* binding */ keepLogins)
/* harmony export */ });
/**
 * The job's ledger of kept logins (KEPT_LOGINS_ENV): `{"<registry config>": ["<host>", …]}`, the
 * hosts a helm-login step with skip-logout logged in to. Each step's state is its own, but steps can
 * share one config: the ledger lets any step's post leave another step's kept logins (and the file
 * that holds them) in place.
 */
function parse(ledger) {
    try {
        const value = JSON.parse(ledger || '{}');
        if (!value || typeof value !== 'object' || Array.isArray(value))
            return {};
        return Object.fromEntries(Object.entries(value).map(([config, hosts]) => [
            config,
            Array.isArray(hosts) ? hosts.filter((h) => typeof h === 'string') : [],
        ]));
    }
    catch {
        return {};
    }
}
/** The hosts kept in `config` by the steps so far. */
function keptLogins(ledger, config) {
    return parse(ledger)[config] ?? [];
}
/** The ledger with `hosts` kept in `config` too. */
function keepLogins(ledger, config, hosts) {
    const all = parse(ledger);
    all[config] = [...new Set([...(all[config] ?? []), ...hosts])];
    return JSON.stringify(all);
}


/***/ })

};
