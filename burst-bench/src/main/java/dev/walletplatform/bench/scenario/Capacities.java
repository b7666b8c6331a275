package dev.walletplatform.bench.scenario;

import dev.walletplatform.bench.load.LoadRun;
import java.util.OptionalDouble;

/**
 * What the capacity probes measured, and the rates derived from it.
 *
 * @param applierDrainPerSecond decided/s while stream-processors (screening, then the applier)
 *     drained the gateway probe's backlog with nothing else arriving; empty when it kept up and
 *     there was no backlog to time
 * @param applierAlonePerSecond decided/s of the applier on a backlog of deposits published
 *     straight to its events topic (no screening in front): the figure to set against pgbench
 * @param applierProbeDeposits the size of that backlog
 */
public record Capacities(LoadRun emptyEndpoint, LoadRun gateway, OptionalDouble applierDrainPerSecond,
    long backlogAfterGatewayProbe, OptionalDouble applierAlonePerSecond, int applierProbeDeposits) {

  /** What the whole path sustains: the gateway, or the applier when that is slower. */
  public double sustainablePerSecond() {
    double accepted = gateway.acceptedPerSecond();
    return applierDrainPerSecond.isPresent() ? Math.min(accepted, applierDrainPerSecond.getAsDouble()) : accepted;
  }

  /**
   * The steady rate R when none was given: 5R at most half of what the gateway accepted with 64 in
   * flight — the open model holds more requests in flight than that whenever latency wobbles, and each
   * extra one is a new TLS connection, so closer to capacity the spike tests the load generator's
   * handshakes rather than absorption — and R below 40% of stream-processors' drain rate, so the
   * steady state has headroom and a spike above the drain rate must become lag.
   */
  public double derivedSteadyRate() {
    double byGateway = 0.1 * gateway.acceptedPerSecond();
    double byApplier = applierDrainPerSecond.isPresent() ? 0.4 * applierDrainPerSecond.getAsDouble() : byGateway;
    return Math.max(1, Math.floor(Math.min(byGateway, byApplier)));
  }

  /** Gateway accepted/s over the empty endpoint's answered/s with the same probe: the issue's ≥ 0.8. */
  public double gatewayToEmptyRatio() {
    double empty = emptyEndpoint.answeredPerSecond();
    return empty == 0 ? 0 : gateway.acceptedPerSecond() / empty;
  }
}
