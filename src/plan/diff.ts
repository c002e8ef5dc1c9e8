/**
 * The diff engine: two manifests (text as helm prints it, or objects read from the API) in, object
 * and field changes out. Documents are paired by key (group, kind, namespace, name — not version, so
 * an apiVersion bump is a change of the same object); byte-identical pairs are unchanged without
 * being parsed; the rest are parsed, normalised and compared field by field. Removed and added
 * objects of one kind with near-identical content are a rename; removed objects helm keeps
 * (`helm.sh/resource-policy: keep`) are `kept`. Secrets are masked (secrets.ts) and ignore rules
 * mark, never drop, the differences they match.
 */
import { keyedDocuments, keyId, objectDocuments, parseObjects, rawDocuments, splitManifest, type KubeObject, type ManifestDocument } from './documents.js';
import { diffFields, isMap } from './field-diff.js';
import { CHART_BUMP_RULE, ignoreMatcher, type IgnoreMatcher, type IgnoreRule } from './ignore.js';
import { normaliseObject } from './normalise.js';
import { setAt } from './pointer.js';
import { isSecret, MaskedValues, maskedView, redactField, scanSecretData, secretChange } from './secrets.js';
import { similarity, unifiedDiff } from './text-diff.js';
import { toYaml } from './yaml-text.js';
import type { ChangeKind, DiffCounts, FieldChange, ManifestDiff, ObjectChange, ObjectKey } from './types.js';

export type ManifestInput = string | readonly KubeObject[];

export interface DiffOptions {
  /** The release namespace: objects of namespaced kinds without one land there. */
  namespace: string;
  /** Ignore rules, first match wins; default the chart-bump preset alone. */
  ignore?: readonly IgnoreRule[];
  /** Share of identical lines from which a removed and an added object of one kind are a rename (default 0.9). */
  renameThreshold?: number;
  /** More values masked wherever they appear whole, besides the Secrets' own. */
  maskedValues?: Iterable<string>;
}

export const DEFAULT_RENAME_THRESHOLD = 0.9;
/** Above this many candidate pairs in one kind, renames are not looked for (each pair is a line diff). */
const MAX_RENAME_PAIRS = 2_500;
const KEEP_POLICY = 'helm.sh/resource-policy';

interface Pair {
  id: string;
  before?: ManifestDocument;
  after?: ManifestDocument;
}

export function diffManifests(before: ManifestInput, after: ManifestInput, options: DiffOptions): ManifestDiff {
  const notes: string[] = [];
  const sides = documentsOf(before, after, options.namespace);
  const oldDocs = indexDocuments(sides.before, 'deployed', notes);
  const newDocs = indexDocuments(sides.after, 'planned', notes);
  const objects = new Objects();
  const pairs: Pair[] = [];
  for (const [id, a] of newDocs) {
    if (sides.identical.has(id)) continue;
    const b = oldDocs.get(id);
    if (!(b?.body && b.body === a.body)) pairs.push({ id, before: b, after: a });
  }
  for (const [id, b] of oldDocs) if (!newDocs.has(id) && !sides.identical.has(id)) pairs.push({ id, before: b });

  const masked = new MaskedValues();
  for (const v of options.maskedValues ?? []) masked.add(v);
  if (pairs.length) {
    for (const doc of newDocs.values()) if (isSecret(doc.key)) collectSecret(doc, objects, masked);
    // A deployed Secret identical to its planned one holds the same values.
    for (const [id, doc] of oldDocs) if (isSecret(doc.key) && !(doc.body && doc.body === newDocs.get(id)?.body)) collectSecret(doc, objects, masked);
  }

  const matcher = ignoreMatcher(options.ignore ?? [CHART_BUMP_RULE]);
  const changes: ObjectChange[] = [];
  const added: ManifestDocument[] = [];
  const removed: ManifestDocument[] = [];
  for (const { before: b, after: a } of pairs) {
    if (b && a) {
      const change = compare(b, a, objects, masked, matcher);
      if (change) changes.push(change);
    } else if (a) added.push(a);
    else if (b) removed.push(b);
  }
  const renames = findRenames(removed, added, objects, options.renameThreshold ?? DEFAULT_RENAME_THRESHOLD);
  for (const [b, a] of renames) changes.push(compare(b, a, objects, masked, matcher, true)!);
  const renamed = new Set(renames.flat());
  for (const a of added) if (!renamed.has(a)) changes.push(oneSided(undefined, a, objects, masked));
  for (const b of removed) if (!renamed.has(b)) changes.push(oneSided(b, undefined, objects, masked));

  const changedIds = new Set(changes.flatMap((c) => [keyId(c.key), ...(c.renamedFrom ? [keyId(c.renamedFrom)] : [])]));
  for (const [id, doc] of newDocs) {
    if (changedIds.has(id)) continue;
    changes.push({
      key: doc.key,
      change: 'unchanged',
      apiVersion: { before: oldDocs.get(id)?.apiVersion ?? doc.apiVersion, after: doc.apiVersion },
      fields: [],
      ...source(doc),
    });
  }
  changes.sort((x, y) => compareKeys(x.key, y.key));
  const counts = countChanges(changes);
  return { objects: changes, counts, changes: changeTotal(counts), notes };
}

