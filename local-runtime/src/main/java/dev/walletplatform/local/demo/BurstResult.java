package dev.walletplatform.local.demo;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a burst produced: answers by HTTP status (-1 = no answer), the ids of accepted commands, and
 * the latency distribution of all answers.
 */
public record BurstResult(
    Map<Integer, Integer> answersByStatus,
    Map<String, Integer> refusalsByCode,
    List<UUID> acceptedCommandIds,
    long[] latenciesNanos,
    Duration elapsed) {

  public int sent() {
    return answersByStatus.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int accepted() {
    return answersByStatus.getOrDefault(202, 0);
  }

  public int serverErrors() {
    return answersByStatus.entrySet().stream()
        .filter(e -> e.getKey() >= 500 || e.getKey() < 0)
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** The q-quantile latency in milliseconds (q in 0..1). */
  public double latencyMillis(double q) {
    if (latenciesNanos.length == 0) {
      return 0;
    }
    long[] sorted = latenciesNanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1_000_000.0;
  }

  public double requestsPerSecond() {
    return sent() / Math.max(0.001, elapsed.toNanos() / 1e9);
  }
}
