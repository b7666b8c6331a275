package dev.walletplatform.walletctl.it;

import dev.walletplatform.walletctl.cli.WalletctlCli;
import dev.walletplatform.walletctl.config.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** One walletctl run in this JVM, through the same picocli command line the launcher runs. */
record CliRun(List<String> args, int exitCode, String out, String err) {

  static CliRun of(Map<String, String> environment, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        WalletctlCli.create(
                new Environment(environment),
                new PrintWriter(out, true),
                new PrintWriter(err, true))
            .execute(args.toArray(String[]::new));
    CliRun run = new CliRun(List.copyOf(args), code, out.toString(), err.toString());
    System.out.println(run.transcript());
    return run;
  }

  /** What an operator's terminal would have shown: the command, its output, its exit code. */
  String transcript() {
    String command = String.join(" ", args.stream().map(CliRun::quoted).toList());
    return "$ walletctl "
        + command
        + System.lineSeparator()
        + out
        + err
        + "[exit "
        + exitCode
        + "]"
        + System.lineSeparator();
  }

  private static String quoted(String arg) {
    return arg.isEmpty() || arg.matches("(?s).*[\\s\"'$].*")
        ? "\"" + arg.replace("\"", "\\\"") + "\""
        : arg;
  }

  @Override
  public String toString() {
    return transcript();
  }
}
