package dev.walletplatform.kit.http;

import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The kit's root unchecked exception: a refusal a client gets as the one error shape, with a
 * documented code, the status that code implies, details that explain it, and — for refusals worth
 * retrying — the {@code Retry-After} it carries. Services throw it (or their few subclasses of it);
 * {@link ErrorResponseMapper} renders it.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ApiErrorCode code;
  private final transient Map<String, Object> details;
  private final long retryAfterSeconds;

  public ApiException(ApiErrorCode code, String message) {
    this(code, message, Map.of(), null, null);
  }

  public ApiException(ApiErrorCode code, String message, Map<String, Object> details) {
    this(code, message, details, null, null);
  }

  /**
   * @param retryAfter null when retrying is pointless; else rounded up to whole seconds (at least
   *     1: Retry-After has no fractions and 0 invites a spin) and added to the details
   */
  public ApiException(
      ApiErrorCode code,
      String message,
      Map<String, Object> details,
      @Nullable Duration retryAfter,
      @Nullable Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.retryAfterSeconds = retryAfter == null ? 0 : wholeSecondsOf(retryAfter);
    // insertion order is kept: clients and logs read the details in the order they were written
    Map<String, Object> all = new LinkedHashMap<>(details);
    if (retryAfter != null) {
      all.put("retry_after_seconds", retryAfterSeconds);
    }
    this.details = Collections.unmodifiableMap(all);
  }

  public ApiErrorCode code() {
    return code;
  }

  public int status() {
    return code.status();
  }

  public Map<String, Object> details() {
    return details;
  }

  /**
   * What the log line of a 5xx refusal adds to the message, never sent to the client: internal
   * state (a pool's counts, a broker's address) that explains it to an operator.
   */
  public String logDetail() {
    return "";
  }

  /**
   * {@code retryAfter} as {@code Retry-After} states it: rounded up to whole seconds, at least 1
   * (the header has no fractions, and 0 invites a spin).
   */
  public static long wholeSecondsOf(Duration retryAfter) {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }

  /** The whole seconds of {@code Retry-After}, when the client should retry. */
  public Optional<Long> retryAfterSeconds() {
    return retryAfterSeconds == 0 ? Optional.empty() : Optional.of(retryAfterSeconds);
  }
}
