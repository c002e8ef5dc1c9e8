export const id = 494;
export const ids = [494];
export const modules = {

/***/ 23494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ displayPath),
  k: () => (/* binding */ loadChalkConfig)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/merge.ts
var merge = __webpack_require__(28858);
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
// EXTERNAL MODULE: ./src/config/node-rules.ts + 1 modules
var node_rules = __webpack_require__(13156);
// EXTERNAL MODULE: ./src/report/problems.ts
var report_problems = __webpack_require__(53300);
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
        const chalkMap = (0,node_rules/* asMap */.$H)(chalk, 'chalk', problems);
        const metadata = chalkMap && (0,located/* child */.jf)(chalkMap, 'metadata');
        if (metadata)
            (0,node_rules/* asMap */.$H)(metadata, 'chalk.metadata', problems);
    }
    return problems;
}
/** The keys the guide documents under `chalk.metadata`; used for "did you mean" hints. */
const KNOWN_METADATA_KEYS = ['api_host', 'frontend_host', 'frontend', 'seed'];
// `[^<>]`, not `[^>]`: each `<` is scanned only to the next one, so the search stays linear on hostile text.
const PLACEHOLDER = /<\s*YOUR\b[^<>]*>/i;
function validateMetadataValues(merged, options) {
    const problems = [];
    problems.push(...placeholders(merged.root));
    const need = (path, fix) => problems.push((0,node_rules/* missing */.LO)(merged, path, fix, options.seedFile));
    const chalkNode = (0,located/* child */.jf)(merged.root, 'chalk');
    if (!chalkNode) {
        need('chalk', 'Start the values file with the skeleton from the guide: chalk: metadata: api_host, frontend_host, frontend.image.');
        return problems;
    }
    const chalk = (0,node_rules/* asMap */.$H)(chalkNode, 'chalk', problems);
    const metadataNode = chalk && (0,located/* child */.jf)(chalk, 'metadata');
    if (chalk && !metadataNode)
        need('chalk.metadata', 'Add a `metadata:` map under `chalk:` with api_host, frontend_host and frontend.image, as in the guide.');
    const metadata = metadataNode && (0,node_rules/* asMap */.$H)(metadataNode, 'chalk.metadata', problems);
    if (!metadata)
        return problems;
    const misspelt = new Set();
    for (const [key, entry] of metadata.entries) {
        const lookalike = (0,node_rules/* lookalikeHint */.jO)(key, KNOWN_METADATA_KEYS);
        const near = lookalike?.near ?? (0,node_rules/* closest */.kp)(key, KNOWN_METADATA_KEYS);
        if (near && !metadata.entries.has(near)) {
            misspelt.add(near);
            problems.push((0,report_problems/* error */.z3)('values.misspelt-key', lookalike
                ? `chalk.metadata.${key} is not a key the chart reads: ${lookalike.description}.`
                : `chalk.metadata.${key} is not a key the chart reads; did you mean chalk.metadata.${near}?`, entry.keyOrigin, lookalike ? `Retype "${near}" in plain ASCII.` : `Rename "${key}" to "${near}".`, `chalk.metadata.${key}`));
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
            out.push((0,report_problems/* error */.z3)('values.placeholder', `${path} still holds the guide's placeholder "${m[0]}".`, scalar.origin, `Replace "${m[0]}" with your real value${path.endsWith('image') ? ' (the frontend image is provided by Chalk)' : ''}.`, path));
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
    const value = (0,node_rules/* asString */.oJ)(node, path, problems);
    if (value === undefined || PLACEHOLDER.test(value))
        return;
    if (value.trim() === '') {
        problems.push((0,report_problems/* error */.z3)('values.empty', `${path} is empty.`, node.origin, `Set it to the absolute URL of your host, e.g. ${example}.`, path));
        return;
    }
    if (value !== value.trim()) {
        problems.push((0,report_problems/* error */.z3)('values.url', `${path} has spaces around the URL.`, node.origin, `Remove them: ${key}: ${value.trim()}`, path));
        return;
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        problems.push((0,report_problems/* error */.z3)('values.url', `${path} "${value}" is not an absolute URL.`, node.origin, `Write it with its scheme, e.g. ${example}.`, path));
        return;
    }
    const bare = `${url.protocol}//${url.host}`;
    if (url.username || url.password) {
        // Never echo the value: it carries a password.
        problems.push((0,report_problems/* error */.z3)('values.url-credentials', `${path} carries credentials (user:password@) in the URL.`, node.origin, `Write it as ${bare} and remove the password from the file's history.`, path));
    }
    else if (url.protocol === 'http:' && !options.allowHttp) {
        problems.push((0,report_problems/* error */.z3)('values.url-scheme', `${path} "${value}" uses http://; browsers and OIDC logins need https.`, node.origin, `Use https:// (or set the input allow-http: true for a local test install).`, path));
    }
    else if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        problems.push((0,report_problems/* error */.z3)('values.url-scheme', `${path} "${value}" must be an https:// URL, not ${url.protocol}.`, node.origin, `Write it as ${example}.`, path));
    }
    else if (url.search || url.hash) {
        problems.push((0,report_problems/* error */.z3)('values.url', `${path} "${value}" must be a plain host URL without a query or fragment.`, node.origin, `Write it as ${bare}.`, path));
    }
    else if (url.pathname !== '/') {
        problems.push((0,report_problems/* warning */.$e)('values.url-path', `${path} "${value}" has a path (${url.pathname}); Chalk's hosts are bare origins such as ${example}.`, node.origin, `Write it as ${bare} unless your proxy serves Chalk under that path.`, path));
    }
}
function checkFrontendImage({ metadata, problems, need }) {
    const path = 'chalk.metadata.frontend.image';
    const frontendNode = (0,located/* child */.jf)(metadata, 'frontend');
    if (!frontendNode) {
        need(path, 'Add frontend: { image: <image provided by Chalk> } under chalk.metadata; without it the chart fails with "Value chalk.metadata.frontend.image is required".');
        return;
    }
    const frontend = (0,node_rules/* asMap */.$H)(frontendNode, 'chalk.metadata.frontend', problems);
    if (!frontend)
        return;
    const node = (0,located/* child */.jf)(frontend, 'image');
    if (!node) {
        need(path, 'Add image: <image provided by Chalk> under chalk.metadata.frontend; without it the chart fails with "Value chalk.metadata.frontend.image is required".');
        return;
    }
    const value = (0,node_rules/* asString */.oJ)(node, path, problems);
    if (value === undefined || PLACEHOLDER.test(value))
        return;
    const parsed = parseImageReference(value);
    if (!parsed.ok) {
        problems.push((0,report_problems/* error */.z3)('values.image', `${path} "${value}" is not a valid image reference: ${parsed.reason}.`, node.origin, 'Use the image reference Chalk provided, e.g. registry.example.com/chalk/frontend:1.2.3.', path));
        return;
    }
    if (!parsed.ref.digest && (parsed.ref.tag === undefined || parsed.ref.tag === 'latest')) {
        problems.push((0,report_problems/* warning */.$e)('values.image-unpinned', `${path} "${value}" is not pinned to a version (${parsed.ref.tag ? 'tag latest' : 'no tag'}), so a pod restart can change what runs.`, node.origin, 'Pin a version tag or a digest (@sha256:…).', path));
    }
}

// EXTERNAL MODULE: ./src/config/yaml-tree.ts
var yaml_tree = __webpack_require__(22292);
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
            problems.push((0,report_problems/* error */.z3)('seed.misplaced', `The seed block is at the wrong level; the chart reads it from ${SEED_PATH}.`, topLevel.origin, 'Nest it as in the guide: chalk: metadata: seed: teams/projects/environments/team_invites.', SEED_PATH));
        }
        else {
            problems.push((0,report_problems/* error */.z3)('seed.missing', `${SEED_PATH} is not set in any of the files (${merged.files.join(', ')}).`, anchor, 'Create the seed file from the guide (chalk: metadata: seed: teams, projects, environments, team_invites).', SEED_PATH));
        }
        return problems;
    }
    const seed = (0,node_rules/* asMap */.$H)(seedNode, SEED_PATH, problems);
    if (!seed)
        return problems;
    for (const [key, entry] of seed.entries) {
        if (SECTIONS.includes(key))
            continue;
        const lookalike = (0,node_rules/* lookalikeHint */.jO)(key, SECTIONS);
        const near = lookalike ? undefined : (0,node_rules/* closest */.kp)(key, SECTIONS);
        problems.push((0,report_problems/* error */.z3)('seed.unknown-key', `${SEED_PATH}.${key} is not a seed section${lookalike ? `: ${lookalike.description}` : near ? ` (did you mean ${near}?)` : ''}.`, entry.keyOrigin, lookalike ? `Retype "${lookalike.near}" in plain ASCII.` : near ? `Rename "${key}" to "${near}".` : `Use only ${SECTIONS.join(', ')}.`, `${SEED_PATH}.${key}`));
    }
    // Sections whose shape is wrong: references into them are not checked, as every one would fail.
    const broken = new Set();
    const items = (section, required) => {
        const path = `${SEED_PATH}.${section}`;
        const node = (0,located/* child */.jf)(seed, section);
        if (!node) {
            if (required)
                problems.push((0,report_problems/* error */.z3)('seed.missing-section', `${path} is missing; the seed needs at least one entry.`, seed.origin, `Add a ${section}: list under ${SEED_PATH} as in the guide.`, path));
            broken.add(section);
            return [];
        }
        const seq = (0,node_rules/* asSeq */.wH)(node, path, problems);
        if (!seq) {
            broken.add(section);
            return [];
        }
        if (seq.items.length === 0 && required)
            problems.push((0,report_problems/* error */.z3)('seed.empty-section', `${path} is empty; the seed needs at least one entry.`, seq.origin, `Add an entry as in the guide.`, path));
        return seq.items.flatMap((item, i) => {
            const map = (0,node_rules/* asMap */.$H)(item, `${path}[${i}]`, problems);
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
        return knownIds(found);
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
            problems.push((0,report_problems/* error */.z3)('seed.team-mismatch', `${env.path}.team_id is "${team}", but its project "${project}" belongs to team "${owner}".`, node.origin, `Set team_id: ${owner}, or move the environment to a project of team "${team}".`, `${env.path}.team_id`));
        }
    }
    let owners = 0;
    for (const invite of invites) {
        reference(invite, 'team', teamIds, 'teams');
        const email = field(invite, 'email', problems, true);
        const emailNode = (0,located/* child */.jf)(invite.map, 'email');
        if (email !== undefined && emailNode && !EMAIL.test(email)) {
            problems.push((0,report_problems/* error */.z3)('seed.email', `${invite.path}.email "${email}" is not a valid email address.`, emailNode.origin, 'Use the address the person signs in with, e.g. jane@example.com.', `${invite.path}.email`));
        }
        const role = field(invite, 'role', problems, true);
        const roleNode = (0,located/* child */.jf)(invite.map, 'role');
        if (role !== undefined && roleNode) {
            if (role.toLowerCase() === 'owner')
                owners++;
            if (!SEED_ROLES.includes(role)) {
                const lookalike = (0,node_rules/* lookalikeHint */.jO)(role, SEED_ROLES);
                const near = lookalike ? undefined : ((0,node_rules/* closest */.kp)(role, SEED_ROLES) ?? SEED_ROLES.find((r) => r === role.toLowerCase()));
                problems.push((0,report_problems/* error */.z3)('seed.role', `${invite.path}.role "${role}" is not a team role${lookalike ? ` (${lookalike.description})` : ''}; allowed roles are ${SEED_ROLES.join(', ')}.`, roleNode.origin, lookalike ? `Retype it in plain ASCII: role: ${lookalike.near}.` : near ? `Use role: ${near}.` : `Use one of ${SEED_ROLES.join(', ')}.`, `${invite.path}.role`));
            }
        }
    }
    if (invites.length > 0 && owners === 0) {
        problems.push((0,report_problems/* warning */.$e)('seed.no-owner', 'No team invite has role owner, so nobody can administer the team after the first login.', (0,located/* child */.jf)(seed, 'team_invites').origin, 'Give at least one invite role: owner.', `${SEED_PATH}.team_invites`));
    }
    else if (invites.length === 0) {
        problems.push((0,report_problems/* warning */.$e)('seed.no-invites', `${SEED_PATH}.team_invites is empty, so nobody can log in after the install.`, seed.origin, 'Add an invite with your email and role: owner, as in the guide.', `${SEED_PATH}.team_invites`));
    }
    problems.push(...guideExamples(seed));
    return problems;
}
/** A string field of a seed item; reports a missing or mistyped field. */
function field(item, key, problems, report) {
    const node = (0,located/* child */.jf)(item.map, key);
    if (!node) {
        if (report)
            problems.push((0,report_problems/* error */.z3)('seed.missing-field', `${item.path} has no ${key}.`, item.map.origin, `Add ${key}: to this entry.`, `${item.path}.${key}`));
        return undefined;
    }
    return report ? (0,node_rules/* asString */.oJ)(node, `${item.path}.${key}`, problems) : stringValue(node);
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
            problems.push((0,report_problems/* error */.z3)('seed.id-format', `${item.path}.id "${id}" breaks the ${what} id rule: lowercase letters and digits only, fewer than 10 characters.`, node.origin, suggestion ? `Use an id such as "${suggestion}", and update every reference to it.` : 'Choose an id of 1–9 lowercase letters or digits.', `${item.path}.id`));
        }
        else if (!shortRule && id.trim() === '') {
            problems.push((0,report_problems/* error */.z3)('seed.id-empty', `${item.path}.id is empty.`, node.origin, 'Give the entry a unique id.', `${item.path}.id`));
        }
        const first = seen.get(id);
        if (first) {
            problems.push((0,report_problems/* error */.z3)('seed.duplicate-id', `${item.path}.id "${id}" is used by another ${what} (first at ${first.file}:${first.line}).`, node.origin, `Give each ${what} a unique id.`, `${item.path}.id`));
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
        problems.push((0,report_problems/* error */.z3)('seed.empty-name', `${item.path}.name is empty.`, node.origin, 'Give it a human-readable name, e.g. "Development".', `${item.path}.name`));
    }
}
const LISTED_IDS = 10;
const HINTED_REFERENCES = 100;
function knownIds(ids) {
    const list = [...ids];
    const first = list.slice(0, LISTED_IDS).map(yaml_tree/* shown */.SP).join(', ');
    const listed = list.length === 0 ? '' : list.length > LISTED_IDS ? ` (${first}, and ${list.length - LISTED_IDS} more)` : ` (${first})`;
    return { ids, list, listed, hintsLeft: HINTED_REFERENCES };
}
/** Checks that `item[key]` names an id of `section`; with `known` undefined only the field's presence and type. */
function resolveReference(item, key, known, section, problems) {
    const value = field(item, key, problems, true);
    const node = (0,located/* child */.jf)(item.map, key);
    if (value === undefined || !node || !known)
        return value;
    if (!known.ids.has(value)) {
        const hinted = known.hintsLeft-- > 0;
        const lookalike = hinted ? (0,node_rules/* lookalikeHint */.jO)(value, known.list) : undefined;
        const near = hinted && !lookalike ? (0,node_rules/* closest */.kp)(value, known.list) : undefined;
        problems.push((0,report_problems/* error */.z3)('seed.unresolved-reference', `${item.path}.${key} "${value}" does not match any id in ${SEED_PATH}.${section}${known.listed}${lookalike ? `: ${lookalike.description}` : ''}.`, node.origin, lookalike
            ? `Type both ids in plain ASCII: "${lookalike.near}" and "${value}" look the same but differ.`
            : near
                ? `Did you mean "${near}"?`
                : `Use the id of an entry of ${section}, or add that entry.`, `${item.path}.${key}`));
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
            out.push((0,report_problems/* warning */.$e)('seed.guide-example', `${path} is still the guide's example value "${node.value}".`, node.origin, 'Replace it with your own team, project, environment or email.', path));
        }
    };
    visit(seed, SEED_PATH);
    return out;
}

