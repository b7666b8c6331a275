package dev.walletplatform.processors.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.processors.health.LoopHeartbeat;
import dev.walletplatform.schemas.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ApplierLoopTest {
  private static final TopicPartition SCREENED = new TopicPartition(Topics.SCREENED_COMMANDS, 0);

  /**
   * A batch that ended exactly at max.poll.records committed last-record + 1, with the transaction
   * marker after it still unread; the next poll steps over the marker and returns nothing. That
   * position must be committed, or the partition shows lag 1 until its next record.
   */
  @Test
  void commitsAPositionThatMovedOverATransactionMarkerOnAnIdlePoll() {
    MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    consumer.commitSync(Map.of(SCREENED, new OffsetAndMetadata(3))); // the batch 0..2, marker at 3
    // the loop reaches neither the applier nor the publisher: no poll here returns a record
    ApplierLoop loop =
        new ApplierLoop(
            consumer,
            null,
            null,
            new ApplierMetrics(new SimpleMeterRegistry(), Clock.systemUTC()),
            new LoopHeartbeat("applier-test"),
            Duration.ofMillis(1),
            Duration.ofSeconds(1));
    AtomicReference<Map<TopicPartition, OffsetAndMetadata>> committedAfterIdlePoll =
        new AtomicReference<>();
    consumer.schedulePollTask(
        () -> {
          consumer.rebalance(List.of(SCREENED));
          consumer.seek(SCREENED, 4); // the fetcher skipped the marker
        });
    consumer.schedulePollTask(
        () -> {
          committedAfterIdlePoll.set(consumer.committed(Set.of(SCREENED)));
          loop.stop();
        });

    loop.run();

    assertThat(committedAfterIdlePoll.get()).containsEntry(SCREENED, new OffsetAndMetadata(4));
  }
}
