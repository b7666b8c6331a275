package dev.walletplatform.kit;

import com.codahale.metrics.health.HealthCheck;
import dev.walletplatform.kit.admin.AdminAccessFilter;
import dev.walletplatform.kit.auth.jwt.JwtVerifier;
import dev.walletplatform.kit.config.TransportPolicy;
import dev.walletplatform.kit.health.Probe;
import dev.walletplatform.kit.health.ProbeServlet;
import dev.walletplatform.kit.health.ProcessLiveness;
import dev.walletplatform.kit.health.Readiness;
import dev.walletplatform.kit.http.ApiKeyFilter;
import dev.walletplatform.kit.http.BearerTokenFilter;
import dev.walletplatform.kit.http.ErrorResponseMapper;
import dev.walletplatform.kit.http.InputErrorStatus;
import dev.walletplatform.kit.http.JsonErrorHandler;
import dev.walletplatform.kit.http.NoStoreFilter;
import dev.walletplatform.kit.http.OpenApiResource;
import dev.walletplatform.kit.http.StrictTransportSecurity;
import dev.walletplatform.kit.metrics.HttpRequestMetrics;
import dev.walletplatform.kit.metrics.MetricsServlet;
import dev.walletplatform.kit.metrics.ServiceMeters;
import dev.walletplatform.kit.tracing.HttpServerTracing;
import dev.walletplatform.kit.tracing.RouteNaming;
import dev.walletplatform.kit.tracing.Tracing;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.annotation.Nullable;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * What every service of the platform registers, once: environment substitution in its YAML, the
 * transport policy, authentication of the application port ({@link ApiAccess}), the one error shape
 * for every error (Jersey's, Jetty's, ours), {@code Cache-Control: no-store}, HSTS on public ports,
 * the API description, and the admin port — API-key access, {@code /live}, {@code /ready}, {@code
 * /metrics} (Micrometer, see {@link ServiceMeters}), and tracing ({@link #tracing()}: a server span
 * per request of the application port, the tracer and Kafka header propagation for the service's
 * own hops). A service adds its own checks to {@link #liveness()} and {@link #readiness()} in its
 * {@code run}.
 */
public final class ServiceKitBundle<C extends Configuration & ServiceKitConfiguration>
    implements ConfiguredBundle<C> {
  private final String service;
  private final InputErrorStatus inputStatus;
  private final Optional<Class<?>> openApiOwner;
  private final Probe liveness = new Probe();
  private final Probe readiness = new Probe();
  private final Readiness serving = new Readiness();
  private final ServiceMeters meters = ServiceMeters.create();
  private volatile @Nullable Server server;
  private volatile @Nullable Tracing tracing;
  private final List<SpanExporter> alsoExportSpansTo = new CopyOnWriteArrayList<>();

  /**
   * @param service the service's name: the realm of its 401s
   * @param inputStatus the status of each input error (see {@link InputErrorStatus})
   * @param openApiOwner a class whose jar holds the service's {@code /openapi.yaml}, served
   *     unauthenticated; empty for a port that publishes no contract
   */
  public ServiceKitBundle(
      String service, InputErrorStatus inputStatus, Optional<Class<?>> openApiOwner) {
    this.service = service;
    this.inputStatus = inputStatus;
    this.openApiOwner = openApiOwner;
  }

  @Override
  public void initialize(Bootstrap<?> bootstrap) {
    // Secrets (keystore password, credentials) come from the environment, never the file; strict:
    // an
    // unset variable without a default fails the start instead of becoming "".
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(true)));
  }

  @Override
  public void run(C config, Environment environment) {
    // first, so it is stopped last: what the consumers and the server do until they stop is traced
    Tracing built = Tracing.create(config.tracing(), service, List.copyOf(alsoExportSpansTo));
    tracing = built;
    environment.lifecycle().manage(built);
    ApiAccess access = config.apiAccess();
    boolean publicPort = access instanceof ApiAccess.BearerJwt;
    if (publicPort) {
      TransportPolicy.requirePublicHttps(config.getServerFactory());
    } else {
      TransportPolicy.requireAdminApart(config.getServerFactory());
    }
    if (config.getServerFactory() instanceof AbstractServerFactory factory) {
      // one error shape: Dropwizard's default mappers would answer some errors in their own
      factory.setRegisterDefaultExceptionMappers(false);
    }
    registerApplicationPort(access, environment, built);
    registerAdminPort(config, environment);
    JsonErrorHandler jettyErrors = new JsonErrorHandler(environment.getObjectMapper());
    environment.getApplicationContext().setErrorHandler(jettyErrors);
    environment.getAdminContext().setErrorHandler(jettyErrors);
    environment.lifecycle().addEventListener(new ServerEvents(jettyErrors, publicPort));
  }

  private void registerApplicationPort(ApiAccess access, Environment environment, Tracing tracing) {
    // a server span around every request, authentication refusals included
    environment
        .servlets()
        .addFilter("tracing", new HttpServerTracing(tracing))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    var jersey = environment.jersey();
    jersey.register(new RouteNaming());
    switch (access) {
      case ApiAccess.BearerJwt bearer ->
          jersey.register(
              new BearerTokenFilter(
                  new JwtVerifier(bearer.jwt().toJwtSettings(), Clock.systemUTC()),
                  openApiOwner.isPresent() ? Set.of(OpenApiResource.PATH) : Set.of(),
                  service,
                  meters.registry()));
      case ApiAccess.ApiKeys keys ->
          jersey.register(new ApiKeyFilter(keys.keys(), keys.scope(), service, meters.registry()));
    }
    jersey.register(new HttpRequestMetrics(meters.registry()));
    jersey.register(new ErrorResponseMapper(inputStatus));
    jersey.register(new NoStoreFilter());
    openApiOwner.ifPresent(owner -> jersey.register(new OpenApiResource(owner)));
  }

  /**
   * Probes stay open (the kubelet calls them); /metrics needs a key with metrics:read, everything
   * else (tasks, health details, thread dumps) a key with admin. No keys configured: probes only.
   */
  private void registerAdminPort(C config, Environment environment) {
    var admin = environment.admin();
    admin
        .addFilter(
            "admin-access",
            new AdminAccessFilter(config.adminAccess().ring(), environment.getObjectMapper()))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    liveness.add(new ProcessLiveness(config.maxHeapAfterGc()));
    readiness.add(serving);
    admin
        .addServlet("live", new ProbeServlet(liveness, environment.getObjectMapper()))
        .addMapping("/live");
    admin
        .addServlet("ready", new ProbeServlet(readiness, environment.getObjectMapper()))
        .addMapping("/ready");
    // the registry's exposition at the path the ServiceMonitors scrape; an exact mapping wins over
    // Dropwizard's JSON servlet
    admin.addServlet("prometheus", new MetricsServlet(meters)).addMapping("/metrics");
    // the same verdict as /live on Dropwizard's /healthcheck page (beside its "deadlocks"), for
    // operators
    environment
        .healthChecks()
        .register(
            "process",
            new HealthCheck() {
              @Override
              protected Result check() {
                var problems = liveness.problems();
                return problems.isEmpty()
                    ? Result.healthy()
                    : Result.unhealthy(String.join("; ", problems));
              }
            });
  }

  /** {@code /live}: add what only a restart of this process fixes — never a shared dependency. */
  public Probe liveness() {
    return liveness;
  }

  /**
   * {@code /ready}: add what must hold before this instance takes work — never a shared dependency.
   */
  public Probe readiness() {
    return readiness;
  }

  /**
   * The service's meters: register its own on {@link ServiceMeters#registry()}; served at the admin
   * port's {@code /metrics}.
   */
  public ServiceMeters meters() {
    return meters;
  }

  /**
   * This service's tracing, built from {@code tracing:} when the bundle ran — before the service's
   * own {@code run}, which reads it for its hops; throws before that.
   */
  public Tracing tracing() {
    Tracing built = tracing;
    if (built == null) {
      throw new IllegalStateException(service + ": tracing is built when the bundle runs");
    }
    return built;
  }

  /**
   * Hands every span of this service, as it ends, also to {@code exporter} (an in-process host's or
   * a test's, e.g. an in-memory exporter); call before the service runs. The exporter stays the
   * caller's: stopping the service flushes it, never shuts it down.
   */
  public void alsoExportSpansTo(SpanExporter exporter) {
    if (tracing != null) {
      throw new IllegalStateException(service + ": add span exporters before the service runs");
    }
    alsoExportSpansTo.add(exporter);
  }

  /** The ports actually bound; throws until the server has started. */
  public BoundPorts ports() {
    Server running = server;
    if (running == null) {
      throw new IllegalStateException(service + " has not started (or failed to start)");
    }
    return BoundPorts.of(running);
  }

  /**
   * Stops the server: /ready turns false, connectors close, then managed objects stop. Idempotent.
   */
  public void stop() throws Exception {
    Server running = server;
    if (running != null) {
      running.stop();
    }
  }

  /**
   * Dropwizard builds the Jetty server after run(); this reaches it before it starts and as it
   * stops.
   */
  private final class ServerEvents implements LifeCycle.Listener {
    private final JsonErrorHandler jettyErrors;
    private final boolean publicPort;

    ServerEvents(JsonErrorHandler jettyErrors, boolean publicPort) {
      this.jettyErrors = jettyErrors;
      this.publicPort = publicPort;
    }

    @Override
    public void lifeCycleStarting(LifeCycle event) {
      if (event instanceof Server starting) {
        // what fails before any context (a bad request line, 431) must be answered in our shape too
        starting.setErrorHandler(jettyErrors);
        meters.bindJetty(starting);
        if (publicPort) {
          StrictTransportSecurity.install(starting);
        }
      }
    }

    @Override
    public void lifeCycleStarted(LifeCycle event) {
      if (event instanceof Server started) {
        server = started;
        serving.started();
      }
    }

    @Override
    public void lifeCycleStopping(LifeCycle event) {
      if (event instanceof Server) {
        // first thing on shutdown: the load balancer stops sending before the connectors close
        serving.stopping();
      }
    }

    @Override
    public void lifeCycleStopped(LifeCycle event) {
      if (event instanceof Server) {
        meters.close();
      }
    }
  }
}
