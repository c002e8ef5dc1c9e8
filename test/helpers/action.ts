/** Runs a bundled action from dist/ through the local runner, as every end-to-end test does. */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type ActionRun, type Annotation, type StepResult } from '../../src/runner/action-runner.js';
import { node24, repoRoot } from './paths.js';

export interface BundledRunOptions {
  inputs?: Record<string, string>;
  workspace: string;
  env?: Record<string, string | undefined>;
  post?: boolean;
  beforePost?: (main: StepResult) => Promise<void>;
}

export function runBundled(action: string, options: BundledRunOptions): Promise<ActionRun> {
  return runAction({ actionDir: join(repoRoot, 'actions', action), node: node24(), ...options });
}

/** A fresh workspace holding copies of the given directories' files (later ones win). */
export async function workspaceFrom(...dirs: string[]): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), 'chalk-ws-'));
  for (const dir of dirs) await cp(dir, ws, { recursive: true });
  return ws;
}

/** `file:line:col: message` — the form the fixtures' expectations are written in. */
export function formatAnnotation(a: Annotation): string {
  return `${a.file ?? ''}:${a.line ?? ''}:${a.col ?? ''}: ${a.message}`;
}
