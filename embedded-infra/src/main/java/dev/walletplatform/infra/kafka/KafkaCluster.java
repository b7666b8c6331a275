package dev.walletplatform.infra.kafka;

import dev.walletplatform.infra.FreePorts;
import dev.walletplatform.infra.InfraException;
import dev.walletplatform.infra.WorkDirs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A KRaft cluster of N combined controller+broker nodes, each {@code kafka.Kafka} in its own JVM on
 * loopback ports, so a test can kill -9, pause or restart one node like a real machine.
 *
 * <pre>{@code
 * try (KafkaCluster kafka = new KafkaCluster(KafkaClusterConfig.builder().nodes(3).build()).start()) {
 *   kafka.createTopics(List.of(TopicSpec.of("wallet.commands.v1", 6, 3)));
 *   kafka.kill(1);                  // crash a node
 *   kafka.restart(1);               // same ports, same data
 * }
 * }</pre>
 *
 * <p>Nodes are numbered 0..N-1, which is also their {@code node.id}.
 */
public final class KafkaCluster implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaCluster.class);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaClusterConfig config;
  private Path workDir;
  private List<KafkaNode> nodes = List.of();
  private List<String> jvmOptions = List.of();
  private Admin admin;
  private boolean closed;

  public KafkaCluster(KafkaClusterConfig config) {
    this.config = config;
  }

  /** Formats storage, starts every node and returns once all of them serve. */
  public synchronized KafkaCluster start() {
    if (closed || !nodes.isEmpty()) {
      throw new IllegalStateException(
          "a KafkaCluster starts once; this one is " + (closed ? "closed" : "started"));
    }
    long began = System.nanoTime();
    workDir = WorkDirs.createOrTemp(config.workDir(), "kafka-cluster-");
    List<Integer> ports = FreePorts.allocate(2 * config.nodes());
    List<KafkaNode> created = new ArrayList<>();
    for (int id = 0; id < config.nodes(); id++) {
      created.add(new KafkaNode(id, ports.get(2 * id), ports.get(2 * id + 1), workDir));
    }
    nodes = List.copyOf(created);
    jvmOptions = nodeJvmOptions();
    String clusterId = Uuid.randomUuid().toString();
    try {
      for (KafkaNode node : nodes) {
        node.writeProperties(KafkaNodeProperties.of(node, nodes, config.brokerProperties()));
        KafkaStorageFormat.format(node, clusterId);
      }
      nodes.forEach(node -> node.start(jvmOptions));
      // the admin client only once the listeners are up: before, it warns of every refused
      // connection
      Duration listening = KafkaReadiness.awaitListening(nodes, config.startTimeout());
      admin = KafkaReadiness.admin(bootstrapServers());
      KafkaReadiness.await(admin, nodes, config.startTimeout().minus(listening));
    } catch (RuntimeException e) {
      // keep the work dir: the full node logs are what explains a failed start
      killAll();
      closed = true;
      throw e;
    }
    LOG.info(
        "kafka cluster of {} node(s) serving at {} after {} ms (work dir {})",
        nodes.size(),
        bootstrapServers(),
        (System.nanoTime() - began) / 1_000_000,
        workDir);
    return this;
  }

  public String bootstrapServers() {
    return nodes.stream().map(KafkaNode::bootstrapServer).collect(Collectors.joining(","));
  }

  public int nodeCount() {
    return config.nodes();
  }

  public Path workDir() {
    return workDir;
  }

  public Path logFile(int node) {
    return node(node).logFile();
  }

  public long pid(int node) {
    return node(node).process().pid();
  }

  public boolean isAlive(int node) {
    return node(node).isAlive();
  }

  /** Creates the topics that do not exist yet and waits until every partition has a leader. */
  public void createTopics(Collection<TopicSpec> topics) {
    KafkaTopics.create(admin(), topics);
  }

  /** kill -9: no controlled shutdown, as in a crashed machine. */
  public void kill(int node) {
    node(node).kill();
  }

  /** SIGTERM: a controlled shutdown that moves leadership away first. */
  public void stop(int node) {
    node(node).stop(STOP_TIMEOUT);
  }

  /** Stops the node if it runs, starts it on the same ports and data, waits until it serves. */
  public void restart(int node) {
    KafkaNode target = node(node);
    target.stop(STOP_TIMEOUT);
    target.start(jvmOptions);
    Duration listening = KafkaReadiness.awaitListening(List.of(target), config.startTimeout());
    KafkaReadiness.await(admin(), List.of(target), config.startTimeout().minus(listening));
  }

  /** SIGSTOP: alive with open sockets but silent, like a long GC pause. */
  public void pause(int node) {
    node(node).process().pause();
  }

  public void resume(int node) {
    node(node).process().resume();
  }

  /** Kills every node and deletes the work dir unless the config keeps it. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    killAll();
    if (!config.keepWorkDir()) {
      WorkDirs.delete(workDir);
    }
  }

  private void killAll() {
    if (admin != null) {
      admin.close(Duration.ZERO); // pending calls would only wait for nodes about to die
      admin = null;
    }
    nodes.forEach(KafkaNode::kill);
  }

  private synchronized Admin admin() {
    if (admin == null) {
      throw new IllegalStateException("kafka cluster is " + (closed ? "closed" : "not started"));
    }
    return admin;
  }

  private KafkaNode node(int node) {
    if (node < 0 || node >= nodes.size()) {
      throw new IllegalArgumentException(
          "no kafka node " + node + ": this cluster has nodes 0.." + (nodes.size() - 1));
    }
    return nodes.get(node);
  }

  private List<String> nodeJvmOptions() {
    List<String> options = new ArrayList<>();
    options.add("-Xmx" + config.heapMb() + "m");
    // a broker out of heap is broken for good; exiting shows it in the log and exit code
    options.add("-XX:+ExitOnOutOfMemoryError");
    options.add("-Djava.awt.headless=true");
    // the node logs through whichever SLF4J provider the classpath has; configure both
    options.add("-Dlogback.configurationFile=" + copyResource("node-logback.xml"));
    options.add("-Dlog4j2.configurationFile=" + copyResource("node-log4j2.properties"));
    options.addAll(config.jvmOptions());
    return options;
  }

  private Path copyResource(String name) {
    Path target = workDir.resolve(name);
    try (InputStream in = KafkaCluster.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new InfraException("resource " + name + " missing next to " + KafkaCluster.class);
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new InfraException("could not write " + target, e);
    }
  }
}
