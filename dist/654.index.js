export const id = 654;
export const ids = [654];
export const modules = {

/***/ 52654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/action/entry.ts
var entry = __webpack_require__(59682);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(81729);
// EXTERNAL MODULE: ./src/action/paths.ts
var action_paths = __webpack_require__(49566);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(19556);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/github/marker.ts
var github_marker = __webpack_require__(14329);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/report/body-size.ts
var body_size = __webpack_require__(80288);
;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
/**
 * One sticky PR comment per key (repository, workflow, environment, release set), found again by
 * its hidden marker and edited in place on each push.
 *
 * Which comments are ours: those whose body contains the exact marker AND whose author is the
 * account the token posts as (`author`, else asked with GraphQL `viewer`, which answers for
 * GITHUB_TOKEN, app installation tokens and PATs alike; logins compared without case and without
 * a `[bot]` suffix, which REST and GraphQL spell differently). A comment by someone else that
 * quotes the marker is never edited or minimized. If `viewer` is refused, the marker alone decides.
 *
 * The newest of ours is kept and edited (not at all when its body is unchanged: no API write);
 * older ones (a race of two runs, an older layout) are minimized as OUTDATED through GraphQL
 * `minimizeComment`, once. A token that may not write (fork PRs, `pull-requests: read`) skips
 * with a notice naming the permission: never a failure.
 */





async function upsertStickyComment(options) {
    const body = (0,github_marker/* withMarker */.Pe)(options.marker, options.body);
    if (!(0,body_size/* fitsWithin */.SN)(body, body_size/* COMMENT_LIMIT */.W$)) {
        const { chars, bytes } = (0,body_size/* sizeOf */.$d)(body);
        throw new errors/* GitHubError */.y_('too-large', `the comment body is ${chars} characters / ${bytes} UTF-8 bytes, over GitHub's ${body_size/* COMMENT_LIMIT */.W$}`, 'Fit the body with fitBody (src/report/body-size.ts) before posting.');
    }
    try {
        return await upsert(options, body);
    }
    catch (err) {
        if (err instanceof errors/* GitHubError */.y_ && err.kind === 'forbidden')
            return { action: 'skipped', minimized: 0, notice: forbiddenNotice('The PR comment was skipped', err) };
        throw err;
    }
}
async function upsert(options, body) {
    const { client, owner, repo, number } = options;
    const author = options.author ?? (await tokenLogin(client));
    const comments = await client.octokit.paginate(client.octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: number,
        per_page: 100,
    });
    const ours = comments
        .filter((c) => (0,github_marker/* hasMarker */.xY)(c.body, options.marker) && (author === undefined || sameLogin(c.user?.login, author)))
        .sort((a, b) => a.id - b.id);
    const current = ours.at(-1);
    let result;
    if (!current) {
        const { data } = await client.octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
        result = { action: 'created', commentId: data.id, url: data.html_url, minimized: 0 };
    }
    else if (sameText(current.body, body)) {
        result = { action: 'unchanged', commentId: current.id, url: current.html_url, minimized: 0 };
    }
    else {
        const { data } = await client.octokit.rest.issues.updateComment({ owner, repo, comment_id: current.id, body });
        result = { action: 'updated', commentId: data.id, url: data.html_url, minimized: 0 };
    }
    core/* debug */.Yz(`PR comment ${result.action}: ${(0,report_text/* oneLine */.T)(result.url ?? '')}`);
    const superseded = ours.slice(0, -1).map((c) => c.node_id);
    if (superseded.length === 0)
        return result;
    try {
        return { ...result, minimized: await minimizeOutdated(client, superseded) };
    }
    catch (err) {
        if (err instanceof errors/* GitHubError */.y_ && err.kind === 'forbidden')
            return { ...result, notice: forbiddenNotice('Older copies of the PR comment were not minimized', err) };
        throw err;
    }
}
const MINIMIZED_STATE = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }`;
const MINIMIZE = `mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }`;
/** Minimizes those of `nodeIds` not minimized yet (so a re-run writes nothing); returns how many. */
async function minimizeOutdated(client, nodeIds) {
    const { nodes } = await client.graphql(MINIMIZED_STATE, { ids: nodeIds });
    const pending = nodes.filter((n) => typeof n?.id === 'string' && n.isMinimized === false);
    for (const node of pending)
        await client.graphql(MINIMIZE, { id: node.id });
    return pending.length;
}
/** The login the token acts as, or undefined when GitHub will not say (the marker alone then decides). */
async function tokenLogin(client) {
    try {
        const { viewer } = await client.graphql('query { viewer { login } }');
        return viewer.login;
    }
    catch (err) {
        if (!(err instanceof errors/* GitHubError */.y_) || !['forbidden', 'not-found', 'invalid'].includes(err.kind))
            throw err;
        core/* debug */.Yz(`the token's login is unknown (${err.message}); comments are matched by their marker alone`);
        return undefined;
    }
}
/** REST spells bots `name[bot]`, GraphQL `name`; logins are case-insensitive. */
function sameLogin(a, b) {
    const norm = (login) => login.toLowerCase().replace(/\[bot\]$/, '');
    return a !== undefined && norm(a) === norm(b);
}
function sameText(stored, body) {
    return (stored ?? '').replace(/\r\n/g, '\n') === body.replace(/\r\n/g, '\n');
}
function forbiddenNotice(what, err) {
    return (0,report_text/* oneLine */.T)(`${what}: the token may not write here (${err.message}). Pull requests from forks get a read-only token by design; otherwise grant the job \`permissions: pull-requests: write\`.`, 1000);
}

