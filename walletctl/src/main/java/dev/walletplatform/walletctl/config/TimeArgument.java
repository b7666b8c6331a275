package dev.walletplatform.walletctl.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/**
 * Parses the times operators type. A time without a zone is UTC — never the laptop's zone, which is
 * how a replay window silently shifts by an hour with other tools. Accepted: {@code
 * 2026-03-14T09:05:00Z}, {@code 2026-03-14T10:05+01:00}, {@code 2026-03-14T10:05[Europe/Berlin]},
 * {@code 2026-03-14T09:05} (UTC), {@code 2026-03-14} (UTC midnight), {@code now}, {@code -PT30M}
 * (relative to now).
 */
public final class TimeArgument {
  static final String FORMS =
      "2026-03-14T09:05:00Z, 2026-03-14T10:05+01:00, 2026-03-14T10:05[Europe/Berlin],"
          + " 2026-03-14T09:05 (UTC), 2026-03-14 (UTC midnight), now, -PT30M (30 minutes ago)";

  /**
   * ISO local date-time, then an optional offset and an optional [region] (the JDK's own nests the
   * region in the offset).
   */
  private static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffsetId()
          .optionalEnd()
          .optionalStart()
          .appendLiteral('[')
          .parseCaseSensitive()
          .appendZoneRegionId()
          .appendLiteral(']')
          .optionalEnd()
          .toFormatter();

  private TimeArgument() {}

  public static Instant parse(String text, Clock clock) {
    String value = text.strip();
    // record timestamps are milliseconds: "now" finer than that only makes plans harder to read
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    if (value.equalsIgnoreCase("now")) {
      return now;
    }
    try {
      if (value.startsWith("-P") || value.startsWith("+P")) {
        return now.plus(Duration.parse(value));
      }
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      TemporalAccessor parsed =
          DATE_TIME.parseBest(value, ZonedDateTime::from, LocalDateTime::from);
      return parsed instanceof ZonedDateTime zoned
          ? zoned.toInstant()
          : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a time (" + e.getMessage() + "); use ISO-8601: " + FORMS, e);
    }
  }
}
