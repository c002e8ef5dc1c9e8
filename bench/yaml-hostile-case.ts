/** One case of bench/yaml-hostile.ts, in its worker thread: load the file with the code at `root`, post the problem codes. */
import { parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';

export interface CaseInput {
  root: string;
  file: string;
  /** Load it as the values file of a whole config (loadChalkConfig), validation included. */
  whole: boolean;
}

export interface CaseOutcome {
  codes: string[];
}

interface Problem {
  code: string;
}

const { root, file, whole } = workerData as CaseInput;
let problems: Problem[];
if (whole) {
  const { loadChalkConfig } = (await import(join(root, 'src/config/chalk-config.ts'))) as {
    loadChalkConfig(files: object): Promise<{ problems: { files: Problem[]; values: Problem[]; seed: Problem[] } }>;
  };
  const config = await loadChalkConfig({ valuesFiles: [file], workingDirectory: root, workspace: root, allowHttp: false });
  problems = [...config.problems.files, ...config.problems.values, ...config.problems.seed];
} else {
  const { loadYamlFile } = (await import(join(root, 'src/config/yaml-file.ts'))) as { loadYamlFile(path: string): Promise<{ problems: Problem[] }> };
  problems = (await loadYamlFile(file)).problems;
}
parentPort!.postMessage({ codes: [...new Set(problems.map((p) => p.code))] } satisfies CaseOutcome);
