package dev.walletplatform.local.observe;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Samples PostgreSQL's own view of client connections to the ledger database (pg_stat_activity) on
 * its own connection, which it leaves out of the count. The peak is the figure the design promises
 * never exceeds the configured pool total.
 */
public final class ConnectionSampler implements AutoCloseable {
  /**
   * Connections of this runtime's own observers (audit queries, this sampler) are not the
   * services'.
   */
  public static final String OBSERVER_APPLICATION_NAME = "local-runtime-observer";

  private static final String COUNT =
      "SELECT application_name, count(*) FROM pg_stat_activity WHERE datname = ?"
          + " AND backend_type = 'client backend' AND application_name <> '"
          + OBSERVER_APPLICATION_NAME
          + "'"
          + " GROUP BY application_name";

  private final Connection connection;
  private final String database;
  private final Thread thread;
  private final AtomicInteger peak = new AtomicInteger();
  private final AtomicInteger last = new AtomicInteger();
  private volatile java.util.Map<String, Integer> atPeak = java.util.Map.of();
  private volatile boolean running = true;

  public ConnectionSampler(
      String jdbcUrl, String user, String password, String database, Duration interval)
      throws SQLException {
    java.util.Properties properties = new java.util.Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("ApplicationName", OBSERVER_APPLICATION_NAME);
    this.connection = DriverManager.getConnection(jdbcUrl, properties);
    this.database = database;
    this.thread =
        Thread.ofPlatform().daemon().name("pg-connection-sampler").start(() -> loop(interval));
  }

  public int peak() {
    return peak.get();
  }

  /** Who held the connections at the peak, by application_name (pools name themselves). */
  public java.util.Map<String, Integer> peakByApplication() {
    return atPeak;
  }

  public int current() {
    return last.get();
  }

  /** Forgets the peak so far: call before the phase you want to measure. */
  public void resetPeak() {
    peak.set(0);
    atPeak = java.util.Map.of();
  }

  private void loop(Duration interval) {
    try (PreparedStatement count = connection.prepareStatement(COUNT)) {
      count.setString(1, database);
      while (running) {
        java.util.Map<String, Integer> byApplication = new java.util.TreeMap<>();
        try (ResultSet rs = count.executeQuery()) {
          while (rs.next()) {
            byApplication.put(rs.getString(1), rs.getInt(2));
          }
        }
        int now = byApplication.values().stream().mapToInt(Integer::intValue).sum();
        last.set(now);
        if (now > peak.get()) {
          atPeak = byApplication;
        }
        peak.accumulateAndGet(now, Math::max);
        Thread.sleep(interval.toMillis());
      }
    } catch (SQLException e) {
      if (running) {
        System.err.println("connection sampler stopped: " + e.getMessage());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws SQLException {
    running = false;
    thread.interrupt();
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    connection.close();
  }
}
