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
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseChartRef } from '../helm/chart.js';
import { nameProblem } from '../kube/names.js';
import { error, type Origin, type Problem } from '../report/problems.js';
import { displayPath } from './chalk-config.js';
import { toPlain, type LEntry, type LMap, type LNode } from './located.js';
import { asMap, asSeq, asString, closest } from './node-rules.js';
import { loadYamlFile, parseYamlText, type LoadedYaml } from './yaml-file.js';

export const RELEASE_KEYS = ['chart', 'repository', 'version', 'namespace', 'needs', 'values', 'values-files', 'timeout'] as const;

export type VersionRequest = { kind: 'exact'; version: string } | { kind: 'latest' } | { kind: 'at-least'; version: string };

export interface ChartSetValuesFile {
  /** Absolute path. */
  path: string;
  /** As shown in messages (relative to the workspace). */
  display: string;
  origin: Origin;
}

export interface ChartSetRelease {
  /** The helm release name: the key under `releases`. */
  name: string;
  /** `oci://host/path/name` (no tag or digest), or a chart name in `repository`. */
  chart: string;
  /** https URL of a chart repository (index.yaml); absent for OCI charts. */
  repository?: string;
  /** The version as written: `1.2.3`, `latest`, `1.0.0+`. */
  version: string;
  request: VersionRequest;
  namespace: string;
  needs: string[];
  /** Inline values, passed to helm after the values files. */
  values?: Record<string, unknown>;
  valuesFiles: ChartSetValuesFile[];
  timeoutMs?: number;
  origin: Origin;
}

export interface ChartSet {
  /** Display path of the file. */
  file: string;
  /** Absolute path of the file; values files are relative to its directory. */
  path: string;
  /** In file order. */
  releases: ChartSetRelease[];
}

export interface LoadedChartSet {
  chartSet?: ChartSet;
  problems: Problem[];
}

const SEMVER = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** `1.2.3` (or `v1.2.3`), `latest`, or `1.2.3+`; undefined when it is none of them. */
export function parseVersionRequest(text: string): VersionRequest | undefined {
  if (text === 'latest') return { kind: 'latest' };
  if (text.endsWith('+') && SEMVER.test(text.slice(0, -1)) && !text.slice(0, -1).includes('+')) return { kind: 'at-least', version: text.slice(0, -1) };
  return SEMVER.test(text) ? { kind: 'exact', version: text } : undefined;
}

export interface ChartSetLoadOptions {
  /** Annotation paths are relative to this (GITHUB_WORKSPACE). */
  workspace: string;
}

export async function loadChartSet(path: string, options: ChartSetLoadOptions): Promise<LoadedChartSet> {
  const file = displayPath(path, options.workspace);
  return finish(await loadYamlFile(path, { displayPath: file, role: 'chart-set file' }), path, options.workspace);
}

/** A chart set from text (the toolkit's default set), its values files relative to `path`'s directory. */
export async function parseChartSet(text: string, path: string, options: ChartSetLoadOptions): Promise<LoadedChartSet> {
  return finish(parseYamlText(text, displayPath(path, options.workspace), 'chart-set file'), path, options.workspace);
}

async function finish(loaded: LoadedYaml, path: string, workspace: string): Promise<LoadedChartSet> {
  if (!loaded.root) return { problems: loaded.problems };
  const { chartSet, problems } = validateChartSet(loaded.root, loaded.file, path, workspace);
  if (chartSet) problems.push(...(await missingValuesFiles(chartSet)));
  const all = [...loaded.problems, ...problems];
  return all.some((p) => p.severity === 'error') ? { problems: all } : { chartSet: chartSet!, problems: all };
}

export function validateChartSet(root: LMap, file: string, path: string, workspace: string): LoadedChartSet {
  const problems: Problem[] = [];
  for (const [key, entry] of root.entries)
    if (key !== 'releases') problems.push(unknownKey(entry, key, ['releases'], 'the top level', 'chart-set.unknown-key'));
  const releasesEntry = root.entries.get('releases');
  if (!releasesEntry) {
    problems.push(
      error(
        'chart-set.no-releases',
        `${file} has no releases: map; a chart set lists its charts under it.`,
        root.origin,
        'Add releases: with one entry per chart, as in examples/chart-set.yaml.',
      ),
    );
    return { problems };
  }
  const releasesMap = asMap(releasesEntry.value, 'releases', problems);
  if (!releasesMap) return { problems };
  if (releasesMap.entries.size === 0)
    problems.push(error('chart-set.no-releases', `${file} lists no releases.`, releasesEntry.keyOrigin, 'Add at least one release under releases:.'));

  const baseDir = dirname(path);
  const releases: ChartSetRelease[] = [];
  for (const [name, entry] of releasesMap.entries) {
    const release = validateRelease(name, entry, baseDir, workspace, problems);
    if (release) releases.push(release);
  }
  problems.push(...needsProblems(releases, releasesMap));
  return problems.some((p) => p.severity === 'error') ? { problems } : { chartSet: { file, path, releases }, problems };
}

