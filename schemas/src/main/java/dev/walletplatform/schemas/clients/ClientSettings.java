package dev.walletplatform.schemas.clients;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The Kafka client settings every writer and reader of the platform's topics starts from, so the
 * promise they carry is written once: a record is acknowledged only once every in-sync replica
 * holds it and a retry never writes it twice; a reader that is not a consumer group's member
 * commits nothing. Each map is the caller's own (mutable) to add its tuning to.
 */
public final class ClientSettings {
  private ClientSettings() {}

  /** A producer whose acknowledged records survive a broker's loss and are never duplicated. */
  public static Map<String, Object> durableProducer(String bootstrapServers) {
    Map<String, Object> settings = new HashMap<>();
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return settings;
  }

  /**
   * A consumer that reads partitions it assigns itself and commits no offset: an observer or a
   * reader of its own log, never a member of the platform's groups.
   */
  public static Map<String, Object> uncommittedReader(String bootstrapServers) {
    Map<String, Object> settings = new HashMap<>();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return settings;
  }
}
