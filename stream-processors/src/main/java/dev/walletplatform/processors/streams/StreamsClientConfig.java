package dev.walletplatform.processors.streams;

import dev.walletplatform.processors.config.KafkaSettings;
import dev.walletplatform.processors.config.StreamsSettings;
import dev.walletplatform.processors.deadletter.DeadLetterDeserializationHandler;
import dev.walletplatform.processors.deadletter.DeadLetterMeters;
import dev.walletplatform.processors.deadletter.DeadLetterProcessingHandler;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/** The Streams and admin client settings, from the {@code kafka} and {@code streams} blocks. */
public final class StreamsClientConfig {
  private StreamsClientConfig() {}

  public static Properties streams(
      KafkaSettings kafka, StreamsSettings settings, MeterRegistry metrics) {
    Properties props = new Properties();
    props.putAll(clientProperties(kafka));
    props.putAll(settings.properties());
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir().toString());
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.threads());
    props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, settings.standbyReplicas());
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, settings.replicationFactor());
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, settings.commitInterval().toMilliseconds());
    // stores, outputs and offsets commit in one transaction: a crash re-runs the batch, never half
    // of it
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterDeserializationHandler.class);
    props.put(
        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
    // the campaign-budget global table too; the switch is deprecated only because Kafka 5 makes it
    // the
    // default, and without it 4.x routes global-thread errors to the uncaught handler instead
    props.put("processing.exception.handler.global.enabled", true);
    props.put(DeadLetterMeters.CONFIG_KEY, metrics);
    settings
        .applicationServer()
        .ifPresent(server -> props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, server.toString()));
    return props;
  }

  /** For the start-up topic check: the same cluster and security settings. */
  public static Map<String, Object> admin(KafkaSettings kafka) {
    Map<String, Object> props = new HashMap<>(clientProperties(kafka));
    props.put("bootstrap.servers", kafka.bootstrapServers());
    return props;
  }

  /** {@code kafka.properties} minus what only the applier's own consumers understand. */
  private static Map<String, String> clientProperties(KafkaSettings kafka) {
    Map<String, String> props = new HashMap<>(kafka.properties());
    props.remove("auto.offset.reset"); // Streams sets earliest itself; latest would skip commands
    return props;
  }
}
