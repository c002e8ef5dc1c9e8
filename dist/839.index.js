export const id = 839;
export const ids = [839];
export const modules = {

/***/ 53839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Inputs: () => (/* binding */ Inputs),
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
// EXTERNAL MODULE: ./src/preflight/context.ts
var context = __webpack_require__(77212);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(65468);
;// CONCATENATED MODULE: ./src/report/problems.ts
function error(code, message, origin, fix, path) {
    return { severity: 'error', code, message, origin, fix, path };
}
function warning(code, message, origin, fix, path) {
    return { severity: 'warning', code, message, origin, fix, path };
}
function formatOrigin(origin) {
    return origin ? `${origin.file}:${origin.line}:${origin.col}` : '';
}
/** One line: `file:line:col: message Fix: …` — the form used in logs and test expectations. */
function formatProblem(p) {
    const where = p.origin ? `${formatOrigin(p.origin)}: ` : '';
    return `${where}${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}`;
}
function countErrors(problems) {
    return problems.filter((p) => p.severity === 'error').length;
}

;// CONCATENATED MODULE: ./src/checks/check.ts
/**
 * Preflight checks: each has an id, a verdict, a one-line finding and a fix. Checks of
 * different groups run concurrently, each under its own timeout, so one dead endpoint cannot
 * hang the job.
 */

/** The verdict a list of problems earns: any error fails, warnings only warn. */
function outcomeOf(problems, passFinding, fix) {
    const errors = countErrors(problems);
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
                        abort.abort(new CheckTimeout());
                        reject(new CheckTimeout());
                    }, timeoutMs);
                }),
            ]);
            return { ...base, ...outcome, problems: outcome.problems ?? [], durationMs: Math.round(performance.now() - started) };
        }
        catch (err) {
            const finding = err instanceof CheckTimeout
                ? `timed out after ${Math.round(timeoutMs / 1000)} s`
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

// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
;// CONCATENATED MODULE: ./src/kube/helm-releases.ts
const PENDING_STATUSES = ['pending-install', 'pending-upgrade', 'pending-rollback'];
async function releaseHistory(kube, namespace, release, signal) {
    const secrets = await kube.listSecrets(namespace, `owner=helm,name=${release}`, signal);
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
                    const history = await releaseHistory(await ctx.kube(), namespace, release, signal);
                    const latest = history[history.length - 1];
                    if (!latest)
                        return { verdict: 'pass', finding: `no release ${release} in namespace ${namespace} yet: the deploy installs it` };
                    const recovery = pendingRecovery(history, release, namespace);
                    if (recovery && isPending(latest.status))
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

;// CONCATENATED MODULE: ./src/config/merge.ts
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

;// CONCATENATED MODULE: ./src/config/image-reference.ts
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
function parseImageReference(text) {
    if (text.trim() !== text || /\s/.test(text))
        return { ok: false, reason: 'it contains whitespace' };
    if (text === '')
        return { ok: false, reason: 'it is empty' };
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            return { ok: false, reason: `the digest "${digest}" is not of the form sha256:<64 hex digits>` };
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            return { ok: false, reason: `the tag "${tag}" is not valid (letters, digits, '_', '.', '-', at most 128, not starting with '.' or '-')` };
    }
    const parts = rest.split('/');
    let domain;
    const first = parts[0] ?? '';
    if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || /[A-Z]/.test(first))) {
        domain = parts.shift();
        const [host = '', port] = (domain ?? '').split(':');
        if (!host.split('.').every((c) => DOMAIN_COMPONENT.test(c)))
            return { ok: false, reason: `the registry host "${domain}" is not a valid host name` };
        if (port !== undefined && !/^\d+$/.test(port))
            return { ok: false, reason: `the registry port "${port}" is not a number` };
    }
    if (parts.length === 0 || parts.some((p) => p === ''))
        return { ok: false, reason: 'the repository path has an empty component' };
    for (const part of parts) {
        if (!PATH_COMPONENT.test(part)) {
            const why = /[A-Z]/.test(part)
                ? 'repository names must be lowercase'
                : "only lowercase letters, digits and single '.', '_' or '-' separators are allowed";
            return { ok: false, reason: `the repository component "${part}" is invalid: ${why}` };
        }
    }
    const ref = { path: parts.join('/') };
    if (domain !== undefined)
        ref.domain = domain;
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return { ok: true, ref };
}

// EXTERNAL MODULE: ./src/config/located.ts
var located = __webpack_require__(21564);
;// CONCATENATED MODULE: ./src/config/node-rules.ts
/** Shared typed accessors over located trees: each returns the value or records a located problem. */


function wrongType(node, path, expected) {
    const got = (0,located/* describeKind */.SB)(node);
    const leaf = path.split('.').pop() ?? path;
    let fix = `Make ${path} ${expected}.`;
    if (expected === 'a string' && node.kind === 'scalar' && node.value !== null && !node.quoted) {
        fix = `Quote the value so YAML (and helm) read it as text: ${leaf.replace(/\[\d+\]$/, '')}: "${node.source}".`;
    }
    return error('values.wrong-type', `${path} must be ${expected}, but it is ${got}.`, node.origin, fix, path);
}
/** A string scalar, or undefined with a problem when it has another type. Empty strings are returned as-is. */
function asString(node, path, problems) {
    if (node.kind === 'scalar' && typeof node.value === 'string')
        return node.value;
    problems.push(wrongType(node, path, 'a string'));
    return undefined;
}
function asMap(node, path, problems) {
    if (node.kind === 'map')
        return node;
    problems.push(wrongType(node, path, 'a map'));
    return undefined;
}
function asSeq(node, path, problems) {
    if (node.kind === 'seq')
        return node;
    problems.push(wrongType(node, path, 'a list'));
    return undefined;
}
/**
 * Problem for a required value that is absent from the merged values: points at the `null` that
 * removed it, or else at the deepest enclosing key that exists in the last file (other than
 * `skipFile`, the seed) that has any of it, so the fix lands where the value belongs.
 */
function missing(merged, path, fix, skipFile) {
    const removedAt = merged.removed.get(path);
    if (removedAt) {
        return error('values.removed', `${path} is required, but ${removedAt.file} removes it by setting it to null.`, removedAt, `Delete the null entry in ${removedAt.file}, or give ${path} a value.`, path);
    }
    const files = merged.files.join(', ');
    return error('values.missing', `${path} is required, but none of the values files (${files}) sets it.`, anchorFor(merged, path, skipFile), fix, path);
}
function anchorFor(merged, path, skipFile) {
    const keys = path.split('.');
    let best;
    const layers = merged.layers.filter((l) => l.file !== skipFile);
    for (const layer of [...layers].reverse()) {
        let node = layer.root;
        let origin;
        let depth = 0;
        for (const key of keys) {
            const entry = node.kind === 'map' ? node.entries.get(key) : undefined;
            if (!entry)
                break;
            origin = entry.keyOrigin;
            node = entry.value;
            depth++;
        }
        if (origin && (!best || depth > best.depth))
            best = { depth, origin };
    }
    return best?.origin ?? { file: layers[0]?.file ?? merged.files[0] ?? '', line: 1, col: 1 };
}
/** Levenshtein distance, for "did you mean" suggestions on misspelt keys. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}
function closest(key, known) {
    const norm = (s) => s.toLowerCase().replace(/[-_]/g, '');
    return known.find((k) => k !== key && (norm(k) === norm(key) || editDistance(k, key) <= 2));
}

;// CONCATENATED MODULE: ./src/config/metadata-values.ts
/**
 * Rules for the Metadata Plane values the guide asks the operator to write by hand
 * (`chalk.metadata.api_host`, `frontend_host`, `frontend.image`), checked on the merged values.
 */




/**
 * Per-file shape of the parents the merge depends on: a `chalk:` list in one file would be
 * silently replaced by another file's map, so it is reported in the file that has it.
 */
