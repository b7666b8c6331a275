package dev.walletplatform.registry.local;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How far the log reader has applied: the next offset it will apply. Request threads wait here for
 * their own write (or the log's end) to be applied; a lock and condition rather than a monitor, as
 * they are virtual threads.
 */
final class AppliedOffset {
  private final String log;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition advanced = lock.newCondition();
  private long next; // guarded by lock
  private boolean stopped; // guarded by lock

  AppliedOffset(String log) {
    this.log = log;
  }

  /** Called by the reader after applying everything before {@code offset}. */
  void advanceTo(long offset) {
    lock.lock();
    try {
      if (offset > next) {
        next = offset;
        advanced.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Called when the reader ends: waiting for it is pointless from then on. */
  void stop() {
    lock.lock();
    try {
      stopped = true;
      advanced.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns once every offset before {@code target} is applied; a 500 answer if that takes over
   * {@code timeout}.
   */
  void await(long target, Duration timeout) {
    long remaining = timeout.toNanos();
    lock.lock();
    try {
      while (next < target) {
        if (stopped) {
          throw RegistryApiException.storeError(
              "the reader of " + log + " stopped at offset " + next, null);
        }
        if (remaining <= 0) {
          throw RegistryApiException.timeout(
              "the reader of "
                  + log
                  + " is at offset "
                  + next
                  + ", not yet at "
                  + target
                  + " after "
                  + timeout,
              null);
        }
        remaining = advanced.awaitNanos(remaining);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RegistryApiException.storeError(
          "interrupted waiting for offset " + target + " of " + log, e);
    } finally {
      lock.unlock();
    }
  }

  long next() {
    lock.lock();
    try {
      return next;
    } finally {
      lock.unlock();
    }
  }
}
