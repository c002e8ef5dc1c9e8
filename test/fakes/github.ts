/**
 * A local GitHub API, written from GitHub's documented REST and GraphQL contracts, for the
 * endpoints the toolkit uses: issue comments (list with `per_page`/`page` and RFC 5988 `Link`
 * headers, create, update), issues (list by labels/state, which also returns pull requests as
 * GitHub does, create, update incl. state/state_reason/labels), and GraphQL (`viewer`, `node`,
 * `nodes`, `minimizeComment`, with `isMinimized`/`minimizedReason`).
 *
 * Served both github.com-style (REST at `/`, GraphQL at `/graphql`) and GHES-style (`/api/v3/…`,
 * `/api/graphql`); each recorded request keeps its path, so a test sees which was used.
 * Auth: `Authorization: token X` or `Bearer X`; unknown tokens get 401, a read-only token 403
 * `Resource not accessible by integration` on every write (a FORBIDDEN error in GraphQL).
 * Bodies over 65,536 get 422 `Body is too long (maximum is 65536 characters)`, counted as JS
 * length or UTF-8 bytes, whichever is larger: stricter than GitHub whatever it counts.
 */
import { createServer } from 'node:http';
import { close, listen, readBody } from './http.js';

export const WRITE_TOKEN = 'ghs_fakeWriteToken0000000000000000000';
export const READ_ONLY_TOKEN = 'ghs_fakeReadOnlyToken000000000000000';
export const ACTIONS_BOT = 'github-actions[bot]';
const BODY_LIMIT = 65_536;
const DOCS = 'https://docs.github.com/rest';

export interface FakeUser {
  id: number;
  login: string;
  type: 'User' | 'Bot';
}

