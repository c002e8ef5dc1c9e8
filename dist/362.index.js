export const id = 362;
export const ids = [362];
export const modules = {

/***/ 94378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ resolveRelease),
/* harmony export */   be: () => (/* binding */ writeLock),
/* harmony export */   mF: () => (/* binding */ readLock),
/* harmony export */   sF: () => (/* binding */ lockPathFor),
/* harmony export */   xH: () => (/* binding */ lockedSources)
/* harmony export */ });
/* unused harmony exports LOCK_VERSION, LockFileError, staleReasons, pick, renderLock */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _helm_chart_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90564);
/* harmony import */ var _helm_release_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41706);
/**
 * The chart set's lock file: the exact version (and, for OCI charts, the manifest digest) each
 * release deploys. Only the lock mode resolves `latest` and `X.Y.Z+`, against the registry, and
 * writes the file beside the chart set; a deploy reads it and refuses to run when it is missing or no
 * longer matches the chart set, so a version never changes without a commit that says so.
 */





const LOCK_VERSION = 1;
class LockFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ChalkError */ .E {
    boundary = 'config';
}
/** `chart-set.yaml` → `chart-set.lock.yaml`, beside it. */
function lockPathFor(chartSetPath) {
    return chartSetPath.replace(/(\.ya?ml)?$/, '.lock.yaml');
}
async function readLock(path, shown) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            throw new LockFileError('missing', `the lock file ${shown} does not exist: a deploy installs only versions pinned there.`, 'Run the action once with mode: lock, and commit the lock file it writes beside the chart set.');
        throw err;
    }
    const lock = (() => {
        try {
            return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
        }
        catch {
            return null;
        }
    })();
    if (!lock || lock.lockVersion !== LOCK_VERSION || typeof lock.releases !== 'object' || lock.releases === null)
        throw new LockFileError('invalid', `${shown} is not a chart-set lock file of version ${LOCK_VERSION}.`, 'Write it again with mode: lock; do not edit it by hand.');
    for (const [name, e] of Object.entries(lock.releases))
        if (typeof e?.chart !== 'string' || typeof e.requested !== 'string' || typeof e.version !== 'string')
            throw new LockFileError('invalid', `${shown}: the entry of ${name} lacks chart, requested or version.`, 'Write it again with mode: lock.');
    return lock;
}
/** Why the lock no longer matches the chart set (empty when it does). */
function staleReasons(chartSet, lock) {
    const reasons = [];
    for (const r of chartSet.releases) {
        const e = lock.releases[r.name];
        if (!e)
            reasons.push(`${r.name} is not in the lock`);
        else if (e.chart !== r.chart || (e.repository ?? '') !== (r.repository ?? ''))
            reasons.push(`${r.name}'s chart changed since the lock was written`);
        else if (e.requested !== r.version)
            reasons.push(`${r.name}'s version changed from ${e.requested} to ${r.version}`);
        else if (!r.repository && !e.digest)
            reasons.push(`${r.name} has no digest in the lock`);
    }
    for (const name of Object.keys(lock.releases))
        if (!chartSet.releases.some((r) => r.name === name))
            reasons.push(`the lock lists ${name}, which the chart set does not`);
    return reasons;
}
/** The pinned chart source each release deploys, or a stale-lock error naming every mismatch. */
function lockedSources(chartSet, lock, shown) {
    const reasons = staleReasons(chartSet, lock);
    if (reasons.length)
        throw new LockFileError('stale', `${shown} does not match ${chartSet.file}: ${reasons.join('; ')}.`, 'Run the action with mode: lock and commit the lock file.');
    return new Map(chartSet.releases.map((r) => {
        const e = lock.releases[r.name];
        return [r.name, { chart: r.chart, ...(r.repository ? { repository: r.repository } : {}), version: e.version, ...(e.digest ? { digest: e.digest } : {}) }];
    }));
}
/**
 * Resolves one release's version request: OCI charts from the registry's tag list (helm's own
 * resolution ignores `v`-prefixed tags such as cert-manager's), then `helm show chart` for the digest
 * and proof that helm can pull it; repository charts through helm (`>=X.Y.Z` for a minimum).
 */
