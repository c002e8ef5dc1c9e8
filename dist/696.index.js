export const id = 696;
export const ids = [696];
export const modules = {

/***/ 16815:
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
var paths = __webpack_require__(49566);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/kube/errors.ts
var errors = __webpack_require__(23646);
// EXTERNAL MODULE: ./src/plan/diff.ts + 1 modules
var plan_diff = __webpack_require__(81594);
// EXTERNAL MODULE: ./src/plan/documents.ts + 2 modules
var documents = __webpack_require__(73967);
// EXTERNAL MODULE: ./src/plan/field-diff.ts
var field_diff = __webpack_require__(44103);
// EXTERNAL MODULE: ./src/plan/ignore.ts
var ignore = __webpack_require__(66405);
// EXTERNAL MODULE: ./src/plan/normalise.ts
var normalise = __webpack_require__(39149);
// EXTERNAL MODULE: ./src/plan/render.ts
var render = __webpack_require__(30031);
// EXTERNAL MODULE: ./src/plan/run.ts + 3 modules
var run = __webpack_require__(93149);
// EXTERNAL MODULE: ./src/plan/secrets.ts
var secrets = __webpack_require__(64682);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./src/drift/cluster.ts




/** Connection options are made again after this long, so an exec plugin's short-lived token is renewed. */
const OPTIONS_TTL_MS = 60_000;
const MAX_BODY_BYTES = 64 << 20;
class LiveCluster {
    config;
    server;
    options;
    discovery = new Map();
    agents = new Set();
    connection;
    /** Connections kept open between requests (hundreds of objects, each read and dry-run); a proxy keeps the library's own agent. */
    keepAlive;
    constructor(config, server, options) {
        this.config = config;
        this.server = server;
        this.options = options;
        if (!config.getCurrentCluster()?.proxyUrl) {
            this.keepAlive = server.startsWith('http:') ? new external_node_http_.Agent({ keepAlive: true }) : new external_node_https_.Agent({ keepAlive: true });
            this.agents.add(this.keepAlive);
        }
    }
    /** Loads the kubeconfig as kubectl and helm do ($KUBECONFIG, else ~/.kube/config, else in-cluster). */
    static async connect(options) {
        const k8s = await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 6959));
        const config = new k8s.KubeConfig();
        try {
            config.loadFromDefault();
            if (options.kubeContext)
                config.setCurrentContext(options.kubeContext);
        }
        catch (err) {
            throw new errors/* KubeError */.a('no-config', `the kubeconfig cannot be used: ${err instanceof Error ? err.message : String(err)}`, 'Fix the kubeconfig (and kube-context).');
        }
        const server = config.getCurrentCluster()?.server;
        if (!server)
            throw new errors/* KubeError */.a('no-config', 'the kubeconfig has no current cluster', 'Configure cluster access first, e.g. `aws eks update-kubeconfig --name <cluster>`.');
        return new LiveCluster(config, server.replace(/\/+$/, ''), options);
    }
    /** Ends the connections this client opened. */
    close() {
        for (const agent of this.agents)
            agent.destroy();
        this.agents.clear();
    }
    /** The resource serving `kind` in `apiVersion`, or undefined when the API server serves no such kind. */
    async resourceOf(apiVersion, kind) {
        let resources = this.discovery.get(apiVersion);
        if (!resources) {
            resources = this.discover(apiVersion);
            this.discovery.set(apiVersion, resources);
        }
        return (await resources)?.get(kind);
    }
    async discover(apiVersion) {
        const list = await this.send('GET', groupVersionPath(apiVersion));
        if (!list)
            return undefined;
        const resources = Array.isArray(list.resources) ? list.resources : [];
        const out = new Map();
        for (const r of resources) {
            if (!(0,field_diff/* isMap */.jh)(r) || typeof r.name !== 'string' || r.name.includes('/') || typeof r.kind !== 'string')
                continue;
            out.set(r.kind, { plural: r.name, namespaced: r.namespaced === true });
        }
        return out;
    }
    /** The object, or undefined when it does not exist. */
    get(ref, resource) {
        return this.send('GET', objectPath(ref, resource));
    }
    /** The object as a server-side apply by `fieldManager` would leave it (forcing conflicts), without storing anything. */
    async dryRunApply(object, ref, resource, fieldManager) {
        const query = new URLSearchParams({ dryRun: 'All', fieldManager, force: 'true' });
        const answer = await this.send('PATCH', `${objectPath(ref, resource)}?${query}`, JSON.stringify(object), 'application/apply-patch+yaml');
        if (!answer)
            throw new errors/* KubeError */.a('not-found', `${ref.kind} ${ref.name} disappeared during the dry run`, 'Run the drift check again.', 404);
        return answer;
    }
    /** The items of a namespaced list (e.g. `/apis/autoscaling/v2/namespaces/x/horizontalpodautoscalers`). */
    async list(path) {
        const answer = await this.send('GET', path);
        return answer && Array.isArray(answer.items) ? answer.items.filter((i) => (0,field_diff/* isMap */.jh)(i)) : [];
    }
    connectionOptions() {
        if (!this.connection || Date.now() - this.connection.at > OPTIONS_TTL_MS) {
            const options = { headers: {} };
            const ready = this.config.applyToHTTPSOptions(options).then(() => {
                if (options.agent && options.agent !== true) {
                    if (this.keepAlive)
                        options.agent.destroy();
                    else
                        this.agents.add(options.agent);
                }
                // The TLS settings (CA, client certificate, server name) are in the options themselves; the agent only pools.
                if (this.keepAlive)
                    options.agent = this.keepAlive;
                return options;
            });
            this.connection = { options: ready, at: Date.now() };
        }
        return this.connection.options;
    }
    /** One request; 404 is undefined, other failures a KubeError. */
    async send(method, path, body, contentType) {
        const url = new URL(`${this.server}${path}`);
        const base = await this.connectionOptions().catch((err) => {
            this.connection = undefined;
            throw (0,errors/* toKubeError */.N)(err, this.server);
        });
        const timeout = AbortSignal.timeout(this.options.timeoutMs);
        const signal = this.options.signal ? AbortSignal.any([this.options.signal, timeout]) : timeout;
        const headers = { ...base.headers, accept: 'application/json' };
        if (body !== undefined) {
            headers['content-type'] = contentType ?? 'application/json';
            headers['content-length'] = Buffer.byteLength(body);
        }
        const send = url.protocol === 'http:' ? external_node_http_.request : external_node_https_.request;
        const { status, text } = await new Promise((resolve, reject) => {
            const req = send(url, { ...base, method, headers, signal }, (res) => {
                const chunks = [];
                let size = 0;
                res.on('data', (c) => {
                    size += c.length;
                    if (size > MAX_BODY_BYTES)
                        req.destroy(new Error(`${method} ${url.pathname}: the answer is over ${MAX_BODY_BYTES >> 20} MiB`));
                    else
                        chunks.push(c);
                });
                res.on('error', reject);
                res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
            });
            req.on('error', (err) => reject(timeout.aborted ? Object.assign(new Error(`${method} ${url.pathname} timed out`), { name: 'AbortError' }) : err));
            req.end(body);
        }).catch((err) => {
            throw (0,errors/* toKubeError */.N)(err, this.server);
        });
        if (status === 404)
            return undefined;
        if (status >= 200 && status < 300)
            return JSON.parse(text);
        throw (0,errors/* toKubeError */.N)({ code: status, body: text }, this.server);
    }
}
function groupVersionPath(apiVersion) {
    return apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
}
function objectPath(ref, resource) {
    const namespace = resource.namespaced ? `/namespaces/${encodeURIComponent(ref.namespace)}` : '';
    return `${groupVersionPath(ref.apiVersion)}${namespace}/${resource.plural}/${encodeURIComponent(ref.name)}`;
}

// EXTERNAL MODULE: ./src/apply/kube-apply.ts
var kube_apply = __webpack_require__(4242);
;// CONCATENATED MODULE: ./src/drift/managed-fields.ts
/**
 * Who set what, from an object's `metadata.managedFields` (FieldsV1: `f:<field>`, list items by key
 * `k:{"name":"x"}`, by value `v:"x"` or by index `i:0`, and `.` for the node itself). A server-side
 * apply keeps what other managers own, so a dry run alone misses fields added out of band (an extra env
 * var, a sidecar): those are the fields a manager other than helm and the cluster's own controllers
 * owns, at a place the deployed manifest does not set.
 *
 * helm's managers are found by what only helm sets: the `meta.helm.sh/release-name` annotation. Helm 4
 * applies server-side as `helm` (operation Apply, owning exactly the manifest's fields); Helm 3 updates
 * client-side (operation Update, owning the server's defaults too).
 */


