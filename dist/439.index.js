export const id = 439;
export const ids = [439];
export const modules = {

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


/***/ }),

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   MB: () => (/* binding */ githubUrls)
/* harmony export */ });
/* unused harmony export DEFAULT_TIMEOUT_MS */
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67663);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);


const DEFAULT_TIMEOUT_MS = 30_000;
/** The API URLs from the runner's environment; GITHUB_GRAPHQL_URL, when set, is used as is. */
function githubUrls(env) {
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const derived = /\/api\/v3$/.test(apiUrl) ? apiUrl.replace(/\/api\/v3$/, '/api/graphql') : `${apiUrl}/graphql`;
    return { apiUrl, graphqlUrl: env.GITHUB_GRAPHQL_URL || derived };
}
async function createGitHubClient(options) {
    if (!options.token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_('unauthorized', 'no GitHub token was given', 'Pass `github-token` (default `${{ github.token }}`).');
    (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(options.token);
    const { apiUrl, graphqlUrl } = githubUrls(options.env ?? process.env);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 92413));
    const octokit = getOctokit(options.token, { baseUrl: apiUrl, userAgent: 'chalk-actions' });
    octokit.hook.wrap('request', async (request, endpoint) => {
        const call = `${endpoint.method} ${endpoint.url}`;
        const api = endpoint.url.startsWith('http') ? endpoint.url : apiUrl;
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
        try {
            if (options.signal?.aborted)
                throw options.signal.reason;
            // before-after-hook binds the inner hooks to this options object: it is changed, not replaced.
            endpoint.request = { ...endpoint.request, signal };
            return await request(endpoint);
        }
        catch (err) {
            if (options.signal?.aborted)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_('cancelled', `${call} was cancelled`, 'The job was cancelled; nothing further was sent.');
            if (timeout.aborted)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_('timeout', `no answer from ${api} to ${call} within ${timeoutMs / 1000} s`, 'Check that the runner reaches the GitHub API (GHES host, proxy); the next run retries.');
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitHubError */ .Lg)(err, call, api);
        }
    });
    return {
        octokit,
        apiUrl,
        graphqlUrl,
        async graphql(query, variables = {}) {
            const { data } = await octokit.request({ method: 'POST', url: graphqlUrl, query, variables });
            const answer = data;
            if (answer.errors?.length)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .graphqlError */ .YJ)(answer.errors, graphqlUrl);
            if (answer.data === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_('invalid', `GraphQL at ${graphqlUrl} answered without data`, 'Check GITHUB_GRAPHQL_URL.');
            return answer.data;
        },
    };
}


/***/ }),

/***/ 19556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96584);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73116);
/**
 * What a PR comment or a drift issue needs to know about the run, from the runner's environment
 * and the webhook payload at GITHUB_EVENT_PATH: a pure function of both, so it is tested without a
 * runner. On `pull_request` events GITHUB_SHA is the merge commit: the head commit is the payload's.
 */



function runContext(env, readFile = (p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8')) {
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || rest.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubError */ .y_('context', `GITHUB_REPOSITORY is ${JSON.stringify(env.GITHUB_REPOSITORY ?? '')}, not owner/name`, 'Run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/name.');
    const event = readEvent(env.GITHUB_EVENT_PATH, readFile);
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    const actions = `${serverUrl}/${owner}/${repo}/actions`;
    const runUrl = env.GITHUB_RUN_ID ? `${actions}/runs/${env.GITHUB_RUN_ID}${attempt > 1 ? `/attempts/${attempt}` : ''}` : actions;
    const pullRequest = positiveInteger(event.pull_request?.number) ?? (event.issue?.pull_request ? positiveInteger(event.issue.number) : undefined);
    const headSha = typeof event.pull_request?.head?.sha === 'string' ? event.pull_request.head.sha : (env.GITHUB_SHA ?? '');
    return {
        owner,
        repo,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        ...(pullRequest !== undefined ? { pullRequest } : {}),
        headSha,
        runUrl,
        serverUrl,
        ...(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .githubUrls */ .MB)(env),
    };
}
function readEvent(path, readFile) {
    if (!path)
        return {};
    let text;
    try {
        text = readFile(path);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubError */ .y_('context', `cannot read the event payload GITHUB_EVENT_PATH=${path}: ${err.message}`, 'Run inside GitHub Actions, or point GITHUB_EVENT_PATH at a webhook payload JSON file.');
    }
    try {
        const parsed = JSON.parse(text);
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubError */ .y_('context', `the event payload at ${path} is not JSON`, 'Point GITHUB_EVENT_PATH at a webhook payload JSON file.');
    }
}
function positiveInteger(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}


/***/ }),

