export const id = 699;
export const ids = [699];
export const modules = {

/***/ 41706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ releaseHistory),
/* harmony export */   UQ: () => (/* binding */ chartArgs),
/* harmony export */   cs: () => (/* binding */ releaseObjects),
/* harmony export */   dD: () => (/* binding */ releaseApplyMethod),
/* harmony export */   tb: () => (/* binding */ chartLabel),
/* harmony export */   y2: () => (/* binding */ showChart)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _helm_chart_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90564);
/* harmony import */ var _helm_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74057);
/**
 * The helm verbs a deploy runs about one release: its history and metadata, its manifest, and the
 * chart reference arguments shared by upgrade and the lock mode. Upgrade flags differ by helm major
 * and live with the upgrade (release.ts).
 */



/** The chart reference and version flags helm takes after the release name. */
function chartArgs(source) {
    const version = source.version ? ['--version', source.version] : [];
    if (source.repository)
        return [source.chart, '--repo', source.repository, ...version];
    return [source.digest ? `${source.chart}@${source.digest}` : source.chart, ...version];
}
/** How the chart is named in reports: `oci://…/name`, `repo-url name`. */
const chartLabel = (source) => (source.repository ? `${source.repository} ${source.chart}` : source.chart);
/** Every revision, oldest first; empty when the release does not exist. */
async function releaseHistory(helm, release, namespace) {
    try {
        const result = await helm.run(['history', release, '--namespace', namespace, '--output', 'json', '--max', '1000'], { timeoutMs: 60_000 });
        return JSON.parse(result.stdout).sort((a, b) => a.revision - b.revision);
    }
    catch (err) {
        if (err instanceof _helm_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .HelmError */ .t2 && /release: not found/.test(err.message))
            return [];
        throw err;
    }
}
/** Helm 4's record of how the release's objects were applied: `ssa` or `csa` (absent on helm 3). */
async function releaseApplyMethod(helm, release, namespace) {
    const result = await helm.run(['get', 'metadata', release, '--namespace', namespace, '--output', 'json'], { timeoutMs: 60_000 });
    const meta = JSON.parse(result.stdout);
    return meta.applyMethod;
}
/** The objects of the deployed release (`helm get manifest`), by identity only. */
async function releaseObjects(helm, release, namespace) {
    const result = await helm.run(['get', 'manifest', release, '--namespace', namespace], { timeoutMs: 60_000 });
    const objects = [];
    for (const doc of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(result.stdout)) {
        const obj = (doc.toJS() ?? {});
        if (typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string' || typeof obj.metadata?.name !== 'string')
            continue;
        objects.push({
            apiVersion: obj.apiVersion,
            kind: obj.kind,
            name: obj.metadata.name,
            ...(typeof obj.metadata.namespace === 'string' ? { namespace: obj.metadata.namespace } : {}),
        });
    }
    return objects;
}
/** `helm show chart` for the lock mode: the version a request resolves to and, for OCI, its digest. */
async function showChart(helm, source, caFile) {
    const args = ['show', 'chart', ...chartArgs(source), ...(caFile ? ['--ca-file', caFile] : [])];
    const result = await helm.run(args, { timeoutMs: 120_000 });
    const meta = ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(result.stdout) ?? {});
    const digest = (0,_helm_chart_js__WEBPACK_IMPORTED_MODULE_1__/* .pulledDigest */ .J3)(result.stderr);
    return { version: String(meta.version ?? source.version ?? ''), ...(digest ? { digest } : {}) };
}


/***/ }),

/***/ 4242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ ApplyKube),
/* harmony export */   v: () => (/* binding */ FIELD_MANAGER)
/* harmony export */ });
/* harmony import */ var _kube_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25861);
/* harmony import */ var _kube_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23646);