/** The cluster's own writers: what they set (status, revisions, allocated values, injected CA bundles) is never drift. */
const CLUSTER_MANAGERS = new Set(['kube-controller-manager', 'kube-scheduler', 'kubelet', 'kube-apiserver', 'cloud-controller-manager', 'cainjector']);
const RELEASE_NAME_ANNOTATION = ['f:metadata', 'f:annotations', 'f:meta.helm.sh/release-name'];
function managedFieldsOf(object) {
    const entries = (0,field_diff/* isMap */.jh)(object.metadata) ? object.metadata.managedFields : undefined;
    return Array.isArray(entries) ? entries.filter((e) => (0,field_diff/* isMap */.jh)(e)) : [];
}
/** The managers that own the release-name annotation: helm's, whatever name and operation it used. */
function helmManagers(entries) {
    return new Set(entries.filter((e) => e.manager && owns(e.fieldsV1, RELEASE_NAME_ANNOTATION)).map((e) => e.manager));
}
/** The name helm applied the object with server-side (Helm 4), if it did. */
function helmApplyManager(entries) {
    return entries.find((e) => e.operation === 'Apply' && e.manager && owns(e.fieldsV1, RELEASE_NAME_ANNOTATION))?.manager;
}
function owns(fields, path) {
    let node = fields;
    for (const segment of path) {
        if (!(0,field_diff/* isMap */.jh)(node) || !(segment in node))
            return false;
        node = node[segment];
    }
    return true;
}
/** A manager whose fields are not drift: helm itself, the cluster's controllers, status writers and this toolkit (deploy's trace annotations). */
function isExpected(entry, helm) {
    const manager = entry.manager ?? '';
    return (helm.has(manager) || CLUSTER_MANAGERS.has(manager) || entry.subresource === 'status' || manager === kube_apply/* FIELD_MANAGER */.v || manager.startsWith(`${kube_apply/* FIELD_MANAGER */.v}-`));
}
/**
 * The fields of `live` set out of band at places `deployed` does not set, each as the topmost such
 * path (an added env var is its list item, not its name and value); sorted, without duplicates.
 */
function outOfBandFields(live, deployed) {
    const entries = managedFieldsOf(live);
    const helm = helmManagers(entries);
    const found = new Map();
    for (const entry of entries) {
        if (isExpected(entry, helm) || !(0,field_diff/* isMap */.jh)(entry.fieldsV1))
            continue;
        walk(entry.fieldsV1, live, deployed, [], found);
    }
    return [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, path]) => path);
}
function walk(node, live, deployed, path, found) {
    for (const [segment, child] of Object.entries(node)) {
        if (segment === '.')
            continue;
        const liveChild = step(live, segment, false);
        // A manager can own a field that is gone since (another manager removed it): nothing to report.
        if (!liveChild)
            continue;
        const here = [...path, segment];
        const deployedChild = step(deployed, segment, true);
        if (!deployedChild) {
            found.set(JSON.stringify(here), here);
            continue;
        }
        if ((0,field_diff/* isMap */.jh)(child) && Object.keys(child).some((k) => k !== '.'))
            walk(child, liveChild.value, deployedChild.value, here, found);
    }
}
/**
 * One FieldsV1 step into `value`. `lenient` matches a keyed list item of a manifest, which may leave out
 * key fields the server defaults (a port's `protocol: TCP`): the key fields it does set must match.
 */
function step(value, segment, lenient) {
    if (segment.startsWith('f:')) {
        const field = segment.slice(2);
        return (0,field_diff/* isMap */.jh)(value) && field in value && value[field] !== undefined ? { value: value[field] } : undefined;
    }
    if (!Array.isArray(value))
        return undefined;
    const index = itemIndex(value, segment, lenient);
    return index < 0 ? undefined : { value: value[index] };
}
/** The index of the list item a `k:`, `v:` or `i:` segment names, or -1. */
function itemIndex(list, segment, lenient = false) {
    const body = segment.slice(2);
    if (segment.startsWith('i:')) {
        const i = Number(body);
        return Number.isInteger(i) && i >= 0 && i < list.length ? i : -1;
    }
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        return -1;
    }
    if (segment.startsWith('v:'))
        return list.findIndex((item) => (0,field_diff/* deepEqual */.bD)(item, parsed));
    if (!segment.startsWith('k:') || !(0,field_diff/* isMap */.jh)(parsed))
        return -1;
    const keys = Object.entries(parsed);
    return list.findIndex((item) => {
        if (!(0,field_diff/* isMap */.jh)(item))
            return false;
        const present = keys.filter(([k]) => item[k] !== undefined);
        if (present.length === 0 || (!lenient && present.length < keys.length))
            return false;
        return present.every(([k, v]) => (0,field_diff/* deepEqual */.bD)(item[k], v));
    });
}
/** The JSON-pointer segments of `path` in `object`, or undefined when it is not there. */
function pointerSegments(object, path) {
    const out = [];
    let node = object;
    for (const segment of path) {
        if (segment.startsWith('f:')) {
            const field = segment.slice(2);
            if (!(0,field_diff/* isMap */.jh)(node) || !(field in node))
                return undefined;
            out.push(field);
            node = node[field];
            continue;
        }
        if (!Array.isArray(node))
            return undefined;
        const index = itemIndex(node, segment);
        if (index < 0)
            return undefined;
        out.push(index);
        node = node[index];
    }
    return out;
}
/** A copy of `object` without the fields at `paths` (list items are removed, later indexes first). */
function withoutFields(object, paths) {
    const copy = structuredClone(object);
    const targets = paths.map((p) => pointerSegments(copy, p)).filter((s) => s !== undefined && s.length > 0);
    targets.sort(descending);
    for (const segments of targets) {
        const parent = segments.slice(0, -1).reduce((node, s) => node[s], copy);
        const last = segments.at(-1);
        if (Array.isArray(parent) && typeof last === 'number')
            parent.splice(last, 1);
        else if ((0,field_diff/* isMap */.jh)(parent))
            delete parent[String(last)];
    }
    return copy;
}
/** Deepest and highest-indexed first, so removing one never shifts the index of another still to remove. */
function descending(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === y)
            continue;
        if (typeof x === 'number' && typeof y === 'number')
            return y - x;
        return String(y) < String(x) ? -1 : 1;
    }
    return b.length - a.length;
}

;// CONCATENATED MODULE: ./src/drift/live-compare.ts


/** Metadata the API server and controllers write. */
const SERVER_METADATA = [
    'managedFields',
    'resourceVersion',
    'uid',
    'generation',
    'creationTimestamp',
    'selfLink',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
];
/** Annotations controllers write on the objects they manage. */
const CONTROLLER_ANNOTATIONS = ['deployment.kubernetes.io/revision', 'deprecated.daemonset.template.generation'];
const MANAGED_BY = 'app.kubernetes.io/managed-by';
/** What helm adds to every object it applies, besides the manifest: its ownership label and annotations. */
function withHelmMetadata(object, release, namespace) {
    const metadata = (0,field_diff/* isMap */.jh)(object.metadata) ? object.metadata : {};
    const labels = (0,field_diff/* isMap */.jh)(metadata.labels) ? metadata.labels : {};
    const annotations = (0,field_diff/* isMap */.jh)(metadata.annotations) ? metadata.annotations : {};
    return {
        ...object,
        metadata: {
            ...metadata,
            labels: { ...labels, [MANAGED_BY]: 'Helm' },
            annotations: { ...annotations, 'meta.helm.sh/release-name': release, 'meta.helm.sh/release-namespace': namespace },
        },
    };
}
/**
 * The pair to compare. `deployed` must already carry helm's metadata. Without a dry run the apply is
 * computed here: the live object, less what was added out of band, with the deployed fields laid over it
 * (maps merged, lists of named items matched by name, other lists of the same length item by item).
 */
