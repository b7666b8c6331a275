package dev.walletplatform.walletservice.health;

import com.codahale.metrics.health.HealthCheck;
import dev.walletplatform.kit.http.ApiException;
import dev.walletplatform.walletservice.WalletServiceException;
import dev.walletplatform.walletservice.db.ReadPool;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether the ledger database answers, with the pool's state, on the admin {@code /healthcheck}
 * page for operators and alerts. Not wired to {@code /live} or {@code /ready}: see the service
 * kit's Readiness.
 */
public final class DatabaseHealthCheck extends HealthCheck {
  private static final int VALIDATION_SECONDS = 2;

  private final ReadPool pool;

  public DatabaseHealthCheck(ReadPool pool) {
    this.pool = pool;
  }

  @Override
  protected Result check() {
    try (Connection connection = pool.connection()) {
      return connection.isValid(VALIDATION_SECONDS)
          ? Result.healthy(pool.describe())
          : Result.unhealthy("connection failed validation: " + pool.describe());
    } catch (ApiException | WalletServiceException | SQLException e) {
      return Result.unhealthy(e.getMessage());
    }
  }
}
