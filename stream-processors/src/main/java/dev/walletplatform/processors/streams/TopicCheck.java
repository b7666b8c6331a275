package dev.walletplatform.processors.streams;

import dev.walletplatform.processors.ProcessorsException;
import dev.walletplatform.schemas.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Checked before the topologies start, so a deployment mistake fails the start with its fix rather
 * than a stream thread later: every topic they use exists, and the screened topic has as many
 * partitions as the commands topic (a wallet's commands keep their partition number, and so the
 * applier's per-partition holding accounts). Returns the commands topic's partition count.
 */
final class TopicCheck {
  static final List<String> REQUIRED =
      List.of(
          Topics.COMMANDS,
          Topics.SCREENED_COMMANDS,
          Topics.EVENTS,
          Topics.RESULTS,
          Topics.DEAD_LETTERS,
          Topics.CAMPAIGN_BUDGETS);

  private final Map<String, Object> adminProperties;
  private final Duration timeout;

  public TopicCheck(Map<String, Object> adminProperties, Duration timeout) {
    this.adminProperties = adminProperties;
    this.timeout = timeout;
  }

  public int commandsPartitions() {
    try (Admin admin = Admin.create(adminProperties)) {
      Map<String, Integer> partitions = new TreeMap<>();
      for (String topic : REQUIRED) {
        partitions.put(topic, partitionsOf(admin, topic));
      }
      List<String> missing =
          partitions.entrySet().stream()
              .filter(e -> e.getValue() == null)
              .map(Map.Entry::getKey)
              .toList();
      if (!missing.isEmpty()) {
        throw new ProcessorsException(
            "topics missing on "
                + adminProperties.get("bootstrap.servers")
                + ": "
                + missing
                + "; create them ("
                + Topics.CAMPAIGN_BUDGETS
                + " compacted, "
                + Topics.SCREENED_COMMANDS
                + " with the partitions of "
                + Topics.COMMANDS
                + ") before starting the stream processors");
      }
      int commands = partitions.get(Topics.COMMANDS);
      int screened = partitions.get(Topics.SCREENED_COMMANDS);
      if (screened != commands) {
        throw new ProcessorsException(
            Topics.SCREENED_COMMANDS
                + " has "
                + screened
                + " partitions but "
                + Topics.COMMANDS
                + " has "
                + commands
                + ": they must match so each wallet keeps its partition");
      }
      return commands;
    }
  }

  private Integer partitionsOf(Admin admin, String topic) {
    try {
      TopicDescription description =
          admin
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
              .get(topic);
      return description.partitions().size();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return null;
      }
      throw new ProcessorsException(
          "cannot describe "
              + topic
              + " on "
              + adminProperties.get("bootstrap.servers")
              + ": "
              + e.getCause(),
          e.getCause());
    } catch (TimeoutException e) {
      throw new ProcessorsException(
          "Kafka at "
              + adminProperties.get("bootstrap.servers")
              + " did not describe "
              + topic
              + " within "
              + timeout,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProcessorsException("interrupted while describing " + topic, e);
    }
  }
}
