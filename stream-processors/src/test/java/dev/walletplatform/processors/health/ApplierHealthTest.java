package dev.walletplatform.processors.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApplierHealthTest {
  private final AtomicLong nanos = new AtomicLong();
  private final LoopHeartbeat loop = new LoopHeartbeat("ledger-applier-0", nanos::get);

  @Test
  void isLiveWhileTheLoopKeepsBeatingEvenIfNothingIsApplied() {
    loop.beat();
    nanos.addAndGet(Duration.ofSeconds(30).toNanos());
    assertThat(health(0.1).livenessProblem()).isEmpty();
    assertThat(health(0.1).readinessProblem()).isEmpty();
  }

  @Test
  void failsLivenessWhenTheLoopIsWedged() {
    loop.beat();
    nanos.addAndGet(Duration.ofMinutes(3).toNanos());
    assertThat(health(0.1).livenessProblem()).hasValueSatisfying(p -> assertThat(p).contains("wedged"));
  }

  @Test
  void failsLivenessWhenTheLoopDiedOrTheHeapStaysFull() {
    loop.beat();
    assertThat(health(0.95).livenessProblem()).hasValueSatisfying(p -> assertThat(p).contains("heap"));
    loop.failed();
    assertThat(health(0.1).livenessProblem()).hasValueSatisfying(p -> assertThat(p).contains("died"));
  }

  @Test
  void isNotReadyBeforeTheFirstPollNorAfterStop() {
    assertThat(health(0.1).readinessProblem()).isPresent();
    loop.beat();
    loop.stopped();
    assertThat(health(0.1).readinessProblem()).isPresent();
    assertThat(health(0.1).livenessProblem()).isEmpty();
  }

  private ApplierHealth health(double heap) {
    return new ApplierHealth(() -> List.of(loop), Duration.ofMinutes(2), 0.85, () -> heap);
  }
}
