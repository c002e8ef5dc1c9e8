export const id = 434;
export const ids = [434];
export const modules = {

/***/ 32434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y3: () => (/* binding */ loadYamlFile),
/* harmony export */   cd: () => (/* binding */ parseYamlText)
/* harmony export */ });
/* unused harmony exports MAX_YAML_BYTES, DEFAULT_PARSE_TIMEOUT_MS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _bundle_worker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4256);
/* harmony import */ var _yaml_tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22292);
/* harmony import */ var _report_problems_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53300);
/**
 * Loads a YAML file the way helm reads values files (YAML 1.1 scalars: `no`/`on` are booleans),
 * keeping the position of every node. Every problem — unreadable or oversized file, syntax error,
 * duplicate key, tab indentation, empty file, several documents, alias bomb, deep nesting, a parse
 * that outlives its time limit — comes back located, never thrown.
 */





/** helm refuses any file of a chart over 5 MiB (its values.yaml included); a values file passed beside the chart gets the same limit here. */
const MAX_YAML_BYTES = 5 * 1024 * 1024;
const DEFAULT_PARSE_TIMEOUT_MS = 60_000;
/** Heap for the parse worker: enough for 5 MiB of maps; millions of tiny list items are stopped at it, with a located problem. */
const PARSE_HEAP_MB = 1024;
/** Syntax problems reported per file; past these, later ones mostly follow from the first. */
const MAX_PROBLEMS_PER_FILE = 20;
async function loadYamlFile(path, options = {}) {
    const file = options.displayPath ?? path;
    const role = options.role ?? 'YAML file';
    const read = await readBounded(path);
    if (typeof read !== 'string') {
        const fix = read.code === 'yaml.too-large'
            ? 'Split it into smaller values files (list each one in the inputs), or remove what the chart does not read.'
            : `Create ${file} or correct the path in the action's inputs (paths are relative to the working directory).`;
        return { file, problems: [(0,_report_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3)(read.code, `${role} ${file} ${read.reason}.`, { file, line: 1, col: 1 }, fix)] };
    }
    if (parsesQuickly(read))
        return parseYamlText(read, file, role);
    try {
        return await (0,_bundle_worker_js__WEBPACK_IMPORTED_MODULE_2__/* .runBounded */ .Bb)('parse-yaml', { text: read, file, role }, { timeoutMs: options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS, maxHeapMb: PARSE_HEAP_MB, what: `Parsing ${role} ${file}` });
    }
    catch (err) {
        const problem = err instanceof _bundle_worker_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkerTaskError */ .__
            ? (0,_report_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3)(`yaml.parse-${err.kind}`, err.message, { file, line: 1, col: 1 }, err.fix)
            : (0,_report_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3)('yaml.parse-crash', `Parsing ${role} ${file} failed: ${err instanceof Error ? err.message : String(err)}`, { file, line: 1, col: 1 }, 'Report this as a bug in chalk-actions with the log.');
        return { file, problems: [problem] };
    }
}
/**
 * Parsed in place: a file this small, without anchors or aliases, parses within tens of milliseconds
 * whatever it holds (the worst shapes tried in bench/yaml-hostile.ts add ~0.06 s, cold), while a
 * worker loads the bundle a second time, which costs more than that.
 * Typical values and seed files are a few hundred bytes. Anything larger, or with `&`/`*` anywhere
 * (an alias bomb is small), goes to the bounded worker.
 */
