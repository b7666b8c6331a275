package dev.walletplatform.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What a load run did.
 *
 * @param seconds per second of the run, by due time
 * @param overall latency over the whole run
 * @param acceptedCommandIds the command id of every accepted request: each must end up decided
 * @param maxSchedulerLateness how far behind its schedule the generator itself fell at worst (a
 *     health figure of the generator; latency already includes it)
 */
public record LoadRun(
    List<SecondStats> seconds,
    LatencySummary overall,
    List<UUID> acceptedCommandIds,
    Duration maxSchedulerLateness,
    Duration elapsed) {
  public LoadRun {
    seconds = List.copyOf(seconds);
    acceptedCommandIds = List.copyOf(acceptedCommandIds);
  }

  public long sent() {
    return seconds.stream().mapToLong(SecondStats::sent).sum();
  }

  public long accepted() {
    return seconds.stream().mapToLong(SecondStats::accepted).sum();
  }

  public long serverErrors() {
    return seconds.stream().mapToLong(SecondStats::serverErrors).sum();
  }

  /** Requests answered by any status per second of wall time (closed-loop capacity). */
  public double answeredPerSecond() {
    long answered =
        seconds.stream()
            .mapToLong(
                s ->
                    s.sent()
                        - s.byStatus().getOrDefault(Answer.NO_ANSWER, 0L)
                        - s.byStatus().getOrDefault(Answer.NOT_SENT, 0L))
            .sum();
    return answered / Math.max(elapsed.toNanos() / 1e9, 1e-9);
  }

  public double acceptedPerSecond() {
    return accepted() / Math.max(elapsed.toNanos() / 1e9, 1e-9);
  }
}
