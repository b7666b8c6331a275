package dev.walletplatform.infra.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaProcessIT {
  @TempDir Path dir;
  private JavaProcess process;

  @AfterEach
  void killChild() {
    if (process != null && process.isAlive()) {
      process.kill();
    }
  }

  private JavaProcess startTicking() {
    process =
        JavaProcess.builder(TickingMain.class.getName())
            .args("a", "b")
            .jvmOptions("-Xmx64m")
            .logFile(dir.resolve("child.log"))
            .start();
    await().atMost(Duration.ofSeconds(20)).until(() -> log().contains("tick 1"));
    return process;
  }

  @Test
  void runsTheMainClassOnThisJvmsClasspathWithOutputInTheLogFile() {
    startTicking();

    assertThat(process.isAlive()).isTrue();
    assertThat(process.pid()).isPositive().isNotEqualTo(ProcessHandle.current().pid());
    assertThat(log()).contains("ready a b");
  }

  @Test
  void runsFromAManifestOnlyJarLikeSurefiresBooterJar() throws IOException {
    // Surefire/Failsafe may hand a test JVM a java.class.path that is one jar whose manifest
    // Class-Path lists the real entries (useManifestOnlyJar); a child given that jar must work
    Path booter = manifestOnlyJar(System.getProperty("java.class.path"));

    process =
        JavaProcess.builder(TickingMain.class.getName())
            .classpath(booter.toString())
            .args("from-manifest-jar")
            .logFile(dir.resolve("child.log"))
            .start();

    await().atMost(Duration.ofSeconds(20)).until(() -> log().contains("ready from-manifest-jar"));
  }

  private Path manifestOnlyJar(String classpath) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest
        .getMainAttributes()
        .put(
            Attributes.Name.CLASS_PATH,
            Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry).toUri().toString())
                .collect(Collectors.joining(" ")));
    Path jar = dir.resolve("booter.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.flush();
    }
    return jar;
  }

  @Test
  void killEndsTheChildWithoutRunningShutdownHooks() {
    startTicking();

    process.kill();

    assertThat(process.isAlive()).isFalse();
    assertThat(process.exitCode()).isEqualTo(137); // 128 + SIGKILL
    assertThat(log()).doesNotContain("shutdown hook ran");
  }

  @Test
  void stopLetsTheChildRunItsShutdownHooks() {
    startTicking();

    process.stop(Duration.ofSeconds(10));

    assertThat(process.isAlive()).isFalse();
    assertThat(process.exitCode()).isEqualTo(143); // 128 + SIGTERM
    assertThat(log()).contains("shutdown hook ran");
  }

  @Test
  void pausedChildPrintsNothingUntilResumed() throws InterruptedException {
    startTicking();

    process.pause();
    Thread.sleep(200); // a tick already on its way may still land
    String whilePaused = log();
    Thread.sleep(500);

    assertThat(log()).isEqualTo(whilePaused);
    assertThat(process.isAlive()).isTrue();

    process.resume();
    await().atMost(Duration.ofSeconds(5)).until(() -> log().length() > whilePaused.length());
  }

  @Test
  void childDiesWhenTheJvmThatStartedItIsKilled() {
    process =
        JavaProcess.builder(SpawningMain.class.getName())
            .args(dir.resolve("grandchild.log").toString())
            .logFile(dir.resolve("child.log"))
            .start();
    await().atMost(Duration.ofSeconds(20)).until(() -> log().contains("grandchild pid"));
    Matcher pid = Pattern.compile("grandchild pid (\\d+)").matcher(log());
    assertThat(pid.find()).isTrue();
    ProcessHandle grandchild = ProcessHandle.of(Long.parseLong(pid.group(1))).orElseThrow();

    process.kill();

    await().atMost(Duration.ofSeconds(10)).until(() -> !grandchild.isAlive());
  }

  private String log() {
    try {
      return Files.exists(process.logFile()) ? Files.readString(process.logFile()) : "";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
