package dev.walletplatform.infra.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Describes a child JVM before it starts. The classpath defaults to this JVM's own, which under
 * Maven Surefire/Failsafe is a manifest-only booter jar; {@code java -cp booter.jar} follows its
 * manifest Class-Path, so that default works in tests as well.
 */
public final class JavaProcessBuilder {
  private final String mainClass;
  private final List<String> args = new ArrayList<>();
  private final List<String> jvmOptions = new ArrayList<>();
  private String classpath = System.getProperty("java.class.path");
  private final Map<String, String> environment = new LinkedHashMap<>();
  private Path logFile;

  JavaProcessBuilder(String mainClass) {
    this.mainClass = Objects.requireNonNull(mainClass, "mainClass");
  }

  public JavaProcessBuilder args(String... values) {
    args.addAll(List.of(values));
    return this;
  }

  public JavaProcessBuilder args(List<String> values) {
    args.addAll(values);
    return this;
  }

  /** Options before the main class, e.g. {@code -Xmx512m} or {@code -Dkey=value}. */
  public JavaProcessBuilder jvmOptions(String... values) {
    jvmOptions.addAll(List.of(values));
    return this;
  }

  public JavaProcessBuilder jvmOptions(List<String> values) {
    jvmOptions.addAll(values);
    return this;
  }

  /**
   * Adds environment variables to the ones this JVM has: services read their secrets and addresses
   * from the environment, as they do in production.
   */
  public JavaProcessBuilder environment(Map<String, String> values) {
    environment.putAll(values);
    return this;
  }

  /** Must contain this module's classes, since the child runs under {@link ParentWatchdog}. */
  public JavaProcessBuilder classpath(String value) {
    this.classpath = Objects.requireNonNull(value, "classpath");
    return this;
  }

  /** Where stdout and stderr go (appended). Required. */
  public JavaProcessBuilder logFile(Path value) {
    this.logFile = Objects.requireNonNull(value, "logFile");
    return this;
  }

  public JavaProcess start() {
    if (logFile == null) {
      throw new IllegalStateException("logFile is required for " + mainClass);
    }
    return JavaProcess.start(
        mainClass,
        List.copyOf(args),
        List.copyOf(jvmOptions),
        classpath,
        Map.copyOf(environment),
        logFile);
  }
}
