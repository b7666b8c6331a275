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
    assertThat(health().livenessProblem()).isEmpty();
    assertThat(health().readinessProblem()).isEmpty();
  }

  @Test
  void failsLivenessWhenTheLoopIsWedged() {
    loop.beat();
    nanos.addAndGet(Duration.ofMinutes(3).toNanos());
    assertThat(health().livenessProblem())
        .hasValueSatisfying(p -> assertThat(p).contains("wedged"));
  }

  @Test
  void failsLivenessWhenTheLoopDied() {
    loop.beat();
    assertThat(health().livenessProblem()).isEmpty();
    loop.failed();
    assertThat(health().livenessProblem()).hasValueSatisfying(p -> assertThat(p).contains("died"));
  }

  @Test
  void isNotReadyBeforeTheFirstPollNorAfterStop() {
    assertThat(health().readinessProblem()).isPresent();
    loop.beat();
    loop.stopped();
    assertThat(health().readinessProblem()).isPresent();
    assertThat(health().livenessProblem()).isEmpty();
  }

  private ApplierHealth health() {
    return new ApplierHealth(() -> List.of(loop), Duration.ofMinutes(2));
  }
}