/***/ 73116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   YJ: () => (/* binding */ graphqlError),
/* harmony export */   y_: () => (/* binding */ GitHubError)
/* harmony export */ });
/* unused harmony export FORBIDDEN_FIX */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65655);
/**
 * GitHub API failures as typed errors at the boundary: one kind to branch on (a read-only token
 * is `forbidden`, a spent quota `rate-limited`, a body over the limit `too-large`) and a fix that
 * names the permission or setting to change. GitHub's own message is kept, flattened to one line.
 */


class GitHubError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChalkError */ .E {
    status;
    boundary = 'github';
    constructor(kind, message, fix, 
    /** The HTTP status GitHub answered, when it answered. */
    status) {
        super(kind, message, fix);
        this.status = status;
    }
}
/** The fix for a write the token may not make; fork PRs always get a read-only token. */
const FORBIDDEN_FIX = "Grant the workflow token what the call needs in the job's `permissions:` (`pull-requests: write` for PR comments, `issues: write` for drift issues). Pull requests from forks get a read-only token by design.";
/** GitHub's `message` (and the `errors[].message` of a 422), or the client's message. */
function serverMessage(err) {
    const data = err.response?.data;
    if (data && typeof data === 'object') {
        const d = data;
        const details = Array.isArray(d.errors)
            ? d.errors.map((e) => (e && typeof e === 'object' && typeof e.message === 'string' ? e.message : ''))
            : [];
        const parts = [typeof d.message === 'string' ? d.message : '', ...details].filter(Boolean);
        if (parts.length)
            return (0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .T)(parts.join(': '));
    }
    if (typeof data === 'string' && data.trim())
        return (0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .T)(data);
    return (0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .T)(typeof err.message === 'string' ? err.message : 'no message');
}
function networkCode(err) {
    for (let e = err, depth = 0; e && typeof e === 'object' && depth < 4; e = e.cause, depth++) {
        const code = e.code;
        if (typeof code === 'string')
            return code;
    }
    return '';
}
function rateLimitReset(headers) {
    const retryAfter = Number(headers['retry-after']);
    if (Number.isFinite(retryAfter) && retryAfter > 0)
        return ` (retry after ${retryAfter} s)`;
    const reset = Number(headers['x-ratelimit-reset']);
    return Number.isFinite(reset) && reset > 0 ? ` (the quota resets at ${new Date(reset * 1000).toISOString()})` : '';
}
/**
 * Turns what Octokit threw into a GitHubError. `call` names the request (`PATCH
 * /repos/{owner}/{repo}/issues/comments/{comment_id}`) and `api` the endpoint, for messages.
 */
