package dev.walletplatform.walletctl.config;

import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults from the environment: an option given on the command line wins, then the
 * variable, then the annotation's default. Only connection settings and the operator come from
 * here; nothing that changes what a command does (a window, --execute) ever does.
 */
public final class EnvironmentDefaults implements IDefaultValueProvider {
  static final Map<String, String> VARIABLE_BY_OPTION =
      Map.of(
          "--bootstrap-servers", Environment.BOOTSTRAP_SERVERS,
          "--registry-url", Environment.REGISTRY_URL,
          "--db-user", Environment.DB_USER);

  private final Environment environment;

  public EnvironmentDefaults(Environment environment) {
    this.environment = environment;
  }

  public Environment environment() {
    return environment;
  }

  @Override
  public String defaultValue(ArgSpec argument) {
    if (!(argument instanceof OptionSpec option)) {
      return null;
    }
    if (option.longestName().equals("--operator")) {
      return environment.defaultOperator();
    }
    String variable = VARIABLE_BY_OPTION.get(option.longestName());
    return variable == null ? null : environment.get(variable).orElse(null);
  }
}
