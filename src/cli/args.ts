/** The `chalk-actions` command line, parsed into a typed command with errors that say what to type instead. */

export interface RunCommand {
  kind: 'run';
  action: string;
  inputs: Record<string, string>;
  json: boolean;
  verbose: boolean;
  workspace?: string;
  node?: string;
  /** Also write the --json result to this file (the terminal still gets the readable output). */
  report?: string;
}

export interface PipelineCommand {
  kind: 'pipeline';
  env: string;
  config?: string;
  json: boolean;
  verbose: boolean;
  workspace?: string;
  node?: string;
  report?: string;
}

export interface HelpCommand {
  kind: 'help';
  action?: string;
}

export type Command = RunCommand | PipelineCommand | HelpCommand;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage:
  chalk-actions <action> [--input name=value]... [--json] [--report FILE] [--verbose] [--workspace DIR] [--node PATH]
  chalk-actions pipeline --env NAME [--config FILE] [--json] [--report FILE] [--verbose] [--workspace DIR] [--node PATH]
  chalk-actions <action> --help     the action's inputs and outputs, from its action.yml
  chalk-actions --help

Runs the committed bundle of an action (dist/) the way GitHub's runner does: inputs, workflow commands,
job summary, outputs, post steps, masks. The exit code is the action's (pipeline: the first failing step's).`;

/** Parses argv (without node and the script). `actions` are the known action names. */
export function parseArgs(argv: readonly string[], actions: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (!first || first === '--help' || first === '-h' || first === 'help') return { kind: 'help' };
  if (first !== 'pipeline' && !actions.includes(first))
    throw new UsageError(`Unknown action "${first}". Actions: ${actions.join(', ')}; or: pipeline --env NAME.`);
  if (rest.includes('--help') || rest.includes('-h')) return first === 'pipeline' ? { kind: 'help' } : { kind: 'help', action: first };

  const inputs: Record<string, string> = {};
  const flags = { json: false, verbose: false } as {
    json: boolean;
    verbose: boolean;
    workspace?: string;
    node?: string;
    env?: string;
    config?: string;
    report?: string;
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value.`);
      return v;
    };
    if (arg === '--json') flags.json = true;
    else if (arg === '--verbose' || arg === '-v') flags.verbose = true;
    else if (arg === '--workspace') flags.workspace = value();
    else if (arg === '--node') flags.node = value();
    else if (arg === '--report') flags.report = value();
    else if (arg === '--env' && first === 'pipeline') flags.env = value();
    else if (arg === '--config' && first === 'pipeline') flags.config = value();
    else if ((arg === '--input' || arg === '-i') && first !== 'pipeline') {
      const pair = value();
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new UsageError(`--input takes name=value, e.g. --input values-files=values.yaml; got "${pair}".`);
      inputs[pair.slice(0, eq)] = pair.slice(eq + 1);
    } else throw new UsageError(`Unknown option "${arg}". ${first === 'pipeline' ? 'See chalk-actions --help.' : `See chalk-actions ${first} --help.`}`);
  }
  const common = {
    json: flags.json,
    verbose: flags.verbose,
    ...(flags.workspace ? { workspace: flags.workspace } : {}),
    ...(flags.node ? { node: flags.node } : {}),
    ...(flags.report ? { report: flags.report } : {}),
  };
  if (first === 'pipeline') {
    if (!flags.env) throw new UsageError('pipeline needs --env NAME (an environment directory of the configuration, e.g. --env dev).');
    return { kind: 'pipeline', env: flags.env, ...(flags.config ? { config: flags.config } : {}), ...common };
  }
  return { kind: 'run', action: first, inputs, ...common };
}