function validateStructure(layers) {
    const problems = [];
    for (const layer of layers) {
        const chalk = (0,located/* child */.jf)(layer.root, 'chalk');
        if (!chalk)
            continue;
        const chalkMap = asMap(chalk, 'chalk', problems);
        const metadata = chalkMap && (0,located/* child */.jf)(chalkMap, 'metadata');
        if (metadata)
            asMap(metadata, 'chalk.metadata', problems);
    }
    return problems;
}
/** The keys the guide documents under `chalk.metadata`; used for "did you mean" hints. */
const KNOWN_METADATA_KEYS = ['api_host', 'frontend_host', 'frontend', 'seed'];
const PLACEHOLDER = /<\s*YOUR\b[^>]*>/i;
function validateMetadataValues(merged, options) {
    const problems = [];
    problems.push(...placeholders(merged.root));
    const need = (path, fix) => problems.push(missing(merged, path, fix, options.seedFile));
    const chalkNode = (0,located/* child */.jf)(merged.root, 'chalk');
    if (!chalkNode) {
        need('chalk', 'Start the values file with the skeleton from the guide: chalk: metadata: api_host, frontend_host, frontend.image.');
        return problems;
    }
    const chalk = asMap(chalkNode, 'chalk', problems);
    const metadataNode = chalk && (0,located/* child */.jf)(chalk, 'metadata');
    if (chalk && !metadataNode)
        need('chalk.metadata', 'Add a `metadata:` map under `chalk:` with api_host, frontend_host and frontend.image, as in the guide.');
    const metadata = metadataNode && asMap(metadataNode, 'chalk.metadata', problems);
    if (!metadata)
        return problems;
    const misspelt = new Set();
    for (const [key, entry] of metadata.entries) {
        const near = closest(key, KNOWN_METADATA_KEYS);
        if (near && !metadata.entries.has(near)) {
            misspelt.add(near);
            problems.push(error('values.misspelt-key', `chalk.metadata.${key} is not a key the chart reads; did you mean chalk.metadata.${near}?`, entry.keyOrigin, `Rename "${key}" to "${near}".`, `chalk.metadata.${key}`));
        }
    }
    const ctx = { merged, metadata, options, problems, misspelt, need };
    checkHost(ctx, 'api_host', 'https://api.example.com');
    checkHost(ctx, 'frontend_host', 'https://chalk.example.com');
    if (!misspelt.has('frontend'))
        checkFrontendImage(ctx);
    return problems;
}
function placeholders(root) {
    const out = [];
    (0,located/* walkScalars */.NO)(root, (scalar, path) => {
        if (typeof scalar.value !== 'string')
            return;
        const m = PLACEHOLDER.exec(scalar.value);
        if (m) {
            out.push(error('values.placeholder', `${path} still holds the guide's placeholder "${m[0]}".`, scalar.origin, `Replace "${m[0]}" with your real value${path.endsWith('image') ? ' (the frontend image is provided by Chalk)' : ''}.`, path));
        }
    });
    return out;
}
function checkHost({ metadata, options, problems, misspelt, need }, key, example) {
    const path = `chalk.metadata.${key}`;
    const node = (0,located/* child */.jf)(metadata, key);
    if (!node) {
        if (!misspelt.has(key))
            need(path, `Add ${key}: ${example} under chalk.metadata.`);
        return;
    }
    const value = asString(node, path, problems);
    if (value === undefined || PLACEHOLDER.test(value))
        return;
    if (value.trim() === '') {
        problems.push(error('values.empty', `${path} is empty.`, node.origin, `Set it to the absolute URL of your host, e.g. ${example}.`, path));
        return;
    }
    if (value !== value.trim()) {
        problems.push(error('values.url', `${path} has spaces around the URL.`, node.origin, `Remove them: ${key}: ${value.trim()}`, path));
        return;
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        problems.push(error('values.url', `${path} "${value}" is not an absolute URL.`, node.origin, `Write it with its scheme, e.g. ${example}.`, path));
        return;
    }
    const bare = `${url.protocol}//${url.host}`;
    if (url.username || url.password) {
        // Never echo the value: it carries a password.
        problems.push(error('values.url-credentials', `${path} carries credentials (user:password@) in the URL.`, node.origin, `Write it as ${bare} and remove the password from the file's history.`, path));
    }
    else if (url.protocol === 'http:' && !options.allowHttp) {
        problems.push(error('values.url-scheme', `${path} "${value}" uses http://; browsers and OIDC logins need https.`, node.origin, `Use https:// (or set the input allow-http: true for a local test install).`, path));
    }
    else if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        problems.push(error('values.url-scheme', `${path} "${value}" must be an https:// URL, not ${url.protocol}.`, node.origin, `Write it as ${example}.`, path));
    }
    else if (url.search || url.hash) {
        problems.push(error('values.url', `${path} "${value}" must be a plain host URL without a query or fragment.`, node.origin, `Write it as ${bare}.`, path));
    }
    else if (url.pathname !== '/') {
        problems.push(warning('values.url-path', `${path} "${value}" has a path (${url.pathname}); Chalk's hosts are bare origins such as ${example}.`, node.origin, `Write it as ${bare} unless your proxy serves Chalk under that path.`, path));
    }
}
function checkFrontendImage({ metadata, problems, need }) {
    const path = 'chalk.metadata.frontend.image';
    const frontendNode = (0,located/* child */.jf)(metadata, 'frontend');
    if (!frontendNode) {
        need(path, 'Add frontend: { image: <image provided by Chalk> } under chalk.metadata; without it the chart fails with "Value chalk.metadata.frontend.image is required".');
        return;
    }
    const frontend = asMap(frontendNode, 'chalk.metadata.frontend', problems);
    if (!frontend)
        return;
    const node = (0,located/* child */.jf)(frontend, 'image');
    if (!node) {
        need(path, 'Add image: <image provided by Chalk> under chalk.metadata.frontend; without it the chart fails with "Value chalk.metadata.frontend.image is required".');
        return;
    }
    const value = asString(node, path, problems);
    if (value === undefined || PLACEHOLDER.test(value))
        return;
    const parsed = parseImageReference(value);
    if (!parsed.ok) {
        problems.push(error('values.image', `${path} "${value}" is not a valid image reference: ${parsed.reason}.`, node.origin, 'Use the image reference Chalk provided, e.g. registry.example.com/chalk/frontend:1.2.3.', path));
        return;
    }
    if (!parsed.ref.digest && (parsed.ref.tag === undefined || parsed.ref.tag === 'latest')) {
        problems.push(warning('values.image-unpinned', `${path} "${value}" is not pinned to a version (${parsed.ref.tag ? 'tag latest' : 'no tag'}), so a pod restart can change what runs.`, node.origin, 'Pin a version tag or a digest (@sha256:…).', path));
    }
}

;// CONCATENATED MODULE: ./src/config/seed.ts
/**
 * Rules for the database seed (`chalk.metadata.seed`): the guide's id rule, unique ids,
 * references that resolve, consistent team ownership, valid invite emails and roles.
 */



