/**
 * AWS SDK v3 clients, each imported only when a check first needs it (cold start is a feature).
 * Endpoints follow the SDK's own configuration, so AWS_ENDPOINT_URL_<SERVICE> points them at
 * local endpoints; every call takes the check's abort signal, and destroyAwsClients closes the
 * connections of every client that was created.
 */
import { toAwsError } from './errors.js';
import { partitionOfArn, partitionOfRegion, type Partition } from './partition.js';

export interface AwsClientOptions {
  region?: string;
  /** ARNs given as inputs (role ARNs): their partition is IAM's when no region is known. */
  arns?: readonly (string | undefined)[];
}

type Sender = { send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<unknown>; destroy(): void };

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

  /** Closes the client's connections, when it was created. */
  async destroy(): Promise<void> {
    const client = await this.client?.catch(() => undefined);
    client?.destroy();
  }
}

// Two attempts: enough for a throttled call, short enough that a dead endpoint fails within the check's timeout.
const common = (o: AwsClientOptions) => ({ ...(o.region ? { region: o.region } : {}), maxAttempts: 2 });

/**
 * The partition the job works in: from the region (the input, else the SDK's own: AWS_REGION, the
 * profile), else from a role ARN input, else the commercial one.
 */
async function resolvePartition(options: AwsClientOptions): Promise<Partition> {
  let region = options.region;
  if (!region) {
    const { IAMClient } = await import('@aws-sdk/client-iam');
    const probe = new IAMClient({});
    region = await probe.config.region().catch(() => undefined);
    probe.destroy();
  }
  if (region) return partitionOfRegion(region);
  return options.arns?.map(partitionOfArn).find((p) => p !== undefined) ?? partitionOfRegion(undefined);
}

export function awsClients(options: AwsClientOptions) {
  return {
    sqs: new LazyClient(async () => new (await import('@aws-sdk/client-sqs')).SQSClient(common(options))),
    // IAM is global per partition and signs in that partition's IAM region (us-east-1 only in the commercial one).
    iam: new LazyClient(async () => {
      const { iamRegion } = await resolvePartition(options);
      return new (await import('@aws-sdk/client-iam')).IAMClient({ ...common(options), region: iamRegion });
    }),
    s3: new LazyClient(async () => new (await import('@aws-sdk/client-s3')).S3Client(common(options))),
    secretsManager: new LazyClient(async () => new (await import('@aws-sdk/client-secrets-manager')).SecretsManagerClient(common(options))),
  };
}

export type AwsClients = ReturnType<typeof awsClients>;

export async function destroyAwsClients(clients: AwsClients): Promise<void> {
  await Promise.all(Object.values(clients).map((c) => c.destroy()));
}
