package dev.walletplatform.processors.app;

import dev.walletplatform.admin.AdminAccessFilter;
import dev.walletplatform.admin.PrometheusMetricsServlet;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheck;
import com.zaxxer.hikari.HikariDataSource;
import dev.walletplatform.ledgerdb.migration.LedgerMigrations;
import dev.walletplatform.ledgerdb.pool.BoundedPool;
import dev.walletplatform.ledgerdb.pool.PoolState;
import dev.walletplatform.processors.ProcessorsException;
import dev.walletplatform.processors.health.ApplierHealth;
import dev.walletplatform.processors.health.HealthServlet;
import dev.walletplatform.processors.health.HeapUsage;
import dev.walletplatform.processors.status.CommandStatusQuery;
import dev.walletplatform.processors.status.RemoteStatusClient;
import dev.walletplatform.processors.status.http.CommandStatusEndpoint;
import dev.walletplatform.processors.status.http.StatusAccessFilter;
import dev.walletplatform.processors.streams.StreamsHealth;
import dev.walletplatform.processors.streams.WalletStreamsService;
import dev.walletplatform.schemas.registry.HttpSchemaRegistryClient;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stream-processors service: {@code server <config.yml>} starts the ledger applier, the Kafka
 * Streams topologies (screening, campaign budgets, command status) with the status view's internal
 * port, and the admin port (/live, /ready, /metrics); either half can be turned off. Every entry
 * point but the probes needs an API key: the admin port's ({@code adminAccess.apiKeys}) and the status
 * port's ({@code statusView.callers}). Never calls System.exit, so it can run in-process (local
 * runtime) or as its own JVM (production, fault tests); SIGTERM stops it through the Dropwizard
 * lifecycle, finishing the batch in flight.
 */
public final class StreamProcessorsApplication extends Application<StreamProcessorsConfiguration> {
  private static final Logger LOG = LoggerFactory.getLogger(StreamProcessorsApplication.class);

  private volatile Server server;
  private volatile LedgerApplierService service;
  private volatile WalletStreamsService streamsService;

  public static void main(String[] args) throws Exception {
    new StreamProcessorsApplication().run(args);
  }

  @Override
  public String getName() {
    return "stream-processors";
  }