/** Team roles an invite may grant. The guide's example uses `owner`. */
const SEED_ROLES = ['owner', 'admin', 'developer', 'viewer'];
/** The guide: "lowercase, less than 10 characters, no spaces or special characters". */
const SHORT_ID = /^[a-z0-9]{1,9}$/;
const EMAIL = /^[^\s@"<>(),;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;
const SEED_PATH = 'chalk.metadata.seed';
const SECTIONS = ['teams', 'projects', 'environments', 'team_invites'];
const GUIDE_EXAMPLES = new Set(['teamshortid', 'projectshortid', 'envshortid', 'your@email.com', 'Your Company Name', 'Your Project Name']);
function validateSeed(merged, seedFile) {
    const problems = [];
    const anchor = { file: seedFile ?? merged.files[merged.files.length - 1] ?? '', line: 1, col: 1 };
    const seedNode = (0,located/* child */.jf)((0,located/* child */.jf)((0,located/* child */.jf)(merged.root, 'chalk'), 'metadata'), 'seed');
    if (!seedNode) {
        const topLevel = (0,located/* child */.jf)(merged.root, 'seed') ?? (0,located/* child */.jf)((0,located/* child */.jf)(merged.root, 'chalk'), 'seed');
        if (topLevel) {
            problems.push(error('seed.misplaced', `The seed block is at the wrong level; the chart reads it from ${SEED_PATH}.`, topLevel.origin, 'Nest it as in the guide: chalk: metadata: seed: teams/projects/environments/team_invites.', SEED_PATH));
        }
        else {
            problems.push(error('seed.missing', `${SEED_PATH} is not set in any of the files (${merged.files.join(', ')}).`, anchor, 'Create the seed file from the guide (chalk: metadata: seed: teams, projects, environments, team_invites).', SEED_PATH));
        }
        return problems;
    }
    const seed = asMap(seedNode, SEED_PATH, problems);
    if (!seed)
        return problems;
    for (const [key, entry] of seed.entries) {
        if (SECTIONS.includes(key))
            continue;
        const near = closest(key, SECTIONS);
        problems.push(error('seed.unknown-key', `${SEED_PATH}.${key} is not a seed section${near ? ` (did you mean ${near}?)` : ''}.`, entry.keyOrigin, near ? `Rename "${key}" to "${near}".` : `Use only ${SECTIONS.join(', ')}.`, `${SEED_PATH}.${key}`));
    }
    // Sections whose shape is wrong: references into them are not checked, as every one would fail.
    const broken = new Set();
    const items = (section, required) => {
        const path = `${SEED_PATH}.${section}`;
        const node = (0,located/* child */.jf)(seed, section);
        if (!node) {
            if (required)
                problems.push(error('seed.missing-section', `${path} is missing; the seed needs at least one entry.`, seed.origin, `Add a ${section}: list under ${SEED_PATH} as in the guide.`, path));
            broken.add(section);
            return [];
        }
        const seq = asSeq(node, path, problems);
        if (!seq) {
            broken.add(section);
            return [];
        }
        if (seq.items.length === 0 && required)
            problems.push(error('seed.empty-section', `${path} is empty; the seed needs at least one entry.`, seq.origin, `Add an entry as in the guide.`, path));
        return seq.items.flatMap((item, i) => {
            const map = asMap(item, `${path}[${i}]`, problems);
            if (!map)
                broken.add(section);
            return map ? [{ map, path: `${path}[${i}]` }] : [];
        });
    };
    const reference = (item, key, known, section) => resolveReference(item, key, broken.has(section) ? undefined : known, section, problems);
    const teams = items('teams', true);
    const projects = items('projects', true);
    const environments = items('environments', true);
    const invites = items('team_invites', false);
    const ids = (list, section, what, shortRule) => {
        const before = problems.length;
        const found = collectIds(list, what, shortRule, problems);
        if (problems.slice(before).some((p) => p.code === 'values.wrong-type'))
            broken.add(section);
        return found;
    };
    const teamIds = ids(teams, 'teams', 'team', true);
    const projectIds = ids(projects, 'projects', 'project', true);
    ids(environments, 'environments', 'environment', true);
    ids(invites, 'team_invites', 'team invite', false);
    for (const item of [...teams, ...projects, ...environments])
        requireName(item, problems);
    const projectTeam = new Map();
    for (const p of projects) {
        const id = field(p, 'id', problems, false);
        const team = reference(p, 'team_id', teamIds, 'teams');
        if (id !== undefined && team !== undefined)
            projectTeam.set(id, team);
    }
    for (const env of environments) {
        const project = reference(env, 'project_id', projectIds, 'projects');
        const team = reference(env, 'team_id', teamIds, 'teams');
        const owner = project === undefined ? undefined : projectTeam.get(project);
        if (team !== undefined && owner !== undefined && team !== owner) {
            const node = (0,located/* child */.jf)(env.map, 'team_id');
            problems.push(error('seed.team-mismatch', `${env.path}.team_id is "${team}", but its project "${project}" belongs to team "${owner}".`, node.origin, `Set team_id: ${owner}, or move the environment to a project of team "${team}".`, `${env.path}.team_id`));
        }
    }
    let owners = 0;
    for (const invite of invites) {
        reference(invite, 'team', teamIds, 'teams');
        const email = field(invite, 'email', problems, true);
        const emailNode = (0,located/* child */.jf)(invite.map, 'email');
        if (email !== undefined && emailNode && !EMAIL.test(email)) {
            problems.push(error('seed.email', `${invite.path}.email "${email}" is not a valid email address.`, emailNode.origin, 'Use the address the person signs in with, e.g. jane@example.com.', `${invite.path}.email`));
        }
        const role = field(invite, 'role', problems, true);
        const roleNode = (0,located/* child */.jf)(invite.map, 'role');
        if (role !== undefined && roleNode) {
            if (role.toLowerCase() === 'owner')
                owners++;
            if (!SEED_ROLES.includes(role)) {
                const near = closest(role, SEED_ROLES) ?? SEED_ROLES.find((r) => r === role.toLowerCase());
                problems.push(error('seed.role', `${invite.path}.role "${role}" is not a team role; allowed roles are ${SEED_ROLES.join(', ')}.`, roleNode.origin, near ? `Use role: ${near}.` : `Use one of ${SEED_ROLES.join(', ')}.`, `${invite.path}.role`));
            }
        }
    }
    if (invites.length > 0 && owners === 0) {
        problems.push(warning('seed.no-owner', 'No team invite has role owner, so nobody can administer the team after the first login.', (0,located/* child */.jf)(seed, 'team_invites').origin, 'Give at least one invite role: owner.', `${SEED_PATH}.team_invites`));
    }
    else if (invites.length === 0) {
        problems.push(warning('seed.no-invites', `${SEED_PATH}.team_invites is empty, so nobody can log in after the install.`, seed.origin, 'Add an invite with your email and role: owner, as in the guide.', `${SEED_PATH}.team_invites`));
    }
    problems.push(...guideExamples(seed));
    return problems;
}
/** A string field of a seed item; reports a missing or mistyped field. */
function field(item, key, problems, report) {
    const node = (0,located/* child */.jf)(item.map, key);
    if (!node) {
        if (report)
            problems.push(error('seed.missing-field', `${item.path} has no ${key}.`, item.map.origin, `Add ${key}: to this entry.`, `${item.path}.${key}`));
        return undefined;
    }
    return report ? asString(node, `${item.path}.${key}`, problems) : stringValue(node);
}
function stringValue(node) {
    return node.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}
function collectIds(list, what, shortRule, problems) {
    const seen = new Map();
    for (const item of list) {
        const id = field(item, 'id', problems, true);
        const node = (0,located/* child */.jf)(item.map, 'id');
        if (id === undefined || !node)
            continue;
        if (shortRule && !SHORT_ID.test(id)) {
            const suggestion = id
                .toLowerCase()
                .replace(/[^a-z0-9]/g, '')
                .slice(0, 9);
            problems.push(error('seed.id-format', `${item.path}.id "${id}" breaks the ${what} id rule: lowercase letters and digits only, fewer than 10 characters.`, node.origin, suggestion ? `Use an id such as "${suggestion}", and update every reference to it.` : 'Choose an id of 1–9 lowercase letters or digits.', `${item.path}.id`));
        }
        else if (!shortRule && id.trim() === '') {
            problems.push(error('seed.id-empty', `${item.path}.id is empty.`, node.origin, 'Give the entry a unique id.', `${item.path}.id`));
        }
        const first = seen.get(id);
        if (first) {
            problems.push(error('seed.duplicate-id', `${item.path}.id "${id}" is used by another ${what} (first at ${first.file}:${first.line}).`, node.origin, `Give each ${what} a unique id.`, `${item.path}.id`));
        }
        else
            seen.set(id, node.origin);
    }
    return new Set(seen.keys());
}
function requireName(item, problems) {
    const name = field(item, 'name', problems, true);
    const node = (0,located/* child */.jf)(item.map, 'name');
    if (name !== undefined && node && name.trim() === '') {
        problems.push(error('seed.empty-name', `${item.path}.name is empty.`, node.origin, 'Give it a human-readable name, e.g. "Development".', `${item.path}.name`));
    }
}
/** Checks that `item[key]` names an id of `section`; with `known` undefined only the field's presence and type. */
function resolveReference(item, key, known, section, problems) {
    const value = field(item, key, problems, true);
    const node = (0,located/* child */.jf)(item.map, key);
    if (value === undefined || !node || !known)
        return value;
    if (!known.has(value)) {
        const list = [...known];
        const near = closest(value, list);
        problems.push(error('seed.unresolved-reference', `${item.path}.${key} "${value}" does not match any id in ${SEED_PATH}.${section}${list.length ? ` (${list.join(', ')})` : ''}.`, node.origin, near ? `Did you mean "${near}"?` : `Use the id of an entry of ${section}, or add that entry.`, `${item.path}.${key}`));
        return undefined;
    }
    return value;
}
function guideExamples(seed) {
    const out = [];
    const visit = (node, path) => {
        if (node.kind === 'map')
            for (const [k, e] of node.entries)
                visit(e.value, `${path}.${k}`);
        else if (node.kind === 'seq')
            node.items.forEach((n, i) => visit(n, `${path}[${i}]`));
        else if (typeof node.value === 'string' && GUIDE_EXAMPLES.has(node.value)) {
            out.push(warning('seed.guide-example', `${path} is still the guide's example value "${node.value}".`, node.origin, 'Replace it with your own team, project, environment or email.', path));
        }
    };
    visit(seed, SEED_PATH);
    return out;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/config/yaml-file.ts
/**
 * Loads a YAML file the way helm reads values files (YAML 1.1 scalars: `no`/`on` are booleans),
 * keeping the position of every node. Every problem — unreadable file, syntax error, duplicate
 * key, tab indentation, empty file, several documents — comes back located, never thrown.
 */



async function loadYamlFile(path, options = {}) {
    const file = options.displayPath ?? path;
    const role = options.role ?? 'YAML file';
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? String(err)})`;
        return {
            file,
            problems: [
                error('yaml.missing-file', `${role} ${file} ${reason}.`, { file, line: 1, col: 1 }, `Create ${file} or correct the path in the action's inputs (paths are relative to the working directory).`),
            ],
        };
    }
    return parseYamlText(text, file, role);
}
/**
 * helm reads values with go-yaml v2: YAML 1.1 booleans (`yes`, `on`, `y`) and octals, but no
 * base-60 numbers (`1:20` stays text) or timestamps (`2001-12-14` stays text), and Go's `0o17`.
 */
