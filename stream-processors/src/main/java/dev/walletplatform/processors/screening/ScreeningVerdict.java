package dev.walletplatform.processors.screening;

import dev.walletplatform.processors.streams.serde.AcceptedCommand;
import dev.walletplatform.schemas.result.v1.CommandResult;

/**
 * What screening made of one command: passed on to the ledger unchanged, or rejected with a result.
 */
sealed interface ScreeningVerdict {
  /** Goes to wallet.commands.screened.v1 as the gateway wrote it. */
  record Passed(AcceptedCommand command) implements ScreeningVerdict {}

  /** Goes to wallet.results.v1; the ledger never sees the command. */
  record Rejected(CommandResult result) implements ScreeningVerdict {}
}
