package dev.walletplatform.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends each request of an {@link ArrivalSchedule} at its due time on a virtual thread of its own,
 * however many are still waiting for answers: the arrival rate is fixed by the schedule, not by the
 * target (an open model, as real clients behave). Latency is counted from the due time, so a slow
 * target — or a stalled generator — shows in the figures instead of silently lowering the rate.
 *
 * <p>Requests go out over at most {@code connections} connections at once, as wrk2 does: a due
 * request waits for a free one, and that wait is part of its latency. Unbounded, every late answer
 * would cost a new TLS connection, and on a small machine the handshakes of the generator and the
 * server alike would become the thing measured. One more bound protects the generator itself:
 * beyond {@code maxInFlight} unanswered (waiting or sent) requests a due request is not sent and is
 * recorded as {@link Answer#NOT_SENT}, never silently skipped.
 */
public final class OpenLoadGenerator {
  private final int maxInFlight;
  private final int connections;

  public OpenLoadGenerator(int maxInFlight, int connections) {
    if (maxInFlight < 1 || connections < 1) {
      throw new IllegalArgumentException(
          "maxInFlight and connections must be >= 1, were " + maxInFlight + ", " + connections);
    }
    this.maxInFlight = maxInFlight;
    this.connections = connections;
  }

  /**
   * Runs the schedule from {@code startNanos} (a {@link System#nanoTime()} value, shared with
   * whatever samples the system alongside) and returns once every request has been answered.
   */
  public LoadRun run(ArrivalSchedule schedule, LoadTarget target, long startNanos) {
    int secondsCovered = (int) Math.ceil(schedule.duration().toNanos() / 1e9) + 1;
    SecondRecorder recorder = new SecondRecorder(secondsCovered);
    Queue<String> acceptedIds = new ConcurrentLinkedQueue<>();
    AtomicInteger inFlight = new AtomicInteger();
    Semaphore connectionSlots = new Semaphore(connections);
    long maxLate = 0;
    try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
      for (long seq = 0; seq < schedule.size(); seq++) {
        long due = startNanos + schedule.dueNanos(seq);
        maxLate = Math.max(maxLate, waitUntil(due));
        long dueSecond = (due - startNanos) / 1_000_000_000L;
        if (inFlight.get() >= maxInFlight) {
          recorder.record(dueSecond, new Answer(Answer.NOT_SENT, null), 0);
          continue;
        }
        inFlight.incrementAndGet();
        long thisSeq = seq;
        senders.execute(
            () -> {
              try {
                Answer answer = sendOnASlot(target, thisSeq, connectionSlots);
                recorder.record(dueSecond, answer, System.nanoTime() - due);
                if (answer.accepted() && answer.commandId() != null) {
                  acceptedIds.add(answer.commandId());
                }
              } finally {
                inFlight.decrementAndGet();
              }
            });
      }
    } // close() waits for every answer
    return new LoadRun(
        recorder.seconds(),
        LatencySummary.of(recorder.overall()),
        uuids(acceptedIds),
        Duration.ofNanos(maxLate),
        Duration.ofNanos(System.nanoTime() - startNanos));
  }

  /** Parks until {@code due}; returns how late the generator already was (0 when on time). */
  static long waitUntil(long due) {
    long now = System.nanoTime();
    if (now >= due) {
      return now - due;
    }
    while (now < due) {
      LockSupport.parkNanos(due - now);
      now = System.nanoTime();
    }
    return 0;
  }

  private static Answer sendOnASlot(LoadTarget target, long seq, Semaphore connectionSlots) {
    try {
      connectionSlots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.noAnswer();
    }
    try {
      return sendSafely(target, seq);
    } finally {
      connectionSlots.release();
    }
  }

  static Answer sendSafely(LoadTarget target, long seq) {
    try {
      return target.send(seq);
    } catch (RuntimeException e) {
      // a client-side failure is an unanswered request, counted like a timeout
      return Answer.noAnswer();
    }
  }

  static List<UUID> uuids(Queue<String> ids) {
    List<UUID> result = new ArrayList<>(ids.size());
    for (String id : ids) {
      result.add(UUID.fromString(id));
    }
    return result;
  }
}