const IN_PLACE_MAX_CHARS = 4 * 1024;
function parsesQuickly(text) {
    return text.length <= IN_PLACE_MAX_CHARS && !/[&*]/.test(text);
}
/** The file's text, or why it cannot be read: missing, not a regular file, or over MAX_YAML_BYTES. */
async function readBounded(path) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (info.isDirectory())
            return { code: 'yaml.missing-file', reason: 'is a directory, not a file' };
        // A device or pipe could stream without end; values files are plain files.
        if (!info.isFile())
            return { code: 'yaml.missing-file', reason: 'is not a regular file (a device, pipe or socket)' };
        if (info.size > MAX_YAML_BYTES)
            return tooLarge(info.size);
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
        // It may have grown since the stat.
        if (bytes.length > MAX_YAML_BYTES)
            return tooLarge(bytes.length);
        return bytes.toString('utf8');
    }
    catch (err) {
        const code = err.code;
        return { code: 'yaml.missing-file', reason: code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(err)})` };
    }
}
function tooLarge(bytes) {
    const mib = (n) => `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`;
    return {
        code: 'yaml.too-large',
        reason: `is ${mib(bytes)}; chalk-actions reads YAML files of at most ${mib(MAX_YAML_BYTES)}, the limit helm sets for each file of a chart`,
    };
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
const HELM_YAML = { version: '1.1', customTags: asHelmReadsIt, uniqueKeys: false, prettyErrors: false };
/** Parses YAML text as helm reads it; pure and synchronous (loadYamlFile runs it in a bounded worker). */
function parseYamlText(text, file, role = 'YAML file') {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const at = (offset) => {
        const pos = lineCounter.linePos(offset);
        return { file, line: pos.line, col: pos.col };
    };
    const problems = new CappedProblems(file);
    // Only the first document with content is kept: helm reads one, and a stream of them must not fill the memory.
    let first;
    let secondAt;
    let documents = 0;
    const composed = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .composeWithinDepth */ .ZU)(text, HELM_YAML, lineCounter, (doc) => {
        syntaxProblems(doc, text, file, at, problems);
        if (doc.contents === null)
            return;
        documents++;
        if (!first)
            first = doc;
        else
            secondAt ??= doc.range[0];
    });
    if (composed.tooDeepAt !== undefined)
        return { file, problems: [(0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .tooDeep */ .DI)(role, file, at(composed.tooDeepAt))] };
    const targets = first ? (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .scanDocument */ .bt)(first, file, at, (p) => problems.add(p)) : undefined;
    tabIndentation(text, file, problems);
    if (!first || !targets) {
        if (problems.count === 0)
            problems.add((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3)('yaml.empty', `${role} ${file} is empty (no YAML document).`, { file, line: 1, col: 1 }, emptyFix(role)));
        return { file, problems: problems.list() };
    }
    if (secondAt !== undefined) {
        problems.add((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3)('yaml.multiple-documents', `${role} ${file} holds ${documents} YAML documents; helm reads only one values document per file.`, at(secondAt), 'Merge the documents into one map, or split them into separate files and list each one.'));
    }
    if (problems.hasErrors)
        return { file, problems: problems.list() };
    let root;
    try {
        root = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .buildTree */ .H6)(first.contents, { file, role, at, targets });
    }
    catch (err) {
        if (!(err instanceof _yaml_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .TreeLimitError */ .ES))
            throw err;
        problems.add(err.problem);
        return { file, problems: problems.list() };
    }
    if (root.kind !== 'map') {
        problems.add((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3)('yaml.root-not-map', `${role} ${file} must be a map of keys at the top level, but it is ${root.kind === 'seq' ? 'a list' : 'a single value'}.`, root.origin, 'Start the file with a key such as `chalk:` as in the guide.'));
        return { file, problems: problems.list() };
    }
    return { file, root, problems: problems.list() };
}
/** A file's problems, keeping the first MAX_PROBLEMS_PER_FILE and counting the rest. */
class CappedProblems {
    file;
    kept = [];
    dropped = 0;
    firstDropped;
    hasErrors = false;
    /** Lines that already have a problem: a later check need not report them again. */
    lines = new Set();
    constructor(file) {
        this.file = file;
    }
    get count() {
        return this.kept.length + this.dropped;
    }
    add(problem) {
        if (problem.severity === 'error')
            this.hasErrors = true;
        if (problem.origin)
            this.lines.add(problem.origin.line);
        if (this.kept.length < MAX_PROBLEMS_PER_FILE)
            this.kept.push(problem);
        else if (this.dropped++ === 0)
            this.firstDropped = problem.origin;
    }
    list() {
        if (this.dropped === 0)
            return this.kept;
        const more = (0,_report_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3)('yaml.more-problems', `${this.file} has ${this.dropped} more YAML problem${this.dropped === 1 ? '' : 's'}, not listed.`, this.firstDropped, 'Fix the problems above first; later ones often follow from them.');
        return [...this.kept, more];
    }
}
function syntaxProblems(doc, text, file, at, problems) {
    // One syntax error tends to cascade into several at the same line; the first is the cause.
    const seenLines = new Set();
    for (const e of doc.errors) {
        const origin = at(e.pos[0]);
        if (seenLines.has(origin.line))
            continue;
        seenLines.add(origin.line);
        // An unclosed bracket is detected lines later; point at the bracket itself.
        const unclosed = /end with a [\]}]/.test(e.message) ? text.lastIndexOf(e.message.includes(']') ? '[' : '{', e.pos[0]) : -1;
        problems.add(yamlError(e.code, e.message, unclosed >= 0 ? at(unclosed) : origin, file));
    }
    for (const w of doc.warnings)
        problems.add({ ...yamlError(w.code, w.message, at(w.pos[0]), file), severity: 'warning' });
}
function emptyFix(role) {
    return role === 'seed file'
        ? 'Copy the seed skeleton from the guide (chalk: metadata: seed: teams/projects/environments/team_invites).'
        : 'Copy the values skeleton from the guide (chalk: metadata: api_host, frontend_host, frontend.image).';
}
function yamlError(code, message, origin, file) {
    const text = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    if (/end with a \]/.test(text))
        return (0,_report_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3)('yaml.unclosed-flow-sequence', `YAML syntax error in ${file}: a [ is opened but never closed with ].`, origin, 'Close the bracket, or quote the value if it is text that starts with [.');
    if (/end with a \}/.test(text))
        return (0,_report_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3)('yaml.unclosed-flow-map', `YAML syntax error in ${file}: a { is opened but never closed with }.`, origin, 'Close the brace, or quote the value if it is text that starts with {.');
    const fixes = {
        TAB_AS_INDENT: 'Indent with spaces; YAML forbids tabs for indentation.',
        BAD_INDENT: 'Align the lines of this block to the same indentation, using spaces.',
        MISSING_CHAR: 'Close the bracket or quote that was opened earlier.',
        MULTILINE_IMPLICIT_KEY: 'Put a key and its value on one line, or quote the value.',
        BLOCK_AS_IMPLICIT_KEY: 'Align this key with the keys above it; a deeper indent makes YAML read it as part of the previous value.',
    };
    return (0,_report_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3)(`yaml.${code.toLowerCase().replaceAll('_', '-')}`, `YAML syntax error in ${file}: ${text}.`, origin, fixes[code] ?? 'Correct the YAML syntax at this position.');
}
/**
 * The parser reports tabs that indent content itself; go-yaml (helm) also rejects a blank line
 * holding a tab, which the parser lets through. Tabs inside block scalars are content, not indentation.
 */
function tabIndentation(text, file, problems) {
    text.split('\n').forEach((line, i) => {
        const m = /^( *)\t[ \t]*$/.exec(line);
        const lineNo = i + 1;
        if (!m || problems.lines.has(lineNo))
            return;
        problems.add((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3)('yaml.tab-as-indent', `YAML syntax error in ${file}: a blank line holds a tab, which helm rejects as indentation.`, { file, line: lineNo, col: m[1].length + 1 }, 'Delete the tab (YAML forbids tabs for indentation).'));
    });
}


/***/ }),

/***/ 22292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ tooDeep),
/* harmony export */   ES: () => (/* binding */ TreeLimitError),
/* harmony export */   H6: () => (/* binding */ buildTree),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   ZU: () => (/* binding */ composeWithinDepth),
/* harmony export */   bt: () => (/* binding */ scanDocument)
/* harmony export */ });
/* unused harmony exports MAX_DEPTH, isMergeKey, allowedAliasRatio */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _report_problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53300);
/**
 * From parsed YAML to a located tree, within the limits helm's YAML reader (go-yaml) applies, so a
 * hostile file is refused quickly with a located problem instead of exhausting time, memory or the
 * stack: nesting is bounded while parsing, anchors and keys are checked in one linear pass, and
 * aliases are expanded within go-yaml's budget (a share of the decoded nodes that shrinks as the
 * document grows), never into themselves.
 */


/**
 * Deepest nesting read. Values files nest a dozen levels; helm's reader stops at 10,000, but the
 * parser's recursion would exhaust the stack long before that, so the line is drawn here.
 */
const MAX_DEPTH = 256;
/**
 * parseAllDocuments, streaming each document to `onDocument`, but refusing nesting deeper than
 * MAX_DEPTH while the (iterative) parser reads it, before the (recursive) composer sees it.
 * Returns the offset where the limit was crossed, if it was.
 */
function composeWithinDepth(text, options, lineCounter, onDocument) {
    const parser = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lineCounter.addNewLine);
    const composer = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk(options);
    lineCounter.addNewLine(0);
    for (const lexeme of new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG().lex(text)) {
        for (const token of parser.next(lexeme))
            for (const doc of composer.next(token))
                onDocument(doc);
        // The parser's stack holds the document, then one entry per open collection.
        if (parser.stack.length > MAX_DEPTH + 1)
            return { tooDeepAt: parser.offset };
    }
    for (const token of parser.end())
        for (const doc of composer.next(token))
            onDocument(doc);
    for (const doc of composer.end())
        onDocument(doc);
    return {};
}
/**
 * The key a map entry is stored under, as helm's JSON conversion sees it (`1` and `"1"` are the
 * same key); an alias used as a key stands for its anchored scalar.
 */
function keyText(key, resolve) {
    const node = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(key) ? (resolve(key) ?? key) : key;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return isMergeKey(node.value) ? '<<' : String(node.value);
    return String(node);
}
function isMergeKey(value) {
    return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}
/** Keeps user text short in messages. */
function shown(text) {
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
/**
 * One linear pass in document order: resolves each alias to the anchor most recently defined before
 * it (as go-yaml does, so an alias inside its own anchor resolves to that anchor), and reports
 * aliases to unknown anchors and keys that appear twice in one map.
 */
function scanDocument(doc, file, at, report) {
    const anchors = new Map();
    const targets = new Map();
    const maps = [];
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, (_key, node) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = anchors.get(node.source);
            if (target)
                targets.set(node, target);
            else
                report(unknownAnchor(node, file, at));
            return;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node))
            return;
        if (((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(node)) && node.anchor)
            anchors.set(node.anchor, node);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            maps.push(node);
    });
    // After the pass, so that an alias used as a key is resolved even when its anchor is in the same map.
    for (const map of maps)
        duplicateKeys(map, file, at, report, (alias) => targets.get(alias));
    return targets;
}
function unknownAnchor(alias, file, at) {
    const name = shown(alias.source);
    return (0,_report_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)('yaml.unknown-anchor', `YAML error in ${file}: the alias *${name} refers to no anchor &${name} defined above it; helm refuses the file ("unknown anchor '${name}' referenced").`, at(alias.range?.[0] ?? 0), `Define the anchor (&${name}) on a value above this line, or remove the alias.`);
}
function duplicateKeys(map, file, at, report, resolve) {
    const seen = new Set();
    for (const pair of map.items) {
        const key = keyText(pair.key, resolve);
        if (key === '<<')
            continue;
        if (!seen.has(key)) {
            seen.add(key);
            continue;
        }
        const keyNode = pair.key;
        report((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)('yaml.duplicate-key', `YAML syntax error in ${file}: the key "${shown(key)}" appears twice in the same map.`, at(keyNode?.range?.[0] ?? map.range?.[0] ?? 0), 'Remove one of the duplicate keys; helm would silently keep only the last.'));
    }
}
/** Thrown inside the tree build to stop it at the first limit crossed. */
class TreeLimitError extends Error {
    problem;
    constructor(problem) {
        super(problem.message);
        this.problem = problem;
    }
}
/**
 * go-yaml's allowance: in documents of up to 400,000 decoded nodes, up to 99 % may come from alias
 * expansion; the share falls linearly to 10 % at 4,000,000 nodes.
 */
function allowedAliasRatio(decoded) {
    if (decoded <= 400_000)
        return 0.99;
    if (decoded >= 4_000_000)
        return 0.1;
    return 0.99 - 0.89 * ((decoded - 400_000) / 3_600_000);
}
/** The located tree of `node`, or a TreeLimitError with the problem of the first limit crossed. */
function buildTree(node, context) {
    return new TreeBuilder(context).build(node, 0);
}
class TreeBuilder {
    context;
    decoded = 0;
    fromAliases = 0;
    /** Aliases being expanded, outermost first; the set answers "inside itself?" at once. */
    expanding = [];
    open = new Set();
    constructor(context) {
        this.context = context;
    }
    build(node, depth) {
        const origin = this.context.at(node.range?.[0] ?? 0);
        this.count();
        if (depth > MAX_DEPTH)
            throw new TreeLimitError(this.tooDeepHere(origin));
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            return { ...this.expand(node, origin, depth), origin };
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            return this.map(node, origin, depth);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            return { kind: 'seq', items: node.items.map((item) => this.build(item, depth + 1)), origin };
        return scalar(node, origin);
    }
    expand(alias, origin, depth) {
        const name = shown(alias.source);
        if (this.open.has(alias)) {
            throw new TreeLimitError((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)('yaml.recursive-alias', `${this.context.role} ${this.context.file} holds the alias *${name} inside its own anchor &${name}, so its value never ends; helm refuses it ("anchor '${name}' value contains itself").`, origin, `Point the alias at another anchor, or write the value out.`));
        }
        const target = this.context.targets.get(alias);
        if (!target)
            throw new TreeLimitError(unknownAnchor(alias, this.context.file, this.context.at));
        this.expanding.push(alias);
        this.open.add(alias);
        const value = this.build(target, depth);
        this.expanding.pop();
        this.open.delete(alias);
        return value;
    }
    map(node, origin, depth) {
        const entries = new Map();
        const merges = [];
        for (const pair of node.items) {
            const keyNode = pair.key;
            const valueNode = pair.value;
            this.count();
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) && isMergeKey(keyNode.value)) {
                // `<<: *defaults` (or a list of them): merged in below, after the keys written here.
                if (valueNode)
                    merges.push(this.build(valueNode, depth + 1));
                continue;
            }
            const key = keyText(keyNode, (alias) => this.context.targets.get(alias));
            const keyOrigin = keyNode?.range ? this.context.at(keyNode.range[0]) : origin;
            const value = valueNode ? this.build(valueNode, depth + 1) : { kind: 'scalar', value: null, source: '', quoted: false, origin: keyOrigin };
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
    /** go-yaml's rule: once past 1,000 nodes and 100 from aliases, aliases may supply only the allowed share. */
    count() {
        this.decoded++;
        if (this.expanding.length === 0)
            return;
        this.fromAliases++;
        if (this.fromAliases > 100 && this.decoded > 1000 && this.fromAliases / this.decoded > allowedAliasRatio(this.decoded)) {
            const outermost = this.expanding[0];
            const name = shown(outermost.source);
            throw new TreeLimitError((0,_report_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)('yaml.excessive-aliasing', `${this.context.role} ${this.context.file} contains excessive aliasing, as helm refuses it ("document contains excessive aliasing"): expanding *${name} copies anchored values far beyond the size of the file.`, this.context.at(outermost.range?.[0] ?? 0), 'Write the repeated values out, or alias only small blocks a few times; aliases of aliases multiply.'));
        }
    }
    /** Past MAX_DEPTH only through aliases (the parse stopped deeper text): point at the outermost one. */
    tooDeepHere(origin) {
        const outermost = this.expanding[0];
        if (!outermost)
            return tooDeep(this.context.role, this.context.file, origin);
        return tooDeep(this.context.role, this.context.file, this.context.at(outermost.range?.[0] ?? 0), shown(outermost.source));
    }
}
function tooDeep(role, file, origin, viaAlias) {
    return (0,_report_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)('yaml.too-deep', `${role} ${file} nests more than ${MAX_DEPTH} levels deep${viaAlias ? ` once *${viaAlias} is expanded` : ''}; chalk-actions reads at most ${MAX_DEPTH}.`, origin, viaAlias
        ? 'Flatten the structure: a values file nests a few levels (chalk: metadata: …).'
        : 'Flatten the structure (a values file nests a few levels), or close the brackets: an unclosed run of [ or { reads as deep nesting.');
}
function scalar(node, origin) {
    const raw = node.value;
    const value = raw === null || typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : typeof raw === 'bigint' ? Number(raw) : String(raw);
    const quoted = node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE || node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE;
    return { kind: 'scalar', value, source: node.source ?? String(raw), quoted, origin };
}


/***/ }),

/***/ 53300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Tk: () => (/* binding */ countErrors),
/* harmony export */   cp: () => (/* binding */ formatOrigin),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
function error(code, message, origin, fix, path) {
    return { severity: 'error', code, message, origin, fix, path };
}
function warning(code, message, origin, fix, path) {
    return { severity: 'warning', code, message, origin, fix, path };
}
function formatOrigin(origin) {
    return origin ? `${origin.file}:${origin.line}:${origin.col}` : '';
}
function countErrors(problems) {
    return problems.filter((p) => p.severity === 'error').length;
}


/***/ })

};
