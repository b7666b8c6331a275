package dev.walletplatform.processors.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds acceptances and decisions into the status table, keyed by command id, and forgets ids
 * {@code retention} after the view first heard of them (the database still answers those). The
 * expiry index is a second store ordered by time, so a purge reads only what it deletes.
 */
final class CommandStatusProcessor implements Processor<String, CommandStatus, Void, Void> {
  /** Bounds one purge (and so one transaction) after a long pause; the next punctuation goes on. */
  static final int MAX_PURGED_PER_RUN = 10_000;

  private final Duration retention;
  private KeyValueStore<String, CommandStatus> statuses;
  private KeyValueStore<String, String> expiry;
  private LongSupplier clock;

  CommandStatusProcessor(Duration retention) {
    this.retention = retention;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    this.statuses = context.getStateStore(CommandStatusTopology.STATUS_STORE);
    this.expiry = context.getStateStore(CommandStatusTopology.EXPIRY_STORE);
    Duration every =
        retention.dividedBy(10).compareTo(Duration.ofMinutes(1)) < 0
            ? retention.dividedBy(10)
            : Duration.ofMinutes(1);
    context.schedule(every, PunctuationType.WALL_CLOCK_TIME, this::purgeOlderThanRetention);
    this.clock = context::currentSystemTimeMs;
  }

  @Override
  public void process(Record<String, CommandStatus> record) {
    CommandStatus stored = statuses.get(record.key());
    if (stored == null) {
      statuses.put(record.key(), record.value());
      expiry.put(ExpiryKey.of(clock.getAsLong(), record.key()), record.key());
      return;
    }
    CommandStatus merged = stored.mergedWith(record.value());
    if (!merged.equals(stored)) {
      statuses.put(record.key(), merged);
    }
  }

  void purgeOlderThanRetention(long nowMs) {
    List<KeyValue<String, String>> due = new ArrayList<>();
    try (KeyValueIterator<String, String> old =
        expiry.range(ExpiryKey.FIRST, ExpiryKey.lastBefore(nowMs - retention.toMillis()))) {
      while (old.hasNext() && due.size() < MAX_PURGED_PER_RUN) {
        due.add(old.next());
      }
    }
    for (KeyValue<String, String> entry : due) {
      statuses.delete(entry.value);
      expiry.delete(entry.key);
    }
  }

  /** Index keys that sort by time as strings: 13-digit epoch milliseconds, then the command id. */
  static final class ExpiryKey {
    static final String FIRST = "0000000000000|";

    private ExpiryKey() {}

    static String of(long timeMs, String commandId) {
      return String.format("%013d|%s", timeMs, commandId);
    }

    /** After every key of a time before {@code timeMs} ('~' sorts after every id character). */
    static String lastBefore(long timeMs) {
      return String.format("%013d|~", Math.max(0, timeMs - 1));
    }
  }
}