// EXTERNAL MODULE: ./src/helm/install.ts
var install = __webpack_require__(68203);
// EXTERNAL MODULE: ./src/plan/run.ts + 3 modules
var run = __webpack_require__(93149);
// EXTERNAL MODULE: ./src/process/cancellation.ts
var cancellation = __webpack_require__(31130);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(65468);
// EXTERNAL MODULE: ./src/report/plan-summary.ts
var plan_summary = __webpack_require__(76130);
// EXTERNAL MODULE: ./src/report/secrets.ts
var secrets = __webpack_require__(67663);
// EXTERNAL MODULE: ./src/action/release-inputs.ts
var release_inputs = __webpack_require__(91021);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/kube/names.ts
var names = __webpack_require__(19449);
;// CONCATENATED MODULE: ./actions/render-and-diff/names.ts
/** render-and-diff's input and output names, and each input's default exactly as action.yml declares it (a test compares them). */
const Inputs = {
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
    WorkingDirectory: 'working-directory',
    Releases: 'releases',
    Mode: 'mode',
    KubeContext: 'kube-context',
    KubeVersion: 'kube-version',
    IncludeCrds: 'include-crds',
    Ignore: 'ignore',
    IgnoreChartBump: 'ignore-chart-bump',
    CaFile: 'ca-file',
    Timeout: 'timeout',
    DetailedExitcode: 'detailed-exitcode',
    Comment: 'comment',
    Environment: 'environment',
    GithubToken: 'github-token',
};
/** Defaults of the inputs whose action.yml default is a plain value (github-token's is an expression). */
const Defaults = {
    Registry: '754784422779.dkr.ecr.us-east-1.amazonaws.com',
    Release: 'chalk-metadata-plane',
    Namespace: 'chalk-metadata',
    ValuesFiles: 'values.yaml',
    SeedFile: 'seed.yaml',
    WorkingDirectory: '.',
    Mode: 'auto',
    IncludeCrds: 'true',
    IgnoreChartBump: 'true',
    Timeout: '5m',
    DetailedExitcode: 'false',
    Comment: 'auto',
};
const Outputs = {
    HasChanges: 'has-changes',
    Added: 'added',
    Changed: 'changed',
    Removed: 'removed',
    Ignored: 'ignored',
    PlanFile: 'plan-file',
    DiffFile: 'diff-file',
    ChartDigest: 'chart-digest',
    CommentUrl: 'comment-url',
};

