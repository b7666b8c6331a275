package dev.walletplatform.infra.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletplatform.infra.ServerStartException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaClusterIT {
  @TempDir Path dir;

  @Test
  void deliversRecordsProducedWithAcksAllOnOneNode() throws Exception {
    long began = System.nanoTime();
    try (KafkaCluster kafka = new KafkaCluster(KafkaClusterConfig.defaults()).start()) {
      System.out.printf(
          "1-node cluster serving after %d ms%n", (System.nanoTime() - began) / 1_000_000);
      TopicSpec topic = TopicSpec.of("wallet.test.v1", 3, 1);
      kafka.createTopics(List.of(topic));
      kafka.createTopics(List.of(topic)); // again: creating an existing topic is not an error

      try (KafkaProducer<String, String> producer = producer(kafka)) {
        for (int i = 0; i < 100; i++) {
          producer
              .send(new ProducerRecord<>(topic.name(), "wallet-" + (i % 7), "record-" + i))
              .get();
        }
      }

      assertThat(consumeValues(kafka, topic.name(), 100))
          .hasSize(100)
          .contains("record-0", "record-99");
    }
  }

  @Test
  void keepsAcceptedRecordsWhenABrokerIsKilled() throws Exception {
    long began = System.nanoTime();
    try (KafkaCluster kafka =
        new KafkaCluster(KafkaClusterConfig.builder().nodes(3).build()).start()) {
      System.out.printf(
          "3-node cluster serving after %d ms%n", (System.nanoTime() - began) / 1_000_000);
      TopicSpec topic =
          TopicSpec.of("wallet.commands.v1", 3, 3).withConfig("min.insync.replicas", "2");
      kafka.createTopics(List.of(topic));
      int records = 3_000;
      List<Exception> failedSends = new CopyOnWriteArrayList<>();
      long killedAt = 0;

      try (KafkaProducer<String, String> producer = producer(kafka)) {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (int i = 0; i < records; i++) {
          acks.add(
              producer.send(
                  new ProducerRecord<>(topic.name(), "wallet-" + (i % 13), "record-" + i),
                  (metadata, error) -> {
                    if (error != null) {
                      failedSends.add(error);
                    }
                  }));
          if (i == records / 3) {
            kafka.kill(1);
            killedAt = System.nanoTime();
            assertThat(kafka.isAlive(1)).isFalse();
          }
          if (i % 100 == 0) {
            Thread.sleep(20); // spread the sends so some are in flight across the kill
          }
        }
        for (Future<RecordMetadata> ack : acks) {
          ack.get();
        }
      }
      System.out.printf(
          "all %d sends acknowledged %d ms after the kill%n",
          records, (System.nanoTime() - killedAt) / 1_000_000);

      assertThat(failedSends).isEmpty();
      assertThat(consumeValues(kafka, topic.name(), records)).hasSize(records);

      long restartBegan = System.nanoTime();
      kafka.restart(1);
      System.out.printf(
          "node 1 serving again %d ms after restart%n",
          (System.nanoTime() - restartBegan) / 1_000_000);
      assertThat(kafka.isAlive(1)).isTrue();
    }
  }

  @Test
  void failedStartNamesTheNodeAndShowsItsLogTail() {
    KafkaClusterConfig broken =
        KafkaClusterConfig.builder()
            .workDir(dir.resolve("kafka"))
            .brokerProperty("log.retention.ms", "not-a-number")
            .startTimeout(Duration.ofSeconds(30))
            .build();

    assertThatThrownBy(() -> new KafkaCluster(broken).start())
        .isInstanceOf(ServerStartException.class)
        .hasMessageContaining("kafka node 0")
        .hasMessageContaining("exited with")
        .hasMessageContaining("node-0.log")
        .hasMessageContaining("not-a-number");
    assertThat(Files.exists(dir.resolve("kafka").resolve("node-0.log"))).isTrue();
  }

  @Test
  void startThatOutlastsItsTimeoutNamesTheNodeThatIsNotListeningAndShowsItsLogTail() {
    // no broker JVM listens within a millisecond: the quiet wait for its port gives up, and says so
    KafkaClusterConfig impatient =
        KafkaClusterConfig.builder()
            .workDir(dir.resolve("kafka"))
            .startTimeout(Duration.ofMillis(1))
            .build();

    assertThatThrownBy(() -> new KafkaCluster(impatient).start())
        .isInstanceOf(ServerStartException.class)
        .hasMessageContaining("kafka node 0 not listening on 127.0.0.1:")
        .hasMessageContaining("after PT0.001S")
        .hasMessageContaining("alive")
        .hasMessageContaining("node-0.log");
  }

  private static KafkaProducer<String, String> producer(KafkaCluster kafka) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000"),
        new StringSerializer(),
        new StringSerializer());
  }

  private static Set<String> consumeValues(KafkaCluster kafka, String topic, int expected) {
    Set<String> values = new HashSet<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "it-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (values.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          values.add(record.value());
        }
      }
    }
    return values;
  }
}
