package dev.walletplatform.local;

import java.time.Duration;

/**
 * The pause of a run driving the platform from outside (waiting for a service, letting a fault
 * last): an interrupt ends the run, so it keeps the thread's interrupt flag and fails rather than
 * cut one wait short and carry on.
 */
public final class Sleeps {
  private Sleeps() {}

  /**
   * Sleeps for {@code duration}.
   *
   * @throws IllegalStateException when interrupted (the interrupt flag set again)
   */
  public static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
