package dev.walletplatform.walletctl.cli;

import dev.walletplatform.walletctl.config.Environment;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The process entry point of bin/walletctl: runs one command and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = WalletctlCli.create(new Environment(System.getenv()), out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
