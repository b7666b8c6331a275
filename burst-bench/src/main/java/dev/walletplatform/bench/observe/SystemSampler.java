package dev.walletplatform.bench.observe;

import dev.walletplatform.local.observe.ConnectionSampler;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * Once per second, aligned to the load's start: lag, the applier's counters and the peak of
 * database connections in that second (PostgreSQL's pg_stat_activity sampled every 50 ms by
 * local-runtime's {@link ConnectionSampler}). Runs on its own platform thread so a flood of virtual
 * threads cannot delay it.
 */
public final class SystemSampler implements AutoCloseable {
  private final Optional<LagProbe> lag;
  private final Optional<PrometheusCounters> applier;
  private final ConnectionSampler connections;
  private final long startNanos;
  private final List<SystemSample> samples = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  /**
   * @param lag empty for a baseline without Kafka
   * @param applier the applier's /metrics (with its key); empty for a baseline without an applier
   */
  public SystemSampler(
      Optional<LagProbe> lag,
      Optional<PrometheusCounters> applier,
      ConnectionSampler connections,
      long startNanos) {
    this.lag = lag;
    this.applier = applier;
    this.connections = connections;
    this.startNanos = startNanos;
    this.thread = Thread.ofPlatform().daemon().name("bench-system-sampler").start(this::loop);
  }

  private void loop() {
    connections.resetPeak();
    for (long second = 0; running; second++) {
      long tick = startNanos + (second + 1) * 1_000_000_000L;
      while (running && System.nanoTime() < tick) {
        LockSupport.parkNanos(tick - System.nanoTime());
      }
      int dbPeak = connections.peak();
      connections.resetPeak();
      long applied =
          applier.map(a -> (long) a.sum(PrometheusCounters::applied).orElse(-1)).orElse(-1L);
      long decided =
          applier.map(a -> (long) a.sum(PrometheusCounters::decided).orElse(-1)).orElse(-1L);
      samples.add(
          new SystemSample(
              second, lag.map(LagProbe::totalLag).orElse(-1L), applied, decided, dbPeak));
    }
  }

  public List<SystemSample> samples() {
    return List.copyOf(samples);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
