package dev.walletplatform.walletctl.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.walletctl.ExitCode;
import dev.walletplatform.walletctl.UsageException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayWindowTest {
  private static final Instant NINE = Instant.parse("2026-03-14T09:00:00Z");

  @Test
  void rejectsATimeWindowWhoseStartIsNotBeforeItsEnd() {
    assertThatThrownBy(() -> new ReplayWindow(NINE, null, NINE, null))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("bad time window")
        .hasMessageContaining("times without a zone are UTC")
        .satisfies(e -> assertThat(((UsageException) e).exitCode()).isEqualTo(ExitCode.USAGE));
    assertThatThrownBy(() -> new ReplayWindow(NINE.plusSeconds(1), null, NINE, null))
        .isInstanceOf(UsageException.class);
  }

  @Test
  void rejectsAnEmptyOrNegativeOffsetWindow() {
    assertThatThrownBy(() -> new ReplayWindow(null, 10L, null, 10L))
        .hasMessageContaining("bad offset window");
    assertThatThrownBy(() -> new ReplayWindow(null, -1L, null, null))
        .hasMessageContaining("bad offset window");
  }

  @Test
  void describesTheWindowAsHalfOpen() {
    assertThat(new ReplayWindow(NINE, null, NINE.plusSeconds(1_800), null).describe())
        .isEqualTo("from 2026-03-14T09:00:00Z (included) to 2026-03-14T09:30:00Z (excluded)");
    assertThat(new ReplayWindow(null, 12L, null, null).describe())
        .isEqualTo("from offset 12 (included) to the current end (excluded)");
  }
}