function toGitHubError(err, call, api) {
    if (err instanceof GitHubError)
        return err;
    const e = (err ?? {});
    const status = typeof e.status === 'number' ? e.status : undefined;
    const headers = e.response?.headers ?? {};
    if (status !== undefined && e.response) {
        const message = serverMessage(e);
        const said = `${call} → ${status}: ${message}`;
        if (status === 401)
            return new GitHubError('unauthorized', `GitHub rejected the token (${said})`, 'Pass a valid token in `github-token` (default `${{ github.token }}`); a personal access token may have expired or been revoked.', status);
        if (status === 429 || (status === 403 && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message))))
            return new GitHubError('rate-limited', `GitHub's rate limit stopped ${call}${rateLimitReset(headers)}: ${message}`, 'Wait for the quota to reset or use a token with its own quota; the next run retries.', status);
        if (status === 403)
            return new GitHubError('forbidden', `the token may not do this (${said})`, FORBIDDEN_FIX, status);
        if (status === 404)
            return new GitHubError('not-found', `not found (${said})`, 'Check the repository and the pull request or issue number; a token without access to a private repository also gets 404.', status);
        if (status === 413 || (status === 422 && /too long|too large/i.test(message)))
            return new GitHubError('too-large', `GitHub refused the body as too large (${said})`, 'Fit the body under the limit (src/report/body-size.ts fitBody).', status);
        if (status === 422)
            return new GitHubError('invalid', `GitHub refused the request (${said})`, 'Check the request fields against the GitHub REST API reference.', status);
        if (status >= 500)
            return new GitHubError('server', `GitHub failed (${said})`, 'A GitHub outage or a transient error: https://www.githubstatus.com; the next run retries.', status);
        return new GitHubError('unknown', `unexpected answer (${said})`, 'Check the GitHub API URL and the token.', status);
    }
    const code = networkCode(err);
    const message = (0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .T)(typeof e.message === 'string' ? e.message : String(err));
    return new GitHubError('unreachable', `cannot reach the GitHub API at ${api} for ${call} (${code || message})`, 'Check GITHUB_API_URL / GITHUB_GRAPHQL_URL (GHES: https://HOST/api/v3 and https://HOST/api/graphql) and that the runner can reach them (HTTPS_PROXY, NO_PROXY).');
}
/** Errors of a GraphQL answer (HTTP 200 with `errors`), typed by GitHub's `type` field. */
function graphqlError(errors, api) {
    const first = errors[0] ?? {};
    const message = `GraphQL at ${api}: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .T)(errors.map((e) => e.message ?? e.type ?? 'error').join('; '))}`;
    if (first.type === 'FORBIDDEN')
        return new GitHubError('forbidden', message, FORBIDDEN_FIX);
    if (first.type === 'NOT_FOUND')
        return new GitHubError('not-found', message, 'The node no longer exists (a deleted comment or issue).');
    if (first.type === 'RATE_LIMITED' || first.type === 'RATE_LIMIT')
        return new GitHubError('rate-limited', message, 'Wait for the GraphQL quota to reset; the next run retries.');
    return new GitHubError('invalid', message, 'Check the GraphQL document against the GitHub GraphQL schema.');
}


/***/ }),

/***/ 14329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ withMarker),
/* harmony export */   _Z: () => (/* binding */ markerFor),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The hidden HTML marker that finds a sticky comment or a drift issue again:
 * `<!-- chalk-actions:<tool> key=<hash> -->`. The key is a hash of named parts (repository,
 * workflow, environment, release set…), so no user text can end the HTML comment early, and a
 * marker never matches another one by prefix (fixed-length hex, then ` -->`).
 */

/** `parts` values that are lists are sets: order and duplicates do not change the key. */
function markerFor(tool, parts) {
    if (!/^[a-z][a-z0-9-]*$/.test(tool))
        throw new Error(`marker tool name ${JSON.stringify(tool)} must be lower-case letters, digits and dashes`);
    const canonical = Object.keys(parts)
        .sort()
        .map((name) => {
        const value = parts[name];
        return [name, typeof value === 'string' ? value : [...new Set(value)].sort()];
    });
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 24);
    return `<!-- chalk-actions:${tool} key=${key} -->`;
}
/** The body as posted: the marker on its own first line, then the visible text. */
function withMarker(marker, body) {
    return `${marker}\n${body}`;
}
function hasMarker(body, marker) {
    return typeof body === 'string' && body.includes(marker);
}


