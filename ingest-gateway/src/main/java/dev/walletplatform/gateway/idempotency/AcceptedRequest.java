package dev.walletplatform.gateway.idempotency;

import java.util.UUID;

/**
 * What the cache remembers of an acknowledged command: enough to answer a retry or spot a reuse.
 */
public record AcceptedRequest(String requestHash, UUID commandId) {}
