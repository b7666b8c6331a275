package dev.walletplatform.infra.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrometheusBinaryTest {
  @TempDir Path dir;

  @Test
  void findsTheBinaryOnThePathBeforeTheFallbacks() throws IOException {
    Path onPath = executable(dir.resolve("bin/prometheus"));
    Path fallback = executable(dir.resolve("usr/bin/prometheus"));

    assertThat(PrometheusServer.findBinary("/nowhere:" + onPath.getParent(), List.of(fallback)))
        .contains(onPath);
    assertThat(PrometheusServer.findBinary("/nowhere", List.of(fallback))).contains(fallback);
  }

  @Test
  void findsNothingWhereThereIsNothing() throws IOException {
    Files.createDirectories(dir.resolve("bin"));
    Files.writeString(dir.resolve("bin/prometheus"), "not executable");

    assertThat(PrometheusServer.findBinary(dir.resolve("bin") + ":/nowhere", List.of())).isEmpty();
  }

  @Test
  void saysHowToInstallItWhenItIsMissing() {
    assertThat(PrometheusServer.missingBinaryMessage("/nowhere"))
        .contains("PATH=/nowhere", "scripts/ensure-prometheus.sh", "Debian's prometheus package");
  }

  @Test
  void refusesTargetsAndIntervalsPrometheusWouldRefuse() {
    assertThatThrownBy(() -> ScrapeTarget.of("a job", "127.0.0.1:1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScrapeTarget.of("job", "http://127.0.0.1:1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScrapeTarget.of("job", "127.0.0.1:1").withLabel("__name__", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                PrometheusConfig.defaults()
                    .withTarget(ScrapeTarget.of("job", "127.0.0.1:1"))
                    .withTarget(ScrapeTarget.of("job", "127.0.0.1:2")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PrometheusConfig.defaults().withScrapeInterval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverPrintsTheApiKey() {
    assertThat(ScrapeTarget.of("job", "127.0.0.1:1").withApiKey("s3cret").toString())
        .doesNotContain("s3cret")
        .contains("ApiKey");
  }

  private static Path executable(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }
}
