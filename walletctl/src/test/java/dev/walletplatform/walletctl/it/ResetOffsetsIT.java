package dev.walletplatform.walletctl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.infra.kafka.KafkaCluster;
import dev.walletplatform.infra.kafka.TopicSpec;
import dev.walletplatform.testsupport.KafkaClusterExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * reset-offsets and lag against a real broker (no applier needed): a group of our own on a topic of
 * our own, with records stamped at known times.
 */
@ExtendWith(KafkaClusterExtension.class)
class ResetOffsetsIT {
  private static final String TOPIC = "it.reset.v1";

  /** Ten records, one a minute from 10:00 UTC. */
  private static final Instant FIRST = Instant.parse("2026-06-01T10:00:00Z");

  private static KafkaCluster kafka;

  @BeforeAll
  static void produceTenRecords(KafkaCluster cluster) throws Exception {
    kafka = cluster;
    kafka.createTopics(List.of(TopicSpec.of(TOPIC, 1, 1).withConfig("retention.ms", "-1")));
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", kafka.bootstrapServers()),
            new ByteArraySerializer(),
            new ByteArraySerializer())) {
      for (int i = 0; i < 10; i++) {
        producer
            .send(
                new ProducerRecord<>(
                    TOPIC,
                    0,
                    FIRST.plusSeconds(60L * i).toEpochMilli(),
                    null,
                    new byte[] {(byte) i}))
            .get();
      }
    }
  }

  @Test
  void refusesToMoveTheOffsetsOfAGroupWithActiveMembers() throws Exception {
    commit("it-active", 10);
    try (KafkaConsumer<byte[], byte[]> member = consumer("it-active")) {
      member.subscribe(List.of(TOPIC));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                member.poll(Duration.ofMillis(100));
                return !member.assignment().isEmpty();
              });

      CliRun dryRun =
          walletctl("reset-offsets", "--group", "it-active", "--topic", TOPIC, "--to-earliest");
      CliRun execute =
          walletctl(
              "reset-offsets",
              "--group",
              "it-active",
              "--topic",
              TOPIC,
              "--to-earliest",
              "--execute");

      assertThat(dryRun.exitCode()).isEqualTo(5);
      assertThat(execute.exitCode()).isEqualTo(5);
      assertThat(execute.out()).contains("CURRENT", "re-read 10", "REFUSED: nothing was changed");
      assertThat(execute.err())
          .contains(
              "refusing to move offsets: group it-active is STABLE with 1 member(s)",
              "Stop its consumers");
      assertThat(committed("it-active")).isEqualTo(10);
    }
  }

  @Test
  void resetsAnIdleGroupToATimeReadingTimesWithoutAZoneAsUtc() throws Exception {
    commit("it-idle", 10);

    CliRun utc =
        walletctl(
            "reset-offsets",
            "--group",
            "it-idle",
            "--topic",
            TOPIC,
            "--to-time",
            "2026-06-01T10:05");
    CliRun berlin =
        walletctl(
            "reset-offsets",
            "--group",
            "it-idle",
            "--topic",
            TOPIC,
            "--to-time",
            "2026-06-01T12:05[Europe/Berlin]");
    assertThat(utc.exitCode()).as(utc.toString()).isZero();
    assertThat(utc.out())
        .contains("  0          10       5    0          10   re-read 5", "DRY RUN");
    assertThat(berlin.out()).isEqualTo(utc.out());
    assertThat(committed("it-idle")).as("a dry run changes nothing").isEqualTo(10);

    CliRun execute =
        walletctl(
            "reset-offsets",
            "--group",
            "it-idle",
            "--topic",
            TOPIC,
            "--to-time",
            "2026-06-01T12:05+02:00",
            "--execute",
            "--reason",
            "CHG-7 re-read since 10:05 UTC");

    assertThat(execute.exitCode()).as(execute.toString()).isZero();
    assertThat(committed("it-idle")).isEqualTo(5);
    CliRun audit = walletctl("audit", "--command", "reset-offsets");
    assertThat(audit.out())
        .contains(
            "reset-offsets  COMPLETED  1        CHG-7 re-read since 10:05 UTC",
            "group=it-idle",
            "reread=5");
  }

  @Test
  void showsLagInRecordsAndTimeBehind() throws Exception {
    commit("it-lagging", 4);

    CliRun lag =
        walletctl(
            "lag", "--group", "it-lagging", "--watch", "--interval", "PT0.1S", "--iterations", "2");

    assertThat(lag.exitCode()).as(lag.toString()).isZero();
    assertThat(lag.out())
        .contains("it-lagging  EMPTY  0        it.reset.v1  0          4          10   6")
        .contains("it-lagging: lag 6 record(s), oldest unconsumed record");
    // the record at offset 4 was stamped 10:04 on 2026-06-01: months behind, in days
    assertThat(lag.out()).containsPattern("oldest unconsumed record \\d+d\\d\\dh behind");
    assertThat(lag.out().split("== ", -1)).as("two refreshes").hasSize(3);
  }

  @Test
  void namesUnknownGroupsTopicsAndAnUnreachableClusterInTheExitCode() {
    commit("it-known", 1);
    assertThat(
            walletctl("reset-offsets", "--group", "it-nobody", "--topic", TOPIC, "--to-latest")
                .exitCode())
        .isEqualTo(3);
    assertThat(
            walletctl(
                    "reset-offsets",
                    "--group",
                    "it-known",
                    "--topic",
                    "it.nothing.v1",
                    "--to-latest")
                .exitCode())
        .isEqualTo(3);
    CliRun unreachable =
        CliRun.of(
            Map.of("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + FreePorts.allocate()),
            List.of(
                "reset-offsets",
                "--group",
                "it-known",
                "--topic",
                TOPIC,
                "--to-latest",
                "--timeout",
                "PT2S"));
    assertThat(unreachable.exitCode()).isEqualTo(4);
    assertThat(unreachable.err()).contains("no answer from Kafka");
  }

  private static CliRun walletctl(String... args) {
    return CliRun.of(
        Map.of(
            "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(), "WALLETCTL_OPERATOR", "jane.doe"),
        List.of(args));
  }

  private static void commit(String group, long offset) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(group)) {
      consumer.commitSync(Map.of(new TopicPartition(TOPIC, 0), new OffsetAndMetadata(offset)));
    }
  }

  private static long committed(String group) throws Exception {
    try (Admin admin =
        Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()))) {
      return admin
          .listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata()
          .get()
          .get(new TopicPartition(TOPIC, 0))
          .offset();
    }
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String group) {
    Map<String, Object> props = new HashMap<>();
    props.put("bootstrap.servers", kafka.bootstrapServers());
    props.put("group.id", group);
    props.put("enable.auto.commit", "false");
    props.put("auto.offset.reset", "earliest");
    return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }
}
