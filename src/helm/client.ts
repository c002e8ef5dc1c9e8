/**
 * The shared helm client: one binary of a known version, run with argument arrays. Verbs live
 * in their own modules (registry login/logout, template, upgrade, …) over this client, as helm's
 * own pkg/action does, and pick flags by `version.major` where helm 3 and 4 differ.
 */
import { runTool, type RunToolOptions, type ToolResult } from '../process/run-tool.js';
import { oneLine } from '../report/text.js';
import { classifyHelmError, HelmError, helmMessage, HelmSetupError } from './errors.js';
import { parseHelmVersion, type HelmVersion } from './version.js';

/** `helm version` answers at once; a binary that does not is not a usable helm. */
const VERSION_TIMEOUT_MS = 30_000;

export interface HelmClientOptions {
  /** Environment for every helm call (e.g. HELM_REGISTRY_CONFIG, KUBECONFIG). */
  env?: Record<string, string>;
}

export class HelmClient {
  private constructor(
    readonly path: string,
    readonly version: HelmVersion,
    private readonly env: Record<string, string>,
  ) {}

  /** Asks the binary for its version; fails clearly when it is not a runnable helm. */
  static async at(path: string, options: HelmClientOptions = {}): Promise<HelmClient> {
    const fix = 'Put a working helm 3 or 4 on PATH, or let helm-login install one.';
    const result = await runTool(path, ['version', '--template', '{{.Version}}'], { env: options.env ?? {}, timeoutMs: VERSION_TIMEOUT_MS }).catch(
      (err: Error) => {
        throw new HelmSetupError('not-runnable', `Cannot run helm at ${oneLine(path)}: ${err.message}`, fix);
      },
    );
    const version = result.exitCode === 0 ? parseHelmVersion(result.stdout) : undefined;
    if (!version)
      throw new HelmSetupError(
        'not-runnable',
        `${oneLine(path)} did not report a helm version (exit ${result.exitCode}): ${oneLine(result.stderr || result.stdout, 300)}`,
        fix,
      );
    return new HelmClient(path, version, options.env ?? {});
  }

  withEnv(env: Record<string, string>): HelmClient {
    return new HelmClient(this.path, this.version, { ...this.env, ...env });
  }

  /** Runs helm; a non-zero exit becomes a typed HelmError carrying helm's own message. */
  async run(args: readonly string[], options: RunToolOptions = {}): Promise<ToolResult> {
    const result = await this.exec(args, options);
    if (result.exitCode !== 0) {
      const message = helmMessage(result.stderr) || `helm ${args[0] ?? ''} exited with code ${result.exitCode}`;
      throw new HelmError(classifyHelmError(result.stderr), message, result.stderr, result.exitCode);
    }
    return result;
  }

  /** Runs helm and returns the result whatever the exit code. */
  exec(args: readonly string[], options: RunToolOptions = {}): Promise<ToolResult> {
    return runTool(this.path, args, { ...options, env: { ...this.env, ...(options.env ?? {}) } });
  }
}
