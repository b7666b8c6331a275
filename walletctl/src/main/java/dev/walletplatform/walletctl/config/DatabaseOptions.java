package dev.walletplatform.walletctl.config;

import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The optional ledger database a replay or redrive proves itself against. The password is read from
 * LEDGER_DB_PASSWORD only, never from the command line, where `ps` and shell history keep it.
 */
public final class DatabaseOptions {
  @Option(
      names = "--db-url",
      paramLabel = "JDBC_URL",
      description =
          "Ledger database, queried read-only: before and after counts of decided messages and ledger"
              + " entries for the chosen records (password from env LEDGER_DB_PASSWORD)")
  private String url;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      defaultValue = "ledger",
      description = "Database user (env LEDGER_DB_USER). Default: ${DEFAULT-VALUE}")
  private String user;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  public boolean given() {
    return url != null && !url.isBlank();
  }

  public Optional<DatabaseTarget> target() {
    if (!given()) {
      return Optional.empty();
    }
    String password = Environment.of(mixee).get(Environment.DB_PASSWORD).orElse("");
    return Optional.of(new DatabaseTarget(url, user, password));
  }
}
