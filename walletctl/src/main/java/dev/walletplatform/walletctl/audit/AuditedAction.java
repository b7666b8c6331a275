package dev.walletplatform.walletctl.audit;

import dev.walletplatform.walletctl.WalletctlException;
import java.util.HashMap;
import java.util.Map;

/** A state-changing run between its STARTED record and its COMPLETED or FAILED one. */
public final class AuditedAction {
  private final AuditLog log;
  private final String id;
  private final Map<String, String> details;

  AuditedAction(AuditLog log, String id, Map<String, String> details) {
    this.log = log;
    this.id = id;
    this.details = Map.copyOf(details);
  }

  public String id() {
    return id;
  }

  public void completed(long records, Map<String, String> outcomeDetails) {
    Map<String, String> all = new HashMap<>(details);
    all.putAll(outcomeDetails);
    log.write(id, AuditRecord.COMPLETED, records, all, "ok");
  }

  /**
   * Best effort: the original failure is what the operator must see, so a failing audit write is
   * added to it.
   */
  public void failed(long records, Throwable error) {
    try {
      log.write(id, AuditRecord.FAILED, records, details, String.valueOf(error.getMessage()));
    } catch (WalletctlException auditFailure) {
      error.addSuppressed(auditFailure);
    }
  }
}
