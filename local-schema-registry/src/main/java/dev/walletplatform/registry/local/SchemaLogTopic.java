package dev.walletplatform.registry.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Makes sure the store topic exists and is compacted: under the default delete policy the oldest
 * registrations would expire, and with them ids that records on other topics still carry.
 */
final class SchemaLogTopic {
  private SchemaLogTopic() {}

  static void ensure(String bootstrapServers, String topic, Duration timeout) {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) timeout.toMillis()))) {
      createIfMissing(admin, topic, timeout);
      requireCompacted(admin, topic, timeout);
    } catch (ExecutionException e) {
      throw new LocalRegistryException(
          "cannot prepare topic " + topic + " at " + bootstrapServers + ": " + e.getCause(),
          e.getCause());
    } catch (TimeoutException e) {
      throw new LocalRegistryException(
          "kafka at " + bootstrapServers + " did not answer within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LocalRegistryException("interrupted preparing topic " + topic, e);
    }
  }

  private static void createIfMissing(Admin admin, String topic, Duration timeout)
      throws ExecutionException, InterruptedException, TimeoutException {
    if (admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS).contains(topic)) {
      return;
    }
    int brokers =
        admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
    // one partition keeps one total order of registrations; three replicas where the cluster has
    // them
    NewTopic spec =
        new NewTopic(topic, 1, (short) Math.min(3, brokers))
            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    try {
      admin.createTopics(List.of(spec)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e; // another instance created it meanwhile: fine
      }
    }
  }

  /**
   * A topic just created may not be in every broker's metadata yet: ask again until it is, within
   * the timeout.
   */
  private static Config describeOnceKnown(Admin admin, ConfigResource resource, Duration timeout)
      throws ExecutionException, InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        return admin
            .describeConfigs(List.of(resource))
            .all()
            .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .get(resource);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)
            || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
  }

  private static void requireCompacted(Admin admin, String topic, Duration timeout)
      throws ExecutionException, InterruptedException, TimeoutException {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    Config config = describeOnceKnown(admin, resource, timeout);
    String policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
    if (!TopicConfig.CLEANUP_POLICY_COMPACT.equals(policy)) {
      throw new LocalRegistryException(
          "topic "
              + topic
              + " has cleanup.policy="
              + policy
              + "; the schema store needs compact, or registrations (and their ids) expire. Delete the topic or alter its policy.");
    }
  }
}
