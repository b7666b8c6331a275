package dev.walletplatform.faults.workload;

/**
 * Bytes no consumer can decode, written straight to a topic the applier reads: it must reach the
 * dead-letter topic (found there by {@code poisonId} in its headers) while its partition moves on.
 */
public record PoisonRecord(
    String poisonId, String topic, int partition, long offset, String phase) {}
