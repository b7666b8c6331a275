package dev.walletplatform.walletctl.cli;

import dev.walletplatform.walletctl.ExitCode;
import dev.walletplatform.walletctl.WalletctlException;
import dev.walletplatform.walletctl.config.Environment;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command's error as one line on stderr and returns its exit code. Stack traces
 * only for unexpected failures and only with WALLETCTL_DEBUG=1: operators need the message, not
 * Java.
 */
final class FailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception exception, CommandLine command, ParseResult parsed) {
    WalletctlException failure = Failures.classify(exception);
    PrintWriter err = command.getErr();
    err.println(
        command
            .getColorScheme()
            .errorText(
                "walletctl "
                    + command.getCommandSpec().qualifiedName(" ").replaceFirst("^walletctl ?", "")
                    + ": "
                    + failure.getMessage()));
    for (Throwable suppressed : exception.getSuppressed()) {
      err.println("  also: " + suppressed.getMessage());
    }
    boolean debug = Environment.of(command.getCommandSpec()).get(Environment.DEBUG).isPresent();
    if (debug) {
      exception.printStackTrace(err);
    } else if (failure.exitCode() == ExitCode.FAILED) {
      err.println("  (set " + Environment.DEBUG + "=1 for the stack trace)");
    }
    err.flush();
    return failure.exitCode().code();
  }
}
