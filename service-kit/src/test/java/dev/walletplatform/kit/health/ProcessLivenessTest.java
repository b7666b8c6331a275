package dev.walletplatform.kit.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessLivenessTest {
  @Test
  void isLiveWhileTheHeapAfterGcStaysBelowTheLimit() {
    assertThat(new ProcessLiveness(0.85, () -> 0.84).problems()).isEmpty();
  }

  @Test
  void failsWhenTheHeapStaysFullAfterGcNamingBothShares() {
    assertThat(new ProcessLiveness(0.85, () -> 0.95).problems())
        .singleElement()
        .asString()
        .contains("heap after GC at 95%", "85%");
  }

  @Test
  void refusesALimitOutsideZeroToOne() {
    assertThatThrownBy(() -> new ProcessLiveness(1.5)).hasMessageContaining("(0, 1]");
  }

  @Test
  void readsThisJvmsRealHeapAsAShare() {
    assertThat(ProcessLiveness.heapAfterLastGc()).isBetween(0.0, 1.0);
  }
}
