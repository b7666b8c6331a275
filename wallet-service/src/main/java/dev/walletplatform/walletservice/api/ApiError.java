package dev.walletplatform.walletservice.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The one shape of every error body.
 *
 * @param code machine-readable: an {@link dev.walletplatform.domain.error.ErrorCode} or {@link ServiceErrorCode} name
 * @param message for humans; may change between versions
 * @param details the state that explains it (the field at fault, error_id, retry_after_seconds); never null
 */
public record ApiError(
    @JsonProperty("code") String code,
    @JsonProperty("message") String message,
    @JsonProperty("details") Map<String, Object> details) {
  public ApiError {
    details = Map.copyOf(details);
  }
}
