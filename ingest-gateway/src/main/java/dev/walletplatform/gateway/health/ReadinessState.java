package dev.walletplatform.gateway.health;

import io.dropwizard.lifecycle.Managed;
import io.dropwizard.lifecycle.ServerLifecycleListener;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Server;

/**
 * Ready from the moment the server listens until shutdown begins. It does not look at Kafka on
 * purpose: when Kafka is down every pod would turn unready at once and the load balancer would
 * have nowhere to send traffic; a ready gateway answers a fast 503 + Retry-After instead.
 */
public final class ReadinessState implements ServerLifecycleListener, Managed {
  private final AtomicBoolean ready = new AtomicBoolean();

  @Override
  public void serverStarted(Server server) {
    ready.set(true);
  }

  /** Called first among the managed objects on shutdown: stop taking new traffic. */
  @Override
  public void stop() {
    ready.set(false);
  }

  public boolean isReady() {
    return ready.get();
  }
}
