/** Step outputs and the job summary, always written through `redact`. */
import * as core from '@actions/core';
import { redact } from './secrets.js';

export function setOutputs(outputs: Record<string, string | number | boolean>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, redact(String(value)));
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(redact(markdown));
    return;
  }
  await core.summary.addRaw(redact(markdown), true).write();
}