;// CONCATENATED MODULE: ./actions/render-and-diff/inputs.ts
/** render-and-diff's inputs, read and checked before anything runs, as the plan engine's typed options. */







const RELEASE_FIELDS = ['chart', 'repo-url', 'version', 'digest', 'release', 'namespace', 'values-files', 'seed-file', 'set', 'kube-version', 'include-crds'];
/** Several releases from the `releases` YAML list. */
function listedReleases(text, paths) {
    let value;
    try {
        value = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        throw new inputs/* InputError */.dz(`Input ${Inputs.Releases} is not YAML: ${err.message.split('\n')[0]}`);
    }
    if (!Array.isArray(value) || value.length === 0)
        throw new inputs/* InputError */.dz(`Input ${Inputs.Releases} must be a YAML list of releases (chart, release, namespace, …).`);
    const seen = new Set();
    return value.map((entry, i) => {
        const where = `Input ${Inputs.Releases}[${i}]`;
        if (!entry || typeof entry !== 'object' || Array.isArray(entry))
            throw new inputs/* InputError */.dz(`${where} is not a map.`);
        const e = entry;
        const unknown = Object.keys(e).filter((k) => !RELEASE_FIELDS.includes(k));
        if (unknown.length)
            throw new inputs/* InputError */.dz(`${where} has unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; known: ${RELEASE_FIELDS.join(', ')}.`);
        const text = (field) => {
            const v = e[field];
            if (v === undefined || v === null || v === '')
                return undefined;
            if (typeof v !== 'string' && typeof v !== 'number')
                throw new inputs/* InputError */.dz(`${where}.${field} must be text.`);
            return String(v);
        };
        const list = (field) => {
            const v = e[field];
            if (v === undefined || v === null)
                return [];
            if (typeof v === 'string')
                return v
                    .split(/[\n,]/)
                    .map((s) => s.trim())
                    .filter(Boolean);
            if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
                return v;
            throw new inputs/* InputError */.dz(`${where}.${field} must be a list of text.`);
        };
        const chart = text('chart');
        if (!chart)
            throw new inputs/* InputError */.dz(`${where} has no chart.`);
        const repoUrl = text('repo-url');
        const version = text('version');
        const digest = (0,release_inputs/* digestInput */.Dc)(text('digest'), `${where}.digest`);
        const release = (0,names/* assertName */.I1)('release', text('release') ?? '', `${where}.release`);
        const namespace = (0,names/* assertName */.I1)('namespace', text('namespace') ?? '', `${where}.namespace`);
        if (seen.has(`${namespace}/${release}`))
            throw new inputs/* InputError */.dz(`${where} repeats the release ${namespace}/${release}.`);
        seen.add(`${namespace}/${release}`);
        const seed = text('seed-file');
        const kubeVersion = text('kube-version');
        const crds = e['include-crds'];
        if (crds !== undefined && typeof crds !== 'boolean')
            throw new inputs/* InputError */.dz(`${where}.include-crds must be true or false.`);
        return {
            chart: {
                ref: chart.startsWith('oci://') || repoUrl ? chart : (0,external_node_path_.resolve)(paths.cwd, chart),
                ...(version ? { version } : {}),
                ...(digest ? { digest } : {}),
                ...(repoUrl ? { repoUrl } : {}),
            },
            release,
            namespace,
            valuesFiles: list('values-files').map((f) => (0,release_inputs/* valuesFileInput */.tf)(paths, f, `${where}.values-files`)),
            ...(seed ? { seedFile: (0,release_inputs/* valuesFileInput */.tf)(paths, seed, `${where}.seed-file`) } : {}),
            set: list('set'),
            ...(kubeVersion ? { kubeVersion } : {}),
            includeCrds: crds !== false,
        };
    });
}
function releaseInputs(paths) {
    const listed = core/* getInput */.V4(Inputs.Releases).trim();
    if (!listed)
        return [(0,release_inputs/* singleReleaseInput */.y7)(paths, { registry: Defaults.Registry, release: Defaults.Release, namespace: Defaults.Namespace })];
    for (const single of [Inputs.Chart, Inputs.RepoUrl, Inputs.Version, Inputs.Digest])
        if ((0,inputs/* getOptional */.xX)(single))
            throw new inputs/* InputError */.dz(`Inputs ${Inputs.Releases} and ${single} cannot be combined: give each release's ${single} in its entry.`);
    return listedReleases(listed, paths);
}

