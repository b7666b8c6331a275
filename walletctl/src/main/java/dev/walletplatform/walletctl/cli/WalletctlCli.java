package dev.walletplatform.walletctl.cli;

import dev.walletplatform.walletctl.ExitCode;
import dev.walletplatform.walletctl.config.Environment;
import dev.walletplatform.walletctl.config.EnvironmentDefaults;
import dev.walletplatform.walletctl.config.TimeConverter;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds the command line: environment defaults, the time converter, the failure handler and the
 * exit-code table shown in every command's --help. Tests and the runbook test use it with their own
 * environment and writers; {@link Main} with the process's.
 */
public final class WalletctlCli {
  private WalletctlCli() {}

  public static CommandLine create(Environment environment, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new RootCommand());
    cli.registerConverter(Instant.class, new TimeConverter(Clock.systemUTC()));
    cli.setDefaultValueProvider(new EnvironmentDefaults(environment));
    cli.setExecutionExceptionHandler(new FailureHandler());
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    cli.setOut(out);
    cli.setErr(err);
    withExitCodes(cli, exitCodeList());
    return cli;
  }

  static Map<String, String> exitCodeList() {
    Map<String, String> list = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      list.put(Integer.toString(code.code()), code.meaning());
    }
    return list;
  }

  private static void withExitCodes(CommandLine command, Map<String, String> list) {
    command
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(list);
    command.getSubcommands().values().forEach(sub -> withExitCodes(sub, list));
  }
}
