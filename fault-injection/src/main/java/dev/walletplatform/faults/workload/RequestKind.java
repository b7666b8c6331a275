package dev.walletplatform.faults.workload;

/**
 * The client commands the workload sends; each moves money out of (or, for a claim, into) one
 * wallet.
 */
public enum RequestKind {
  TRANSFER,
  WITHDRAWAL,
  CLAIM
}