function livePair(input) {
    const added = outOfBandFields(input.live, input.deployed);
    const applied = input.dryRun ? withoutFields(input.dryRun, added) : overlay(withoutFields(input.live, added), input.deployed);
    return { deployed: stripClusterOwned(applied, input.key, input.autoscaled), live: stripClusterOwned(input.live, input.key, input.autoscaled) };
}
function overlay(base, desired) {
    if ((0,field_diff/* isMap */.jh)(base) && (0,field_diff/* isMap */.jh)(desired)) {
        const out = { ...base };
        for (const [k, v] of Object.entries(desired))
            out[k] = k in base ? overlay(base[k], v) : v;
        return out;
    }
    if (Array.isArray(base) && Array.isArray(desired)) {
        const baseByName = namedItems(base);
        if (baseByName && namedItems(desired))
            return desired.map((d) => (baseByName.has(nameOf(d)) ? overlay(baseByName.get(nameOf(d)), d) : d));
        if (base.length === desired.length)
            return desired.map((d, i) => overlay(base[i], d));
    }
    return desired;
}
function nameOf(item) {
    return (0,field_diff/* isMap */.jh)(item) && typeof item.name === 'string' ? item.name : '';
}
/** The items by name, when every item is a map with a unique string name. */
function namedItems(list) {
    const map = new Map();
    for (const item of list) {
        const name = nameOf(item);
        if (!name || map.has(name))
            return undefined;
        map.set(name, item);
    }
    return map;
}
/** A copy without what the cluster owns. */
function stripClusterOwned(object, key, autoscaled) {
    const copy = structuredClone(object);
    delete copy.status;
    if ((0,field_diff/* isMap */.jh)(copy.metadata)) {
        for (const field of SERVER_METADATA)
            delete copy.metadata[field];
        const annotations = copy.metadata.annotations;
        if ((0,field_diff/* isMap */.jh)(annotations)) {
            for (const a of CONTROLLER_ANNOTATIONS)
                delete annotations[a];
            if (Object.keys(annotations).length === 0)
                delete copy.metadata.annotations;
        }
    }
    const spec = (0,field_diff/* isMap */.jh)(copy.spec) ? copy.spec : undefined;
    if (autoscaled && spec)
        delete spec.replicas;
    // CA bundles are injected by the API server's owner of the CA (cert-manager's cainjector, the aggregator's installer).
    if ((key.kind === 'MutatingWebhookConfiguration' || key.kind === 'ValidatingWebhookConfiguration') && Array.isArray(copy.webhooks))
        for (const hook of copy.webhooks)
            if ((0,field_diff/* isMap */.jh)(hook) && (0,field_diff/* isMap */.jh)(hook.clientConfig))
                delete hook.clientConfig.caBundle;
    if (key.kind === 'APIService' && spec)
        delete spec.caBundle;
    if (key.kind === 'CustomResourceDefinition' &&
        spec &&
        (0,field_diff/* isMap */.jh)(spec.conversion) &&
        (0,field_diff/* isMap */.jh)(spec.conversion.webhook) &&
        (0,field_diff/* isMap */.jh)(spec.conversion.webhook.clientConfig))
        delete spec.conversion.webhook.clientConfig.caBundle;
    return copy;
}
/** HorizontalPodAutoscalers' targets, as `group/kind/name` in their namespace. */
function autoscaledTargets(autoscalers) {
    const targets = new Set();
    for (const hpa of autoscalers) {
        const ref = (0,field_diff/* isMap */.jh)(hpa.spec) && (0,field_diff/* isMap */.jh)(hpa.spec.scaleTargetRef) ? hpa.spec.scaleTargetRef : undefined;
        if (!ref || typeof ref.kind !== 'string' || typeof ref.name !== 'string')
            continue;
        const apiVersion = typeof ref.apiVersion === 'string' ? ref.apiVersion : '';
        const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
        const namespace = (0,field_diff/* isMap */.jh)(hpa.metadata) && typeof hpa.metadata.namespace === 'string' ? hpa.metadata.namespace : '';
        targets.add(targetId(group, ref.kind, namespace, ref.name));
    }
    return targets;
}
function targetId(group, kind, namespace, name) {
    return `${group}/${kind}/${namespace}/${name}`;
}

;// CONCATENATED MODULE: ./src/drift/types.ts
const DRIFT_SCHEMA_VERSION = 1;

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/plan/errors.ts
var plan_errors = __webpack_require__(99516);
;// CONCATENATED MODULE: ./src/drift/values.ts
/**
 * The user-supplied values on both sides: `helm get values` (what the deployed revision was given) and
 * what the files and set lines give now. helm itself merges the latter, so `--set` syntax, list
 * indexes and precedence are exactly helm's: a one-template chart with no values of its own is
 * rendered with the same `--values`/`--set` arguments and prints `.Values` as JSON.
 */





/** `helm get values`: the values the deployed revision was given (not the chart's defaults). */
async function deployedValues(helm, release, namespace, call) {
    const args = ['get', 'values', release, '--namespace', namespace, '--output', 'json', ...(call.kubeContext ? ['--kube-context', call.kubeContext] : [])];
    const { stdout } = await helm.run(args, { timeoutMs: call.timeoutMs, signal: call.signal });
    const parsed = JSON.parse(stdout.trim() || 'null');
    return (0,field_diff/* isMap */.jh)(parsed) ? parsed : {};
}
const VALUES_TEMPLATE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: values
data:
  values.json: {{ toJson .Values | quote }}
