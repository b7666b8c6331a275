package dev.walletplatform.walletctl.cli;

import dev.walletplatform.walletctl.audit.AuditCommand;
import dev.walletplatform.walletctl.dlq.DlqCommand;
import dev.walletplatform.walletctl.lag.LagCommand;
import dev.walletplatform.walletctl.offsets.ResetOffsetsCommand;
import dev.walletplatform.walletctl.publish.PublishCommand;
import dev.walletplatform.walletctl.replay.ReplayCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code walletctl}: the command tree. Alone it is a usage error (exit 2) that lists the commands.
 */
@Command(
    name = "walletctl",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Operator tooling for the wallet platform: what is behind, replaying a window, dead letters,"
          + " publishing drills and guarded offset resets. State-changing commands are dry runs unless --execute and"
          + " write an audit record to wallet.audit.v1.",
      "Connection settings default from KAFKA_BOOTSTRAP_SERVERS, SCHEMA_REGISTRY_URL, LEDGER_DB_USER and"
          + " LEDGER_DB_PASSWORD; the operator from WALLETCTL_OPERATOR or the OS user."
    },
    subcommands = {
      LagCommand.class,
      ReplayCommand.class,
      DlqCommand.class,
      PublishCommand.class,
      ResetOffsetsCommand.class,
      AuditCommand.class,
      HelpCommand.class
    })
public final class RootCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }
}
