export const id = 322;
export const ids = [322];
export const modules = {

/***/ 4322:
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
var inputs = __webpack_require__(81729);
// EXTERNAL MODULE: ./src/action/entry.ts
var entry = __webpack_require__(59682);
// EXTERNAL MODULE: ./src/action/paths.ts
var paths = __webpack_require__(49566);
// EXTERNAL MODULE: ./src/helm/chart.ts
var helm_chart = __webpack_require__(90564);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(88701);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(59805);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/helm/client.ts
var helm_client = __webpack_require__(99493);
// EXTERNAL MODULE: ./src/helm/registry.ts
var registry = __webpack_require__(57365);
// EXTERNAL MODULE: ./src/helm/version.ts
var helm_version = __webpack_require__(91572);
;// CONCATENATED MODULE: ./src/helm/install.ts
/**
 * Getting a helm binary: the one on PATH when its version fits (or equals an explicitly requested
 * one), else the pinned release from the tool cache, downloaded and checksum-verified on a miss.
 * Failing to get the requested helm is an error, never a quiet switch to another version.
 */










const DEFAULT_HELM_VERSION = 'v3.19.0';
const DEFAULT_HELM_DOWNLOAD_URL = 'https://get.helm.sh';
async function setupHelm(options = {}) {
    const want = normaliseVersion(options.requested || DEFAULT_HELM_VERSION);
    const baseUrl = checkDownloadUrl(options.downloadUrl || DEFAULT_HELM_DOWNLOAD_URL);
    const onPath = await io/* which */.K7('helm', false);
    if (onPath) {
        const client = await helm_client/* HelmClient */.E.at(onPath).catch((err) => err);
        if (client instanceof Error)
            core/* warning */.$e(`Not using the helm on PATH: ${client.message}; installing ${want}.`);
        else {
            const reason = options.requested ? (client.version.raw === want ? undefined : `helm-version ${want} was requested`) : (0,helm_version/* unsupportedReason */.EX)(client.version);
            if (!reason)
                return { client, source: 'path' };
            core/* info */.pq(`Not using helm ${client.version.raw} at ${onPath}: ${reason}; installing ${want}.`);
        }
    }
    if (!process.env.RUNNER_TOOL_CACHE)
        throw new Error(`Cannot install helm ${want}: RUNNER_TOOL_CACHE is not set (GitHub's runners set it). Put helm on PATH or set RUNNER_TOOL_CACHE.`);
    const platform = releasePlatform();
    const cached = tool_cache/* find */.I6('helm', want.slice(1));
    if (cached)
        return { client: await checkedClient((0,external_node_path_.join)(cached, 'helm'), want), source: 'tool-cache' };
    const dir = await download(want, platform, baseUrl);
    return { client: await checkedClient((0,external_node_path_.join)(dir, 'helm'), want), source: 'download' };
}
/** `3.19.0` and `v3.19.0` → `v3.19.0`; anything else is rejected (no ranges: the download is one file). */
function normaliseVersion(version) {
    const v = (0,helm_version/* parseHelmVersion */.En)(version);
    if (!v || v.raw.replace(/^v/, '') !== version.trim().replace(/^v/, ''))
        throw new Error(`helm-version must be an exact release such as v3.19.0, but it is "${version}".`);
    const reason = (0,helm_version/* unsupportedReason */.EX)(v);
    if (reason)
        throw new Error(`helm-version ${v.raw} cannot be used: ${reason}.`);
    return v.raw;
}
/**
 * The `.sha256sum` comes from the same server as the tarball, so it only proves the download is
 * intact; trusting the binary rests on TLS and the server. Hence https only — plain http is
 * allowed for loopback (a local stand-in in tests), where nothing crosses a network.
 */
function checkDownloadUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new Error(`helm-download-url must be an https URL, but it is "${raw}".`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (0,registry/* isLoopbackHost */.cW)(url.hostname)))
        throw new Error(`helm-download-url must be an https URL, but it is "${raw}": the .sha256sum comes from the same server, so over ${url.protocol.replace(/:$/, '')} anyone on the network path could replace both the tarball and its checksum.`);
    return raw.replace(/\/+$/, '');
}
function releasePlatform() {
    const os = { linux: 'linux', darwin: 'darwin' }[process.platform];
    const arch = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' }[process.arch];
    if (!os || !arch)
        throw new Error(`No helm release for ${process.platform}/${process.arch}; put helm on PATH before this step.`);
    return `${os}-${arch}`;
}
async function download(version, platform, baseUrl) {
    const name = `helm-${version}-${platform}.tar.gz`;
    const url = `${baseUrl}/${name}`;
    core/* info */.pq(`Downloading ${url}`);
    const fetchFile = (u) => tool_cache/* downloadTool */.bq(u).catch((err) => {
        throw new Error(`Could not download ${u}: ${err.message}. Check that helm ${version} exists and the runner can reach ${new URL(u).host}.`);
    });
    const [archive, sumFile] = await Promise.all([fetchFile(url), fetchFile(`${url}.sha256sum`)]);
    const expected = /^([0-9a-f]{64})\b/i.exec((await (0,promises_.readFile)(sumFile, 'utf8')).trim())?.[1]?.toLowerCase();
    if (!expected)
        throw new Error(`${url}.sha256sum does not hold a SHA-256 checksum; refusing to install an unverified helm.`);
    const actual = await sha256(archive);
    if (actual !== expected)
        throw new Error(`Checksum mismatch for ${url}: expected sha256 ${expected}, got ${actual}. The download is corrupt or was tampered with; not installing it.`);
    const extracted = await tool_cache/* extractTar */.nN(archive);
    const cached = await tool_cache/* cacheDir */.e8((0,external_node_path_.join)(extracted, platform), 'helm', version.slice(1));
    core/* info */.pq(`Installed helm ${version} (sha256 ${actual}) into the tool cache.`);
    return cached;
}
/** Runs the binary and insists it is the version it was installed as; then puts it on PATH for later steps. */
async function checkedClient(path, want) {
    const client = await helm_client/* HelmClient */.E.at(path);
    if (client.version.raw !== want)
        throw new Error(`${path} reports helm ${client.version.raw}, not the requested ${want}; the tool cache entry is wrong — delete it and rerun.`);
    core/* addPath */.fM((0,external_node_path_.dirname)(path));
    return client;
}
function sha256(file) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(file)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
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
 * case-insensitive, and helm's config keys them as written). Throws on something that is not a host.
 */
