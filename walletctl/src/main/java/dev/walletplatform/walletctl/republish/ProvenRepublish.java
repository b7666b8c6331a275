package dev.walletplatform.walletctl.republish;

import dev.walletplatform.walletctl.VerificationFailedException;
import dev.walletplatform.walletctl.WalletctlException;
import dev.walletplatform.walletctl.audit.AuditLog;
import dev.walletplatform.walletctl.audit.AuditedAction;
import dev.walletplatform.walletctl.kafka.GroupCatalog;
import dev.walletplatform.walletctl.kafka.KafkaSession;
import dev.walletplatform.walletctl.kafka.Republisher;
import dev.walletplatform.walletctl.ledger.ApplyProof;
import dev.walletplatform.walletctl.ledger.ConsumptionWait;
import dev.walletplatform.walletctl.ledger.LedgerProbe;
import dev.walletplatform.walletctl.ledger.LedgerSnapshot;
import dev.walletplatform.walletctl.output.Progress;
import dev.walletplatform.walletctl.output.ProgressBars;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The --execute half of replay and redrive: audit STARTED, re-produce with a progress bar, then
 * (with a ledger probe) wait until the applier group committed past every copy and compare the
 * ledger before and after; audit COMPLETED with the proof's verdict, or FAILED.
 */
public final class ProvenRepublish {
  private final KafkaSession session;
  private final AuditLog audit;
  private final LedgerProbe probe;
  private final String applierGroup;
  private final Duration verifyTimeout;
  private final PrintWriter out;
  private final PrintWriter err;

  public ProvenRepublish(
      KafkaSession session,
      AuditLog audit,
      LedgerProbe probe,
      String applierGroup,
      Duration verifyTimeout,
      PrintWriter out,
      PrintWriter err) {
    this.session = session;
    this.audit = audit;
    this.probe = probe;
    this.applierGroup = applierGroup;
    this.verifyTimeout = verifyTimeout;
    this.out = out;
    this.err = err;
  }

  /**
   * @param copies builds the records to produce, given the audit action id to stamp in their
   *     headers
   * @param ids the message ids the proof covers; {@code before} their ledger state (both unused
   *     without a probe)
   */
  public void run(
      String task,
      int planned,
      Map<String, String> details,
      Function<String, List<ProducerRecord<byte[], byte[]>>> copies,
      Set<UUID> ids,
      LedgerSnapshot before) {
    AuditedAction action = audit.started(planned, details);
    Republisher.Produced produced;
    try (Progress progress = ProgressBars.open(task, planned, err)) {
      produced = new Republisher(session).produce(copies.apply(action.id()), progress);
    } catch (RuntimeException e) {
      action.failed(0, e);
      throw e;
    }
    out.println("Produced " + produced.count() + " record(s); audit action " + action.id() + ".");
    if (probe == null) {
      out.println(
          "No --db-url: the ledger proof was skipped (the applier still skips every message it already"
              + " decided).");
      action.completed(produced.count(), Map.of("proof", "skipped (no --db-url)"));
      return;
    }
    out.println(
        "Waiting until group "
            + applierGroup
            + " has consumed every copy (up to "
            + verifyTimeout
            + ") ...");
    out.flush();
    ApplyProof proof;
    try {
      new ConsumptionWait(new GroupCatalog(session))
          .awaitCommittedPast(applierGroup, produced.lastOffsets(), verifyTimeout);
      proof = new ApplyProof(ids, before, probe.snapshot(ids));
    } catch (WalletctlException e) {
      action.completed(produced.count(), Map.of("proof", "not completed: " + e.getMessage()));
      throw e;
    }
    proof.lines().forEach(out::println);
    action.completed(produced.count(), verdict(proof));
    if (!proof.holds()) {
      throw new VerificationFailedException(
          "ledger proof failed after producing "
              + produced.count()
              + " record(s): "
              + proof.changedAfterDecision().size()
              + " decided message(s) changed, "
              + proof.appliedTwice().size()
              + " applied more than once, "
              + proof.stillUndecided().size()
              + " still undecided");
    }
  }

  private static Map<String, String> verdict(ApplyProof proof) {
    Map<String, String> verdict = new HashMap<>();
    verdict.put("proof", proof.holds() ? "holds" : "FAILED");
    verdict.put("newlyDecided", Integer.toString(proof.newlyDecided().size()));
    verdict.put("appliedTwice", Integer.toString(proof.appliedTwice().size()));
    verdict.put("stillUndecided", Integer.toString(proof.stillUndecided().size()));
    return verdict;
  }
}
