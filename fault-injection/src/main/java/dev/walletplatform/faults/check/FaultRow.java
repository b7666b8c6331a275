package dev.walletplatform.faults.check;

import java.time.Duration;

/**
 * The checker's findings for one fault kind, summed over its occurrences. The last six counts are
 * violations and must be 0.
 *
 * @param sent client requests first sent during this kind's windows
 * @param accepted of those, answered 202
 * @param applied of the accepted, applied by the ledger
 * @param rejected of the accepted, rejected with a reason
 * @param retried requests the client had to send more than once (no answer, 429 or 5xx) before the
 *     definite answer
 * @param unanswered sent but never definitely answered (the client gave up): allowed, not counted
 *     as lost
 * @param depositsAcknowledged internal deposits acknowledged by Kafka in these windows
 * @param reads balance reads answered by the wallet service
 * @param lost accepted (or acknowledged) and never decided
 * @param duplicated decided once but with more than one movement (or movements for a rejection)
 * @param refused valid requests refused with a 4xx
 * @param orderViolations pairs of one wallet's commands decided in another order than accepted
 * @param badReads reads showing a balance the ledger never had, or a negative one
 * @param maxHealTime the longest heal (ready → backlog drained) among the occurrences; null if one
 *     never drained
 */
public record FaultRow(
    String kind,
    int occurrences,
    long sent,
    long accepted,
    long applied,
    long rejected,
    long retried,
    long unanswered,
    long depositsAcknowledged,
    long reads,
    long lost,
    long duplicated,
    long refused,
    long orderViolations,
    long badReads,
    Duration maxHealTime,
    boolean neverDrained) {

  public long violations() {
    return lost + duplicated + refused + orderViolations + badReads + (neverDrained ? 1 : 0);
  }
}
