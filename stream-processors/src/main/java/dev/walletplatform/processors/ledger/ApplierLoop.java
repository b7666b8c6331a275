package dev.walletplatform.processors.ledger;

import dev.walletplatform.processors.health.LoopHeartbeat;
import dev.walletplatform.schemas.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One consumer thread: poll a batch, apply it (one transaction), publish its results and dead
 * letters, then commit its offsets — in that order, so a crash anywhere redelivers the batch and
 * the database's processed_messages makes the redelivery change nothing.
 *
 * <p>On a transient failure the partitions rewind to the batch start and are paused while the loop
 * keeps polling (staying in the group and beating its heartbeat) until the backoff elapses.
 */
public final class ApplierLoop implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(ApplierLoop.class);

  /** Commands only once screening passed them; events straight from their producers. */
  static final List<String> TOPICS = List.of(Topics.SCREENED_COMMANDS, Topics.EVENTS);

  private final Consumer<byte[], byte[]> consumer;
  private final LedgerApplier applier;
  private final ResultPublisher publisher;
  private final ApplierMetrics metrics;
  private final LoopHeartbeat heartbeat;
  private final Duration pollTimeout;
  private final Backoff backoff;
  private final ApplierTracing tracing;
  private final AtomicBoolean running = new AtomicBoolean(true);

  /** What this loop last committed per partition, so an idle poll commits only what moved. */
  private final Map<TopicPartition, Long> committed = new HashMap<>();

  private long resumeAtNanos;
  private boolean paused;

  public ApplierLoop(
      Consumer<byte[], byte[]> consumer,
      LedgerApplier applier,
      ResultPublisher publisher,
      ApplierMetrics metrics,
      LoopHeartbeat heartbeat,
      Duration pollTimeout,
      Duration maxBackoff) {
    this(
        consumer,
        applier,
        publisher,
        metrics,
        heartbeat,
        pollTimeout,
        maxBackoff,
        ApplierTracing.disabled());
  }

  /**
   * @param tracing each batch's records are spans of their traces, from the poll to the commit
   */
  public ApplierLoop(
      Consumer<byte[], byte[]> consumer,
      LedgerApplier applier,
      ResultPublisher publisher,
      ApplierMetrics metrics,
      LoopHeartbeat heartbeat,
      Duration pollTimeout,
      Duration maxBackoff,
      ApplierTracing tracing) {
    this.tracing = tracing;
    this.consumer = consumer;
    this.applier = applier;
    this.publisher = publisher;
    this.metrics = metrics;
    this.heartbeat = heartbeat;
    this.pollTimeout = pollTimeout;
    this.backoff = new Backoff(Duration.ofMillis(100), maxBackoff);
  }

  @Override
  public void run() {
    try {
      consumer.subscribe(TOPICS);
      while (running.get()) {
        heartbeat.beat();
        resumeIfBackoffElapsed();
        ConsumerRecords<byte[], byte[]> polled = consumer.poll(pollTimeout);
        if (!polled.isEmpty()) {
          process(new ConsumedBatch(polled));
        } else if (!paused) {
          commitPositionsAhead();
        }
      }
      heartbeat.stopped();
    } catch (WakeupException e) {
      heartbeat.stopped(); // stop() woke a blocking poll: the normal way out
    } catch (RuntimeException | Error e) {
      heartbeat.failed();
      LOG.error("{} died; /live will fail", heartbeat.name(), e);
      throw e;
    } finally {
      closeConsumer();
    }
  }

  private void process(ConsumedBatch batch) {
    long start = System.nanoTime();
    try (BatchTrace trace = tracing.start(batch)) {
      try {
        AppliedBatch applied = applier.apply(batch);
        trace.decided(applied);
        publisher.publish(applied, trace);
        commit(batch);
        metrics.batchDone(applied, batch.size(), System.nanoTime() - start);
        backoff.reset();
      } catch (TransientFailure | KafkaException e) {
        trace.failed(e);
        if (e instanceof WakeupException wakeup) {
          throw wakeup;
        }
        metrics.transientFailure();
        rewindAndPause(batch, e);
      }
    }
  }

  /** Offsets only after the database commit and the results' acknowledgements. */
  private void commit(ConsumedBatch batch) {
    try {
      commitSync(batch);
    } catch (WakeupException e) {
      commitSync(batch); // stop() raced the commit; wakeups fire once, so this one completes
    } catch (CommitFailedException | RebalanceInProgressException e) {
      // the partitions moved on; their new owner redelivers this batch and the ledger skips it
      LOG.info(
          "offsets of {} not committed ({}); the new owner will skip what is applied",
          batch,
          e.toString());
    }
  }

  private void commitSync(ConsumedBatch batch) {
    commitSync(pastTransactionMarkers(batch.nextOffsets()));
  }

  private void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
    consumer.commitSync(offsets);
    offsets.forEach((partition, offset) -> committed.put(partition, offset.offset()));
  }

  /**
   * After an empty poll: a position that moved with no record returned moved over transaction
   * markers only. That happens when a batch ended exactly at max.poll.records with the marker still
   * in the fetch buffer; the batch's commit could not see past it, and without this the partition
   * would stay "1 behind" until its next record. Nothing is unprocessed below a position here:
   * every returned record was applied before this poll, and a failed batch rewinds and pauses.
   */
  private void commitPositionsAhead() {
    Map<TopicPartition, OffsetAndMetadata> ahead = new HashMap<>();
    try {
      for (TopicPartition partition : consumer.assignment()) {
        // a position not known yet (just assigned) is not worth waiting for: the next idle poll
        // looks again
        long position = consumer.position(partition, Duration.ZERO);
        Long done = committed.get(partition);
        if (done == null || position > done) {
          ahead.put(partition, new OffsetAndMetadata(position));
        }
      }
      if (!ahead.isEmpty()) {
        commitSync(ahead);
      }
    } catch (WakeupException | InterruptException e) {
      throw e;
    } catch (KafkaException e) {
      // nothing is lost: the next batch's commit covers these partitions
      LOG.debug("idle positions of {} not committed: {}", ahead.keySet(), e.toString());
    }
  }

  /**
   * Screening writes the commands topic transactionally: a commit marker follows its records and
   * takes an offset. Committing only last-record + 1 would leave every partition "1 behind" for
   * good (lag dashboards, KEDA, walletctl lag); the consumer's position is already past the marker,
   * and past nothing unprocessed (a batch is the whole poll).
   */
  private Map<TopicPartition, OffsetAndMetadata> pastTransactionMarkers(
      Map<TopicPartition, OffsetAndMetadata> next) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>(next);
    offsets.replaceAll(
        (partition, offset) ->
            consumer.assignment().contains(partition)
                ? new OffsetAndMetadata(Math.max(offset.offset(), consumer.position(partition)))
                : offset);
    return offsets;
  }

  private void rewindAndPause(ConsumedBatch batch, RuntimeException cause) {
    Duration delay = backoff.next();
    LOG.warn(
        "transient failure #{} on {}; retrying in {} ms: {}",
        backoff.consecutiveFailures(),
        batch,
        delay.toMillis(),
        cause.toString());
    for (Map.Entry<TopicPartition, Long> start : batch.firstOffsets().entrySet()) {
      if (consumer.assignment().contains(start.getKey())) {
        consumer.seek(start.getKey(), start.getValue());
      }
    }
    consumer.pause(consumer.assignment());
    paused = true;
    resumeAtNanos = System.nanoTime() + delay.toNanos();
  }

  private void resumeIfBackoffElapsed() {
    if (paused && System.nanoTime() - resumeAtNanos >= 0) {
      consumer.resume(consumer.paused());
      paused = false;
    }
  }

  private void closeConsumer() {
    try {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(10)));
    } catch (RuntimeException e) {
      LOG.warn("closing the consumer of {} failed", heartbeat.name(), e);
    }
  }

  /** Asks the loop to finish its current batch (commit included) and leave the group. */
  public void stop() {
    running.set(false);
    consumer.wakeup();
  }

  public LoopHeartbeat heartbeat() {
    return heartbeat;
  }
}