`;
/** The values helm would give the release from these files (in order) and set lines. */
async function desiredValues(helm, valuesFiles, set, workDir, call) {
    const chart = await (0,promises_.mkdtemp)((0,external_node_path_.join)(workDir, 'values-chart-'));
    await (0,promises_.mkdir)((0,external_node_path_.join)(chart, 'templates'));
    await (0,promises_.writeFile)((0,external_node_path_.join)(chart, 'Chart.yaml'), 'apiVersion: v2\nname: values\nversion: 0.0.0\n');
    await (0,promises_.writeFile)((0,external_node_path_.join)(chart, 'templates', 'values.yaml'), VALUES_TEMPLATE);
    const args = ['template', 'values', chart, ...valuesFiles.flatMap((f) => ['--values', f]), ...set.flatMap((s) => ['--set', s])];
    const { stdout } = await helm.run(args, { timeoutMs: call.timeoutMs, signal: call.signal });
    const rendered = (0,dist/* parse */.qg)(stdout.slice(stdout.search(/^apiVersion:/m)));
    const text = (0,field_diff/* isMap */.jh)(rendered) && (0,field_diff/* isMap */.jh)(rendered.data) ? rendered.data['values.json'] : undefined;
    if (typeof text !== 'string')
        throw new plan_errors/* PlanError */.W('render', 'helm printed no values for the values files.', 'Run helm template with the same values files by hand and report its output.');
    const parsed = JSON.parse(text);
    return (0,field_diff/* isMap */.jh)(parsed) ? parsed : {};
}

;// CONCATENATED MODULE: ./src/drift/run.ts
/**
 * The drift-check engine. Per release, three comparisons:
 * 1. desired vs deployed: the plan (src/plan) of the files against the helm release — chart, rendered
 *    manifest — and `helm get values` against the values the files give;
 * 2. deployed vs live: each object of the release manifest against the cluster, by a server-side apply
 *    dry run with helm's field manager (what an upgrade would put back), plus the fields others added
 *    that such an apply would keep (from managedFields);
 * 3. missing: the release, or objects of it, not in the cluster.
 * Returns the report as data and writes nothing to the job. A release that cannot be checked is
 * reported with its error, and the other releases are still checked.
 */

















/** Helm 4's field manager; Helm 3 releases are compared as Helm 4 would apply them. */
const HELM_FIELD_MANAGER = 'helm';
const DEFAULT_CONCURRENCY = 8;
async function runDriftCheck(options) {
    const releases = [];
    let cluster;
    try {
        cluster = await LiveCluster.connect({
            timeoutMs: options.timeoutMs ?? run/* DEFAULT_HELM_TIMEOUT_MS */.A,
            ...(options.kubeContext ? { kubeContext: options.kubeContext } : {}),
            ...(options.signal ? { signal: options.signal } : {}),
        });
    }
    catch (err) {
        for (const request of options.releases)
            releases.push({ ...emptyRelease(request, options.helm), status: 'error', error: (0,src_errors/* errorInfo */.f)(err) });
    }
    try {
        if (cluster)
            for (const request of options.releases)
                releases.push(await checkRelease(request, options, cluster));
    }
    finally {
        cluster?.close();
    }
    const counts = sum(releases.map((r) => r.counts));
    const drifted = releases.filter((r) => r.status === 'drifted' || r.status === 'missing').length;
    const errors = releases.filter((r) => r.status === 'error').length;
    return {
        schemaVersion: DRIFT_SCHEMA_VERSION,
        createdAt: new Date().toISOString(),
        releases,
        counts: { ...counts, releases: releases.length, drifted, errors },
        drifted: drifted > 0,
        ok: errors === 0,
    };
}
function emptyRelease(request, helm) {
    return {
        release: request.release,
        namespace: request.namespace,
        status: 'clean',
        helmVersion: helm.version.raw,
        desired: { chartChanged: false, values: [], objects: [], notes: [] },
        live: { checked: 0, objects: [], unchecked: [], notes: [] },
        missing: { release: false, objects: [] },
        counts: { desired: 0, live: 0, missing: 0, ignored: 0, total: 0 },
    };
}
async function checkRelease(request, options, cluster) {
    const base = emptyRelease(request, options.helm);
    const call = {
        timeoutMs: options.timeoutMs ?? run/* DEFAULT_HELM_TIMEOUT_MS */.A,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.kubeContext ? { kubeContext: options.kubeContext } : {}),
    };
    const rules = [...(options.ignoreChartBump === false ? [] : [ignore/* CHART_BUMP_RULE */.FJ]), ...(options.ignore ?? [])];
    try {
        // The plan (a server-side render, the slowest part) runs while the release is compared with the cluster.
        const planning = (0,run/* runPlan */.F)({
            releases: [request],
            mode: 'server',
            helm: options.helm,
            ...(options.kubeContext ? { kubeContext: options.kubeContext } : {}),
            ignore: options.ignore ?? [],
            ignoreChartBump: options.ignoreChartBump !== false,
            workDir: options.workDir,
            ...(options.caFile ? { caFile: options.caFile } : {}),
            timeoutMs: call.timeoutMs,
            ...(options.signal ? { signal: options.signal } : {}),
        }).then((p) => p.releases[0]);
        const comparing = (0,render/* readDeployedRelease */.OM)(options.helm, request.release, request.namespace, call).then((deployed) => deployed ? compareDeployed(deployed.manifest, request, rules, cluster, options, call) : undefined);
        const [planSettled, compareSettled] = await Promise.allSettled([planning, comparing]);
        if (planSettled.status === 'rejected')
            throw planSettled.reason;
        const planned = planSettled.value;
        const facts = releaseFacts(planned);
        if (planned.error)
            return { ...base, ...facts, status: 'error', error: planned.error };
        if (compareSettled.status === 'rejected')
            throw compareSettled.reason;
        const compared = compareSettled.value;
        if (!compared) {
            const missing = { release: true, objects: [] };
            return { ...base, ...facts, status: 'missing', missing, counts: countsOf(base.desired, base.live, missing) };
        }
        const { values, comparison } = compared;
        const desired = {
            chartChanged: planned.chart?.digestChanged === true,
            values,
            objects: (planned.objects ?? []).filter((o) => o.change !== 'unchanged').map((o) => relabelled(o, 'files')),
            ...(planned.counts ? { counts: planned.counts } : {}),
            ...(planned.mode ? { mode: planned.mode } : {}),
            notes: planned.notes ?? [],
        };
        const counts = countsOf(desired, comparison.live, comparison.missing, planned.changes ?? 0);
        return {
            ...base,
            ...facts,
            status: counts.total > 0 ? 'drifted' : 'clean',
            desired,
            live: comparison.live,
            missing: comparison.missing,
            counts,
        };
    }
    catch (err) {
        core/* debug */.Yz(`drift check of ${request.release} failed: ${(0,report_text/* oneLine */.T)(err instanceof Error ? err.message : String(err))}`);
        return { ...base, status: 'error', error: (0,src_errors/* errorInfo */.f)(err) };
    }
}
/** Sections 2 and 3 from the release manifest, and the values comparison of section 1. */
async function compareDeployed(manifest, request, rules, cluster, options, call) {
    const objects = manifestObjects(manifest, request.namespace);
    const masked = new secrets/* MaskedValues */.QK();
    for (const { key, object } of objects)
        if ((0,secrets/* isSecret */.$f)(key))
            masked.addSecret((0,normalise/* normaliseObject */.y)(object, key));
    const valuesFiles = [...(request.valuesFiles ?? []), ...(request.seedFile ? [request.seedFile] : [])].map((f) => f.path);
    const [values, comparison] = await Promise.all([
        valuesDrift(options.helm, request, valuesFiles, masked, options.workDir, call),
        liveDrift(objects, request, rules, cluster, options.concurrency ?? DEFAULT_CONCURRENCY),
    ]);
    return { values, comparison };
}
function releaseFacts(plan) {
    return {
        ...(plan.chart ? { chart: plan.chart } : {}),
        ...(plan.revision !== undefined ? { revision: plan.revision } : {}),
        ...(plan.applyMethod ? { applyMethod: plan.applyMethod } : {}),
    };
}
/** The release manifest's objects, Lists expanded, each with its key (namespace filled in). */
function manifestObjects(manifest, namespace) {
    return (0,documents/* splitManifest */.yV)(manifest, namespace).flatMap((doc) => {
        const objects = doc.object ? [doc.object] : (0,documents/* parseObjects */.MB)(doc.body, doc.source);
        return objects.map((object) => ({ key: doc.key, apiVersion: String(object.apiVersion ?? doc.apiVersion), object }));
    });
}
/** The values the release was given (before) against those the files give (after); Secret values masked. */
async function valuesDrift(helm, request, valuesFiles, masked, workDir, call) {
    const [before, after] = await Promise.all([
        deployedValues(helm, request.release, request.namespace, call),
        desiredValues(helm, valuesFiles, request.set ?? [], workDir, call),
    ]);
    const key = { group: 'helm.sh', kind: 'Values', namespace: request.namespace, name: request.release };
    return (0,field_diff/* diffFields */.p5)((0,normalise/* canonical */.$)(before), (0,normalise/* canonical */.$)(after)).map((f) => (0,secrets/* redactField */.yM)(f, key, masked, new Set()));
}
async function liveDrift(objects, request, rules, cluster, concurrency) {
    const notes = new Set();
    const forbidden = new Set();
    const autoscaled = await cluster
        .list(`/apis/autoscaling/v2/namespaces/${encodeURIComponent(request.namespace)}/horizontalpodautoscalers`)
        .then(autoscaledTargets, (err) => {
        if (!(err instanceof errors/* KubeError */.a) || err.kind !== 'forbidden')
            throw err;
        notes.add('HorizontalPodAutoscalers could not be listed (no list permission): replicas an autoscaler sets would show as drift.');
        return new Set();
    });
    const pairs = [];
    const missing = [];
    const unchecked = [];
    let fieldManager;
    await inParallel(objects, concurrency, async ({ key, apiVersion, object }) => {
        const resource = await cluster.resourceOf(apiVersion, key.kind);
        if (!resource) {
            missing.push({ key, apiVersion, reason: `the API server serves no ${key.kind} in ${apiVersion} (its CRD or API is gone)` });
            return;
        }
        const ref = { apiVersion, kind: key.kind, namespace: resource.namespaced ? key.namespace : '', name: key.name };
        let live;
        try {
            live = await cluster.get(ref, resource);
        }
        catch (err) {
            if (!(err instanceof errors/* KubeError */.a) || err.kind !== 'forbidden')
                throw err;
            unchecked.push({ key, reason: (0,report_text/* oneLine */.T)(err.message) });
            return;
        }
        if (!live) {
            missing.push({ key, apiVersion, reason: 'not found in the cluster (deleted by hand?)' });
            return;
        }
        const deployed = withHelmMetadata(withNamespace(object, ref.namespace), request.release, request.namespace);
        const manager = helmApplyManager(managedFieldsOf(live)) ?? HELM_FIELD_MANAGER;
        fieldManager ??= manager;
        const outcome = await dryRunOrReason(cluster, deployed, ref, resource, manager);
        if (outcome.kind === 'forbidden')
            forbidden.add(outcome.resource);
        if (outcome.kind === 'refused')
            notes.add(outcome.reason);
        const autoscaledObject = autoscaled.has(targetId(key.group, key.kind, key.namespace, key.name));
        pairs.push({
            key,
            ...livePair({ key, deployed, live, ...(outcome.kind === 'dry-run' ? { dryRun: outcome.object } : {}), autoscaled: autoscaledObject }),
            method: outcome.kind === 'dry-run' ? 'server-side-apply' : 'read-only',
        });
    });
    const methods = new Map(pairs.map((p) => [(0,documents/* keyId */.xs)(p.key), p.method]));
    const diff = (0,plan_diff/* diffManifests */.ew)(pairs.map((p) => p.deployed), pairs.map((p) => p.live), { namespace: request.namespace, ignore: rules });
    const drifted = diff.objects
        .filter((o) => o.change !== 'unchanged')
        .map((o) => ({ ...relabelled(o, 'live'), method: methods.get((0,documents/* keyId */.xs)(o.key)) ?? 'read-only' }));
    return {
        live: {
            ...(fieldManager ? { fieldManager } : {}),
            checked: pairs.length,
            objects: drifted,
            unchecked: unchecked.sort((a, b) => (0,plan_diff/* compareKeys */.YD)(a.key, b.key)),
            notes: [
                ...(forbidden.size
                    ? [`No patch permission on ${[...forbidden].sort().join(', ')}: compared read-only (a server-side apply dry run needs patch; it stores nothing).`]
                    : []),
                ...notes,
                ...diff.notes,
            ],
        },
        missing: { release: false, objects: missing.sort((a, b) => (0,plan_diff/* compareKeys */.YD)(a.key, b.key)) },
    };
}
/** The plan's text diff names its new side "planned"; here it is what the files render, or the live object. */
function relabelled(change, side) {
    return change.textDiff ? { ...change, textDiff: change.textDiff.replace(/^(\+\+\+ .*) \(planned\)$/m, `$1 (${side})`) } : change;
}
function withNamespace(object, namespace) {
    if (!namespace)
        return object;
    const metadata = (0,field_diff/* isMap */.jh)(object.metadata) ? object.metadata : {};
    return { ...object, metadata: { ...metadata, namespace } };
}
async function dryRunOrReason(cluster, object, ref, resource, manager) {
    try {
        return { kind: 'dry-run', object: await cluster.dryRunApply(object, ref, resource, manager) };
    }
    catch (err) {
        if (!(err instanceof errors/* KubeError */.a) || !['forbidden', 'unknown'].includes(err.kind) || err.status === undefined)
            throw err;
        const group = ref.apiVersion.includes('/') ? `.${ref.apiVersion.slice(0, ref.apiVersion.indexOf('/'))}` : '';
        if (err.kind === 'forbidden')
            return { kind: 'forbidden', resource: `${resource.plural}${group}` };
        return { kind: 'refused', reason: `The API server refused the dry run of ${ref.kind} ${ref.name} (${(0,report_text/* oneLine */.T)(err.message, 300)}): compared read-only.` };
    }
}
function countsOf(desired, live, missing, planChanges = 0) {
    const counted = (fields) => fields.some((f) => !f.ignoredBy);
    const d = (desired.chartChanged ? 1 : 0) + (counted(desired.values) ? 1 : 0) + planChanges;
    const l = live.objects.filter((o) => o.change !== 'ignored').length;
    const m = missing.objects.length + (missing.release ? 1 : 0);
    const ignored = (desired.counts?.ignored ?? 0) + live.objects.reduce((n, o) => n + o.fields.filter((f) => f.ignoredBy).length, 0);
    return { desired: d, live: l, missing: m, ignored, total: d + l + m };
}
function sum(counts) {
    const total = { desired: 0, live: 0, missing: 0, ignored: 0, total: 0 };
    for (const c of counts)
        for (const k of Object.keys(total))
            total[k] += c[k];
    return total;
}
/** Runs `task` over `items`, at most `limit` at a time; the first failure is thrown once all have settled. */
async function inParallel(items, limit, task) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (next < items.length && !failure) {
            const item = items[next++];
            try {
                await task(item);
            }
            catch (err) {
                failure ??= { err };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.err;
}

// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/context.ts
var github_context = __webpack_require__(19556);
// EXTERNAL MODULE: ./src/report/body-size.ts
var body_size = __webpack_require__(80288);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/github/marker.ts
var github_marker = __webpack_require__(14329);
;// CONCATENATED MODULE: ./src/github/issue-upsert.ts
/**
 * One drift issue per key (environment, release set), found by a label AND a hidden marker in its
 * body: issues are listed by label with `state=all`, every page; never the search API (its
 * tokenisation matches the wrong issue and its index lags) and never a `title` filter (the issues
 * list has none). Pull requests, which the issues list also returns, are never taken.
 *
 * Drift found: open the issue, or update it in place, reopening it when closed. Clean run: comment
 * and close it when open. Never a second issue: when several carry the marker (made by hand, or an
 * old race) the oldest open one is used, else the newest closed one, and the result says so.
 */





async function upsertDriftIssue(options) {
    if (!options.label || options.label.includes(','))
        throw new github_errors/* GitHubError */.y_('invalid', `the issue label ${JSON.stringify(options.label)} is empty or has a comma`, 'Use a label without commas.');
    const body = options.drift ? (0,github_marker/* withMarker */.Pe)(options.marker, options.drift.body) : '';
    if (!(0,body_size/* fitsWithin */.SN)(body, body_size/* COMMENT_LIMIT */.W$) || !(0,body_size/* fitsWithin */.SN)(options.resolvedComment, body_size/* COMMENT_LIMIT */.W$))
        throw new github_errors/* GitHubError */.y_('too-large', `the drift issue body is over GitHub's ${body_size/* COMMENT_LIMIT */.W$} characters`, 'Fit the body with fitBody (src/report/body-size.ts).');
    try {
        return await upsert(options, body);
    }
    catch (err) {
        if (!(err instanceof github_errors/* GitHubError */.y_) || err.kind !== 'forbidden')
            throw err;
        const notice = `The drift issue was not written: the token may not (${err.message}). Grant the job \`permissions: issues: write\`.`;
        return { action: 'skipped', notice: (0,report_text/* oneLine */.T)(notice, 1000) };
    }
}
async function upsert(options, body) {
    const { client, owner, repo, label, drift } = options;
    const listed = await client.octokit.paginate(client.octokit.rest.issues.listForRepo, {
        owner,
        repo,
        labels: label,
        state: 'all',
        sort: 'created',
        direction: 'asc',
        per_page: 100,
    });
    const { issue, notice } = choose(listed.filter((i) => !i.pull_request && (0,github_marker/* hasMarker */.xY)(i.body, options.marker)));
    const extra = notice ? { notice } : {};
    let result;
    if (!drift) {
        if (issue?.state !== 'open')
            result = { action: 'none', ...(issue ? { number: issue.number, url: issue.html_url } : {}), ...extra };
        else {
            await client.octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: options.resolvedComment });
            await client.octokit.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
            result = { action: 'closed', number: issue.number, url: issue.html_url, ...extra };
        }
    }
    else if (!issue) {
        const { data } = await client.octokit.rest.issues.create({ owner, repo, title: drift.title, body, labels: [label] });
        result = { action: 'opened', number: data.number, url: data.html_url, ...extra };
    }
    else if (issue.state !== 'open') {
        await client.octokit.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'open', title: drift.title, body });
        result = { action: 'reopened', number: issue.number, url: issue.html_url, ...extra };
    }
    else if (issue.title === drift.title && (issue.body ?? '').replace(/\r\n/g, '\n') === body) {
        result = { action: 'unchanged', number: issue.number, url: issue.html_url, ...extra };
    }
    else {
        await client.octokit.rest.issues.update({ owner, repo, issue_number: issue.number, title: drift.title, body });
        result = { action: 'updated', number: issue.number, url: issue.html_url, ...extra };
    }
    core/* debug */.Yz(`drift issue ${result.action}: ${(0,report_text/* oneLine */.T)(result.url ?? '')}`);
    return result;
}
/** The one issue to use among those carrying the marker: the oldest open, else the newest. */
function choose(candidates) {
    const byNumber = [...candidates].sort((a, b) => a.number - b.number);
    const oldestOpen = byNumber.find((i) => i.state === 'open');
    const issue = oldestOpen ?? byNumber.at(-1);
    if (!issue || byNumber.length === 1)
        return issue ? { issue } : {};
    const all = byNumber.map((i) => `#${i.number}`).join(', ');
    return {
        issue,
        notice: `${byNumber.length} issues carry this drift marker (${all}); using #${issue.number}, the ${oldestOpen ? 'oldest open' : 'newest'} one.`,
    };
}