const FIELD_MANAGER = 'chalk-actions';
class ApplyKube {
    k8s;
    client;
    objects;
    version;
    constructor(k8s, client) {
        this.k8s = k8s;
        this.client = client;
    }
    /**
     * The current kubeconfig context, as kubectl and helm read it, through KubeClient: an exec credential
     * plugin runs bounded and is stopped by close().
     */
    static async load() {
        const client = await _kube_client_js__WEBPACK_IMPORTED_MODULE_0__/* .KubeClient */ .B.load();
        return new ApplyKube(await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 6959)), client);
    }
    get server() {
        return this.client.server;
    }
    get config() {
        return this.client.kubeConfig;
    }
    /** Stops the credential plugin, if any, and closes the client's connections. */
    close() {
        return this.client.close();
    }
    /** The API server's version (`v1.34.4`), read once: offline renders check charts' kubeVersion against it. */
    serverVersion() {
        return (this.version ??= this.client.serverVersion());
    }
    async call(fn) {
        try {
            return await fn();
        }
        catch (err) {
            throw (0,_kube_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toKubeError */ .N)(err, this.server);
        }
    }
    async optional(fn) {
        try {
            return await this.call(fn);
        }
        catch (err) {
            if (err instanceof _kube_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeError */ .a && err.kind === 'not-found')
                return undefined;
            throw err;
        }
    }
    get api() {
        return (this.objects ??= this.k8s.KubernetesObjectApi.makeApiClient(this.config));
    }
    typed(type) {
        return this.config.makeApiClient(type);
    }
    /** The live object, or undefined when it does not exist. */
    read(ref) {
        const header = { apiVersion: ref.apiVersion, kind: ref.kind, metadata: { name: ref.metadata.name, namespace: ref.metadata.namespace } };
        return this.optional(() => this.api.read(header));
    }
    /**
     * Server-side apply, taking over fields another manager set (a Secret first made with kubectl).
     * With `dryRun` the server computes the result without storing it.
     */
    async apply(obj, { dryRun = false, fieldManager = FIELD_MANAGER, readFirst = true } = {}) {
        const before = readFirst ? await this.read(obj) : undefined;
        const after = await this.call(() => this.api.patch(obj, undefined, dryRun ? 'All' : undefined, fieldManager, true, this.k8s.PatchStrategy.ServerSideApply));
        const outcome = { kind: obj.kind, name: obj.metadata.name, ...(obj.metadata.namespace ? { namespace: obj.metadata.namespace } : {}) };
        if (!readFirst)
            return { ...outcome, action: 'updated' };
        if (!before)
            return { ...outcome, action: 'created' };
        const same = dryRun ? contentOf(before) === contentOf(after) : before.metadata?.resourceVersion === after.metadata?.resourceVersion;
        return { ...outcome, action: same ? 'unchanged' : 'updated' };
    }
    /**
     * Creates the namespace when it is missing; an existing one is left untouched (no write, so a re-run
     * changes nothing). An identity that may not read namespaces is assumed to deploy into an existing one.
     */
    async ensureNamespace(name, { dryRun = false } = {}) {
        let existing;
        try {
            existing = await this.optional(() => this.typed(this.k8s.CoreV1Api).readNamespace({ name }));
        }
        catch (err) {
            if (err instanceof _kube_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeError */ .a && err.kind === 'forbidden')
                return 'unchanged';
            throw err;
        }
        if (existing?.status?.phase === 'Terminating')
            throw new _kube_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeError */ .a('unknown', `namespace ${name} is being deleted (Terminating)`, `Wait until it is gone, then run again: kubectl get namespace ${name}`);
        if (existing)
            return 'unchanged';
        return (await this.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }, { dryRun })).action;
    }
    readLease(namespace, name) {
        return this.optional(() => this.typed(this.k8s.CoordinationV1Api).readNamespacedLease({ namespace, name }));
    }
    createLease(namespace, body) {
        return this.call(() => this.typed(this.k8s.CoordinationV1Api).createNamespacedLease({ namespace, body }));
    }
    /** Replaces the Lease; fails with a 409 (`KubeError` status 409) when someone wrote it since `body`'s resourceVersion. */
    replaceLease(namespace, body) {
        return this.call(() => this.typed(this.k8s.CoordinationV1Api).replaceNamespacedLease({ namespace, name: body.metadata.name, body }));
    }
    /** `new V1MicroTime()`: the timestamp type Lease fields are written in. */
    microTime(date = new Date()) {
        return new this.k8s.V1MicroTime(date.getTime());
    }
    /** The uids of the namespace's pods now, so that later only the pods an upgrade creates are looked at. */
    async podUids(namespace) {
        const pods = await this.call(() => this.typed(this.k8s.CoreV1Api).listNamespacedPod({ namespace }));
        return new Set(pods.items.map((p) => p.metadata?.uid ?? ''));
    }
    /**
     * Containers of pods not in `existing` that are waiting or terminated for a reason. Pods labelled as
     * another release's (`app.kubernetes.io/instance`) are left out: releases may share a namespace.
     */
    async containerProblems(namespace, existing, release) {
        const pods = await this.call(() => this.typed(this.k8s.CoreV1Api).listNamespacedPod({ namespace }));
        const problems = [];
        for (const pod of pods.items) {
            const instance = pod.metadata?.labels?.['app.kubernetes.io/instance'];
            if (existing.has(pod.metadata?.uid ?? '') || (instance && instance !== release))
                continue;
            const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
            for (const s of statuses) {
                const waiting = s.state?.waiting;
                const terminated = s.state?.terminated ?? (s.restartCount > 0 ? s.lastState?.terminated : undefined);
                const reason = waiting?.reason && !BENIGN_WAITING.has(waiting.reason) ? waiting.reason : terminated && terminated.exitCode !== 0 ? terminated.reason : undefined;
                if (!reason)
                    continue;
                const message = waiting?.message ?? terminated?.message;
                problems.push({ pod: pod.metadata?.name ?? '', container: s.name, reason, ...(message ? { message } : {}), ...(s.image ? { image: s.image } : {}) });
            }
            const unschedulable = pod.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
            if (unschedulable?.reason)
                problems.push({
                    pod: pod.metadata?.name ?? '',
                    container: '',
                    reason: unschedulable.reason,
                    ...(unschedulable.message ? { message: unschedulable.message } : {}),
                });
            else if (pod.status?.phase === 'Pending' && statuses.length === 0)
                problems.push({ pod: pod.metadata?.name ?? '', container: '', reason: 'Pending', message: 'scheduled, but no container has started yet' });
        }
        return problems;
    }
    /** Waits until the CRD of `group`/`kind` is Established, or throws after `timeoutMs`. */
    async waitForCrd(group, kind, timeoutMs, signal) {
        const deadline = Date.now() + timeoutMs;
        const api = this.typed(this.k8s.ApiextensionsV1Api);
        for (;;) {
            const list = await this.call(() => api.listCustomResourceDefinition({}));
            const crd = list.items.find((c) => c.spec.group === group && c.spec.names.kind === kind);
            if (crd?.status?.conditions?.some((c) => c.type === 'Established' && c.status === 'True'))
                return;
            if (Date.now() > deadline || signal?.aborted)
                throw new _kube_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeError */ .a('not-found', `the ${kind}.${group} CRD is ${crd ? 'not Established' : 'not installed'} after ${Math.round(timeoutMs / 1000)} s`, `Install the chart that ships the ${kind} CRD first (it is listed in needs), or check: kubectl get crd -o name | grep ${group}`);
            await new Promise((r) => setTimeout(r, 1000));
        }
    }
}
/** Waiting reasons of a container that is on its way up. */
const BENIGN_WAITING = new Set(['ContainerCreating', 'PodInitializing']);
/** What an apply may change, for comparing a dry run's answer with the live object. */
function contentOf(obj) {
    const { metadata, ...rest } = obj;
    return JSON.stringify({ labels: metadata?.labels ?? {}, annotations: metadata?.annotations ?? {}, ...rest });
}


/***/ }),

/***/ 10429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ lockHolder),
/* harmony export */   t: () => (/* binding */ githubProvenance)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/** Who is deploying, from the GitHub runner's environment: for the release description, the objects' annotations and the deploy lock. */

