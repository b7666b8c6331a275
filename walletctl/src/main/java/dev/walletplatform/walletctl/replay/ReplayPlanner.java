package dev.walletplatform.walletctl.replay;

import dev.walletplatform.schemas.serde.RecordDecodingException;
import dev.walletplatform.walletctl.RefusedException;
import dev.walletplatform.walletctl.avro.EnvelopeDecoder;
import dev.walletplatform.walletctl.kafka.AffectedGroup;
import dev.walletplatform.walletctl.kafka.GroupCatalog;
import dev.walletplatform.walletctl.kafka.KafkaSession;
import dev.walletplatform.walletctl.kafka.PartitionRange;
import dev.walletplatform.walletctl.kafka.RangeReader;
import dev.walletplatform.walletctl.kafka.TopicCatalog;
import dev.walletplatform.walletctl.ledger.LedgerProbe;
import dev.walletplatform.walletctl.ledger.LedgerSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Builds a replay plan by reading the window (bounded by --max-records, so the copies fit in memory
 * and a typo cannot replay a month), decoding message ids when a ledger probe is given and asking
 * the ledger which of them it already decided.
 */
final class ReplayPlanner {
  private final KafkaSession session;
  private final EnvelopeDecoder decoder;
  private final LedgerProbe probe;
  private final String database;
  private final String applierGroup;

  /** {@code decoder} and {@code probe} are both null without --db-url. */
  ReplayPlanner(
      KafkaSession session,
      EnvelopeDecoder decoder,
      LedgerProbe probe,
      String database,
      String applierGroup) {
    this.session = session;
    this.decoder = decoder;
    this.probe = probe;
    this.database = database;
    this.applierGroup = applierGroup;
  }

  /**
   * The plan, the records to re-produce, their message ids and the ledger's state of those ids now.
   */
  record Prepared(
      ReplayPlan plan,
      List<ConsumerRecord<byte[], byte[]>> records,
      Set<UUID> ids,
      LedgerSnapshot before) {}

  Prepared prepare(
      String topic,
      List<Integer> partitions,
      ReplayWindow window,
      long maxRecords,
      boolean onlyMissing) {
    TopicCatalog topics = new TopicCatalog(session);
    List<PartitionRange> ranges = window.resolve(topics, topic, topics.choose(topic, partitions));
    long offsets = ranges.stream().mapToLong(PartitionRange::size).sum();
    if (offsets > maxRecords) {
      throw new RefusedException(
          "the window "
              + window.describe()
              + " spans "
              + offsets
              + " offsets of "
              + topic
              + ", more than --max-records "
              + maxRecords
              + "; narrow it, or raise --max-records if it is right");
    }
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    new RangeReader(session).read(ranges, records::add);
    Map<ConsumerRecord<byte[], byte[]>, UUID> ids = messageIds(topic, records);
    LedgerSnapshot before = probe == null ? null : probe.snapshot(new HashSet<>(ids.values()));
    List<ConsumerRecord<byte[], byte[]>> chosen =
        onlyMissing
            ? records.stream()
                .filter(r -> ids.containsKey(r) && !before.state(ids.get(r)).decided())
                .toList()
            : records;
    Set<UUID> chosenIds = new HashSet<>();
    chosen.stream().filter(ids::containsKey).forEach(r -> chosenIds.add(ids.get(r)));
    ReplayPlan.LedgerPreview preview =
        before == null
            ? null
            : new ReplayPlan.LedgerPreview(
                database,
                before.decided(new HashSet<>(ids.values())),
                before.undecided(new HashSet<>(ids.values())),
                records.size() - ids.size());
    ReplayPlan plan =
        new ReplayPlan(
            topic,
            window.describe(),
            partitionPlans(ranges, records),
            AffectedGroup.readersOf(new GroupCatalog(session), topic, applierGroup),
            preview,
            onlyMissing,
            chosen.size());
    return new Prepared(plan, chosen, chosenIds, before);
  }

  // by identity on purpose: two records with equal bytes at different offsets are different
  // messages
  @SuppressWarnings("IdentityHashMapUsage")
  private Map<ConsumerRecord<byte[], byte[]>, UUID> messageIds(
      String topic, List<ConsumerRecord<byte[], byte[]>> records) {
    Map<ConsumerRecord<byte[], byte[]>, UUID> ids = new IdentityHashMap<>();
    if (decoder == null) {
      return ids;
    }
    for (ConsumerRecord<byte[], byte[]> record : records) {
      try {
        ids.put(record, decoder.messageId(topic, record.value()));
      } catch (RecordDecodingException e) {
        // poison: it has no message id; the plan counts it, the applier would dead-letter it again
      }
    }
    return ids;
  }

  private static List<ReplayPlan.PartitionPlan> partitionPlans(
      List<PartitionRange> ranges, List<ConsumerRecord<byte[], byte[]>> records) {
    List<ReplayPlan.PartitionPlan> plans = new ArrayList<>();
    for (PartitionRange range : ranges) {
      List<ConsumerRecord<byte[], byte[]>> mine =
          records.stream().filter(r -> r.partition() == range.partition().partition()).toList();
      Instant first = mine.isEmpty() ? null : Instant.ofEpochMilli(mine.getFirst().timestamp());
      Instant last = mine.isEmpty() ? null : Instant.ofEpochMilli(mine.getLast().timestamp());
      plans.add(
          new ReplayPlan.PartitionPlan(
              range.partition().partition(), range.start(), range.end(), mine.size(), first, last));
    }
    return plans;
  }
}
