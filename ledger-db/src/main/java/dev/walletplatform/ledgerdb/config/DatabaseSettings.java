package dev.walletplatform.ledgerdb.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Database settings, checked when built so a bad value fails at start naming its key and limit.
 *
 * @param poolSize fixed number of connections per process. Small on purpose: CockroachDB's guidance
 *     is about 4 active connections per vCPU of the whole cluster, split across all pods, and a
 *     burst must wait for a connection rather than open more.
 * @param connectionTimeout longest wait for a pool connection, Dropwizard notation in YAML ({@code
 *     5s}, {@code 500ms}); at least 250 ms
 * @param placeholders Flyway placeholders for the CockroachDB-only migrations (database, regions)
 */
public record DatabaseSettings(
    String jdbcUrl,
    String username,
    String password,
    int poolSize,
    Duration connectionTimeout,
    SqlDialect dialect,
    Map<String, String> placeholders) {

  public static final int MAX_POOL_SIZE = 64;

  @JsonCreator
  public DatabaseSettings(
      @JsonProperty("jdbcUrl") String jdbcUrl,
      @JsonProperty("username") String username,
      @JsonProperty("password") String password,
      @JsonProperty("poolSize") Integer poolSize,
      @JsonProperty("connectionTimeout") Duration connectionTimeout,
      @JsonProperty("dialect") SqlDialect dialect,
      @JsonProperty("placeholders") Map<String, String> placeholders) {
    this(
        jdbcUrl,
        username,
        password,
        poolSize == null ? 4 : poolSize,
        connectionTimeout == null ? Duration.seconds(5) : connectionTimeout,
        dialect == null ? SqlDialect.POSTGRESQL : dialect,
        placeholders == null ? Map.of() : placeholders);
  }

  public DatabaseSettings {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "database.jdbcUrl must be a jdbc:postgresql: URL (CockroachDB speaks it too), was: "
              + jdbcUrl);
    }
    Objects.requireNonNull(username, "database.username is required");
    if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
      throw new IllegalArgumentException(
          "database.poolSize must be 1.." + MAX_POOL_SIZE + ", was: " + poolSize);
    }
    Objects.requireNonNull(connectionTimeout, "database.connectionTimeout");
    if (connectionTimeout.toMilliseconds() < 250) {
      throw new IllegalArgumentException(
          "database.connectionTimeout must be at least 250ms (HikariCP's floor), was: "
              + connectionTimeout);
    }
    placeholders = Map.copyOf(placeholders);
  }

  /** Same settings with another pool size: each service sizes its own pool. */
  public DatabaseSettings withPoolSize(int size) {
    return new DatabaseSettings(
        jdbcUrl, username, password, size, connectionTimeout, dialect, placeholders);
  }

  @Override
  public String toString() {
    return "DatabaseSettings[jdbcUrl="
        + jdbcUrl
        + ", username="
        + username
        + ", password=****, poolSize="
        + poolSize
        + ", connectionTimeout="
        + connectionTimeout
        + ", dialect="
        + dialect
        + "]";
  }
}
