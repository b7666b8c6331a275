package dev.walletplatform.gateway.error;

import dev.walletplatform.kit.http.ApiErrorCode;

/**
 * The gateway's own codes, beside the kit's {@code HttpErrorCode} (authentication, ownership,
 * HTTP's own refusals) and the domain's input codes: limits of the JSON body and capacity. Part of
 * the public contract (README, openapi.yaml): add codes, never rename them.
 */
public enum GatewayErrorCode implements ApiErrorCode {
  JSON_TOO_DEEP(new Spec(400, "The body nests objects or arrays deeper than limits.maxJsonDepth.")),
  TOO_MANY_FIELDS(new Spec(400, "The body has more object members than limits.maxJsonFields.")),
  RATE_LIMITED(
      new Spec(
          429,
          "The client, or this gateway in all, is over its request rate; retry after Retry-After.")),
  OVERLOADED(
      new Spec(
          503, "Too many commands are waiting for Kafka on this pod; retry after Retry-After.")),
  KAFKA_UNAVAILABLE(
      new Spec(
          503,
          "Kafka did not acknowledge in time or is known to be down; retry after Retry-After."));

  private final Spec spec;

  GatewayErrorCode(Spec spec) {
    this.spec = spec;
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