// EXTERNAL MODULE: ./src/config/yaml-file.ts
var yaml_file = __webpack_require__(32434);
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
    // Ending just before the caller's deadline, a parse that runs too long is reported on its file, not as a bare timeout.
    const timeoutMs = input.timeoutMs === undefined ? undefined : input.timeoutMs - Math.min(1000, input.timeoutMs / 10);
    const loads = await Promise.all(wanted.map(async ({ file, role }) => {
        const path = (0,external_node_path_.resolve)(input.workingDirectory, file);
        const shown = displayPath(path, input.workspace);
        return { path, shown, role, result: await (0,yaml_file/* loadYamlFile */.Y3)(path, { displayPath: shown, role, timeoutMs }) };
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
    const merged = (0,merge/* mergeValues */.D)(layers);
    config.merged = merged;
    const seedFile = files.find((f) => f.role === 'seed file')?.displayPath;
    const structure = validateStructure(layers);
    config.problems.values = structure.length ? structure : validateMetadataValues(merged, { allowHttp: input.allowHttp, seedFile });
    config.problems.seed = validateSeed(merged, seedFile);
    return config;
}


/***/ }),

/***/ 21564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ walkScalars),
/* harmony export */   SB: () => (/* binding */ describeKind),
/* harmony export */   Ul: () => (/* binding */ toPlain),
/* harmony export */   Ut: () => (/* binding */ childAt),
/* harmony export */   jf: () => (/* binding */ child)
/* harmony export */ });
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

