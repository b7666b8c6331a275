package dev.walletplatform.infra.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KafkaNodePropertiesTest {
  private static List<KafkaNode> nodes(int count) {
    return IntStream.range(0, count)
        .mapToObj(id -> new KafkaNode(id, 9000 + 2 * id, 9001 + 2 * id, Path.of("/tmp/kafka")))
        .toList();
  }

  @Test
  void singleNodeReplicatesOnceAndAcceptsWithOneInSyncReplica() {
    List<KafkaNode> one = nodes(1);

    Map<String, String> props = KafkaNodeProperties.of(one.get(0), one, Map.of());

    assertThat(props)
        .containsEntry("default.replication.factor", "1")
        .containsEntry("offsets.topic.replication.factor", "1")
        .containsEntry("transaction.state.log.replication.factor", "1")
        .containsEntry("min.insync.replicas", "1")
        .containsEntry("controller.quorum.voters", "0@127.0.0.1:9001");
  }

  @Test
  void threeNodesReplicateThriceAndSurviveOneLoss() {
    List<KafkaNode> three = nodes(3);

    Map<String, String> props = KafkaNodeProperties.of(three.get(2), three, Map.of());

    assertThat(props)
        .containsEntry("node.id", "2")
        .containsEntry("default.replication.factor", "3")
        .containsEntry("min.insync.replicas", "2")
        .containsEntry("transaction.state.log.min.isr", "2")
        .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9004,CONTROLLER://127.0.0.1:9005")
        .containsEntry(
            "controller.quorum.voters", "0@127.0.0.1:9001,1@127.0.0.1:9003,2@127.0.0.1:9005")
        .containsEntry("auto.create.topics.enable", "false");
  }

  @Test
  void overridesWinOverDefaults() {
    List<KafkaNode> one = nodes(1);

    Map<String, String> props =
        KafkaNodeProperties.of(one.get(0), one, Map.of("auto.create.topics.enable", "true"));

    assertThat(props).containsEntry("auto.create.topics.enable", "true");
  }
}
