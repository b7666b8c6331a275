package dev.walletplatform.local;

import dev.walletplatform.infra.process.JavaProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One of the platform's services running in its own JVM, as in production: its own heap, its own
 * logging, killable with SIGKILL and restartable with the same settings. Ready when its admin port
 * answers {@code /ready} with 200.
 */
public final class ServiceProcess implements AutoCloseable {
  private static final HttpClient ADMIN =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  /** Long enough for a graceful shutdown and the class-data archive it writes. */
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

  /** Everything needed to start the service again after a crash. */
  public record Launch(
      String name,
      String mainClass,
      Path config,
      int adminPort,
      Path logDir,
      String heap,
      Map<String, String> environment,
      List<String> jvmOptions) {
    public Launch {
      environment = Map.copyOf(environment);
      jvmOptions = List.copyOf(jvmOptions);
    }

    /** A launch with the JVM options every service gets and no others. */
    public Launch(
        String name,
        String mainClass,
        Path config,
        int adminPort,
        Path logDir,
        String heap,
        Map<String, String> environment) {
      this(name, mainClass, config, adminPort, logDir, heap, environment, List.of());
    }

    /** The same launch with one more (or one overridden) environment variable. */
    public Launch withEnv(String key, String value) {
      Map<String, String> env = new java.util.LinkedHashMap<>(environment);
      env.put(key, value);
      return new Launch(name, mainClass, config, adminPort, logDir, heap, env, jvmOptions);
    }

    /**
     * The same launch with these JVM options after the ones every service gets (a later one wins).
     */
    public Launch withJvmOptions(List<String> options) {
      return new Launch(name, mainClass, config, adminPort, logDir, heap, environment, options);
    }
  }

  private final Launch launch;
  private final URI readyUrl;
  private volatile JavaProcess process;
  private volatile Duration startedIn = Duration.ZERO;

  private ServiceProcess(Launch launch) {
    this.launch = launch;
    this.readyUrl = URI.create("http://127.0.0.1:" + launch.adminPort() + "/ready");
  }

  /** Starts {@code mainClass server <config>} and waits until it is ready. */
  public static ServiceProcess start(Launch launch, Duration timeout) {
    ServiceProcess service = new ServiceProcess(launch);
    service.launchAndAwaitReady(timeout);
    return service;
  }

  /** SIGKILL: a crash, no shutdown hooks, no commit of offsets. */
  public void kill() {
    process.kill();
  }

  /** Starts the service again with the same settings (after {@link #kill()} or {@link #stop()}). */
  public void restart(Duration timeout) {
    if (process.isAlive()) {
      process.stop(STOP_TIMEOUT);
    }
    launchAndAwaitReady(timeout);
  }

  /** SIGTERM and wait: the service shuts down gracefully (and writes its class-data archive). */
  public void stop() {
    process.stop(STOP_TIMEOUT);
  }

  private void launchAndAwaitReady(Duration timeout) {
    Instant begin = Instant.now();
    process =
        JavaProcess.builder(launch.mainClass())
            .args("server", launch.config().toString())
            .jvmOptions(
                "-Xmx" + launch.heap(),
                "-XX:+UseZGC",
                "-XX:+ExitOnOutOfMemoryError",
                "-Dservice.name=" + launch.name())
            .jvmOptions(classDataSharing())
            .jvmOptions(launch.jvmOptions())
            .environment(launch.environment())
            .logFile(launch.logDir().resolve(launch.name() + ".log"))
            .start();
    awaitReady(timeout);
    startedIn = Duration.between(begin, Instant.now());
  }

  /**
   * Application class-data sharing (JDK 19+): the first run of a service writes the classes it
   * loaded to an archive when it exits, and later runs map that archive instead of reading, parsing
   * and verifying the same few thousand classes again — the bulk of a cold start on two busy cores.
   * A missing or stale archive (the classpath changed) is simply rewritten, never an error. The JVM
   * archives only from jars: with a class directory on the classpath (an IDE, a module's
   * target/classes) the service starts without it.
   */
  private List<String> classDataSharing() {
    if (!onlyJarsOnClasspath()) {
      return List.of();
    }
    Path dir = launch.logDir().resolveSibling("class-data");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      return List.of(); // starts without the archive, as slowly as before
    }
    // quiet: ZGC cannot map the archive's heap objects (its classes still load from it), which the
    // JVM reports as an error at every start; an unusable archive only costs speed anyway
    return List.of(
        "-XX:SharedArchiveFile=" + dir.resolve(launch.name() + ".jsa"),
        "-XX:+AutoCreateSharedArchive",
        "-Xlog:cds=off");
  }

  private static boolean onlyJarsOnClasspath() {
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path) && !isEmptyDirectory(path)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isEmptyDirectory(Path dir) {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  public void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            launch.name()
                + " exited with status "
                + process.exitCode()
                + " before it was ready; log tail:\n"
                + process.logTail());
      }
      if (answersReady()) {
        return;
      }
      Sleeps.sleep(Duration.ofMillis(100));
    }
    throw new IllegalStateException(
        launch.name()
            + " not ready at "
            + readyUrl
            + " within "
            + timeout
            + "; log tail:\n"
            + process.logTail());
  }

  public String name() {
    return launch.name();
  }

  /** The admin port's base URI: /live, /ready, /metrics. */
  public URI adminUri() {
    return URI.create("http://127.0.0.1:" + launch.adminPort());
  }

  public JavaProcess process() {
    return process;
  }

  /** From launch to the first 200 on /ready, JVM start included. */
  public Duration startedIn() {
    return startedIn;
  }

  private boolean answersReady() {
    try {
      HttpResponse<Void> response =
          ADMIN.send(
              HttpRequest.newBuilder(readyUrl).timeout(Duration.ofSeconds(1)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for " + launch.name(), e);
    }
  }

  @Override
  public void close() {
    process.stop(STOP_TIMEOUT);
  }

  @Override
  public String toString() {
    return launch.name() + "[pid " + process.pid() + "]";
  }
}
