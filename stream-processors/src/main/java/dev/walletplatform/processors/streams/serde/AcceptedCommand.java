package dev.walletplatform.processors.streams.serde;

import dev.walletplatform.schemas.command.v1.WalletCommand;
import java.util.Arrays;
import java.util.Objects;

/**
 * A command as the gateway wrote it to wallet.commands.v1: its exact bytes (forwarded unchanged to
 * the screened topic, so the applier reads what the client was answered 202 for) and their
 * decoding.
 */
public record AcceptedCommand(byte[] bytes, WalletCommand command) {
  public AcceptedCommand {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(command, "command");
  }

  public String commandId() {
    return command.getCommandId().toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AcceptedCommand that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "AcceptedCommand[" + command.getCommandId() + ", " + bytes.length + " bytes]";
  }
}
