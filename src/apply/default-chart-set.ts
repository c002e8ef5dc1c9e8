/**
 * The chart set deploy-dataplane uses when none is given: the guide's table of Data Plane charts. The
 * same text is examples/chart-set.yaml (a test keeps the two equal), the file users copy to change it.
 */
export const DEFAULT_CHART_SET_YAML = `# The Data Plane's charts, as in the guide's "Helm Charts in the Data Plane Cluster" table. This is the
# chart set deploy-dataplane uses when its chart-set input is empty; copy it into your repository to change it.
#
# Each release: chart (an oci:// reference, or a chart name with repository:), version (exact, latest, or a
# minimum such as 1.0.0+), namespace, optional values / values-files (relative to this file) / timeout, and
# needs: the releases that must be installed first. "latest" and "1.0.0+" are resolved once by mode: lock,
# which writes chart-set.lock.yaml beside this file; deploys install exactly what the lock pins.
releases:
  aws-load-balancer-controller:
    repository: https://aws.github.io/eks-charts
    chart: aws-load-balancer-controller
    version: latest
    namespace: kube-system
  gateway-helm:
    # Envoy Gateway; its chart also installs the Gateway API CRDs that cert-manager and external-dns watch.
    chart: oci://docker.io/envoyproxy/gateway-helm
    version: v1.6.0
    namespace: envoy-gateway-system
    # Its LoadBalancer Service is provisioned by the AWS Load Balancer Controller.
    needs: [aws-load-balancer-controller]
  cert-manager:
    chart: oci://quay.io/jetstack/charts/cert-manager
    version: latest
    namespace: cert-manager
    needs: [gateway-helm]
    values:
      crds:
        enabled: true
      # Certificates for Gateway listeners (the guide: cert-manager supports the Gateway API).
      config:
        apiVersion: controller.config.cert-manager.io/v1alpha1
        kind: ControllerConfiguration
        enableGatewayAPI: true
  external-dns:
    repository: https://kubernetes-sigs.github.io/external-dns/
    chart: external-dns
    version: 1.17.0
    namespace: external-dns
    needs: [gateway-helm]
    values:
      provider:
        name: aws
      # The guide: external-dns watches the Gateway API's xRoute resources.
      sources:
        - service
        - ingress
        - gateway-httproute
        - gateway-grpcroute
        - gateway-tlsroute
        - gateway-tcproute
        - gateway-udproute
  argo-workflows:
    repository: https://argoproj.github.io/argo-helm
    chart: argo-workflows
    version: 0.45.27
    namespace: argo
  keda:
    repository: https://kedacore.github.io/charts
    chart: keda
    version: 2.11.1
    namespace: keda
  metrics-server:
    repository: https://kubernetes-sigs.github.io/metrics-server/
    chart: metrics-server
    version: 3.12.2
    namespace: kube-system
  aws-mountpoint-s3-csi-driver:
    repository: https://awslabs.github.io/mountpoint-s3-csi-driver
    chart: aws-mountpoint-s3-csi-driver
    version: 2.0.0
    namespace: kube-system
  cloudnative-pg:
    repository: https://cloudnative-pg.github.io/charts
    chart: cloudnative-pg
    version: 0.26.0
    namespace: cnpg-system
  karpenter:
    chart: oci://public.ecr.aws/karpenter/karpenter
    version: 1.0.0+
    namespace: kube-system
  aws-ebs-csi-driver:
    repository: https://kubernetes-sigs.github.io/aws-ebs-csi-driver
    chart: aws-ebs-csi-driver
    version: latest
    namespace: kube-system
`;