interface Sides {
  before: ManifestDocument[];
  after: ManifestDocument[];
  /** Ids of planned objects whose document text equals the deployed one at the same position, unparsed and unkeyed. */
  identical: Set<string>;
}

/**
 * Both sides as keyed documents. Rendered streams come out in the same order each time, so a deployed
 * document whose text equals the planned one at the same position is that object unchanged: it is not
 * even keyed. The rest are keyed and paired by key.
 */
function documentsOf(before: ManifestInput, after: ManifestInput, namespace: string): Sides {
  if (typeof before !== 'string' || typeof after !== 'string')
    return { before: toDocuments(before, namespace), after: toDocuments(after, namespace), identical: new Set() };
  const oldRaw = rawDocuments(before);
  const newRaw = rawDocuments(after);
  const sides: Sides = { before: [], after: [], identical: new Set() };
  const matched = new Set<number>();
  newRaw.forEach((raw, i) => {
    const docs = keyedDocuments(raw, namespace);
    sides.after.push(...docs);
    if (docs.length === 1 && docs[0]!.body && oldRaw[i]?.body === raw.body) {
      sides.identical.add(docs[0]!.id);
      matched.add(i);
    }
  });
  oldRaw.forEach((raw, i) => {
    if (!matched.has(i)) sides.before.push(...keyedDocuments(raw, namespace));
  });
  return sides;
}

export function changeTotal(c: DiffCounts): number {
  return c.added + c.changed + c.removed + c.renamed + c.kept;
}

export function countChanges(objects: readonly ObjectChange[]): DiffCounts {
  const counts: DiffCounts = { added: 0, changed: 0, removed: 0, renamed: 0, kept: 0, unchanged: 0, ignoredObjects: 0, ignored: 0 };
  for (const o of objects) {
    if (o.change === 'ignored') counts.ignoredObjects++;
    else counts[o.change]++;
    counts.ignored += o.fields.filter((f) => f.ignoredBy).length;
  }
  return counts;
}

function toDocuments(input: ManifestInput, namespace: string): ManifestDocument[] {
  return typeof input === 'string' ? splitManifest(input, namespace) : objectDocuments(input, namespace);
}

function indexDocuments(docs: ManifestDocument[], side: string, notes: string[]): Map<string, ManifestDocument> {
  const map = new Map<string, ManifestDocument>();
  for (const doc of docs) {
    if (map.has(doc.id)) notes.push(`The ${side} manifest lists ${describe(doc.key)} more than once; the last one is compared.`);
    map.set(doc.id, doc);
  }
  return map;
}

function describe(key: ObjectKey): string {
  return `${key.kind} ${key.namespace ? `${key.namespace}/` : ''}${key.name}`;
}

