package dev.walletplatform.deploychecks.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** A command-line tool the checks call (kubectl, terraform), found on PATH. */
public record ExternalTool(String name, Path executable) {

  /**
   * The tool, or the calling test is skipped with a message saying what is missing, what the test
   * would have checked and how to get the tool (scripts/test.sh then names the skip at its end).
   */
  public static ExternalTool require(MachineImageTool needed, String whatItChecks) {
    Optional<ExternalTool> tool = find(needed.command());
    Assumptions.assumeTrue(
        tool.isPresent(),
        () ->
            needed.missingMessage(
                whatItChecks, "PATH=" + System.getenv().getOrDefault("PATH", "")));
    return tool.orElseThrow();
  }

  public static Optional<ExternalTool> find(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return Optional.of(new ExternalTool(name, candidate));
      }
    }
    return Optional.empty();
  }

  /**
   * Runs the tool and returns its exit code and combined output; never throws on a non-zero exit.
   */
  public Result run(
      Path workDir, Map<String, String> environment, Duration timeout, String... args) {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of(args));
    try {
      Path log = Files.createTempFile("deploy-checks-" + name, ".log");
      try {
        ProcessBuilder builder =
            new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
          return new Result(-1, String.join(" ", command) + " timed out after " + timeout);
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  /** What a run printed, and how it ended. */
  public record Result(int exitCode, String output) {
    public boolean ok() {
      return exitCode == 0;
    }
  }
}
