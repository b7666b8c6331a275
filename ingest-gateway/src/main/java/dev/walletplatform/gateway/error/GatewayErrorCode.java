package dev.walletplatform.gateway.error;

import dev.walletplatform.kit.http.ApiErrorCode;

/**
 * The gateway's own codes, beside the kit's {@code HttpErrorCode} (authentication, ownership, HTTP's own
 * refusals) and the domain's input codes: limits of the JSON body and capacity. Part of the public
 * contract (README, openapi.yaml): add codes, never rename them.
 */
public enum GatewayErrorCode implements ApiErrorCode {
  JSON_TOO_DEEP(400, "The body nests objects or arrays deeper than limits.maxJsonDepth."),
  TOO_MANY_FIELDS(400, "The body has more object members than limits.maxJsonFields."),
  RATE_LIMITED(429, "The client, or this gateway in all, is over its request rate; retry after Retry-After."),
  OVERLOADED(503, "Too many commands are waiting for Kafka on this pod; retry after Retry-After."),
  KAFKA_UNAVAILABLE(503, "Kafka did not acknowledge in time or is known to be down; retry after Retry-After.");

  private final int status;
  private final String description;

  GatewayErrorCode(int status, String description) {
    this.status = status;
    this.description = description;
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public String description() {
    return description;
  }
}
