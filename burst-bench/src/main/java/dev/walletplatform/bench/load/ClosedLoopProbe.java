package dev.walletplatform.bench.load;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Capacity, not latency: {@code concurrency} clients each send their next request as soon as the
 * previous one is answered, for a fixed time. The answered requests per second are the most the
 * target serves with that many in flight; comparing two targets with the same probe in the same run
 * gives a ratio that survives the machine's noise. (Its latencies are those of a closed model: the
 * open generator is the one to read latency from.)
 */
public final class ClosedLoopProbe {
  private final int concurrency;
  private final Duration duration;

  public ClosedLoopProbe(int concurrency, Duration duration) {
    if (concurrency < 1 || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(
          "need concurrency >= 1 and a positive duration, got " + concurrency + ", " + duration);
    }
    this.concurrency = concurrency;
    this.duration = duration;
  }

  /**
   * @param firstSeq where request numbering starts, so idempotency keys never repeat across probes
   */
  public LoadRun run(LoadTarget target, long firstSeq) {
    SecondRecorder recorder = new SecondRecorder((int) duration.toSeconds() + 2);
    Queue<String> acceptedIds = new ConcurrentLinkedQueue<>();
    AtomicLong next = new AtomicLong(firstSeq);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < concurrency; i++) {
        clients.execute(
            () -> {
              for (long sentAt = System.nanoTime(); sentAt < end; sentAt = System.nanoTime()) {
                Answer answer = OpenLoadGenerator.sendSafely(target, next.getAndIncrement());
                recorder.record(
                    (sentAt - start) / 1_000_000_000L, answer, System.nanoTime() - sentAt);
                if (answer.accepted() && answer.commandId() != null) {
                  acceptedIds.add(answer.commandId());
                }
              }
            });
      }
    }
    return new LoadRun(
        recorder.seconds(),
        LatencySummary.of(recorder.overall()),
        OpenLoadGenerator.uuids(acceptedIds),
        Duration.ZERO,
        duration);
  }

  public int concurrency() {
    return concurrency;
  }
}
