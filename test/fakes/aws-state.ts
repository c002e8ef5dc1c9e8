/** The state the fake AWS endpoints serve: what exists, and which calls are denied. */
export interface PolicyDocument {
  Version?: string;
  Statement: Record<string, unknown>[];
}

export interface FakeRole {
  trust: PolicyDocument;
  inline?: Record<string, PolicyDocument>;
  /** ARNs of managed policies in `policies`. */
  attached?: string[];
}

export interface CorsRule {
  AllowedMethods: string[];
  AllowedOrigins: string[];
}

export interface FakeAwsState {
  account: string;
  /** The partition the account lives in: requests signed for another partition's region are refused, as AWS does. */
  partition: string;
  queues: Set<string>;
  roles: Map<string, FakeRole>;
  /** Managed policies by ARN. */
  policies: Map<string, PolicyDocument>;
  /** Bucket name → its CORS rules (undefined: no CORS configuration). */
  buckets: Map<string, CorsRule[] | undefined>;
  secrets: Map<string, { kmsKeyId?: string; deletedDate?: Date }>;
  /** `sqs:GetQueueUrl/<queue>`, `iam:GetRole/<role>`, `s3:GetBucketCors/<bucket>`, … → AccessDenied. */
  denied: Set<string>;
  /** Every request as `service:Action`, for assertions. */
  calls: string[];
  /** The region of each request's SigV4 credential scope, as `service:Action@region`. */
  signed: string[];
}

export function emptyState(account = '111122223333', partition = 'aws'): FakeAwsState {
  return {
    account,
    partition,
    queues: new Set(),
    roles: new Map(),
    policies: new Map(),
    buckets: new Map(),
    secrets: new Map(),
    denied: new Set(),
    calls: [],
    signed: [],
  };
}
