package dev.walletplatform.processors.ledger.model;

import java.time.Instant;

/**
 * What the gateway recorded about a client command. {@code requestHash} tells a retry (same hash)
 * from a reused idempotency key (other hash); {@code acceptedAt} decides time windows, so a replay
 * decides the same as the first run.
 */
public record RequestMeta(
    String clientId, String idempotencyKey, String requestHash, Instant acceptedAt) {}
