/**
 * Rules for the Metadata Plane values the guide asks the operator to write by hand
 * (`chalk.metadata.api_host`, `frontend_host`, `frontend.image`), checked on the merged values.
 */
import { parseImageReference } from './image-reference.js';
import { child, walkScalars, type LMap } from './located.js';
import type { MergedValues } from './merge.js';
import { asMap, asString, closest, lookalikeHint, missing } from './node-rules.js';
import { error, warning, type Problem } from '../report/problems.js';

export interface MetadataValuesOptions {
  /** Accept `http://` hosts (local or test installs only). */
  allowHttp: boolean;
  /** The seed file's display path: missing values are pointed at the values files, not at it. */
  seedFile?: string;
}

/**
 * Per-file shape of the parents the merge depends on: a `chalk:` list in one file would be
 * silently replaced by another file's map, so it is reported in the file that has it.
 */
export function validateStructure(layers: MergedValues['layers']): Problem[] {
  const problems: Problem[] = [];
  for (const layer of layers) {
    const chalk = child(layer.root, 'chalk');
    if (!chalk) continue;
    const chalkMap = asMap(chalk, 'chalk', problems);
    const metadata = chalkMap && child(chalkMap, 'metadata');
    if (metadata) asMap(metadata, 'chalk.metadata', problems);
  }
  return problems;
}

/** The keys the guide documents under `chalk.metadata`; used for "did you mean" hints. */
const KNOWN_METADATA_KEYS = ['api_host', 'frontend_host', 'frontend', 'seed'] as const;

// `[^<>]`, not `[^>]`: each `<` is scanned only to the next one, so the search stays linear on hostile text.
const PLACEHOLDER = /<\s*YOUR\b[^<>]*>/i;

export function validateMetadataValues(merged: MergedValues, options: MetadataValuesOptions): Problem[] {
  const problems: Problem[] = [];
  problems.push(...placeholders(merged.root));

  const need = (path: string, fix: string) => problems.push(missing(merged, path, fix, options.seedFile));
  const chalkNode = child(merged.root, 'chalk');
  if (!chalkNode) {
    need('chalk', 'Start the values file with the skeleton from the guide: chalk: metadata: api_host, frontend_host, frontend.image.');
    return problems;
  }
  const chalk = asMap(chalkNode, 'chalk', problems);
  const metadataNode = chalk && child(chalk, 'metadata');
  if (chalk && !metadataNode) need('chalk.metadata', 'Add a `metadata:` map under `chalk:` with api_host, frontend_host and frontend.image, as in the guide.');
  const metadata = metadataNode && asMap(metadataNode, 'chalk.metadata', problems);
  if (!metadata) return problems;

  const misspelt = new Set<string>();
  for (const [key, entry] of metadata.entries) {
    const lookalike = lookalikeHint(key, KNOWN_METADATA_KEYS);
    const near = lookalike?.near ?? closest(key, KNOWN_METADATA_KEYS);
    if (near && !metadata.entries.has(near)) {
      misspelt.add(near);
      problems.push(
        error(
          'values.misspelt-key',
          lookalike
            ? `chalk.metadata.${key} is not a key the chart reads: ${lookalike.description}.`
            : `chalk.metadata.${key} is not a key the chart reads; did you mean chalk.metadata.${near}?`,
          entry.keyOrigin,
          lookalike ? `Retype "${near}" in plain ASCII.` : `Rename "${key}" to "${near}".`,
          `chalk.metadata.${key}`,
        ),
      );
    }
  }

  const ctx: HostContext = { merged, metadata, options, problems, misspelt, need };
  checkHost(ctx, 'api_host', 'https://api.example.com');
  checkHost(ctx, 'frontend_host', 'https://chalk.example.com');
  if (!misspelt.has('frontend')) checkFrontendImage(ctx);
  return problems;
}

function placeholders(root: LMap): Problem[] {
  const out: Problem[] = [];
  walkScalars(root, (scalar, path) => {
    if (typeof scalar.value !== 'string') return;
    const m = PLACEHOLDER.exec(scalar.value);
    if (m) {
      out.push(
        error(
          'values.placeholder',
          `${path} still holds the guide's placeholder "${m[0]}".`,
          scalar.origin,
          `Replace "${m[0]}" with your real value${path.endsWith('image') ? ' (the frontend image is provided by Chalk)' : ''}.`,
          path,
        ),
      );
    }
  });
  return out;
}

