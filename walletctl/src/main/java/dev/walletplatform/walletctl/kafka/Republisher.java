package dev.walletplatform.walletctl.kafka;

import dev.walletplatform.walletctl.WalletctlException;
import dev.walletplatform.walletctl.output.Progress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Produces records (replayed or redriven) with the idempotent acks=all producer and returns only
 * when every one is acknowledged. It stops sending at the first failure: what was produced is
 * harmless (consumers deduplicate), and re-running the same command is the recovery.
 */
public final class Republisher {
  private final KafkaSession session;

  public Republisher(KafkaSession session) {
    this.session = session;
  }

  public Produced produce(List<ProducerRecord<byte[], byte[]>> records, Progress progress) {
    KafkaProducer<byte[], byte[]> producer = session.producer();
    AtomicLong acknowledged = new AtomicLong();
    Map<TopicPartition, Long> lastOffsets = new ConcurrentHashMap<>();
    AtomicReference<Exception> firstFailure = new AtomicReference<>();
    try {
      for (ProducerRecord<byte[], byte[]> record : records) {
        if (firstFailure.get() != null) {
          break;
        }
        var unused =
            producer.send(
                record,
                (metadata, error) -> { // the callback records the outcome
                  if (error == null) {
                    acknowledged.incrementAndGet();
                    lastOffsets.merge(
                        new TopicPartition(metadata.topic(), metadata.partition()),
                        metadata.offset(),
                        Math::max);
                    progress.step();
                  } else {
                    firstFailure.compareAndSet(null, error);
                  }
                });
      }
      producer.flush();
    } catch (RuntimeException e) {
      firstFailure.compareAndSet(null, e);
    }
    if (firstFailure.get() != null) {
      WalletctlException cause = session.failure(firstFailure.get(), "producing records");
      throw new WalletctlException(
          cause.exitCode(),
          "produced "
              + acknowledged.get()
              + " of "
              + records.size()
              + " records, then failed: "
              + cause.getMessage()
              + ". Re-running the same command is safe: consumers skip what they already applied.",
          firstFailure.get());
    }
    return new Produced(acknowledged.get(), Map.copyOf(lastOffsets));
  }

  /**
   * What was produced: how many records, and the offset of the last one per partition (to wait for
   * consumers).
   */
  public record Produced(long count, Map<TopicPartition, Long> lastOffsets) {}
}
