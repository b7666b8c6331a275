package dev.walletplatform.faults.workload;

/** How a client request ended, after its retries with the same Idempotency-Key. */
public enum Answer {
  /** 202: the platform promised to apply or reject it. */
  ACCEPTED,
  /**
   * A 4xx other than 429: the platform refused a valid request (the workload sends only valid
   * ones).
   */
  REFUSED,
  /** No definite answer before the client gave up: it may or may not have been accepted. */
  UNANSWERED
}
