/**
 * AWS partitions, told by region prefix (as the SDK's endpoint rules do) or by an ARN's second
 * field. IAM is global per partition and signs in one region of it: us-east-1 is only the
 * commercial partition's, so GovCloud and China need their own.
 */

export interface Partition {
  /** The ARN partition: arn:<name>:iam::… */
  name: string;
  /** The region IAM's endpoint signs in (the SDK's own endpoint rules agree). */
  iamRegion: string;
}

const COMMERCIAL: Partition = { name: 'aws', iamRegion: 'us-east-1' };

// Longer prefixes first: us-isob- and us-isof- before us-iso-.
const PARTITIONS: readonly (Partition & { prefix: string })[] = [
  { prefix: 'cn-', name: 'aws-cn', iamRegion: 'cn-north-1' },
  { prefix: 'us-gov-', name: 'aws-us-gov', iamRegion: 'us-gov-west-1' },
  { prefix: 'us-isob-', name: 'aws-iso-b', iamRegion: 'us-isob-east-1' },
  { prefix: 'us-isof-', name: 'aws-iso-f', iamRegion: 'us-isof-south-1' },
  { prefix: 'us-iso-', name: 'aws-iso', iamRegion: 'us-iso-east-1' },
  { prefix: 'eu-isoe-', name: 'aws-iso-e', iamRegion: 'eu-isoe-west-1' },
  { prefix: 'eusc-', name: 'aws-eusc', iamRegion: 'eusc-de-east-1' },
];

/** The partition of a region; the commercial one for its regions and when the region is unknown. */
export function partitionOfRegion(region: string | undefined): Partition {
  const found = region ? PARTITIONS.find((p) => region.startsWith(p.prefix)) : undefined;
  return found ? { name: found.name, iamRegion: found.iamRegion } : COMMERCIAL;
}

/** The partition an ARN names (`arn:aws-us-gov:iam::…`), or undefined when `value` is not an ARN of a known partition. */
export function partitionOfArn(value: string | undefined): Partition | undefined {
  const name = value?.startsWith('arn:') ? value.split(':')[1] : undefined;
  if (name === COMMERCIAL.name) return COMMERCIAL;
  const found = PARTITIONS.find((p) => p.name === name);
  return found ? { name: found.name, iamRegion: found.iamRegion } : undefined;
}
