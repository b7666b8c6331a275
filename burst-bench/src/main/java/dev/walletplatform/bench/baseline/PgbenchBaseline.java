package dev.walletplatform.bench.baseline;

import dev.walletplatform.bench.BenchException;
import dev.walletplatform.infra.postgres.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw database limit: pgbench running the applier's transaction for one transfer ({@code
 * bench/pgbench-transfer.sql}) on as many connections as the applier's pool, against the platform's
 * PostgreSQL and its seeded wallets. Serialization failures are retried by pgbench ({@code
 * --max-tries}), as the applier retries them. Skipped, with the reason, when no pgbench is
 * installed (Debian ships it with the server, {@code postgresql}, not the client; scripts/test.sh
 * installs it where it is missing).
 */
public final class PgbenchBaseline {
  private static final List<Path> CANDIDATES =
      List.of(
          Path.of("/usr/bin/pgbench"),
          Path.of("/usr/lib/postgresql/17/bin/pgbench"),
          Path.of("/usr/lib/postgresql/16/bin/pgbench"),
          Path.of("/usr/lib/postgresql/15/bin/pgbench"));
  private static final Pattern TPS =
      Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
  private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
  private static final Pattern PROCESSED =
      Pattern.compile("number of transactions actually processed: (\\d+)");
  private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

  private PgbenchBaseline() {}

  public static Optional<Path> findPgbench() {
    return CANDIDATES.stream().filter(Files::isExecutable).findFirst();
  }

  public static PgbenchResult run(
      PostgresServer postgres,
      String database,
      int connections,
      int wallets,
      Duration duration,
      Path workDir) {
    Optional<Path> pgbench = findPgbench();
    if (pgbench.isEmpty()) {
      return PgbenchResult.skipped(
          "no pgbench at "
              + CANDIDATES
              + " (Debian: apt-get install postgresql;"
              + " scripts/test.sh installs it)");
    }
    Path script = workDir.resolve("pgbench-transfer.sql");
    copyScript(script);
    List<String> command =
        new ArrayList<>(
            List.of(
                pgbench.get().toString(),
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(postgres.port()),
                "-U",
                postgres.username(),
                "-n",
                "-M",
                "prepared",
                "-c",
                String.valueOf(connections),
                "-j",
                String.valueOf(Math.min(connections, 2)),
                "-T",
                String.valueOf(duration.toSeconds()),
                "--max-tries=10",
                "-D",
                "wallets=" + wallets,
                "-f",
                script.toString(),
                database));
    String output;
    try {
      output =
          execute(
              command,
              postgres.password(),
              duration.plusSeconds(60),
              workDir.resolve("logs/pgbench.log"));
    } catch (BenchException e) {
      // the report still tells the rest of the run, and why this figure is missing
      return PgbenchResult.skipped("pgbench failed: " + e.getMessage());
    }
    return new PgbenchResult(
        Optional.empty(),
        connections,
        number(TPS, output, "tps"),
        number(LATENCY, output, "latency"),
        (long) number(PROCESSED, output, "transactions"),
        failed(output),
        String.join(" ", command));
  }

  private static void copyScript(Path script) {
    try (InputStream in =
        PgbenchBaseline.class.getResourceAsStream("/bench/pgbench-transfer.sql")) {
      if (in == null) {
        throw new BenchException("bench/pgbench-transfer.sql is missing from the classpath");
      }
      Files.createDirectories(script.getParent());
      Files.write(script, in.readAllBytes());
    } catch (IOException e) {
      throw new BenchException("cannot write the pgbench script to " + script, e);
    }
  }

  private static String execute(List<String> command, String password, Duration timeout, Path log) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().put("PGPASSWORD", password);
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new BenchException("pgbench did not finish within " + timeout + ": " + command);
      }
      String output = Files.readString(log);
      if (process.exitValue() != 0) {
        throw new BenchException(
            "pgbench exited " + process.exitValue() + ": " + command + "\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new BenchException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted running pgbench", e);
    }
  }

  static double number(Pattern pattern, String output, String what) {
    Matcher m = pattern.matcher(output);
    if (!m.find()) {
      throw new BenchException("pgbench printed no " + what + ":\n" + output);
    }
    return Double.parseDouble(m.group(1));
  }

  static long failed(String output) {
    Matcher m = FAILED.matcher(output);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }
}
