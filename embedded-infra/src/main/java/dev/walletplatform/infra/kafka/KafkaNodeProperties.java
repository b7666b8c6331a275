package dev.walletplatform.infra.kafka;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The server.properties of one node: loopback listeners and replication sized to the cluster. */
final class KafkaNodeProperties {
  private KafkaNodeProperties() {}

  static Map<String, String> of(
      KafkaNode node, List<KafkaNode> all, Map<String, String> overrides) {
    int n = all.size();
    String replication = Integer.toString(Math.min(3, n));
    // two in-sync copies survive losing one node of three; a smaller cluster cannot afford that
    String minIsr = n >= 3 ? "2" : "1";
    String voters =
        all.stream()
            .map(each -> each.id() + "@127.0.0.1:" + each.controllerPort())
            .collect(Collectors.joining(","));

    Map<String, String> props = new LinkedHashMap<>();
    props.put("node.id", Integer.toString(node.id()));
    props.put("process.roles", "broker,controller");
    // a static quorum: every node is a voter from the start, so no dynamic-quorum bootstrapping
    // (format --standalone / --initial-controllers) is needed and a killed voter rejoins as is
    props.put("controller.quorum.voters", voters);
    props.put("controller.listener.names", "CONTROLLER");
    props.put("inter.broker.listener.name", "PLAINTEXT");
    props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    props.put(
        "listeners",
        "PLAINTEXT://127.0.0.1:"
            + node.brokerPort()
            + ",CONTROLLER://127.0.0.1:"
            + node.controllerPort());
    props.put(
        "advertised.listeners",
        "PLAINTEXT://127.0.0.1:"
            + node.brokerPort()
            + ",CONTROLLER://127.0.0.1:"
            + node.controllerPort());
    props.put("log.dirs", node.dataDir().toString());
    props.put("num.partitions", "1");
    props.put("default.replication.factor", replication);
    props.put("min.insync.replicas", minIsr);
    props.put("offsets.topic.replication.factor", replication);
    // a first consumer group waits for every __consumer_offsets partition to load; 50 (the
    // default) costs seconds on a 2-core machine, 10 is plenty for tests and local runs
    props.put("offsets.topic.num.partitions", "10");
    props.put("transaction.state.log.replication.factor", replication);
    // same rule as min.insync.replicas: transactions (Streams exactly_once_v2) must survive a kill
    props.put("transaction.state.log.min.isr", minIsr);
    props.put("transaction.state.log.num.partitions", "10");
    props.put("share.coordinator.state.topic.replication.factor", replication);
    props.put("share.coordinator.state.topic.min.isr", minIsr);
    // topics are part of the contract: a typo must fail, not create a topic
    props.put("auto.create.topics.enable", "false");
    props.put("group.initial.rebalance.delay.ms", "0");
    props.putAll(overrides);
    return props;
  }
}
