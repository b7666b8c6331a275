package dev.walletplatform.kit.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.Server;

/**
 * One service's meters: a Prometheus registry of its own (never Micrometer's global one — tests run
 * several services in one JVM), with the JVM's meters bound from the start and Jetty's once the
 * server exists. The service's own code registers on {@link #registry()}; Kafka clients and
 * HikariCP pools bind through their Micrometer support (see {@code docs/observability.md}).
 */
public final class ServiceMeters implements AutoCloseable {
  private final PrometheusMeterRegistry registry;
  private final List<AutoCloseable> bindings = new CopyOnWriteArrayList<>();

  private ServiceMeters(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  /** A registry with latency histograms ({@link LatencyBuckets}) and the JVM's meters bound. */
  public static ServiceMeters create() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().meterFilter(new LatencyBuckets());
    ServiceMeters meters = new ServiceMeters(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new JvmInfoMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    meters.bindings.add(gc);
    // jvm_memory_usage_after_gc: the heap share still live after collection, what /live also reads
    JvmHeapPressureMetrics pressure = new JvmHeapPressureMetrics();
    pressure.bindTo(registry);
    meters.bindings.add(pressure);
    return meters;
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** The Prometheus registry itself, for the scrape. */
  PrometheusMeterRegistry prometheus() {
    return registry;
  }

  /**
   * Binds a library's own meters — {@code KafkaClientMetrics}, {@code KafkaStreamsMetrics} — and
   * closes the binder (its refresh thread) when the service stops.
   */
  public void bind(MeterBinder binder) {
    binder.bindTo(registry);
    if (binder instanceof AutoCloseable closeable) {
      bindings.add(closeable);
    }
  }

  /** Jetty's thread pool (busy, queued jobs) and every connector's connections. */
  public void bindJetty(Server server) {
    new JettyServerThreadPoolMetrics(server.getThreadPool(), List.of()).bindTo(registry);
    JettyConnectionMetrics.addToAllConnectors(server, registry);
  }

  /** Stops the GC listeners; the registry stays readable (a last scrape may still come). */
  @Override
  public void close() {
    for (AutoCloseable binding : bindings) {
      try {
        binding.close();
      } catch (Exception e) {
        // a listener that will not unregister only leaks itself; shutdown goes on
      }
    }
    bindings.clear();
  }
}
