package dev.walletplatform.walletctl.dlq;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code walletctl dlq}: the dead-letter topic's commands. Alone it is a usage error (exit 2). */
@Command(
    name = "dlq",
    mixinStandardHelpOptions = true,
    description =
        "Dead letters on wallet.deadletters.v1: list them by error code, show one decoded, redrive"
            + " selected ones to their original topic after the cause is fixed.",
    subcommands = {DlqListCommand.class, DlqShowCommand.class, DlqRedriveCommand.class})
public final class DlqCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: list, show or redrive");
  }
}
