package dev.walletplatform.walletctl.config;

import dev.walletplatform.walletctl.UsageException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/** Where Kafka is and how long to wait for it: mixed into every command that talks to Kafka. */
public final class ClusterOptions {
  private static final Duration MAX_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT[,...]",
      defaultValue = "localhost:9092",
      description = "Kafka brokers (env KAFKA_BOOTSTRAP_SERVERS). Default: ${DEFAULT-VALUE}")
  private String bootstrapServers;

  @Option(
      names = "--command-config",
      paramLabel = "FILE",
      description =
          "Kafka client properties (security.protocol, sasl.*, ssl.*), as kafka-*.sh --command-config")
  private Path commandConfig;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "PT15S",
      description =
          "How long to wait for Kafka before giving up with exit 4 (ISO-8601). Default: ${DEFAULT-VALUE}")
  private Duration timeout;

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public Duration timeout() {
    return timeout;
  }

  /** Client settings for one role (admin, reader, producer); our timeouts win over the file's. */
  public Map<String, Object> clientProperties(String role) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new UsageException("--timeout must be positive, was " + timeout);
    }
    Map<String, Object> props = new HashMap<>();
    readCommandConfig().forEach((key, value) -> props.put(key.toString(), value));
    long request = Math.min(timeout.toMillis(), MAX_REQUEST_TIMEOUT.toMillis());
    props.put("bootstrap.servers", bootstrapServers);
    props.put("client.id", "walletctl-" + role);
    props.put("request.timeout.ms", Long.toString(request));
    props.put("default.api.timeout.ms", Long.toString(timeout.toMillis()));
    props.put("reconnect.backoff.max.ms", "1000");
    return props;
  }

  private Properties readCommandConfig() {
    Properties properties = new Properties();
    if (commandConfig == null) {
      return properties;
    }
    try (Reader reader = Files.newBufferedReader(commandConfig)) {
      properties.load(reader);
      return properties;
    } catch (IOException e) {
      throw new UsageException(
          "cannot read --command-config " + commandConfig + ": " + e.getMessage(), e);
    }
  }
}
