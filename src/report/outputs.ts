/**
 * Step outputs and the job summary. Text is redacted on the way out; values the toolkit generated
 * (numbers, booleans, paths and ids marked with `generated`) are written exactly, so a weak secret can
 * never turn `error-count=1` into `error-count=***` or a report path into one that does not exist.
 */
import * as core from '@actions/core';
import { redact, weakSecretCount } from './secrets.js';
import { fitBody, SUMMARY_LIMIT } from './body-size.js';

/** A string the toolkit made itself (a path under RUNNER_TEMP, a digest, an id): never redacted. */
export interface Generated {
  readonly generated: string;
}

export const generated = (value: string): Generated => ({ generated: value });

export type OutputValue = string | number | boolean | Generated;

export function setOutputs(outputs: Record<string, OutputValue | undefined>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    core.setOutput(name, typeof value === 'object' ? value.generated : typeof value === 'string' ? redact(value) : String(value));
  }
}

export interface SummaryOptions {
  /** Generated values (paths) shown unaltered inside the redacted markdown. */
  keep?: readonly string[];
  /** Said where the summary had to be cut, e.g. where the full diff file is. */
  truncatedNote?: string;
}

/**
 * Appends to the job summary: redacted, kept under GitHub's limit (cut at a line boundary, outside code
 * fences, with a note), and with a warning when a registered secret is weak enough that the log is garbled.
 */
export async function writeSummary(markdown: string, options: SummaryOptions = {}): Promise<void> {
  const weak = weakSecretCount();
  const warning = weak
    ? `\n> [!WARNING]\n> ${weak} secret value${weak === 1 ? ' is' : 's are'} so short or common that GitHub masks every occurrence of ${weak === 1 ? 'it' : 'them'} in the log (\`***\` inside unrelated paths and numbers). Use long random secrets.\n`
    : '';
  // GitHub drops a step summary over 1 MiB altogether: cut at whole lines, outside fences and <details>.
  const { body: text } = fitBody(
    {
      header: redact(markdown, options.keep) + warning,
      counts: '',
      sections: [],
      pointer: () => `_… cut here: the summary is over GitHub's 1 MiB limit. ${options.truncatedNote ?? ''}_`,
    },
    SUMMARY_LIMIT - 1024,
  );
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(text);
    return;
  }
  await core.summary.addRaw(text, true).write();
}