/***/ 13156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $H: () => (/* binding */ asMap),
  wH: () => (/* binding */ asSeq),
  oJ: () => (/* binding */ asString),
  kp: () => (/* binding */ closest),
  YC: () => (/* binding */ editDistance),
  jO: () => (/* binding */ lookalikeHint),
  LO: () => (/* binding */ missing)
});

// UNUSED EXPORTS: wrongType

// EXTERNAL MODULE: ./src/config/located.ts
var located = __webpack_require__(21564);
;// CONCATENATED MODULE: ./src/config/lookalikes.ts
/**
 * Non-ASCII characters that render like ASCII ones (homoglyphs: Cyrillic `а` for `a`, fullwidth
 * letters, invisible joiners). A name written with one looks right but matches nothing, so a
 * "did you mean" must name the character instead of suggesting the identical-looking name.
 */
/** Lookalikes of Latin letters and separators, with their Unicode names. */
const LOOKALIKES = new Map([
    ['\u0430', 'a', 'CYRILLIC SMALL LETTER A'],
    ['\u0435', 'e', 'CYRILLIC SMALL LETTER IE'],
    ['\u043e', 'o', 'CYRILLIC SMALL LETTER O'],
    ['\u0440', 'p', 'CYRILLIC SMALL LETTER ER'],
    ['\u0441', 'c', 'CYRILLIC SMALL LETTER ES'],
    ['\u0443', 'y', 'CYRILLIC SMALL LETTER U'],
    ['\u0445', 'x', 'CYRILLIC SMALL LETTER HA'],
    ['\u0455', 's', 'CYRILLIC SMALL LETTER DZE'],
    ['\u0456', 'i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I'],
    ['\u0458', 'j', 'CYRILLIC SMALL LETTER JE'],
    ['\u04bb', 'h', 'CYRILLIC SMALL LETTER SHHA'],
    ['\u0501', 'd', 'CYRILLIC SMALL LETTER KOMI DE'],
    ['\u051b', 'q', 'CYRILLIC SMALL LETTER QA'],
    ['\u051d', 'w', 'CYRILLIC SMALL LETTER WE'],
    ['\u0410', 'A', 'CYRILLIC CAPITAL LETTER A'],
    ['\u0412', 'B', 'CYRILLIC CAPITAL LETTER VE'],
    ['\u0415', 'E', 'CYRILLIC CAPITAL LETTER IE'],
    ['\u041a', 'K', 'CYRILLIC CAPITAL LETTER KA'],
    ['\u041c', 'M', 'CYRILLIC CAPITAL LETTER EM'],
    ['\u041d', 'H', 'CYRILLIC CAPITAL LETTER EN'],
    ['\u041e', 'O', 'CYRILLIC CAPITAL LETTER O'],
    ['\u0420', 'P', 'CYRILLIC CAPITAL LETTER ER'],
    ['\u0421', 'C', 'CYRILLIC CAPITAL LETTER ES'],
    ['\u0422', 'T', 'CYRILLIC CAPITAL LETTER TE'],
    ['\u0425', 'X', 'CYRILLIC CAPITAL LETTER HA'],
    ['\u0405', 'S', 'CYRILLIC CAPITAL LETTER DZE'],
    ['\u0406', 'I', 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I'],
    ['\u0408', 'J', 'CYRILLIC CAPITAL LETTER JE'],
    ['\u03bf', 'o', 'GREEK SMALL LETTER OMICRON'],
    ['\u03bd', 'v', 'GREEK SMALL LETTER NU'],
    ['\u03c1', 'p', 'GREEK SMALL LETTER RHO'],
    ['\u03b9', 'i', 'GREEK SMALL LETTER IOTA'],
    ['\u0391', 'A', 'GREEK CAPITAL LETTER ALPHA'],
    ['\u0392', 'B', 'GREEK CAPITAL LETTER BETA'],
    ['\u0395', 'E', 'GREEK CAPITAL LETTER EPSILON'],
    ['\u0396', 'Z', 'GREEK CAPITAL LETTER ZETA'],
    ['\u0397', 'H', 'GREEK CAPITAL LETTER ETA'],
    ['\u0399', 'I', 'GREEK CAPITAL LETTER IOTA'],
    ['\u039a', 'K', 'GREEK CAPITAL LETTER KAPPA'],
    ['\u039c', 'M', 'GREEK CAPITAL LETTER MU'],
    ['\u039d', 'N', 'GREEK CAPITAL LETTER NU'],
    ['\u039f', 'O', 'GREEK CAPITAL LETTER OMICRON'],
    ['\u03a1', 'P', 'GREEK CAPITAL LETTER RHO'],
    ['\u03a4', 'T', 'GREEK CAPITAL LETTER TAU'],
    ['\u03a5', 'Y', 'GREEK CAPITAL LETTER UPSILON'],
    ['\u03a7', 'X', 'GREEK CAPITAL LETTER CHI'],
    ['\u0131', 'i', 'LATIN SMALL LETTER DOTLESS I'],
    ['\u0261', 'g', 'LATIN SMALL LETTER SCRIPT G'],
    ['\u2010', '-', 'HYPHEN'],
    ['\u2011', '-', 'NON-BREAKING HYPHEN'],
    ['\u2012', '-', 'FIGURE DASH'],
    ['\u2013', '-', 'EN DASH'],
    ['\u2212', '-', 'MINUS SIGN'],
    ['\u00a0', ' ', 'NO-BREAK SPACE'],
    ['\u200b', '', 'ZERO WIDTH SPACE'],
    ['\u200c', '', 'ZERO WIDTH NON-JOINER'],
    ['\u200d', '', 'ZERO WIDTH JOINER'],
    ['\u2060', '', 'WORD JOINER'],
    ['\ufeff', '', 'ZERO WIDTH NO-BREAK SPACE'],
].map(([char, ascii, name]) => [char, { ascii, name }]));
const DIGIT_NAMES = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];
/** The ASCII character `char` passes for, with its Unicode name, when it is a known lookalike. */
function lookalikeOf(char) {
    const known = LOOKALIKES.get(char);
    if (known)
        return known;
    // Fullwidth forms (U+FF01–U+FF5E) mirror ASCII 0x21–0x7E.
    const code = char.codePointAt(0);
    if (code < 0xff01 || code > 0xff5e)
        return undefined;
    const ascii = String.fromCodePoint(code - 0xfee0);
    if (/[A-Z]/.test(ascii))
        return { ascii, name: `FULLWIDTH LATIN CAPITAL LETTER ${ascii}` };
    if (/[a-z]/.test(ascii))
        return { ascii, name: `FULLWIDTH LATIN SMALL LETTER ${ascii.toUpperCase()}` };
    if (/[0-9]/.test(ascii))
        return { ascii, name: `FULLWIDTH DIGIT ${DIGIT_NAMES[Number(ascii)]}` };
    return { ascii, name: 'FULLWIDTH FORM' };
}
/** `text` with every lookalike replaced by the ASCII it passes for. */
function asciiSkeleton(text) {
    let out = '';
    for (const char of text)
        out += lookalikeOf(char)?.ascii ?? char;
    return out;
}
/** Whether `text` holds any lookalike character. */
function hasLookalike(text) {
    for (const char of text)
        if (char.charCodeAt(0) > 0x7f && lookalikeOf(char))
            return true;
    return false;
}
/**
 * The known name that `text` only looks like: the two differ, but read the same once lookalikes
 * are read as ASCII (and both are put through `normalize`, e.g. ignoring case and separators).
 * Either side may hold the lookalikes: a name can be typed plainly and defined with a Cyrillic letter.
 */