function registryHost(entry) {
    const trimmed = entry.trim().replace(/^(oci|https?):\/\//i, '');
    const host = trimmed.split('/')[0].toLowerCase();
    if (!/^(\[[0-9a-f:]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d{1,5})?$/.test(host))
        throw new Error(`"${entry}" is not a registry host: expected a host such as 123456789012.dkr.ecr.us-east-1.amazonaws.com, optionally as oci://host/path.`);
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
            throw new Error(`${host} is not an ECR host name (<account>.dkr.ecr.<region>.amazonaws.com), so provider ecr needs the inputs aws-account-id and aws-region to know which registry to ask for a token.`);
        if (!/^\d{12}$/.test(awsAccountId))
            throw new Error(`aws-account-id must be a 12-digit AWS account id, but it is "${awsAccountId}".`);
        return { provider, host, accountId: awsAccountId, region: awsRegion, fips: false };
    }
    return { provider, host };
}

;// CONCATENATED MODULE: ./src/registry/credentials.ts
/** A provider could not produce credentials; the message names the host, the cause and the fix. */
class CredentialError extends Error {
    host;
    constructor(host, message) {
        super(message);
        this.host = host;
        this.name = 'CredentialError';
    }
}

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
        const out = await client.send(new GetAuthorizationTokenCommand({ registryIds: [req.accountId] }), abortAfter(req.timeoutMs));
        const data = out.authorizationData?.[0];
        if (!data?.authorizationToken)
            throw new CredentialError(req.host, `ECR ${req.region} returned no authorization token for registry ${req.accountId} (${req.host}).`);
        logAttempts(req.host, out.$metadata.attempts);
        return decodeToken(req.host, 'ecr', data.authorizationToken, data.expiresAt);
    }
    catch (err) {
        throw ecrError(req, err, 'ecr:GetAuthorizationToken', req.timeoutMs);
    }
    finally {
        client.destroy();
    }
}
/** ECR Public's token (public.ecr.aws) is only issued in us-east-1. */
async function ecrPublicCredentials(host, endpoint, timeoutMs) {
    const { ECRPUBLICClient, GetAuthorizationTokenCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(821)]).then(__webpack_require__.t.bind(__webpack_require__, 29821, 19));
    const client = new ECRPUBLICClient({ region: 'us-east-1', maxAttempts: ECR_MAX_ATTEMPTS, retryMode: 'standard', ...(endpoint ? { endpoint } : {}) });
    try {
        const out = await client.send(new GetAuthorizationTokenCommand({}), abortAfter(timeoutMs));
        const data = out.authorizationData;
        if (!data?.authorizationToken)
            throw new CredentialError(host, `ECR Public (us-east-1) returned no authorization token for ${host}.`);
        logAttempts(host, out.$metadata.attempts);
        return decodeToken(host, 'ecr-public', data.authorizationToken, data.expiresAt);
    }
    catch (err) {
        throw ecrError({ host, accountId: '', region: 'us-east-1', fips: false }, err, 'ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken', timeoutMs);
    }
    finally {
        client.destroy();
    }
}
function abortAfter(timeoutMs) {
    return timeoutMs ? { abortSignal: AbortSignal.timeout(timeoutMs) } : {};
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
        throw new CredentialError(host, `The ECR authorization token for ${host} is not base64 "user:password"; cannot log in with it.`);
    const password = decoded.slice(colon + 1);
    (0,secrets/* registerSecret */.cl)(password);
    return { host, provider, username: decoded.slice(0, colon), password, ...(expiresAt ? { expiresAt } : {}) };
}
function ecrError(req, err, permission, timeoutMs) {
    if (err instanceof CredentialError)
        return err;
    const e = (err ?? {});
    const where = req.accountId ? `registry ${req.accountId} in ${req.region} (${req.host})` : req.host;
    if (e.name === 'AbortError' && timeoutMs)
        return new CredentialError(req.host, `The ECR API did not answer in ${Math.round(timeoutMs / 100) / 10} s when asked for a token for ${where}; check the runner's network access to ECR (or the aws-endpoint), or raise timeout.`);
    const said = e.message ? ` AWS said: ${(0,report_text/* oneLine */.T)(e.message)}` : '';
    switch (e.name) {
        case 'AccessDeniedException':
            return new CredentialError(req.host, `ECR denied GetAuthorizationToken for ${where}: your AWS identity lacks ${permission} on the Chalk registry account${req.accountId ? ` ${req.accountId}` : ''}. Fix: give your AWS account id to your Chalk representative so Chalk grants your IAM principals pull access (guide: "Authenticating to the Chalk Private Helm Registry"), and allow ${permission} in the role this job assumes.${said}`);
        case 'CredentialsProviderError':
            return new CredentialError(req.host, `No AWS credentials for ${where}: the SDK's credential chain (env keys, web identity, profiles) found none. Fix: run aws-actions/configure-aws-credentials (OIDC role) before this step.${said}`);
        case 'UnrecognizedClientException':
        case 'InvalidSignatureException':
        case 'ExpiredTokenException':
            return new CredentialError(req.host, `AWS rejected this job's credentials when asking ECR for ${where} (${e.name}). Fix: check the role or keys configured for this job.${said}`);
        case 'ThrottlingException':
            return new CredentialError(req.host, `ECR kept throttling GetAuthorizationToken for ${where} after ${e.$metadata?.attempts ?? ECR_MAX_ATTEMPTS} attempts; retry the job later.${said}`);
        default:
            return new CredentialError(req.host, `Could not get an ECR token for ${where}: ${e.name ?? 'error'}${e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : ''}.${said || ` ${(0,report_text/* oneLine */.T)(String(err))}`}`);
    }
}

