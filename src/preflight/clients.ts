/**
 * The connections one preflight run opens: the cluster client (with its credential plugin), the AWS
 * SDK clients and Postgres sessions, each created on first use. Whoever runs preflight closes them
 * when the run is over, whatever happened: a socket left open by a timed-out check, or a credential
 * plugin still running, would keep the step alive after its report is written.
 */
import { awsClients, destroyAwsClients, type AwsClientOptions, type AwsClients } from '../aws/clients.js';
import { KubeClient } from '../kube/client.js';

export interface PreflightClientsOptions {
  /** Time limit for one run of the kubeconfig's exec credential plugin (the check timeout: it cannot outlive its check). */
  credentialTimeoutMs: number;
}

export class PreflightClients {
  private readonly closer = new AbortController();
  private kubeClient?: Promise<KubeClient>;
  private aws?: AwsClients;

  constructor(private readonly options: PreflightClientsOptions) {}

  /** Aborts when the clients close: a connection opened under it (a Postgres session) is dropped with them. */
  get closing(): AbortSignal {
    return this.closer.signal;
  }

  kube(): Promise<KubeClient> {
    return (this.kubeClient ??= KubeClient.load({ credentialTimeoutMs: this.options.credentialTimeoutMs }));
  }

  /** The AWS clients, made with the options of the first call (one run has one region and one set of role ARNs). */
  awsClients(options: AwsClientOptions): AwsClients {
    return (this.aws ??= awsClients(options));
  }

  async close(): Promise<void> {
    this.closer.abort();
    const kube = await this.kubeClient?.catch(() => undefined);
    await Promise.all([kube?.close(), this.aws && destroyAwsClients(this.aws)]);
  }
}
