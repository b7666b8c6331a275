package dev.walletplatform.infra.process;

import dev.walletplatform.infra.InfraException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running a given main class, with stdout and stderr appended to one log file. The
 * child runs under {@link ParentWatchdog}, so it dies with the JVM that started it.
 *
 * <p>Signals: {@link #kill()} is SIGKILL (a crash), {@link #stop(Duration)} is SIGTERM (a graceful
 * shutdown, then SIGKILL after the timeout), {@link #pause()}/{@link #resume()} are SIGSTOP/SIGCONT
 * (a process that hangs without dying, like a long GC pause or a frozen VM).
 */
public final class JavaProcess {
  private static final int LOG_TAIL_LINES = 40;

  private final String mainClass;
  private final Path logFile;
  private final Process process;

  private JavaProcess(String mainClass, Path logFile, Process process) {
    this.mainClass = mainClass;
    this.logFile = logFile;
    this.process = process;
  }

  public static JavaProcessBuilder builder(String mainClass) {
    return new JavaProcessBuilder(mainClass);
  }

  static JavaProcess start(
      String mainClass,
      List<String> args,
      List<String> jvmOptions,
      String classpath,
      Map<String, String> environment,
      Path log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add(ParentWatchdog.class.getName());
    command.add(mainClass);
    command.addAll(args);
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      // append: a restarted server keeps the log of its previous life, which fault tests want
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(environment);
      Process process =
          builder
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      return new JavaProcess(mainClass, log, process);
    } catch (IOException e) {
      throw new InfraException("could not start a JVM for " + mainClass + ": " + command, e);
    }
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path logFile() {
    return logFile;
  }

  /** The exit code, or -1 while the process runs. */
  public int exitCode() {
    return process.isAlive() ? -1 : process.exitValue();
  }

  public String logTail() {
    return LogTail.of(logFile, LOG_TAIL_LINES);
  }

  /** SIGKILL and wait until the process is gone: no shutdown hook runs, as in a crash. */
  public void kill() {
    // SIGKILL also ends a paused (SIGSTOPped) process, so no SIGCONT is needed first
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(30), "SIGKILL");
  }

  /** SIGTERM, wait up to {@code timeout} for a graceful exit, then SIGKILL. */
  public void stop(Duration timeout) {
    if (!process.isAlive()) {
      return;
    }
    // a paused process cannot handle SIGTERM until it runs again
    resume();
    // via the handle: Process.destroy() also closes the child's stdin, which ParentWatchdog takes
    // as the parent's death and halts the child in the middle of its shutdown hooks
    process.toHandle().destroy();
    if (!waitFor(timeout, null)) {
      kill();
    }
  }

  /** SIGSTOP: the process stays alive and keeps its sockets open but answers nothing. */
  public void pause() {
    signal("STOP");
  }

  /** SIGCONT after {@link #pause()}. */
  public void resume() {
    signal("CONT");
  }

  private void signal(String name) {
    if (!process.isAlive()) {
      throw new InfraException(
          "cannot send SIG" + name + " to " + this + ": it exited with " + process.exitValue());
    }
    // the JDK has no API for SIGSTOP/SIGCONT; kill(1) is on every Linux and macOS machine
    ProcessBuilder kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid()));
    try {
      int exit = kill.redirectErrorStream(true).start().waitFor();
      if (exit != 0) {
        throw new InfraException("kill -" + name + " " + pid() + " exited with " + exit);
      }
    } catch (IOException e) {
      throw new InfraException("could not run kill -" + name + " " + pid(), e);
    } catch (InterruptedException e) {
      throw InfraException.interrupted("sending SIG" + name + " to " + this, e);
    }
  }

  private boolean waitFor(Duration timeout, String afterSignal) {
    try {
      boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!exited && afterSignal != null) {
        throw new InfraException(this + " still alive " + timeout + " after " + afterSignal);
      }
      return exited;
    } catch (InterruptedException e) {
      throw InfraException.interrupted("waiting for " + this + " to exit", e);
    }
  }

  @Override
  public String toString() {
    return "JavaProcess[" + mainClass + ", pid " + pid() + ", log " + logFile + "]";
  }
}