interface HostContext {
  merged: MergedValues;
  metadata: LMap;
  options: MetadataValuesOptions;
  problems: Problem[];
  /** Keys already reported as misspelt: their "missing" error would only repeat it. */
  misspelt: Set<string>;
  need(path: string, fix: string): void;
}

function checkHost({ metadata, options, problems, misspelt, need }: HostContext, key: string, example: string): void {
  const path = `chalk.metadata.${key}`;
  const node = child(metadata, key);
  if (!node) {
    if (!misspelt.has(key)) need(path, `Add ${key}: ${example} under chalk.metadata.`);
    return;
  }
  const value = asString(node, path, problems);
  if (value === undefined || PLACEHOLDER.test(value)) return;
  if (value.trim() === '') {
    problems.push(error('values.empty', `${path} is empty.`, node.origin, `Set it to the absolute URL of your host, e.g. ${example}.`, path));
    return;
  }
  if (value !== value.trim()) {
    problems.push(error('values.url', `${path} has spaces around the URL.`, node.origin, `Remove them: ${key}: ${value.trim()}`, path));
    return;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(error('values.url', `${path} "${value}" is not an absolute URL.`, node.origin, `Write it with its scheme, e.g. ${example}.`, path));
    return;
  }
  const bare = `${url.protocol}//${url.host}`;
  if (url.username || url.password) {
    // Never echo the value: it carries a password.
    problems.push(
      error(
        'values.url-credentials',
        `${path} carries credentials (user:password@) in the URL.`,
        node.origin,
        `Write it as ${bare} and remove the password from the file's history.`,
        path,
      ),
    );
  } else if (url.protocol === 'http:' && !options.allowHttp) {
    problems.push(
      error(
        'values.url-scheme',
        `${path} "${value}" uses http://; browsers and OIDC logins need https.`,
        node.origin,
        `Use https:// (or set the input allow-http: true for a local test install).`,
        path,
      ),
    );
  } else if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push(error('values.url-scheme', `${path} "${value}" must be an https:// URL, not ${url.protocol}.`, node.origin, `Write it as ${example}.`, path));
  } else if (url.search || url.hash) {
    problems.push(error('values.url', `${path} "${value}" must be a plain host URL without a query or fragment.`, node.origin, `Write it as ${bare}.`, path));
  } else if (url.pathname !== '/') {
    problems.push(
      warning(
        'values.url-path',
        `${path} "${value}" has a path (${url.pathname}); Chalk's hosts are bare origins such as ${example}.`,
        node.origin,
        `Write it as ${bare} unless your proxy serves Chalk under that path.`,
        path,
      ),
    );
  }
}

function checkFrontendImage({ metadata, problems, need }: HostContext): void {
  const path = 'chalk.metadata.frontend.image';
  const frontendNode = child(metadata, 'frontend');
  if (!frontendNode) {
    need(
      path,
      'Add frontend: { image: <image provided by Chalk> } under chalk.metadata; without it the chart fails with "Value chalk.metadata.frontend.image is required".',
    );
    return;
  }
  const frontend = asMap(frontendNode, 'chalk.metadata.frontend', problems);
  if (!frontend) return;
  const node = child(frontend, 'image');
  if (!node) {
    need(
      path,
      'Add image: <image provided by Chalk> under chalk.metadata.frontend; without it the chart fails with "Value chalk.metadata.frontend.image is required".',
    );
    return;
  }
  const value = asString(node, path, problems);
  if (value === undefined || PLACEHOLDER.test(value)) return;
  const parsed = parseImageReference(value);
  if (!parsed.ok) {
    problems.push(
      error(
        'values.image',
        `${path} "${value}" is not a valid image reference: ${parsed.reason}.`,
        node.origin,
        'Use the image reference Chalk provided, e.g. registry.example.com/chalk/frontend:1.2.3.',
        path,
      ),
    );
    return;
  }
  if (!parsed.ref.digest && (parsed.ref.tag === undefined || parsed.ref.tag === 'latest')) {
    problems.push(
      warning(
        'values.image-unpinned',
        `${path} "${value}" is not pinned to a version (${parsed.ref.tag ? 'tag latest' : 'no tag'}), so a pod restart can change what runs.`,
        node.origin,
        'Pin a version tag or a digest (@sha256:…).',
        path,
      ),
    );
  }
}
