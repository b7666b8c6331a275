package dev.walletplatform.processors.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletplatform.processors.config.KafkaSettings;
import dev.walletplatform.processors.config.StreamsSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/**
 * The Streams client talks to the same secured cluster as the applier: what {@code
 * kafka.properties} says about security (production: SASL_SSL with SCRAM) reaches every client
 * Kafka Streams builds inside — main, restore and global consumers, the transactional producer, the
 * admin client — and the start-up topic check's admin client.
 */
class StreamsClientConfigTest {
  private static final String JAAS =
      "org.apache.kafka.common.security.scram.ScramLoginModule required"
          + " username=\"ledger-applier\" password=\"s3cr3tPassw0rd\";";
  private static final Map<String, String> SECURITY =
      Map.of(
          "security.protocol", "SASL_SSL",
          "sasl.mechanism", "SCRAM-SHA-512",
          "sasl.jaas.config", JAAS,
          "ssl.endpoint.identification.algorithm", "https",
          "client.dns.lookup", "use_all_dns_ips");

  private final KafkaSettings kafka =
      new KafkaSettings("b-1.example:9096", null, null, null, null, SECURITY);
  private final StreamsConfig streams =
      new StreamsConfig(
          StreamsClientConfig.streams(
              kafka, StreamsSettings.defaults(), new SimpleMeterRegistry()));

  @Test
  void givesTheMainConsumerTheApplierClusterSecurity() {
    assertSecured(
        streams.getMainConsumerConfigs("wallet-streams", "wallet-streams-client", 0),
        "main consumer");
  }

  @Test
  void givesTheRestoreAndGlobalConsumersTheApplierClusterSecurity() {
    assertSecured(streams.getRestoreConsumerConfigs("restore"), "restore consumer");
    assertSecured(streams.getGlobalConsumerConfigs("global"), "global consumer");
  }

  @Test
  void givesTheTransactionalProducerTheApplierClusterSecurity() {
    Map<String, Object> producer = streams.getProducerConfigs("producer");
    assertSecured(producer, "producer");
    assertThat(producer).containsEntry("enable.idempotence", true);
  }

  @Test
  void givesTheStreamsAdminClientTheApplierClusterSecurity() {
    assertSecured(streams.getAdminConfigs("admin"), "admin client");
  }

  @Test
  void givesTheTopicCheckAdminClientTheApplierClusterSecurity() {
    Map<String, Object> admin = StreamsClientConfig.admin(kafka);
    assertSecured(admin, "topic check admin client");
    assertThat(admin).containsEntry("bootstrap.servers", "b-1.example:9096");
  }

  @Test
  void keepsExactlyOnceWhateverTheClientSettings() {
    assertThat(streams.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
        .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    assertThat(streams.getMainConsumerConfigs("wallet-streams", "c", 0))
        .containsEntry("isolation.level", "read_committed");
  }

  private static void assertSecured(Map<String, Object> client, String which) {
    assertThat(client)
        .as(which)
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry("ssl.endpoint.identification.algorithm", "https")
        .containsEntry("client.dns.lookup", "use_all_dns_ips");
    Object jaas = client.get("sasl.jaas.config");
    assertThat(jaas instanceof Password password ? password.value() : jaas)
        .as("%s sasl.jaas.config", which)
        .isEqualTo(JAAS);
  }
}