const GO_OCTAL = {
    tag: 'tag:yaml.org,2002:int',
    identify: (value) => typeof value === 'number',
    default: true,
    test: /^[-+]?0o[0-7_]+$/,
    resolve: (text) => (text.startsWith('-') ? -1 : 1) * parseInt(text.replace(/^[-+]?0o/, '').replaceAll('_', ''), 8),
};
function asHelmReadsIt(tags) {
    const kept = tags.filter((t) => !(typeof t === 'object' && (t.format === 'TIME' || t.tag === 'tag:yaml.org,2002:timestamp')));
    return [GO_OCTAL, ...kept];
}
function parseYamlText(text, file, role = 'YAML file') {
    const lineCounter = new dist/* LineCounter */.HN();
    const at = (offset) => {
        const pos = lineCounter.linePos(offset);
        return { file, line: pos.line, col: pos.col };
    };
    const problems = [];
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, version: '1.1', customTags: asHelmReadsIt, uniqueKeys: true, prettyErrors: false });
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
        // One syntax error tends to cascade into several at the same line; the first is the cause.
        const seenLines = new Set();
        for (const e of doc.errors) {
            const rawLine = at(e.pos[0]).line;
            if (seenLines.has(rawLine))
                continue;
            seenLines.add(rawLine);
            // An unclosed bracket is detected lines later; point at the bracket itself.
            const unclosed = /end with a [\]}]/.test(e.message) ? text.lastIndexOf(e.message.includes(']') ? '[' : '{', e.pos[0]) : -1;
            const origin = at(unclosed >= 0 ? unclosed : e.pos[0]);
            problems.push(yamlError(e.code, e.message, origin, file, text.slice(e.pos[0], e.pos[1] + 80)));
        }
        for (const w of doc.warnings)
            problems.push({ ...yamlError(w.code, w.message, at(w.pos[0]), file, ''), severity: 'warning' });
    }
    problems.push(...tabIndentation(text, file, problems));
    const withContent = list.filter((d) => d.contents !== null);
    if (withContent.length === 0) {
        if (problems.length === 0) {
            problems.push(error('yaml.empty', `${role} ${file} is empty (no YAML document).`, { file, line: 1, col: 1 }, emptyFix(role)));
        }
        return { file, problems };
    }
    if (withContent.length > 1) {
        const second = withContent[1];
        problems.push(error('yaml.multiple-documents', `${role} ${file} holds ${withContent.length} YAML documents; helm reads only one values document per file.`, at(second.range[0]), 'Merge the documents into one map, or split them into separate files and list each one.'));
    }
    if (problems.some((p) => p.severity === 'error'))
        return { file, problems };
    const doc = withContent[0];
    const root = toLocated(doc.contents, doc, at);
    if (root.kind !== 'map') {
        problems.push(error('yaml.root-not-map', `${role} ${file} must be a map of keys at the top level, but it is ${root.kind === 'seq' ? 'a list' : 'a single value'}.`, root.origin, 'Start the file with a key such as `chalk:` as in the guide.'));
        return { file, problems };
    }
    return { file, root, problems };
}
function emptyFix(role) {
    return role === 'seed file'
        ? 'Copy the seed skeleton from the guide (chalk: metadata: seed: teams/projects/environments/team_invites).'
        : 'Copy the values skeleton from the guide (chalk: metadata: api_host, frontend_host, frontend.image).';
}
function yamlError(code, message, origin, file, near) {
    let text = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const key = /^\s*([^:\n]+?)\s*:/.exec(near)?.[1];
    if (code === 'DUPLICATE_KEY' && key)
        text = `the key "${key}" appears twice in the same map`;
    if (/end with a \]/.test(text))
        return error('yaml.unclosed-flow-sequence', `YAML syntax error in ${file}: a [ is opened but never closed with ].`, origin, 'Close the bracket, or quote the value if it is text that starts with [.');
    if (/end with a \}/.test(text))
        return error('yaml.unclosed-flow-map', `YAML syntax error in ${file}: a { is opened but never closed with }.`, origin, 'Close the brace, or quote the value if it is text that starts with {.');
    const fixes = {
        DUPLICATE_KEY: 'Remove one of the duplicate keys; helm would silently keep only the last.',
        TAB_AS_INDENT: 'Indent with spaces; YAML forbids tabs for indentation.',
        BAD_INDENT: 'Align the lines of this block to the same indentation, using spaces.',
        MISSING_CHAR: 'Close the bracket or quote that was opened earlier.',
        MULTILINE_IMPLICIT_KEY: 'Put a key and its value on one line, or quote the value.',
        BLOCK_AS_IMPLICIT_KEY: 'Align this key with the keys above it; a deeper indent makes YAML read it as part of the previous value.',
    };
    return error(`yaml.${code.toLowerCase().replaceAll('_', '-')}`, `YAML syntax error in ${file}: ${text}.`, origin, fixes[code] ?? 'Correct the YAML syntax at this position.');
}
/**
 * The parser reports tabs that indent content itself; go-yaml (helm) also rejects a blank line
 * holding a tab, which the parser lets through. Tabs inside block scalars are content, not indentation.
 */
function tabIndentation(text, file, already) {
    const out = [];
    text.split('\n').forEach((line, i) => {
        const m = /^( *)\t[ \t]*$/.exec(line);
        const lineNo = i + 1;
        if (!m || already.some((p) => p.origin?.line === lineNo))
            return;
        out.push(error('yaml.tab-as-indent', `YAML syntax error in ${file}: a blank line holds a tab, which helm rejects as indentation.`, { file, line: lineNo, col: m[1].length + 1 }, 'Delete the tab (YAML forbids tabs for indentation).'));
    });
    return out;
}
function toLocated(node, doc, at) {
    const origin = at(node.range?.[0] ?? 0);
    if ((0,dist/* isAlias */.Vj)(node)) {
        const target = node.resolve(doc);
        if (!target)
            return { kind: 'scalar', value: null, source: '', quoted: false, origin };
        return { ...toLocated(target, doc, at), origin };
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const entries = new Map();
        const merges = [];
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const keyNode = pair.key;
            const valueNode = pair.value;
            if ((0,dist/* isScalar */.jn)(keyNode) && isMergeKey(keyNode.value)) {
                // `<<: *defaults` (or a list of them): merged in below, after the keys written here.
                if (valueNode)
                    merges.push(toLocated(valueNode, doc, at));
                continue;
            }
            const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : String(keyNode);
            const keyOrigin = keyNode && 'range' in keyNode && keyNode.range ? at(keyNode.range[0]) : origin;
            const value = valueNode ? toLocated(valueNode, doc, at) : { kind: 'scalar', value: null, source: '', quoted: false, origin: keyOrigin };
            entries.set(key, { key, keyOrigin, value });
        }
        // Keys written in the map win over merged ones; among merged maps, the first listed wins.
        for (const merged of merges.flatMap((m) => (m.kind === 'seq' ? m.items : [m]))) {
            if (merged.kind !== 'map')
                continue;
            for (const [key, entry] of merged.entries)
                if (!entries.has(key))
                    entries.set(key, entry);
        }
        return { kind: 'map', entries, origin };
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        return { kind: 'seq', items: node.items.map((item) => toLocated(item, doc, at)), origin };
    }
    const scalar = node;
    const raw = scalar.value;
    const value = raw === null || typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : typeof raw === 'bigint' ? Number(raw) : String(raw);
    const quoted = scalar.type === dist/* Scalar */.X5.QUOTE_DOUBLE || scalar.type === dist/* Scalar */.X5.QUOTE_SINGLE;
    return { kind: 'scalar', value, source: scalar.source ?? String(raw), quoted, origin };
}
function isMergeKey(value) {
    return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}

;// CONCATENATED MODULE: ./src/config/chalk-config.ts
/**
 * The one entry point that turns the operator's files into a validated configuration: it reads
 * each values file once, merges them in helm's order (values files, then the seed file, as the
 * guide's `helm install --values values.yaml --values seed.yaml`), and runs every rule.
 */





function displayPath(path, workspace) {
    const rel = (0,external_node_path_.relative)(workspace, path);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : path;
}
async function loadChalkConfig(input) {
    const wanted = [
        ...input.valuesFiles.map((f) => ({ file: f, role: 'values file' })),
        ...(input.seedFile ? [{ file: input.seedFile, role: 'seed file' }] : []),
    ];
    const files = [];
    const layers = [];
    const fileProblems = [];
    const loads = await Promise.all(wanted.map(async ({ file, role }) => {
        const path = (0,external_node_path_.resolve)(input.workingDirectory, file);
        const shown = displayPath(path, input.workspace);
        return { path, shown, role, result: await loadYamlFile(path, { displayPath: shown, role }) };
    }));
    for (const { path, shown, role, result } of loads) {
        fileProblems.push(...result.problems);
        files.push({ path, displayPath: shown, role, loaded: result.root !== undefined });
        if (result.root)
            layers.push({ file: shown, root: result.root });
    }
    const config = { files, problems: { files: fileProblems, values: [], seed: [] } };
    if (layers.length !== wanted.length || fileProblems.some((p) => p.severity === 'error'))
        return config;
    const merged = mergeValues(layers);
    config.merged = merged;
    const seedFile = files.find((f) => f.role === 'seed file')?.displayPath;
    const structure = validateStructure(layers);
    config.problems.values = structure.length ? structure : validateMetadataValues(merged, { allowHttp: input.allowHttp, seedFile });
    config.problems.seed = validateSeed(merged, seedFile);
    return config;
}

