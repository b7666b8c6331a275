package dev.walletplatform.faults;

import dev.walletplatform.faults.check.CheckReport;
import dev.walletplatform.faults.check.Checker;
import dev.walletplatform.faults.check.FaultWindow;
import dev.walletplatform.faults.check.LedgerSnapshot;
import dev.walletplatform.faults.check.LedgerSnapshotReader;
import dev.walletplatform.faults.nemesis.Nemesis;
import dev.walletplatform.faults.platform.AdminMetrics;
import dev.walletplatform.faults.platform.FaultPlatform;
import dev.walletplatform.faults.workload.History;
import dev.walletplatform.faults.workload.PoisonInjector;
import dev.walletplatform.faults.workload.Workload;
import dev.walletplatform.fixtures.ledger.LedgerRows;
import dev.walletplatform.local.ServiceProcess;
import dev.walletplatform.local.Sleeps;
import dev.walletplatform.local.observe.ConsumerLagProbe;
import dev.walletplatform.schemas.registry.HttpSchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A whole fault run: start the platform as separate processes, seed it, run the workload while the
 * nemesis works through its schedule, stop the workload, wait until every consumer caught up, then
 * check the history against the ledger.
 */
final class FaultRun {
  /**
   * The applier counters the report shows: conflicts retried, and batches that ran out of attempts
   * (retried later, never dropped).
   */
  static final List<String> APPLIER_COUNTERS =
      List.of(
          "ledger_tx_retries_total{sqlstate=\"40001\"}",
          "ledger_tx_retries_total{sqlstate=\"40P01\"}",
          "ledger_batch_transient_failures_total",
          "ledger_messages_redelivered_total");

  private static final Duration QUIESCE_TIMEOUT = Duration.ofMinutes(4);
  // longer than the benchmark's: a broker just healed from a fault may answer slowly
  private static final Duration BACKLOG_CALL_TIMEOUT = Duration.ofSeconds(5);

  private FaultRun() {}

  public static FaultRunResult run(FaultRunOptions options, PrintStream log) throws SQLException {
    Instant began = Instant.now();
    log.println(
        "fault run: starting 3 brokers, PostgreSQL, "
            + options.gateways()
            + " gateways, "
            + options.appliers()
            + " appliers and the wallet service under "
            + options.workDir());
    try (FaultPlatform platform =
        FaultPlatform.start(
            options.workDir(),
            options.partitions(),
            options.gateways(),
            options.appliers(),
            options.pace().applierSessionTimeout(),
            options.serviceJvmOptions())) {
      log.println(
          "fault run: platform up in " + Duration.between(began, Instant.now()).toMillis() + " ms");
      String bootstrap = platform.kafka().bootstrapServers();
      SchemaRegistryClient registry =
          new HttpSchemaRegistryClient(platform.schemaRegistryUri(), Duration.ofSeconds(10));
      History history = new History();
      Workload workload = new Workload(options.workload(), history);
      awaitDecided(
          platform.ledgerDataSource(),
          workload.seed(bootstrap, registry, platform.credentials().clientId()));

      List<FaultWindow> windows;
      Duration quiesce;
      try (ConsumerLagProbe backlog = new ConsumerLagProbe(bootstrap, BACKLOG_CALL_TIMEOUT);
          PoisonInjector poison =
              new PoisonInjector(bootstrap, registry, options.workload().accounts().allWallets())) {
        workload.start(
            bootstrap,
            registry,
            platform.gatewayUris(),
            platform.walletServiceUri(),
            platform.credentials(),
            platform.clientTls());
        poison.inject("warm-up").ifPresent(history::record);
        Sleeps.sleep(options.warmUp());
        windows =
            new Nemesis(platform, history, backlog, poison, options.pace(), options.settle(), log)
                .run(options.schedule(), options.cycles());
        history.enterPhase("cool-down");
        Sleeps.sleep(options.coolDown());
        log.println(
            "fault run: stopping the workload (" + history.requests().size() + " requests so far)");
        workload.stop();
        Instant stopped = Instant.now();
        Map<org.apache.kafka.common.TopicPartition, Long> ends =
            backlog
                .endOffsets()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "the cluster does not answer after the workload stopped"));
        Instant drained = backlog.awaitDrained(ends, QUIESCE_TIMEOUT).orElse(null);
        quiesce = drained == null ? QUIESCE_TIMEOUT : Duration.between(stopped, drained);
        log.println(
            "fault run: "
                + (drained == null
                    ? "consumers did NOT catch up within " + QUIESCE_TIMEOUT
                    : "consumers caught up "
                        + quiesce.toMillis()
                        + " ms after the workload stopped"));
      }
      Map<String, Long> counters =
          applierCounters(platform.appliers(), platform.credentials().metricsAuthorization());
      LedgerSnapshot snapshot =
          new LedgerSnapshotReader(platform.ledgerDataSource(), bootstrap, registry).read();
      CheckReport report = new Checker(workload.campaigns()).check(history, windows, snapshot);
      return new FaultRunResult(
          report,
          windows,
          counters,
          history.failedReads(),
          Duration.between(began, Instant.now()),
          quiesce);
    }
  }

  private static Map<String, Long> applierCounters(
      List<ServiceProcess> appliers, String metricsAuthorization) {
    Map<String, Long> sums = new TreeMap<>();
    for (String metric : APPLIER_COUNTERS) {
      long sum = 0;
      for (ServiceProcess applier : appliers) {
        OptionalDouble value = AdminMetrics.value(applier.adminUri(), metricsAuthorization, metric);
        sum += value.isPresent() ? (long) value.getAsDouble() : 0;
      }
      sums.put(metric, sum);
    }
    return sums;
  }

  /** The seed must be applied before clients spend from the wallets it funds. */
  private static void awaitDecided(DataSource ledger, Collection<UUID> ids) throws SQLException {
    LedgerRows rows = new LedgerRows(ledger);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (true) {
      int undecided = ids.size() - rows.statusOf(ids).size();
      if (undecided == 0) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "only "
                + (ids.size() - undecided)
                + " of "
                + ids.size()
                + " seed events applied within 2 min");
      }
      Sleeps.sleep(Duration.ofMillis(200));
    }
  }
}
