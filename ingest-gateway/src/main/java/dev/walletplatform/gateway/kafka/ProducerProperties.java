package dev.walletplatform.gateway.kafka;

import dev.walletplatform.gateway.config.KafkaSettings;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/** The producer settings that make a 202 durable (invariant 1) and a Kafka outage a fast 503. */
final class ProducerProperties {
  /** Kafka's default; lowered only when the delivery timeout is shorter. */
  private static final long DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

  private ProducerProperties() {}

  static Map<String, Object> from(KafkaSettings settings) {
    Map<String, Object> props = new HashMap<>(settings.extra());
    long deliveryMs = settings.deliveryTimeout().toMilliseconds();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    // Idempotence keeps order and no duplicates with up to 5 in flight per connection.
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, settings.maxBlock().toMilliseconds());
    props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, settings.bufferMemoryBytes());
    props.put(ProducerConfig.LINGER_MS_CONFIG, settings.lingerMs());
    props.put(
        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, deliveryMs));
    // The producer refuses delivery.timeout.ms < linger.ms + request.timeout.ms.
    long requestTimeoutMs = Math.min(DEFAULT_REQUEST_TIMEOUT_MS, deliveryMs - settings.lingerMs());
    props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestTimeoutMs);
    return props;
  }
}