;// CONCATENATED MODULE: ./src/preflight/config-checks.ts
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
                return outcomeOf(config.problems.files, `${config.files.length} file${config.files.length === 1 ? '' : 's'} parsed: ${names}`);
            },
        },
        {
            id: 'config.values',
            group: 'config',
            title: 'Metadata Plane values (api_host, frontend_host, frontend.image)',
            after: ['config.files'],
            async run(ctx) {
                const config = await ctx.config();
                return outcomeOf(config.problems.values, 'api_host and frontend_host are https URLs; frontend.image is a valid reference');
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
                return outcomeOf(config.problems.seed, `seed is consistent${seed ? `: ${seed}` : ''}`);
            },
        },
    ];
}
function countSeed(config) {
    const s = (0,located/* childAt */.Ut)(config.merged?.root, ['chalk', 'metadata', 'seed']);
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
    return () => (loaded ??= loadChalkConfig(files));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/report/secrets.ts
var secrets = __webpack_require__(67663);
;// CONCATENATED MODULE: ./src/report/annotations.ts
/** Turns located problems into runner annotations (`::error file=…,line=…,col=…::…`). */


function annotate(problems, title) {
    for (const p of problems) {
        const message = (0,secrets/* redact */.E$)(`${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}`);
        const properties = { title };
        if (p.origin) {
            properties.file = p.origin.file;
            properties.startLine = p.origin.line;
            properties.startColumn = p.origin.col;
        }
        if (p.severity === 'error')
            core/* error */.z3(message, properties);
        else
            core/* warning */.$e(message, properties);
    }
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/preflight/report.ts
/** Preflight results as a JSON report file, a job-summary table and annotations. */









function buildReport(checks) {
    const problems = checks.flatMap((c) => c.problems);
    // A check without located problems counts once for its own verdict.
    const bare = (verdict) => checks.filter((c) => c.verdict === verdict && c.problems.length === 0).length;
    const errorCount = countErrors(problems) + bare('fail');
    const warningCount = problems.length - countErrors(problems) + bare('warn');
    return { schemaVersion: 1, ok: errorCount === 0, errorCount, warningCount, checks };
}
/** Writes the report where the caller asked, else to a fresh file under RUNNER_TEMP; returns its path. */
async function writeReport(report, path) {
    const target = path || (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `chalk-preflight-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.json`);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await (0,promises_.writeFile)(target, (0,secrets/* redact */.E$)(JSON.stringify(report, null, 2)) + '\n', { mode: 0o600 });
    return target;
}
const ICON = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skipped: '⏭️ skipped' };
function summaryMarkdown(report) {
    const headline = report.ok
        ? `### ✅ Chalk preflight passed${report.warningCount ? ` with ${report.warningCount} warning${report.warningCount > 1 ? 's' : ''}` : ''}`
        : `### ❌ Chalk preflight failed: ${report.errorCount} error${report.errorCount > 1 ? 's' : ''}`;
    const checks = (0,markdown/* table */.tp)(['Check', 'Verdict', 'Finding', 'Fix'], report.checks.map((c) => [`${c.title} (${(0,markdown/* code */.aY)(c.id)})`, ICON[c.verdict], c.finding, c.fix ?? '']));
    const problems = report.checks.flatMap((c) => c.problems.map((p) => ({ check: c.id, p })));
    const parts = [headline, '', checks];
    if (problems.length) {
        parts.push('', '#### Findings', '', (0,markdown/* table */.tp)(['Where', 'Severity', 'Problem', 'Fix'], problems.map(({ p }) => [p.origin ? (0,markdown/* code */.aY)(formatOrigin(p.origin)) : '', p.severity, p.message, p.fix ?? ''])));
    }
    return parts.join('\n') + '\n';
}
/** Annotations for every located problem, plus one per failed or warning check that has none of its own. */
function annotateReport(report) {
    for (const check of report.checks) {
        core/* info */.pq((0,secrets/* logLine */.BP)(`${check.id}: ${check.verdict} — ${check.finding} (${check.durationMs} ms)`));
        annotate(check.problems, `preflight ${check.id}`);
        if ((check.verdict === 'fail' || check.verdict === 'warn') && check.problems.length === 0) {
            const problem = {
                severity: check.verdict === 'fail' ? 'error' : 'warning',
                code: check.id,
                message: `${check.title}: ${check.finding}`,
                ...(check.fix ? { fix: check.fix } : {}),
            };
            annotate([problem], `preflight ${check.id}`);
        }
    }
}

// EXTERNAL MODULE: ./src/kube/errors.ts
var errors = __webpack_require__(23646);
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
    return missing.find((m) => normalise(m) === n) ?? missing.find((m) => editDistance(normalise(m), n) <= 2);
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
async function secretCheck(ctx, s) {
    const { namespace } = ctx.settings;
    const fix = `Write ${s.keys.map((k) => `${k}=…`).join(', ')} (one per line) to ${s.envFile}, then: ${createCommand(s, namespace)}`;
    try {
        const kube = await ctx.kube();
        const secret = await ctx.secret(s.name);
        if (!secret) {
            const nsExists = (await kube.readNamespace(namespace).catch(() => 'unknown')) !== undefined;
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
        const secret = await ctx.secret(context/* METADATA_SECRET */.fP).catch(() => undefined);
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
            run: (ctx) => secretCheck(ctx, s),
        })),
    ];
}

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
async function optionalToolCheck(tool) {
    const path = await (0,io/* which */.K7)(tool.binary, false);
    if (!path)
        return { verdict: 'warn', finding: `${tool.binary} is not on PATH — ${tool.why}`, fix: tool.install };
    const result = await (0,run_tool/* runTool */.qI)(path, tool.versionArgs);
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
        { id: KUBECTL.id, group: 'tools', title: 'kubectl (optional)', run: () => optionalToolCheck(KUBECTL) },
    ];
    const cloud = ctx.settings.cloud;
    if (cloud) {
        const cli = CLOUD_CLIS[cloud];
        checks.push({ id: cli.id, group: 'tools', title: `${cli.title} (optional)`, run: () => optionalToolCheck(cli) });
    }
    return checks;
}

;// CONCATENATED MODULE: ./src/preflight/run.ts








const CHECK_GROUPS = ['config', 'tools', 'cluster', 'secrets', 'postgres', 'aws', 'dataplane', 'registry'];
const GROUP_CHECKS = {
    config: () => configChecks(),
    tools: (ctx) => toolsChecks(ctx),
    cluster: () => clusterChecks(),
    secrets: () => secretsChecks(),
    postgres: async () => (await __webpack_require__.e(/* import() */ 27).then(__webpack_require__.bind(__webpack_require__, 21027))).postgresChecks(),
    aws: async () => (await __webpack_require__.e(/* import() */ 18).then(__webpack_require__.bind(__webpack_require__, 66018))).awsChecks(),
    dataplane: async () => (await __webpack_require__.e(/* import() */ 883).then(__webpack_require__.bind(__webpack_require__, 51883))).dataplaneChecks(),
    registry: async () => (await __webpack_require__.e(/* import() */ 100).then(__webpack_require__.bind(__webpack_require__, 60100))).registryChecks(),
};
async function runPreflight(options) {
    const ctx = (0,context/* createContext */.q6)({ config: memoizedConfig(options.configFiles) }, { ...options.settings, groups: options.groups, checkTimeoutMs: options.checkTimeoutMs });
    // Groups in CHECK_GROUPS order, so the report reads the same whatever order `checks` lists them in.
    const selected = CHECK_GROUPS.filter((g) => options.groups.includes(g));
    const checks = (await Promise.all(selected.map((g) => GROUP_CHECKS[g](ctx)))).flat();
    const results = await runChecks(checks, ctx, options.checkTimeoutMs);
    const report = buildReport(results);
    const reportPath = await writeReport(report, options.reportPath);
    annotateReport(report);
    await (0,outputs/* writeSummary */.S)(summaryMarkdown(report));
    (0,outputs/* setOutputs */.n)({ ok: report.ok, 'error-count': report.errorCount, 'warning-count': report.warningCount, report: reportPath });
    return { report, reportPath };
}

;// CONCATENATED MODULE: ./actions/preflight/main.ts








const Inputs = {
    ValuesFiles: 'values-files',
    SeedFile: 'seed-file',
    Checks: 'checks',
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
    MskSecret: 'msk-secret',
    BackgroundPersistenceNamespace: 'background-persistence-namespace',
    BackgroundPersistenceServiceAccount: 'background-persistence-service-account',
    BackgroundPersistenceRole: 'background-persistence-role',
    Chart: 'chart',
    ChartVersion: 'chart-version',
    CaFile: 'ca-file',
};
/** `s3-<kind>-bucket`, one input per Data Plane bucket of the guide. */
const bucketInput = (kind) => `s3-${kind}-bucket`;
// Bundled dependencies (the Kubernetes client's fetch) trip Node deprecation warnings the user can do nothing about.
process.noDeprecation = true;
function run() {
    return (0,entry/* runEntry */.C)(async () => {
        // Registered before anything else runs, so no later log line can carry it.
        const postgresPassword = core/* getInput */.V4(Inputs.PostgresPassword);
        (0,secrets/* registerSecret */.cl)(postgresPassword);
        const ws = (0,paths/* workspace */.G)();
        const path = (p) => (p ? (0,external_node_path_.resolve)(ws, p) : undefined);
        const { report } = await runPreflight({
            groups: (0,inputs/* getChoices */.TZ)(Inputs.Checks, CHECK_GROUPS, ['config']),
            configFiles: {
                valuesFiles: (0,inputs/* getList */.vS)(Inputs.ValuesFiles),
                seedFile: (0,inputs/* getOptional */.xX)(Inputs.SeedFile),
                workingDirectory: (0,external_node_path_.resolve)(ws, (0,inputs/* getString */.AA)(Inputs.WorkingDirectory, '.')),
                workspace: ws,
                allowHttp: (0,inputs/* getBoolean */.pW)(Inputs.AllowHttp),
            },
            settings: {
                release: (0,inputs/* getString */.AA)(Inputs.Release, 'chalk-metadata-plane'),
                namespace: (0,inputs/* getString */.AA)(Inputs.Namespace, 'chalk-metadata'),
                createNamespace: (0,inputs/* getBoolean */.pW)(Inputs.CreateNamespace),
                cloud: (0,inputs/* getOneOf */.SY)(Inputs.Cloud, context/* CLOUDS */.JJ),
                postgres: {
                    host: (0,inputs/* getOptional */.xX)(Inputs.PostgresHost),
                    port: (0,inputs/* getPort */.c9)(Inputs.PostgresPort),
                    database: (0,inputs/* getOptional */.xX)(Inputs.PostgresDatabase),
                    user: (0,inputs/* getOptional */.xX)(Inputs.PostgresUser),
                    password: postgresPassword || undefined,
                    sslMode: (0,inputs/* getOneOf */.SY)(Inputs.PostgresSslMode, context/* POSTGRES_SSL_MODES */.Kk) ?? 'require',
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
                    buckets: Object.fromEntries(context/* BUCKET_KINDS */.TM.flatMap((kind) => ((0,inputs/* getString */.AA)(bucketInput(kind)) ? [[kind, (0,inputs/* getString */.AA)(bucketInput(kind))]] : []))),
                    mskSecret: (0,inputs/* getOptional */.xX)(Inputs.MskSecret),
                    backgroundPersistenceNamespace: (0,inputs/* getString */.AA)(Inputs.BackgroundPersistenceNamespace, 'background-persistence'),
                    backgroundPersistenceServiceAccount: (0,inputs/* getString */.AA)(Inputs.BackgroundPersistenceServiceAccount, 'background-persistence'),
                    backgroundPersistenceRole: (0,inputs/* getOptional */.xX)(Inputs.BackgroundPersistenceRole),
                },
                registry: { chart: (0,inputs/* getOptional */.xX)(Inputs.Chart), chartVersion: (0,inputs/* getOptional */.xX)(Inputs.ChartVersion), caFile: path((0,inputs/* getOptional */.xX)(Inputs.CaFile)) },
            },
            checkTimeoutMs: (0,inputs/* getDuration */.Ds)(Inputs.CheckTimeout, '60s'),
            reportPath: (0,inputs/* getOptional */.xX)(Inputs.ReportPath),
        });
        if (!report.ok)
            core/* setFailed */.C1(`Chalk preflight found ${report.errorCount} error${report.errorCount === 1 ? '' : 's'}; see the annotations and the job summary.`);
    });
}