function githubProvenance(env) {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_SHA, GITHUB_ACTOR } = env;
    const runUrl = GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
        ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}${GITHUB_RUN_ATTEMPT ? `/attempts/${GITHUB_RUN_ATTEMPT}` : ''}`
        : undefined;
    return { ...(runUrl ? { runUrl } : {}), ...(GITHUB_SHA ? { commit: GITHUB_SHA } : {}), ...(GITHUB_ACTOR ? { actor: GITHUB_ACTOR } : {}) };
}
/** The deploy lock's holder: the run, its job, and this process (two steps of one job are two holders). */
function lockHolder(provenance, env) {
    return `${provenance.runUrl ?? 'a run outside GitHub Actions'} (job ${env.GITHUB_JOB ?? '-'}, ${(0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)()} pid ${process.pid})`;
}


/***/ }),

/***/ 51998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H_: () => (/* binding */ deployRelease),
  nV: () => (/* binding */ formatAge),
  iJ: () => (/* binding */ readRelease)
});

// UNUSED EXPORTS: PendingReleaseError

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/helm/errors.ts
var helm_errors = __webpack_require__(74057);
// EXTERNAL MODULE: ./src/kube/helm-releases.ts
var helm_releases = __webpack_require__(71008);
// EXTERNAL MODULE: ./src/plan/render.ts
var render = __webpack_require__(30031);
// EXTERNAL MODULE: ./src/plan/run.ts + 3 modules
var run = __webpack_require__(93149);
// EXTERNAL MODULE: ./src/process/run-tool.ts
var run_tool = __webpack_require__(33915);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/apply/helm-release.ts
var helm_release = __webpack_require__(41706);
// EXTERNAL MODULE: ./src/kube/errors.ts
var kube_errors = __webpack_require__(23646);
;// CONCATENATED MODULE: ./src/apply/lease.ts
/**
 * One deploy of a release at a time, through a lock the cluster holds: a `coordination.k8s.io` Lease
 * in the release namespace, `chalk-deploy-<release>`, whose holder is the GitHub run. It is taken with
 * optimistic concurrency (create, or replace at the resourceVersion read: of two runs racing, one gets
 * a 409 and waits), renewed while helm runs, and released at the end. A holder that stopped renewing
 * (a killed runner) loses it once `leaseDurationSeconds` have passed since its last renewal.
 */




class LockError extends errors/* ChalkError */.E {
    boundary = 'apply';
}
const leaseName = (release) => `chalk-deploy-${release}`;
const POLL_MS = 2_000;
async function acquireLock(kube, options) {
    const name = leaseName(options.release);
    const leaseSeconds = options.leaseSeconds ?? 60;
    const started = Date.now();
    const waitedFor = [];
    for (;;) {
        if (options.signal?.aborted)
            throw new LockError('cancelled', `stopped waiting for the deploy lock ${options.namespace}/${name}: the job was cancelled.`, '');
        const taken = await tryTake(kube, options, name, leaseSeconds);
        if (taken === true)
            break;
        if (taken) {
            if (waitedFor.at(-1) !== taken) {
                waitedFor.push(taken);
                core/* info */.pq(`Waiting for the deploy lock ${options.namespace}/${name}, held by ${(0,report_text/* oneLine */.T)(taken)}.`);
            }
            if (Date.now() - started > options.waitMs)
                throw new LockError('lock-timeout', `another deploy of ${options.release} holds the lock ${options.namespace}/${name} (${(0,report_text/* oneLine */.T)(taken)}); waited ${Math.round((Date.now() - started) / 1000)} s.`, `Let that deploy finish and run again, or raise lock-timeout. Serialise runs with a workflow concurrency group (cancel-in-progress: false). If its runner is gone, the lock expires ${leaseSeconds} s after its last renewal.`);
            await sleep(POLL_MS, options.signal);
        }
    }
    return holdLock(kube, options, name, leaseSeconds, { waitedMs: Date.now() - started, waitedFor });
}
/** true when taken; the current holder's identity when someone else has it; undefined on a lost race (try again at once). */
async function tryTake(kube, options, name, leaseSeconds) {
    const now = new Date();
    const lease = await kube.readLease(options.namespace, name);
    const spec = {
        holderIdentity: options.holder,
        leaseDurationSeconds: leaseSeconds,
        acquireTime: kube.microTime(now),
        renewTime: kube.microTime(now),
    };
    try {
        if (!lease) {
            await kube.createLease(options.namespace, {
                apiVersion: 'coordination.k8s.io/v1',
                kind: 'Lease',
                metadata: { name, namespace: options.namespace, labels: { 'app.kubernetes.io/managed-by': 'chalk-actions' } },
                spec,
            });
            return true;
        }
        const holder = lease.spec?.holderIdentity;
        if (holder && holder !== options.holder && !expired(lease, now))
            return holder;
        await kube.replaceLease(options.namespace, { ...lease, spec: { ...spec, leaseTransitions: (lease.spec?.leaseTransitions ?? 0) + (holder ? 1 : 0) } });
        return true;
    }
    catch (err) {
        // 409: another run created or replaced it between our read and write.
        if (err instanceof kube_errors/* KubeError */.a && (err.status === 409 || /already exists/i.test(err.message)))
            return undefined;
        throw err;
    }
}
function expired(lease, now) {
    const renewed = lease.spec?.renewTime ?? lease.spec?.acquireTime;
    if (!renewed)
        return true;
    return new Date(renewed).getTime() + (lease.spec?.leaseDurationSeconds ?? 0) * 1000 < now.getTime();
}
function holdLock(kube, options, name, leaseSeconds, waited) {
    let renewing = Promise.resolve();
    let takenOver = false;
    const renew = async () => {
        if (takenOver)
            return;
        const lease = await kube.readLease(options.namespace, name);
        if (lease?.spec?.holderIdentity !== options.holder) {
            // helm is not stopped half-way: the deploy finishes, and the job log says the lock was taken over.
            takenOver = true;
            core/* warning */.$e(`The deploy lock ${options.namespace}/${name} is now held by ${(0,report_text/* oneLine */.T)(lease?.spec?.holderIdentity ?? 'nobody')}; this deploy lost it.`);
            return;
        }
        await kube.replaceLease(options.namespace, { ...lease, spec: { ...lease.spec, renewTime: kube.microTime() } });
    };
    const timer = setInterval(() => {
        renewing = renewing.then(renew).catch((err) => core/* warning */.$e(`Renewing the deploy lock failed (retried): ${(0,report_text/* oneLine */.T)(String(err))}`));
    }, (leaseSeconds * 1000) / 3);
    timer.unref();
    return {
        name,
        ...waited,
        async release() {
            clearInterval(timer);
            await renewing;
            const lease = await kube.readLease(options.namespace, name);
            if (lease?.spec?.holderIdentity !== options.holder)
                return;
            const { holderIdentity: _released, ...spec } = lease.spec;
            await kube.replaceLease(options.namespace, { ...lease, spec }).catch((err) => {
                // Not released: the next deploy waits for it to expire instead.
                core/* warning */.$e(`Releasing the deploy lock failed; it expires within ${leaseSeconds} s: ${(0,report_text/* oneLine */.T)(String(err))}`);
            });
        },
    };
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/apply/release.ts
/**
 * Deploying one helm release so that it is never left half-done: under the release's deploy lock,
 * a release stuck in a pending state is recovered (when old enough), an upgrade that would change
 * nothing is skipped, and `helm upgrade --install` rolls back on failure by the helm major's own
 * means (Helm 4 `--rollback-on-failure` with an explicit `--wait=watcher`; Helm 3 `--atomic`). While
 * helm waits, the reasons pods of the upgrade fail (an image that cannot be pulled, a crash loop) are
 * collected, since helm's rollback removes those pods before anyone could look at them.
 */













class PendingReleaseError extends errors/* ChalkError */.E {
    boundary = 'apply';
}
/** How much longer than helm's own --timeout helm may take before it is stopped (rollback included). */
const HELM_GRACE_MS = 3 * 60_000;
const POD_POLL_MS = 2_000;
const MAX_PLANNED_OBJECTS = 20;
/**
 * Reads the history and plans, writing nothing, so a caller may start it before the checks that gate
 * writing (deploy-metadata does, beside its config checks). A plan against the server waits for
 * `beforeServerPlan`: what is written first (the Secrets) may be what the chart's `lookup` reads.
 */
async function readRelease(target, settings, beforeServerPlan) {
    const [history, planned] = await Promise.all([
        (0,helm_release/* releaseHistory */.Cb)(settings.helm, target.release, target.namespace),
        planRelease(target, settings, beforeServerPlan).then((plan) => ({ plan }), (error) => ({ error })),
    ]);
    return { history, planned };
}
/**
 * `reading`, when given, was started by the caller (readRelease) with the same target and settings;
 * the namespace is then the caller's to ensure, before any write.
 */
async function deployRelease(target, settings, reading) {
    const started = Date.now();
    const result = {
        release: target.release,
        namespace: target.namespace,
        chart: { ref: (0,helm_release/* chartLabel */.tb)(target.chart), ...(target.chart.version ? { version: target.chart.version } : {}) },
        outcome: 'failed',
        changed: false,
        containerProblems: [],
        history: [],
        durationMs: 0,
    };
    try {
        if (!reading)
            result.namespaceAction = await settings.kube.ensureNamespace(target.namespace, { dryRun: settings.dryRun });
        await deploy(target, settings, result, reading ?? readRelease(target, settings));
    }
    catch (err) {
        result.error = (0,errors/* errorInfo */.f)(err);
        if (settings.signal.aborted)
            result.outcome = 'cancelled';
    }
    finally {
        result.durationMs = Date.now() - started;
    }
    return result;
}
/**
 * The plan and the history are read together and without the lock: a no-op (or a dry run) changes
 * nothing, so it needs none. Anything else takes the lock first, and reads both again when it had to
 * wait for it or finds the release stuck, since the release may have changed meanwhile.
 */
async function deploy(target, settings, result, reading) {
    const { history, planned } = await reading;
    if ('plan' in planned)
        notePlan(result, planned.plan);
    fillHistory(result, history);
    const latest = history.at(-1);
    if (latest)
        result.previousRevision = latest.revision;
    // A release stuck pending cannot be planned against the server until it is recovered.
    const stuck = latest !== undefined && (0,helm_releases/* isPending */.mm)(latest.status);
    if (!stuck && 'error' in planned)
        throw planned.error;
    const plan = 'plan' in planned ? planned.plan : undefined;
    if (settings.dryRun) {
        if (stuck)
            result.recovery = await recoverPending(target, settings, history);
        result.outcome = plan && !stuck && isNoop(plan, latest, settings) ? 'unchanged' : 'would-change';
        return;
    }
    if (plan && !stuck && isNoop(plan, latest, settings)) {
        result.outcome = 'unchanged';
        return;
    }
    const lock = await acquireLock(settings.kube, { namespace: target.namespace, release: target.release, ...settings.lock, signal: settings.signal });
    result.lock = { name: lock.name, waitedMs: lock.waitedMs, waitedFor: lock.waitedFor };
    try {
        if (!plan || stuck || lock.waitedFor.length)
            await lockedDeploy(target, settings, result, undefined);
        else
            await lockedDeploy(target, settings, result, { history, plan });
    }
    finally {
        await lock.release();
    }
}
/**
 * Renders the chart and diffs it with the deployed release (src/plan); a failure fails the deploy,
 * pointing at the values file when it can. Offline first: the server's dry run is by far the slowest
 * step, and an offline render settles a no-op (equal to the deployed manifest) and a first install
 * (everything is added). Changes to an existing release are planned again against the server, whose
 * `lookup` sees what exists, so a chart that keeps generated values is not reported as changing.
 */
async function planRelease(target, settings, beforeServerPlan) {
    const kubeVersion = await settings.kube.serverVersion();
    const offline = await runOnePlan(target, settings, 'offline', kubeVersion).catch(() => undefined);
    const settled = offline && !offline.error && (offline.baseline === 'none' || (offline.changes === 0 && offline.chart?.digestChanged === false));
    if (!settled)
        await beforeServerPlan;
    const planned = settled ? offline : await runOnePlan(target, settings, 'auto', kubeVersion);
    if (planned.error)
        throw new PlanFailure(planned.error);
    return planned;
}
/** The plan's chart and changes, for the result. */
function notePlan(result, planned) {
    if (planned.chart) {
        result.chart.version = planned.chart.version;
        if (planned.chart.digest)
            result.chart.digest = planned.chart.digest;
    }
    result.plan = {
        changes: planned.changes ?? 0,
        counts: planned.counts,
        digestChanged: planned.chart?.digestChanged ?? true,
        sameVersionNewDigest: planned.chart?.sameVersionNewDigest ?? false,
        objects: (planned.objects ?? [])
            .filter((o) => o.change !== 'unchanged' && o.change !== 'ignored')
            .slice(0, MAX_PLANNED_OBJECTS)
            .map((o) => `${o.key.kind} ${o.key.namespace ? `${o.key.namespace}/` : ''}${o.key.name}: ${o.change}`),
    };
}
async function runOnePlan(target, settings, mode, kubeVersion) {
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'chalk-plan-'));
    try {
        const { chart } = target;
        const plan = await (0,run/* runPlan */.F)({
            releases: [
                {
                    chart: {
                        ref: chart.chart,
                        ...(chart.version ? { version: chart.version } : {}),
                        ...(chart.digest ? { digest: chart.digest } : {}),
                        ...(chart.repository ? { repoUrl: chart.repository } : {}),
                    },
                    release: target.release,
                    namespace: target.namespace,
                    valuesFiles: target.valuesFiles,
                    set: target.set,
                    kubeVersion,
                    // helm applies crds/ on a first install only: a CRD difference is no reason to upgrade.
                    includeCrds: false,
                },
            ],
            mode,
            helm: settings.helm,
            workDir,
            ...(settings.caFile ? { caFile: settings.caFile } : {}),
            signal: settings.signal,
        });
        return plan.releases[0];
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
/** The plan's failure (a render error, a chart that cannot be pulled), keeping where it points. */
class PlanFailure extends errors/* ChalkError */.E {
    boundary;
    origin;
    constructor(info) {
        super(info.kind, info.message, info.fix);
        this.boundary = info.boundary;
        this.origin = info.origin;
    }
    toJSON() {
        return { ...super.toJSON(), ...(this.origin ? { origin: this.origin } : {}) };
    }
}
/** Nothing to do: the plan shows no change, the chart is the deployed one, and the release is healthy (`force` overrides). */
function isNoop(plan, latest, settings) {
    return !settings.force && latest?.status === 'deployed' && plan.baseline === 'release' && (plan.changes ?? 1) === 0 && plan.chart?.digestChanged === false;
}
/** Under the lock: recover a stuck release, plan (again, unless `fresh` still holds), and upgrade unless nothing changes. */
async function lockedDeploy(target, settings, result, fresh) {
    let history = fresh?.history ?? (await (0,helm_release/* releaseHistory */.Cb)(settings.helm, target.release, target.namespace));
    const recovery = fresh ? undefined : await recoverPending(target, settings, history);
    if (recovery) {
        result.recovery = recovery;
        result.changed = true;
        history = await (0,helm_release/* releaseHistory */.Cb)(settings.helm, target.release, target.namespace);
    }
    const previous = history.at(-1);
    result.previousRevision = previous?.revision;
    fillHistory(result, history);
    const plan = fresh?.plan ?? (await planRelease(target, settings));
    notePlan(result, plan);
    if (isNoop(plan, previous, settings)) {
        result.outcome = 'unchanged';
        return;
    }
    // Deploy exactly the chart that was planned: an OCI tag pushed again in between cannot slip in.
    const pinned = target.chart.repository || !result.chart.digest ? target : { ...target, chart: { ...target.chart, digest: result.chart.digest } };
    const watch = watchContainers(settings.kube, target, await settings.kube.podUids(target.namespace));
    let failure;
    try {
        await runUpgrade(pinned, settings, result.chart.digest);
    }
    catch (err) {
        failure = err;
    }
    finally {
        result.containerProblems = await watch.stop();
    }
    if (failure === undefined) {
        // What was deployed, how, and who did it: independent reads and writes, done together.
        const [after, method, traced] = await Promise.all([
            (0,helm_release/* releaseHistory */.Cb)(settings.helm, target.release, target.namespace),
            settings.helm.version.major >= 4 ? applyMethod(settings, target, previous, plan.applyMethod?.release) : undefined,
            settings.trace !== 'off' ? trace(target, settings) : undefined,
        ]);
        fillHistory(result, after);
        result.outcome = previous ? 'upgraded' : 'installed';
        result.changed = true;
        result.containerProblems = [];
        if (method)
            result.applyMethod = method;
        if (traced !== undefined)
            result.traced = traced;
        return;
    }
    const after = await (0,helm_release/* releaseHistory */.Cb)(settings.helm, target.release, target.namespace);
    fillHistory(result, after);
    const latest = after.at(-1);
    result.changed = latest?.revision !== previous?.revision;
    result.outcome = settings.signal.aborted ? 'cancelled' : latest && latest.revision !== previous?.revision ? 'rolled-back' : 'failed';
    throw upgradeError(failure, result);
}
/** A failed or cancelled upgrade: helm's own words, and what state it left the release in. */
class UpgradeError extends errors/* ChalkError */.E {
    boundary = 'helm';
}
function upgradeError(failure, result) {
    if (failure instanceof run_tool/* ToolAbortedError */.ik && failure.output) {
        const said = failure.output.stderr
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l.startsWith('Error:'))
            .at(-1);
        return new UpgradeError('cancelled', said ? `${failure.message} helm said: ${(0,report_text/* oneLine */.T)(said.replace(/^Error:\s*/, ''))}` : failure.message, failure.fix);
    }
    if (!(failure instanceof helm_errors/* HelmError */.t2) || failure.kind === 'operation-in-progress')
        return failure;
    const state = result.outcome === 'rolled-back'
        ? `The release runs revision ${result.revision} (${result.status}) again.`
        : result.revision === undefined
            ? 'helm removed the failed first install.'
            : `The release is at revision ${result.revision} (${result.status}).`;
    return new UpgradeError('failed', failure.message, `${state} Fix what kept it from becoming ready (the pods' reasons are in the summary; kubectl describe pods -n ${result.namespace}) and deploy again.`);
}
function fillHistory(result, history) {
    const latest = history.at(-1);
    if (latest) {
        result.revision = latest.revision;
        result.status = latest.status;
    }
    result.history = history
        .slice(-5)
        .reverse()
        .map((r) => ({ revision: r.revision, status: r.status, chart: r.chart, updated: r.updated, description: r.description }));
}
function upgradeArgs(target, settings, digest) {
    const seconds = `${Math.ceil(target.timeoutMs / 1000)}s`;
    const rollback = settings.helm.version.major >= 4 ? ['--rollback-on-failure', '--wait=watcher'] : ['--atomic', '--wait'];
    return [
        'upgrade',
        '--install',
        target.release,
        ...(0,helm_release/* chartArgs */.UQ)(target.chart),
        '--namespace',
        target.namespace,
        ...target.valuesFiles.flatMap((f) => ['--values', f.path]),
        ...target.set.flatMap((s) => ['--set', s]),
        ...rollback,
        '--timeout',
        seconds,
        '--history-max',
        String(target.historyMax),
        '--description',
        // Records the chart digest where the next plan reads it back (its no-op decision), and the run that deployed it.
        [digest ? (0,render/* digestDescription */.Ns)(digest) : 'chalk-actions deploy', ...(settings.provenance.runUrl ? [`run ${settings.provenance.runUrl}`] : [])].join('; '),
        ...(settings.caFile ? ['--ca-file', settings.caFile] : []),
    ];
}
async function runUpgrade(target, settings, digest) {
    core/* info */.pq(`Deploying ${target.release} (${(0,helm_release/* chartLabel */.tb)(target.chart)}${target.chart.version ? ` ${target.chart.version}` : ''}) to ${target.namespace}.`);
    await settings.helm.run(upgradeArgs(target, settings, digest), { timeoutMs: target.timeoutMs + HELM_GRACE_MS, log: true });
}
async function applyMethod(settings, target, previous, previousMethod) {
    const used = await (0,helm_release/* releaseApplyMethod */.dD)(settings.helm, target.release, target.namespace);
    const method = used === 'ssa' ? 'server-side apply' : used === 'csa' ? 'client-side apply' : (used ?? 'unknown');
    if (!previous)
        return { method, reason: 'Helm 4 installs a new release server-side' };
    return {
        method,
        reason: `auto: the upgrade follows the release's previous method (${previousMethod ?? 'client-side apply, a release last written by Helm 3'})`,
    };
}
/**
 * A release stuck pending-install/upgrade/rollback blocks every helm operation. Recovered only when
 * the pending revision is older than the threshold (the deploy lock is held, so no deploy of ours is
 * running; a younger one may be a person's helm run): rollback to the last deployed revision, or
 * uninstall a first install that never completed.
 */
