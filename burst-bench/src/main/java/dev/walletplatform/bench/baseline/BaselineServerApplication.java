package dev.walletplatform.bench.baseline;

import dev.walletplatform.kit.metrics.MetricsServlet;
import dev.walletplatform.kit.metrics.ServiceMeters;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The baselines' HTTP server, on the gateway's stack (Dropwizard 5, Jetty 12, Jersey, HTTPS,
 * virtual threads) in a JVM of its own with the gateway's JVM options: {@code /empty/v1/...}
 * answers 202 at once, {@code /naive/v1/...} applies each command on a new database connection. The
 * admin port serves {@code /ready} and Prometheus {@code /metrics} (refused connections by
 * SQLSTATE).
 */
public final class BaselineServerApplication extends Application<BaselineServerConfiguration> {
  public static void main(String[] args) throws Exception {
    new BaselineServerApplication().run(args);
  }

  @Override
  public String getName() {
    return "bench-baseline-http";
  }

  @Override
  public void initialize(Bootstrap<BaselineServerConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(true)));
  }

  @Override
  public void run(BaselineServerConfiguration config, Environment environment) {
    // the kit's registry and exposition, without the rest of the kit (no auth: a bench-only server)
    ServiceMeters meters = ServiceMeters.create();
    environment.jersey().register(new EmptyEndpoint());
    environment
        .jersey()
        .register(
            new NaiveFanOutEndpoint(new NaiveLedger(config.getDatabase(), meters.registry())));
    environment.admin().addServlet("ready", new Ready()).addMapping("/ready");
    environment.admin().addServlet("prometheus", new MetricsServlet(meters)).addMapping("/metrics");
  }

  /** Ready once the admin connector answers: this server has no dependency to wait for. */
  private static final class Ready extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("application/json");
      response.getWriter().write("{\"status\":\"ready\"}");
    }
  }
}