/***/ }),

/***/ 59682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runEntry)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67663);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81729);
/** Wraps an action's main function: any thrown error fails the step with a redacted message. */



async function runEntry(main) {
    try {
        await main();
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (!(err instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz) && err instanceof Error && err.stack)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz((0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(err.stack));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(message));
    }
}


/***/ }),

/***/ 81729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ getString),
/* harmony export */   Ds: () => (/* binding */ getDuration),
/* harmony export */   SY: () => (/* binding */ getOneOf),
/* harmony export */   TZ: () => (/* binding */ getChoices),
/* harmony export */   c9: () => (/* binding */ getPort),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   vS: () => (/* binding */ getList),
/* harmony export */   xX: () => (/* binding */ getOptional)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/** Typed readers for action inputs, with errors that name the input and the accepted values. */

class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
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
    throw new InputError(`Input ${name} must be true or false, but it is "${raw}".`);
}
function getString(name, fallback = '') {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim() || fallback;
}
/** A duration input in seconds (`300`) or with a unit (`5m`, `90s`, `1h`), as milliseconds. */
function getDuration(name, fallback) {
    const raw = getString(name, fallback);
    const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(raw);
    if (!m)
        throw new InputError(`Input ${name} must be a duration such as 300, 90s, 5m or 1h, but it is "${raw}".`);
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's')];
    return Math.round(Number(m[1]) * unit);
}
/** A subset of `allowed`, from a comma or newline list input. */
function getChoices(name, allowed, fallback) {
    const raw = getList(name);
    if (raw.length === 0)
        return [...fallback];
    const unknown = raw.filter((v) => !allowed.includes(v));
    if (unknown.length)
        throw new InputError(`Input ${name} has unknown value${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; allowed: ${allowed.join(', ')}.`);
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
        throw new InputError(`Input ${name} must be a port number (1-65535), but it is "${raw}".`);
    return port;
}
/** The input's trimmed value, or undefined when it is empty. */
function getOptional(name) {
    return getString(name) || undefined;
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

/***/ 21564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ walkScalars),
/* harmony export */   SB: () => (/* binding */ describeKind),
/* harmony export */   Ut: () => (/* binding */ childAt),
/* harmony export */   jf: () => (/* binding */ child)
/* harmony export */ });
/* unused harmony export toPlain */
function describeKind(node) {
    if (node.kind === 'map')
        return 'a map';
    if (node.kind === 'seq')
        return 'a list';
    const v = node.value;
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return `a boolean (${node.source})`;
    if (typeof v === 'number')
        return `a number (${node.source})`;
    return 'a string';
}
function child(node, key) {
    return node?.kind === 'map' ? node.entries.get(key)?.value : undefined;
}
function childAt(node, path) {
    let cur = node;
    for (const key of path)
        cur = child(cur, key);
    return cur;
}
/** Plain JavaScript value of a located tree, for rendering and serialisation. */
function toPlain(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(toPlain);
    const out = {};
    for (const [key, entry] of node.entries)
        out[key] = toPlain(entry.value);
    return out;
}
/** Visit every scalar with its dotted path (`a.b[0].c`). */
function walkScalars(node, visit, path = '') {
    if (node.kind === 'scalar')
        visit(node, path);
    else if (node.kind === 'seq')
        node.items.forEach((item, i) => walkScalars(item, visit, `${path}[${i}]`));
    else
        for (const [key, entry] of node.entries)
            walkScalars(entry.value, visit, path ? `${path}.${key}` : key);
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ ChalkError)
/* harmony export */ });
/* unused harmony export errorInfo */
/**
 * The one base of every typed error a boundary raises (helm, chart access, registry login,
 * credentials, kube, AWS, Postgres): a `kind` to branch on, a message that says what happened and
 * a `fix` that says what to do next. Verdicts and reports test `instanceof ChalkError`, never the
 * shape of an object, and each boundary maps its failures into it once.
 */
class ChalkError extends Error {
    kind;
    fix;
    constructor(kind, message, fix) {
        super(message);
        this.kind = kind;
        this.fix = fix;
        this.name = new.target.name;
    }
    /** The JSON-serialisable form engines put in their results. */
    toJSON() {
        return { boundary: this.boundary, kind: this.kind, message: this.message, fix: this.fix };
    }
}
/** The serialisable form of anything thrown: typed errors keep their kind and fix. */
function errorInfo(err) {
    if (err instanceof ChalkError)
        return err.toJSON();
    return { boundary: 'internal', kind: 'unknown', message: err instanceof Error ? err.message : String(err), fix: '' };
}


/***/ }),

/***/ 99493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ HelmClient)
/* harmony export */ });
/* harmony import */ var _process_run_tool_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33915);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74057);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91572);
/**
 * The shared helm client: one binary of a known version, run with argument arrays. Verbs live
 * in their own modules (registry login/logout, template, upgrade, …) over this client, as helm's
 * own pkg/action does, and pick flags by `version.major` where helm 3 and 4 differ.
 */



class HelmClient {
    path;
    version;
    env;
    constructor(path, version, env) {
        this.path = path;
        this.version = version;
        this.env = env;
    }
    /** Asks the binary for its version; fails clearly when it is not a runnable helm. */
    static async at(path, options = {}) {
        const result = await (0,_process_run_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .runTool */ .qI)(path, ['version', '--template', '{{.Version}}'], { env: options.env ?? {} }).catch((err) => {
            throw new Error(`Cannot run helm at ${path}: ${err.message}`);
        });
        const version = result.exitCode === 0 ? (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHelmVersion */ .En)(result.stdout) : undefined;
        if (!version)
            throw new Error(`${path} did not report a helm version (exit ${result.exitCode}): ${(result.stderr || result.stdout).trim().slice(0, 300)}`);
        return new HelmClient(path, version, options.env ?? {});
    }
    withEnv(env) {
        return new HelmClient(this.path, this.version, { ...this.env, ...env });
    }
    /** Runs helm; a non-zero exit becomes a typed HelmError carrying helm's own message. */
    async run(args, options = {}) {
        const result = await this.exec(args, options);
        if (result.exitCode !== 0) {
            const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .helmMessage */ .S_)(result.stderr) || `helm ${args[0] ?? ''} exited with code ${result.exitCode}`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HelmError */ .t2((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyHelmError */ .B9)(result.stderr), message, result.stderr, result.exitCode);
        }
        return result;
    }
    /** Runs helm and returns the result whatever the exit code. */
    exec(args, options = {}) {
        return (0,_process_run_tool_js__WEBPACK_IMPORTED_MODULE_0__/* .runTool */ .qI)(this.path, args, { ...options, env: { ...this.env, ...(options.env ?? {}) } });
    }
}


/***/ }),