// EXTERNAL MODULE: ./src/helm/install.ts
var install = __webpack_require__(68203);
// EXTERNAL MODULE: ./src/process/cancellation.ts
var cancellation = __webpack_require__(31130);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/plan/text-diff.ts
var text_diff = __webpack_require__(5922);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/plan-summary.ts
var plan_summary = __webpack_require__(76130);
// EXTERNAL MODULE: ./src/report/secrets.ts
var report_secrets = __webpack_require__(67663);
;// CONCATENATED MODULE: ./src/report/drift-summary.ts





/** Kept free under the summary limit for writeSummary's own notes. */
const SUMMARY_MARGIN = 8 * 1024;
/** Field rows per table before it says "and N more" (the report file has them all). */
const MAX_ROWS = 40;
const MAX_VALUE = 120;
const SIGN = { added: '+', changed: '~', removed: '-', renamed: '→', kept: '⊘', ignored: '·' };
/** The job summary: everything that fits in 1 MiB, then a pointer to the report file. */
function driftSummary(report, context) {
    const pointer = (n) => `_… ${n} more object diff${n === 1 ? '' : 's'} left out to stay under GitHub's 1 MiB summary limit${context.reportFile ? `: every difference is in ${(0,markdown/* code */.aY)(context.reportFile)}` : ''}._`;
    return (0,body_size/* fitBody */.KM)(bodyParts(report, context, pointer), body_size/* SUMMARY_LIMIT */.Jt - SUMMARY_MARGIN).body;
}
/** The drift issue: a title that stays the same while the release set drifts, and a body under GitHub's limit (without its marker). */
function driftIssue(report, context) {
    const names = report.releases.map((r) => r.release);
    const subject = names.length <= 3 ? names.join(', ') : `${names.length} releases`;
    const title = `Chalk drift${context.environment ? ` in ${context.environment}` : ''}: ${subject}`;
    const pointer = (n) => `_… ${n} more object diff${n === 1 ? '' : 's'} not shown (GitHub's issue size limit)${context.runUrl ? `: see the job summary of [the run](${context.runUrl})` : ': see the job summary'}._`;
    return { title: (0,report_secrets/* redact */.E$)(title), body: (0,body_size/* fitBody */.KM)(bodyParts(report, context, pointer), body_size/* COMMENT_BODY_LIMIT */.tx).body };
}
/** Said on the drift issue before it is closed by a clean run. */
function resolvedComment(report, context) {
    const releases = report.releases.map((r) => `${(0,markdown/* code */.aY)(r.release)} in ${(0,markdown/* code */.aY)(r.namespace)}`).join(', ');
    return (0,report_secrets/* redact */.E$)(`No drift found${context.runUrl ? ` by [this run](${context.runUrl})` : ''} in ${releases}: the cluster matches the files again. Closing.`);
}
/** One line for the log. */
function driftHeadline(report) {
    const c = report.counts;
    const state = !report.ok
        ? `${c.errors} of ${c.releases} release${c.releases === 1 ? '' : 's'} could not be checked`
        : report.drifted
            ? 'drift found'
            : 'no drift';
    return `Drift check: ${state} — ${c.desired} desired vs deployed, ${c.live} deployed vs live, ${c.missing} missing, ${c.ignored} ignored difference${c.ignored === 1 ? '' : 's'}.`;
}
function bodyParts(report, context, pointer) {
    const c = report.counts;
    const state = report.drifted ? `**${c.total} drift finding${c.total === 1 ? '' : 's'}**` : report.ok ? '**No drift**' : '**Not checked**';
    const facts = [state, ...(report.ok ? [] : [`${c.errors} release${c.errors === 1 ? '' : 's'} could not be checked`]), report.createdAt];
    const header = [`## Drift check${context.environment ? `: ${(0,markdown/* escapeHtml */.ZD)(context.environment)}` : ''}`, facts.join(' · ')].join('\n\n');
    const rows = report.releases.map((r) => [
        (0,markdown/* code */.aY)(r.release),
        (0,markdown/* code */.aY)(r.namespace),
        r.status,
        String(r.counts.desired),
        String(r.counts.live),
        String(r.counts.missing),
        String(r.counts.ignored),
    ]);
    const totals = (0,markdown/* table */.tp)(['Release', 'Namespace', 'Status', 'Desired vs deployed', 'Deployed vs live', 'Missing', 'Ignored'], rows);
    const many = report.releases.length > 1;
    return {
        header: (0,report_secrets/* redact */.E$)(header),
        counts: (0,report_secrets/* redact */.E$)([totals, ...report.releases.map(releaseSection)].join('\n\n')),
        sections: report.releases.flatMap((r) => [
            ...r.desired.objects.filter((o) => o.change !== 'ignored').map((o) => (0,report_secrets/* redact */.E$)(objectSection(o, 'desired', many ? r.release : undefined))),
            ...r.live.objects.filter((o) => o.change !== 'ignored').map((o) => (0,report_secrets/* redact */.E$)(objectSection(o, 'live', many ? r.release : undefined))),
        ]),
        pointer,
    };
}
function releaseSection(r) {
    const lines = [`### ${(0,markdown/* code */.aY)(r.release)} in ${(0,markdown/* code */.aY)(r.namespace)}: ${r.status}`];
    if (r.error) {
        lines.push(`> [!CAUTION]\n> Not checked: ${(0,markdown/* escapeHtml */.ZD)(r.error.message)}${r.error.fix ? `\n> Fix: ${(0,markdown/* escapeHtml */.ZD)(r.error.fix)}` : ''}`);
        return lines.join('\n\n');
    }
    const facts = [];
    if (r.chart)
        facts.push(`chart ${(0,markdown/* code */.aY)(r.chart.name)} ${(0,markdown/* code */.aY)(r.chart.version)}${r.chart.digest ? ` (${(0,markdown/* code */.aY)(r.chart.digest)})` : ''}`);
    if (r.revision !== undefined)
        facts.push(`deployed revision ${r.revision}`);
    if (r.applyMethod?.release)
        facts.push(`applied with ${r.applyMethod.release}`);
    if (r.helmVersion)
        facts.push(`helm ${r.helmVersion}`);
    if (facts.length)
        lines.push(facts.join(' · '));
    if (r.missing.release) {
        lines.push(`> [!WARNING]\n> The release is not installed in ${(0,markdown/* code */.aY)(r.namespace)}: nothing to compare.`);
        return lines.join('\n\n');
    }
    lines.push(desiredPart(r), livePart(r), missingPart(r));
    const ignored = ignoredLine(r);
    if (ignored)
        lines.push(ignored);
    for (const note of [...r.desired.notes, ...r.live.notes])
        lines.push(`> [!NOTE]\n> ${(0,markdown/* escapeHtml */.ZD)(note)}`);
    return lines.join('\n\n');
}
function desiredPart(r) {
    const d = r.desired;
    const out = ['**1. Desired vs deployed** — the files against the helm release'];
    const shownObjects = d.objects.filter((o) => o.change !== 'ignored');
    const values = d.values.filter((f) => !f.ignoredBy);
    if (!d.chartChanged && values.length === 0 && shownObjects.length === 0)
        return `${out[0]}: no difference.`;
    if (d.chartChanged && r.chart) {
        const c = r.chart;
        const was = `${c.previousVersion ? (0,markdown/* code */.aY)(c.previousVersion) : 'an unknown version'}${c.previousDigest ? ` (${(0,markdown/* code */.aY)(c.previousDigest)})` : ''}`;
        out.push(`- Chart: the release runs ${was}; the files pin ${(0,markdown/* code */.aY)(c.version)}${c.digest ? ` (${(0,markdown/* code */.aY)(c.digest)})` : ''}.`);
    }
    if (values.length)
        out.push(`- Values (\`helm get values\` against the files):\n\n${fieldTable(values, ['Value', 'Deployed', 'Files'])}\n`);
    if (shownObjects.length)
        out.push(`- Objects the release manifest holds differently:\n${objectList(shownObjects)}`);
    return out.join('\n');
}
function livePart(r) {
    const l = r.live;
    const how = l.objects.some((o) => o.method === 'read-only')
        ? 'compared read-only where a dry run was not possible'
        : `compared by a server-side apply dry run as ${(0,markdown/* code */.aY)(l.fieldManager ?? 'helm')}`;
    const head = `**2. Deployed vs live** — the release against the cluster (${l.checked} object${l.checked === 1 ? '' : 's'}, ${how})`;
    const drifted = l.objects.filter((o) => o.change !== 'ignored');
    const unchecked = l.unchecked.map((u) => `- not checked: ${(0,markdown/* escapeHtml */.ZD)((0,text_diff/* objectLabel */.uk)(u.key))} (${(0,markdown/* escapeHtml */.ZD)(u.reason)})`);
    if (drifted.length === 0)
        return [`${head}: no difference.`, ...unchecked].join('\n');
    const rows = drifted.flatMap((o) => o.fields.filter((f) => !f.ignoredBy).map((f) => ({ object: (0,text_diff/* objectLabel */.uk)(o.key), field: f })));
    return [head, '', liveTable(rows), ...secretLines(drifted), ...unchecked].join('\n');
}
function missingPart(r) {
    const m = r.missing.objects;
    if (m.length === 0)
        return '**3. Missing**: nothing.';
    return [
        '**3. Missing** — objects of the release that are not in the cluster',
        ...m.map((o) => `- ${(0,markdown/* escapeHtml */.ZD)((0,text_diff/* objectLabel */.uk)(o.key))}: ${(0,markdown/* escapeHtml */.ZD)(o.reason)}`),
    ].join('\n');
}
function objectList(objects) {
    const shown = objects.slice(0, MAX_ROWS).map((o) => {
        const fields = o.fields.filter((f) => !f.ignoredBy).length;
        const detail = o.change === 'changed' ? ` (${fields} field${fields === 1 ? '' : 's'})` : '';
        return `  - ${SIGN[o.change] ?? ''} ${o.change}: ${(0,markdown/* escapeHtml */.ZD)((0,text_diff/* objectLabel */.uk)(o.key))}${detail}`;
    });
    if (objects.length > MAX_ROWS)
        shown.push(`  - … and ${objects.length - MAX_ROWS} more`);
    return [...shown, ...secretLines(objects).map((l) => `  ${l}`)].join('\n');
}
function secretLines(objects) {
    return objects
        .filter((o) => o.secret && (o.secret.keysAdded.length || o.secret.keysChanged.length || o.secret.keysRemoved.length))
        .map((o) => {
        const s = o.secret;
        const keys = (label, list) => (list.length ? `${label} ${list.map(markdown/* code */.aY).join(', ')}` : '');
        const said = [keys('changed', s.keysChanged), keys('added', s.keysAdded), keys('removed', s.keysRemoved)].filter(Boolean).join('; ');
        return `- Secret ${(0,markdown/* escapeHtml */.ZD)((0,text_diff/* objectLabel */.uk)(o.key))}: keys ${said}. Values are never shown.`;
    });
}
function fieldTable(fields, header) {
    const rows = fields.slice(0, MAX_ROWS).map((f) => [(0,markdown/* code */.aY)(f.path), shownValue(f, 'before'), shownValue(f, 'after')]);
    const more = fields.length > MAX_ROWS ? `\n\n_… and ${fields.length - MAX_ROWS} more (see the report file)._` : '';
    return `${(0,markdown/* table */.tp)(header, rows)}${more}`;
}
function liveTable(rows) {
    const cells = rows
        .slice(0, MAX_ROWS)
        .map(({ object, field }) => [
        object,
        (0,markdown/* code */.aY)(field.path),
        shownValue(field, 'before'),
        `${shownValue(field, 'after')}${field.before === undefined && field.after !== undefined && !field.redacted ? ' (added out of band)' : ''}`,
    ]);
    const more = rows.length > MAX_ROWS ? `\n\n_… and ${rows.length - MAX_ROWS} more (see the report file)._` : '';
    return `${(0,markdown/* table */.tp)(['Object', 'Field', 'Deployed', 'Live'], cells)}${more}`;
}
/** A value in a table cell: `***` for a Secret's, `—` for none, JSON cut to a readable length. */
function shownValue(field, side) {
    if (field.redacted)
        return '***';
    const value = field[side];
    if (value === undefined)
        return '—';
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return (0,markdown/* code */.aY)(text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text);
}
function ignoredLine(r) {
    const fields = [...r.desired.objects, ...r.live.objects].flatMap((o) => o.fields.filter((f) => f.ignoredBy).map((f) => `${f.ignoredBy}: ${f.path}`));
    if (fields.length === 0)
        return '';
    const distinct = [...new Set(fields)];
    const shown = distinct.slice(0, 10).map(markdown/* code */.aY).join(', ');
    return `Ignored, not counted as drift: ${fields.length} difference${fields.length === 1 ? '' : 's'} (${shown}${distinct.length > 10 ? ', …' : ''}).`;
}
function objectSection(o, part, release) {
    const where = part === 'desired' ? 'desired vs deployed' : 'deployed vs live';
    const title = `${SIGN[o.change] ?? ''} ${where}: <b>${o.change}</b> ${(0,markdown/* escapeHtml */.ZD)(`${release ? `${release}: ` : ''}${(0,text_diff/* objectLabel */.uk)(o.key)}`)}`;
    const body = o.textDiff ? (0,plan_summary/* fenced */.OF)(o.textDiff, 'diff') : 'No text diff.';
    return `<details><summary>${title}</summary>\n\n${body}\n\n</details>`;
}

// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(65468);
// EXTERNAL MODULE: ./src/action/release-inputs.ts
var release_inputs = __webpack_require__(91021);
// EXTERNAL MODULE: ./src/apply/chart-lock.ts
var chart_lock = __webpack_require__(94378);
// EXTERNAL MODULE: ./src/config/chart-set.ts
var chart_set = __webpack_require__(25735);
// EXTERNAL MODULE: ./src/report/problems.ts
var problems = __webpack_require__(53300);
;// CONCATENATED MODULE: ./actions/drift-check/names.ts
/** drift-check's input and output names, and each input's default exactly as action.yml declares it (a test compares them). */
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
    ChartSet: 'chart-set',
    WorkingDirectory: 'working-directory',
    Ignore: 'ignore',
    IgnoreChartBump: 'ignore-chart-bump',
    FailOnDrift: 'fail-on-drift',
    Issue: 'issue',
    IssueLabel: 'issue-label',
    Environment: 'environment',
    GithubToken: 'github-token',
    KubeContext: 'kube-context',
    CaFile: 'ca-file',
    Timeout: 'timeout',
};
/** Defaults of the inputs whose action.yml default is a plain value (github-token's is an expression). */
const Defaults = {
    Registry: '754784422779.dkr.ecr.us-east-1.amazonaws.com',
    Release: 'chalk-metadata-plane',
    Namespace: 'chalk-metadata',
    ValuesFiles: 'values.yaml',
    SeedFile: 'seed.yaml',
    WorkingDirectory: '.',
    IgnoreChartBump: 'true',
    FailOnDrift: 'false',
    Issue: 'false',
    IssueLabel: 'chalk-drift',
    Timeout: '5m',
};
const Outputs = {
    Drifted: 'drifted',
    DriftedCount: 'drifted-count',
    DesiredCount: 'desired-count',
    LiveCount: 'live-count',
    MissingCount: 'missing-count',
    IgnoredCount: 'ignored-count',
    ReportFile: 'report-file',
    IssueUrl: 'issue-url',
};

