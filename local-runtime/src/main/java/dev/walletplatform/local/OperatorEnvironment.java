package dev.walletplatform.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an operator's shell needs to run walletctl against this run, as {@code export} lines to
 * paste: the variables walletctl reads (the names the services read too), the ledger database's URL
 * under the name the runbooks pass as {@code --db-url "$LEDGER_DB_URL"}, and walletctl's launcher
 * on PATH. The runbooks' first step is this block with production's values.
 *
 * @param variables in the order they are printed
 * @param walletctlBin the folder of walletctl's launcher, {@code walletctl/bin} in the checkout
 */
record OperatorEnvironment(Map<String, String> variables, Path walletctlBin) {
  public static final String BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
  public static final String REGISTRY_URL = "SCHEMA_REGISTRY_URL";

  /** Not read by walletctl itself: the proof against the ledger is opt-in, given as --db-url. */
  public static final String DB_URL = "LEDGER_DB_URL";

  public static final String DB_USER = "LEDGER_DB_USER";
  public static final String DB_PASSWORD = "LEDGER_DB_PASSWORD";
  private static final Pattern NEEDS_NO_QUOTES = Pattern.compile("[A-Za-z0-9_./:@,=+-]+");

  public OperatorEnvironment {
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
  }

  public static OperatorEnvironment of(
      String kafkaBootstrapServers,
      String schemaRegistryUrl,
      String ledgerJdbcUrl,
      String ledgerUser,
      String ledgerPassword,
      Path walletctlBin) {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put(BOOTSTRAP_SERVERS, kafkaBootstrapServers);
    variables.put(REGISTRY_URL, schemaRegistryUrl);
    variables.put(DB_URL, ledgerJdbcUrl);
    // the embedded PostgreSQL has only its superuser; walletctl would otherwise try the role
    // "ledger"
    variables.put(DB_USER, ledgerUser);
    variables.put(DB_PASSWORD, ledgerPassword);
    return new OperatorEnvironment(variables, walletctlBin);
  }

  public static OperatorEnvironment of(RunningPlatform platform, RepoLayout repo) {
    var postgres = platform.postgres();
    return of(
        platform.kafka().bootstrapServers(),
        platform.schemaRegistryUri().toString(),
        postgres.jdbcUrl(RunningPlatform.DATABASE),
        postgres.username(),
        postgres.password(),
        repo.walletctlBin());
  }

  /** One {@code export} per variable, then walletctl's folder in front of PATH. */
  public List<String> exportLines() {
    List<String> lines = new ArrayList<>();
    variables.forEach((name, value) -> lines.add("export " + name + "=" + shellWord(value)));
    // double quotes: $PATH must expand, and the checkout's path may hold spaces
    lines.add("export PATH=\"" + walletctlBin.toAbsolutePath() + ":$PATH\"");
    return lines;
  }

  private static String shellWord(String value) {
    return NEEDS_NO_QUOTES.matcher(value).matches()
        ? value
        : "'" + value.replace("'", "'\\''") + "'";
  }
}
