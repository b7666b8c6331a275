package dev.walletplatform.bench.scenario;

/**
 * From the gateway's accept (processed_messages.accepted_at, the gateway's clock) to the applier's
 * decision (processed_at, the applier's clock when it took the batch — before its commit, so this
 * is short of the commit by one transaction's time). Same machine, same clock.
 */
public record AcceptToApplied(long commands, double p50Ms, double p99Ms, double maxMs) {}
