package dev.walletplatform.infra.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to run a {@link KafkaCluster}.
 *
 * @param nodes combined controller+broker nodes; 3 for fault tests (RF 3, min ISR 2)
 * @param workDir holds server.properties, data and node-N.log per node; null = a new temp dir
 * @param heapMb -Xmx of each node's JVM
 * @param keepWorkDir keep data and logs after {@link KafkaCluster#close()}
 * @param startTimeout how long {@code start()} and {@code restart(n)} wait for nodes to serve
 * @param brokerProperties server.properties overrides, applied after the defaults
 * @param jvmOptions extra options for every node's JVM; default {@link #FAST_START_JVM_OPTIONS}
 */
public record KafkaClusterConfig(
    int nodes,
    Path workDir,
    int heapMb,
    boolean keepWorkDir,
    Duration startTimeout,
    Map<String, String> brokerProperties,
    List<String> jvmOptions) {

  /**
   * C1 only and the serial collector: on a 2-core machine three broker JVMs start in ~5-6 s instead
   * of ~10 s, because C2 compiler and G1 threads no longer compete with startup. Peak throughput is
   * lower and the serial collector stops the broker for every collection; load runs that measure
   * the platform pass {@link #PRODUCTION_JVM_OPTIONS}.
   */
  public static final List<String> FAST_START_JVM_OPTIONS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  /**
   * What Kafka's own start scripts give a broker (kafka-run-class.sh's KAFKA_JVM_PERFORMANCE_OPTS):
   * both compilers and G1 with short pauses. A broker measured for load runs like this, as it would
   * in production.
   */
  public static final List<String> PRODUCTION_JVM_OPTIONS =
      List.of(
          "-XX:+UseG1GC",
          "-XX:MaxGCPauseMillis=20",
          "-XX:InitiatingHeapOccupancyPercent=35",
          "-XX:+ExplicitGCInvokesConcurrent");

  public KafkaClusterConfig {
    if (nodes < 1) {
      throw new IllegalArgumentException("nodes must be >= 1, got " + nodes);
    }
    if (heapMb < 128) {
      throw new IllegalArgumentException(
          "heapMb must be >= 128 (a broker needs it), got " + heapMb);
    }
    Objects.requireNonNull(startTimeout, "startTimeout");
    brokerProperties = Map.copyOf(brokerProperties);
    jvmOptions = List.copyOf(jvmOptions);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** One node, 512 MB heap, a temp work dir deleted on close. */
  public static KafkaClusterConfig defaults() {
    return builder().build();
  }

  /** Mutable only until {@link #build()}; the config itself is immutable. */
  public static final class Builder {
    private int nodes = 1;
    private Path workDir;
    private int heapMb = 512;
    private boolean keepWorkDir;
    private Duration startTimeout = Duration.ofSeconds(60);
    private final Map<String, String> brokerProperties = new LinkedHashMap<>();
    private List<String> jvmOptions = FAST_START_JVM_OPTIONS;

    private Builder() {}

    public Builder nodes(int value) {
      this.nodes = value;
      return this;
    }

    public Builder workDir(Path value) {
      this.workDir = value;
      return this;
    }

    public Builder heapMb(int value) {
      this.heapMb = value;
      return this;
    }

    public Builder keepWorkDir(boolean value) {
      this.keepWorkDir = value;
      return this;
    }

    public Builder startTimeout(Duration value) {
      this.startTimeout = value;
      return this;
    }

    public Builder brokerProperty(String key, String value) {
      this.brokerProperties.put(key, value);
      return this;
    }

    /** Replaces the defaults ({@link #FAST_START_JVM_OPTIONS}). */
    public Builder jvmOptions(List<String> value) {
      this.jvmOptions = value;
      return this;
    }

    public KafkaClusterConfig build() {
      return new KafkaClusterConfig(
          nodes, workDir, heapMb, keepWorkDir, startTimeout, brokerProperties, jvmOptions);
    }
  }
}
