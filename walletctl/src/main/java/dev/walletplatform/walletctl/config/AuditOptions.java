package dev.walletplatform.walletctl.config;

import picocli.CommandLine.Option;

/** Who runs a state-changing command and why: both go into its audit record. */
public final class AuditOptions {
  @Option(
      names = "--operator",
      paramLabel = "NAME",
      description =
          "Who runs this, for the audit record (env WALLETCTL_OPERATOR, else the OS user)."
              + " Default: ${DEFAULT-VALUE}")
  private String operator;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description = "Why: incident or ticket id, kept in the audit record")
  private String reason;

  public String operator() {
    return operator == null || operator.isBlank()
        ? System.getProperty("user.name", "unknown")
        : operator;
  }

  public String reason() {
    return reason == null ? "" : reason;
  }
}