export interface FakeIssue {
  id: number;
  node_id: string;
  repository: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  user: FakeUser;
  /** A pull request: listed with the issues (with a `pull_request` field), as GitHub does. */
  pull: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface FakeComment {
  id: number;
  node_id: string;
  repository: string;
  number: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
  isMinimized: boolean;
  minimizedReason: string | null;
}

export interface GitHubState {
  /** Issues and pull requests, numbered together per repository. */
  issues: FakeIssue[];
  comments: FakeComment[];
  tokens: Map<string, { user: FakeUser; readOnly: boolean }>;
}

export interface RecordedRequest {
  method: string;
  /** As received, e.g. `/api/v3/repos/o/r/issues/1/comments`. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** GraphQL requests: whether the document was a query or a mutation. */
  operation?: 'query' | 'mutation';
}

export interface ScriptedReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface GitHubFake {
  /** github.com-style root: REST at `url`, GraphQL at `url/graphql`. */
  url: string;
  /** GHES-style REST base (`/api/v3`). */
  apiUrl: string;
  /** GHES-style GraphQL endpoint (`/api/graphql`). */
  graphqlUrl: string;
  state: GitHubState;
  requests: RecordedRequest[];
  /** Requests that changed something: REST other than GET, GraphQL mutations. */
  writes(): RecordedRequest[];
  addToken(token: string, login: string, options?: { readOnly?: boolean }): void;
  seedPullRequest(repository: string, options?: { title?: string; body?: string; labels?: string[]; user?: string }): FakeIssue;
  seedIssue(repository: string, options: { title: string; body?: string; labels?: string[]; state?: 'open' | 'closed'; user?: string }): FakeIssue;
  seedComment(repository: string, number: number, body: string, options?: { user?: string }): FakeComment;
  /** The next request gets this answer instead of its own. */
  failNext(reply: ScriptedReply): void;
  /** The next request is read and never answered. */
  hangNext(): void;
  close(): Promise<void>;
}

export async function startGitHubFake(): Promise<GitHubFake> {
  const state: GitHubState = { issues: [], comments: [], tokens: new Map() };
  const requests: RecordedRequest[] = [];
  const users = new Map<string, FakeUser>();
  const scripted: ScriptedReply[] = [];
  let hang = 0;
  let nextId = 1000;
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const tick = () => new Date((clock += 1000)).toISOString();
  let root = '';

  const userOf = (login: string): FakeUser => {
    let user = users.get(login);
    if (!user) users.set(login, (user = { id: nextId++, login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }));
    return user;
  };
  const addToken = (token: string, login: string, options: { readOnly?: boolean } = {}) =>
    state.tokens.set(token, { user: userOf(login), readOnly: options.readOnly ?? false });
  addToken(WRITE_TOKEN, ACTIONS_BOT);
  addToken(READ_ONLY_TOKEN, ACTIONS_BOT, { readOnly: true });

  const newIssue = (repository: string, fields: Partial<FakeIssue> & { title: string; user: FakeUser; pull: boolean }): FakeIssue => {
    const id = nextId++;
    const now = tick();
    const issue: FakeIssue = {
      id,
      node_id: `${fields.pull ? 'PR' : 'I'}_kwDO${id}`,
      repository,
      number: state.issues.filter((i) => i.repository === repository).length + 1,
      body: null,
      state: 'open',
      state_reason: null,
      labels: [],
      created_at: now,
      updated_at: now,
      closed_at: null,
      ...fields,
    };
    if (issue.state === 'closed') {
      issue.closed_at = now;
      issue.state_reason ??= 'completed';
    }
    state.issues.push(issue);
    return issue;
  };
  const newComment = (issue: FakeIssue, body: string, user: FakeUser): FakeComment => {
    const id = nextId++;
    const now = tick();
    const comment: FakeComment = {
      id,
      node_id: `IC_kwDO${id}`,
      repository: issue.repository,
      number: issue.number,
      body,
      user,
      created_at: now,
      updated_at: now,
      isMinimized: false,
      minimizedReason: null,
    };
    state.comments.push(comment);
    return comment;
  };
  const findIssue = (repository: string, number: number) => state.issues.find((i) => i.repository === repository && i.number === number);

  const issueJson = (i: FakeIssue, api: string) => {
    const url = `${api}/repos/${i.repository}/issues/${i.number}`;
    return {
      id: i.id,
      node_id: i.node_id,
      url,
      html_url: `${root}/${i.repository}/${i.pull ? 'pull' : 'issues'}/${i.number}`,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.state_reason,
      locked: false,
      labels: i.labels.map((name) => ({ name, color: 'ededed', default: false, description: null })),
      user: userJson(i.user),
      comments: state.comments.filter((c) => c.repository === i.repository && c.number === i.number).length,
      created_at: i.created_at,
      updated_at: i.updated_at,
      closed_at: i.closed_at,
      ...(i.pull
        ? { pull_request: { url: `${api}/repos/${i.repository}/pulls/${i.number}`, html_url: `${root}/${i.repository}/pull/${i.number}`, merged_at: null } }
        : {}),
    };
  };
  const commentJson = (c: FakeComment, api: string) => {
    const issue = findIssue(c.repository, c.number)!;
    return {
      id: c.id,
      node_id: c.node_id,
      url: `${api}/repos/${c.repository}/issues/comments/${c.id}`,
      html_url: `${root}/${c.repository}/${issue.pull ? 'pull' : 'issues'}/${c.number}#issuecomment-${c.id}`,
      issue_url: `${api}/repos/${c.repository}/issues/${c.number}`,
      body: c.body,
      user: userJson(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
    };
  };

  const rest = (call: RestCall): Reply => {
    const { method, path, query, body, grant, api } = call;
    if (method !== 'GET' && grant.readOnly) return forbidden();
    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues$/.exec(path))) {
      const repository = m[1]!;
      if (method === 'GET') {
        const wanted = query.state ?? 'open';
        if (!['open', 'closed', 'all'].includes(wanted)) return invalid('Issue', 'state', 'invalid');
        const labels = (query.labels ?? '')
          .split(',')
          .map((l) => l.trim().toLowerCase())
          .filter(Boolean);
        const sort = query.sort ?? 'created';
        const direction = query.direction === 'asc' ? 1 : -1;
        const key = (i: FakeIssue) => (sort === 'updated' ? i.updated_at : i.created_at) + String(i.id).padStart(12, '0');
        const list = state.issues
          .filter((i) => i.repository === repository && (wanted === 'all' || i.state === wanted))
          .filter((i) => labels.every((l) => i.labels.some((have) => have.toLowerCase() === l)))
          .sort((a, b) => (key(a) < key(b) ? -direction : direction));
        return page(call, list, (i) => issueJson(i, api));
      }
      if (method === 'POST') {
        const b = body as { title?: unknown; body?: unknown; labels?: unknown };
        if (typeof b.title !== 'string' || !b.title) return invalid('Issue', 'title', 'missing_field');
        if (typeof b.body === 'string' && tooLong(b.body)) return bodyTooLong('Issue');
        const issue = newIssue(repository, {
          title: b.title,
          body: typeof b.body === 'string' ? b.body : null,
          labels: labelNames(b.labels),
          user: grant.user,
          pull: false,
        });
        return { status: 201, body: issueJson(issue, api) };
      }
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)$/.exec(path))) {
      const issue = findIssue(m[1]!, Number(m[2]));
      if (!issue) return notFound();
      if (method === 'GET') return { status: 200, body: issueJson(issue, api) };
      if (method === 'PATCH') {
        const b = body as { title?: unknown; body?: unknown; state?: unknown; state_reason?: unknown; labels?: unknown };
        if (b.state !== undefined && b.state !== 'open' && b.state !== 'closed') return invalid('Issue', 'state', 'invalid');
        if (b.state_reason !== undefined && ![null, 'completed', 'not_planned', 'reopened', 'duplicate'].includes(b.state_reason as string))
          return invalid('Issue', 'state_reason', 'invalid');
        if (typeof b.body === 'string' && tooLong(b.body)) return bodyTooLong('Issue');
        if (typeof b.title === 'string') issue.title = b.title;
        if (b.body !== undefined) issue.body = typeof b.body === 'string' ? b.body : null;
        if (b.labels !== undefined) issue.labels = labelNames(b.labels);
        const now = tick();
        if (b.state === 'closed' && issue.state === 'open') {
          issue.state = 'closed';
          issue.closed_at = now;
          issue.state_reason = (b.state_reason as string | undefined) ?? 'completed';
        } else if (b.state === 'open' && issue.state === 'closed') {
          issue.state = 'open';
          issue.closed_at = null;
          issue.state_reason = 'reopened';
        } else if (b.state_reason !== undefined) {
          issue.state_reason = b.state_reason as string | null;
        }
        issue.updated_at = now;
        return { status: 200, body: issueJson(issue, api) };
      }
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = findIssue(m[1]!, Number(m[2]));
      if (!issue) return notFound();
      if (method === 'GET') {
        const list = state.comments.filter((c) => c.repository === issue.repository && c.number === issue.number).sort((a, b) => a.id - b.id);
        return page(call, list, (c) => commentJson(c, api));
      }
      if (method === 'POST') {
        const text = (body as { body?: unknown }).body;
        if (typeof text !== 'string' || !text) return invalid('IssueComment', 'body', 'missing_field');
        if (tooLong(text)) return bodyTooLong('IssueComment');
        return { status: 201, body: commentJson(newComment(issue, text, grant.user), api) };
      }
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(path))) {
      const comment = state.comments.find((c) => c.repository === m![1] && c.id === Number(m![2]));
      if (!comment) return notFound();
      if (method === 'PATCH') {
        const text = (body as { body?: unknown }).body;
        if (typeof text !== 'string' || !text) return invalid('IssueComment', 'body', 'missing_field');
        if (tooLong(text)) return bodyTooLong('IssueComment');
        comment.body = text;
        comment.updated_at = tick();
        return { status: 200, body: commentJson(comment, api) };
      }
    }
    return notFound();
  };

  const userObject = (u: FakeUser): GqlObject => ({
    __typename: u.type,
    id: `${u.type === 'Bot' ? 'BOT' : 'U'}_kgDO${u.id}`,
    databaseId: u.id,
    // GraphQL names a bot without the `[bot]` suffix REST gives it.
    login: u.type === 'Bot' ? u.login.replace(/\[bot\]$/, '') : u.login,
  });
  const commentObject = (c: FakeComment): GqlObject => ({
    __typename: 'IssueComment',
    __implements: ['Node', 'Comment', 'Minimizable', 'Updatable', 'Deletable'],
    id: c.node_id,
    databaseId: c.id,
    body: () => c.body,
    author: () => userObject(c.user),
    createdAt: c.created_at,
    isMinimized: () => c.isMinimized,
    minimizedReason: () => c.minimizedReason,
  });
  const issueObject = (i: FakeIssue): GqlObject => ({
    __typename: i.pull ? 'PullRequest' : 'Issue',
    __implements: ['Node'],
    id: i.node_id,
    number: i.number,
    title: () => i.title,
    body: () => i.body ?? '',
    state: () => i.state.toUpperCase(),
  });
  const nodeById = (id: unknown): GqlObject => {
    const comment = state.comments.find((c) => c.node_id === id);
    if (comment) return commentObject(comment);
    const issue = state.issues.find((i) => i.node_id === id);
    if (issue) return issueObject(issue);
    throw new FieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${String(id)}'`);
  };
  const minimize = (input: unknown, readOnly: boolean) => {
    if (readOnly) throw new FieldError('FORBIDDEN', 'Resource not accessible by integration');
    const { subjectId, classifier } = (input ?? {}) as { subjectId?: unknown; classifier?: unknown };
    const comment = state.comments.find((c) => c.node_id === subjectId);
    if (!comment) throw new FieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${String(subjectId)}'`);
    if (!['SPAM', 'ABUSE', 'OFF_TOPIC', 'OUTDATED', 'DUPLICATE', 'RESOLVED'].includes(classifier as string))
      throw new FieldError('INVALID', `Argument 'classifier' has an invalid value (${String(classifier)}).`);
    comment.isMinimized = true;
    // As documented: lower case, and formatted differently from the mutation's input.
    comment.minimizedReason = (classifier as string).toLowerCase().replace('_', '-');
    return commentObject(comment);
  };
  const graphql = (
    document: string,
    variables: Record<string, unknown>,
    grant: { user: FakeUser; readOnly: boolean },
  ): { operation: Operation; answer: unknown } => {
    const operation = parseOperation(document);
    const rootObject: GqlObject =
      operation.type === 'query'
        ? {
            __typename: 'Query',
            viewer: () => userObject(grant.user),
            node: (args: Args) => nodeById(args.id),
            nodes: (args: Args) => (Array.isArray(args.ids) ? args.ids : []).map(nodeById),
          }
        : {
            __typename: 'Mutation',
            minimizeComment: (args: Args) => {
              const input = args.input as { clientMutationId?: unknown };
              return {
                __typename: 'MinimizeCommentPayload',
                clientMutationId: input?.clientMutationId ?? null,
                minimizedComment: minimize(input, grant.readOnly),
              };
            },
          };
    const errors: GqlError[] = [];
    const data = execute(operation.selections, rootObject, [], variables, errors);
    return { operation, answer: errors.length ? { data, errors } : { data } };
  };

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const query = Object.fromEntries(url.searchParams);
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : {};
    } catch {
      // recorded as text; REST handlers see no fields
    }
    const record: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query, body, status: 0 };
    requests.push(record);
    if (hang > 0) {
      hang--;
      return;
    }
    const send = (reply: Reply) => {
      record.status = reply.status;
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      res.end(JSON.stringify(reply.body));
    };
    const script = scripted.shift();
    if (script) return send(script);
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
    if (!auth) return send({ status: 401, body: { message: 'Requires authentication', documentation_url: DOCS } });
    const grant = state.tokens.get(auth[1]!);
    if (!grant) return send({ status: 401, body: { message: 'Bad credentials', documentation_url: DOCS } });

    if (url.pathname === '/graphql' || url.pathname === '/api/graphql') {
      if (record.method !== 'POST') return send(notFound());
      const { query: document, variables } = (body ?? {}) as { query?: unknown; variables?: unknown };
      try {
        const result = graphql(String(document ?? ''), (variables ?? {}) as Record<string, unknown>, grant);
        record.operation = result.operation.type;
        return send({ status: 200, body: result.answer });
      } catch (err) {
        return send({ status: 200, body: { errors: [{ message: (err as Error).message }] } });
      }
    }
    const ghes = url.pathname.startsWith('/api/v3/');
    const path = ghes ? url.pathname.slice('/api/v3'.length) : url.pathname;
    const api = ghes ? `${root}/api/v3` : root;
    const reply = rest({ method: record.method, path, query, body: body && typeof body === 'object' ? body : {}, grant, api });
    const link = reply.pages && linkHeader(url, reply.pages);
    return send(link ? { ...reply, headers: { ...reply.headers, link } } : reply);
  });
  const port = await listen(server);
  root = `http://127.0.0.1:${port}`;
  return {
    url: root,
    apiUrl: `${root}/api/v3`,
    graphqlUrl: `${root}/api/graphql`,
    state,
    requests,
    writes: () => requests.filter((r) => r.method !== 'GET' && r.operation !== 'query'),
    addToken,
    seedPullRequest: (repository, options = {}) =>
      newIssue(repository, {
        title: options.title ?? 'A pull request',
        body: options.body ?? null,
        labels: options.labels ?? [],
        user: userOf(options.user ?? 'octocat'),
        pull: true,
      }),
    seedIssue: (repository, options) =>
      newIssue(repository, {
        title: options.title,
        body: options.body ?? null,
        labels: options.labels ?? [],
        state: options.state ?? 'open',
        user: userOf(options.user ?? 'octocat'),
        pull: false,
      }),
    seedComment: (repository, number, body, options = {}) => {
      const issue = findIssue(repository, number);
      if (!issue) throw new Error(`no issue or pull request ${repository}#${number} in the fake`);
      return newComment(issue, body, userOf(options.user ?? ACTIONS_BOT));
    },
    failNext: (reply) => void scripted.push(reply),
    hangNext: () => void hang++,
    close: () => close(server),
  };
}