/***/ 74057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ classifyHelmError),
/* harmony export */   S_: () => (/* binding */ helmMessage),
/* harmony export */   t2: () => (/* binding */ HelmError)
/* harmony export */ });
class HelmError extends Error {
    kind;
    stderr;
    exitCode;
    constructor(kind, message, stderr, exitCode) {
        super(message);
        this.kind = kind;
        this.stderr = stderr;
        this.exitCode = exitCode;
        this.name = 'HelmError';
    }
}
const RULES = [
    ['operation-in-progress', /another operation \(install\/upgrade\/rollback\) is in progress/i],
    ['tls', /x509:|certificate signed by unknown authority|tls: failed to verify|certificate is not valid/i],
    [
        'unauthorized',
        /\b401\b|unauthorized|authentication required|invalid username\/password|incorrect username or password|denied: your authorization token has expired|basic credential not found/i,
    ],
    ['forbidden', /\b403\b|forbidden|denied: (?!your authorization)/i],
    ['render', /execution error at \(|parse error at \(|template: .*: executing|YAML parse error on|error converting YAML to JSON/i],
    ['not-found', /\b404\b|not found|manifest unknown|name unknown/i],
    ['timeout', /timed out waiting for the condition|context deadline exceeded|i\/o timeout/i],
    ['connection', /connection refused|no such host|network is unreachable|dial tcp|EOF$/im],
];
/** The first meaningful `Error: …` line of helm's stderr (helm prints one). */
function helmMessage(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const errorLine = lines.find((l) => l.startsWith('Error:'));
    return (errorLine ?? lines[lines.length - 1] ?? '').replace(/^Error:\s*/, '');
}
function classifyHelmError(stderr) {
    const message = helmMessage(stderr) || stderr;
    for (const [kind, pattern] of RULES)
        if (pattern.test(message))
            return kind;
    return 'unknown';
}


/***/ }),

/***/ 91572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ unsupportedReason),
/* harmony export */   En: () => (/* binding */ parseHelmVersion),
/* harmony export */   uO: () => (/* binding */ MIN_HELM)
/* harmony export */ });
/* unused harmony exports SUPPORTED_MAJORS, compareVersions */
/** Helm versions: parsing `helm version` output and the supported range. */
/** The oldest helm this toolkit drives (OCI registry support and `--password-stdin` as used here). */
const MIN_HELM = { major: 3, minor: 18 };
/** Majors whose flags the engine knows. */
const SUPPORTED_MAJORS = [3, 4];
function parseHelmVersion(text) {
    const m = /v?(\d+)\.(\d+)\.(\d+)(?:[-+][\w.+-]*)?/.exec(text.trim());
    if (!m)
        return undefined;
    return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), raw: m[0].startsWith('v') ? m[0] : `v${m[0]}` };
}
/** Why `version` cannot be used, or undefined when it can. */
function unsupportedReason(version) {
    if (!SUPPORTED_MAJORS.includes(version.major))
        return `helm ${version.raw} is not a supported major (supported: ${SUPPORTED_MAJORS.join(', ')})`;
    if (version.major === MIN_HELM.major && version.minor < MIN_HELM.minor)
        return `helm ${version.raw} is older than the minimum v${MIN_HELM.major}.${MIN_HELM.minor}.0`;
    return undefined;
}
function compareVersions(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}


/***/ }),

/***/ 31934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ KubeClient),
/* harmony export */   I: () => (/* binding */ resourceName)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23646);
/**
 * The Kubernetes API through @kubernetes/client-node: kubeconfig loading, access reviews and the
 * few reads preflight needs. The client library is imported lazily (only check groups that talk
 * to a cluster pay for it) and every call can be aborted, so a check's timeout frees its socket.
 */




/** A resource as `kubectl` spells it: `deployments.apps`, `secrets`. */
const resourceName = (q) => (q.group ? `${q.resource}.${q.group}` : q.resource);
class KubeClient {
    k8s;
    config;
    server;
    context;
    constructor(k8s, config, 
    /** The API server URL of the current context. */
    server, 
    /** The current context's name, for messages. */
    context) {
        this.k8s = k8s;
        this.config = config;
        this.server = server;
        this.context = context;
    }
    /** Loads the kubeconfig as kubectl and helm do ($KUBECONFIG, else ~/.kube/config, else in-cluster). */
    static async load(env = process.env) {
        const files = (env.KUBECONFIG ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean);
        const missing = files.filter((f) => !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f));
        if (files.length && missing.length === files.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KubeError */ .a('no-config', `KUBECONFIG names ${missing.join(', ')}, which does not exist`, 'Point KUBECONFIG at the kubeconfig file of the cluster.');
        const inCluster = Boolean(env.KUBERNETES_SERVICE_HOST);
        if (!files.length && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.kube', 'config')) && !inCluster)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KubeError */ .a('no-config', 'no kubeconfig: KUBECONFIG is unset and ~/.kube/config does not exist', 'Configure cluster access first, e.g. `aws eks update-kubeconfig --name <cluster>` or the azure/gcloud equivalent.');
        const k8s = await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 6959));
        const config = new k8s.KubeConfig();
        try {
            config.loadFromDefault();
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KubeError */ .a('no-config', `the kubeconfig cannot be read: ${err instanceof Error ? err.message : String(err)}`, 'Fix the kubeconfig file.');
        }
        const cluster = config.getCurrentCluster();
        if (!cluster)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KubeError */ .a('no-config', 'the kubeconfig has no current context with a cluster', 'Select a context: kubectl config use-context <name>.');
        return new KubeClient(k8s, config, cluster.server, config.getCurrentContext());
    }
    /** Runs one API call with `signal`, turning anything thrown into a KubeError. */
    async call(signal, fn) {
        // Per-request middleware (observable-style, as the object-param API expects) sets the signal, so a timeout aborts the socket.
        const { Observable } = this.k8s;
        const options = signal
            ? {
                middleware: [
                    {
                        pre: (ctx) => (ctx.setSignal(signal), new Observable(Promise.resolve(ctx))),
                        post: (r) => new Observable(Promise.resolve(r)),
                    },
                ],
                middlewareMergeStrategy: 'append',
            }
            : undefined;
        try {
            return await fn(options);
        }
        catch (err) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .toKubeError */ .N)(err, this.server);
        }
    }
    api(type) {
        return this.config.makeApiClient(type);
    }
    /** `v1.34.4`: the server's gitVersion (this is also the reachability probe, as `helm list` would be). */
    async serverVersion(signal) {
        const info = await this.call(signal, (o) => this.api(this.k8s.VersionApi).getCode(undefined, o));
        return info.gitVersion;
    }
    /** SelfSubjectAccessReviews, all in parallel: what the current identity may do. */
    async accessReviews(queries, signal) {
        const authz = this.api(this.k8s.AuthorizationV1Api);
        return Promise.all(queries.map(async (q) => {
            const review = await this.call(signal, (o) => authz.createSelfSubjectAccessReview({
                body: {
                    apiVersion: 'authorization.k8s.io/v1',
                    kind: 'SelfSubjectAccessReview',
                    spec: { resourceAttributes: { verb: q.verb, group: q.group, resource: q.resource, ...(q.namespace ? { namespace: q.namespace } : {}) } },
                },
            }, o));
            return { ...q, allowed: review.status?.allowed === true };
        }));
    }
    /** The object, or undefined when it does not exist (404); other failures throw KubeError. */
    async optional(signal, fn) {
        try {
            return await this.call(signal, fn);
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KubeError */ .a && err.kind === 'not-found')
                return undefined;
            throw err;
        }
    }
    readNamespace(name, signal) {
        return this.optional(signal, (o) => this.api(this.k8s.CoreV1Api).readNamespace({ name }, o));
    }
    /** A Secret, data included: callers must not log values (report key names only). */
    readSecret(namespace, name, signal) {
        return this.optional(signal, (o) => this.api(this.k8s.CoreV1Api).readNamespacedSecret({ namespace, name }, o));
    }
    async listSecrets(namespace, labelSelector, signal) {
        const list = await this.call(signal, (o) => this.api(this.k8s.CoreV1Api).listNamespacedSecret({ namespace, labelSelector }, o));
        return list.items;
    }
    readServiceAccount(namespace, name, signal) {
        return this.optional(signal, (o) => this.api(this.k8s.CoreV1Api).readNamespacedServiceAccount({ namespace, name }, o));
    }
    /** The service-account token issuer (on EKS, the cluster's OIDC provider URL). */
    async serviceAccountIssuer(signal) {
        const doc = await this.call(signal, (o) => this.api(this.k8s.WellKnownApi).getServiceAccountIssuerOpenIDConfiguration(undefined, o));
        const parsed = (typeof doc === 'string' ? JSON.parse(doc) : doc);
        if (typeof parsed.issuer !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KubeError */ .a('unknown', 'the API server published no service-account issuer', 'Check --service-account-issuer on the API server.');
        return parsed.issuer;
    }
}


/***/ }),

