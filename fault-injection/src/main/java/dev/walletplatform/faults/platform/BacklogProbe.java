package dev.walletplatform.faults.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
 * Measures a fault's heal the way an operator would: the backlog is drained when every consumer
 * group's committed offsets have caught up with the end offsets as they stood when the fault was
 * healed. Load keeps arriving meanwhile, so "lag is zero" would rarely be true at an instant; "what
 * piled up during the fault has been consumed" is.
 */
public final class BacklogProbe implements AutoCloseable {
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

  private final Admin admin;

  public BacklogProbe(String bootstrapServers) {
    this.admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis()));
  }

  /** End offsets now of every partition any group commits offsets for (committed records only). */
  public Optional<Map<TopicPartition, Long>> endOffsets() {
    try {
      Map<TopicPartition, OffsetSpec> request = new HashMap<>();
      committedOffsets().keySet().forEach(tp -> request.put(tp, OffsetSpec.latest()));
      Map<TopicPartition, Long> ends = new HashMap<>();
      admin
          .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
          .all()
          .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
          .forEach((tp, info) -> ends.put(tp, info.offset()));
      return Optional.of(ends);
    } catch (ExecutionException | TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * Waits until every group's committed offsets reach {@code target}; the instant it saw that, or
   * empty at the deadline.
   */
  public Optional<Instant> awaitDrained(Map<TopicPartition, Long> target, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      Map<TopicPartition, Long> committed;
      try {
        committed = committedOffsets();
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

  /**
   * Total records behind, over every group: for progress lines. -1 when the cluster did not answer.
   */
  public long totalLag() {
    Optional<Map<TopicPartition, Long>> ends = endOffsets();
    if (ends.isEmpty()) {
      return -1;
    }
    try {
      Map<TopicPartition, Long> committed = committedOffsets();
      return ends.get().entrySet().stream()
          .mapToLong(e -> Math.max(0, e.getValue() - committed.getOrDefault(e.getKey(), 0L)))
          .sum();
    } catch (ExecutionException | TimeoutException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
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
  private Map<TopicPartition, Long> committedOffsets()
      throws ExecutionException, TimeoutException, InterruptedException {
    Map<TopicPartition, Long> lowest = new HashMap<>();
    for (GroupListing group :
        admin
            .listGroups(ListGroupsOptions.forConsumerGroups())
            .all()
            .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin
              .listConsumerGroupOffsets(group.groupId())
              .partitionsToOffsetAndMetadata()
              .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      offsets.forEach(
          (tp, om) -> {
            if (om != null) {
              lowest.merge(tp, om.offset(), Math::min);
            }
          });
    }
    return lowest;
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
