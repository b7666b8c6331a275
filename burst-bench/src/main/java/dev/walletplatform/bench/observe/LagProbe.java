package dev.walletplatform.bench.observe;

import dev.walletplatform.local.observe.ConsumerLagProbe;
import java.time.Duration;

/**
 * The benchmark's consumer-lag probe: local-runtime's {@link ConsumerLagProbe} with short calls, so
 * a once-a-second sample never waits long on a busy broker (an unanswered sample reads -1). It
 * keeps its own name because the benchmark's scenarios are written against it.
 */
public final class LagProbe extends ConsumerLagProbe {
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);

  public LagProbe(String bootstrapServers) {
    super(bootstrapServers, CALL_TIMEOUT);
  }
}