async function resolveRelease(helm, release, accessFor) {
    const base = { release: release.name, chart: release.chart, ...(release.repository ? { repository: release.repository } : {}), requested: release.version };
    if (release.repository) {
        const constraint = release.request.kind === 'exact' ? release.request.version : release.request.kind === 'at-least' ? `>=${release.request.version}` : undefined;
        const { caFile } = await accessFor(new URL(release.repository).host);
        const shown = await (0,_helm_release_js__WEBPACK_IMPORTED_MODULE_4__/* .showChart */ .y2)(helm, { chart: release.chart, repository: release.repository, ...(constraint ? { version: constraint } : {}) }, caFile);
        return { ...base, version: shown.version };
    }
    const ref = (0,_helm_chart_js__WEBPACK_IMPORTED_MODULE_3__/* .parseChartRef */ .pc)(release.chart);
    const access = await accessFor(ref.registry);
    const versions = (0,_helm_chart_js__WEBPACK_IMPORTED_MODULE_3__/* .chartVersions */ .c_)(await (0,_helm_chart_js__WEBPACK_IMPORTED_MODULE_3__/* .listChartTags */ .U)(ref, access));
    const version = pick(versions, release.request);
    if (!version)
        throw new LockFileError('unresolvable', `${release.chart} has no version matching ${release.version} (${versions.length ? `newest: ${versions.slice(-3).join(', ')}` : 'no versions at all'}).`, 'Correct the version in the chart set, or check the chart reference.');
    const shown = await (0,_helm_release_js__WEBPACK_IMPORTED_MODULE_4__/* .showChart */ .y2)(helm, { chart: release.chart, version }, access.caFile);
    if (!shown.digest)
        throw new LockFileError('unresolvable', `helm did not report a digest for ${release.chart} ${version}.`, 'Check that the chart is an OCI artifact.');
    return { ...base, version, digest: shown.digest };
}
/** The version a request picks among `versions` (ascending); `X.Y.Z+` and `latest` skip pre-releases when a release exists. */
function pick(versions, request) {
    if (request.kind === 'exact')
        return versions.find((v) => v === request.version || v.replace(/^v/, '') === request.version.replace(/^v/, ''));
    if (request.kind === 'latest')
        return (0,_helm_chart_js__WEBPACK_IMPORTED_MODULE_3__/* .latestVersion */ .qD)(versions);
    const eligible = versions.filter((v) => (0,_helm_chart_js__WEBPACK_IMPORTED_MODULE_3__/* .compareSemver */ .mU)(v, request.version) >= 0);
    return (0,_helm_chart_js__WEBPACK_IMPORTED_MODULE_3__/* .latestVersion */ .qD)(eligible);
}
function renderLock(chartSetFile, resolutions) {
    const lock = {
        lockVersion: LOCK_VERSION,
        releases: Object.fromEntries(resolutions.map(({ release, previous: _previous, ...entry }) => [release, entry])),
    };
    return `# Written by chalk-actions deploy-dataplane (mode: lock) from ${chartSetFile}. Commit it beside the chart set:\n# deploys install exactly these versions, and refuse to run when it no longer matches the chart set.\n${(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(lock)}`;
}
async function writeLock(path, chartSetFile, resolutions) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, renderLock(chartSetFile, resolutions));
}


/***/ }),

/***/ 25735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R2: () => (/* binding */ loadChartSet),
/* harmony export */   ct: () => (/* binding */ parseChartSet)
/* harmony export */ });
/* unused harmony exports RELEASE_KEYS, parseVersionRequest, validateChartSet, findCycle */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _helm_chart_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90564);
/* harmony import */ var _kube_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19449);
/* harmony import */ var _report_problems_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(53300);
/* harmony import */ var _chalk_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23494);
/* harmony import */ var _located_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(21564);
/* harmony import */ var _node_rules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13156);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32434);
/**
 * The Data Plane's chart-set file (deploy-dataplane): each release with its chart (an OCI reference,
 * or a chart name in an https chart repository), its version, namespace, values and `needs`, validated
 * with file:line problems as the values files are. Versions are exact, `latest` or `X.Y.Z+` (that
 * version or newer); the last two are resolved only by the lock mode. `needs` names releases of the
 * set and forms no cycle.
 *
 * ```yaml
 * releases:
 *   cert-manager:
 *     chart: oci://quay.io/jetstack/charts/cert-manager
 *     version: latest
 *     namespace: cert-manager
 *     needs: [gateway-helm]
 *     values: { crds: { enabled: true } }
 *     values-files: [values/cert-manager.yaml]   # relative to this file
 *     timeout: 10m
 * ```
 */









