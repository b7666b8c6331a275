package dev.walletplatform.walletservice;

import dev.walletplatform.admin.AdminAccessFilter;
import dev.walletplatform.admin.PrometheusMetricsServlet;
import dev.walletplatform.auth.jwt.JwtVerifier;
import dev.walletplatform.walletservice.api.BalancesResource;
import dev.walletplatform.walletservice.api.CommandStatusResource;
import dev.walletplatform.walletservice.api.ErrorResponseMapper;
import dev.walletplatform.walletservice.api.JsonErrorHandler;
import dev.walletplatform.walletservice.api.LedgerAmounts;
import dev.walletplatform.walletservice.api.OpenApiResource;
import dev.walletplatform.walletservice.api.StrictTransportSecurity;
import dev.walletplatform.walletservice.api.TransactionHistoryResource;
import dev.walletplatform.walletservice.auth.BearerTokenFilter;
import dev.walletplatform.walletservice.config.TransportPolicy;
import dev.walletplatform.walletservice.config.WalletServiceConfiguration;
import dev.walletplatform.walletservice.db.JdbcWalletReader;
import dev.walletplatform.walletservice.db.ReadPool;
import dev.walletplatform.walletservice.health.DatabaseHealthCheck;
import dev.walletplatform.walletservice.health.ProbeServlet;
import dev.walletplatform.walletservice.health.ProcessLiveness;
import dev.walletplatform.walletservice.health.Readiness;
import dev.walletplatform.walletservice.view.StatusViewClient;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Wires the read API. {@code main} is for a standalone process; the local runtime embeds it with
 * {@code new WalletServiceApplication().run("server", path)}, which returns once the server is
 * up, then reads {@link #ports()} and later calls {@link #stop()}.
 */
public class WalletServiceApplication extends Application<WalletServiceConfiguration> {
  private final Readiness readiness = new Readiness();
  private volatile Server server;

  public static void main(String[] args) throws Exception {
    try {
      new WalletServiceApplication().run(args);
    } catch (WalletServiceException e) {
      // a standalone process that cannot start must exit non-zero for its supervisor; Dropwizard
      // has already printed the cause
      System.exit(1);
    }
  }

  @Override
  public String getName() {
    return "wallet-service";
  }

  @Override
  public void initialize(Bootstrap<WalletServiceConfiguration> bootstrap) {
    // strict: a ${VAR} that is not set fails the start instead of becoming an empty password
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(true)));
  }

  @Override
  public void run(WalletServiceConfiguration config, Environment environment) {
    // also when the YAML has no server section at all (Dropwizard's default is plain HTTP on 8080)
    TransportPolicy.check(config.getServerFactory());
    if (config.getServerFactory() instanceof AbstractServerFactory factory) {
      // Dropwizard's own mappers would render some errors in another shape; ours maps Throwable.
      factory.setRegisterDefaultExceptionMappers(false);
    }
    ReadPool pool = new ReadPool(config.database(), config.reads().retryAfter(), environment.metrics());
    environment.lifecycle().manage(pool);
    JdbcWalletReader reader = new JdbcWalletReader(pool, config.reads().queryTimeout());
    LedgerAmounts amounts = new LedgerAmounts(config.assetCatalog());

    JwtVerifier tokens = new JwtVerifier(config.auth().jwt().settings(), Clock.systemUTC());
    environment.jersey().register(new BearerTokenFilter(tokens, environment.metrics()));
    environment.jersey().register(new ErrorResponseMapper());
    environment.jersey().register(new BalancesResource(reader, amounts));
    environment.jersey().register(new TransactionHistoryResource(reader, amounts));
    environment.jersey().register(new CommandStatusResource(
        new StatusViewClient(config.statusView(), environment.metrics()), reader));
    environment.jersey().register(new OpenApiResource());

    environment.healthChecks().register("database", new DatabaseHealthCheck(pool));
    // probes open; /metrics needs metrics:read; health checks, tasks and thread dumps need admin
    environment.admin().addFilter("admin-access", new AdminAccessFilter(config.admin().ring()))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
    environment.admin().addServlet("live", new ProbeServlet(new ProcessLiveness(), environment.getObjectMapper()))
        .addMapping("/live");
    environment.admin().addServlet("ready", new ProbeServlet(readiness, environment.getObjectMapper()))
        .addMapping("/ready");
    // Prometheus text at the path the ServiceMonitors scrape; exact mapping wins over Dropwizard's JSON admin servlet
    environment.admin().addServlet("prometheus", new PrometheusMetricsServlet(environment.metrics())).addMapping("/metrics");
    JsonErrorHandler jettyErrors = new JsonErrorHandler(environment.getObjectMapper());
    environment.getApplicationContext().setErrorHandler(jettyErrors);
    environment.lifecycle().addServerLifecycleListener(this::started);
    environment.lifecycle().addEventListener(new ServerEvents(jettyErrors, readiness));
  }

  /** Startup failures reach the embedding caller as an exception; Dropwizard's default exits the JVM. */
  @Override
  protected void onFatalError(Throwable failure) {
    throw new WalletServiceException("wallet-service failed: " + failure.getMessage(), failure);
  }

  private void started(Server started) {
    server = started;
    readiness.started();
  }

  /** The ports actually bound (useful with port 0); throws until the server has started. */
  public BoundPorts ports() {
    Server running = server;
    if (running == null) {
      throw new IllegalStateException("wallet-service has not started (or failed to start)");
    }
    return BoundPorts.of(running);
  }

  /** Stops the server: connectors, then managed objects (the pool is closed). Idempotent. */
  public void stop() throws Exception {
    Server running = server;
    if (running != null) {
      running.stop();
    }
  }

  /** Dropwizard builds the Jetty server after run(); this reaches it before it starts and as it stops. */
  private record ServerEvents(JsonErrorHandler jettyErrors, Readiness readiness) implements LifeCycle.Listener {
    @Override
    public void lifeCycleStarting(LifeCycle event) {
      if (event instanceof Server starting) {
        starting.setErrorHandler(jettyErrors);
        StrictTransportSecurity.install(starting);
      }
    }

    @Override
    public void lifeCycleStopping(LifeCycle event) {
      readiness.stopping();
    }
  }
}