;// CONCATENATED MODULE: ./src/registry/generic.ts
/** Plain registries: the username and password the workflow passes in. */


function genericCredentials(host, username, password) {
    (0,secrets/* registerSecret */.cl)(password);
    if (!username || !password)
        throw new CredentialError(host, `${host} is a plain registry (not ECR or Artifact Registry by its name), so it needs the inputs username and password; ${!username ? 'username' : 'password'} is empty. Pass them from secrets, or set provider if the host is an ECR or Artifact Registry alias.`);
    return { host, provider: 'generic', username, password };
}

;// CONCATENATED MODULE: ./src/registry/google.ts




const GAR_USERNAME = 'oauth2accesstoken';
const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
async function artifactRegistryCredentials(host, accessToken) {
    if (accessToken) {
        (0,secrets/* registerSecret */.cl)(accessToken);
        return { host, provider: 'artifact-registry', username: GAR_USERNAME, password: accessToken };
    }
    const { GoogleAuth } = await __webpack_require__.e(/* import() */ 492).then(__webpack_require__.t.bind(__webpack_require__, 492, 23));
    const file = process.env.GOOGLE_APPLICATION_CREDENTIALS;
    try {
        const auth = new GoogleAuth({ scopes: [SCOPE] });
        // With a credentials file, build its client directly: getClient() would also look up the project
        // id, which for Workload Identity Federation is a Resource Manager call the login does not need.
        const client = file ? auth.fromJSON(JSON.parse(await (0,promises_.readFile)(file, 'utf8'))) : await auth.getClient();
        const { token } = await client.getAccessToken();
        (0,secrets/* registerSecret */.cl)(token ?? undefined);
        if (!token)
            throw new Error('the credentials produced no access token');
        return { host, provider: 'artifact-registry', username: GAR_USERNAME, password: token };
    }
    catch (err) {
        const source = file ? `the credentials file in GOOGLE_APPLICATION_CREDENTIALS` : 'Application Default Credentials';
        throw new CredentialError(host, `Could not get a Google access token for ${host} from ${source}: ${(0,report_text/* oneLine */.T)(err.message)}. Fix: run google-github-actions/auth before this step (it exports GOOGLE_APPLICATION_CREDENTIALS), or pass its access_token output as gcp-access-token; your Google project id must be registered with Chalk.`);
    }
}

