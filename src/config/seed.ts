/**
 * Rules for the database seed (`chalk.metadata.seed`): the guide's id rule, unique ids,
 * references that resolve, consistent team ownership, valid invite emails and roles.
 */
import { child, type LMap, type LNode } from './located.js';
import type { MergedValues } from './merge.js';
import { asMap, asSeq, asString, closest, lookalikeHint } from './node-rules.js';
import { shown } from './yaml-tree.js';
import { error, warning, type Origin, type Problem } from '../report/problems.js';

/** Team roles an invite may grant. The guide's example uses `owner`. */
export const SEED_ROLES = ['owner', 'admin', 'developer', 'viewer'] as const;

/** The guide: "lowercase, less than 10 characters, no spaces or special characters". */
const SHORT_ID = /^[a-z0-9]{1,9}$/;
const EMAIL = /^[^\s@"<>(),;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;
const SEED_PATH = 'chalk.metadata.seed';
const SECTIONS = ['teams', 'projects', 'environments', 'team_invites'] as const;
const GUIDE_EXAMPLES = new Set(['teamshortid', 'projectshortid', 'envshortid', 'your@email.com', 'Your Company Name', 'Your Project Name']);

interface Item {
  map: LMap;
  path: string;
}

export function validateSeed(merged: MergedValues, seedFile: string | undefined): Problem[] {
  const problems: Problem[] = [];
  const anchor: Origin = { file: seedFile ?? merged.files[merged.files.length - 1] ?? '', line: 1, col: 1 };
  const seedNode = child(child(child(merged.root, 'chalk'), 'metadata'), 'seed');
  if (!seedNode) {
    const topLevel = child(merged.root, 'seed') ?? child(child(merged.root, 'chalk'), 'seed');
    if (topLevel) {
      problems.push(
        error(
          'seed.misplaced',
          `The seed block is at the wrong level; the chart reads it from ${SEED_PATH}.`,
          topLevel.origin,
          'Nest it as in the guide: chalk: metadata: seed: teams/projects/environments/team_invites.',
          SEED_PATH,
        ),
      );
    } else {
      problems.push(
        error(
          'seed.missing',
          `${SEED_PATH} is not set in any of the files (${merged.files.join(', ')}).`,
          anchor,
          'Create the seed file from the guide (chalk: metadata: seed: teams, projects, environments, team_invites).',
          SEED_PATH,
        ),
      );
    }
    return problems;
  }
  const seed = asMap(seedNode, SEED_PATH, problems);
  if (!seed) return problems;

  for (const [key, entry] of seed.entries) {
    if ((SECTIONS as readonly string[]).includes(key)) continue;
    const lookalike = lookalikeHint(key, SECTIONS);
    const near = lookalike ? undefined : closest(key, SECTIONS);
    problems.push(
      error(
        'seed.unknown-key',
        `${SEED_PATH}.${key} is not a seed section${lookalike ? `: ${lookalike.description}` : near ? ` (did you mean ${near}?)` : ''}.`,
        entry.keyOrigin,
        lookalike ? `Retype "${lookalike.near}" in plain ASCII.` : near ? `Rename "${key}" to "${near}".` : `Use only ${SECTIONS.join(', ')}.`,
        `${SEED_PATH}.${key}`,
      ),
    );
  }

  // Sections whose shape is wrong: references into them are not checked, as every one would fail.
  const broken = new Set<string>();
  const items = (section: (typeof SECTIONS)[number], required: boolean): Item[] => {
    const path = `${SEED_PATH}.${section}`;
    const node = child(seed, section);
    if (!node) {
      if (required)
        problems.push(
          error(
            'seed.missing-section',
            `${path} is missing; the seed needs at least one entry.`,
            seed.origin,
            `Add a ${section}: list under ${SEED_PATH} as in the guide.`,
            path,
          ),
        );
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
      if (!map) broken.add(section);
      return map ? [{ map, path: `${path}[${i}]` }] : [];
    });
  };
  const reference = (item: Item, key: string, known: KnownIds, section: string): string | undefined =>
    resolveReference(item, key, broken.has(section) ? undefined : known, section, problems);

  const teams = items('teams', true);
  const projects = items('projects', true);
  const environments = items('environments', true);
  const invites = items('team_invites', false);

  const ids = (list: Item[], section: string, what: string, shortRule: boolean): KnownIds => {
    const before = problems.length;
    const found = collectIds(list, what, shortRule, problems);
    if (problems.slice(before).some((p) => p.code === 'values.wrong-type')) broken.add(section);
    return knownIds(found);
  };
  const teamIds = ids(teams, 'teams', 'team', true);
  const projectIds = ids(projects, 'projects', 'project', true);
  ids(environments, 'environments', 'environment', true);
  ids(invites, 'team_invites', 'team invite', false);

  for (const item of [...teams, ...projects, ...environments]) requireName(item, problems);

  const projectTeam = new Map<string, string>();
  for (const p of projects) {
    const id = field(p, 'id', problems, false);
    const team = reference(p, 'team_id', teamIds, 'teams');
    if (id !== undefined && team !== undefined) projectTeam.set(id, team);
  }
  for (const env of environments) {
    const project = reference(env, 'project_id', projectIds, 'projects');
    const team = reference(env, 'team_id', teamIds, 'teams');
    const owner = project === undefined ? undefined : projectTeam.get(project);
    if (team !== undefined && owner !== undefined && team !== owner) {
      const node = child(env.map, 'team_id')!;
      problems.push(
        error(
          'seed.team-mismatch',
          `${env.path}.team_id is "${team}", but its project "${project}" belongs to team "${owner}".`,
          node.origin,
          `Set team_id: ${owner}, or move the environment to a project of team "${team}".`,
          `${env.path}.team_id`,
        ),
      );
    }
  }

  let owners = 0;
  for (const invite of invites) {
    reference(invite, 'team', teamIds, 'teams');
    const email = field(invite, 'email', problems, true);
    const emailNode = child(invite.map, 'email');
    if (email !== undefined && emailNode && !EMAIL.test(email)) {
      problems.push(
        error(
          'seed.email',
          `${invite.path}.email "${email}" is not a valid email address.`,
          emailNode.origin,
          'Use the address the person signs in with, e.g. jane@example.com.',
          `${invite.path}.email`,
        ),
      );
    }
    const role = field(invite, 'role', problems, true);
    const roleNode = child(invite.map, 'role');
    if (role !== undefined && roleNode) {
      if (role.toLowerCase() === 'owner') owners++;
      if (!(SEED_ROLES as readonly string[]).includes(role)) {
        const lookalike = lookalikeHint(role, SEED_ROLES);
        const near = lookalike ? undefined : (closest(role, SEED_ROLES) ?? SEED_ROLES.find((r) => r === role.toLowerCase()));
        problems.push(
          error(
            'seed.role',
            `${invite.path}.role "${role}" is not a team role${lookalike ? ` (${lookalike.description})` : ''}; allowed roles are ${SEED_ROLES.join(', ')}.`,
            roleNode.origin,
            lookalike ? `Retype it in plain ASCII: role: ${lookalike.near}.` : near ? `Use role: ${near}.` : `Use one of ${SEED_ROLES.join(', ')}.`,
            `${invite.path}.role`,
          ),
        );
      }
    }
  }
  if (invites.length > 0 && owners === 0) {
    problems.push(
      warning(
        'seed.no-owner',
        'No team invite has role owner, so nobody can administer the team after the first login.',
        child(seed, 'team_invites')!.origin,
        'Give at least one invite role: owner.',
        `${SEED_PATH}.team_invites`,
      ),
    );
  } else if (invites.length === 0) {
    problems.push(
      warning(
        'seed.no-invites',
        `${SEED_PATH}.team_invites is empty, so nobody can log in after the install.`,
        seed.origin,
        'Add an invite with your email and role: owner, as in the guide.',
        `${SEED_PATH}.team_invites`,
      ),
    );
  }
  problems.push(...guideExamples(seed));
  return problems;
}

