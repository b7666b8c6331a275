package dev.walletplatform.walletctl.kafka;

import java.util.List;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * A consumer group as the coordinator sees it now: state and live members with their partitions.
 */
public record GroupStatus(String groupId, String state, List<Member> members) {
  private static final Set<String> IDLE_STATES = Set.of("EMPTY", "DEAD");

  public GroupStatus {
    members = List.copyOf(members);
  }

  /** One live consumer of the group. */
  public record Member(
      String memberId, String clientId, String host, Set<TopicPartition> assignment) {
    @Override
    public String toString() {
      return clientId + "@" + host + " (" + assignment.size() + " partitions)";
    }
  }

  /**
   * Idle means no member and a state that says so; anything else (a rebalance, a state this client
   * does not know) counts as active, because moving offsets under a live consumer is the mistake
   * this guard exists to prevent.
   */
  public boolean isIdle() {
    return members.isEmpty() && IDLE_STATES.contains(state);
  }

  public String describe() {
    return groupId
        + " is "
        + state
        + " with "
        + members.size()
        + " member(s)"
        + (members.isEmpty() ? "" : ": " + members);
  }
}
