package dev.walletplatform.deploychecks.crd;

import java.util.Map;
import java.util.Optional;

/**
 * The custom resources this deployment uses, each as a record holding exactly the fields the
 * manifests may set. A field the record does not declare fails the check: add it here (with the
 * upstream CRD open) only when a manifest really needs it.
 */
public final class CustomResourceKinds {
  private static final Map<String, Class<?>> KINDS =
      Map.ofEntries(
          Map.entry("argoproj.io/v1alpha1/Rollout", ArgoRollouts.Rollout.class),
          Map.entry("argoproj.io/v1alpha1/AnalysisTemplate", ArgoRollouts.AnalysisTemplate.class),
          Map.entry("argoproj.io/v1alpha1/ApplicationSet", ArgoCd.ApplicationSet.class),
          Map.entry("argoproj.io/v1alpha1/AppProject", ArgoCd.AppProject.class),
          Map.entry("keda.sh/v1alpha1/ScaledObject", Keda.ScaledObject.class),
          Map.entry("keda.sh/v1alpha1/TriggerAuthentication", Keda.TriggerAuthentication.class),
          Map.entry("karpenter.sh/v1/NodePool", Karpenter.NodePool.class),
          Map.entry("karpenter.k8s.aws/v1/EC2NodeClass", Karpenter.Ec2NodeClass.class),
          Map.entry("external-secrets.io/v1/ExternalSecret", ExternalSecrets.ExternalSecret.class),
          Map.entry(
              "external-secrets.io/v1/ClusterSecretStore",
              ExternalSecrets.ClusterSecretStore.class),
          Map.entry(
              "monitoring.coreos.com/v1/ServiceMonitor", PrometheusOperator.ServiceMonitor.class),
          Map.entry(
              "monitoring.coreos.com/v1/PrometheusRule", PrometheusOperator.PrometheusRule.class),
          Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", Strimzi.KafkaTopic.class));

  private CustomResourceKinds() {}

  public static Optional<Class<?>> lookup(String apiVersion, String kind) {
    return Optional.ofNullable(KINDS.get(apiVersion + "/" + kind));
  }
}