/** A string field of a seed item; reports a missing or mistyped field. */
function field(item: Item, key: string, problems: Problem[], report: boolean): string | undefined {
  const node = child(item.map, key);
  if (!node) {
    if (report) problems.push(error('seed.missing-field', `${item.path} has no ${key}.`, item.map.origin, `Add ${key}: to this entry.`, `${item.path}.${key}`));
    return undefined;
  }
  return report ? asString(node, `${item.path}.${key}`, problems) : stringValue(node);
}

function stringValue(node: LNode): string | undefined {
  return node.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

function collectIds(list: Item[], what: string, shortRule: boolean, problems: Problem[]): Set<string> {
  const seen = new Map<string, Origin>();
  for (const item of list) {
    const id = field(item, 'id', problems, true);
    const node = child(item.map, 'id');
    if (id === undefined || !node) continue;
    if (shortRule && !SHORT_ID.test(id)) {
      const suggestion = id
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')
        .slice(0, 9);
      problems.push(
        error(
          'seed.id-format',
          `${item.path}.id "${id}" breaks the ${what} id rule: lowercase letters and digits only, fewer than 10 characters.`,
          node.origin,
          suggestion ? `Use an id such as "${suggestion}", and update every reference to it.` : 'Choose an id of 1–9 lowercase letters or digits.',
          `${item.path}.id`,
        ),
      );
    } else if (!shortRule && id.trim() === '') {
      problems.push(error('seed.id-empty', `${item.path}.id is empty.`, node.origin, 'Give the entry a unique id.', `${item.path}.id`));
    }
    const first = seen.get(id);
    if (first) {
      problems.push(
        error(
          'seed.duplicate-id',
          `${item.path}.id "${id}" is used by another ${what} (first at ${first.file}:${first.line}).`,
          node.origin,
          `Give each ${what} a unique id.`,
          `${item.path}.id`,
        ),
      );
    } else seen.set(id, node.origin);
  }
  return new Set(seen.keys());
}

function requireName(item: Item, problems: Problem[]): void {
  const name = field(item, 'name', problems, true);
  const node = child(item.map, 'name');
  if (name !== undefined && node && name.trim() === '') {
    problems.push(
      error('seed.empty-name', `${item.path}.name is empty.`, node.origin, 'Give it a human-readable name, e.g. "Development".', `${item.path}.name`),
    );
  }
}

/** The ids of a section and how messages list them, prepared once for all the references into it. */
interface KnownIds {
  ids: ReadonlySet<string>;
  list: readonly string[];
  /** ` (acme, beta)`, shortened when there are many; empty when there are none. */
  listed: string;
  /** "Did you mean" is worked out for the first unresolved references only: for all of a huge seed's, it would be quadratic. */
  hintsLeft: number;
}

const LISTED_IDS = 10;
const HINTED_REFERENCES = 100;

function knownIds(ids: Set<string>): KnownIds {
  const list = [...ids];
  const first = list.slice(0, LISTED_IDS).map(shown).join(', ');
  const listed = list.length === 0 ? '' : list.length > LISTED_IDS ? ` (${first}, and ${list.length - LISTED_IDS} more)` : ` (${first})`;
  return { ids, list, listed, hintsLeft: HINTED_REFERENCES };
}

/** Checks that `item[key]` names an id of `section`; with `known` undefined only the field's presence and type. */
function resolveReference(item: Item, key: string, known: KnownIds | undefined, section: string, problems: Problem[]): string | undefined {
  const value = field(item, key, problems, true);
  const node = child(item.map, key);
  if (value === undefined || !node || !known) return value;
  if (!known.ids.has(value)) {
    const hinted = known.hintsLeft-- > 0;
    const lookalike = hinted ? lookalikeHint(value, known.list) : undefined;
    const near = hinted && !lookalike ? closest(value, known.list) : undefined;
    problems.push(
      error(
        'seed.unresolved-reference',
        `${item.path}.${key} "${value}" does not match any id in ${SEED_PATH}.${section}${known.listed}${lookalike ? `: ${lookalike.description}` : ''}.`,
        node.origin,
        lookalike
          ? `Type both ids in plain ASCII: "${lookalike.near}" and "${value}" look the same but differ.`
          : near
            ? `Did you mean "${near}"?`
            : `Use the id of an entry of ${section}, or add that entry.`,
        `${item.path}.${key}`,
      ),
    );
    return undefined;
  }
  return value;
}

function guideExamples(seed: LMap): Problem[] {
  const out: Problem[] = [];
  const visit = (node: LNode, path: string): void => {
    if (node.kind === 'map') for (const [k, e] of node.entries) visit(e.value, `${path}.${k}`);
    else if (node.kind === 'seq') node.items.forEach((n, i) => visit(n, `${path}[${i}]`));
    else if (typeof node.value === 'string' && GUIDE_EXAMPLES.has(node.value)) {
      out.push(
        warning(
          'seed.guide-example',
          `${path} is still the guide's example value "${node.value}".`,
          node.origin,
          'Replace it with your own team, project, environment or email.',
          path,
        ),
      );
    }
  };
  visit(seed, SEED_PATH);
  return out;
}