  /** Addresses and secrets come from the environment (strict: an unset variable without a default fails the start). */
  @Override
  public void initialize(Bootstrap<StreamProcessorsConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(true)));
  }

  @Override
  public void run(StreamProcessorsConfiguration config, Environment environment) {
    guardPorts(config, environment);
    HttpSchemaRegistryClient registry =
        new HttpSchemaRegistryClient(config.schemaRegistry().url(), config.schemaRegistry().timeout());
    LedgerApplierService applier = config.applier().enabled() ? startApplier(config, environment, registry) : null;
    WalletStreamsService streams = config.streams().enabled() ? startStreams(config, environment, registry) : null;
    this.service = applier;
    this.streamsService = streams;
    ApplierHealth applierHealth = new ApplierHealth(applier == null ? List::of : applier::heartbeats,
        config.applier().maxLoopStall(), config.applier().maxHeapAfterGc(), HeapUsage::afterLastGc);
    StreamsHealth streamsHealth = new StreamsHealth(streams == null ? Optional::empty : streams::running);
    Supplier<Optional<String>> live = () -> applierHealth.livenessProblem()
        .or(() -> streams == null ? Optional.empty() : streamsHealth.livenessProblem());
    Supplier<Optional<String>> ready = () -> (applier == null ? Optional.<String>empty()
        : applierHealth.readinessProblem()).or(() -> streams == null ? Optional.empty()
        : streamsHealth.readinessProblem());
    registerHealth(environment, live, ready);
    environment.lifecycle().addServerLifecycleListener(started -> this.server = started);
  }

  /** Both ports, every path: registered before anything else can answer. */
  private static void guardPorts(StreamProcessorsConfiguration config, Environment environment) {
    environment.admin().addFilter("admin-access", new AdminAccessFilter(config.admin().ring()))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    environment.servlets().addFilter("status-access",
            new StatusAccessFilter(config.statusView().callerRing(), environment.metrics()))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    if (!config.streams().enabled()) {
      return;
    }
    config.statusView().requirePeerKeyAccepted();
    if (config.statusView().callerRing().isEmpty()) {
      LOG.warn("no statusView.callers key is issued (STATUS_VIEW_KEY_SHA256 unset): the status port refuses every"
          + " query and the wallet service reads command status from the database");
    }
  }

  private static LedgerApplierService startApplier(StreamProcessorsConfiguration config, Environment environment,
      HttpSchemaRegistryClient registry) {
    HikariDataSource pool = BoundedPool.open(config.database(), "ledger-applier", false);
    // registered first so it is stopped last, after the consumer threads let go of their connections
    environment.lifecycle().manage(new Managed() {
      @Override
      public void stop() {
        pool.close();
      }
    });
    if (config.migrateOnStart()) {
      LOG.info("migrating the ledger schema: {}", LedgerMigrations.migrate(pool, config.database()).migrationsExecuted);
    }
    LedgerApplierService applier = new LedgerApplierService(config, pool, registry, environment.metrics());
    environment.lifecycle().manage(applier);
    registerPoolGauges(environment.metrics(), pool);
    return applier;
  }

  private static WalletStreamsService startStreams(StreamProcessorsConfiguration config, Environment environment,
      HttpSchemaRegistryClient registry) {
    StatusPort.check(config);
    WalletStreamsService streams = new WalletStreamsService(config, registry, environment.metrics());
    environment.lifecycle().manage(streams);
    CommandStatusQuery query = new CommandStatusQuery(streams::running, config.streams().applicationServer(),
        new RemoteStatusClient(config.statusView().forwardTimeout(), config.statusView().peerApiKey()),
        environment.metrics());
    environment.jersey().register(new CommandStatusEndpoint(query));
    return streams;
  }

  private static void registerHealth(Environment environment, Supplier<Optional<String>> live,
      Supplier<Optional<String>> ready) {
    environment.admin().addServlet("live", new HealthServlet(live)).addMapping("/live");
    environment.admin().addServlet("ready", new HealthServlet(ready)).addMapping("/ready");
    // Prometheus text at the path the ServiceMonitors scrape; exact mapping wins over Dropwizard's JSON admin servlet
    environment.admin().addServlet("prometheus", new PrometheusMetricsServlet(environment.metrics())).addMapping("/metrics");
    environment.healthChecks().register("processes", new HealthCheck() {
      @Override
      protected Result check() {
        return live.get().map(Result::unhealthy).orElseGet(Result::healthy);
      }
    });
  }

  private static void registerPoolGauges(MetricRegistry metrics, HikariDataSource pool) {
    gauge(metrics, "ledger.pool.total", pool, PoolState::total);
    gauge(metrics, "ledger.pool.active", pool, PoolState::active);
    gauge(metrics, "ledger.pool.idle", pool, PoolState::idle);
    gauge(metrics, "ledger.pool.waiting", pool, PoolState::waiting);
  }

  private static void gauge(MetricRegistry metrics, String name, HikariDataSource pool, ToIntFunction<PoolState> f) {
    metrics.register(name, (Gauge<Integer>) () -> f.applyAsInt(BoundedPool.state(pool)));
  }

  /** Dropwizard's default exits the JVM; an in-process caller gets the exception instead. */
  @Override
  protected void onFatalError(Throwable t) {
    throw new ProcessorsException("stream-processors could not start: " + t.getMessage(), t);
  }

  /** Stops a server started in-process with {@code run("server", file)}: the same path SIGTERM takes. */
  public void stop() throws Exception {
    Server running = server;
    if (running != null) {
      running.stop();
    }
  }

  /** The running applier, for in-process callers and tests; null before {@code run} or when disabled. */
  public LedgerApplierService service() {
    return service;
  }

  /** The Streams topologies, for in-process callers and tests; null before {@code run} or when disabled. */
  public WalletStreamsService streams() {
    return streamsService;
  }
}
