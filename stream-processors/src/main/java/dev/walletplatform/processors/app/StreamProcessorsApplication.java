package dev.walletplatform.processors.app;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletplatform.kit.ServiceApplication;
import dev.walletplatform.kit.ServiceKitBundle;
import dev.walletplatform.kit.health.ProbeCheck;
import dev.walletplatform.kit.http.InputErrorStatus;
import dev.walletplatform.kit.metrics.ServiceMeters;
import dev.walletplatform.kit.tracing.Tracing;
import dev.walletplatform.ledgerdb.migration.LedgerMigrations;
import dev.walletplatform.ledgerdb.pool.BoundedPool;
import dev.walletplatform.processors.health.ApplierHealth;
import dev.walletplatform.processors.status.CommandStatusQuery;
import dev.walletplatform.processors.status.RemoteStatusClient;
import dev.walletplatform.processors.status.http.CommandStatusResource;
import dev.walletplatform.processors.streams.StreamsHealth;
import dev.walletplatform.processors.streams.WalletStreamsService;
import dev.walletplatform.schemas.registry.HttpSchemaRegistryClient;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stream-processors service: {@code server <config.yml>} starts the ledger applier, the Kafka
 * Streams topologies (screening, campaign budgets, command status) with the status view's internal
 * port, and the admin port (/live, /ready, /metrics); either half can be turned off. Every entry
 * point but the probes needs an API key: the admin port's ({@code adminAccess.apiKeys}) and the
 * status port's ({@code statusView.callers}). Never calls System.exit, so it can run in-process
 * (local runtime) or as its own JVM (production, fault tests); SIGTERM stops it through the
 * Dropwizard lifecycle, finishing the batch in flight.
 */
public final class StreamProcessorsApplication
    extends ServiceApplication<StreamProcessorsConfiguration> {
  private static final Logger LOG = LoggerFactory.getLogger(StreamProcessorsApplication.class);

  private volatile LedgerApplierService service;
  private volatile WalletStreamsService streamsService;

  public StreamProcessorsApplication() {
    // the status port publishes no contract of its own: the wallet service is its one client
    super(
        new ServiceKitBundle<>(
            "stream-processors", InputErrorStatus.ALWAYS_BAD_REQUEST, Optional.empty()));
  }

  public static void main(String[] args) throws Exception {
    launch(new StreamProcessorsApplication(), args);
  }

  @Override
  public String getName() {
    return "stream-processors";
  }

  @Override
  public void run(StreamProcessorsConfiguration config, Environment environment) {
    checkStatusKeys(config);
    HttpSchemaRegistryClient registry =
        new HttpSchemaRegistryClient(
            config.schemaRegistry().url(), config.schemaRegistry().timeout().toJavaDuration());
    Tracing tracing = kit().tracing();
    LedgerApplierService applier =
        config.applier().enabled()
            ? startApplier(config, environment, meters(), registry, tracing)
            : null;
    WalletStreamsService streams =
        config.streams().enabled()
            ? startStreams(config, environment, meters(), registry, tracing)
            : null;
    this.service = applier;
    this.streamsService = streams;
    ApplierHealth applierHealth =
        new ApplierHealth(
            applier == null ? List::of : applier::heartbeats,
            config.applier().maxLoopStall().toJavaDuration());
    StreamsHealth streamsHealth =
        new StreamsHealth(streams == null ? Optional::empty : streams::running);
    if (applier != null) {
      kit().liveness().add(ProbeCheck.ofOne(applierHealth::livenessProblem));
      kit().readiness().add(ProbeCheck.ofOne(applierHealth::readinessProblem));
    }
    if (streams != null) {
      kit().liveness().add(ProbeCheck.ofOne(streamsHealth::livenessProblem));
      kit().readiness().add(ProbeCheck.ofOne(streamsHealth::readinessProblem));
    }
  }

  /**
   * The kit guards both ports; what is this service's own is that the status view needs its keys.
   */
  private static void checkStatusKeys(StreamProcessorsConfiguration config) {
    if (!config.streams().enabled()) {
      return;
    }
    config.statusView().requirePeerKeyAccepted();
    if (config.statusView().callerRing().isEmpty()) {
      LOG.warn(
          "no statusView.callers key is issued (STATUS_VIEW_KEY_SHA256 unset): the status port refuses every"
              + " query and the wallet service reads command status from the database");
    }
  }

  private static LedgerApplierService startApplier(
      StreamProcessorsConfiguration config,
      Environment environment,
      ServiceMeters meters,
      HttpSchemaRegistryClient registry,
      Tracing tracing) {
    HikariDataSource pool = BoundedPool.open(config.database(), "ledger-applier", false);
    // hikaricp_connections_{active,idle,pending,max,timeout_total,acquire_seconds}{pool}
    pool.setMetricRegistry(meters.registry());
    // registered first so it is stopped last, after the consumer threads let go of their
    // connections
    environment
        .lifecycle()
        .manage(
            new Managed() {
              @Override
              public void stop() {
                pool.close();
              }
            });
    if (config.migrateOnStart()) {
      LOG.info(
          "migrating the ledger schema: {}",
          LedgerMigrations.migrate(pool, config.database()).migrationsExecuted);
    }
    LedgerApplierService applier =
        new LedgerApplierService(config, pool, registry, meters, tracing);
    environment.lifecycle().manage(applier);
    return applier;
  }

  private static WalletStreamsService startStreams(
      StreamProcessorsConfiguration config,
      Environment environment,
      ServiceMeters meters,
      HttpSchemaRegistryClient registry,
      Tracing tracing) {
    StatusPort.check(config);
    WalletStreamsService streams = new WalletStreamsService(config, registry, meters, tracing);
    environment.lifecycle().manage(streams);
    CommandStatusQuery query =
        new CommandStatusQuery(
            streams::running,
            config.streams().applicationServer(),
            new RemoteStatusClient(
                config.statusView().forwardTimeout().toJavaDuration(),
                config.statusView().peerApiKey()),
            meters.registry());
    environment.jersey().register(new CommandStatusResource(query));
    return streams;
  }

  /**
   * The running applier, for in-process callers and tests; null before {@code run} or when
   * disabled.
   */
  public LedgerApplierService service() {
    return service;
  }

  /**
   * The Streams topologies, for in-process callers and tests; null before {@code run} or when
   * disabled.
   */
  public WalletStreamsService streams() {
    return streamsService;
  }
}