async function recoverPending(target, settings, history) {
    const latest = history.at(-1);
    if (!latest || !(0,helm_releases/* isPending */.mm)(latest.status))
        return undefined;
    const plan = (0,helm_releases/* pendingRecovery */.rm)(history.map((r) => ({ revision: r.revision, status: r.status, modifiedAt: new Date(r.updated) })), target.release, target.namespace);
    const ageMs = Math.max(0, Date.now() - Date.parse(latest.updated));
    const command = `helm ${plan.args.join(' ')}`;
    const toRevision = plan.args[0] === 'rollback' ? Number(plan.args[2]) : undefined;
    const found = `release ${target.release} is ${latest.status} (revision ${latest.revision}) since ${formatAge(ageMs)}`;
    if (!settings.recoverPending)
        throw new PendingReleaseError('pending-recovery-off', `${found}; helm refuses every operation on it until it is recovered, and recover-pending is off.`, `If no helm operation is running on it, ${plan.description.replace(/, then (upgrade|install it again)$/, '')}: ${command}`);
    if (ageMs < settings.recoverPendingAfterMs)
        throw new PendingReleaseError('pending-too-young', `${found}, younger than recover-pending-after (${formatAge(settings.recoverPendingAfterMs)}): a helm operation may still be running on it.`, `If nothing is deploying it, recover it by hand: ${command} — or run again after ${formatAge(settings.recoverPendingAfterMs - ageMs)} and the deploy recovers it.`);
    const recovery = {
        status: latest.status,
        revision: latest.revision,
        ageSeconds: Math.round(ageMs / 1000),
        action: plan.args[0] === 'rollback' ? 'rollback' : 'uninstall',
        ...(toRevision !== undefined ? { toRevision } : {}),
        command,
        performed: false,
    };
    if (settings.dryRun)
        return recovery;
    core/* warning */.$e(`${found}: recovering with ${command}.`);
    await settings.helm.run(plan.args, { timeoutMs: target.timeoutMs + HELM_GRACE_MS, log: true });
    return { ...recovery, performed: true };
}
function formatAge(ms) {
    const s = Math.round(ms / 1000);
    if (s < 90)
        return `${s}s`;
    const m = Math.floor(s / 60);
    if (m < 90)
        return `${m}m ${s % 60}s`;
    return `${Math.floor(m / 60)}h ${m % 60}m`;
}
/** Polls the release's new pods while helm waits, keeping each pod's problems as last seen (helm's rollback deletes the pods). */
function watchContainers(kube, target, existing) {
    const seen = new Map();
    let stopped = false;
    const poll = async () => {
        const problems = await kube.containerProblems(target.namespace, existing, target.release).catch(() => []);
        const pods = new Set(problems.map((p) => p.pod));
        for (const pod of pods)
            seen.set(pod, problems.filter((p) => p.pod === pod));
    };
    let running = poll();
    const timer = setInterval(() => {
        if (!stopped)
            running = running.then(poll);
    }, POD_POLL_MS);
    return {
        async stop() {
            stopped = true;
            clearInterval(timer);
            await running;
            return [...seen.values()].flat();
        },
    };
}
/** Annotates the release's objects (or its namespace) with the GitHub run, commit and actor that deployed it. */
async function trace(target, settings) {
    const { runUrl, commit, actor } = settings.provenance;
    const annotations = {
        ...(runUrl ? { 'deploy.chalk.ai/run-url': runUrl } : {}),
        ...(commit ? { 'deploy.chalk.ai/commit': commit } : {}),
        ...(actor ? { 'deploy.chalk.ai/actor': actor } : {}),
    };
    if (Object.keys(annotations).length === 0)
        return 0;
    const objects = settings.trace === 'namespace'
        ? [{ apiVersion: 'v1', kind: 'Namespace', name: target.namespace }]
        : await (0,helm_release/* releaseObjects */.cs)(settings.helm, target.release, target.namespace);
    await Promise.all(objects.map((o) => settings.kube.apply({
        apiVersion: o.apiVersion,
        kind: o.kind,
        metadata: {
            name: o.name,
            ...(o.kind === 'Namespace' ? {} : { namespace: 'namespace' in o && o.namespace ? o.namespace : target.namespace }),
            annotations,
        },
    }, { fieldManager: TRACE_FIELD_MANAGER, readFirst: false })));
    return objects.length;
}
/** The annotations have their own field manager, so applying them never drops fields another apply of ours owns. */
const TRACE_FIELD_MANAGER = 'chalk-actions-trace';


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