/***/ }),

/***/ 76130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ planSummary),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   cs: () => (/* binding */ planDiffText),
/* harmony export */   tx: () => (/* binding */ planComment)
/* harmony export */ });
/* harmony import */ var _plan_text_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5922);
/* harmony import */ var _body_size_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80288);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67663);




/** Kept free under the summary limit for writeSummary's own notes. */
const SUMMARY_MARGIN = 8 * 1024;
const SHOWN = new Set(['added', 'changed', 'removed', 'renamed', 'kept']);
const SIGN = { added: '+', changed: '~', removed: '-', renamed: '→', kept: '⊘' };
/** Rows of the ignored-differences table before it says "and N more". */
const MAX_IGNORED_ROWS = 20;
/** The job summary: everything that fits in 1 MiB, then a pointer to the diff file. */
function planSummary(plan, diffFile) {
    const parts = bodyParts(plan, '## Render and diff', (n) => `_… ${n} more object${n === 1 ? '' : 's'} left out to stay under GitHub's 1 MiB summary limit${diffFile ? `: the full diff is in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(diffFile)} (upload it with actions/upload-artifact)` : ''}._`);
    return (0,_body_size_js__WEBPACK_IMPORTED_MODULE_0__/* .fitBody */ .KM)(parts, _body_size_js__WEBPACK_IMPORTED_MODULE_0__/* .SUMMARY_LIMIT */ .Jt - SUMMARY_MARGIN).body;
}
/** The PR comment body (without its marker), under GitHub's 65,536-character limit. */
function planComment(plan, context) {
    const header = [
        `## Render and diff${context.environment ? `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(context.environment)}` : ''}`,
        [
            ...plan.releases.map((r) => r.chart
                ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.release)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.chart.name)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.chart.version)}${r.chart.digest ? ` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(shortDigest(r.chart.digest))}` : ''}`
                : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.release)),
            ...(context.commit ? [`commit ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(context.commit.slice(0, 12))}`] : []),
            `**${plan.changes} change${plan.changes === 1 ? '' : 's'}**`,
        ].join(' · '),
    ].join('\n\n');
    const parts = bodyParts(plan, header, (n) => `_… ${n} more object${n === 1 ? '' : 's'} not shown (GitHub's comment size limit)${context.runUrl ? `: see the job summary of [this run](${context.runUrl})` : ': see the job summary'}._`);
    return (0,_body_size_js__WEBPACK_IMPORTED_MODULE_0__/* .fitBody */ .KM)(parts, _body_size_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMENT_BODY_LIMIT */ .tx).body;
}
function bodyParts(plan, header, pointer) {
    const many = plan.releases.length > 1;
    return {
        header: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(header),
        counts: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(plan.releases.map(releaseOverview).join('\n\n')),
        sections: plan.releases.flatMap((r) => (r.objects ?? []).filter((o) => SHOWN.has(o.change)).map((o) => (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(objectSection(o, many ? r.release : undefined)))),
        pointer,
    };
}
function releaseOverview(r) {
    const lines = [`### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.release)} in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.namespace)}`];
    if (r.error) {
        lines.push(`> [!CAUTION]\n> Not planned: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(r.error.message)}${r.error.fix ? `\n> Fix: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(r.error.fix)}` : ''}`);
        return lines.join('\n\n');
    }
    const facts = [];
    if (r.chart) {
        const c = r.chart;
        facts.push(`Chart ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(c.name)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(c.version)}${c.digest ? ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(c.digest)})` : ''}${c.previousVersion ? `, deployed ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(c.previousVersion)}` : ''}`);
    }
    facts.push(r.mode === 'server'
        ? 'Rendered against the cluster (`helm upgrade --install --dry-run=server`)'
        : `Rendered offline (\`helm template\`)${r.modeReason ? `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(r.modeReason)}` : ''}`);
    facts.push(r.baseline === 'release' ? `compared with revision ${r.revision}` : 'compared with nothing (first install)');
    if (r.applyMethod)
        facts.push(`apply method: ${r.applyMethod.release ? `release ${r.applyMethod.release}` : 'new release'}, this upgrade ${r.applyMethod.upgrade}`);
    lines.push(facts.join(' · '));
    if (r.chart?.sameVersionNewDigest)
        lines.push(`> [!WARNING]\n> Chart version ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.chart.version)} now resolves to ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.chart.digest ?? '')}, but the release was deployed from ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.chart.previousDigest ?? '')}: the version was pushed again with different content. Pin the digest you reviewed.`);
    lines.push(countsTable(r));
    const ignored = ignoredTable(r);
    if (ignored)
        lines.push(ignored);
    const crds = (r.objects ?? []).filter((o) => o.crd?.helmWillNotApply && o.change !== 'unchanged');
    if (crds.length)
        lines.push(`> [!IMPORTANT]\n> ${crds.length} CRD${crds.length === 1 ? '' : 's'} from the chart's crds/ differ from the cluster's: helm does not apply crds/ on upgrade. Apply ${crds.length === 1 ? 'it' : 'them'} yourself (e.g. \`kubectl apply --server-side\`).`);
    for (const note of r.notes ?? [])
        lines.push(`> [!NOTE]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(note)}`);
    return lines.join('\n\n');
}
function countsTable(r) {
    const kinds = new Map();
    for (const o of r.objects ?? []) {
        const kind = o.key.group ? `${o.key.kind}.${o.key.group}` : o.key.kind;
        const row = kinds.get(kind) ?? {};
        row[o.change] = (row[o.change] ?? 0) + 1;
        row.ignoredFields = (row.ignoredFields ?? 0) + o.fields.filter((f) => f.ignoredBy).length;
        kinds.set(kind, row);
    }
    const columns = ['added', 'changed', 'removed', 'renamed', 'kept', 'unchanged'];
    const cell = (n) => (n ? String(n) : '');
    const rows = [...kinds].map(([kind, row]) => [kind, ...columns.map((c) => cell(row[c])), cell(row.ignoredFields)]);
    const c = r.counts;
    if (c)
        rows.push(['**total**', ...columns.map((k) => String(c[k])), String(c.ignored)]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Kind', 'Added', 'Changed', 'Removed', 'Renamed', 'Kept', 'Unchanged', 'Ignored fields'], rows);
}
/** Ignored differences by rule and field, with how many objects have each: visible, never counted as changes. */
function ignoredTable(r) {
    const byField = new Map();
    let objects = 0;
    for (const o of r.objects ?? []) {
        if (o.fields.some((f) => f.ignoredBy))
            objects++;
        for (const f of o.fields) {
            if (!f.ignoredBy)
                continue;
            const id = `${f.ignoredBy}\u0000${f.path}`;
            const entry = byField.get(id) ?? { rule: f.ignoredBy, path: f.path, objects: 0 };
            entry.objects++;
            byField.set(id, entry);
        }
    }
    if (byField.size === 0)
        return '';
    const total = r.counts?.ignored ?? 0;
    const rows = [...byField.values()].sort((a, b) => b.objects - a.objects || a.path.localeCompare(b.path));
    const shown = rows.slice(0, MAX_IGNORED_ROWS).map((e) => [e.rule, e.path, String(e.objects)]);
    const more = rows.length > MAX_IGNORED_ROWS ? `\n\n_… and ${rows.length - MAX_IGNORED_ROWS} more ignored fields._` : '';
    return `<details><summary>Ignored differences, not counted as changes: ${total} field${total === 1 ? '' : 's'} in ${objects} object${objects === 1 ? '' : 's'}</summary>\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Rule', 'Field', 'Objects'], shown)}${more}\n\n</details>`;
}
function objectSection(o, release) {
    const shownFields = o.fields.filter((f) => !f.ignoredBy).length;
    const ignoredFields = o.fields.length - shownFields;
    const detail = [
        o.change === 'renamed' && o.renamedFrom ? `from ${o.renamedFrom.name}` : '',
        o.change === 'changed' || o.change === 'renamed' ? `${shownFields} field${shownFields === 1 ? '' : 's'}` : '',
        ignoredFields ? `${ignoredFields} ignored` : '',
        o.apiVersion.before && o.apiVersion.after && o.apiVersion.before !== o.apiVersion.after ? `${o.apiVersion.before} → ${o.apiVersion.after}` : '',
        o.crd?.helmWillNotApply ? '⚠️ helm does not apply this on upgrade' : '',
    ].filter(Boolean);
    const title = `${SIGN[o.change] ?? ''} <b>${o.change}</b> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(`${release ? `${release}: ` : ''}${(0,_plan_text_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .objectLabel */ .uk)(o.key)}`)}${detail.length ? ` — ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(detail.join(', '))}` : ''}`;
    const body = [];
    if (o.secret) {
        const s = o.secret;
        const keys = (label, list) => (list.length ? `${label} ${list.map(_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY).join(', ')}` : '');
        const said = [keys('changed:', s.keysChanged), keys('added:', s.keysAdded), keys('removed:', s.keysRemoved)].filter(Boolean).join('; ');
        body.push(`Secret keys ${said || 'unchanged'}. Values are never shown.`);
    }
    if (o.change === 'kept')
        body.push('`helm.sh/resource-policy: keep`: helm drops it from the release and leaves it in the cluster.');
    if (o.textDiff)
        body.push(fenced(o.textDiff, 'diff'));
    const ignored = o.fields.filter((f) => f.ignoredBy);
    if (ignored.length)
        body.push(`Ignored: ${ignored.map((f) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(f.path)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(f.ignoredBy)})`).join(', ')}`);
    return `<details><summary>${title}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}