;// CONCATENATED MODULE: ./actions/drift-check/inputs.ts
/** drift-check's inputs, read and checked before anything runs, as the drift engine's typed options. */










/** The releases to check: every release of the chart set, or the one the single-release inputs name. */
async function releaseInputs(paths) {
    const chartSet = (0,inputs/* getOptional */.xX)(Inputs.ChartSet);
    if (!chartSet)
        return [(0,release_inputs/* singleReleaseInput */.y7)(paths, { registry: Defaults.Registry, release: Defaults.Release, namespace: Defaults.Namespace }, { requirePin: true })];
    for (const single of [Inputs.Chart, Inputs.RepoUrl, Inputs.Version, Inputs.Digest, Inputs.Set])
        if ((0,inputs/* getOptional */.xX)(single))
            throw new inputs/* InputError */.dz(`Inputs ${Inputs.ChartSet} and ${single} cannot be combined: the chart set pins each release's chart.`);
    return chartSetReleases((0,release_inputs/* valuesFileInput */.tf)(paths, chartSet, `Input ${Inputs.ChartSet}`), paths);
}
/** The chart set's releases at the versions and digests of its lock file; inline values become a values file after the release's own. */
async function chartSetReleases(file, paths) {
    const loaded = await (0,chart_set/* loadChartSet */.R2)(file.path, { workspace: paths.workspace });
    if (!loaded.chartSet) {
        (0,annotations/* annotate */.fz)(loaded.problems, 'chart-set file');
        throw new inputs/* InputError */.dz(`Input ${Inputs.ChartSet}: ${file.display} has ${(0,problems/* countErrors */.Tk)(loaded.problems)} problem(s), annotated on the file.`);
    }
    const lockPath = (0,chart_lock/* lockPathFor */.sF)(file.path);
    const lockShown = (0,external_node_path_.relative)(paths.workspace, lockPath) || lockPath;
    const sources = (0,chart_lock/* lockedSources */.xH)(loaded.chartSet, await (0,chart_lock/* readLock */.mF)(lockPath, lockShown), lockShown);
    const requests = [];
    for (const release of loaded.chartSet.releases) {
        const source = sources.get(release.name);
        const valuesFiles = release.valuesFiles.map((f) => ({ path: f.path, display: f.display }));
        if (release.values) {
            const inline = (0,external_node_path_.join)(paths.tempDir, `${release.name}.values.yaml`);
            await (0,promises_.writeFile)(inline, (0,dist/* stringify */.As)(release.values));
            valuesFiles.push({ path: inline, display: `${file.display} (values of ${release.name})` });
        }
        requests.push({
            chart: {
                ref: source.chart,
                ...(source.version ? { version: source.version } : {}),
                ...(source.digest ? { digest: source.digest } : {}),
                ...(source.repository ? { repoUrl: source.repository } : {}),
            },
            release: release.name,
            namespace: release.namespace,
            valuesFiles,
            set: [],
        });
    }
    return requests;
}

