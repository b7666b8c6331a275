package dev.walletplatform.bench.scenario;

import dev.walletplatform.bench.load.LoadRun;
import java.time.Duration;
import java.util.OptionalDouble;

/**
 * What the capacity probes measured, and the rates derived from it.
 *
 * @param gateway the gateway probed while stream-processors work off what it accepts on the same
 *     cores
 * @param gatewayAlone the same probe with stream-processors stopped: the gateway's own capacity, as
 *     on nodes of its own in production
 * @param decidedDuringGatewayProbe decided/s of stream-processors while the gateway probe ran
 *     beside them: what the whole path keeps up with when everything shares the machine
 * @param applierDrainPerSecond decided/s while stream-processors (screening, then the applier),
 *     restarted, drained the backlog {@code gatewayAlone} left with nothing else arriving; empty
 *     when there was too small a backlog to time
 * @param applierAlonePerSecond decided/s of the applier on a backlog of deposits published straight
 *     to its events topic (no screening in front): the figure to set against pgbench
 * @param applierProbeDeposits the size of that backlog
 */
public record Capacities(
    LoadRun emptyEndpoint,
    LoadRun gateway,
    LoadRun gatewayAlone,
    OptionalDouble decidedDuringGatewayProbe,
    OptionalDouble applierDrainPerSecond,
    long backlogAfterGatewayProbe,
    OptionalDouble applierAlonePerSecond,
    int applierProbeDeposits,
    Duration processorsRestart) {

  /**
   * What the whole path sustains on this machine: the gateway's accepted/s, unless
   * stream-processors decided fewer per second while it ran beside them (then the backlog grew:
   * that rate was a burst, not a steady state), or drain slower on their own.
   */
  public double sustainablePerSecond() {
    double rate = gateway.acceptedPerSecond();
    if (decidedDuringGatewayProbe.isPresent() && decidedDuringGatewayProbe.getAsDouble() > 0) {
      rate = Math.min(rate, decidedDuringGatewayProbe.getAsDouble());
    }
    return applierDrainPerSecond.isPresent()
        ? Math.min(rate, applierDrainPerSecond.getAsDouble())
        : rate;
  }

  /**
   * The steady rate R when none was given: 5R at most half of what the gateway accepted with 64 in
   * flight — the open model holds more requests in flight than that whenever latency wobbles, and
   * each extra one is a new TLS connection, so closer to capacity the spike tests the load
   * generator's handshakes rather than absorption — and R below 40% of stream-processors' drain
   * rate, so the steady state has headroom and a spike above the drain rate must become lag.
   */
  public double derivedSteadyRate() {
    double byGateway = 0.1 * gateway.acceptedPerSecond();
    double byApplier =
        applierDrainPerSecond.isPresent() ? 0.4 * applierDrainPerSecond.getAsDouble() : byGateway;
    return Math.max(1, Math.floor(Math.min(byGateway, byApplier)));
  }

  /**
   * Gateway accepted/s over the empty endpoint's answered/s with the same probe: the issue's ≥ 0.8.
   */
  public double gatewayToEmptyRatio() {
    return ratioToEmpty(gateway);
  }

  /**
   * As {@link #gatewayToEmptyRatio()}, stream-processors stopped: the HTTP path against the same
   * stack.
   */
  public double gatewayAloneToEmptyRatio() {
    return ratioToEmpty(gatewayAlone);
  }

  private double ratioToEmpty(LoadRun run) {
    double empty = emptyEndpoint.answeredPerSecond();
    return empty == 0 ? 0 : run.acceptedPerSecond() / empty;
  }
}
