package dev.walletplatform.local.client;

import java.util.Optional;

/**
 * What the gateway answered one request: the status, the command id of a 202, the error code of a
 * refusal, and Retry-After when it shed load. Status -1 means no answer (connection failed or timed
 * out).
 */
public record GatewayAnswer(
    int status,
    String commandId,
    String errorCode,
    Optional<String> retryAfter,
    long latencyNanos) {
  public boolean accepted() {
    return status == 202;
  }
}
