package dev.walletplatform.deploychecks.crd;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Map;

/** Strimzi (kafka.strimzi.io/v1beta2): the platform's topics. */
public final class Strimzi {
  private Strimzi() {}

  public record KafkaTopic(
      @JsonProperty(required = true) String apiVersion,
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) KafkaTopicSpec spec) {}

  /** Topic configs are strings, as Kafka's own configs are. */
  public record KafkaTopicSpec(
      String topicName,
      @JsonProperty(required = true) Integer partitions,
      @JsonProperty(required = true) Integer replicas,
      Map<String, String> config) {}
}
