package dev.walletplatform.walletctl.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/** Consumer groups: which exist, their members, their committed offsets, and which read a topic. */
public final class GroupCatalog {
  private final KafkaSession session;

  public GroupCatalog(KafkaSession session) {
    this.session = session;
  }

  public List<String> consumerGroups() {
    return session
        .await(
            session.admin().listGroups(ListGroupsOptions.forConsumerGroups()).all(),
            "listing consumer groups")
        .stream()
        .map(GroupListing::groupId)
        .sorted()
        .toList();
  }

  /** A group is known if the coordinator lists it or it has committed offsets. */
  public boolean exists(String group) {
    return consumerGroups().contains(group) || !committed(group).isEmpty();
  }

  public GroupStatus describe(String group) {
    try {
      ConsumerGroupDescription description =
          session
              .admin()
              .describeConsumerGroups(List.of(group))
              .describedGroups()
              .get(group)
              .get(session.cluster().timeout().toMillis(), TimeUnit.MILLISECONDS);
      List<GroupStatus.Member> members = new ArrayList<>();
      for (MemberDescription member : description.members()) {
        members.add(
            new GroupStatus.Member(
                member.consumerId(),
                member.clientId(),
                member.host(),
                Set.copyOf(member.assignment().topicPartitions())));
      }
      return new GroupStatus(group, description.groupState().name(), members);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GroupIdNotFoundException) {
        return new GroupStatus(
            group, "DEAD", List.of()); // the new protocol's answer for a group it does not know
      }
      throw session.failure(e, "describing group " + group);
    } catch (Exception e) {
      throw session.failure(e, "describing group " + group);
    }
  }

  /** Committed offsets of the group (partitions without a commit are absent). */
  public Map<TopicPartition, Long> committed(String group) {
    Map<TopicPartition, OffsetAndMetadata> answer =
        session.await(
            session.admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(),
            "reading committed offsets of group " + group);
    Map<TopicPartition, Long> offsets = new HashMap<>();
    answer.forEach(
        (tp, committed) -> {
          if (committed != null) {
            offsets.put(tp, committed.offset());
          }
        });
    return offsets;
  }

  /**
   * Groups that have committed offsets on the topic or members assigned to it: whoever re-reads
   * replayed records.
   */
  public List<String> groupsReading(String topic) {
    Set<String> readers = new HashSet<>();
    for (String group : consumerGroups()) {
      boolean committedThere =
          committed(group).keySet().stream().anyMatch(tp -> tp.topic().equals(topic));
      boolean assignedThere =
          describe(group).members().stream()
              .anyMatch(m -> m.assignment().stream().anyMatch(tp -> tp.topic().equals(topic)));
      if (committedThere || assignedThere) {
        readers.add(group);
      }
    }
    return readers.stream().sorted().toList();
  }
}
