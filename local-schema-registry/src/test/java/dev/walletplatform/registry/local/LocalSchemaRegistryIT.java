package dev.walletplatform.registry.local;

import static dev.walletplatform.registry.local.RegistryHttpApiTest.PAYMENT_INCOMPATIBLE;
import static dev.walletplatform.registry.local.RegistryHttpApiTest.PAYMENT_V1;
import static dev.walletplatform.registry.local.RegistryHttpApiTest.PAYMENT_V2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.kafka.KafkaClusterConfig;
import dev.walletplatform.infra.kafka.TopicSpec;
import dev.walletplatform.schemas.Topics;
import dev.walletplatform.schemas.command.v1.GiveawayClaimRequested;
import dev.walletplatform.schemas.command.v1.WalletCommand;
import dev.walletplatform.schemas.registry.HttpSchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryClient;
import dev.walletplatform.schemas.registry.SchemaRegistryException;
import dev.walletplatform.schemas.serde.AvroDeserializer;
import dev.walletplatform.schemas.serde.AvroSerializer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against a real KRaft broker: the store is the {@code _schemas} topic, so ids outlive the registry
 * process.
 */
class LocalSchemaRegistryIT {
  private static KafkaCluster kafka;

  @BeforeAll
  static void startKafka() {
    kafka = new KafkaCluster(KafkaClusterConfig.defaults()).start();
  }

  @AfterAll
  static void stopKafka() {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void registersAndReadsBackThroughTheHttpClient() {
    try (LocalSchemaRegistry registry = LocalSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      int id = client(registry.uri()).register("read-back-value", PAYMENT_V1);

      assertThat(client(registry.uri()).schemaById(id)).isEqualTo(PAYMENT_V1);
    }
  }

  @Test
  void keepsIdsAcrossARestart() {
    int v1;
    int v2;
    try (LocalSchemaRegistry first = LocalSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      v1 = client(first.uri()).register("restart-value", PAYMENT_V1);
      v2 = client(first.uri()).register("restart-value", PAYMENT_V2);
    }

    try (LocalSchemaRegistry restarted = LocalSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      SchemaRegistryClient fresh = client(restarted.uri());
      assertThat(fresh.schemaById(v1)).isEqualTo(PAYMENT_V1);
      assertThat(fresh.schemaById(v2)).isEqualTo(PAYMENT_V2);
      assertThat(fresh.register("restart-value", PAYMENT_V2)).isEqualTo(v2);
      assertThat(fresh.register("restart-other-value", PAYMENT_INCOMPATIBLE))
          .as("a new schema gets an id never issued before the restart")
          .isGreaterThan(v2);
    }
  }

  @Test
  void refusesAnIncompatibleChangeWith409() {
    try (LocalSchemaRegistry registry = LocalSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      SchemaRegistryClient client = client(registry.uri());
      client.register("incompatible-value", PAYMENT_V1);

      assertThatThrownBy(() -> client.register("incompatible-value", PAYMENT_INCOMPATIBLE))
          .isInstanceOfSatisfying(
              SchemaRegistryException.class, e -> assertThat(e.status()).isEqualTo(409));
    }
  }

  @Test
  void servesTheSameIdsFromASecondInstanceReadingTheSameTopic() {
    try (LocalSchemaRegistry writer = LocalSchemaRegistry.start(kafka.bootstrapServers(), 0);
        LocalSchemaRegistry reader = LocalSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      int id = client(writer.uri()).register("two-instances-value", PAYMENT_V2);

      // at once, through the other instance: a lookup miss first catches up with the topic
      assertThat(client(reader.uri()).schemaById(id)).isEqualTo(PAYMENT_V2);
      assertThat(client(reader.uri()).register("two-instances-value", PAYMENT_V2)).isEqualTo(id);
      assertThat(
              client(reader.uri())
                  .isCompatibleWithLatest("two-instances-value", PAYMENT_INCOMPATIBLE))
          .isFalse();
    }
  }

  @Test
  void carriesAvroRecordsThroughKafkaWithIdsItIssued() {
    kafka.createTopics(List.of(TopicSpec.of(Topics.COMMANDS, 1, 1)));
    WalletCommand command =
        WalletCommand.newBuilder()
            .setCommandId(UUID.randomUUID())
            .setClientId("client-1")
            .setIdempotencyKey("key-1")
            .setRequestHash("ab12")
            .setAcceptedAt(Instant.ofEpochMilli(1_760_000_000_000L))
            .setPayload(new GiveawayClaimRequested("campaign-7", "wallet-a"))
            .build();
    try (LocalSchemaRegistry registry = LocalSchemaRegistry.start(kafka.bootstrapServers(), 0)) {
      byte[] bytes =
          new AvroSerializer<WalletCommand>(client(registry.uri()))
              .serialize(Topics.COMMANDS, command);
      produce(Topics.COMMANDS, bytes);

      byte[] consumed = consumeOne(Topics.COMMANDS);
      WalletCommand read =
          new AvroDeserializer<>(client(registry.uri()), WalletCommand.class)
              .deserialize(Topics.COMMANDS, consumed);

      assertThat(read).isEqualTo(command);
    }
  }

  @Test
  void storesRegistrationsInACompactedTopic() throws Exception {
    LocalSchemaRegistry.start(kafka.bootstrapServers(), 0).close();

    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.SCHEMAS);
      String policy =
          admin
              .describeConfigs(List.of(topic))
              .all()
              .get()
              .get(topic)
              .get("cleanup.policy")
              .value();
      assertThat(policy).isEqualTo("compact");
    }
  }

  private static SchemaRegistryClient client(URI uri) {
    return new HttpSchemaRegistryClient(uri, Duration.ofSeconds(10));
  }

  private static void produce(String topic, byte[] value) {
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, "wallet-a", value)).get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot produce to " + topic, e);
    }
  }

  private static byte[] consumeOne(String topic) {
    TopicPartition partition = new TopicPartition(topic, 0);
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
        if (!records.isEmpty()) {
          return records.iterator().next().value();
        }
      }
      throw new AssertionError("no record on " + topic + " within 30 s");
    }
  }
}