function validateRelease(name: string, entry: LEntry, baseDir: string, workspace: string, problems: Problem[]): ChartSetRelease | undefined {
  const at = `releases.${name}`;
  const before = problems.length;
  const nameIssue = nameProblem('release', name);
  if (nameIssue) problems.push(error('chart-set.release-name', `Release name "${name}" ${nameIssue}.`, entry.keyOrigin, 'Rename the key under releases:.', at));
  const map = asMap(entry.value, at, problems);
  if (!map) return undefined;
  for (const [key, e] of map.entries)
    if (!(RELEASE_KEYS as readonly string[]).includes(key)) problems.push(unknownKey(e, key, RELEASE_KEYS, at, 'chart-set.unknown-key'));

  const required = (key: string): LNode | undefined => {
    const node = map.entries.get(key)?.value;
    if (!node) problems.push(error('chart-set.missing', `${at}.${key} is required.`, entry.keyOrigin, `Add ${key}: to release ${name}.`, `${at}.${key}`));
    return node;
  };
  const chartNode = required('chart');
  const versionNode = required('version');
  const namespaceNode = required('namespace');
  const repositoryNode = map.entries.get('repository')?.value;

  const chart = chartNode && asString(chartNode, `${at}.chart`, problems);
  const repository = repositoryNode && asString(repositoryNode, `${at}.repository`, problems);
  if (chartNode && chart !== undefined) checkChart(chart, repository, chartNode, repositoryNode, at, problems);

  // `version: 2.0` is read by YAML as a number: its source text is what was meant.
  const versionText = versionNode?.kind === 'scalar' && versionNode.value !== null ? versionNode.source : undefined;
  const request = versionText !== undefined ? parseVersionRequest(versionText) : undefined;
  if (versionNode && !request)
    problems.push(
      error(
        'chart-set.version',
        `${at}.version must be an exact version (1.2.3), latest, or a minimum such as 1.0.0+, but it is ${versionNode.kind === 'scalar' ? `"${versionNode.source}"` : 'not a single value'}.`,
        versionNode.origin,
        'Write an exact chart version, or latest / X.Y.Z+ and run the action with mode: lock to pin it.',
        `${at}.version`,
      ),
    );

  const namespace = namespaceNode && asString(namespaceNode, `${at}.namespace`, problems);
  const nsIssue = namespace !== undefined ? nameProblem('namespace', namespace) : undefined;
  if (namespaceNode && namespace !== undefined && nsIssue)
    problems.push(
      error('chart-set.namespace', `${at}.namespace "${namespace}" ${nsIssue}.`, namespaceNode.origin, 'Use a valid namespace name.', `${at}.namespace`),
    );

  const needs = stringList(map.entries.get('needs')?.value, `${at}.needs`, problems);
  const valuesNode = map.entries.get('values')?.value;
  const values = valuesNode && (valuesNode.kind === 'scalar' && valuesNode.value === null ? undefined : asMap(valuesNode, `${at}.values`, problems));
  const filesNode = map.entries.get('values-files')?.value;
  const files = filesNode ? (asSeq(filesNode, `${at}.values-files`, problems)?.items ?? []) : [];
  const valuesFiles = files.flatMap((item, i) => {
    const text = asString(item, `${at}.values-files[${i}]`, problems);
    if (!text) return [];
    const abs = resolve(baseDir, text);
    return [{ path: abs, display: displayPath(abs, workspace), origin: item.origin }];
  });
  const timeoutNode = map.entries.get('timeout')?.value;
  const timeoutMs = timeoutNode ? duration(timeoutNode, `${at}.timeout`, problems) : undefined;

  if (problems.length > before || chart === undefined || !request || namespace === undefined) return undefined;
  return {
    name,
    chart,
    ...(repository ? { repository } : {}),
    version: versionText!,
    request,
    namespace,
    needs: needs.map((n) => n.value),
    ...(values ? { values: toPlain(values) as Record<string, unknown> } : {}),
    valuesFiles,
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    origin: entry.keyOrigin,
  };
}

function checkChart(chart: string, repository: string | undefined, chartNode: LNode, repositoryNode: LNode | undefined, at: string, problems: Problem[]): void {
  if (repository !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(repository);
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== 'https:')
      problems.push(
        error(
          'chart-set.repository',
          `${at}.repository must be an https URL of a chart repository, but it is "${repository}".`,
          repositoryNode!.origin,
          'Use the https URL you would pass to helm repo add, or an oci:// reference as chart: without repository:.',
          `${at}.repository`,
        ),
      );
    if (!/^[a-z0-9][a-z0-9._-]*$/i.test(chart))
      problems.push(
        error(
          'chart-set.chart',
          `${at}.chart must be a chart name in the repository (e.g. keda), but it is "${chart}".`,
          chartNode.origin,
          'With repository: set, chart: is the chart name only; without it, chart: is an oci:// reference.',
          `${at}.chart`,
        ),
      );
    return;
  }
  try {
    const ref = parseChartRef(chart);
    if (ref.tag || ref.digest)
      problems.push(
        error(
          'chart-set.chart-pinned-in-ref',
          `${at}.chart names a ${ref.digest ? 'digest' : 'tag'} in the reference; the version belongs in version: (and the digest in the lock file).`,
          chartNode.origin,
          `Write chart: ${ref.url} and version: ${ref.tag ?? 'latest'}.`,
          `${at}.chart`,
        ),
      );
  } catch {
    problems.push(
      error(
        'chart-set.chart',
        `${at}.chart must be an oci:// chart reference, or a chart name with repository:, but it is "${chart}".`,
        chartNode.origin,
        'Write e.g. chart: oci://public.ecr.aws/karpenter/karpenter, or repository: https://kedacore.github.io/charts with chart: keda.',
        `${at}.chart`,
      ),
    );
  }
}

