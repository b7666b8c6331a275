package dev.walletplatform.processors.app;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletplatform.kit.metrics.ServiceMeters;
import dev.walletplatform.kit.tracing.Tracing;
import dev.walletplatform.ledgerdb.pool.BoundedPool;
import dev.walletplatform.ledgerdb.tx.RetryingTransactions;
import dev.walletplatform.processors.config.ApplierSettings;
import dev.walletplatform.processors.config.KafkaSettings;
import dev.walletplatform.processors.health.LoopHeartbeat;
import dev.walletplatform.processors.ledger.ApplierLoop;
import dev.walletplatform.processors.ledger.ApplierMetrics;
import dev.walletplatform.processors.ledger.ApplierTracing;
import dev.walletplatform.processors.ledger.LedgerApplier;
import dev.walletplatform.processors.ledger.MessageDecoder;
import dev.walletplatform.processors.ledger.ResultPublisher;
import dev.walletplatform.processors.ledger.jdbc.JdbcLedgerRepository;
import dev.walletplatform.processors.ledger.rules.LedgerBatch;
import dev.walletplatform.processors.ledger.rules.LedgerRules;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import io.dropwizard.lifecycle.Managed;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the applier's threads: one consumer per thread, one shared producer, one bounded pool
 * (closed by its own lifecycle entry after this one stops). Stop finishes each thread's current
 * batch, commits it and leaves the group, so a rolling restart redelivers nothing that was applied.
 */
public final class LedgerApplierService implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(LedgerApplierService.class);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaSettings kafka;
  private final ApplierSettings settings;
  private final LedgerApplier applier;
  private final ServiceMeters meters;
  private final ApplierMetrics metrics;
  private final RetryingTransactions transactions;
  private final SchemaRegistryClient registry;
  private final ApplierTracing tracing;
  private final List<ApplierLoop> loops = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private Producer<byte[], byte[]> producer;

  public LedgerApplierService(
      StreamProcessorsConfiguration config,
      HikariDataSource pool,
      SchemaRegistryClient registry,
      ServiceMeters meters,
      Tracing tracing) {
    this.kafka = config.kafka();
    this.tracing = new ApplierTracing(tracing, config.kafka().groupId());
    this.settings = config.applier();
    this.registry = registry;
    this.transactions =
        new RetryingTransactions(
            pool, settings.maxTransactionAttempts(), settings.retryBackoff().toJavaDuration());
    this.meters = meters;
    this.metrics = new ApplierMetrics(meters.registry(), Clock.systemUTC());
    JdbcLedgerRepository repository =
        new JdbcLedgerRepository(
            new LedgerBatch(new LedgerRules(config.assets())), Clock.systemUTC());
    this.applier =
        new LedgerApplier(
            new MessageDecoder(registry),
            transactions,
            repository,
            () -> BoundedPool.describe(pool));
    // ledger_tx_retries_total{sqlstate}: fault runs show that contention forced 40001s (and
    // deadlocks 40P01) and that each was retried, not dropped
    for (String sqlState : List.of("40001", "40P01")) {
      FunctionCounter.builder(
              "ledger.tx.retries",
              transactions,
              t -> t.retriesBySqlState().getOrDefault(sqlState, 0L))
          .description("ledger transactions retried, by the SQLSTATE that forced the retry")
          .tag("sqlstate", sqlState)
          .register(meters.registry());
    }
  }

  @Override
  public synchronized void start() {
    producer = new KafkaProducer<>(kafka.producerProperties(kafka.groupId() + "-results"));
    meters.bind(new KafkaClientMetrics(producer));
    ResultPublisher publisher =
        new ResultPublisher(
            producer, registry, settings.resultAckTimeout().toJavaDuration(), Clock.systemUTC());
    for (int i = 0; i < kafka.consumerThreads(); i++) {
      String name = "ledger-applier-" + i;
      KafkaConsumer<byte[], byte[]> consumer =
          new KafkaConsumer<>(kafka.consumerProperties(kafka.groupId() + "-" + i));
      // kafka_consumer_*: records-lag-max, fetch latency, rebalances of each consumer thread
      meters.bind(new KafkaClientMetrics(consumer));
      ApplierLoop loop =
          new ApplierLoop(
              consumer,
              applier,
              publisher,
              metrics,
              new LoopHeartbeat(name),
              kafka.pollTimeout().toJavaDuration(),
              settings.maxBackoff().toJavaDuration(),
              tracing);
      loops.add(loop);
      Thread thread = new Thread(loop, name);
      threads.add(thread);
      thread.start();
    }
    LOG.info("ledger applier started: {} consumer thread(s), {}", kafka.consumerThreads(), kafka);
  }

  @Override
  public synchronized void stop() throws InterruptedException {
    loops.forEach(ApplierLoop::stop);
    for (Thread thread : threads) {
      thread.join(STOP_TIMEOUT.toMillis());
      if (thread.isAlive()) {
        LOG.warn(
            "{} did not finish its batch within {}; its batch will be redelivered",
            thread.getName(),
            STOP_TIMEOUT);
      }
    }
    if (producer != null) {
      producer.close(Duration.ofSeconds(10));
    }
    LOG.info("ledger applier stopped after {} transaction retries", transactions.retries());
  }

  public List<LoopHeartbeat> heartbeats() {
    return loops.stream().map(ApplierLoop::heartbeat).toList();
  }

  public RetryingTransactions transactions() {
    return transactions;
  }

  public ApplierMetrics metrics() {
    return metrics;
  }
}