/** Stable display order: kind, group, namespace, name (by code unit, not locale: the same everywhere). */
export function compareKeys(a: ObjectKey, b: ObjectKey): number {
  return order(a.kind, b.kind) || order(a.group, b.group) || order(a.namespace, b.namespace) || order(a.name, b.name);
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function source(doc: ManifestDocument): { source?: string } {
  return doc.source ? { source: doc.source } : {};
}

/** Parses and normalises documents once each. */
class Objects {
  private readonly cache = new Map<ManifestDocument, KubeObject>();

  of(doc: ManifestDocument): KubeObject {
    let object = this.cache.get(doc);
    if (!object) {
      const raw = doc.object ?? parseObjects(doc.body, doc.source)[0] ?? {};
      object = normaliseObject(raw, doc.key);
      this.cache.set(doc, object);
    }
    return object;
  }
}

function collectSecret(doc: ManifestDocument, objects: Objects, masked: MaskedValues): void {
  const scanned = doc.object ? undefined : scanSecretData(doc.body);
  if (scanned) for (const v of scanned.values()) masked.addEncoded(v);
  else masked.addSecret(objects.of(doc));
}

function compare(
  b: ManifestDocument,
  a: ManifestDocument,
  objects: Objects,
  masked: MaskedValues,
  matcher: IgnoreMatcher,
  rename = false,
): ObjectChange | undefined {
  const before = objects.of(b);
  const after = objects.of(a);
  // A rename is shown as the differences besides the name.
  const afterCompared = rename ? withName(after, b.key.name) : after;
  const raw = diffFields(before, afterCompared).map((f): FieldChange => {
    const rule = matcher(a.key, f.path);
    return rule ? { ...f, ignoredBy: rule } : f;
  });
  if (!rename && raw.length === 0) return undefined;
  const changedSecretPaths = new Set<string>();
  const fields = raw.map((f) => redactField(f, a.key, masked, changedSecretPaths));
  const ignoredOnly = raw.length > 0 && raw.every((f) => f.ignoredBy);
  const change: ChangeKind = rename ? 'renamed' : ignoredOnly ? 'ignored' : 'changed';
  // The text shows what a reviewer must look at: ignored differences are listed apart, not in it.
  const shown = structuredClone(after);
  for (const f of raw) if (f.ignoredBy) setAt(shown, f.path, f.before);
  const textDiff =
    change === 'ignored'
      ? ''
      : unifiedDiff(b.key, a.key, toYaml(maskedView(before, b.key, masked)), toYaml(maskedView(shown, a.key, masked, changedSecretPaths)));
  return {
    key: a.key,
    change,
    apiVersion: { before: b.apiVersion, after: a.apiVersion },
    ...(rename ? { renamedFrom: b.key } : {}),
    fields,
    ...(textDiff ? { textDiff } : {}),
    ...(isSecret(a.key) ? { secret: secretChange(before, after) } : {}),
    ...source(a),
  };
}

function oneSided(b: ManifestDocument | undefined, a: ManifestDocument | undefined, objects: Objects, masked: MaskedValues): ObjectChange {
  const doc = (a ?? b)!;
  const object = objects.of(doc);
  const text = toYaml(maskedView(object, doc.key, masked));
  const kept = !a && keepPolicy(object);
  return {
    key: doc.key,
    change: a ? 'added' : kept ? 'kept' : 'removed',
    apiVersion: a ? { after: a.apiVersion } : { before: doc.apiVersion },
    fields: [],
    textDiff: a ? unifiedDiff(undefined, a.key, '', text) : unifiedDiff(doc.key, undefined, text, ''),
    ...(isSecret(doc.key) ? { secret: a ? secretChange(undefined, object) : secretChange(object, undefined) } : {}),
    ...source(doc),
  };
}

function keepPolicy(object: KubeObject): boolean {
  const annotations = isMap(object.metadata) && isMap(object.metadata.annotations) ? object.metadata.annotations : {};
  return annotations[KEEP_POLICY] === 'keep';
}

function withName(object: KubeObject, name: string): KubeObject {
  return { ...object, metadata: { ...(isMap(object.metadata) ? object.metadata : {}), name } };
}

/** Pairs of (removed, added) of the same group, kind and namespace whose content (name aside) is near-identical. */
function findRenames(removed: ManifestDocument[], added: ManifestDocument[], objects: Objects, threshold: number): [ManifestDocument, ManifestDocument][] {
  const kindOf = (d: ManifestDocument) => `${d.key.group}\u0000${d.key.kind}\u0000${d.key.namespace}`;
  const out: [ManifestDocument, ManifestDocument][] = [];
  for (const kind of new Set(removed.map(kindOf))) {
    const olds = removed.filter((d) => kindOf(d) === kind);
    const news = added.filter((d) => kindOf(d) === kind);
    if (news.length === 0 || olds.length * news.length > MAX_RENAME_PAIRS) continue;
    const texts = new Map<ManifestDocument, string>();
    const text = (d: ManifestDocument) => texts.get(d) ?? texts.set(d, toYaml(withName(objects.of(d), ''))).get(d)!;
    const candidates = olds.flatMap((o) => news.map((n) => ({ o, n, score: similarity(text(o), text(n)) }))).filter((c) => c.score >= threshold);
    candidates.sort((x, y) => y.score - x.score || compareKeys(x.n.key, y.n.key));
    const used = new Set<ManifestDocument>();
    for (const c of candidates) {
      if (used.has(c.o) || used.has(c.n)) continue;
      used.add(c.o).add(c.n);
      out.push([c.o, c.n]);
    }
  }
  return out;
}
