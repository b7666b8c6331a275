package dev.walletplatform.deploychecks.crd;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** KEDA (keda.sh/v1alpha1): the applier's lag-based scaling. */
public final class Keda {
  /**
   * The Kafka scaler's metadata keys (KEDA 2.x); a misspelt key would be ignored by KEDA, silently.
   */
  static final Set<String> KAFKA_METADATA =
      Set.of(
          "bootstrapServers",
          "bootstrapServersFromEnv",
          "consumerGroup",
          "consumerGroupFromEnv",
          "topic",
          "topicFromEnv",
          "lagThreshold",
          "activationLagThreshold",
          "offsetResetPolicy",
          "allowIdleConsumers",
          "excludePersistentLag",
          "scaleToZeroOnInvalidOffset",
          "limitToPartitionsWithLag",
          "partitionLimitation",
          "sasl",
          "tls",
          "version");

  private Keda() {}

  public record ScaledObject(
      @JsonProperty(required = true) String apiVersion,
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) ScaledObjectSpec spec) {}

  public record ScaledObjectSpec(
      @JsonProperty(required = true) ScaleTarget scaleTargetRef,
      @JsonProperty(required = true) Integer minReplicaCount,
      @JsonProperty(required = true) Integer maxReplicaCount,
      Integer pollingInterval,
      Integer cooldownPeriod,
      Advanced advanced,
      @JsonProperty(required = true) List<Trigger> triggers) {}

  public record ScaleTarget(
      String apiVersion, String kind, @JsonProperty(required = true) String name) {}

  public record Advanced(HpaConfig horizontalPodAutoscalerConfig) {}

  public record HpaConfig(HorizontalPodAutoscalerBehavior behavior) {}

  public record Trigger(
      @JsonProperty(required = true) String type,
      String name,
      AuthRef authenticationRef,
      @JsonProperty(required = true) Map<String, String> metadata) {
    public Trigger {
      if ("kafka".equals(type) && !KAFKA_METADATA.containsAll(metadata.keySet())) {
        throw new IllegalArgumentException(
            "unknown kafka trigger metadata "
                + metadata.keySet().stream().filter(k -> !KAFKA_METADATA.contains(k)).toList());
      }
    }
  }

  public record AuthRef(@JsonProperty(required = true) String name) {}

  public record TriggerAuthentication(
      @JsonProperty(required = true) String apiVersion,
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) TriggerAuthSpec spec) {}

  public record TriggerAuthSpec(
      @JsonProperty(required = true) List<SecretTarget> secretTargetRef) {}

  public record SecretTarget(
      @JsonProperty(required = true) String parameter,
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) String key) {}
}
