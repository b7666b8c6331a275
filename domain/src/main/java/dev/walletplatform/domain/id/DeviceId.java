package dev.walletplatform.domain.id;

import dev.walletplatform.domain.error.ErrorCode;
import dev.walletplatform.domain.error.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The device a mobile client says it runs on ({@code X-Device-Id}): 1-64 characters of letters,
 * digits, '.', '_', ':' or '-'. Self-declared, so only a hint for abuse screening (claims are
 * counted per device); the alphabet and bound keep it a safe, small Kafka field and metric label.
 */
public record DeviceId(String value) {
  public static final String HEADER = "X-Device-Id";
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  public DeviceId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("device id must match " + FORMAT + ", was: " + value);
    }
  }

  /**
   * The header's device id, or empty when the client sent none; a malformed one, or more than one,
   * is {@link ErrorCode#INVALID_DEVICE_ID} rather than silently dropped, so a client bug shows.
   */
  public static Optional<DeviceId> parseHeader(List<String> values) {
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw new InvalidInputException(
          ErrorCode.INVALID_DEVICE_ID, HEADER, HEADER + " must be sent at most once");
    }
    String text = values.get(0);
    if (text == null || !FORMAT.matcher(text).matches()) {
      throw new InvalidInputException(
          ErrorCode.INVALID_DEVICE_ID,
          HEADER,
          HEADER + " must be 1-64 characters of A-Z, a-z, 0-9, '.', '_', ':', '-'");
    }
    return Optional.of(new DeviceId(text));
  }

  @Override
  public String toString() {
    return value;
  }
}
