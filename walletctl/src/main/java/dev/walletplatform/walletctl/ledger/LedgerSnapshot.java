package dev.walletplatform.walletctl.ledger;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The ledger's view of some message ids at one moment (one read-only transaction). */
public record LedgerSnapshot(Map<UUID, MessageState> states) {
  public LedgerSnapshot {
    states = Map.copyOf(states);
  }

  public MessageState state(UUID id) {
    return states.getOrDefault(id, MessageState.UNDECIDED);
  }

  public long decided(Collection<UUID> ids) {
    return ids.stream().filter(id -> state(id).decided()).count();
  }

  public long entries(Collection<UUID> ids) {
    return ids.stream().mapToLong(id -> state(id).entries()).sum();
  }

  public long undecided(Collection<UUID> ids) {
    return ids.size() - decided(ids);
  }
}