;// CONCATENATED MODULE: ./actions/drift-check/main.ts




















// Bundled dependencies (the Kubernetes client's fetch) trip Node deprecation warnings the user can do nothing about.
process.noDeprecation = true;
function main_run() {
    return (0,entry/* runEntry */.C)(async () => {
        const ws = (0,paths/* workspace */.G)();
        const outDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,paths/* runnerTemp */.X)(), 'drift-check-'));
        const releases = await releaseInputs({ workspace: ws, cwd: (0,external_node_path_.resolve)(ws, (0,inputs/* getString */.AA)(Inputs.WorkingDirectory, Defaults.WorkingDirectory)), tempDir: outDir });
        const ignore = (0,release_inputs/* ignoreRulesInput */.Ec)();
        const failOnDrift = (0,inputs/* getBoolean */.pW)(Inputs.FailOnDrift);
        const issue = (0,inputs/* getBoolean */.pW)(Inputs.Issue);
        const label = (0,inputs/* getString */.AA)(Inputs.IssueLabel, Defaults.IssueLabel);
        if (issue && label.includes(','))
            throw new inputs/* InputError */.dz(`Input ${Inputs.IssueLabel} must be one label, without commas.`);
        const environment = (0,inputs/* getString */.AA)(Inputs.Environment);
        const caFile = (0,inputs/* getOptional */.xX)(Inputs.CaFile);
        const kubeContext = (0,inputs/* getOptional */.xX)(Inputs.KubeContext);
        const { client: helm, warnings } = await (0,install/* setupHelm */.wm)({ tempDir: (0,paths/* runnerTemp */.X)() });
        for (const w of warnings)
            core/* warning */.$e(w);
        const report = await runDriftCheck({
            releases,
            helm,
            ...(kubeContext ? { kubeContext } : {}),
            ignore,
            ignoreChartBump: (0,inputs/* getBoolean */.pW)(Inputs.IgnoreChartBump),
            workDir: outDir,
            ...(caFile ? { caFile: (0,external_node_path_.resolve)(ws, caFile) } : {}),
            timeoutMs: (0,inputs/* getDuration */.Ds)(Inputs.Timeout, Defaults.Timeout),
            signal: cancellation/* cancellation */.WN.signal,
        });
        const reportFile = (0,external_node_path_.join)(outDir, 'drift-report.json');
        await (0,promises_.writeFile)(reportFile, `${JSON.stringify((0,report_secrets/* redactJson */.Kp)(report), null, 2)}\n`);
        const c = report.counts;
        (0,outputs/* setOutputs */.n0)({
            [Outputs.Drifted]: report.drifted,
            [Outputs.DriftedCount]: c.total,
            [Outputs.DesiredCount]: c.desired,
            [Outputs.LiveCount]: c.live,
            [Outputs.MissingCount]: c.missing,
            [Outputs.IgnoredCount]: c.ignored,
            [Outputs.ReportFile]: (0,outputs/* generated */.gO)(reportFile),
        });
        await (0,outputs/* writeSummary */.Sy)(driftSummary(report, { environment, reportFile }), { keep: [reportFile] });
        annotateReport(report);
        core/* info */.pq(driftHeadline(report));
        if (issue) {
            const upserted = await upsertIssue(report, environment, label);
            if (upserted?.url)
                (0,outputs/* setOutputs */.n0)({ [Outputs.IssueUrl]: (0,outputs/* generated */.gO)(upserted.url) });
        }
        if (!report.ok) {
            core/* setFailed */.C1(`drift-check: ${report.releases
                .filter((r) => r.error)
                .map((r) => `${r.release}: ${r.error.message}`)
                .join('; ')}`);
            return;
        }
        if (report.drifted && failOnDrift) {
            core/* error */.z3(`Drift found (${c.total} finding${c.total === 1 ? '' : 's'}) and fail-on-drift is set.`, { title: 'Drift' });
            process.exitCode = 1;
        }
    });
}
/** A release that could not be checked on the values file its render failure points at; one warning per drifted release. */
function annotateReport(report) {
    for (const r of report.releases) {
        if (r.error)
            (0,annotations/* annotation */.w7)('error', `${r.release}: ${r.error.message}${r.error.fix ? ` Fix: ${r.error.fix}` : ''}`, {
                title: 'drift-check could not check the release',
                ...(r.error.origin ? { file: r.error.origin.file, line: r.error.origin.line, col: r.error.origin.col } : {}),
            });
        else if (r.status === 'missing')
            (0,annotations/* annotation */.w7)('warning', `${r.release} is not installed in ${r.namespace}.`, { title: 'Release missing' });
        else if (r.status === 'drifted')
            (0,annotations/* annotation */.w7)('warning', `${r.release} in ${r.namespace} drifted: ${r.counts.desired} desired vs deployed, ${r.counts.live} deployed vs live, ${r.counts.missing} missing (see the job summary).`, { title: 'Drift' });
    }
}
/**
 * The drift issue of this environment and release set: opened, updated or reopened on drift, closed on a
 * clean run. A run that could not check every release leaves a closed issue closed and an open one open.
 */
async function upsertIssue(report, environment, label) {
    if (!report.drifted && !report.ok) {
        core/* notice */.lm('The drift issue was left as it is: not every release could be checked.');
        return undefined;
    }
    const token = core/* getInput */.V4(Inputs.GithubToken).trim();
    const context = (0,github_context/* runContext */.p)(process.env);
    const client = await (0,github_client/* createGitHubClient */.LX)({ token, signal: cancellation/* cancellation */.WN.signal });
    const marker = (0,github_marker/* markerFor */._Z)('drift-check', {
        repository: `${context.owner}/${context.repo}`,
        environment,
        releases: report.releases.map((r) => `${r.namespace}/${r.release}`),
    });
    const shown = { environment, runUrl: context.runUrl };
    const result = await upsertDriftIssue({
        client,
        owner: context.owner,
        repo: context.repo,
        marker,
        label,
        ...(report.drifted ? { drift: driftIssue(report, shown) } : {}),
        resolvedComment: resolvedComment(report, shown),
    });
    if (result.notice)
        core/* notice */.lm(result.notice);
    core/* info */.pq(`Drift issue ${result.action}${result.url ? `: ${result.url}` : ''}.`);
    return result;
}


/***/ }),

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


/***/ })

};
