package dev.walletplatform.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecondRecorderTest {
  @Test
  void filesEachRequestUnderItsDueSecondWithItsStatusAndLatency() {
    SecondRecorder recorder = new SecondRecorder(3);
    recorder.record(0, new Answer(202, "a"), 2_000_000);
    recorder.record(0, new Answer(503, null), 4_000_000);
    recorder.record(1, new Answer(202, "b"), 1_500_000_000L);
    recorder.record(1, Answer.noAnswer(), 30_000_000_000L);

    SecondStats first = recorder.seconds().get(0);
    assertThat(first.sent()).isEqualTo(2);
    assertThat(first.accepted()).isEqualTo(1);
    assertThat(first.serverErrors()).isEqualTo(1);
    assertThat(first.byStatus()).containsEntry(202, 1L).containsEntry(503, 1L);
    assertThat(first.latency().maxMs()).isBetween(3.9, 4.1);
    SecondStats second = recorder.seconds().get(1);
    assertThat(second.otherFailures()).as("no answer").isEqualTo(1);
    assertThat(second.latency().p50Ms()).isBetween(1_499.0, 1_502.0);
    assertThat(recorder.seconds().get(2).sent()).isZero();
    assertThat(LatencySummary.of(recorder.overall()).count()).isEqualTo(4);
  }

  @Test
  void keepsLateAndEarlySecondsAtTheEdgesInsteadOfFailing() {
    SecondRecorder recorder = new SecondRecorder(2);
    recorder.record(-1, new Answer(202, null), 1_000);
    recorder.record(99, new Answer(202, null), 1_000);
    assertThat(recorder.seconds().get(0).sent()).isEqualTo(1);
    assertThat(recorder.seconds().get(1).sent()).isEqualTo(1);
  }

  @Test
  void leavesRequestsThatWereNeverSentOutOfTheLatencies() {
    SecondRecorder recorder = new SecondRecorder(1);
    recorder.record(0, new Answer(Answer.NOT_SENT, null), 0);
    assertThat(recorder.seconds().get(0).sent()).isEqualTo(1);
    assertThat(recorder.seconds().get(0).latency().count()).isZero();
  }
}
