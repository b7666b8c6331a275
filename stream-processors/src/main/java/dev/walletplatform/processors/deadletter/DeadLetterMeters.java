package dev.walletplatform.processors.deadletter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;

/**
 * {@code wallet_deadletters_total{code}}: every record sent to the dead-letter topic, by the
 * applier or a Streams error handler, one series per {@link DeadLetterCode} — each registered at 0
 * up front, so an alert sees the first one arrive. Kafka Streams creates its handlers by class
 * name, so the registry reaches them through the Streams config under {@link #CONFIG_KEY}.
 */
public final class DeadLetterMeters {
  public static final String CONFIG_KEY = "wallet.metrics.registry";
  static final String NAME = "wallet.deadletters";

  private final MeterRegistry registry;

  private DeadLetterMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** The counters of {@code registry}, every code registered at 0. */
  public static DeadLetterMeters of(MeterRegistry registry) {
    DeadLetterMeters meters = new DeadLetterMeters(registry);
    for (DeadLetterCode code : DeadLetterCode.values()) {
      meters.counter(code);
    }
    return meters;
  }

  static DeadLetterMeters none() {
    return new DeadLetterMeters(null);
  }

  static DeadLetterMeters from(Map<String, ?> configs) {
    return configs.get(CONFIG_KEY) instanceof MeterRegistry registry ? of(registry) : none();
  }

  public void mark(DeadLetterCode code) {
    if (registry != null) {
      counter(code).increment();
    }
  }

  /** How many records went to the dead-letter topic with {@code code}. */
  public long count(DeadLetterCode code) {
    return registry == null ? 0 : (long) counter(code).count();
  }

  private Counter counter(DeadLetterCode code) {
    return Counter.builder(NAME)
        .description("records sent to the dead-letter topic, by dlq.error.code")
        .tag("code", code.name())
        .register(registry);
  }
}
