package dev.walletplatform.processors.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time from the gateway's 202 ({@code accepted_at}) to a hop's decision, as a histogram by
 * command kind and outcome: {@code wallet_command_accept_to_applied_seconds} (the ledger decided)
 * and {@code wallet_command_accept_to_screened_seconds} (screening decided). A burst shows here
 * first: the queue absorbs it, and this is how long a user waited for the answer.
 *
 * <p>Beside it, {@code wallet_consumer_time_behind_seconds{group}}: how old the newest decided
 * command was when its hop decided it — the consumer group's time behind, which, unlike a record
 * count, means the same at every rate. It keeps its last value while no command flows.
 */
public final class AcceptToDecision {
  private final MeterRegistry registry;
  private final Clock clock;
  private final String name;
  private final AtomicLong behindMillis = new AtomicLong();

  private AcceptToDecision(MeterRegistry registry, Clock clock, String hop, String group) {
    this.registry = registry;
    this.clock = clock;
    this.name = "wallet.command.accept.to." + hop;
    Gauge.builder("wallet.consumer.time.behind", behindMillis, ms -> ms.get() / 1000.0)
        .description("age of the newest command a consumer group decided, when it decided it")
        .baseUnit("seconds")
        .tag("group", group)
        .register(registry);
  }

  /** The ledger applier's: outcome {@code applied} or {@code rejected}. */
  public static AcceptToDecision applied(MeterRegistry registry, Clock clock) {
    return new AcceptToDecision(registry, clock, "applied", "ledger-applier");
  }

  /** Screening's: outcome {@code passed} or {@code rejected}. */
  public static AcceptToDecision screened(MeterRegistry registry, Clock clock) {
    return new AcceptToDecision(registry, clock, "screened", "screening");
  }

  /**
   * @param kind the command kind, lower case ({@code transfer})
   */
  public void record(String kind, String outcome, Instant acceptedAt) {
    // a clock behind the gateway's must not record a negative wait
    Duration waited = Duration.between(acceptedAt, clock.instant());
    Duration recorded = waited.isNegative() ? Duration.ZERO : waited;
    Timer.builder(name)
        .description("from the gateway's 202 to this hop's decision")
        .tag("kind", kind)
        .tag("outcome", outcome)
        .register(registry)
        .record(recorded);
    behindMillis.set(recorded.toMillis());
  }
}
