package dev.walletplatform.walletctl.kafka;

import java.util.ArrayList;
import java.util.List;

/**
 * A consumer group that will read re-produced copies, and whether it is known to deduplicate them.
 * Only the applier group is known to; any other reader must be checked by the operator.
 */
public record AffectedGroup(String group, String state, int members, boolean deduplicates) {

  /**
   * Every group reading {@code topic}; {@code applierGroup} is the one that deduplicates by message
   * id.
   */
  public static List<AffectedGroup> readersOf(
      GroupCatalog groups, String topic, String applierGroup) {
    List<AffectedGroup> affected = new ArrayList<>();
    for (String group : groups.groupsReading(topic)) {
      GroupStatus status = groups.describe(group);
      affected.add(
          new AffectedGroup(
              group, status.state(), status.members().size(), group.equals(applierGroup)));
    }
    return affected;
  }
}