/** A code block whose fence is longer than any backtick run inside, so the text cannot close it. */
function fenced(text, language) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}
function shortDigest(digest) {
    return digest.replace(/^sha256:([0-9a-f]{12})[0-9a-f]*$/, 'sha256:$1');
}
/** The plain-text diff file: every release's changed objects, ignored differences listed after each. */
function planDiffText(plan) {
    const out = [];
    for (const r of plan.releases) {
        out.push(`# release ${r.release} in ${r.namespace}${r.chart ? `: ${r.chart.name} ${r.chart.version}${r.chart.digest ? ` ${r.chart.digest}` : ''}` : ''}`);
        if (r.error) {
            out.push(`# not planned: ${r.error.message}`);
            continue;
        }
        const c = r.counts;
        if (c)
            out.push(`# ${c.added} added, ${c.changed} changed, ${c.removed} removed, ${c.renamed} renamed, ${c.kept} kept, ${c.unchanged} unchanged, ${c.ignored} ignored fields`);
        for (const o of r.objects ?? []) {
            if (!SHOWN.has(o.change) && o.change !== 'ignored')
                continue;
            out.push(`# ${o.change}: ${(0,_plan_text_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .objectLabel */ .uk)(o.key)}${o.crd?.helmWillNotApply ? ' (crds/: helm does not apply this on upgrade)' : ''}`);
            if (o.secret)
                out.push(`# Secret keys changed: ${o.secret.keysChanged.join(', ') || '-'}; added: ${o.secret.keysAdded.join(', ') || '-'}; removed: ${o.secret.keysRemoved.join(', ') || '-'}`);
            for (const f of o.fields.filter((x) => x.ignoredBy))
                out.push(`# ignored (${f.ignoredBy}): ${f.path}`);
            if (o.textDiff)
                out.push(o.textDiff.trimEnd());
        }
    }
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(`${out.join('\n')}\n`);
}


/***/ })

};
