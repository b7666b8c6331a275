package dev.walletplatform.gateway.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The gateway's root unchecked exception: a refusal with a documented code, the HTTP status that
 * code implies, and details that explain it (limits, reasons) for the client.
 */
public class GatewayException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final GatewayErrorCode code;
  private final transient Map<String, Object> details;

  public GatewayException(GatewayErrorCode code, String message, Map<String, Object> details) {
    this(code, message, details, null);
  }

  public GatewayException(
      GatewayErrorCode code, String message, Map<String, Object> details, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
    // insertion order is kept: clients and logs read the details in the order they were written
    this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  public GatewayErrorCode code() {
    return code;
  }

  public int status() {
    return code.status();
  }

  public Map<String, Object> details() {
    return details;
  }
}
