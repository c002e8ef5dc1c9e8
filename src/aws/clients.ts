/**
 * AWS SDK v3 clients, each imported only when a check first needs it (cold start is a feature).
 * Endpoints follow the SDK's own configuration, so AWS_ENDPOINT_URL_<SERVICE> points them at
 * local endpoints; every call takes the check's abort signal.
 */
import { toAwsError } from './errors.js';

export interface AwsClientOptions {
  region?: string;
}

type Sender = { send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<unknown> };

/** A lazily created client: `call` sends one command and turns failures into AwsError. */
export class LazyClient<C extends Sender> {
  private client?: Promise<C>;
  constructor(private readonly create: () => Promise<C>) {}

  async call<O>(action: string, command: object, signal?: AbortSignal): Promise<O> {
    const client = await (this.client ??= this.create());
    try {
      return (await client.send(command, signal ? { abortSignal: signal } : {})) as O;
    } catch (err) {
      throw toAwsError(err, action);
    }
  }
}

// Two attempts: enough for a throttled call, short enough that a dead endpoint fails within the check's timeout.
const common = (o: AwsClientOptions) => ({ ...(o.region ? { region: o.region } : {}), maxAttempts: 2 });

export function awsClients(options: AwsClientOptions) {
  return {
    sqs: new LazyClient(async () => new (await import('@aws-sdk/client-sqs')).SQSClient(common(options))),
    // IAM is global; its endpoint lives in us-east-1 whatever the workload region.
    iam: new LazyClient(async () => new (await import('@aws-sdk/client-iam')).IAMClient({ ...common(options), region: 'us-east-1' })),
    s3: new LazyClient(async () => new (await import('@aws-sdk/client-s3')).S3Client(common(options))),
    secretsManager: new LazyClient(async () => new (await import('@aws-sdk/client-secrets-manager')).SecretsManagerClient(common(options))),
  };
}

export type AwsClients = ReturnType<typeof awsClients>;