function findLookalike(text, known, normalize = (s) => s) {
    const skeleton = normalize(asciiSkeleton(text));
    const textHasOne = hasLookalike(text);
    const near = known.find((k) => k !== text && (textHasOne || hasLookalike(k)) && normalize(asciiSkeleton(k)) === skeleton);
    if (near === undefined)
        return undefined;
    return { near, description: describe(textHasOne ? text : near) };
}
function describe(text) {
    const found = [...text].filter((c) => c.charCodeAt(0) > 0x7f && lookalikeOf(c));
    const first = found[0];
    const { ascii, name } = lookalikeOf(first);
    const codePoint = `U+${first.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    const kind = ascii === '' ? 'an invisible non-ASCII character' : `a non-ASCII lookalike of "${ascii}"`;
    const more = found.length - 1;
    return `"${text}" holds ${codePoint} ${name}, ${kind}${more > 0 ? ` (and ${more} more such character${more > 1 ? 's' : ''})` : ''}`;
}

// EXTERNAL MODULE: ./src/report/problems.ts
var problems = __webpack_require__(53300);
;// CONCATENATED MODULE: ./src/config/node-rules.ts
/** Shared typed accessors over located trees: each returns the value or records a located problem. */



function wrongType(node, path, expected) {
    const got = (0,located/* describeKind */.SB)(node);
    const leaf = path.split('.').pop() ?? path;
    let fix = `Make ${path} ${expected}.`;
    if (expected === 'a string' && node.kind === 'scalar' && node.value !== null && !node.quoted) {
        fix = `Quote the value so YAML (and helm) read it as text: ${leaf.replace(/\[\d+\]$/, '')}: "${node.source}".`;
    }
    return (0,problems/* error */.z3)('values.wrong-type', `${path} must be ${expected}, but it is ${got}.`, node.origin, fix, path);
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
        return (0,problems/* error */.z3)('values.removed', `${path} is required, but ${removedAt.file} removes it by setting it to null.`, removedAt, `Delete the null entry in ${removedAt.file}, or give ${path} a value.`, path);
    }
    const files = merged.files.join(', ');
    return (0,problems/* error */.z3)('values.missing', `${path} is required, but none of the values files (${files}) sets it.`, anchorFor(merged, path, skipFile), fix, path);
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
/** "Did you mean" looks at this many candidates, for names this short, so a huge seed cannot make it quadratic. */
const SUGGEST_MAX_CANDIDATES = 100;
const SUGGEST_MAX_LENGTH = 64;
const normalizedName = (s) => s.toLowerCase().replace(/[-_]/g, '');
/**
 * A known name `key` is probably a misspelling of (case, separators or two edits apart). Never a
 * homoglyph: when either name holds a non-ASCII lookalike character, `lookalikeHint` names it instead.
 */
function closest(key, known) {
    if (key.length > SUGGEST_MAX_LENGTH || hasLookalike(key))
        return undefined;
    const norm = normalizedName(key);
    return known
        .slice(0, SUGGEST_MAX_CANDIDATES)
        .find((k) => k !== key &&
        k.length <= SUGGEST_MAX_LENGTH &&
        !hasLookalike(k) &&
        (normalizedName(k) === norm || (Math.abs(k.length - key.length) <= 2 && editDistance(k, key) <= 2)));
}
/** When `key` passes for a known name only through lookalike characters: that name, and the character named. */
function lookalikeHint(key, known) {
    if (key.length > SUGGEST_MAX_LENGTH)
        return undefined;
    return findLookalike(key, known.slice(0, SUGGEST_MAX_CANDIDATES), normalizedName);
}


/***/ })

};
