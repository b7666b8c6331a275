package dev.walletplatform.walletctl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeArgumentTest {
  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  /** A clock in a zone far from UTC: a parser that used the local zone would be caught out. */
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Pacific/Kiritimati"));

  @Test
  void readsATimeWithoutZoneAsUtcNeverTheLocalZone() {
    assertThat(TimeArgument.parse("2026-03-14T09:05", CLOCK))
        .isEqualTo(Instant.parse("2026-03-14T09:05:00Z"));
    assertThat(TimeArgument.parse("2026-03-14T09:05:30.250", CLOCK))
        .isEqualTo(Instant.parse("2026-03-14T09:05:30.250Z"));
  }

  @Test
  void honoursAnOffsetOrARegionWhenOneIsGiven() {
    assertThat(TimeArgument.parse("2026-03-14T09:05:00Z", CLOCK))
        .isEqualTo(Instant.parse("2026-03-14T09:05:00Z"));
    assertThat(TimeArgument.parse("2026-03-14T10:35+01:00", CLOCK))
        .isEqualTo(Instant.parse("2026-03-14T09:35:00Z"));
    assertThat(TimeArgument.parse("2026-03-14T10:35[Europe/Berlin]", CLOCK))
        .isEqualTo(Instant.parse("2026-03-14T09:35:00Z"));
    // summer time: the region knows the offset is +02:00 in July
    assertThat(TimeArgument.parse("2026-07-01T12:00[Europe/Berlin]", CLOCK))
        .isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
  }

  @Test
  void readsADateAsUtcMidnight() {
    assertThat(TimeArgument.parse("2026-03-14", CLOCK))
        .isEqualTo(Instant.parse("2026-03-14T00:00:00Z"));
  }

  @Test
  void readsNowAndDurationsRelativeToNow() {
    assertThat(TimeArgument.parse("now", CLOCK)).isEqualTo(NOW);
    assertThat(TimeArgument.parse("-PT30M", CLOCK)).isEqualTo(NOW.minusSeconds(1_800));
    assertThat(TimeArgument.parse("-P1D", CLOCK)).isEqualTo(NOW.minusSeconds(86_400));
  }

  @Test
  void rejectsAnythingElseListingTheFormsItAccepts() {
    assertThatThrownBy(() -> TimeArgument.parse("yesterday", CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'yesterday' is not a time")
        .hasMessageContaining("2026-03-14T10:05[Europe/Berlin]");
    assertThatThrownBy(() -> TimeArgument.parse("14/03/2026 09:05", CLOCK))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
