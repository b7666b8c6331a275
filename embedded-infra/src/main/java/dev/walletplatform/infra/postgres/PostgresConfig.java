package dev.walletplatform.infra.postgres;

import java.nio.file.Path;

/**
 * How to run a {@link PostgresServer}.
 *
 * @param port 0 = a free port chosen at the first start and kept across restarts
 * @param dataDir the cluster's data directory; null = a new temp dir
 * @param maxConnections the server's {@code max_connections}; a test of pool limits sets it low
 * @param keepDataDir keep the data directory after {@link PostgresServer#close()}
 */
public record PostgresConfig(int port, Path dataDir, int maxConnections, boolean keepDataDir) {

  public PostgresConfig {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 (free) or 1..65535, got " + port);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be >= 1, got " + maxConnections);
    }
  }

  /** A free port, a temp data dir deleted on close, 100 connections. */
  public static PostgresConfig defaults() {
    return new PostgresConfig(0, null, 100, false);
  }

  public PostgresConfig withPort(int value) {
    return new PostgresConfig(value, dataDir, maxConnections, keepDataDir);
  }

  public PostgresConfig withDataDir(Path value) {
    return new PostgresConfig(port, value, maxConnections, keepDataDir);
  }

  public PostgresConfig withMaxConnections(int value) {
    return new PostgresConfig(port, dataDir, value, keepDataDir);
  }

  public PostgresConfig withKeepDataDir(boolean value) {
    return new PostgresConfig(port, dataDir, maxConnections, value);
  }
}
