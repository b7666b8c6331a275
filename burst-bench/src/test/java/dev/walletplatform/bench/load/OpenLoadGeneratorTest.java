package dev.walletplatform.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

class OpenLoadGeneratorTest {
  private static ArrivalSchedule steady(double rate, long seconds) {
    return new ArrivalSchedule(List.of(new RatePhase("steady", rate, Duration.ofSeconds(seconds))));
  }

  @Test
  void sendsEachRequestOnScheduleHoweverSlowlyTheTargetAnswers() {
    ArrivalSchedule schedule = steady(50, 1);
    Queue<Long> sentAtOffsets = new ConcurrentLinkedQueue<>();
    long start = System.nanoTime() + 50_000_000L;
    LoadRun run =
        new OpenLoadGenerator(1_000, 1_000)
            .run(
                schedule,
                seq -> {
                  long offset = System.nanoTime() - start;
                  sentAtOffsets.add(offset - schedule.dueNanos(seq));
                  sleep(300);
                  return new Answer(202, "00000000-0000-0000-0000-" + String.format("%012d", seq));
                },
                start);

    assertThat(run.sent()).isEqualTo(50);
    assertThat(run.accepted()).isEqualTo(50);
    assertThat(run.acceptedCommandIds()).hasSize(50).doesNotHaveDuplicates();
    // a closed loop of one would need 50 × 300 ms; the open model sends on time regardless
    assertThat(run.elapsed()).isLessThan(Duration.ofSeconds(3));
    assertThat(sentAtOffsets).allSatisfy(late -> assertThat(late).isLessThan(200_000_000L));
  }

  @Test
  void chargesAStallToEveryRequestDueDuringIt() {
    // the target stalls 500 ms on its first request and everything behind it queues: a closed-loop
    // client would see one slow request; requests due during the stall must carry their wait
    ReentrantLock server = new ReentrantLock();
    LoadRun run =
        new OpenLoadGenerator(1_000, 1_000)
            .run(
                steady(100, 1),
                seq -> {
                  server.lock();
                  try {
                    if (seq == 0) {
                      sleep(500);
                    }
                  } finally {
                    server.unlock();
                  }
                  return new Answer(202, null);
                },
                System.nanoTime());

    assertThat(run.sent()).isEqualTo(100);
    assertThat(run.overall().maxMs()).isGreaterThanOrEqualTo(450);
    assertThat(run.overall().p90Ms())
        .as("the 40-odd requests due in the stall waited 10..490 ms")
        .isGreaterThanOrEqualTo(250);
  }

  @Test
  void recordsRequestsBeyondTheInFlightCapAsNotSentInsteadOfDroppingThem() {
    LoadRun run =
        new OpenLoadGenerator(2, 2)
            .run(
                steady(20, 1),
                seq -> {
                  sleep(500);
                  return new Answer(202, null);
                },
                System.nanoTime());

    long notSent =
        run.seconds().stream().mapToLong(s -> s.byStatus().getOrDefault(Answer.NOT_SENT, 0L)).sum();
    assertThat(run.sent()).as("every due request is accounted for").isEqualTo(20);
    assertThat(notSent).isPositive();
    assertThat(run.accepted() + notSent).isEqualTo(20);
  }

  @Test
  void queuesForAFreeConnectionAndChargesTheWaitToTheRequest() {
    // 20 requests due over 1 s, 2 connections, 200 ms each: only 10 answers per second fit, so the
    // later requests wait for a connection — sent late, never dropped, and their latency shows it
    LoadRun run =
        new OpenLoadGenerator(1_000, 2)
            .run(
                steady(20, 1),
                seq -> {
                  sleep(200);
                  return new Answer(202, null);
                },
                System.nanoTime());

    assertThat(run.accepted()).isEqualTo(20);
    assertThat(run.overall().maxMs())
        .as("the last due at 950 ms goes out near 1.8 s")
        .isGreaterThanOrEqualTo(800);
    assertThat(run.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(1_900));
  }

  @Test
  void countsATargetThatThrowsAsUnanswered() {
    LoadRun run =
        new OpenLoadGenerator(10, 10)
            .run(
                steady(10, 1),
                seq -> {
                  throw new IllegalStateException("connection reset");
                },
                System.nanoTime());

    assertThat(run.accepted()).isZero();
    assertThat(run.seconds().get(0).byStatus()).containsEntry(Answer.NO_ANSWER, 10L);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
