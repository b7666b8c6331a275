package dev.walletplatform.kit.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one shape of every error body every port answers.
 *
 * @param code machine-readable: an {@link ApiErrorCode} or {@code
 *     dev.walletplatform.domain.error.ErrorCode} name
 * @param message for humans; may change between versions
 * @param details the state that explains it (the field at fault, limits, error_id,
 *     retry_after_seconds); never null
 */
public record ErrorBody(
    @JsonProperty("code") String code,
    @JsonProperty("message") String message,
    @JsonProperty("details") Map<String, Object> details) {
  public ErrorBody {
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  public static ErrorBody of(ApiErrorCode code, String message) {
    return new ErrorBody(code.name(), message, Map.of());
  }
}