interface RestCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: object;
  grant: { user: FakeUser; readOnly: boolean };
  api: string;
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** A page of a list: where it is, for the Link header. */
  pages?: { page: number; last: number };
}

function page<T>(call: RestCall, items: T[], json: (item: T) => unknown): Reply {
  const perPage = Math.min(100, Math.max(1, Number(call.query.per_page ?? 30) || 30));
  const current = Math.max(1, Number(call.query.page ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  return { status: 200, body: items.slice((current - 1) * perPage, current * perPage).map(json), pages: { page: current, last } };
}

/** RFC 5988 links to the neighbouring pages, on the path and query the client used. */
function linkHeader(url: URL, pages: { page: number; last: number }): string | undefined {
  const to = (n: number) => {
    const target = new URL(url);
    target.searchParams.set('page', String(n));
    return target.toString();
  };
  const links: string[] = [];
  if (pages.page < pages.last) links.push(`<${to(pages.page + 1)}>; rel="next"`, `<${to(pages.last)}>; rel="last"`);
  if (pages.page > 1) links.push(`<${to(1)}>; rel="first"`, `<${to(pages.page - 1)}>; rel="prev"`);
  return links.length ? links.join(', ') : undefined;
}

function userJson(u: FakeUser) {
  return { login: u.login, id: u.id, node_id: `${u.type === 'Bot' ? 'BOT' : 'U'}_kgDO${u.id}`, type: u.type };
}

function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return [...new Set(labels.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown })?.name ?? ''))).filter(Boolean))];
}

