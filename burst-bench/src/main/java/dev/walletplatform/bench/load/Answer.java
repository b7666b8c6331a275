package dev.walletplatform.bench.load;

/**
 * What one request got back.
 *
 * @param status the HTTP status; {@link #NO_ANSWER} when the connection failed or timed out, {@link
 *     #NOT_SENT} when the generator's in-flight cap refused to send it
 * @param commandId the command id of an accepted command, else null
 */
public record Answer(int status, String commandId) {
  public static final int NO_ANSWER = -1;
  public static final int NOT_SENT = -2;

  /** 2xx: the gateway's 202, or the naive endpoint's 200 once it applied the command. */
  public boolean accepted() {
    return status >= 200 && status < 300;
  }

  public static Answer noAnswer() {
    return new Answer(NO_ANSWER, null);
  }
}
