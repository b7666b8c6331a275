package dev.walletplatform.infra.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {
  @TempDir Path dir;

  @Test
  void showsOnlyTheLastLinesOfALongLog() throws IOException {
    Path log = dir.resolve("server.log");
    Files.writeString(
        log,
        IntStream.range(0, 100_000).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));

    String tail = LogTail.of(log, 3);

    assertThat(tail).endsWith("line 99997\nline 99998\nline 99999").doesNotContain("line 99996");
  }

  @Test
  void saysSoWhenTheLogIsMissing() {
    assertThat(LogTail.of(dir.resolve("absent.log"), 3)).contains("no log file", "absent.log");
  }
}
