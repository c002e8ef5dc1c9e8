/** "Did you mean": near spellings are suggested, homoglyphs never — the lookalike character is named instead. */
import { describe, expect, it } from 'vitest';
import { mergeValues } from '../../src/config/merge.js';
import { validateMetadataValues } from '../../src/config/metadata-values.js';
import { closest, lookalikeHint } from '../../src/config/node-rules.js';
import { validateSeed } from '../../src/config/seed.js';
import { parseYamlText } from '../../src/config/yaml-file.js';
import { formatted } from './formatted.js';

const CYRILLIC_A = '\u0430';

describe('closest', () => {
  it('suggests keys that differ by case, separators or two edits, and nothing else', () => {
    expect(closest('apiHost', ['api_host', 'frontend_host'])).toBe('api_host');
    expect(closest('frontend-host', ['api_host', 'frontend_host'])).toBe('frontend_host');
    expect(closest('database', ['api_host', 'frontend_host'])).toBeUndefined();
  });

  it('never suggests a name that only looks the same, on either side', () => {
    expect(closest(`${CYRILLIC_A}cme`, ['acme'])).toBeUndefined();
    expect(closest('acme', [`${CYRILLIC_A}cme`])).toBeUndefined();
    expect(closest('acmé', ['acme'])).toBe('acme');
  });

  it('stays bounded on huge names and lists', () => {
    expect(closest('x'.repeat(100_000), ['x'.repeat(100_001)])).toBeUndefined();
    const ids = Array.from({ length: 100_000 }, (_, i) => `t${i}`);
    expect(closest('t1', ids.slice(5))).toBe('t5');
    expect(closest('t99999x', ids)).toBeUndefined();
  });
});

describe('lookalikeHint', () => {
  it.each([
    [`${CYRILLIC_A}cme`, ['acme'], 'acme', `"${CYRILLIC_A}cme" holds U+0430 CYRILLIC SMALL LETTER A, a non-ASCII lookalike of "a"`],
    ['acme', [`${CYRILLIC_A}cme`], `${CYRILLIC_A}cme`, `"${CYRILLIC_A}cme" holds U+0430 CYRILLIC SMALL LETTER A, a non-ASCII lookalike of "a"`],
    [
      't\u0435\u0430ms',
      ['teams'],
      'teams',
      '"t\u0435\u0430ms" holds U+0435 CYRILLIC SMALL LETTER IE, a non-ASCII lookalike of "e" (and 1 more such character)',
    ],
    ['\uff41pi-host', ['api_host'], 'api_host', '"\uff41pi-host" holds U+FF41 FULLWIDTH LATIN SMALL LETTER A, a non-ASCII lookalike of "a"'],
    ['ow\u200bner', ['owner'], 'owner', '"ow\u200bner" holds U+200B ZERO WIDTH SPACE, an invisible non-ASCII character'],
  ])('%j passes for %j', (name, known, near, description) => {
    expect(lookalikeHint(name, known)).toEqual({ near, description });
  });

  it('says nothing for plain ASCII names or non-ASCII that looks different', () => {
    expect(lookalikeHint('acme', ['acme', 'beta'])).toBeUndefined();
    expect(lookalikeHint('acmé', ['acme'])).toBeUndefined();
  });
});

describe('homoglyphs in the config rules', () => {
  const validate = (values: string, seed: string) => {
    const layers = [
      { file: 'values.yaml', root: parseYamlText(values, 'values.yaml').root! },
      { file: 'seed.yaml', root: parseYamlText(seed, 'seed.yaml').root! },
    ];
    const merged = mergeValues(layers);
    return [...validateMetadataValues(merged, { allowHttp: false, seedFile: 'seed.yaml' }), ...validateSeed(merged, 'seed.yaml')]
      .filter((p) => p.severity === 'error')
      .map(formatted);
  };
  const values =
    'chalk:\n  metadata:\n    api_host: https://api.acme.dev\n    frontend_host: https://chalk.acme.dev\n    frontend: { image: registry.acme.dev/chalk/frontend:1.0.0 }\n';
  const seed = (team: string, role = 'owner', sections = '') =>
    [
      'chalk:',
      '  metadata:',
      '    seed:',
      `${sections}      teams: [{ id: acme, name: Acme }]`,
      `      projects: [{ id: fraud, name: Fraud, team_id: ${team} }]`,
      '      environments: [{ id: dev, name: Dev, project_id: fraud, team_id: acme }]',
      `      team_invites: [{ id: i1, email: ops@acme.dev, role: ${role}, team: acme }]`,
      '',
    ].join('\n');

  it(`reports a reference to "acme" typed with a Cyrillic ${CYRILLIC_A} as holding that character, not "did you mean acme?"`, () => {
    expect(validate(values, seed(`${CYRILLIC_A}cme`))).toEqual([
      `seed.yaml:5:53: chalk.metadata.seed.projects[0].team_id "${CYRILLIC_A}cme" does not match any id in chalk.metadata.seed.teams (acme): ` +
        `"${CYRILLIC_A}cme" holds U+0430 CYRILLIC SMALL LETTER A, a non-ASCII lookalike of "a". ` +
        `Fix: Type both ids in plain ASCII: "acme" and "${CYRILLIC_A}cme" look the same but differ.`,
    ]);
  });

  it('still suggests a near spelling', () => {
    expect(validate(values, seed('acmee'))).toEqual([
      'seed.yaml:5:53: chalk.metadata.seed.projects[0].team_id "acmee" does not match any id in chalk.metadata.seed.teams (acme). Fix: Did you mean "acme"?',
    ]);
  });

  it('names the lookalike in a metadata key, a seed section and a role', () => {
    const key = `${CYRILLIC_A}pi_host`;
    const errors = validate(values.replace('api_host', key), seed('acme', '\u043ewner'));
    expect(errors).toEqual([
      `values.yaml:3:5: chalk.metadata.${key} is not a key the chart reads: "${key}" holds U+0430 CYRILLIC SMALL LETTER A, a non-ASCII lookalike of "a". Fix: Retype "api_host" in plain ASCII.`,
      expect.stringContaining('role "\u043ewner" is not a team role ("\u043ewner" holds U+043E CYRILLIC SMALL LETTER O, a non-ASCII lookalike of "o")'),
    ]);
    const section = validate(values, seed('acme', 'owner', '      t\u0435ams: []\n'));
    expect(section[0]).toBe(
      'seed.yaml:4:7: chalk.metadata.seed.t\u0435ams is not a seed section: "t\u0435ams" holds U+0435 CYRILLIC SMALL LETTER IE, a non-ASCII lookalike of "e". Fix: Retype "teams" in plain ASCII.',
    );
  });

  it('works out "did you mean" for the first hundred unresolved references only', () => {
    const projects = Array.from({ length: 150 }, (_, i) => `{ id: p${i}, name: P, team_id: acmee }`).join(', ');
    const errors = validate(values, seed('acme').replace(/projects: \[.*\]/, `projects: [${projects}]`));
    expect(errors.filter((e) => e.endsWith('Fix: Did you mean "acme"?'))).toHaveLength(100);
    expect(errors.filter((e) => e.endsWith('Fix: Use the id of an entry of teams, or add that entry.'))).toHaveLength(50);
  });

  it('lists at most ten known ids in a message', () => {
    const teams = Array.from({ length: 30 }, (_, i) => `{ id: t${i}, name: T }`).join(', ');
    const errors = validate(values, seed('zz').replace('teams: [{ id: acme, name: Acme }]', `teams: [${teams}, { id: acme, name: Acme }]`));
    expect(errors[0]).toContain('(t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, and 21 more)');
  });
});
