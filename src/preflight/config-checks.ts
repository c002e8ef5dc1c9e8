/** The `config` check group: the values and seed files parse, and their contents follow the guide. */
import { loadChalkConfig, type ChalkConfig, type ConfigFiles } from '../config/chalk-config.js';
import { childAt } from '../config/located.js';
import { outcomeOf, type Check } from '../checks/check.js';

export interface ConfigCheckContext {
  /** Loaded once, shared by every check that needs it. */
  config(): Promise<ChalkConfig>;
}

export function configChecks(): Check<ConfigCheckContext>[] {
  return [
    {
      id: 'config.files',
      group: 'config',
      title: 'Values and seed files are readable, valid YAML',
      async run(ctx) {
        const config = await ctx.config();
        const names = config.files.map((f) => f.displayPath).join(', ');
        return outcomeOf(config.problems.files, `${config.files.length} file${config.files.length === 1 ? '' : 's'} parsed: ${names}`);
      },
    },
    {
      id: 'config.values',
      group: 'config',
      title: 'Metadata Plane values (api_host, frontend_host, frontend.image)',
      after: ['config.files'],
      async run(ctx) {
        const config = await ctx.config();
        return outcomeOf(config.problems.values, 'api_host and frontend_host are https URLs; frontend.image is a valid reference');
      },
    },
    {
      id: 'config.seed',
      group: 'config',
      title: 'Database seed (teams, projects, environments, invites)',
      after: ['config.files'],
      async run(ctx) {
        const config = await ctx.config();
        const seed = config.merged ? countSeed(config) : '';
        return outcomeOf(config.problems.seed, `seed is consistent${seed ? `: ${seed}` : ''}`);
      },
    },
  ];
}

function countSeed(config: ChalkConfig): string {
  const s = childAt(config.merged?.root, ['chalk', 'metadata', 'seed']);
  if (s?.kind !== 'map') return '';
  return ['teams', 'projects', 'environments', 'team_invites']
    .map((k) => {
      const v = s.entries.get(k)?.value;
      return `${v?.kind === 'seq' ? v.items.length : 0} ${k.replace('_', ' ')}`;
    })
    .join(', ');
}

export function memoizedConfig(files: ConfigFiles): () => Promise<ChalkConfig> {
  let loaded: Promise<ChalkConfig> | undefined;
  return () => (loaded ??= loadChalkConfig(files));
}
