package dev.walletplatform.processors.ledger.rules;

import dev.walletplatform.processors.ledger.model.LedgerMessage;
import dev.walletplatform.processors.ledger.model.Outcome;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The rows one batch locked, changed in memory message by message in record order, so each message
 * sees the effects of the ones before it. Pure: the repository loads it and writes {@link
 * #changes()}.
 *
 * <p>Touching a wallet the batch did not lock is a bug in {@link TouchedRows} and fails loudly: the
 * entry sequence of an unlocked wallet could collide with another applier's.
 */
public final class BatchState implements LedgerView {
  private final Set<String> lockedWallets;
  private final Map<String, WalletRow> wallets = new HashMap<>();
  private final Map<BalanceKey, BalanceRow> balances = new HashMap<>();
  private final Map<String, CampaignState> campaigns = new HashMap<>();
  private final Set<ClaimKey> claims;
  private final Map<UUID, WithdrawalState> withdrawals = new HashMap<>();
  private final Map<UUID, ProcessedRecord> processed;
  private final Instant now;
  private final ChangeLog log = new ChangeLog();

  public BatchState(
      Set<String> lockedWallets,
      Collection<WalletRow> walletRows,
      Collection<BalanceRow> balanceRows,
      Collection<CampaignState> campaignRows,
      Collection<ClaimKey> claimRows,
      Collection<WithdrawalState> withdrawalRows,
      Map<UUID, ProcessedRecord> processedRows,
      Instant now) {
    this.lockedWallets = Set.copyOf(lockedWallets);
    walletRows.forEach(w -> wallets.put(w.walletId(), w));
    balanceRows.forEach(b -> balances.put(b.key(), b));
    campaignRows.forEach(c -> campaigns.put(c.campaignId(), c));
    this.claims = new HashSet<>(claimRows);
    withdrawalRows.forEach(w -> withdrawals.put(w.withdrawalId(), w));
    this.processed = new HashMap<>(processedRows);
    this.now = now;
  }

  @Override
  public boolean walletExists(String walletId) {
    return wallet(walletId).isPresent();
  }

  @Override
  public boolean isCustomerWallet(String walletId) {
    return wallet(walletId).filter(w -> w.kind() == WalletRow.Kind.CUSTOMER).isPresent();
  }

  @Override
  public BigInteger balance(String walletId, String asset) {
    requireLocked(walletId);
    BalanceRow row = balances.get(new BalanceKey(walletId, asset));
    return row == null ? BigInteger.ZERO : row.amount();
  }

  @Override
  public Optional<CampaignState> campaign(String campaignId) {
    return Optional.ofNullable(campaigns.get(campaignId));
  }

  @Override
  public boolean hasClaimed(String campaignId, String walletId) {
    return claims.contains(new ClaimKey(campaignId, walletId));
  }

  @Override
  public Optional<WithdrawalState> withdrawal(UUID withdrawalId) {
    return Optional.ofNullable(withdrawals.get(withdrawalId));
  }

  /**
   * The stored outcome if this message id was already decided (in an earlier batch or this one).
   */
  public Optional<ProcessedRecord> processed(UUID messageId) {
    return Optional.ofNullable(processed.get(messageId));
  }

  /** Applies a decision's effects and records the message as processed; returns its outcome. */
  public Outcome record(LedgerMessage message, Decision decision) {
    Outcome outcome;
    if (decision instanceof Decision.Apply apply) {
      int index = 0;
      for (Effect effect : apply.effects()) {
        applyEffect(message, effect, index++);
      }
      outcome =
          new Outcome(
              message.id(),
              message.kind().name(),
              message.instruction().subject(),
              Outcome.Status.APPLIED,
              null,
              now);
    } else {
      Decision.Reject reject = (Decision.Reject) decision;
      outcome =
          new Outcome(
              message.id(),
              message.kind().name(),
              message.instruction().subject(),
              Outcome.Status.REJECTED,
              reject.reason().name(),
              now);
    }
    processed.put(message.id(), new ProcessedRecord(outcome, message.requestHash()));
    log.processed.add(new LedgerChanges.Processed(message, outcome));
    return outcome;
  }

  private void applyEffect(LedgerMessage message, Effect effect, int index) {
    switch (effect) {
      case Effect.OpenWallet open -> {
        requireLocked(open.walletId());
        WalletRow row = new WalletRow(open.walletId(), open.owner(), WalletRow.Kind.CUSTOMER, 0);
        wallets.put(row.walletId(), row);
        log.newWallets.add(row.walletId());
      }
      case Effect.Move move -> applyMove(message, move, index);
      case Effect.OpenCampaign open -> {
        CampaignState row =
            new CampaignState(
                open.campaignId(),
                open.asset(),
                open.amountPerClaim(),
                open.budget(),
                BigInteger.ZERO,
                open.opensAt(),
                open.closesAt(),
                open.fundingWallet());
        campaigns.put(row.campaignId(), row);
        log.newCampaigns.add(row.campaignId());
      }
      case Effect.Claim claim -> {
        CampaignState campaign = campaigns.get(claim.campaignId());
        campaigns.put(
            campaign.campaignId(),
            campaign.withClaimedTotal(campaign.claimedTotal().add(claim.amount())));
        log.touchedCampaigns.add(campaign.campaignId());
        ClaimKey key = new ClaimKey(claim.campaignId(), claim.walletId());
        claims.add(key);
        log.claims.add(new LedgerChanges.Claimed(key, message.id(), now));
      }
      case Effect.HoldWithdrawal hold -> {
        withdrawals.put(
            hold.withdrawalId(),
            new WithdrawalState(
                hold.withdrawalId(),
                hold.walletId(),
                hold.asset(),
                hold.amount(),
                hold.destination(),
                hold.holdingWallet(),
                WithdrawalState.Status.PENDING,
                now,
                null));
        log.newWithdrawals.add(hold.withdrawalId());
      }
      case Effect.ResolveWithdrawal resolve -> {
        withdrawals.computeIfPresent(
            resolve.withdrawalId(), (id, w) -> w.resolved(resolve.status(), now));
        log.touchedWithdrawals.add(resolve.withdrawalId());
      }
    }
  }

  private void applyMove(LedgerMessage message, Effect.Move move, int index) {
    UUID movementId = derivedId(message.id() + ":" + index);
    BigInteger debitAfter = changeBalance(move.debitWallet(), move.asset(), move.amount().negate());
    BigInteger creditAfter = changeBalance(move.creditWallet(), move.asset(), move.amount());
    log.entries.add(
        entry(
            move.debitWallet(),
            movementId,
            message,
            move,
            move.amount().negate(),
            debitAfter,
            move.creditWallet(),
            "debit"));
    log.entries.add(
        entry(
            move.creditWallet(),
            movementId,
            message,
            move,
            move.amount(),
            creditAfter,
            move.debitWallet(),
            "credit"));
  }

  private BigInteger changeBalance(String walletId, String asset, BigInteger delta) {
    BalanceKey key = new BalanceKey(walletId, asset);
    BigInteger after = balance(walletId, asset).add(delta);
    BalanceRow row = balances.get(key);
    boolean allowNegative =
        row == null ? SystemAccounts.allowsNegative(walletId) : row.allowNegative();
    if (after.signum() < 0 && !allowNegative) {
      // the rules check funds first; reaching this is a bug, and the CHECK constraint would refuse
      // it anyway
      throw new IllegalStateException(
          "movement would take " + key + " to " + after + ", below zero");
    }
    balances.put(key, new BalanceRow(key, after, allowNegative));
    log.balances.add(key);
    return after;
  }

  private LedgerEntry entry(
      String walletId,
      UUID movementId,
      LedgerMessage message,
      Effect.Move move,
      BigInteger amount,
      BigInteger balanceAfter,
      String counterparty,
      String side) {
    WalletRow wallet =
        wallet(walletId)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "movement "
                            + move
                            + " names wallet "
                            + walletId
                            + ", which does not exist"));
    WalletRow next = wallet.withEntryCount(wallet.entryCount() + 1);
    wallets.put(walletId, next);
    log.touchedWallets.add(walletId);
    return new LedgerEntry(
        walletId,
        next.entryCount(),
        derivedId(movementId + ":" + side),
        movementId,
        message.id(),
        move.type(),
        move.asset(),
        amount,
        balanceAfter,
        counterparty,
        now);
  }

  private Optional<WalletRow> wallet(String walletId) {
    requireLocked(walletId);
    return Optional.ofNullable(wallets.get(walletId));
  }

  private void requireLocked(String walletId) {
    if (!lockedWallets.contains(walletId)) {
      throw new IllegalStateException(
          "wallet " + walletId + " was not locked by this batch; locked: " + lockedWallets);
    }
  }

  /** Ids derived from the message id: a re-run of the same batch writes the same ids. */
  private static UUID derivedId(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
  }

  /** The final rows to write. */
  public LedgerChanges changes() {
    List<WalletRow> newWallets = log.newWallets.stream().map(wallets::get).toList();
    Map<String, Long> counts = new TreeMap<>();
    log.touchedWallets.stream()
        .filter(id -> !log.newWallets.contains(id))
        .forEach(id -> counts.put(id, wallets.get(id).entryCount()));
    List<BalanceRow> balanceRows = log.balances.stream().sorted().map(balances::get).toList();
    List<CampaignState> newCampaigns = log.newCampaigns.stream().map(campaigns::get).toList();
    Map<String, BigInteger> claimed = new TreeMap<>();
    log.touchedCampaigns.stream()
        .filter(id -> !log.newCampaigns.contains(id))
        .forEach(id -> claimed.put(id, campaigns.get(id).claimedTotal()));
    List<WithdrawalState> newWithdrawals =
        log.newWithdrawals.stream().map(withdrawals::get).toList();
    List<WithdrawalState> resolved =
        log.touchedWithdrawals.stream()
            .filter(id -> !log.newWithdrawals.contains(id))
            .map(withdrawals::get)
            .toList();
    return new LedgerChanges(
        List.copyOf(log.processed),
        newWallets,
        counts,
        balanceRows,
        List.copyOf(log.entries),
        newCampaigns,
        claimed,
        List.copyOf(log.claims),
        newWithdrawals,
        resolved);
  }

  /**
   * What changed, in order of first change; {@link #changes()} reads final values from the maps.
   */
  private static final class ChangeLog {
    final List<LedgerChanges.Processed> processed = new ArrayList<>();
    final SequencedSet<String> newWallets = new LinkedHashSet<>();
    final SequencedSet<String> touchedWallets = new LinkedHashSet<>();
    final SequencedSet<BalanceKey> balances = new LinkedHashSet<>();
    final List<LedgerEntry> entries = new ArrayList<>();
    final SequencedSet<String> newCampaigns = new LinkedHashSet<>();
    final SequencedSet<String> touchedCampaigns = new LinkedHashSet<>();
    final List<LedgerChanges.Claimed> claims = new ArrayList<>();
    final SequencedSet<UUID> newWithdrawals = new LinkedHashSet<>();
    final SequencedSet<UUID> touchedWithdrawals = new LinkedHashSet<>();
  }
}
