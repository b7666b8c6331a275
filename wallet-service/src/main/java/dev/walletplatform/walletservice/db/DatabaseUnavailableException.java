package dev.walletplatform.walletservice.db;

import dev.walletplatform.kit.http.ApiException;
import dev.walletplatform.walletservice.api.WalletServiceErrorCode;
import java.time.Duration;
import java.util.Map;

/**
 * No connection within the pool's timeout, or the database broke off / cancelled the query: worth
 * retrying later, so clients get 503 with {@code Retry-After} instead of a hang or a 500. The
 * pool's state goes to the log line (whether the pool was starved or the database gone), not to the
 * client.
 */
final class DatabaseUnavailableException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final String poolState;

  public DatabaseUnavailableException(String poolState, Duration retryAfter, Throwable cause) {
    super(
        WalletServiceErrorCode.DATABASE_UNAVAILABLE,
        "the ledger database is not answering; retry after "
            + ApiException.wholeSecondsOf(retryAfter)
            + " s",
        Map.of(),
        retryAfter,
        cause);
    this.poolState = poolState;
  }

  @Override
  public String logDetail() {
    return poolState;
  }
}