;// CONCATENATED MODULE: ./actions/render-and-diff/main.ts





















const MODES = ['auto', 'offline', 'server'];
const COMMENT_CHOICES = ['auto', 'true', 'false'];
function main_run() {
    return (0,entry/* runEntry */.C)(async () => {
        const ws = (0,action_paths/* workspace */.G)();
        const paths = { workspace: ws, cwd: (0,external_node_path_.resolve)(ws, (0,inputs/* getString */.AA)(Inputs.WorkingDirectory, Defaults.WorkingDirectory)) };
        const releases = releaseInputs(paths);
        const ignore = (0,release_inputs/* ignoreRulesInput */.Ec)();
        const mode = (0,inputs/* getOneOf */.SY)(Inputs.Mode, MODES) ?? 'auto';
        const comment = (0,inputs/* getOneOf */.SY)(Inputs.Comment, COMMENT_CHOICES) ?? 'auto';
        const caFile = (0,inputs/* getOptional */.xX)(Inputs.CaFile);
        const kubeContext = (0,inputs/* getOptional */.xX)(Inputs.KubeContext);
        const token = core/* getInput */.V4(Inputs.GithubToken).trim();
        const { client: helm, warnings } = await (0,install/* setupHelm */.wm)({ tempDir: (0,action_paths/* runnerTemp */.X)() });
        for (const w of warnings)
            core/* warning */.$e(w);
        const outDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,action_paths/* runnerTemp */.X)(), 'render-and-diff-'));
        const plan = await (0,run/* runPlan */.F)({
            releases,
            mode,
            helm,
            ...(kubeContext ? { kubeContext } : {}),
            ignore,
            ignoreChartBump: (0,inputs/* getBoolean */.pW)(Inputs.IgnoreChartBump),
            workDir: outDir,
            ...(caFile ? { caFile: (0,external_node_path_.resolve)(ws, caFile) } : {}),
            timeoutMs: (0,inputs/* getDuration */.Ds)(Inputs.Timeout, Defaults.Timeout),
            signal: cancellation/* cancellation */.WN.signal,
        });
        const planFile = (0,external_node_path_.join)(outDir, 'plan.json');
        const diffFile = (0,external_node_path_.join)(outDir, 'diff.txt');
        await (0,promises_.writeFile)(planFile, `${JSON.stringify((0,secrets/* redactJson */.Kp)(plan), null, 2)}\n`);
        await (0,promises_.writeFile)(diffFile, (0,plan_summary/* planDiffText */.cs)(plan));
        annotatePlan(plan);
        const commented = await postComment(plan, comment, token, (0,inputs/* getString */.AA)(Inputs.Environment));
        const totals = sumCounts(plan);
        const digest = plan.releases.find((r) => r.chart?.digest)?.chart?.digest;
        (0,outputs/* setOutputs */.n0)({
            [Outputs.HasChanges]: plan.changes > 0,
            [Outputs.Added]: totals.added,
            [Outputs.Changed]: totals.changed,
            [Outputs.Removed]: totals.removed,
            [Outputs.Ignored]: totals.ignored,
            [Outputs.PlanFile]: (0,outputs/* generated */.gO)(planFile),
            [Outputs.DiffFile]: (0,outputs/* generated */.gO)(diffFile),
            [Outputs.ChartDigest]: digest ? (0,outputs/* generated */.gO)(digest) : undefined,
            [Outputs.CommentUrl]: commented?.url ? (0,outputs/* generated */.gO)(commented.url) : undefined,
        });
        await (0,outputs/* writeSummary */.Sy)((0,plan_summary/* planSummary */.MM)(plan, diffFile), { keep: [diffFile] });
        const failed = plan.releases.filter((r) => r.error);
        if (failed.length) {
            core/* setFailed */.C1(`render-and-diff: ${failed.map((r) => `${r.release}: ${r.error.message}`).join('; ')}`);
            return;
        }
        core/* info */.pq(`Plan: ${plan.changes} change${plan.changes === 1 ? '' : 's'} (${totals.added} added, ${totals.changed} changed, ${totals.removed} removed, ${totals.ignored} ignored differences).`);
        if (plan.changes > 0 && (0,inputs/* getBoolean */.pW)(Inputs.DetailedExitcode)) {
            core/* notice */.lm(`render-and-diff found ${plan.changes} change${plan.changes === 1 ? '' : 's'}: exit code 2 (detailed-exitcode).`);
            process.exitCode = 2;
        }
    });
}
function sumCounts(plan) {
    const sum = { added: 0, changed: 0, removed: 0, ignored: 0 };
    for (const r of plan.releases)
        for (const k of Object.keys(sum))
            sum[k] += r.counts?.[k] ?? 0;
    return sum;
}
/** Render failures on the values file they point at (helm's own message); a re-pushed chart version and unapplied CRDs as warnings. */
function annotatePlan(plan) {
    for (const r of plan.releases) {
        if (r.error)
            (0,annotations/* annotation */.w7)('error', `${r.release}: ${r.error.message}${r.error.fix ? ` Fix: ${r.error.fix}` : ''}`, {
                title: r.error.kind === 'render' || r.error.boundary === 'helm' ? 'helm could not render the chart' : 'render-and-diff',
                ...(r.error.origin ? { file: r.error.origin.file, line: r.error.origin.line, col: r.error.origin.col } : {}),
            });
        if (r.chart?.sameVersionNewDigest)
            (0,annotations/* annotation */.w7)('warning', `${r.release}: chart ${r.chart.name} ${r.chart.version} now resolves to ${r.chart.digest}, but the release was deployed from ${r.chart.previousDigest}: the version was pushed again with different content.`, { title: 'Chart digest changed under the same version' });
        const crds = (r.objects ?? []).filter((o) => o.crd?.helmWillNotApply && o.change !== 'unchanged');
        if (crds.length)
            (0,annotations/* annotation */.w7)('warning', `${r.release}: ${crds.map((o) => o.key.name).join(', ')} differ from the cluster's; helm does not apply crds/ on upgrade.`, {
                title: 'CRDs helm will not apply',
            });
    }
}
/** The sticky comment, when asked for and possible; a failure to post is a warning, never the job's failure. */
async function postComment(plan, choice, token, environment) {
    if (choice === 'false')
        return undefined;
    let context;
    try {
        context = (0,github_context/* runContext */.p)(process.env);
    }
    catch (err) {
        if (!(err instanceof errors/* GitHubError */.y_))
            throw err;
        // Outside GitHub Actions (a local run) there is no pull request to comment on.
        if (choice === 'true')
            core/* warning */.$e(`No PR comment: ${err.message}. ${err.fix}`);
        return undefined;
    }
    if (context.pullRequest === undefined) {
        if (choice === 'true')
            core/* notice */.lm('No PR comment: this run is not for a pull request.');
        return undefined;
    }
    if (choice === 'auto' && !['pull_request', 'pull_request_target'].includes(context.eventName))
        return undefined;
    if (!token) {
        core/* notice */.lm('No PR comment: github-token is empty.');
        return undefined;
    }
    try {
        const client = await (0,github_client/* createGitHubClient */.LX)({ token, signal: cancellation/* cancellation */.WN.signal });
        const marker = (0,github_marker/* markerFor */._Z)('render-and-diff', {
            repository: `${context.owner}/${context.repo}`,
            workflow: context.workflow,
            environment,
            releases: plan.releases.map((r) => `${r.namespace}/${r.release}`),
        });
        const body = (0,plan_summary/* planComment */.tx)(plan, { environment, commit: context.headSha, runUrl: context.runUrl });
        const result = await upsertStickyComment({ client, owner: context.owner, repo: context.repo, number: context.pullRequest, marker, body });
        if (result.notice)
            core/* notice */.lm(result.notice);
        core/* info */.pq(`PR comment ${result.action}${result.url ? `: ${result.url}` : ''}.`);
        return result;
    }
    catch (err) {
        if (!(err instanceof errors/* GitHubError */.y_))
            throw err;
        core/* warning */.$e(`The PR comment was not posted: ${err.message}. ${err.fix}`);
        return undefined;
    }
}