function tooLong(text: string): boolean {
  return text.length > BODY_LIMIT || Buffer.byteLength(text, 'utf8') > BODY_LIMIT;
}

const forbidden = (): Reply => ({
  status: 403,
  body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' },
  headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
});
const notFound = (): Reply => ({ status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } });
const invalid = (resource: string, field: string, code: string): Reply => ({
  status: 422,
  body: { message: 'Validation Failed', errors: [{ resource, code, field }], documentation_url: DOCS, status: '422' },
});
const bodyTooLong = (resource: string): Reply => ({
  status: 422,
  body: {
    message: 'Validation Failed',
    errors: [{ resource, code: 'custom', field: 'body', message: `Body is too long (maximum is ${BODY_LIMIT} characters)` }],
    documentation_url: DOCS,
    status: '422',
  },
});

// ---- A GraphQL subset: one operation of fields, aliases, arguments (variables, literals, enums,
// lists, input objects) and inline fragments, executed over plain objects whose function-valued
// fields are resolvers. Enough for GitHub's documents; not a validator.

type Args = Record<string, unknown>;

interface GqlObject {
  __typename: string;
  __implements?: string[];
  [field: string]: unknown;
}

interface GqlError {
  type?: string;
  message: string;
  path: (string | number)[];
}

class FieldError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

