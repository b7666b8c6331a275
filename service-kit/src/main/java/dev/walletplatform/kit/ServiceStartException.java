package dev.walletplatform.kit;

/**
 * A service could not start (bad configuration, port in use, unreadable keystore): thrown instead
 * of Dropwizard's {@code System.exit}, so an in-process host (the local runtime, tests) survives it
 * and a standalone process exits non-zero through {@link ServiceApplication#launch}.
 */
public final class ServiceStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ServiceStartException(String service, Throwable cause) {
    super(
        service + " failed to start: " + (cause == null ? "see the log" : cause.getMessage()),
        cause);
  }
}
