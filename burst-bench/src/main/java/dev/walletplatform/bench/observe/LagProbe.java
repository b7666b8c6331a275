package dev.walletplatform.bench.observe;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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
 * Consumer lag as an operator reads it: for every consumer group, committed records behind the end
 * of each partition it consumes, summed. With a stage between gateway and applier (screening) both
 * stages' backlogs count: together they are the commands accepted but not yet applied.
 */
public final class LagProbe implements AutoCloseable {
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);

  private final Admin admin;

  public LagProbe(String bootstrapServers) {
    this.admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis()));
  }

  /**
   * Records behind over all groups and their partitions; -1 when the broker did not answer in time.
   */
  public long totalLag() {
    try {
      Map<TopicPartition, Long> committedSum = new HashMap<>();
      Map<String, Map<TopicPartition, Long>> byGroup = new HashMap<>();
      for (GroupListing group :
          admin
              .listGroups(ListGroupsOptions.forConsumerGroups())
              .all()
              .get(timeout(), TimeUnit.MILLISECONDS)) {
        Map<TopicPartition, OffsetAndMetadata> offsets =
            admin
                .listConsumerGroupOffsets(group.groupId())
                .partitionsToOffsetAndMetadata()
                .get(timeout(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> committed = new HashMap<>();
        offsets.forEach(
            (tp, om) -> {
              if (om != null) {
                committed.put(tp, om.offset());
                committedSum.putIfAbsent(tp, 0L);
              }
            });
        byGroup.put(group.groupId(), committed);
      }
      Map<TopicPartition, OffsetSpec> request = new HashMap<>();
      committedSum.keySet().forEach(tp -> request.put(tp, OffsetSpec.latest()));
      Map<TopicPartition, Long> ends = new HashMap<>();
      admin
          .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
          .all()
          .get(timeout(), TimeUnit.MILLISECONDS)
          .forEach((tp, info) -> ends.put(tp, info.offset()));
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

  private static long timeout() {
    return CALL_TIMEOUT.toMillis();
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
