package dev.walletplatform.processors.ledger;

import dev.walletplatform.processors.deadletter.DeadLetter;
import dev.walletplatform.processors.deadletter.DeadLetterRecords;
import dev.walletplatform.processors.ledger.model.Instruction;
import dev.walletplatform.processors.ledger.model.Outcome;
import dev.walletplatform.processors.ledger.rules.LedgerBatch;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryException;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.schemas.serde.AvroSerializer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Sends a committed batch's outcomes to wallet.results.v1 (key: the wallet; a claim's campaign id
 * included) and its poison records to wallet.deadletters.v1, and waits for every acknowledgement:
 * only then may offsets be committed. A crash in between re-sends them on redelivery, so results
 * are at-least-once and consumers key them by message_id. One producer (idempotent, acks=all)
 * serves every consumer thread.
 */
public final class ResultPublisher {
  private final Producer<byte[], byte[]> producer;
  private final AvroSerializer<CommandResult> serializer;
  private final Duration ackTimeout;
  private final Clock clock;

  public ResultPublisher(
      Producer<byte[], byte[]> producer,
      SchemaRegistryClient registry,
      Duration ackTimeout,
      Clock clock) {
    this.producer = producer;
    this.serializer = new AvroSerializer<>(registry);
    this.ackTimeout = ackTimeout;
    this.clock = clock;
  }

  /**
   * Each result and dead letter carries the trace context of the applier's span for its message
   * ({@code trace}; its {@code traceparent} replaced).
   *
   * @throws TransientFailure if Kafka or the registry did not take everything in time
   */
  public void publish(AppliedBatch batch, BatchTrace trace) {
    List<Future<RecordMetadata>> sends = new ArrayList<>();
    try {
      for (LedgerBatch.Handled handled : batch.handled()) {
        ProducerRecord<byte[], byte[]> result =
            resultRecord(handled.outcome(), campaignOf(handled));
        trace.inject(handled.message().source(), result.headers());
        sends.add(producer.send(result));
      }
      for (DeadLetter letter : batch.deadLetters()) {
        ProducerRecord<byte[], byte[]> record = DeadLetterRecords.toRecord(letter, clock.instant());
        trace.inject(letter.source(), record.headers());
        sends.add(producer.send(record));
      }
      awaitAll(sends);
    } catch (KafkaException | SchemaRegistryException e) {
      throw new TransientFailure(
          "could not publish " + sends.size() + " results/dead letters: " + e, e);
    }
  }

  /**
   * A claim's campaign, from the message itself (also on redelivery, when the outcome is re-read
   * from processed_messages): screening counts each campaign's paid claims from these results.
   */
  private static String campaignOf(LedgerBatch.Handled handled) {
    return handled.message().instruction() instanceof Instruction.ClaimGiveaway claim
        ? claim.campaignId()
        : null;
  }

  private ProducerRecord<byte[], byte[]> resultRecord(Outcome outcome, String campaignId) {
    CommandResult result =
        new CommandResult(
            outcome.messageId(),
            outcome.kind(),
            outcome.subject(),
            dev.walletplatform.schemas.result.v1.Outcome.valueOf(outcome.status().name()),
            outcome.reasonCode(),
            outcome.processedAt(),
            campaignId);
    return new ProducerRecord<>(
        Topics.RESULTS,
        outcome.subject().getBytes(StandardCharsets.UTF_8),
        serializer.serialize(Topics.RESULTS, result));
  }

  private void awaitAll(List<Future<RecordMetadata>> sends) {
    long deadline = System.nanoTime() + ackTimeout.toNanos();
    for (Future<RecordMetadata> send : sends) {
      try {
        send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (ExecutionException | TimeoutException e) {
        throw new TransientFailure(
            "Kafka did not acknowledge " + sends.size() + " results within " + ackTimeout, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TransientFailure("interrupted while waiting for result acknowledgements", e);
      }
    }
  }
}
