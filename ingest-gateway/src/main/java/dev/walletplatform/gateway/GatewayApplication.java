package dev.walletplatform.gateway;

import dev.walletplatform.admin.AdminAccessFilter;
import dev.walletplatform.admin.PrometheusMetricsServlet;
import dev.walletplatform.auth.apikey.ApiKeyRing;
import dev.walletplatform.auth.jwt.JwtVerifier;
import dev.walletplatform.gateway.auth.BearerTokenFilter;
import dev.walletplatform.gateway.command.CommandValidator;
import dev.walletplatform.gateway.config.GatewayConfiguration;
import dev.walletplatform.gateway.config.LimitSettings;
import dev.walletplatform.gateway.health.HeapHealthCheck;
import dev.walletplatform.gateway.health.LivenessServlet;
import dev.walletplatform.gateway.health.ReadinessServlet;
import dev.walletplatform.gateway.health.ReadinessState;
import dev.walletplatform.gateway.http.CommandReader;
import dev.walletplatform.gateway.http.CommandSubmission;
import dev.walletplatform.gateway.http.ErrorResponseMapper;
import dev.walletplatform.gateway.http.GiveawayClaimEndpoint;
import dev.walletplatform.gateway.http.JsonErrorHandler;
import dev.walletplatform.gateway.http.JsonLimits;
import dev.walletplatform.gateway.http.OpenApiEndpoint;
import dev.walletplatform.gateway.http.StrictTransportSecurityFilter;
import dev.walletplatform.gateway.http.TransferEndpoint;
import dev.walletplatform.gateway.http.UnreadBodyFilter;
import dev.walletplatform.gateway.http.WithdrawalEndpoint;
import dev.walletplatform.gateway.idempotency.IdempotencyCache;
import dev.walletplatform.gateway.intake.CommandIntake;
import dev.walletplatform.gateway.kafka.KafkaCommandPublisher;
import dev.walletplatform.gateway.kafka.KafkaCommandPublishers;
import dev.walletplatform.gateway.ratelimit.RateLimiter;
import dev.walletplatform.schemas.registry.HttpSchemaRegistryClient;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Wires the gateway: {@code main} for a process of its own; the local runtime calls {@code new
 * GatewayApplication().run("server", path)} in-process, which returns once the server listens
 * (read the port with {@link #httpsPort()}, stop it with {@link #stop()}). A failure to start is
 * thrown, never {@code System.exit}.
 */
public class GatewayApplication extends Application<GatewayConfiguration> {
  /** Process-level liveness: heap still this full right after a GC means only a restart helps. */
  private static final double MAX_HEAP_FRACTION_AFTER_GC = 0.85;

  private final RunningServer server = new RunningServer();

  public static void main(String[] args) throws Exception {
    new GatewayApplication().run(args);
  }

  @Override
  public String getName() {
    return "ingest-gateway";
  }

  @Override
  public void initialize(Bootstrap<GatewayConfiguration> bootstrap) {
    // Secrets (keystore password, broker credentials) come from the environment, never the file;
    // strict: an unset variable without a default fails the start instead of becoming "".
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(true)));
  }

  @Override
  public void run(GatewayConfiguration config, Environment environment) {
    if (config.getServerFactory() instanceof AbstractServerFactory serverFactory) {
      // One error shape: Dropwizard's default mappers would answer some errors in their own.
      serverFactory.setRegisterDefaultExceptionMappers(false);
    }
    KafkaCommandPublisher publisher =
        KafkaCommandPublishers.create(
            config.getKafka(),
            config.getCircuitBreaker(),
            config.getLimits().maxInFlightPublishes(),
            new HttpSchemaRegistryClient(
                config.getSchemaRegistry().url(), config.getSchemaRegistry().timeout().toJavaDuration()));
    environment.lifecycle().manage(publisher);

    IdempotencyCache cache =
        new IdempotencyCache(config.getIdempotency().maxEntries(), config.getIdempotency().ttl().toJavaDuration());
    LimitSettings limits = config.getLimits();
    CommandSubmission submission =
        new CommandSubmission(
            limits.maxBodyBytes(),
            new RateLimiter(config.getRateLimits(), environment.metrics()),
            new CommandIntake(cache, publisher, Clock.systemUTC()));
    CommandReader reader = new CommandReader(
        new JsonLimits(limits.maxJsonDepth(), limits.maxJsonFields(), limits.maxStringLength()),
        new CommandValidator(config.assetCatalog()));

    var jersey = environment.jersey();
    JwtVerifier verifier = new JwtVerifier(config.getAuth().jwt().toJwtSettings(), Clock.systemUTC());
    jersey.register(new BearerTokenFilter(verifier, Set.of(OpenApiEndpoint.PATH), environment.metrics()));
    jersey.register(new ErrorResponseMapper());
    jersey.register(new UnreadBodyFilter(limits.maxBodyBytes()));
    jersey.register(new TransferEndpoint(submission, reader));
    jersey.register(new WithdrawalEndpoint(submission, reader));
    jersey.register(new GiveawayClaimEndpoint(submission, reader));
    jersey.register(new OpenApiEndpoint());
    environment.servlets().addFilter("strict-transport-security", new StrictTransportSecurityFilter())
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR), false, "/*");
    JsonErrorHandler jettyErrors = new JsonErrorHandler(environment.getObjectMapper());
    environment.getApplicationContext().setErrorHandler(jettyErrors);
    // The server-level handler answers what fails before any context (bad request line, 431); it
    // must be in place before the server starts, hence a starting-listener.
    environment.lifecycle().addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        if (event instanceof Server server) {
          server.setErrorHandler(jettyErrors);
        }
      }
    });

    guardAdminPort(config, environment);
    registerProbes(environment);
    environment.lifecycle().addServerLifecycleListener(server);
  }

  /**
   * Probes stay open (the kubelet calls them); /metrics needs a key with metrics:read, everything
   * else (tasks, health details, thread dumps) a key with admin. No keys configured: probes only.
   */
  private static void guardAdminPort(GatewayConfiguration config, Environment environment) {
    ApiKeyRing keys = config.getAdmin().ring();
    environment.admin().addFilter("admin-access", new AdminAccessFilter(keys))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
  }

  private static void registerProbes(Environment environment) {
    // Dropwizard already registers "deadlocks"; every check here must be about this process only.
    environment.healthChecks().register("heap", new HeapHealthCheck(MAX_HEAP_FRACTION_AFTER_GC));
    ReadinessState readiness = new ReadinessState();
    environment.lifecycle().addServerLifecycleListener(readiness);
    environment.lifecycle().manage(readiness);
    environment.admin().addServlet("live", new LivenessServlet(environment.healthChecks(), environment.getObjectMapper()))
        .addMapping("/live");
    environment.admin().addServlet("ready", new ReadinessServlet(readiness)).addMapping("/ready");
    // Prometheus text at the path the ServiceMonitors scrape; exact mapping wins over Dropwizard's JSON admin servlet
    environment.admin().addServlet("prometheus", new PrometheusMetricsServlet(environment.metrics())).addMapping("/metrics");
  }

  /** The bound HTTPS (application) port; useful with {@code port: 0}. */
  public int httpsPort() {
    return server.applicationPort();
  }

  /** The bound admin port. */
  public int adminPort() {
    return server.adminPort();
  }

  /** Stops the server started by {@code run("server", ...)}: connectors, then the producer (flushed). */
  public void stop() throws Exception {
    server.stop();
  }

  /** Thrown instead of exiting, so an in-process host survives a gateway that fails to start. */
  @Override
  protected void onFatalError(Throwable t) {
    throw new GatewayStartException("ingest-gateway failed to start", t);
  }
}
