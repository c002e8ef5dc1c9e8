/** parseYamlText as a worker task (src/bundle/worker.ts), so a hostile file cannot hold the job past its time limit. */
import { parseYamlText, type LoadedYaml } from './yaml-file.js';

export interface ParseYamlInput {
  text: string;
  file: string;
  role?: string;
}

export function run(input: unknown): Promise<LoadedYaml> {
  const { text, file, role } = input as ParseYamlInput;
  return Promise.resolve(parseYamlText(text, file, role));
}
