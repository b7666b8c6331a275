package dev.walletplatform.processors.screening;

import dev.walletplatform.processors.streams.serde.AcceptedCommand;

/**
 * What the per-wallet screening task reads: the commands, and the device tasks' verdicts on claims.
 */
sealed interface ScreeningInput {
  record Command(AcceptedCommand command) implements ScreeningInput {}

  record Verdict(ClaimVerdict verdict) implements ScreeningInput {}
}
