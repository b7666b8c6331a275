package dev.walletplatform.infra.postgres;

import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.infra.InfraException;
import dev.walletplatform.infra.ServerStartException;
import dev.walletplatform.infra.WorkDirs;
import dev.walletplatform.infra.process.LogTail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (zonky's embedded binaries). As root, zonky runs it inside {@code
 * unshare -U}, since PostgreSQL refuses to run as root. {@link #restart()} keeps port and data, as
 * a database that crashes and comes back does. Authentication is {@code trust} on loopback.
 *
 * <pre>{@code
 * try (PostgresServer pg = new PostgresServer(PostgresConfig.defaults()).start()) {
 *   pg.createDatabase("ledger");
 *   DataSource ds = pg.dataSource("ledger");
 * }
 * }</pre>
 */
public final class PostgresServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
  private static final String USER = "postgres";
  // trust authentication ignores it; pools that insist on a non-empty password get one
  private static final String PASSWORD = "postgres";
  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private final PostgresConfig config;
  private Path workDir;
  private Path dataDir;
  private int port;
  private EmbeddedPostgres postgres;
  private boolean closed;

  public PostgresServer(PostgresConfig config) {
    this.config = config;
  }

  /** Starts the server; the first start runs initdb, later starts reuse the data directory. */
  public synchronized PostgresServer start() {
    if (closed) {
      throw new IllegalStateException("PostgresServer is closed");
    }
    if (postgres != null) {
      throw new IllegalStateException("PostgreSQL already runs on port " + port);
    }
    if (dataDir == null) {
      workDir = config.dataDir() == null ? WorkDirs.createOrTemp(null, "postgres-") : null;
      dataDir = workDir != null ? workDir.resolve("data") : config.dataDir();
      port = config.port() == 0 ? FreePorts.allocate() : config.port();
    }
    long began = System.nanoTime();
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false) // restart() must find the data it left
              .setServerConfig("max_connections", Integer.toString(config.maxConnections()))
              .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
              .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
              .start();
    } catch (IOException | RuntimeException e) {
      throw new ServerStartException(
          "PostgreSQL did not start on port "
              + port
              + " with data "
              + dataDir
              + ": "
              + e.getMessage()
              + "\n"
              + LogTail.of(logFile(), 40),
          e);
    }
    LOG.info(
        "postgres serving on port {} after {} ms (data {})",
        port,
        (System.nanoTime() - began) / 1_000_000,
        dataDir);
    return this;
  }

  /** Fast shutdown (pg_ctl -m fast); data stays for the next {@link #start()}. */
  public synchronized void stop() {
    if (postgres == null) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      throw new InfraException(
          "could not stop PostgreSQL on port " + port + ", data " + dataDir, e);
    } finally {
      postgres = null;
    }
  }

  /** Stop, then start on the same port and data directory. */
  public synchronized void restart() {
    stop();
    start();
  }

  public boolean isRunning() {
    return postgres != null;
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  public String username() {
    return USER;
  }

  public String password() {
    return PASSWORD;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + checkedName(database);
  }

  /** A plain, unpooled DataSource: tests that need a pool build their own on {@link #jdbcUrl}. */
  public DataSource dataSource(String database) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setServerNames(new String[] {"127.0.0.1"});
    dataSource.setPortNumbers(new int[] {port});
    dataSource.setDatabaseName(checkedName(database));
    dataSource.setUser(USER);
    dataSource.setPassword(PASSWORD);
    return dataSource;
  }

  /** Creates the database unless it exists; returns its JDBC URL. */
  public String createDatabase(String database) {
    String name = checkedName(database);
    try (Connection c = dataSource("postgres").getConnection();
        Statement s = c.createStatement()) {
      // CREATE DATABASE has no IF NOT EXISTS; the name is checked against DATABASE_NAME above
      try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
        if (!rs.next()) {
          s.execute("CREATE DATABASE " + name);
        }
      }
    } catch (SQLException e) {
      throw new InfraException("could not create database " + name + " on port " + port, e);
    }
    return jdbcUrl(name);
  }

  /** Stops the server and deletes the data unless the config keeps it. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stop();
    if (!config.keepDataDir() && dataDir != null) {
      Path log = logFile();
      WorkDirs.delete(workDir != null ? workDir : dataDir);
      WorkDirs.delete(log);
    }
  }

  private Path logFile() {
    return (workDir != null ? workDir : dataDir.toAbsolutePath().getParent())
        .resolve(dataDir.getFileName() + ".log");
  }

  private static String checkedName(String database) {
    if (database == null || !DATABASE_NAME.matcher(database).matches()) {
      throw new IllegalArgumentException(
          "database name must match "
              + DATABASE_NAME
              + " (unquoted SQL identifier), got "
              + database);
    }
    return database;
  }
}
