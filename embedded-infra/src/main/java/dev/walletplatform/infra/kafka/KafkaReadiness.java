package dev.walletplatform.infra.kafka;

import dev.walletplatform.infra.InfraException;
import dev.walletplatform.infra.ServerStartException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeLogDirsOptions;
import org.apache.kafka.common.Node;

/**
 * Decides when nodes serve. A node counts as serving when the cluster lists it as a broker AND it
 * answers a request addressed to it (DescribeLogDirs): after a kill -9 the others still list the
 * dead broker until its session times out, so the listing alone would call a restart done early.
 */
final class KafkaReadiness {
  private static final Duration POLL = Duration.ofMillis(100);
  private static final int CALL_TIMEOUT_MS = 2_000;
  private static final int CONNECT_TIMEOUT_MS = 500;

  private KafkaReadiness() {}

  static Admin admin(String bootstrapServers) {
    Properties props = new Properties();
    props.putAll(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            AdminClientConfig.CLIENT_ID_CONFIG, "embedded-infra-admin",
            // brokers come and go in fault tests: notice a node that is back within 250 ms
            AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "250",
            AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, "250",
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000"));
    return Admin.create(props);
  }

  /**
   * Waits, quietly, until every node in {@code starting} accepts TCP connections on its broker
   * port; fails fast when one of them exits. An admin client polled before then logs a warning for
   * each refused connection (a dozen while a broker boots), so this goes first, with plain sockets.
   * Returns the time it took, which the caller takes off what {@link #await} may still wait.
   */
  static Duration awaitListening(List<KafkaNode> starting, Duration timeout) {
    long began = System.nanoTime();
    long deadline = began + timeout.toNanos();
    for (KafkaNode node : starting) {
      while (!accepts(node.brokerPort())) {
        if (!node.isAlive()) {
          throw new ServerStartException("exited while starting: " + node.describe());
        }
        if (System.nanoTime() > deadline) {
          throw new ServerStartException(
              "kafka node "
                  + node.id()
                  + " not listening on "
                  + node.bootstrapServer()
                  + " after "
                  + timeout
                  + ":\n"
                  + node.describe());
        }
        sleep(POLL);
      }
    }
    return Duration.ofNanos(System.nanoTime() - began);
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MS);
      return true;
    } catch (IOException e) {
      return false; // refused: not listening yet
    }
  }

  /** Waits until every node in {@code starting} serves; fails fast when one of them exits. */
  static void await(Admin admin, List<KafkaNode> starting, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (KafkaNode node : starting) {
        if (!node.isAlive()) {
          throw new ServerStartException("exited while starting: " + node.describe());
        }
      }
      if (serving(admin, starting)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        String states =
            starting.stream().map(KafkaNode::describe).collect(Collectors.joining("\n"));
        throw new ServerStartException(
            "kafka nodes " + ids(starting) + " not serving after " + timeout + ":\n" + states);
      }
      sleep(POLL);
    }
  }

  private static boolean serving(Admin admin, List<KafkaNode> nodes) {
    try {
      Set<Integer> listed =
          admin
              .describeCluster(new DescribeClusterOptions().timeoutMs(CALL_TIMEOUT_MS))
              .nodes()
              .get(CALL_TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS)
              .stream()
              .map(Node::id)
              .collect(Collectors.toSet());
      if (!listed.containsAll(ids(nodes))) {
        return false;
      }
      admin
          .describeLogDirs(ids(nodes), new DescribeLogDirsOptions().timeoutMs(CALL_TIMEOUT_MS))
          .allDescriptions()
          .get(CALL_TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS);
      return true;
    } catch (ExecutionException | TimeoutException e) {
      return false; // not yet: the caller polls until its deadline
    } catch (InterruptedException e) {
      throw InfraException.interrupted("waiting for kafka nodes " + ids(nodes), e);
    }
  }

  private static List<Integer> ids(List<KafkaNode> nodes) {
    return nodes.stream().map(KafkaNode::id).toList();
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      throw InfraException.interrupted("sleeping " + duration, e);
    }
  }
}