/***/ }),

/***/ 19449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ assertName),
/* harmony export */   rH: () => (/* binding */ nameProblem)
/* harmony export */ });
/* unused harmony exports InvalidNameError, suggestName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65655);
/**
 * The names Kubernetes and helm accept, checked before any request: an invalid name is an input
 * error, never a URL path. (`GET /api/v1/namespaces/..` is normalised to `/api/v1`, so a namespace
 * `..` once "existed"; a release name with a comma widens a label selector.)
 *
 * Namespaces are DNS-1123 labels (apimachinery's ValidateNamespaceName); most object names, service
 * accounts included, are DNS-1123 subdomains; helm release names are subdomains of at most 53
 * characters (helm's chartutil.ValidateReleaseName, unchanged in helm 4), leaving room for the
 * `sh.helm.release.v1.<name>.v<N>` Secret names helm derives from them.
 */


const LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const SUBDOMAIN = new RegExp(`^${LABEL}(\\.${LABEL})*$`);
const SUBDOMAIN_RULE = "lower-case letters, digits, '-' and '.', each '.'-separated part starting and ending with a letter or digit";
const RULES = {
    namespace: {
        pattern: new RegExp(`^${LABEL}$`),
        maxLength: 63,
        rule: "a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit",
    },
    release: { pattern: SUBDOMAIN, maxLength: 53, rule: `a helm release name: ${SUBDOMAIN_RULE}` },
    object: { pattern: SUBDOMAIN, maxLength: 253, rule: `a DNS-1123 subdomain: ${SUBDOMAIN_RULE}` },
};
class InvalidNameError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChalkError */ .E {
    boundary = 'input';
    constructor(message, fix) {
        super('invalid-name', message, fix);
    }
}
/** Why `name` is not a valid name of `kind`, or undefined when it is. */
function nameProblem(kind, name) {
    const { pattern, maxLength, rule } = RULES[kind];
    if (name.length === 0)
        return 'is empty';
    if (name.length > maxLength)
        return `is ${name.length} characters long; it must be at most ${maxLength}`;
    if (!pattern.test(name))
        return `must be ${rule}`;
    return undefined;
}
/** The nearest valid name (`Bad_NS` → `bad-ns`), or undefined when nothing usable is left. */
function suggestName(kind, name) {
    const { maxLength } = RULES[kind];
    const separators = kind === 'namespace' ? /[^a-z0-9]+/g : /[^a-z0-9.]+/g;
    const candidate = name
        .normalize('NFKD')
        .toLowerCase()
        .replace(separators, '-')
        .replace(/-*\.+-*/g, '.')
        .replace(/^[-.]+/, '')
        .slice(0, maxLength)
        .replace(/[-.]+$/, '');
    return candidate && candidate !== name && !nameProblem(kind, candidate) ? candidate : undefined;
}
/**
 * Throws InvalidNameError unless `name` is valid; `subject` says where it came from, e.g.
 * `Input namespace`. The name is quoted on one line, so a hostile value cannot start a workflow command.
 */
function assertName(kind, name, subject) {
    const problem = nameProblem(kind, name);
    if (!problem)
        return name;
    const suggestion = suggestName(kind, name);
    throw new InvalidNameError(name ? `${subject} "${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .T)(name, 120)}" ${problem}.` : `${subject} is empty.`, suggestion ? `Use a valid name, e.g. ${suggestion}.` : `Use ${RULES[kind].rule}, at most ${RULES[kind].maxLength} characters.`);
}


/***/ })

};
