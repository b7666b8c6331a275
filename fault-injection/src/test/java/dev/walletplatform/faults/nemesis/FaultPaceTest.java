package dev.walletplatform.faults.nemesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.faults.FaultRunOptions;
import dev.walletplatform.faults.platform.FaultPlatform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultPaceTest {
  @Test
  void theLongRunKeepsItsSessionTimeoutFaultLengthsAndJvms() {
    FaultRunOptions options = FaultRunOptions.longRun(Path.of("target", "unused"), 5);
    assertThat(options.pace().applierSessionTimeout())
        .isEqualTo(FaultPlatform.APPLIER_SESSION_TIMEOUT);
    for (Fault fault : Fault.values()) {
      assertThat(options.pace().lasts(fault)).as(fault.kind()).isEqualTo(fault.lasts());
    }
    assertThat(options.serviceJvmOptions()).isEmpty();
  }

  @Test
  void theShortRunsPauseStillOutlastsItsSessionTimeout() {
    FaultPace pace = FaultRunOptions.shortRun(Path.of("target", "unused")).pace();
    assertThat(pace.lasts(Fault.PAUSE_APPLIER)).isGreaterThan(pace.applierSessionTimeout());
  }

  @Test
  void refusesAPauseThatWouldNotMakeAZombie() {
    Map<Fault, Duration> lasts = new EnumMap<>(FaultPace.standard().lasts());
    lasts.put(Fault.PAUSE_APPLIER, Duration.ofSeconds(8));
    assertThatThrownBy(() -> new FaultPace(Duration.ofSeconds(8), lasts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zombie");
  }

  @Test
  void refusesASessionTimeoutTheBrokersWouldRefuse() {
    assertThatThrownBy(() -> new FaultPace(Duration.ofSeconds(5), FaultPace.standard().lasts()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6");
  }

  @Test
  void needsALengthForEveryFault() {
    Map<Fault, Duration> lasts = new EnumMap<>(FaultPace.standard().lasts());
    lasts.remove(Fault.REBALANCE);
    assertThatThrownBy(() -> new FaultPace(Duration.ofSeconds(10), lasts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rebalance");
  }
}
