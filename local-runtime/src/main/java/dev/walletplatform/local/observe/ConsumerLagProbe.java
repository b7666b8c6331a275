package dev.walletplatform.local.observe;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer lag as an operator reads it, from the cluster's committed and end offsets: the benchmark
 * watches the total lag fall to zero, the fault runs wait until what piled up during a fault has
 * been consumed. With a stage between gateway and applier (screening) both stages' backlogs count:
 * together they are the commands accepted but not yet applied. End offsets count committed records
 * only (read-committed), as the transactional consumers see them.
 *
 * <p>Open for extension only so that a caller can keep its own name for it.
 */
public class ConsumerLagProbe implements AutoCloseable {
  private final Admin admin;
  private final Duration callTimeout;

  /**
   * @param callTimeout how long one admin call may take before the probe answers "unknown"
   */
  public ConsumerLagProbe(String bootstrapServers, Duration callTimeout) {
    this.callTimeout = callTimeout;
    this.admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) callTimeout.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) callTimeout.toMillis()));
  }

  /**
   * Records behind over all groups and their partitions (a partition two groups read counts for
   * each); -1 when the broker did not answer in time.
   */
  public long totalLag() {
    try {
      Map<String, Map<TopicPartition, Long>> byGroup = committedByGroup();
      Set<TopicPartition> partitions = new HashSet<>();
      byGroup.values().forEach(committed -> partitions.addAll(committed.keySet()));
      Map<TopicPartition, Long> ends = endOffsets(partitions);
      long lag = 0;
      for (Map<TopicPartition, Long> committed : byGroup.values()) {
        for (Map.Entry<TopicPartition, Long> e : committed.entrySet()) {
          lag += Math.max(0, ends.getOrDefault(e.getKey(), e.getValue()) - e.getValue());
        }
      }
      return lag;
    } catch (ExecutionException | TimeoutException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /**
   * End offsets now of every partition any group commits offsets for; empty when the cluster did
   * not answer in time.
   */
  public Optional<Map<TopicPartition, Long>> endOffsets() {
    try {
      return Optional.of(endOffsets(lowestCommitted().keySet()));
    } catch (ExecutionException | TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * Waits until every group's committed offsets reach {@code target} (end offsets taken earlier
   * with {@link #endOffsets()}); the instant it saw that, or empty at the deadline. Load may keep
   * arriving meanwhile, so "lag is zero" would rarely be true at an instant; "what piled up before
   * {@code target} was taken has been consumed" is.
   */
  public Optional<Instant> awaitDrained(Map<TopicPartition, Long> target, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      Map<TopicPartition, Long> committed;
      try {
        committed = lowestCommitted();
      } catch (ExecutionException | TimeoutException e) {
        committed = null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
      if (committed != null && caughtUp(committed, target)) {
        return Optional.of(Instant.now());
      }
      sleep(Duration.ofMillis(200));
    }
    return Optional.empty();
  }

  private static boolean caughtUp(
      Map<TopicPartition, Long> committed, Map<TopicPartition, Long> target) {
    return target.entrySet().stream()
        .allMatch(e -> committed.getOrDefault(e.getKey(), 0L) >= e.getValue());
  }

  /**
   * The lowest committed offset per partition over all groups reading it: a partition is consumed
   * only when every group (the applier, and a Streams application if any) got past it.
   */
  private Map<TopicPartition, Long> lowestCommitted()
      throws ExecutionException, TimeoutException, InterruptedException {
    Map<TopicPartition, Long> lowest = new HashMap<>();
    committedByGroup()
        .values()
        .forEach(
            committed -> committed.forEach((tp, offset) -> lowest.merge(tp, offset, Math::min)));
    return lowest;
  }

  /**
   * Each consumer group's committed offset per partition (partitions it never committed left out).
   */
  private Map<String, Map<TopicPartition, Long>> committedByGroup()
      throws ExecutionException, TimeoutException, InterruptedException {
    Map<String, Map<TopicPartition, Long>> byGroup = new HashMap<>();
    for (GroupListing group :
        admin
            .listGroups(ListGroupsOptions.forConsumerGroups())
            .all()
            .get(callTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin
              .listConsumerGroupOffsets(group.groupId())
              .partitionsToOffsetAndMetadata()
              .get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
      Map<TopicPartition, Long> committed = new HashMap<>();
      offsets.forEach(
          (tp, om) -> {
            if (om != null) {
              committed.put(tp, om.offset());
            }
          });
      byGroup.put(group.groupId(), committed);
    }
    return byGroup;
  }

  private Map<TopicPartition, Long> endOffsets(Set<TopicPartition> partitions)
      throws ExecutionException, TimeoutException, InterruptedException {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(tp -> request.put(tp, OffsetSpec.latest()));
    Map<TopicPartition, Long> ends = new HashMap<>();
    admin
        .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
        .all()
        .get(callTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .forEach((tp, info) -> ends.put(tp, info.offset()));
    return ends;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
