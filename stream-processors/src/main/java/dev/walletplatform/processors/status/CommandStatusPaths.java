package dev.walletplatform.processors.status;

/** Where the status endpoint lives on the internal port. */
public final class CommandStatusPaths {
  public static final String ROOT = "/internal/v1/command-status";

  /**
   * Set by an instance forwarding to the owner: answer from your own store, never forward again.
   */
  public static final String ROUTED = "routed";

  private CommandStatusPaths() {}
}
