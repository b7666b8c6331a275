package dev.walletplatform.walletctl.kafka;

import dev.walletplatform.walletctl.WalletctlException;
import dev.walletplatform.walletctl.config.ClusterOptions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka clients of one walletctl run, created on first use and closed together. Records are
 * handled as bytes: walletctl moves them unchanged and decodes only to show or to prove.
 */
public final class KafkaSession implements AutoCloseable {
  /**
   * Beyond the clients' own timeouts, a last bound so a wedged call cannot hang the operator's
   * shell.
   */
  private static final Duration GRACE = Duration.ofSeconds(5);

  private final ClusterOptions cluster;
  private Admin admin;
  private KafkaProducer<byte[], byte[]> producer;

  public KafkaSession(ClusterOptions cluster) {
    this.cluster = cluster;
  }

  public synchronized Admin admin() {
    if (admin == null) {
      admin = Admin.create(cluster.clientProperties("admin"));
    }
    return admin;
  }

  /** A group-less consumer that reads only committed records; callers assign and seek. */
  public KafkaConsumer<byte[], byte[]> newReader() {
    Map<String, Object> props = cluster.clientProperties("reader");
    props.put("enable.auto.commit", "false");
    props.put("isolation.level", "read_committed");
    props.put("auto.offset.reset", "none");
    props.put("max.poll.records", "1000");
    return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** acks=all and idempotence: a re-produced record is durable and never duplicated by a retry. */
  public synchronized KafkaProducer<byte[], byte[]> producer() {
    if (producer == null) {
      Map<String, Object> props = cluster.clientProperties("producer");
      long request = Long.parseLong((String) props.get("request.timeout.ms"));
      props.put("acks", "all");
      props.put("enable.idempotence", "true");
      props.put("linger.ms", "5");
      props.put("max.block.ms", Long.toString(cluster.timeout().toMillis()));
      props.put(
          "delivery.timeout.ms",
          Long.toString(Math.max(cluster.timeout().toMillis(), request) + 5_000));
      producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }
    return producer;
  }

  /** The future's value, or a walletctl error naming the step and the cluster. */
  public <T> T await(KafkaFuture<T> future, String doing) {
    try {
      return future.get(cluster.timeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw failure(e, doing);
    }
  }

  public WalletctlException failure(Throwable error, String doing) {
    return KafkaFailures.translate(error, doing, cluster.bootstrapServers(), cluster.timeout());
  }

  public ClusterOptions cluster() {
    return cluster;
  }

  @Override
  public synchronized void close() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(10));
    }
    if (admin != null) {
      admin.close(Duration.ofSeconds(5));
    }
  }
}
