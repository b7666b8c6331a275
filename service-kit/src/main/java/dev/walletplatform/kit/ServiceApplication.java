package dev.walletplatform.kit;

import dev.walletplatform.kit.metrics.ServiceMeters;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Bootstrap;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * A platform service: a Dropwizard application that registers the {@link ServiceKitBundle} and can
 * run in-process. {@code new XApplication().run("server", path)} returns once the server listens
 * (read {@link #ports()}, stop it with {@link #stop()}); a failure to start is thrown as {@link
 * ServiceStartException}, never {@code System.exit}, so an embedding host survives it. A standalone
 * {@code main} calls {@link #launch}, which exits non-zero for the process supervisor instead.
 */
public abstract class ServiceApplication<C extends Configuration & ServiceKitConfiguration>
    extends Application<C> {
  private final ServiceKitBundle<C> kit;

  protected ServiceApplication(ServiceKitBundle<C> kit) {
    this.kit = kit;
  }

  /**
   * Runs {@code app} as a process of its own: a start failure exits 1 (Dropwizard has logged the
   * cause).
   */
  protected static void launch(ServiceApplication<?> app, String[] args) throws Exception {
    try {
      app.run(args);
    } catch (ServiceStartException e) {
      System.exit(1);
    }
  }

  @Override
  public void initialize(Bootstrap<C> bootstrap) {
    bootstrap.addBundle(kit);
  }

  /** The kit, for a service's own probe checks. */
  protected final ServiceKitBundle<C> kit() {
    return kit;
  }

  @Override
  protected void onFatalError(Throwable failure) {
    throw new ServiceStartException(getName(), failure);
  }

  /** The service's meters (served at the admin port's {@code /metrics}). */
  protected final ServiceMeters meters() {
    return kit.meters();
  }

  /**
   * Hands every span of this service also to {@code exporter}, for an in-process host or a test;
   * call before {@code run}. See {@link ServiceKitBundle#alsoExportSpansTo}.
   */
  public final void alsoExportSpansTo(SpanExporter exporter) {
    kit.alsoExportSpansTo(exporter);
  }

  /** The ports actually bound (useful with port 0); throws until the server has started. */
  public BoundPorts ports() {
    return kit.ports();
  }

  /** Stops a server started in-process: the same path SIGTERM takes. Idempotent. */
  public void stop() throws Exception {
    kit.stop();
  }
}
