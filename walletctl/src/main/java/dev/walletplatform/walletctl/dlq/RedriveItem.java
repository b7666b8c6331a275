package dev.walletplatform.walletctl.dlq;

import java.util.UUID;

/**
 * One selected dead letter and the redrive's decision about it: its message id when it decodes now,
 * and why it is left out otherwise (null when it will be redriven).
 */
record RedriveItem(DeadLetter letter, UUID messageId, String skipReason) {
  boolean redriven() {
    return skipReason == null;
  }
}