/***/ 23646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ toKubeError),
/* harmony export */   a: () => (/* binding */ KubeError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Kubernetes API failures as typed errors at the boundary: a kind to branch on and a message that
 * says what to do next, whether the cause was the network, TLS, the credentials or RBAC.
 */

class KubeError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChalkError */ .E {
    status;
    boundary = 'kube';
    constructor(kind, message, fix, status) {
        super(kind, message, fix);
        this.status = status;
    }
}
const TLS_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** The API server's own reason (`Status.message`) from an ApiException body, when it sent one. */
function statusMessage(body) {
    if (typeof body === 'string') {
        try {
            return statusMessage(JSON.parse(body));
        }
        catch {
            return body.trim() || undefined;
        }
    }
    if (body && typeof body === 'object' && typeof body.message === 'string')
        return body.message;
    return undefined;
}
/** Turns whatever the client threw into a KubeError; `server` names the endpoint in messages. */
function toKubeError(err, server) {
    if (err instanceof KubeError)
        return err;
    const e = (err ?? {});
    const status = typeof e.code === 'number' ? e.code : undefined;
    const reason = statusMessage(e.body);
    if (status === 401)
        return new KubeError('unauthorized', `the API server at ${server} rejected the credentials (401)`, 'Refresh the kubeconfig credentials (e.g. aws eks update-kubeconfig / a new token) for the context in use.', 401);
    if (status === 403)
        return new KubeError('forbidden', reason ?? `forbidden (403) by ${server}`, 'Grant the identity the missing RBAC permission, or run with an identity that has it.', 403);
    if (status === 404)
        return new KubeError('not-found', reason ?? 'not found (404)', 'Create the object first.', 404);
    if (status !== undefined)
        return new KubeError('unknown', `the API server answered ${status}${reason ? `: ${reason}` : ''}`, 'Check the API server and its logs.', status);
    const code = typeof e.code === 'string' ? e.code : typeof e.cause?.code === 'string' ? e.cause.code : '';
    const message = typeof e.message === 'string' ? e.message : String(err);
    if (e.name === 'AbortError' || code === 'ETIMEDOUT' || /timed? ?out/i.test(message))
        return new KubeError('timeout', `no answer from ${server} in time`, 'Check that the API server is reachable from the runner (VPN, firewall, endpoint allowlist).');
    if (TLS_CODES.has(code) || /certificate|x509|self[- ]signed/i.test(message))
        return new KubeError('tls', `the TLS certificate of ${server} is not trusted (${code || message})`, 'Put the cluster CA in the kubeconfig (certificate-authority-data) for this cluster.');
    if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET'].includes(code))
        return new KubeError('unreachable', `cannot reach the API server at ${server} (${code})`, code === 'ENOTFOUND' || code === 'EAI_AGAIN'
            ? 'The kubeconfig server name does not resolve from the runner: check the cluster endpoint and DNS.'
            : 'Check that the cluster is running and its API endpoint is reachable from the runner (public endpoint allowlist, VPN, security groups).');
    return new KubeError('unknown', message, 'Check the kubeconfig and that the API server is reachable.');
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

/***/ 77212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ FRONTEND_SECRET),
/* harmony export */   Dz: () => (/* binding */ sharedWork),
/* harmony export */   JJ: () => (/* binding */ CLOUDS),
/* harmony export */   Kk: () => (/* binding */ POSTGRES_SSL_MODES),
/* harmony export */   TM: () => (/* binding */ BUCKET_KINDS),
/* harmony export */   fP: () => (/* binding */ METADATA_SECRET),
/* harmony export */   q6: () => (/* binding */ createContext),
/* harmony export */   u2: () => (/* binding */ METADATA_SERVICE_ACCOUNT)
/* harmony export */ });
/* harmony import */ var _actions_io__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88701);
/* harmony import */ var _helm_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99493);
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31934);
/* harmony import */ var _postgres_host_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44705);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67663);
/**
 * What every preflight check receives: the settings from the action's inputs, the config files
 * (loaded once, on first use) and lazily created clients. Nothing is connected or imported until
 * a check of a group that needs it asks, so `checks: config` stays as fast as before.
 */





const CLOUDS = ['aws', 'gcp'];
const POSTGRES_SSL_MODES = ['prefer', 'require', 'verify-full', 'disable'];
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
function createContext(base, settings) {
    // A connection URL given as postgres-host carries a password: masked before any check can print anything.
    if (settings.postgres.host)
        for (const s of (0,_postgres_host_js__WEBPACK_IMPORTED_MODULE_3__/* .connectionSecrets */ .K$)(settings.postgres.host))
            (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .registerSecret */ .cl)(s);
    let kube;
    let helm;
    const secret = sharedWork(async (name, signal) => (await ctx.kube()).readSecret(settings.namespace, name, signal));
    const ctx = {
        ...base,
        settings,
        kube: () => (kube ??= _kube_client_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeClient */ .B.load()),
        helm: () => (helm ??= findHelm()),
        secret,
    };
    return ctx;
}


/***/ }),

/***/ 33915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ ToolTimeoutError),
/* harmony export */   qI: () => (/* binding */ runTool)
/* harmony export */ });
/* unused harmony exports DEFAULT_TOOL_TIMEOUT_MS, ToolAbortedError */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67663);
/**
 * Runs an external binary with an argument array (never a shell string), optional stdin, and a
 * time limit. The command line is logged redacted; stdout/stderr are captured, not echoed, so a
 * tool cannot print a secret into the job log behind our back.
 *
 * Processes are started with node's spawn rather than @actions/exec, because @actions/exec has no
 * way to stop a process: a helm waiting on a registry that never answers would hold the job until
 * its 6-hour limit.
 */

// eslint-disable-next-line no-restricted-imports -- this module is the one sanctioned place that starts processes.


const DEFAULT_TOOL_TIMEOUT_MS = 10 * 60_000;
/** Time between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 3_000;
class ToolTimeoutError extends Error {
    command;
    timeoutMs;
    constructor(command, timeoutMs) {
        super(`${command} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped.`);
        this.command = command;
        this.timeoutMs = timeoutMs;
        this.name = 'ToolTimeoutError';
    }
}
class ToolAbortedError extends Error {
    command;
    constructor(command) {
        super(`${command} was stopped: the operation it belonged to was cancelled or timed out.`);
        this.command = command;
        this.name = 'ToolAbortedError';
    }
}
async function runTool(binary, args, options = {}) {
    const line = (0,_report_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .logLine */ .BP)([binary, ...args].map(quoteForLog).join(' '));
    if (options.log)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`$ ${line}`);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`$ ${line}`);
    const name = `${binary.split('/').pop() ?? binary} ${args[0] ?? ''}`.trim();
    options.signal?.throwIfAborted();
    const timeoutMs = options.timeoutMs ?? DEFAULT_TOOL_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)(binary, [...args], {
            cwd: options.cwd,
            env: { ...process.env, ...(options.env ?? {}) },
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            // Its own process group, so a stop reaches any children it started (which would otherwise keep its pipes open).
            detached: true,
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (b) => stdout.push(b));
        child.stderr.on('data', (b) => stderr.push(b));
        let stopped;
        let killTimer;
        const killGroup = (sig) => {
            try {
                if (child.pid)
                    process.kill(-child.pid, sig);
            }
            catch {
                // The group is already gone.
            }
        };
        const stop = (reason) => {
            if (stopped)
                return;
            stopped = reason;
            killGroup('SIGTERM');
            killTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
        };
        const timer = setTimeout(() => stop(new ToolTimeoutError(name, timeoutMs)), timeoutMs);
        const onAbort = () => stop(new ToolAbortedError(name));
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const cleanup = () => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
        };
        child.on('error', (err) => {
            cleanup();
            reject(new Error(`Cannot run ${binary}: ${err.message}`));
        });
        child.on('close', (code) => {
            cleanup();
            if (stopped)
                reject(stopped);
            else
                resolve({ exitCode: code ?? 1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
        });
        // A tool that exits without reading stdin makes the write fail with EPIPE; its exit code tells the story.
        child.stdin.on('error', () => { });
        child.stdin.end(options.stdin ?? '');
    });
}
function quoteForLog(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
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


/***/ }),

/***/ 67663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony exports encodedForms, REDACTED, forgetSecrets */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65655);
/**
 * The one place secrets are registered. Every value registered here is masked by the runner
 * (`::add-mask::`) and redacted by `redact` before any report, summary, comment or output is
 * written, so a secret cannot leak through a path that forgets to call `core.setSecret`.
 */


const secrets = new Set();
/** Masks `value` in the runner's logs and remembers it for `redact`. Empty values are ignored. */
function registerSecret(value) {
    if (!value)
        return;
    const forms = new Set([value, ...value.split(/\r?\n/).filter((line) => line.trim().length >= 4)]);
    for (const form of encodedForms(value))
        forms.add(form);
    for (const form of forms) {
        if (!form || secrets.has(form))
            continue;
        secrets.add(form);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(form);
    }
}
/**
 * The forms a secret takes once it passes through an encoder on its way out: JSON-escaped (a
 * report), base64 (a Secret manifest), HTML- and table-escaped (a markdown summary or comment).
 */
function encodedForms(value) {
    const html = value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    return [JSON.stringify(value).slice(1, -1), Buffer.from(value, 'utf8').toString('base64'), html, html.replaceAll('|', '\\|')];
}
const REDACTED = '***';
/** Replaces every registered secret in `text`, longest first so overlapping secrets redact whole. */
function redact(text) {
    let out = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length))
        out = out.split(secret).join(REDACTED);
    return out;
}
/**
 * One redacted log line. Remote text (a server's error body, a Kubernetes status message) may hold
 * newlines; a following line starting with `::` would be read by the runner as a workflow command
 * (`::stop-commands::`, a forged `::error::`), so line breaks are shown, not printed.
 */
function logLine(text) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .T)(redact(text), 4000);
}
/** Clears the registry; for tests that run several actions in one process. */
function forgetSecrets() {
    secrets.clear();
}


/***/ }),

/***/ 65655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ oneLine)
/* harmony export */ });
/** Text from elsewhere (servers, tools), made safe to show on one line. */
/**
 * Text from a server, made safe for a log line: one line (a newline could start a workflow
 * command such as `::stop-commands::` or a fake `::error::`), no control characters, capped.
 */
function oneLine(text, max = 500) {
    const flat = text
        // eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}


/***/ })

};