const RELEASE_KEYS = ['chart', 'repository', 'version', 'namespace', 'needs', 'values', 'values-files', 'timeout'];
const SEMVER = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
/** `1.2.3` (or `v1.2.3`), `latest`, or `1.2.3+`; undefined when it is none of them. */
function parseVersionRequest(text) {
    if (text === 'latest')
        return { kind: 'latest' };
    if (text.endsWith('+') && SEMVER.test(text.slice(0, -1)) && !text.slice(0, -1).includes('+'))
        return { kind: 'at-least', version: text.slice(0, -1) };
    return SEMVER.test(text) ? { kind: 'exact', version: text } : undefined;
}
async function loadChartSet(path, options) {
    const file = (0,_chalk_config_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .G)(path, options.workspace);
    return finish(await (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_6__/* .loadYamlFile */ .Y3)(path, { displayPath: file, role: 'chart-set file' }), path, options.workspace);
}
/** A chart set from text (the toolkit's default set), its values files relative to `path`'s directory. */
async function parseChartSet(text, path, options) {
    return finish((0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_6__/* .parseYamlText */ .cd)(text, (0,_chalk_config_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .G)(path, options.workspace), 'chart-set file'), path, options.workspace);
}
async function finish(loaded, path, workspace) {
    if (!loaded.root)
        return { problems: loaded.problems };
    const { chartSet, problems } = validateChartSet(loaded.root, loaded.file, path, workspace);
    if (chartSet)
        problems.push(...(await missingValuesFiles(chartSet)));
    const all = [...loaded.problems, ...problems];
    return all.some((p) => p.severity === 'error') ? { problems: all } : { chartSet: chartSet, problems: all };
}
function validateChartSet(root, file, path, workspace) {
    const problems = [];
    for (const [key, entry] of root.entries)
        if (key !== 'releases')
            problems.push(unknownKey(entry, key, ['releases'], 'the top level', 'chart-set.unknown-key'));
    const releasesEntry = root.entries.get('releases');
    if (!releasesEntry) {
        problems.push((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('chart-set.no-releases', `${file} has no releases: map; a chart set lists its charts under it.`, root.origin, 'Add releases: with one entry per chart, as in examples/chart-set.yaml.'));
        return { problems };
    }
    const releasesMap = (0,_node_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .asMap */ .$H)(releasesEntry.value, 'releases', problems);
    if (!releasesMap)
        return { problems };
    if (releasesMap.entries.size === 0)
        problems.push((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('chart-set.no-releases', `${file} lists no releases.`, releasesEntry.keyOrigin, 'Add at least one release under releases:.'));
    const baseDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    const releases = [];
    for (const [name, entry] of releasesMap.entries) {
        const release = validateRelease(name, entry, baseDir, workspace, problems);
        if (release)
            releases.push(release);
    }
    problems.push(...needsProblems(releases, releasesMap));
    return problems.some((p) => p.severity === 'error') ? { problems } : { chartSet: { file, path, releases }, problems };
}
function validateRelease(name, entry, baseDir, workspace, problems) {
    const at = `releases.${name}`;
    const before = problems.length;
    const nameIssue = (0,_kube_names_js__WEBPACK_IMPORTED_MODULE_3__/* .nameProblem */ .rH)('release', name);
    if (nameIssue)
        problems.push((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('chart-set.release-name', `Release name "${name}" ${nameIssue}.`, entry.keyOrigin, 'Rename the key under releases:.', at));
    const map = (0,_node_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .asMap */ .$H)(entry.value, at, problems);
    if (!map)
        return undefined;
    for (const [key, e] of map.entries)
        if (!RELEASE_KEYS.includes(key))
            problems.push(unknownKey(e, key, RELEASE_KEYS, at, 'chart-set.unknown-key'));
    const required = (key) => {
        const node = map.entries.get(key)?.value;
        if (!node)
            problems.push((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('chart-set.missing', `${at}.${key} is required.`, entry.keyOrigin, `Add ${key}: to release ${name}.`, `${at}.${key}`));
        return node;
    };
    const chartNode = required('chart');
    const versionNode = required('version');
    const namespaceNode = required('namespace');
    const repositoryNode = map.entries.get('repository')?.value;
    const chart = chartNode && (0,_node_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(chartNode, `${at}.chart`, problems);
    const repository = repositoryNode && (0,_node_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(repositoryNode, `${at}.repository`, problems);
    if (chartNode && chart !== undefined)
        checkChart(chart, repository, chartNode, repositoryNode, at, problems);
    // `version: 2.0` is read by YAML as a number: its source text is what was meant.
    const versionText = versionNode?.kind === 'scalar' && versionNode.value !== null ? versionNode.source : undefined;
    const request = versionText !== undefined ? parseVersionRequest(versionText) : undefined;
    if (versionNode && !request)
        problems.push((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('chart-set.version', `${at}.version must be an exact version (1.2.3), latest, or a minimum such as 1.0.0+, but it is ${versionNode.kind === 'scalar' ? `"${versionNode.source}"` : 'not a single value'}.`, versionNode.origin, 'Write an exact chart version, or latest / X.Y.Z+ and run the action with mode: lock to pin it.', `${at}.version`));
    const namespace = namespaceNode && (0,_node_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(namespaceNode, `${at}.namespace`, problems);
    const nsIssue = namespace !== undefined ? (0,_kube_names_js__WEBPACK_IMPORTED_MODULE_3__/* .nameProblem */ .rH)('namespace', namespace) : undefined;
    if (namespaceNode && namespace !== undefined && nsIssue)
        problems.push((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('chart-set.namespace', `${at}.namespace "${namespace}" ${nsIssue}.`, namespaceNode.origin, 'Use a valid namespace name.', `${at}.namespace`));
    const needs = stringList(map.entries.get('needs')?.value, `${at}.needs`, problems);
    const valuesNode = map.entries.get('values')?.value;
    const values = valuesNode && (valuesNode.kind === 'scalar' && valuesNode.value === null ? undefined : (0,_node_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .asMap */ .$H)(valuesNode, `${at}.values`, problems));
    const filesNode = map.entries.get('values-files')?.value;
    const files = filesNode ? ((0,_node_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .asSeq */ .wH)(filesNode, `${at}.values-files`, problems)?.items ?? []) : [];
    const valuesFiles = files.flatMap((item, i) => {
        const text = (0,_node_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(item, `${at}.values-files[${i}]`, problems);
        if (!text)
            return [];
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(baseDir, text);
        return [{ path: abs, display: (0,_chalk_config_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .G)(abs, workspace), origin: item.origin }];
    });
    const timeoutNode = map.entries.get('timeout')?.value;
    const timeoutMs = timeoutNode ? duration(timeoutNode, `${at}.timeout`, problems) : undefined;
    if (problems.length > before || chart === undefined || !request || namespace === undefined)
        return undefined;
    return {
        name,
        chart,
        ...(repository ? { repository } : {}),
        version: versionText,
        request,
        namespace,
        needs: needs.map((n) => n.value),
        ...(values ? { values: (0,_located_js__WEBPACK_IMPORTED_MODULE_8__/* .toPlain */ .Ul)(values) } : {}),
        valuesFiles,
        ...(timeoutMs !== undefined ? { timeoutMs } : {}),
        origin: entry.keyOrigin,
    };
}
function checkChart(chart, repository, chartNode, repositoryNode, at, problems) {
    if (repository !== undefined) {
        let url;
        try {
            url = new URL(repository);
        }
        catch {
            url = undefined;
        }
        if (!url || url.protocol !== 'https:')
            problems.push((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('chart-set.repository', `${at}.repository must be an https URL of a chart repository, but it is "${repository}".`, repositoryNode.origin, 'Use the https URL you would pass to helm repo add, or an oci:// reference as chart: without repository:.', `${at}.repository`));
        if (!/^[a-z0-9][a-z0-9._-]*$/i.test(chart))
            problems.push((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('chart-set.chart', `${at}.chart must be a chart name in the repository (e.g. keda), but it is "${chart}".`, chartNode.origin, 'With repository: set, chart: is the chart name only; without it, chart: is an oci:// reference.', `${at}.chart`));
        return;
    }
    try {
        const ref = (0,_helm_chart_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChartRef */ .pc)(chart);
        if (ref.tag || ref.digest)
            problems.push((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('chart-set.chart-pinned-in-ref', `${at}.chart names a ${ref.digest ? 'digest' : 'tag'} in the reference; the version belongs in version: (and the digest in the lock file).`, chartNode.origin, `Write chart: ${ref.url} and version: ${ref.tag ?? 'latest'}.`, `${at}.chart`));
    }
    catch {
        problems.push((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('chart-set.chart', `${at}.chart must be an oci:// chart reference, or a chart name with repository:, but it is "${chart}".`, chartNode.origin, 'Write e.g. chart: oci://public.ecr.aws/karpenter/karpenter, or repository: https://kedacore.github.io/charts with chart: keda.', `${at}.chart`));
    }
}
function stringList(node, at, problems) {
    if (!node || (node.kind === 'scalar' && node.value === null))
        return [];
    const seq = (0,_node_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .asSeq */ .wH)(node, at, problems);
    return (seq?.items ?? []).flatMap((item, i) => {
        const value = (0,_node_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .asString */ .oJ)(item, `${at}[${i}]`, problems);
        return value !== undefined ? [{ value, origin: item.origin }] : [];
    });
}
function duration(node, at, problems) {
    const m = node.kind === 'scalar' ? /^(\d{1,6})(s|m|h)$/.exec(node.source) : null;
    if (!m) {
        problems.push((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('chart-set.timeout', `${at} must be a duration such as 90s, 10m or 1h.`, node.origin, 'Write the number with its unit: s, m or h.', at));
        return undefined;
    }
    return Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[m[2]];
}
function unknownKey(entry, key, known, where, code) {
    const guess = (0,_node_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .kp)(key, known);
    return (0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)(code, `Unknown key "${key}" in ${where}.`, entry.keyOrigin, guess ? `Did you mean ${guess}? Known keys: ${known.join(', ')}.` : `Known keys: ${known.join(', ')}.`);
}
/** `needs` names releases of the set, not the release itself, and the graph has no cycle. */
function needsProblems(releases, map) {
    const problems = [];
    const names = new Set(map.entries.keys());
    const needsNodes = (name) => {
        const node = map.entries.get(name)?.value;
        const needs = node?.kind === 'map' ? node.entries.get('needs')?.value : undefined;
        return needs?.kind === 'seq'
            ? needs.items.flatMap((i) => (i.kind === 'scalar' && typeof i.value === 'string' ? [{ value: i.value, origin: i.origin }] : []))
            : [];
    };
    for (const release of releases)
        for (const need of needsNodes(release.name)) {
            if (need.value === release.name)
                problems.push((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('chart-set.needs-self', `Release ${release.name} needs itself.`, need.origin, 'Remove it from its own needs.'));
            else if (!names.has(need.value)) {
                const guess = (0,_node_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .kp)(need.value, [...names]);
                problems.push((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('chart-set.needs-unknown', `Release ${release.name} needs "${need.value}", which is not a release of this chart set.`, need.origin, guess ? `Did you mean ${guess}?` : `Releases: ${[...names].join(', ')}.`));
            }
        }
    if (problems.length)
        return problems;
    const cycle = findCycle(releases);
    if (cycle) {
        const closing = needsNodes(cycle[cycle.length - 2]).find((n) => n.value === cycle[cycle.length - 1]);
        problems.push((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('chart-set.needs-cycle', `needs form a cycle: ${cycle.join(' → ')}; no release of it could ever be installed first.`, closing?.origin, 'Remove one of these needs entries: a release can only need releases installed before it.'));
    }
    return problems;
}
/** A cycle as a path that ends where it starts (`a → b → a`), or undefined. */
function findCycle(releases) {
    const needs = new Map(releases.map((r) => [r.name, r.needs]));
    const state = new Map();
    const stack = [];
    const visit = (name) => {
        if (state.get(name) === 'done')
            return undefined;
        if (state.get(name) === 'visiting')
            return [...stack.slice(stack.indexOf(name)), name];
        state.set(name, 'visiting');
        stack.push(name);
        for (const next of needs.get(name) ?? []) {
            const cycle = visit(next);
            if (cycle)
                return cycle;
        }
        stack.pop();
        state.set(name, 'done');
        return undefined;
    };
    for (const r of releases) {
        const cycle = visit(r.name);
        if (cycle)
            return cycle;
    }
    return undefined;
}
async function missingValuesFiles(chartSet) {
    const checks = chartSet.releases.flatMap((r) => r.valuesFiles.map(async (f) => {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(f.path).catch(() => undefined);
        if (info?.isFile())
            return [];
        return [
            (0,_report_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('chart-set.values-file', `Values file ${f.display} of release ${r.name} ${info ? 'is not a file' : 'does not exist'}.`, f.origin, `Paths under values-files are relative to ${chartSet.file}'s directory.`),
        ];
    }));
    return (await Promise.all(checks)).flat();
}


/***/ })

};
