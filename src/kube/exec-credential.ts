/**
 * Kubeconfig `exec` credential plugins (`aws eks get-token`, gke-gcloud-auth-plugin, kubelogin), run
 * here rather than by @kubernetes/client-node: the library spawns them with no time limit and no way
 * to stop them, so a plugin that hangs outlived the check that timed out waiting for it and held the
 * step open. Here a plugin runs through runTool, bounded by a time limit and stopped when the client
 * closes; what it prints is read as the client.authentication.k8s.io ExecCredential it must be, and
 * the token is masked the moment it is read.
 */
import { basename } from 'node:path';
import type { RequestOptions } from 'node:https';
import { runTool, ToolAbortedError, ToolTimeoutError } from '../process/run-tool.js';
import { registerSecret } from '../report/secrets.js';
import { oneLine } from '../report/text.js';
import { KubeError } from './errors.js';

/** A kubeconfig user's `exec` stanza. */
export interface ExecConfig {
  command: string;
  args?: string[] | null;
  env?: { name: string; value: string }[] | null;
  apiVersion?: string;
  interactiveMode?: string;
  provideClusterInfo?: boolean;
}

/** The parts of the current cluster a plugin with provideClusterInfo is told. */
export interface ExecClusterInfo {
  server: string;
  tlsServerName?: string;
  skipTLSVerify?: boolean;
  /** base64 PEM, as the kubeconfig holds it. */
  caData?: string;
}

export interface ExecCredential {
  token?: string;
  clientCertificateData?: string;
  clientKeyData?: string;
  /** Epoch ms; absent: valid for as long as the client lives. */
  expiresAt?: number;
}

/** What the library falls back to as well: plugins written for kubectl 1.22+ declare it. */
const DEFAULT_API_VERSION = 'client.authentication.k8s.io/v1beta1';

/** The `exec` stanza of a kubeconfig user in either form the library reads: `exec:` or the older `auth-provider: {config: {exec}}`. */
export function execConfigOf(user: { exec?: unknown; authProvider?: unknown } | null): ExecConfig | undefined {
  const exec = user?.exec ?? (user?.authProvider as { config?: { exec?: unknown } } | undefined)?.config?.exec;
  return exec && typeof exec === 'object' ? (exec as ExecConfig) : undefined;
}

function pluginError(command: string, problem: string, fix: string): KubeError {
  return new KubeError('credentials', `the kubeconfig's credential plugin ${basename(command)} ${problem}`, fix);
}

const RUN_IT = (command: string) => `Run ${basename(command)} yourself with the job's environment to see why (it is the kubeconfig user's exec command).`;

/** Reads a plugin's stdout as an ExecCredential of `apiVersion`; the message never repeats what it printed. */
export function parseExecCredential(stdout: string, apiVersion: string, command: string): ExecCredential {
  const invalid = (problem: string) => pluginError(command, problem, `${RUN_IT(command)} It must print an ExecCredential (${apiVersion}) as JSON.`);
  let doc: { kind?: unknown; apiVersion?: unknown; status?: Record<string, unknown> | null };
  try {
    doc = JSON.parse(stdout) as typeof doc;
  } catch {
    throw invalid('printed no JSON');
  }
  if (doc?.kind !== 'ExecCredential') throw invalid('printed JSON that is not an ExecCredential');
  if (doc.apiVersion !== apiVersion)
    throw invalid(`answered with apiVersion ${oneLine(String(doc.apiVersion), 80)}, not the ${apiVersion} the kubeconfig asks for`);
  const field = (name: string): string | undefined => {
    const v = doc.status?.[name];
    return typeof v === 'string' && v ? v : undefined;
  };
  const token = field('token');
  const clientCertificateData = field('clientCertificateData');
  const clientKeyData = field('clientKeyData');
  const expiration = field('expirationTimestamp');
  const expiresAt = expiration === undefined ? undefined : Date.parse(expiration);
  if (!token && !(clientCertificateData && clientKeyData)) throw invalid('gave neither a token nor a client certificate and key');
  if (Boolean(clientCertificateData) !== Boolean(clientKeyData)) throw invalid('gave a client certificate without its key, or a key without its certificate');
  if (expiresAt !== undefined && Number.isNaN(expiresAt)) throw invalid('gave an expirationTimestamp that is not a time');
  return {
    ...(token ? { token } : {}),
    ...(clientCertificateData && clientKeyData ? { clientCertificateData, clientKeyData } : {}),
    ...(expiresAt !== undefined ? { expiresAt } : {}),
  };
}