;// CONCATENATED MODULE: ./src/registry/login.ts






async function loginRegistries(helm, hosts, options) {
    const prepared = await Promise.all(hosts.map(async (host) => {
        let target;
        try {
            target = resolveTarget(host, options.override);
            return { target, creds: await credentialsFor(target, options) };
        }
        catch (err) {
            return { ...(target ? { target } : {}), error: err instanceof CredentialError ? err.message : `${host}: ${err.message}` };
        }
    }));
    const results = [];
    for (const [i, { target, creds, error }] of prepared.entries()) {
        const host = hosts[i];
        const base = { host, ...(target ? { provider: target.provider } : {}), ...(creds ? { username: creds.username } : {}) };
        if (!creds) {
            results.push({ ...base, ok: false, error: error ?? `${host}: no credentials` });
            continue;
        }
        try {
            await (0,registry/* registryLogin */.j8)(helm, {
                host,
                username: creds.username,
                password: creds.password,
                ...(options.caFile ? { caFile: options.caFile } : {}),
                ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
            });
            results.push({ ...base, ok: true, ...(creds.expiresAt ? { expiresAt: creds.expiresAt } : {}) });
        }
        catch (err) {
            results.push({ ...base, ok: false, error: err.message });
        }
    }
    return results;
}
function credentialsFor(target, options) {
    switch (target.provider) {
        case 'ecr':
            return ecrCredentials({
                ...target,
                ...(options.awsEndpoint ? { endpoint: options.awsEndpoint } : {}),
                ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
            });
        case 'ecr-public':
            return ecrPublicCredentials(target.host, options.awsEndpoint, options.timeoutMs);
        case 'artifact-registry':
            return artifactRegistryCredentials(target.host, options.gcpAccessToken);
        case 'generic':
            return Promise.resolve(genericCredentials(target.host, options.username ?? '', options.password ?? ''));
    }
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/registry/report.ts

const PROVIDER_NAMES = { ecr: 'Amazon ECR', 'ecr-public': 'Amazon ECR Public', 'artifact-registry': 'Google Artifact Registry', generic: 'Generic' };
function loginSummary(r) {
    const failed = r.results.filter((x) => !x.ok).length;
    const lines = [
        failed
            ? `### ❌ helm registry login: ${failed} of ${r.results.length} failed`
            : `### ✅ helm registry login: ${r.results.length} registr${r.results.length === 1 ? 'y' : 'ies'}`,
        '',
        (0,markdown/* table */.tp)(['Registry', 'Provider', 'User', 'Result'], r.results.map((x) => [
            x.host,
            x.provider ? PROVIDER_NAMES[x.provider] : '—',
            x.username ?? '—',
            x.ok ? `logged in${x.expiresAt ? ` (token expires ${x.expiresAt.toISOString()})` : ''}` : `failed: ${(x.error ?? '').replace(`${x.host}: `, '')}`,
        ])),
        '',
        `helm ${r.helmVersion} (${r.helmSource}); registry config ${(0,markdown/* code */.aY)(r.registryConfig)}, exported as HELM_REGISTRY_CONFIG.`,
    ];
    if (r.chart) {
        const c = r.chart;
        lines.push('', `#### Chart ${(0,markdown/* code */.aY)(c.chart.url)}`, '', `Resolved ${(0,markdown/* code */.aY)(c.version)}${c.appVersion ? ` (app ${c.appVersion})` : ''}${c.digest ? ` at ${(0,markdown/* code */.aY)(c.digest)}` : ''}.`, '', `Versions in the registry (${c.versions.length}): ${c.versions.map(markdown/* code */.aY).join(', ') || 'none'}`);
    }
    if (r.chartError)
        lines.push('', `#### Chart check failed`, '', (0,markdown/* escapeHtml */.ZD)(r.chartError));
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(65468);
// EXTERNAL MODULE: ./actions/helm-login/names.ts
var names = __webpack_require__(86923);
;// CONCATENATED MODULE: ./actions/helm-login/main.ts
















function run() {
    return (0,entry/* runEntry */.C)(async () => {
        const password = core/* getInput */.V4(names/* Inputs */.G0.Password);
        const gcpAccessToken = core/* getInput */.V4(names/* Inputs */.G0.GcpAccessToken).trim();
        (0,secrets/* registerSecret */.cl)(password);
        (0,secrets/* registerSecret */.cl)(gcpAccessToken);
        const hosts = [...new Set((0,inputs/* getList */.vS)(names/* Inputs */.G0.Registries).map(registryHost))];
        if (!hosts.length)
            throw new inputs/* InputError */.dz(`Input ${names/* Inputs */.G0.Registries} is empty: name at least one registry host.`);
        const provider = (0,inputs/* getString */.AA)(names/* Inputs */.G0.Provider, 'auto');
        if (provider !== 'auto' && !PROVIDERS.includes(provider))
            throw new inputs/* InputError */.dz(`Input ${names/* Inputs */.G0.Provider} must be auto or one of ${PROVIDERS.join(', ')}, but it is "${provider}".`);
        const caFile = (0,inputs/* getString */.AA)(names/* Inputs */.G0.CaFile) ? (0,external_node_path_.resolve)((0,paths/* workspace */.G)(), (0,inputs/* getString */.AA)(names/* Inputs */.G0.CaFile)) : undefined;
        const verifyChart = (0,inputs/* getString */.AA)(names/* Inputs */.G0.VerifyChart) ? (0,helm_chart/* parseChartRef */.pc)((0,inputs/* getString */.AA)(names/* Inputs */.G0.VerifyChart)) : undefined;
        // Per registry operation: helm waits forever on a registry that accepts the connection and stays silent.
        const timeoutMs = (0,inputs/* getDuration */.Ds)(names/* Inputs */.G0.Timeout, '2m');
        if (timeoutMs < 1000)
            throw new inputs/* InputError */.dz(`Input ${names/* Inputs */.G0.Timeout} must be at least 1s, but it is "${(0,inputs/* getString */.AA)(names/* Inputs */.G0.Timeout)}".`);
        if (verifyChart && !hosts.includes(verifyChart.registry))
            throw new inputs/* InputError */.dz(`Input ${names/* Inputs */.G0.VerifyChart} is on ${verifyChart.registry}, which is not among the registries to log in to (${hosts.join(', ')}).`);
        const { client, source } = await setupHelm({ requested: (0,inputs/* getString */.AA)(names/* Inputs */.G0.HelmVersion), downloadUrl: (0,inputs/* getString */.AA)(names/* Inputs */.G0.HelmDownloadUrl) });
        // An earlier helm-login step (or the workflow) may already have chosen the job's config: share it.
        const existing = process.env[registry/* REGISTRY_CONFIG_ENV */.Rc];
        const registryConfig = existing || (await (0,registry/* createRegistryConfig */.wh)((0,paths/* runnerTemp */.X)()));
        core/* exportVariable */.dN(registry/* REGISTRY_CONFIG_ENV */.Rc, registryConfig);
        core/* saveState */.LZ(names/* State */.Uw.RegistryConfig, registryConfig);
        core/* saveState */.LZ(names/* State */.Uw.OwnsConfig, String(!existing));
        core/* saveState */.LZ(names/* State */.Uw.HelmPath, client.path);
        core/* saveState */.LZ(names/* State */.Uw.SkipLogout, String((0,inputs/* getBoolean */.pW)(names/* Inputs */.G0.SkipLogout)));
        core/* saveState */.LZ(names/* State */.Uw.TimeoutMs, String(timeoutMs));
        const helm = client.withEnv({ [registry/* REGISTRY_CONFIG_ENV */.Rc]: registryConfig });
        const results = await loginRegistries(helm, hosts, {
            ...(provider !== 'auto'
                ? { override: { provider: provider, awsAccountId: (0,inputs/* getString */.AA)(names/* Inputs */.G0.AwsAccountId), awsRegion: (0,inputs/* getString */.AA)(names/* Inputs */.G0.AwsRegion) } }
                : {}),
            username: (0,inputs/* getString */.AA)(names/* Inputs */.G0.Username),
            password,
            gcpAccessToken,
            awsEndpoint: (0,inputs/* getString */.AA)(names/* Inputs */.G0.AwsEndpoint),
            timeoutMs,
            ...(caFile ? { caFile } : {}),
        });
        const loggedIn = results.filter((r) => r.ok).map((r) => r.host);
        core/* saveState */.LZ(names/* State */.Uw.Hosts, JSON.stringify(loggedIn));
        let chart;
        let chartError;
        if (verifyChart && loggedIn.includes(verifyChart.registry)) {
            const creds = await (0,registry/* registryConfigCredentials */.a$)(registryConfig, verifyChart.registry);
            chart = await (0,helm_chart/* resolveChart */.dM)(helm, verifyChart, { ...creds, timeoutMs, ...(caFile ? { caFile } : {}) }).catch((err) => {
                chartError = err.message;
                return undefined;
            });
        }
        (0,outputs/* setOutputs */.n)({
            [names/* Outputs */.tY.Registries]: loggedIn.join(','),
            [names/* Outputs */.tY.RegistryConfig]: registryConfig,
            [names/* Outputs */.tY.HelmVersion]: client.version.raw,
            ...(chart ? { [names/* Outputs */.tY.ChartVersions]: JSON.stringify(chart.versions) } : {}),
        });
        await (0,outputs/* writeSummary */.S)(loginSummary({
            results,
            helmVersion: client.version.raw,
            helmSource: source,
            registryConfig,
            ...(chart ? { chart } : {}),
            ...(chartError ? { chartError } : {}),
        }));
        // The user name can come from a remote token (ECR): one line, so it cannot start a workflow command.
        for (const r of results)
            if (r.ok)
                core/* info */.pq(`Logged in to ${r.host} as ${(0,report_text/* oneLine */.T)(r.username ?? '')} (${r.provider}).`);
        const failures = [
            ...results.filter((r) => !r.ok).map((r) => r.error ?? r.host),
            ...(chartError ? [`verify-chart ${verifyChart?.url}: ${chartError}`] : []),
        ];
        if (failures.length)
            throw new Error(`helm-login: ${failures.length} problem${failures.length > 1 ? 's' : ''}:\n${failures.map((f) => `- ${f}`).join('\n')}`);
    });
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

/***/ 90564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ ChartAccessError),
/* harmony export */   dM: () => (/* binding */ resolveChart),
/* harmony export */   pc: () => (/* binding */ parseChartRef)
/* harmony export */ });
/* unused harmony exports DEFAULT_REGISTRY_TIMEOUT_MS, listChartTags, chartVersions, latestVersion, compareSemver */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _process_run_tool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33915);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74057);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57365);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65655);
/**
 * OCI chart references (`oci://host/charts/name[:tag|@digest]`) and resolving them against the
 * registry: the tag list from the distribution API (`GET /v2/<name>/tags/list`, with the Basic or
 * Bearer-token challenge registries answer with) and, through helm, the chart a version resolves to.
 * Used by helm-login's verify-chart and by preflight's registry check.
 */








