package dev.walletplatform.walletservice.db;

import dev.walletplatform.walletservice.WalletServiceException;
import java.time.Duration;

/**
 * No connection within the pool's timeout, or the database broke off / cancelled the query: worth
 * retrying later, so clients get 503 with {@code Retry-After} instead of a hang or a 500.
 */
public final class DatabaseUnavailableException extends WalletServiceException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public DatabaseUnavailableException(String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
