package dev.walletplatform.walletctl.audit;

import java.util.List;
import java.util.Map;

/**
 * One line of the audit trail on wallet.audit.v1 (JSON): who ({@code operator}, {@code host}), when
 * ({@code at}, ISO-8601 UTC), what ({@code command}, its {@code arguments} and {@code details}),
 * how many ({@code records}). Each state-changing run writes a STARTED record before it changes
 * anything and a COMPLETED or FAILED one after, under the same {@code actionId}.
 */
public record AuditRecord(
    String actionId,
    String at,
    String phase,
    String operator,
    String host,
    String command,
    List<String> arguments,
    String reason,
    long records,
    Map<String, String> details,
    String outcome) {

  public static final String STARTED = "STARTED";
  public static final String COMPLETED = "COMPLETED";
  public static final String FAILED = "FAILED";
}