/** Per-request limit for registry API calls when the caller sets none. */
const DEFAULT_REGISTRY_TIMEOUT_MS = 30_000;
function parseChartRef(ref) {
    const m = /^oci:\/\/([^/\s]+)\/([^\s@]+?)(?::([\w][\w.+-]{0,127}))?(?:@(sha256:[0-9a-f]{64}))?$/i.exec(ref.trim());
    if (!m)
        throw new Error(`"${ref}" is not an OCI chart reference: expected oci://<registry>/<path>/<chart>[:<version>], e.g. oci://754784422779.dkr.ecr.us-east-1.amazonaws.com/charts/chalk-metadata-plane.`);
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
class ChartAccessError extends Error {
    registry;
    kind;
    constructor(registry, kind, message) {
        super(message);
        this.registry = registry;
        this.kind = kind;
        this.name = 'ChartAccessError';
    }
}
/** Every tag of the chart's repository, following pagination. */
async function listChartTags(chart, access = {}) {
    const ca = access.caFile ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(access.caFile) : undefined;
    const session = new RegistrySession(chart, access, ca);
    const tags = [];
    for (let path = `/v2/${chart.repository}/tags/list?n=1000`; path;) {
        const res = await session.get(path);
        tags.push(...(JSON.parse(res.body).tags ?? []));
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
/** Lists the versions over the API, then has helm fetch the chosen one, which proves helm's own login works. */
async function resolveChart(helm, chart, access = {}) {
    const versions = chartVersions(await listChartTags(chart, access));
    const want = chart.tag ?? latestVersion(versions);
    if (!want && !chart.digest)
        throw new ChartAccessError(chart.registry, 'not-found', `${chart.url} has no chart versions: the repository exists but holds no semver tags.`);
    const args = ['show', 'chart', chart.digest ? `${chart.url}@${chart.digest}` : chart.url];
    if (want && !chart.digest)
        args.push('--version', want);
    if (access.caFile)
        args.push('--ca-file', access.caFile);
    const timeoutMs = access.timeoutMs ?? DEFAULT_REGISTRY_TIMEOUT_MS;
    const result = await helm.run(args, { timeoutMs }).catch((err) => {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .HelmError */ .t2)
            throw new ChartAccessError(chart.registry, err.kind, `helm could not fetch ${chart.url}${want ? ` ${want}` : ''}: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(err.message)}`);
        if (err instanceof _process_run_tool_js__WEBPACK_IMPORTED_MODULE_4__/* .ToolTimeoutError */ .Ap)
            throw new ChartAccessError(chart.registry, 'timeout', `${chart.registry} did not answer in ${seconds(timeoutMs)} s: helm show chart ${chart.url} was stopped. Check that the host serves an OCI registry and that the runner can reach it.`);
        throw err;
    });
    const meta = ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(result.stdout) ?? {});
    const digest = /^Digest:\s*(sha256:[0-9a-f]{64})/m.exec(result.stderr)?.[1];
    return {
        chart,
        versions,
        version: String(meta.version ?? want),
        ...(meta.appVersion !== undefined ? { appVersion: String(meta.appVersion) } : {}),
        ...(digest ? { digest } : {}),
    };
}
/** One registry conversation: answers the auth challenge once and reuses the result. */
class RegistrySession {
    chart;
    access;
    ca;
    authorization;
    constructor(chart, access, ca) {
        this.chart = chart;
        this.access = access;
        this.ca = ca;
    }
    async get(path) {
        const url = `https://${this.chart.registry}${path}`;
        let res = await this.fetch(url, this.headers());
        if (res.status === 401 && !this.authorization) {
            this.authorization = await this.answerChallenge(String(res.headers['www-authenticate'] ?? ''));
            res = await this.fetch(url, this.headers());
        }
        if (res.status === 200)
            return res;
        throw this.error(res);
    }
    fetch(url, headers) {
        return httpGet(url, headers, this.ca, this.access.timeoutMs ?? DEFAULT_REGISTRY_TIMEOUT_MS);
    }
    headers() {
        return { accept: 'application/json', ...(this.authorization ? { authorization: this.authorization } : {}) };
    }
    basic() {
        const { username, password } = this.access;
        return username && password ? `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` : undefined;
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
            throw new ChartAccessError(this.chart.registry, 'unknown', `${this.chart.registry} sent a Bearer challenge without a realm: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(challenge)}`);
        const tokenUrl = this.realmUrl(params.realm);
        if (params.service)
            tokenUrl.searchParams.set('service', params.service);
        tokenUrl.searchParams.set('scope', params.scope ?? `repository:${this.chart.repository}:pull`);
        const res = await this.fetch(tokenUrl.toString(), { accept: 'application/json', ...(basic ? { authorization: basic } : {}) });
        if (res.status !== 200)
            throw this.error(res, `token endpoint ${tokenUrl.host}`);
        const body = JSON.parse(res.body);
        const token = body.token ?? body.access_token;
        if (!token)
            throw new ChartAccessError(this.chart.registry, 'unknown', `The token endpoint of ${this.chart.registry} returned no token.`);
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
            throw new ChartAccessError(this.chart.registry, 'unknown', `${this.chart.registry} named a token realm that is not a URL: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(realm)}`);
        }
        const loopback = url.protocol === 'http:' && (0,_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .isLoopbackHost */ .cW)(url.hostname) && (0,_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .isLoopbackHost */ .cW)(hostOf(this.chart.registry));
        if (url.protocol !== 'https:' && !loopback)
            throw new ChartAccessError(this.chart.registry, 'unknown', `${this.chart.registry} asks for a token from ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(url.origin)}, which is not https; refusing to send the registry credentials there. A registry's token realm must be an https URL.`);
        return url;
    }
    error(res, what = `${this.chart.registry}/v2/${this.chart.repository}/tags/list`) {
        const detail = (0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(res.body, 300);
        const kind = res.status === 401 ? 'unauthorized' : res.status === 403 ? 'forbidden' : res.status === 404 ? 'not-found' : 'unknown';
        const advice = {
            unauthorized: 'the credentials were rejected; log in again (helm-login) with a current token.',
            forbidden: 'this identity may not pull from it; ask the registry owner (Chalk) to grant access to your account.',
            'not-found': `the chart repository ${this.chart.repository} does not exist or is not visible to this identity; check the chart path.`,
            unknown: 'unexpected answer from the registry.',
        }[kind];
        return new ChartAccessError(this.chart.registry, kind, `${what} answered HTTP ${res.status}: ${advice}${detail ? ` (${detail})` : ''}`);
    }
}
function httpGet(url, headers, ca, timeoutMs) {
    const u = new URL(url);
    const request = u.protocol === 'http:' ? node_http__WEBPACK_IMPORTED_MODULE_1__.request : node_https__WEBPACK_IMPORTED_MODULE_2__.request;
    // A total limit, not an idle one: a server that trickles bytes must not hold the step either.
    const signal = AbortSignal.timeout(timeoutMs);
    return new Promise((resolve, reject) => {
        const req = request(u, { method: 'GET', headers, signal, ...(ca && u.protocol === 'https:' ? { ca } : {}) }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', (err) => reject(requestError(u, err, signal, timeoutMs)));
        });
        req.on('error', (err) => reject(requestError(u, err, signal, timeoutMs)));
        req.end();
    });
}
function requestError(u, err, signal, timeoutMs) {
    if (signal.aborted)
        return new ChartAccessError(u.host, 'timeout', `${u.host} did not answer in ${seconds(timeoutMs)} s (GET ${u.origin}${u.pathname}). Check that the host serves an OCI registry and that the runner can reach it.`);
    const kind = /certificate|self.signed|CERT/i.test(err.message) ? 'tls' : 'connection';
    return new ChartAccessError(u.host, kind, `GET ${u.origin}${u.pathname}: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .T)(err.message)}`);
}
function seconds(ms) {
    return String(Math.round(ms / 100) / 10);
}
/** `host` of `host:port` / `[v6]:port`. */
function hostOf(hostPort) {
    return new URL(`https://${hostPort}`).hostname;
}
/** The path of a `Link: </v2/…?last=x>; rel="next"` header. */
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


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export escapeCell */
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
/* harmony export */   S: () => (/* binding */ writeSummary),
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67663);
/** Step outputs and the job summary, always written through `redact`. */


function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(String(value)));
}
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(markdown));
        return;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(markdown), true).write();
}


/***/ })

};
