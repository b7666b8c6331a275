package dev.walletplatform.processors.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code kafka} block. {@code properties} are passed to both the consumers and the producer
 * (security settings, timeouts); the ones exactly-once depends on cannot be overridden.
 *
 * @param pollTimeout longest wait of one poll, Dropwizard notation ({@code 500ms}); (0, 10s]
 * @param consumerThreads consumer threads, each with its own consumer in the group; needs as many
 *     pool connections, and more threads than partitions only idle
 */
public record KafkaSettings(
    String bootstrapServers,
    String groupId,
    int maxPollRecords,
    int consumerThreads,
    Duration pollTimeout,
    Map<String, String> properties) {

  public static final String DEFAULT_GROUP_ID = "ledger-applier";
  private static final Duration MAX_POLL_TIMEOUT = Duration.seconds(10);

  /** Exactly-once in effect relies on these; a config that sets them is refused at start. */
  static final Set<String> RESERVED =
      Set.of(
          "bootstrap.servers",
          "group.id",
          "enable.auto.commit",
          "isolation.level",
          "max.poll.records",
          "key.deserializer",
          "value.deserializer",
          "key.serializer",
          "value.serializer",
          "acks",
          "enable.idempotence");

  @JsonCreator
  public KafkaSettings(
      @JsonProperty("bootstrapServers") String bootstrapServers,
      @JsonProperty("groupId") String groupId,
      @JsonProperty("maxPollRecords") Integer maxPollRecords,
      @JsonProperty("consumerThreads") Integer consumerThreads,
      @JsonProperty("pollTimeout") Duration pollTimeout,
      @JsonProperty("properties") Map<String, String> properties) {
    this(
        bootstrapServers,
        groupId == null ? DEFAULT_GROUP_ID : groupId,
        maxPollRecords == null ? 500 : maxPollRecords,
        consumerThreads == null ? 1 : consumerThreads,
        pollTimeout == null ? Duration.milliseconds(500) : pollTimeout,
        properties == null ? Map.of() : properties);
  }

  public KafkaSettings {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("kafka.bootstrapServers is required, e.g. localhost:9092");
    }
    if (groupId.isBlank()) {
      throw new IllegalArgumentException("kafka.groupId must not be blank");
    }
    if (maxPollRecords < 1 || maxPollRecords > 10_000) {
      throw new IllegalArgumentException(
          "kafka.maxPollRecords must be 1..10000, was: " + maxPollRecords);
    }
    if (consumerThreads < 1 || consumerThreads > 64) {
      throw new IllegalArgumentException(
          "kafka.consumerThreads must be 1..64, was: " + consumerThreads);
    }
    if (pollTimeout.toNanoseconds() <= 0 || pollTimeout.compareTo(MAX_POLL_TIMEOUT) > 0) {
      throw new IllegalArgumentException(
          "kafka.pollTimeout must be in (0, 10s] so shutdown and liveness stay prompt, was: "
              + pollTimeout);
    }
    for (String key : properties.keySet()) {
      if (RESERVED.contains(key)) {
        throw new IllegalArgumentException(
            "kafka.properties."
                + key
                + " cannot be set: the applier fixes it ("
                + "reserved: "
                + RESERVED.stream().sorted().toList()
                + ")");
      }
    }
    properties = Map.copyOf(properties);
  }

  /**
   * Consumer settings: offsets committed by hand after the database commit, only committed records
   * read.
   */
  public Map<String, Object> consumerProperties(String clientId) {
    Map<String, Object> props = new HashMap<>(properties);
    props.putIfAbsent("auto.offset.reset", "earliest");
    props.put("bootstrap.servers", bootstrapServers);
    props.put("group.id", groupId);
    props.put("client.id", clientId);
    props.put("enable.auto.commit", "false");
    props.put("isolation.level", "read_committed");
    props.put("max.poll.records", Integer.toString(maxPollRecords));
    props.put("key.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
    props.put("value.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
    return props;
  }

  /**
   * Producer settings for results and dead letters: acknowledged by all in-sync replicas, no
   * duplicates from retries.
   */
  public Map<String, Object> producerProperties(String clientId) {
    Map<String, Object> props = new HashMap<>(properties);
    props.putIfAbsent("linger.ms", "5");
    props.putIfAbsent("max.block.ms", "10000");
    props.putIfAbsent("request.timeout.ms", "15000");
    props.putIfAbsent("delivery.timeout.ms", "30000");
    props.put("bootstrap.servers", bootstrapServers);
    props.put("client.id", clientId);
    props.put("acks", "all");
    props.put("enable.idempotence", "true");
    props.put("key.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer");
    props.put("value.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer");
    return props;
  }

  @Override
  public String toString() {
    // properties may hold SASL credentials
    return "KafkaSettings[bootstrapServers="
        + bootstrapServers
        + ", groupId="
        + groupId
        + ", maxPollRecords="
        + maxPollRecords
        + ", consumerThreads="
        + consumerThreads
        + ", pollTimeout="
        + pollTimeout
        + ", properties="
        + properties.keySet()
        + "]";
  }
}
