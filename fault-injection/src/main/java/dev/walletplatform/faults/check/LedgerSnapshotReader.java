package dev.walletplatform.faults.check;

import dev.walletplatform.faults.workload.PoisonInjector;
import dev.walletplatform.fixtures.ledger.LedgerInvariants;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.result.v1.CommandResult;
import dev.walletplatform.schemas.result.v1.Outcome;
import dev.walletplatform.schemas.serde.AvroDeserializer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a {@link LedgerSnapshot}: the ledger tables, plus the results and dead-letter topics from
 * their start. The sums and movement counts are test-fixtures' {@link LedgerInvariants}, asked
 * inside the snapshot's transaction; the rows the checker compares with its model are read here.
 */
public final class LedgerSnapshotReader {
  private static final String DEAD_LETTER_CODE_HEADER = "dlq.error.code";
  private static final Duration TOPIC_READ_TIMEOUT = Duration.ofSeconds(60);

  private final DataSource ledger;
  private final String bootstrapServers;
  private final SchemaRegistryClient registry;

  public LedgerSnapshotReader(
      DataSource ledger, String bootstrapServers, SchemaRegistryClient registry) {
    this.ledger = ledger;
    this.bootstrapServers = bootstrapServers;
    this.registry = registry;
  }

  public LedgerSnapshot read() throws SQLException {
    Map<UUID, Decision> decisions = new HashMap<>();
    Map<UUID, Integer> movements;
    Map<String, List<WalletEntry>> entries = new HashMap<>();
    Map<String, Map<String, BigInteger>> balances = new HashMap<>();
    Map<String, BigInteger> totals;
    try (Connection c = ledger.getConnection()) {
      c.setReadOnly(true);
      // one snapshot for all queries: the checker must not see half of a late commit
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      query(
          c,
          "SELECT message_id, status, reason_code, source_partition, source_offset FROM processed_messages",
          rs ->
              decisions.put(
                  rs.uuid(1),
                  new Decision(rs.string(2), rs.string(3), rs.integer(4), rs.longValue(5))));
      LedgerInvariants invariants = LedgerInvariants.within(c);
      movements = invariants.movementsByMessage();
      query(
          c,
          "SELECT e.wallet_id, e.entry_seq, e.message_id, e.asset, e.amount, e.balance_after FROM ledger_entries e"
              + " JOIN wallets w ON w.wallet_id = e.wallet_id WHERE w.kind = 'CUSTOMER' ORDER BY e.wallet_id, e.entry_seq",
          rs ->
              entries
                  .computeIfAbsent(rs.string(1), w -> new ArrayList<>())
                  .add(
                      new WalletEntry(
                          rs.longValue(2),
                          rs.uuid(3),
                          rs.string(4),
                          rs.decimal(5),
                          rs.decimal(6))));
      query(
          c,
          "SELECT b.wallet_id, b.asset, b.amount FROM balances b JOIN wallets w ON w.wallet_id = b.wallet_id"
              + " WHERE w.kind = 'CUSTOMER'",
          rs ->
              balances
                  .computeIfAbsent(rs.string(1), w -> new HashMap<>())
                  .put(rs.string(2), rs.decimal(3)));
      totals = invariants.sumOfAllBalancesByAsset();
      c.commit();
    }
    addRejectionsOnlyOnTheResultsTopic(decisions);
    return new LedgerSnapshot(
        decisions, movements, entries, balances, totals, deadLetteredPoison());
  }

  /**
   * A command refused before the ledger (by a screening stage) has no ledger row, only a REJECTED
   * result; the ledger stays the authority for everything it decided.
   */
  private void addRejectionsOnlyOnTheResultsTopic(Map<UUID, Decision> decisions) {
    AvroDeserializer<CommandResult> results = new AvroDeserializer<>(registry, CommandResult.class);
    readTopic(
        Topics.RESULTS,
        record -> {
          CommandResult result = results.deserialize(record.topic(), record.value());
          UUID id = UUID.fromString(result.getMessageId().toString());
          if (result.getStatus() == Outcome.REJECTED && !decisions.containsKey(id)) {
            decisions.put(
                id,
                new Decision(
                    Decision.REJECTED,
                    result.getReasonCode() == null ? null : result.getReasonCode().toString(),
                    -1,
                    -1));
          }
        });
  }

  private Map<String, String> deadLetteredPoison() {
    Map<String, String> codes = new HashMap<>();
    readTopic(
        Topics.DEAD_LETTERS,
        record -> {
          Header poisonId = record.headers().lastHeader(PoisonInjector.POISON_ID_HEADER);
          Header code = record.headers().lastHeader(DEAD_LETTER_CODE_HEADER);
          if (poisonId != null && code != null) {
            codes.put(
                new String(poisonId.value(), StandardCharsets.UTF_8),
                new String(code.value(), StandardCharsets.UTF_8));
          }
        });
    return codes;
  }

  /**
   * Every committed record of {@code topic}, from the start to the end offsets as they stand now.
   */
  private void readTopic(String topic, Consumer<ConsumerRecord<byte[], byte[]>> each) {
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      Instant deadline = Instant.now().plus(TOPIC_READ_TIMEOUT);
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "could not read " + topic + " to its end " + ends + " within " + TOPIC_READ_TIMEOUT);
        }
        consumer.poll(Duration.ofMillis(500)).forEach(each);
      }
    }
  }

  private static void query(Connection c, String sql, RowHandler handler) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      Row row = new Row(rs);
      while (rs.next()) {
        handler.handle(row);
      }
    }
  }

  @FunctionalInterface
  private interface RowHandler {
    void handle(Row row) throws SQLException;
  }

  /** Typed column access; amounts are DECIMAL(38,0), read exactly. */
  private record Row(ResultSet rs) {
    UUID uuid(int column) throws SQLException {
      return rs.getObject(column, UUID.class);
    }

    String string(int column) throws SQLException {
      return rs.getString(column);
    }

    int integer(int column) throws SQLException {
      return rs.getInt(column);
    }

    long longValue(int column) throws SQLException {
      return rs.getLong(column);
    }

    BigInteger decimal(int column) throws SQLException {
      return rs.getBigDecimal(column).toBigIntegerExact();
    }
  }
}