type ValueNode = { variable: string } | { list: ValueNode[] } | { object: Record<string, ValueNode> } | { constant: unknown };

interface FieldNode {
  kind: 'field';
  alias?: string;
  name: string;
  args: Record<string, ValueNode>;
  selections?: SelectionNode[];
}

interface FragmentNode {
  kind: 'fragment';
  on: string;
  selections: SelectionNode[];
}

type SelectionNode = FieldNode | FragmentNode;

interface Operation {
  type: 'query' | 'mutation';
  selections: SelectionNode[];
}

const TOKEN = /[\s,]+|#[^\n]*|(\.\.\.|[{}()[\]:$!=@])|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([_A-Za-z][_0-9A-Za-z]*)/y;

function tokenize(document: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < document.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(document);
    if (!m) throw new Error(`Parse error on "${document.slice(at, at + 10)}" at ${at}`);
    const token = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (token !== undefined) tokens.push(token);
  }
  return tokens;
}

function parseOperation(document: string): Operation {
  const tokens = tokenize(document);
  let at = 0;
  const peek = () => tokens[at];
  const next = () => {
    const token = tokens[at++];
    if (token === undefined) throw new Error('Parse error: unexpected end of document');
    return token;
  };
  const expect = (token: string) => {
    const got = next();
    if (got !== token) throw new Error(`Parse error: expected ${token}, got ${got}`);
  };
  const name = () => {
    const token = next();
    if (!/^[_A-Za-z]/.test(token)) throw new Error(`Parse error: expected a name, got ${token}`);
    return token;
  };
  const value = (): ValueNode => {
    const token = next();
    if (token === '$') return { variable: name() };
    if (token === '[') {
      const list: ValueNode[] = [];
      while (peek() !== ']') list.push(value());
      next();
      return { list };
    }
    if (token === '{') {
      const object: Record<string, ValueNode> = {};
      while (peek() !== '}') {
        const key = name();
        expect(':');
        object[key] = value();
      }
      next();
      return { object };
    }
    if (token.startsWith('"')) return { constant: JSON.parse(token) };
    if (/^-?\d/.test(token)) return { constant: Number(token) };
    if (token === 'true' || token === 'false') return { constant: token === 'true' };
    if (token === 'null') return { constant: null };
    if (/^[_A-Za-z]/.test(token)) return { constant: token };
    throw new Error(`Parse error: unexpected ${token}`);
  };
  const selectionSet = (): SelectionNode[] => {
    expect('{');
    const selections: SelectionNode[] = [];
    while (peek() !== '}') {
      if (peek() === '...') {
        next();
        if (name() !== 'on') throw new Error('Parse error: only inline fragments (... on Type) are supported');
        selections.push({ kind: 'fragment', on: name(), selections: selectionSet() });
        continue;
      }
      let fieldName = name();
      let alias: string | undefined;
      if (peek() === ':') {
        next();
        alias = fieldName;
        fieldName = name();
      }
      const args: Record<string, ValueNode> = {};
      if (peek() === '(') {
        next();
        while (peek() !== ')') {
          const arg = name();
          expect(':');
          args[arg] = value();
        }
        next();
      }
      selections.push({ kind: 'field', name: fieldName, args, ...(alias ? { alias } : {}), ...(peek() === '{' ? { selections: selectionSet() } : {}) });
    }
    next();
    return selections;
  };

  let type: Operation['type'] = 'query';
  if (peek() === 'query' || peek() === 'mutation') {
    type = next() as Operation['type'];
    if (peek() !== '(' && peek() !== '{') name();
    if (peek() === '(') {
      // Variable definitions: their types are not checked.
      for (let depth = 0; ;) {
        const token = next();
        if (token === '(') depth++;
        if (token === ')' && --depth === 0) break;
      }
    }
  } else if (peek() !== '{') {
    throw new Error(`Parse error: unsupported definition ${String(peek())}`);
  }
  const selections = selectionSet();
  if (at !== tokens.length) throw new Error('Parse error: one operation per document');
  return { type, selections };
}

