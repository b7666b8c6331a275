package dev.walletplatform.infra.kafka;

import dev.walletplatform.infra.InfraException;
import dev.walletplatform.infra.process.JavaProcess;
import dev.walletplatform.infra.process.LogTail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One combined controller+broker: fixed ports and directories that survive restarts. */
final class KafkaNode {
  private static final int LOG_TAIL_LINES = 40;

  private final int id;
  private final int brokerPort;
  private final int controllerPort;
  private final Path workDir;
  private JavaProcess process;

  KafkaNode(int id, int brokerPort, int controllerPort, Path workDir) {
    this.id = id;
    this.brokerPort = brokerPort;
    this.controllerPort = controllerPort;
    this.workDir = workDir;
  }

  int id() {
    return id;
  }

  int brokerPort() {
    return brokerPort;
  }

  int controllerPort() {
    return controllerPort;
  }

  Path dataDir() {
    return workDir.resolve("node-" + id).resolve("data");
  }

  Path propertiesFile() {
    return workDir.resolve("node-" + id).resolve("server.properties");
  }

  Path logFile() {
    return workDir.resolve("node-" + id + ".log");
  }

  String bootstrapServer() {
    return "127.0.0.1:" + brokerPort;
  }

  void writeProperties(Map<String, String> props) {
    String text =
        props.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n", "", "\n"));
    try {
      Files.createDirectories(dataDir());
      Files.writeString(propertiesFile(), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InfraException("could not write " + propertiesFile(), e);
    }
  }

  void start(List<String> jvmOptions) {
    process =
        JavaProcess.builder("kafka.Kafka")
            .jvmOptions(jvmOptions)
            .args(propertiesFile().toString())
            .logFile(logFile())
            .start();
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  JavaProcess process() {
    if (process == null) {
      throw new InfraException(this + " was never started");
    }
    return process;
  }

  void kill() {
    if (process != null) {
      process.kill();
    }
  }

  void stop(Duration timeout) {
    if (process != null) {
      process.stop(timeout);
    }
  }

  /** State for error messages: what a reader needs to find out why the node is unhappy. */
  String describe() {
    String state =
        process == null
            ? "never started"
            : process.isAlive()
                ? "pid " + process.pid() + " alive"
                : "pid " + process.pid() + " exited with " + process.exitCode();
    return this + " (" + state + ")\n" + LogTail.of(logFile(), LOG_TAIL_LINES);
  }

  @Override
  public String toString() {
    return "kafka node "
        + id
        + " [broker 127.0.0.1:"
        + brokerPort
        + ", controller 127.0.0.1:"
        + controllerPort
        + "]";
  }
}
