package dev.walletplatform.gateway.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * How the gateway produces commands. The timeouts are what keep a Kafka outage a fast 503 instead
 * of a hang: {@code maxBlock} bounds the wait for metadata or buffer space inside {@code send},
 * {@code ackTimeout} bounds how long a request waits for the broker's ack, and {@code
 * deliveryTimeout} bounds how long the producer keeps retrying a record in the background.
 *
 * @param warmUpLimit how long the start waits for the commands topic's metadata (then it serves
 *     anyway, answering 503 until Kafka is there)
 * @param extra further producer properties (e.g. {@code security.protocol}, SASL); may not set what
 *     the keys above or the durability guarantees own
 */
public record KafkaSettings(
    @NotBlank String bootstrapServers,
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
        @MaxDuration(value = 5, unit = TimeUnit.MINUTES)
        Duration ackTimeout,
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
        @MaxDuration(value = 30, unit = TimeUnit.MINUTES)
        Duration deliveryTimeout,
    @MinDuration(value = 0, unit = TimeUnit.MILLISECONDS)
        @MaxDuration(value = 1, unit = TimeUnit.MINUTES)
        Duration maxBlock,
    @Min(65_536) @Max(1L << 32) long bufferMemoryBytes,
    @Min(0) @Max(1_000) int lingerMs,
    @MinDuration(value = 0, unit = TimeUnit.SECONDS)
        @MaxDuration(value = 2, unit = TimeUnit.MINUTES)
        Duration warmUpLimit,
    Map<String, String> extra) {

  static final Duration DEFAULT_ACK_TIMEOUT = Duration.seconds(5);
  static final Duration DEFAULT_DELIVERY_TIMEOUT = Duration.seconds(30);
  static final Duration DEFAULT_MAX_BLOCK = Duration.seconds(1);
  static final long DEFAULT_BUFFER_MEMORY_BYTES = DataSize.mebibytes(32).toBytes();
  static final int DEFAULT_LINGER_MS = 5;
  static final Duration DEFAULT_WARM_UP_LIMIT = Duration.seconds(15);

  /** Owned by the typed keys or by invariant 1 (acks=all, idempotence): never overridable. */
  private static final Set<String> RESERVED =
      Set.of(
          "bootstrap.servers",
          "acks",
          "enable.idempotence",
          "key.serializer",
          "value.serializer",
          "max.block.ms",
          "buffer.memory",
          "delivery.timeout.ms",
          "linger.ms",
          "transactional.id");

  public KafkaSettings {
    Objects.requireNonNull(ackTimeout, "kafka.ackTimeout");
    Objects.requireNonNull(deliveryTimeout, "kafka.deliveryTimeout");
    Objects.requireNonNull(maxBlock, "kafka.maxBlock");
    Objects.requireNonNull(warmUpLimit, "kafka.warmUpLimit");
    extra = Map.copyOf(extra == null ? Map.of() : extra);
    if (ackTimeout.toMilliseconds() > deliveryTimeout.toMilliseconds()) {
      throw new IllegalArgumentException(
          "kafka.ackTimeout ("
              + ackTimeout
              + ") must not exceed kafka.deliveryTimeout ("
              + deliveryTimeout
              + "): a request must never wait longer than the producer keeps trying");
    }
    if (deliveryTimeout.toMilliseconds() <= lingerMs) {
      throw new IllegalArgumentException(
          "kafka.deliveryTimeout ("
              + deliveryTimeout
              + ") must exceed kafka.lingerMs ("
              + lingerMs
              + ")");
    }
    for (String key : extra.keySet()) {
      if (RESERVED.contains(key)) {
        throw new IllegalArgumentException(
            "kafka.extra may not set '"
                + key
                + "': it is owned by a typed key or by acks=all/idempotence");
      }
    }
  }

  @JsonCreator
  public static KafkaSettings fromYaml(
      @JsonProperty("bootstrapServers") String bootstrapServers,
      @JsonProperty("ackTimeout") Duration ackTimeout,
      @JsonProperty("deliveryTimeout") Duration deliveryTimeout,
      @JsonProperty("maxBlock") Duration maxBlock,
      @JsonProperty("bufferMemoryBytes") Long bufferMemoryBytes,
      @JsonProperty("lingerMs") Integer lingerMs,
      @JsonProperty("warmUpLimit") Duration warmUpLimit,
      @JsonProperty("extra") Map<String, String> extra) {
    return new KafkaSettings(
        bootstrapServers,
        Objects.requireNonNullElse(ackTimeout, DEFAULT_ACK_TIMEOUT),
        Objects.requireNonNullElse(deliveryTimeout, DEFAULT_DELIVERY_TIMEOUT),
        Objects.requireNonNullElse(maxBlock, DEFAULT_MAX_BLOCK),
        Objects.requireNonNullElse(bufferMemoryBytes, DEFAULT_BUFFER_MEMORY_BYTES),
        Objects.requireNonNullElse(lingerMs, DEFAULT_LINGER_MS),
        Objects.requireNonNullElse(warmUpLimit, DEFAULT_WARM_UP_LIMIT),
        extra);
  }

  /** Defaults for everything but the bootstrap servers, which have no sensible default. */
  public static KafkaSettings withDefaults(String bootstrapServers) {
    return fromYaml(bootstrapServers, null, null, null, null, null, null, null);
  }

  @Override
  public String toString() {
    Map<String, String> shown = new TreeMap<>();
    extra.forEach((key, value) -> shown.put(key, SecretMasking.mask(key, value)));
    return "KafkaSettings[bootstrapServers="
        + bootstrapServers
        + ", ackTimeout="
        + ackTimeout
        + ", deliveryTimeout="
        + deliveryTimeout
        + ", maxBlock="
        + maxBlock
        + ", bufferMemoryBytes="
        + bufferMemoryBytes
        + ", lingerMs="
        + lingerMs
        + ", warmUpLimit="
        + warmUpLimit
        + ", extra="
        + shown
        + "]";
  }
}
