package dev.walletplatform.walletctl.config;

import java.time.Clock;
import java.time.Instant;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Picocli's converter for every {@link Instant} option: {@link TimeArgument}, a bad time is exit 2.
 */
public final class TimeConverter implements ITypeConverter<Instant> {
  private final Clock clock;

  public TimeConverter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Instant convert(String value) {
    try {
      return TimeArgument.parse(value, clock);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
