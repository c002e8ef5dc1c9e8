/**
 * Kinds without a namespace. A rendered object of a namespaced kind without `metadata.namespace`
 * lands in the release namespace, so its key is filled in with it; a cluster-scoped one keeps ''.
 * The list holds the built-in kinds and those of the charts the toolkit installs (cert-manager,
 * Karpenter, KEDA, Envoy Gateway); an unknown kind is taken as namespaced, as most CRDs are.
 */
const CLUSTER_SCOPED = new Set([
  'APIService',
  'CSIDriver',
  'CSINode',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ComponentStatus',
  'CustomResourceDefinition',
  'FlowSchema',
  'IngressClass',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'RuntimeClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
  'VolumeAttributesClass',
  // cert-manager, Karpenter, KEDA, Envoy Gateway / Gateway API, Argo Workflows
  'ClusterIssuer',
  'EC2NodeClass',
  'NodePool',
  'NodeClaim',
  'ClusterTriggerAuthentication',
  'GatewayClass',
  'ClusterWorkflowTemplate',
]);

export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}
