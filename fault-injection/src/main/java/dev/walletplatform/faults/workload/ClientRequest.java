package dev.walletplatform.faults.workload;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One client request over its whole life: first sent in {@code phase}, retried with the same
 * Idempotency-Key until a definite answer or the client gave up.
 *
 * @param commandId derived the gateway's way from the client and its key, so even an unanswered
 *     request can be looked up in the ledger
 * @param wallet the wallet debited (for a claim, credited): the command's partition key
 * @param counterparty the transfer's receiving wallet, else null
 * @param campaign the claim's campaign, else null
 * @param answerSequence global order of definite answers; a client sends its next request only
 *     after this one's answer, so for one wallet it is the order the platform promised to keep
 */
public record ClientRequest(
    String clientId,
    String idempotencyKey,
    UUID commandId,
    RequestKind kind,
    String wallet,
    String counterparty,
    String asset,
    BigInteger amount,
    String campaign,
    String phase,
    Instant sentAt,
    Instant answeredAt,
    Answer answer,
    int attempts,
    long answerSequence) {

  public ClientRequest {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(wallet, "wallet");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(answer, "answer");
    if (kind == RequestKind.TRANSFER && counterparty == null) {
      throw new IllegalArgumentException("a transfer needs a counterparty: " + idempotencyKey);
    }
  }

  public boolean accepted() {
    return answer == Answer.ACCEPTED;
  }
}
