package dev.walletplatform.processors.streams;

import dev.walletplatform.processors.streams.serde.AcceptedCommand;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * A command's time is when the gateway accepted it ({@code accepted_at}), not when a record was
 * (re)produced: screening windows then decide a replay like the first run, as the ledger does for
 * campaign windows. Anything else keeps its record timestamp, or the partition's time if it has
 * none.
 */
final class AcceptedAtTimestampExtractor implements TimestampExtractor {
  @Override
  public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
    if (record.value() instanceof AcceptedCommand accepted
        && accepted.command().getAcceptedAt() != null) {
      return accepted.command().getAcceptedAt().toEpochMilli();
    }
    return record.timestamp() >= 0 ? record.timestamp() : Math.max(partitionTime, 0);
  }
}
