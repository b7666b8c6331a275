package dev.walletplatform.walletctl.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error is one line naming the bad argument, suggestions for a mistyped option, and where
 * help is; the full usage only when a command was missing, where the list of commands is the
 * answer.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine command = exception.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName(" ");
    err.println(command.getColorScheme().errorText(name + ": " + exception.getMessage()));
    UnmatchedArgumentException.printSuggestions(exception, err);
    if (!command.getSubcommands().isEmpty() && exception.getMessage().startsWith("missing")) {
      command.usage(err);
    } else {
      err.println("Run '" + name + " --help' for the options and exit codes.");
    }
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }
}
