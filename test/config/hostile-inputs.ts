/** Hostile YAML for the config tests and bench/yaml-hostile.ts: generated, as the large ones would bloat the repository. */
import { join } from 'node:path';
import { fixtures } from '../helpers/paths.js';

export const CONFIG_FIXTURES = join(fixtures, 'config');

/** `levels` anchors, each a list of `width` aliases to the previous one: width^levels scalars once expanded. */
export function aliasBomb(levels: number, width: number): string {
  const lines = [`l0: &l0 [${Array.from({ length: width }, () => '"lol"').join(', ')}]`];
  for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array.from({ length: width }, () => `*l${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

/** A map of `count` distinct keys, one per line. */
export function manyKeys(count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += `key${i}: ${i}\n`;
  return text;
}

/** `depth` unclosed flow sequences: `a: [[[[…`. */
export function deepFlow(depth: number): string {
  return `a: ${'['.repeat(depth)}\n`;
}

/** `depth` nested block sequences on one line: `- - - - x`. */
export function deepBlock(depth: number): string {
  return `${'- '.repeat(depth)}x\n`;
}