/** Waits for `promise` unless `signal` fires first; the work behind the promise goes on for other waiters. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (err: unknown) => (signal.removeEventListener('abort', onAbort), reject(err as Error)),
    );
  });
}

/**
 * One user's plugin: a credential is cached until it expires, and concurrent callers share one run
 * of the plugin. A run is stopped at its time limit or when the client closes, whichever is first.
 */
export class ExecCredentialPlugin {
  private cached?: ExecCredential;
  private running?: Promise<ExecCredential>;
  private readonly closed = new AbortController();

  constructor(
    private readonly exec: ExecConfig,
    private readonly cluster: ExecClusterInfo | undefined,
    private readonly timeoutMs: number,
  ) {}

  /** The credential; `signal` stops this caller's wait, not the run other callers share. */
  credential(signal?: AbortSignal): Promise<ExecCredential> {
    const cached = this.cached;
    if (cached && (cached.expiresAt === undefined || cached.expiresAt > Date.now())) return Promise.resolve(cached);
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return signal ? untilAborted(this.running, signal) : this.running;
  }

  /** Puts the credential on a request the library is about to send. */
  async apply(opts: RequestOptions): Promise<void> {
    const credential = await this.credential();
    if (credential.token) opts.headers = { ...opts.headers, Authorization: `Bearer ${credential.token}` };
    if (credential.clientCertificateData && credential.clientKeyData) {
      opts.cert = credential.clientCertificateData;
      opts.key = credential.clientKeyData;
    }
  }

  /** Stops a running plugin and waits until it has exited. */
  async close(): Promise<void> {
    this.closed.abort();
    await this.running?.catch(() => {});
  }

  private async run(): Promise<ExecCredential> {
    const { command } = this.exec;
    if (this.closed.signal.aborted) throw pluginError(command, 'was not started: the run is over', RUN_IT(command));
    if (this.exec.interactiveMode === 'Always')
      throw pluginError(
        command,
        'needs a terminal (interactiveMode: Always), which a workflow does not have',
        'Use a kubeconfig whose credential needs no prompt.',
      );
    const apiVersion = this.exec.apiVersion || DEFAULT_API_VERSION;
    const execInfo = {
      apiVersion,
      kind: 'ExecCredential',
      spec: {
        interactive: false,
        ...(this.exec.provideClusterInfo && this.cluster
          ? {
              cluster: {
                server: this.cluster.server,
                ...(this.cluster.tlsServerName ? { 'tls-server-name': this.cluster.tlsServerName } : {}),
                ...(this.cluster.skipTLSVerify ? { 'insecure-skip-tls-verify': true } : {}),
                ...(this.cluster.caData ? { 'certificate-authority-data': this.cluster.caData } : {}),
              },
            }
          : {}),
      },
    };
    const env = { ...Object.fromEntries((this.exec.env ?? []).map((e) => [e.name, e.value])), KUBERNETES_EXEC_INFO: JSON.stringify(execInfo) };
    let result;
    try {
      result = await runTool(command, this.exec.args ?? [], { env, timeoutMs: this.timeoutMs, signal: this.closed.signal });
    } catch (err) {
      if (err instanceof ToolTimeoutError)
        throw pluginError(command, `did not answer within ${Math.round(this.timeoutMs / 1000)} s and was stopped`, RUN_IT(command));
      if (err instanceof ToolAbortedError) throw pluginError(command, 'was stopped: the run is over', RUN_IT(command));
      throw pluginError(
        command,
        `cannot run: ${err instanceof Error ? err.message : String(err)}`,
        `Install ${basename(command)} on the runner (the kubeconfig user runs it for a token), or use a kubeconfig with another credential.`,
      );
    }
    if (result.exitCode !== 0) {
      const said = result.stderr.trim().split('\n').at(-1) ?? '';
      throw pluginError(command, `failed (exit ${result.exitCode})${said ? `: ${oneLine(said, 300)}` : ''}`, RUN_IT(command));
    }
    const credential = parseExecCredential(result.stdout, apiVersion, command);
    registerSecret(credential.token);
    registerSecret(credential.clientKeyData);
    this.cached = credential;
    return credential;
  }
}
