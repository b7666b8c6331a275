package dev.walletplatform.processors.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code streams} block: the Kafka Streams application (screening, campaign budgets, command
 * status) running in this process next to the applier. Client settings (security, timeouts) come
 * from {@code kafka.properties}; {@code properties} adds Streams-only ones.
 *
 * @param enabled false runs the applier alone (another deployment runs the topologies)
 * @param applicationId the Streams application id: consumer group, transactional-id and internal
 *     topic prefix; changing it starts from scratch (state and offsets are per id)
 * @param applicationServer {@code host:port} other instances reach this one's status endpoint at
 *     (the {@code server.applicationConnectors} port); absent, each instance answers only for the
 *     command ids it owns
 * @param stateDir local RocksDB state; kept across restarts it saves a restore from the changelogs;
 *     default {@code <java.io.tmpdir>/wallet-streams} — each instance on a host needs its own
 * @param threads stream threads; more than the commands topic's partitions only idle
 * @param standbyReplicas warm copies of each store on other instances, for fast failover
 * @param replicationFactor of the internal topics; -1 takes the broker's default
 * @param commitInterval how often a stream thread commits (ends its transaction), e.g. {@code
 *     100ms}
 */
public record StreamsSettings(
    boolean enabled,
    String applicationId,
    Optional<HostAndPort> applicationServer,
    Path stateDir,
    int threads,
    int standbyReplicas,
    int replicationFactor,
    Duration commitInterval,
    Map<String, String> properties) {

  public static final String DEFAULT_APPLICATION_ID = "wallet-streams";
  private static final Pattern APPLICATION_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  /** Exactly-once and the dead-letter handling rely on these; the code sets them. */
  static final Set<String> RESERVED =
      Set.of(
          "application.id",
          "application.server",
          "bootstrap.servers",
          "state.dir",
          "num.stream.threads",
          "num.standby.replicas",
          "replication.factor",
          "commit.interval.ms",
          "processing.guarantee",
          "deserialization.exception.handler",
          "processing.exception.handler",
          "default.deserialization.exception.handler",
          "default.key.serde",
          "default.value.serde",
          "isolation.level",
          "enable.idempotence",
          "acks",
          "enable.auto.commit");

  /** Where other instances find this one. */
  public record HostAndPort(String host, int port) {
    private static final Pattern FORMAT =
        Pattern.compile("([A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:]+\\]):(\\d{1,5})");

    static HostAndPort parse(String text) {
      Matcher m = text == null ? null : FORMAT.matcher(text);
      if (m == null
          || !m.matches()
          || Integer.parseInt(m.group(2)) < 1
          || Integer.parseInt(m.group(2)) > 65_535) {
        throw new IllegalArgumentException(
            "streams.applicationServer must be host:port with port 1..65535, was: " + text);
      }
      return new HostAndPort(m.group(1), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
      return host + ":" + port;
    }
  }

  @JsonCreator
  public static StreamsSettings fromYaml(
      @JsonProperty("enabled") Boolean enabled,
      @JsonProperty("applicationId") String applicationId,
      @JsonProperty("applicationServer") String applicationServer,
      @JsonProperty("stateDir") String stateDir,
      @JsonProperty("threads") Integer threads,
      @JsonProperty("standbyReplicas") Integer standbyReplicas,
      @JsonProperty("replicationFactor") Integer replicationFactor,
      @JsonProperty("commitInterval") Duration commitInterval,
      @JsonProperty("properties") Map<String, String> properties) {
    boolean on = enabled == null || enabled;
    return new StreamsSettings(
        on,
        applicationId == null ? DEFAULT_APPLICATION_ID : applicationId,
        applicationServer == null || applicationServer.isBlank()
            ? Optional.empty()
            : Optional.of(HostAndPort.parse(applicationServer)),
        stateDir == null || stateDir.isBlank()
            ? Path.of(System.getProperty("java.io.tmpdir"), "wallet-streams")
            : Path.of(stateDir),
        threads == null ? 1 : threads,
        standbyReplicas == null ? 1 : standbyReplicas,
        replicationFactor == null ? -1 : replicationFactor,
        commitInterval == null ? Duration.milliseconds(100) : commitInterval,
        properties == null ? Map.of() : properties);
  }

  public StreamsSettings {
    if (!APPLICATION_ID.matcher(applicationId).matches()) {
      throw new IllegalArgumentException(
          "streams.applicationId must be 1-100 of A-Za-z0-9._-, was: " + applicationId);
    }
    if (threads < 1 || threads > 64) {
      throw new IllegalArgumentException("streams.threads must be 1..64, was: " + threads);
    }
    if (standbyReplicas < 0 || standbyReplicas > 3) {
      throw new IllegalArgumentException(
          "streams.standbyReplicas must be 0..3, was: " + standbyReplicas);
    }
    if (replicationFactor == 0 || replicationFactor < -1 || replicationFactor > 5) {
      throw new IllegalArgumentException(
          "streams.replicationFactor must be -1 (broker default) or 1..5, was: "
              + replicationFactor);
    }
    if (commitInterval.toMilliseconds() < 10
        || commitInterval.compareTo(Duration.seconds(30)) > 0) {
      // under exactly-once every commit ends a transaction: results become visible only then
      throw new IllegalArgumentException(
          "streams.commitInterval must be 10ms..30s, was: " + commitInterval);
    }
    for (String key : properties.keySet()) {
      if (RESERVED.contains(key)) {
        throw new IllegalArgumentException(
            "streams.properties."
                + key
                + " cannot be set: the processors fix it"
                + " (reserved: "
                + RESERVED.stream().sorted().toList()
                + ")");
      }
    }
    properties = Map.copyOf(properties);
  }

  /** No {@code streams} block: the topologies run, with every default. */
  public static StreamsSettings defaults() {
    return fromYaml(null, null, null, null, null, null, null, null, null);
  }

  @Override
  public String toString() {
    // properties may hold credentials
    return "StreamsSettings[enabled="
        + enabled
        + ", applicationId="
        + applicationId
        + ", applicationServer="
        + applicationServer.map(HostAndPort::toString).orElse("none")
        + ", stateDir="
        + stateDir
        + ", threads="
        + threads
        + ", standbyReplicas="
        + standbyReplicas
        + ", replicationFactor="
        + replicationFactor
        + ", commitInterval="
        + commitInterval
        + ", properties="
        + properties.keySet()
        + "]";
  }
}
