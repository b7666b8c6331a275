package dev.walletplatform.walletctl;

/** How walletctl ends: the process exit status scripts and runbooks branch on. Never renumber. */
public enum ExitCode {
  OK(0, "done; a dry run that printed its plan included"),
  FAILED(1, "unexpected failure (a bug, or an error nothing classified); the message says what"),
  USAGE(
      2,
      "bad usage: unknown option, missing argument, bad time or window, JSON that does not match its schema"),
  NOT_FOUND(3, "unknown topic, partition, consumer group or dead letter"),
  UNREACHABLE(4, "Kafka, the schema registry or the ledger database did not answer in time"),
  REFUSED(
      5,
      "refused as unsafe: active consumer group, topic without an idempotent consumer, window over the limit,"
          + " nothing safe to redrive"),
  VERIFICATION_FAILED(
      6, "records were produced but the ledger proof did not hold, or did not complete in time");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