/***/ 53742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eE: () => (/* binding */ metadataSummary),
/* harmony export */   fM: () => (/* binding */ dataplaneSummary)
/* harmony export */ });
/* unused harmony export outcomeLabel */
/* harmony import */ var _apply_release_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51998);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);


const OUTCOME = {
    installed: '✅ installed',
    upgraded: '✅ upgraded',
    unchanged: '⏸️ unchanged',
    'would-change': '📝 would deploy (dry run)',
    'rolled-back': '↩️ failed, rolled back',
    failed: '❌ failed',
    cancelled: '⏹️ cancelled',
    'not-started': '⏭️ not started',
};
function outcomeLabel(outcome) {
    return OUTCOME[outcome];
}
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
function chartCell(r) {
    return `${r.chart.ref}${r.chart.version ? ` ${r.chart.version}` : ''}${r.chart.digest ? ` (${r.chart.digest.slice(0, 19)}…)` : ''}`;
}
function revisionCell(r) {
    if (r.revision === undefined)
        return r.previousRevision !== undefined ? `${r.previousRevision} (release removed)` : '—';
    const moved = r.previousRevision !== undefined && r.previousRevision !== r.revision ? `${r.previousRevision} → ` : '';
    return `${moved}${r.revision} (${r.status ?? 'unknown'})`;
}
function changesText(r) {
    const plan = r.plan;
    if (!plan)
        return undefined;
    const c = plan.counts;
    const parts = [
        [c.added, 'added'],
        [c.changed, 'changed'],
        [c.removed, 'removed'],
        [c.renamed, 'renamed'],
    ].flatMap(([n, what]) => (n ? [`${n} ${what}`] : []));
    const objects = parts.length ? parts.join(', ') : 'no object changes';
    const chart = plan.sameVersionNewDigest
        ? '; the chart tag now points at new content'
        : plan.digestChanged
            ? '; a different chart'
            : '; the same chart digest';
    return `${objects}${c.ignored ? ` (${c.ignored} ignored field difference${c.ignored === 1 ? '' : 's'})` : ''}${chart}`;
}
function recoveryText(r) {
    const rec = r.recovery;
    if (!rec)
        return undefined;
    const what = rec.action === 'rollback' ? `rolled back to revision ${rec.toRevision}` : 'uninstalled the never-completed first install';
    const kept = rec.action === 'rollback' ? ` (helm keeps revision ${rec.revision} in the history as ${rec.status})` : '';
    return `${r.release} was ${rec.status} (revision ${rec.revision}) for ${(0,_apply_release_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAge */ .nV)(rec.ageSeconds * 1000)}: ${rec.performed ? what : `would have ${what}`} with ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(rec.command)}${kept}.`;
}
function failureSection(r) {
    if (!r.error || r.outcome === 'not-started')
        return [];
    const lines = [`**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(r.release)}**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(r.error.message)}`];
    if (r.error.fix)
        lines.push('', `Fix: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(r.error.fix)}`);
    if (r.outcome === 'rolled-back')
        lines.push('', `helm rolled the release back: it runs revision ${r.revision} (${r.status}), as before the deploy.`);
    if (r.containerProblems.length)
        lines.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Pod', 'Container', 'Reason', 'Message'], r.containerProblems.map((p) => [p.pod, p.container || '—', p.reason, [p.message, p.image ? `image ${p.image}` : ''].filter(Boolean).join('; ')])));
    return lines;
}
function historyTable(r) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Revision', 'Status', 'Chart', 'Updated', 'Description'], r.history.map((h) => [String(h.revision), h.status, h.chart, h.updated.replace(/\.\d+Z$/, 'Z'), h.description]));
}
function lockText(r) {
    if (!r.lock?.waitedFor.length)
        return undefined;
    return `waited ${seconds(r.lock.waitedMs)} for the deploy lock held by ${r.lock.waitedFor.join(', ')}`;
}
function checksTable(checks) {
    const icon = { pass: '✅', fail: '❌', warn: '⚠️', skipped: '⏭️' };
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Check', 'Result', 'Finding', 'Fix'], checks.map((c) => [c.title, `${icon[c.verdict]} ${c.verdict}`, c.finding, c.fix ?? '']));
}
function metadataSummary(result) {
    const r = result.release;
    const headline = result.refused
        ? `❌ refused: the ${result.refused === 'config' ? 'configuration is invalid' : 'Secrets are not usable'}; the release was not touched`
        : r
            ? `${outcomeLabel(r.outcome)}${r.revision !== undefined ? ` (revision ${r.revision})` : ''}`
            : result.cancelled
                ? '⏹️ cancelled before helm ran'
                : '❌ failed before helm ran';
    const out = [`## Chalk Metadata Plane deploy: ${headline}`, ''];
    if (result.error)
        out.push(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(result.error.message)}${result.error.fix ? ` Fix: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(result.error.fix)}` : ''}`, '');
    if (r) {
        const rows = [
            ['Release', `${r.release} in namespace ${r.namespace}`],
            ['Chart', chartCell(r)],
            ['Revision', revisionCell(r)],
        ];
        const changes = changesText(r);
        if (changes)
            rows.push(['Plan', changes]);
        if (r.applyMethod)
            rows.push(['Apply method (Helm 4)', `${r.applyMethod.method}: ${r.applyMethod.reason}`]);
        if (r.traced)
            rows.push(['Traceability', `${r.traced} object${r.traced === 1 ? '' : 's'} annotated with the run, commit and actor`]);
        const lock = lockText(r);
        rows.push(['Duration', `${seconds(result.durationMs)}${lock ? ` (${lock})` : ''}`]);
        out.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['', ''], rows), '');
        if (r.plan?.objects.length)
            out.push('### What changes', '', ...r.plan.objects.map((o) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(o)}`), '');
        const recovery = recoveryText(r);
        if (recovery)
            out.push('### Recovery of a stuck release', '', recovery, '');
        const failure = failureSection(r);
        if (failure.length)
            out.push('### Why it failed', '', ...failure, '');
        if (r.history.length)
            out.push('### Revision history', '', historyTable(r), '');
    }
    if (result.secrets.length)
        out.push('### Secrets (from inputs, values never shown)', '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Secret', 'Action'], result.secrets.map((s) => [`${s.namespace}/${s.name}`, s.action])), '');
    const shownChecks = result.refused ? result.checks : result.checks.filter((c) => c.verdict !== 'pass');
    if (shownChecks.length)
        out.push('### Preflight checks', '', checksTable(shownChecks), '');
    return out.join('\n');
}
function resourceRow(r) {
    const icon = { applied: '✅ applied', 'would-apply': '📝 would apply (dry run)', failed: '❌ failed', 'not-started': '⏭️ not started' }[r.outcome];
    const objects = r.objects.map((o) => `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}: ${o.action}`).join('; ');
    return [r.id, icon, r.after.join(', ') || '—', r.error ? r.error.message : objects, seconds(r.durationMs)];
}
function dataplaneSummary(result) {
    if (result.mode === 'lock')
        return lockSummary(result);
    const failed = result.releases.filter((r) => r.error && r.outcome !== 'not-started').length + result.resources.filter((r) => r.error).length;
    const headline = result.cancelled ? '⏹️ cancelled' : result.ok ? '✅ done' : `❌ ${failed ? 'stopped at the first failure' : 'failed'}`;
    const out = [`## Chalk Data Plane deploy: ${headline}`, ''];
    if (result.error)
        out.push(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(result.error.message)}${result.error.fix ? ` Fix: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(result.error.fix)}` : ''}`, '');
    if (result.releases.length) {
        const order = (name) => {
            const i = result.started.indexOf(name);
            return i < 0 ? '—' : String(i + 1);
        };
        out.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['#', 'Release', 'Namespace', 'Chart', 'Result', 'Plan', 'Revision', 'Duration'], result.releases.map((r) => [
            order(r.release),
            r.release,
            r.namespace,
            chartCell(r),
            `${outcomeLabel(r.outcome)}${r.outcome === 'not-started' && r.error ? ` (${r.error.message.replace(/^not started: /, '').replace(/\.$/, '')})` : ''}`,
            changesText(r) ?? '—',
            revisionCell(r),
            seconds(r.durationMs),
        ])), '');
    }
    if (result.resources.length)
        out.push('### Cluster resources', '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Resource', 'Result', 'After', 'Objects', 'Duration'], result.resources.map(resourceRow)), '');
    for (const r of result.releases) {
        const recovery = recoveryText(r);
        if (recovery)
            out.push(`### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(r.release)}: recovery`, '', recovery, '');
        const failure = failureSection(r);
        if (failure.length)
            out.push(`### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(r.release)}: why it failed`, '', ...failure, '');
    }
    out.push(`Duration: ${seconds(result.durationMs)}.`, '');
    return out.join('\n');
}
function lockSummary(result) {
    const lock = result.lock;
    const headline = lock?.written ? '✅ lock file written' : '❌ lock file not written';
    const out = [`## Chalk Data Plane chart lock: ${headline}`, ''];
    if (result.error)
        out.push(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(result.error.message)}${result.error.fix ? ` Fix: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(result.error.fix)}` : ''}`, '');
    if (lock) {
        if (lock.written)
            out.push(`Wrote ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(lock.path)}: commit it beside the chart set.`, '');
        out.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Release', 'Chart', 'Requested', 'Pinned', 'Digest', 'Was'], lock.resolutions.map((r) => [
            r.release,
            r.repository ? `${r.repository} ${r.chart}` : r.chart,
            r.requested,
            r.version,
            r.digest ?? '—',
            r.previous ?? '',
        ])), '');
    }
    return out.join('\n');
}


/***/ })

};