function stringList(node: LNode | undefined, at: string, problems: Problem[]): { value: string; origin: Origin }[] {
  if (!node || (node.kind === 'scalar' && node.value === null)) return [];
  const seq = asSeq(node, at, problems);
  return (seq?.items ?? []).flatMap((item, i) => {
    const value = asString(item, `${at}[${i}]`, problems);
    return value !== undefined ? [{ value, origin: item.origin }] : [];
  });
}

function duration(node: LNode, at: string, problems: Problem[]): number | undefined {
  const m = node.kind === 'scalar' ? /^(\d{1,6})(s|m|h)$/.exec(node.source) : null;
  if (!m) {
    problems.push(
      error('chart-set.timeout', `${at} must be a duration such as 90s, 10m or 1h.`, node.origin, 'Write the number with its unit: s, m or h.', at),
    );
    return undefined;
  }
  return Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 's' | 'm' | 'h'];
}

function unknownKey(entry: LEntry, key: string, known: readonly string[], where: string, code: string): Problem {
  const guess = closest(key, known);
  return error(
    code,
    `Unknown key "${key}" in ${where}.`,
    entry.keyOrigin,
    guess ? `Did you mean ${guess}? Known keys: ${known.join(', ')}.` : `Known keys: ${known.join(', ')}.`,
  );
}

/** `needs` names releases of the set, not the release itself, and the graph has no cycle. */
function needsProblems(releases: readonly ChartSetRelease[], map: LMap): Problem[] {
  const problems: Problem[] = [];
  const names = new Set(map.entries.keys());
  const needsNodes = (name: string): { value: string; origin: Origin }[] => {
    const node = map.entries.get(name)?.value;
    const needs = node?.kind === 'map' ? node.entries.get('needs')?.value : undefined;
    return needs?.kind === 'seq'
      ? needs.items.flatMap((i) => (i.kind === 'scalar' && typeof i.value === 'string' ? [{ value: i.value, origin: i.origin }] : []))
      : [];
  };
  for (const release of releases)
    for (const need of needsNodes(release.name)) {
      if (need.value === release.name)
        problems.push(error('chart-set.needs-self', `Release ${release.name} needs itself.`, need.origin, 'Remove it from its own needs.'));
      else if (!names.has(need.value)) {
        const guess = closest(need.value, [...names]);
        problems.push(
          error(
            'chart-set.needs-unknown',
            `Release ${release.name} needs "${need.value}", which is not a release of this chart set.`,
            need.origin,
            guess ? `Did you mean ${guess}?` : `Releases: ${[...names].join(', ')}.`,
          ),
        );
      }
    }
  if (problems.length) return problems;
  const cycle = findCycle(releases);
  if (cycle) {
    const closing = needsNodes(cycle[cycle.length - 2]!).find((n) => n.value === cycle[cycle.length - 1]);
    problems.push(
      error(
        'chart-set.needs-cycle',
        `needs form a cycle: ${cycle.join(' → ')}; no release of it could ever be installed first.`,
        closing?.origin,
        'Remove one of these needs entries: a release can only need releases installed before it.',
      ),
    );
  }
  return problems;
}

/** A cycle as a path that ends where it starts (`a → b → a`), or undefined. */
export function findCycle(releases: readonly Pick<ChartSetRelease, 'name' | 'needs'>[]): string[] | undefined {
  const needs = new Map(releases.map((r) => [r.name, r.needs]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'visiting') return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, 'visiting');
    stack.push(name);
    for (const next of needs.get(name) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const r of releases) {
    const cycle = visit(r.name);
    if (cycle) return cycle;
  }
  return undefined;
}

async function missingValuesFiles(chartSet: ChartSet): Promise<Problem[]> {
  const checks = chartSet.releases.flatMap((r) =>
    r.valuesFiles.map(async (f) => {
      const info = await stat(f.path).catch(() => undefined);
      if (info?.isFile()) return [];
      return [
        error(
          'chart-set.values-file',
          `Values file ${f.display} of release ${r.name} ${info ? 'is not a file' : 'does not exist'}.`,
          f.origin,
          `Paths under values-files are relative to ${chartSet.file}'s directory.`,
        ),
      ];
    }),
  );
  return (await Promise.all(checks)).flat();
}
