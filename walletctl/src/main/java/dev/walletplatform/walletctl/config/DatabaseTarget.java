package dev.walletplatform.walletctl.config;

/** A ledger database to query read-only; the password stays out of {@code toString()} and logs. */
public record DatabaseTarget(String jdbcUrl, String user, String password) {
  @Override
  public String toString() {
    return "DatabaseTarget[" + jdbcUrl + " as " + user + "]";
  }
}