function evaluate(node: ValueNode, variables: Record<string, unknown>): unknown {
  if ('variable' in node) return variables[node.variable] ?? null;
  if ('list' in node) return node.list.map((v) => evaluate(v, variables));
  if ('object' in node) return Object.fromEntries(Object.entries(node.object).map(([k, v]) => [k, evaluate(v, variables)]));
  return node.constant;
}

function execute(selections: SelectionNode[], object: GqlObject, path: (string | number)[], variables: Record<string, unknown>, errors: GqlError[]) {
  const out: Record<string, unknown> = {};
  for (const selection of selections) {
    if (selection.kind === 'fragment') {
      if (object.__typename === selection.on || object.__implements?.includes(selection.on))
        Object.assign(out, execute(selection.selections, object, path, variables, errors));
      continue;
    }
    const key = selection.alias ?? selection.name;
    if (selection.name === '__typename') {
      out[key] = object.__typename;
      continue;
    }
    if (!(selection.name in object)) throw new Error(`Field '${selection.name}' doesn't exist on type '${object.__typename}'`);
    let value = object[selection.name];
    try {
      if (typeof value === 'function') {
        const args = Object.fromEntries(Object.entries(selection.args).map(([k, v]) => [k, evaluate(v, variables)]));
        value = (value as (args: Args) => unknown)(args);
      }
    } catch (err) {
      if (!(err instanceof FieldError)) throw err;
      errors.push({ type: err.type, message: err.message, path: [...path, key] });
      out[key] = null;
      continue;
    }
    out[key] = complete(value, selection.selections, [...path, key], variables, errors);
  }
  return out;
}

function complete(
  value: unknown,
  selections: SelectionNode[] | undefined,
  path: (string | number)[],
  variables: Record<string, unknown>,
  errors: GqlError[],
): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((v, i) => complete(v, selections, [...path, i], variables, errors));
  if (selections) return execute(selections, value as GqlObject, path, variables, errors);
  return value;
}
