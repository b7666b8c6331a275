package dev.walletplatform.processors.deadletter;

import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A consumed record the applier gives up on, with the error that condemned it. */
public record DeadLetter(
    ConsumerRecord<byte[], byte[]> source, DeadLetterCode code, Throwable error) {
  public DeadLetter {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(error, "error");
  }
}
