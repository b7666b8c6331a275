package dev.walletplatform.processors.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletplatform.domain.money.AssetCatalog;
import dev.walletplatform.fixtures.ledger.LedgerCheck;
import dev.walletplatform.fixtures.ledger.LedgerInvariants;
import dev.walletplatform.fixtures.ledger.LedgerRows;
import dev.walletplatform.ledgerdb.config.DatabaseSettings;
import dev.walletplatform.ledgerdb.migration.LedgerMigrations;
import dev.walletplatform.ledgerdb.pool.BoundedPool;
import dev.walletplatform.ledgerdb.tx.RetryingTransactions;
import dev.walletplatform.processors.ledger.jdbc.JdbcLedgerRepository;
import dev.walletplatform.processors.ledger.model.Instruction;
import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.model.RequestMeta;
import dev.walletplatform.processors.ledger.model.SourcePosition;
import dev.walletplatform.processors.ledger.rules.LedgerBatch;
import dev.walletplatform.processors.ledger.rules.LedgerRules;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.testsupport.PostgresExtension;
import dev.walletplatform.testsupport.TestDatabase;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Four appliers write the same few wallets at once under SERIALIZABLE, two of them replaying the
 * very same batches (a zombie racing the partition's new owner): transactions collide, are retried,
 * and every message still lands exactly once.
 */
@ExtendWith(PostgresExtension.class)
class SerializableContentionIT {
  private static final List<String> WALLETS = List.of("race-a", "race-b", "race-c", "race-d");
  private final AtomicLong offsets = new AtomicLong();

  @Test
  void retriesSerializationFailuresAndStillAppliesEveryMessageOnce(TestDatabase database)
      throws Exception {
    DatabaseSettings config =
        new DatabaseSettings(
            database.jdbcUrl(),
            database.username(),
            database.password(),
            4,
            io.dropwizard.util.Duration.seconds(10),
            null,
            Map.of());
    try (HikariDataSource pool = BoundedPool.open(config, "contention-it", false)) {
      LedgerMigrations.migrate(pool, config);
      RetryingTransactions transactions = new RetryingTransactions(pool, 50, Duration.ofMillis(5));
      JdbcLedgerRepository repository =
          new JdbcLedgerRepository(
              new LedgerBatch(new LedgerRules(AssetCatalog.defaults())), Clock.systemUTC());
      List<LedgerMessage> setup = new ArrayList<>();
      WALLETS.forEach(w -> setup.add(event(new Instruction.OpenWallet(w, "owner"))));
      WALLETS.forEach(
          w ->
              setup.add(
                  event(new Instruction.Deposit(w, "BTC", BigInteger.valueOf(1_000_000), "tx"))));
      transactions.inTransaction(c -> repository.apply(c, setup));

      List<List<LedgerMessage>> first = randomBatches(new Random(1));
      List<List<LedgerMessage>> second = randomBatches(new Random(2));
      ExecutorService appliers = Executors.newFixedThreadPool(4);
      List<Future<?>> runs = new ArrayList<>();
      for (List<List<LedgerMessage>> batches : List.of(first, first, second, second)) {
        runs.add(
            appliers.submit(
                () ->
                    batches.forEach(
                        batch -> transactions.inTransaction(c -> repository.apply(c, batch)))));
      }
      for (Future<?> run : runs) {
        run.get();
      }
      appliers.shutdown();

      LedgerRows ledger = new LedgerRows(pool);
      long messages =
          setup.size()
              + first.stream().mapToLong(List::size).sum()
              + second.stream().mapToLong(List::size).sum();
      assertThat(transactions.retries()).as("serialization failures retried").isPositive();
      System.out.printf(
          "contention: %d messages, %d transaction retries%n", messages, transactions.retries());
      assertThat(ledger.count("SELECT count(*) FROM processed_messages")).isEqualTo(messages);
      long movements =
          ledger.count(
              "SELECT count(*) FROM processed_messages WHERE status = 'APPLIED'"
                  + " AND message_kind <> 'WALLET_OPENED'");
      assertThat(ledger.count("SELECT count(*) FROM ledger_entries")).isEqualTo(2 * movements);
      LedgerCheck check = LedgerInvariants.of(pool).check();
      assertThat(check.sumOfAllBalancesByAsset()).containsEntry("BTC", BigInteger.ZERO);
      assertThat(check.violations()).as("the ledger's invariants").isEmpty();
    }
  }

  private List<List<LedgerMessage>> randomBatches(Random random) {
    List<List<LedgerMessage>> batches = new ArrayList<>();
    for (int b = 0; b < 30; b++) {
      List<LedgerMessage> batch = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        String from = WALLETS.get(random.nextInt(WALLETS.size()));
        String to =
            WALLETS.get(
                (WALLETS.indexOf(from) + 1 + random.nextInt(WALLETS.size() - 1)) % WALLETS.size());
        UUID id = UUID.randomUUID();
        batch.add(
            new LedgerMessage(
                id,
                new SourcePosition(Topics.COMMANDS, 0, offsets.incrementAndGet()),
                new RequestMeta("client", "key-" + id, "hash-" + id, Instant.now()),
                new Instruction.Transfer(
                    from, to, "BTC", BigInteger.valueOf(1 + random.nextInt(1_000)))));
      }
      batches.add(batch);
    }
    return batches;
  }

  private LedgerMessage event(Instruction instruction) {
    return new LedgerMessage(
        UUID.randomUUID(),
        new SourcePosition(Topics.EVENTS, 0, offsets.incrementAndGet()),
        null,
        instruction);
  }
}
