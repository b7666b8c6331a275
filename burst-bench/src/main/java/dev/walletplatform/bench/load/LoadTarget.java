package dev.walletplatform.bench.load;

/**
 * Sends request number {@code seq} and blocks until it is answered (it runs on a virtual thread).
 */
@FunctionalInterface
public interface LoadTarget {
  Answer send(long seq);
}
