package dev.walletplatform.bench.load;

import java.util.Map;

/**
 * The requests due in one second of a run and how they ended.
 *
 * @param byStatus count per HTTP status (-1 no answer, -2 not sent)
 */
public record SecondStats(
    long second, long sent, long accepted, Map<Integer, Long> byStatus, LatencySummary latency) {
  public SecondStats {
    byStatus = Map.copyOf(byStatus);
  }

  /** Answers of 500 and above (503 shedding included). */
  public long serverErrors() {
    return byStatus.entrySet().stream()
        .filter(e -> e.getKey() >= 500)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** Neither accepted nor a server error: 4xx, no answer, not sent. */
  public long otherFailures() {
    return sent - accepted - serverErrors();
  }
}
