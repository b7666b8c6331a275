package dev.walletplatform.processors.deadletter;

import com.codahale.metrics.MetricRegistry;
import java.util.Map;

/**
 * The {@code streams.deadletters.<CODE>} meters the Streams error handlers mark. Kafka Streams
 * creates the handlers by class name, so the registry reaches them through the Streams config under
 * {@link #CONFIG_KEY}.
 */
public final class DeadLetterMeters {
  public static final String CONFIG_KEY = "wallet.metrics.registry";

  private final MetricRegistry registry;

  private DeadLetterMeters(MetricRegistry registry) {
    this.registry = registry;
  }

  static DeadLetterMeters none() {
    return new DeadLetterMeters(null);
  }

  static DeadLetterMeters from(Map<String, ?> configs) {
    return new DeadLetterMeters(registryIn(configs));
  }

  static MetricRegistry registryIn(Map<String, ?> configs) {
    return configs.get(CONFIG_KEY) instanceof MetricRegistry registry ? registry : null;
  }

  void mark(DeadLetterCode code) {
    if (registry != null) {
      registry.meter("streams.deadletters." + code).mark();
    }
  }
}
