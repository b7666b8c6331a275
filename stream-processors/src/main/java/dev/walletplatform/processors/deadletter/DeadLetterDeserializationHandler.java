package dev.walletplatform.processors.deadletter;

import dev.walletplatform.schemas.registry.SchemaRegistryException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record the topologies cannot decode goes to wallet.deadletters.v1 exactly as the applier sends
 * its own (original bytes, {@code dlq.*} headers, code DECODING_FAILED), inside the same Streams
 * transaction, and processing continues with the next record.
 *
 * <p>An unreachable schema registry is not the record's fault: it fails the stream thread instead,
 * and {@link dev.walletplatform.processors.streams.StreamThreadFailures} replaces the thread, which
 * reads the record again from the last commit once the registry answers.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

  private DeadLetterMeters meters = DeadLetterMeters.none();

  @Override
  public void configure(Map<String, ?> configs) {
    meters = DeadLetterMeters.from(configs);
  }

  @Override
  public Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception error) {
    if (isTransient(error)) {
      LOG.warn(
          "cannot decode {}-{}@{} now, the registry is unavailable: {}; failing the thread to retry",
          record.topic(),
          record.partition(),
          record.offset(),
          error.toString());
      return Response.fail();
    }
    LOG.warn(
        "dead-lettering undecodable record {}-{}@{}: {}",
        record.topic(),
        record.partition(),
        record.offset(),
        error.getMessage());
    meters.mark(DeadLetterCode.DECODING_FAILED);
    return Response.resume(
        List.of(
            DeadLetterRecords.toRecord(
                new DeadLetter(record, DeadLetterCode.DECODING_FAILED, error), Instant.now())));
  }

  /**
   * The registry could not be asked (not reached, 5xx); a 404 schema id is the record's fault and
   * poison.
   */
  static boolean isTransient(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SchemaRegistryException registry && registry.status() != 404) {
        return true;
      }
    }
    return false;
  }
}
