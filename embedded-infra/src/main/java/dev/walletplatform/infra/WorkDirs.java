package dev.walletplatform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Work directories of the servers: created on start, deleted on close unless kept. */
public final class WorkDirs {
  private WorkDirs() {}

  public static Path createOrTemp(Path dir, String tempPrefix) {
    try {
      return dir == null ? Files.createTempDirectory(tempPrefix) : Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InfraException(
          "could not create work dir " + (dir == null ? tempPrefix + "*" : dir), e);
    }
  }

  public static void delete(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(dir)) {
      // children before parents
      tree.sorted(Comparator.reverseOrder()).forEach(WorkDirs::deleteOne);
    } catch (IOException | UncheckedIOException e) {
      throw new InfraException("could not delete work dir " + dir, e);
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
