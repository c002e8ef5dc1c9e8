/**
 * Parsing of what an action prints and writes, as the GitHub runner reads it: workflow commands
 * on stdout (`::error file=a,line=1::msg`) and the key/value "file commands" (GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_STATE), including their `name<<DELIMITER` multi-line form.
 */

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const COMMAND = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/;

function unescapeData(s: string): string {
  return s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
}

function unescapeProperty(s: string): string {
  return s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
}

export function parseCommand(line: string): WorkflowCommand | undefined {
  const m = COMMAND.exec(line.replace(/\r$/, ''));
  if (!m) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',')) {
    const eq = pair.indexOf('=');
    if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: m[1]!, properties, message: unescapeData(m[3] ?? '') };
}

/** Parses a GITHUB_OUTPUT-style file; throws on a malformed heredoc, as the runner does. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq < 0 || eq > line.indexOf('<<'))) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]!);
      if (i >= lines.length) throw new Error(`Matching delimiter not found '${delimiter}'`);
      out[name!] = body.join('\n');
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return out;
}
