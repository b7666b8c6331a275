package dev.walletplatform.walletctl.config;

import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The process environment walletctl reads its connection settings from, as a value so tests (and
 * the runbook test) can run commands with their own. The names are the ones the services read
 * (KAFKA_BOOTSTRAP_SERVERS, SCHEMA_REGISTRY_URL, LEDGER_DB_*), so a pod's environment works as is.
 */
public record Environment(Map<String, String> variables) {
  public static final String BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
  public static final String REGISTRY_URL = "SCHEMA_REGISTRY_URL";
  public static final String DB_USER = "LEDGER_DB_USER";
  public static final String DB_PASSWORD = "LEDGER_DB_PASSWORD";
  public static final String OPERATOR = "WALLETCTL_OPERATOR";

  /** Set to 1 for stack traces of unexpected failures. */
  public static final String DEBUG = "WALLETCTL_DEBUG";

  public Environment {
    variables = Map.copyOf(variables);
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
  }

  /** Who is at the keyboard when --operator is not given: WALLETCTL_OPERATOR, else the OS user. */
  public String defaultOperator() {
    return get(OPERATOR).orElseGet(() -> System.getProperty("user.name", "unknown"));
  }

  /**
   * The environment the command line of {@code spec} was built with ({@link EnvironmentDefaults}).
   */
  public static Environment of(CommandSpec spec) {
    IDefaultValueProvider provider = spec.root().defaultValueProvider();
    return provider instanceof EnvironmentDefaults defaults
        ? defaults.environment()
        : new Environment(System.getenv());
  }
}
