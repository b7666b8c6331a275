package dev.walletplatform.infra.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.admin.NewTopic;

/** A topic to create: name, partition count, replication factor and topic-level configs. */
public record TopicSpec(String name, int partitions, int replication, Map<String, String> configs) {

  public TopicSpec {
    Objects.requireNonNull(name, "name");
    if (partitions < 1) {
      throw new IllegalArgumentException(
          "topic " + name + ": partitions must be >= 1, got " + partitions);
    }
    if (replication < 1 || replication > Short.MAX_VALUE) {
      throw new IllegalArgumentException(
          "topic " + name + ": replication must be >= 1, got " + replication);
    }
    configs = Map.copyOf(configs);
  }

  public static TopicSpec of(String name, int partitions, int replication) {
    return new TopicSpec(name, partitions, replication, Map.of());
  }

  public TopicSpec withConfig(String key, String value) {
    Map<String, String> merged = new HashMap<>(configs);
    merged.put(key, value);
    return new TopicSpec(name, partitions, replication, merged);
  }

  NewTopic toNewTopic() {
    return new NewTopic(name, partitions, (short) replication).configs(configs);
  }
}
