package dev.walletplatform.processors.deadletter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record a topology fails on (a bug, or data no rule foresaw) goes to wallet.deadletters.v1 as it
 * was read from its source topic, code PROCESSING_FAILED, and the task goes on with the next one:
 * one bad record must not stop screening for its whole partition. An operator can redrive it once
 * fixed. A failure with no source record (a punctuation) has nothing to dead-letter: it is logged
 * and skipped.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

  private DeadLetterMeters meters = DeadLetterMeters.none();

  @Override
  public void configure(Map<String, ?> configs) {
    meters = DeadLetterMeters.from(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception error) {
    meters.mark(DeadLetterCode.PROCESSING_FAILED);
    if (context.sourceRawValue() == null) {
      LOG.error(
          "processor {} of task {} failed outside any source record; skipping",
          context.processorNodeId(),
          context.taskId(),
          error);
      return Response.resume();
    }
    LOG.error(
        "dead-lettering {}-{}@{}: processor {} failed on it",
        context.topic(),
        context.partition(),
        context.offset(),
        context.processorNodeId(),
        error);
    return Response.resume(
        List.of(
            DeadLetterRecords.toRecord(
                context.topic(),
                context.partition(),
                context.offset(),
                context.sourceRawKey(),
                context.sourceRawValue(),
                context.headers() == null ? new RecordHeaders() : context.headers(),
                DeadLetterCode.PROCESSING_FAILED,
                error,
                Instant.now())));
  }
}
