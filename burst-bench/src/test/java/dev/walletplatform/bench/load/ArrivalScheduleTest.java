package dev.walletplatform.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {
  private final ArrivalSchedule burst =
      new ArrivalSchedule(
          List.of(
              new RatePhase("steady", 10, Duration.ofSeconds(2)),
              new RatePhase("spike", 50, Duration.ofSeconds(1)),
              new RatePhase("after", 10, Duration.ofSeconds(1))));

  @Test
  void countsRateTimesDurationInEveryPhase() {
    assertThat(burst.size()).isEqualTo(20 + 50 + 10);
    assertThat(burst.duration()).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void spacesRequestsEvenlyAtEachPhasesRate() {
    assertThat(burst.dueNanos(0)).isZero();
    assertThat(burst.dueNanos(1)).isEqualTo(100_000_000L);
    assertThat(burst.dueNanos(19)).isEqualTo(1_900_000_000L);
    assertThat(burst.dueNanos(20)).as("first of the spike").isEqualTo(2_000_000_000L);
    assertThat(burst.dueNanos(21)).isEqualTo(2_020_000_000L);
    assertThat(burst.dueNanos(70)).as("first after the spike").isEqualTo(3_000_000_000L);
  }

  @Test
  void dueTimesNeverGoBackwards() {
    for (long seq = 1; seq < burst.size(); seq++) {
      assertThat(burst.dueNanos(seq)).isGreaterThanOrEqualTo(burst.dueNanos(seq - 1));
    }
  }

  @Test
  void tellsThePhaseOfARequestAndOfASecond() {
    assertThat(burst.phases().get(burst.phaseOf(19)).name()).isEqualTo("steady");
    assertThat(burst.phases().get(burst.phaseOf(20)).name()).isEqualTo("spike");
    assertThat(burst.phases().get(burst.phaseOf(79)).name()).isEqualTo("after");
    assertThat(burst.phaseAtSecond(1).name()).isEqualTo("steady");
    assertThat(burst.phaseAtSecond(2).name()).isEqualTo("spike");
    assertThat(burst.phaseAtSecond(9).name()).isEqualTo("after");
  }

  @Test
  void skipsAPauseWithNoRequests() {
    ArrivalSchedule paused =
        new ArrivalSchedule(
            List.of(
                new RatePhase("a", 2, Duration.ofSeconds(1)),
                new RatePhase("pause", 0, Duration.ofSeconds(3)),
                new RatePhase("b", 2, Duration.ofSeconds(1))));
    assertThat(paused.size()).isEqualTo(4);
    assertThat(paused.dueNanos(2)).isEqualTo(4_000_000_000L);
    assertThat(paused.phases().get(paused.phaseOf(2)).name()).isEqualTo("b");
  }

  @Test
  void refusesRequestsOutsideTheScheduleAndBadPhases() {
    assertThatThrownBy(() -> burst.dueNanos(80))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("80");
    assertThatThrownBy(() -> new RatePhase("x", -1, Duration.ofSeconds(1)))
        .hasMessageContaining("rate");
    assertThatThrownBy(() -> new RatePhase("x", 1, Duration.ZERO)).hasMessageContaining("duration");
    assertThatThrownBy(() -> new ArrivalSchedule(List.of()))
        .hasMessageContaining("at least one phase");
  }
}
