package dev.walletplatform.processors.health;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Proof of life of one consumer loop: the loop beats once per iteration, also while it backs off
 * from a database or Kafka outage (it keeps polling with paused partitions), so a stale heartbeat
 * means this process is wedged — not that a shared dependency is down.
 */
public final class LoopHeartbeat {
  public enum State {
    STARTING,
    RUNNING,
    STOPPED,
    FAILED
  }

  private final String name;
  private final LongSupplier nanoClock;
  private final AtomicLong lastBeat;
  private final AtomicReference<State> state = new AtomicReference<>(State.STARTING);

  public LoopHeartbeat(String name) {
    this(name, System::nanoTime);
  }

  LoopHeartbeat(String name, LongSupplier nanoClock) {
    this.name = name;
    this.nanoClock = nanoClock;
    this.lastBeat = new AtomicLong(nanoClock.getAsLong());
  }

  public void beat() {
    lastBeat.set(nanoClock.getAsLong());
    state.compareAndSet(State.STARTING, State.RUNNING);
  }

  public void stopped() {
    state.set(State.STOPPED);
  }

  public void failed() {
    state.set(State.FAILED);
  }

  public State state() {
    return state.get();
  }

  public Duration sinceLastBeat() {
    return Duration.ofNanos(nanoClock.getAsLong() - lastBeat.get());
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name + "[" + state.get() + ", last beat " + sinceLastBeat().toMillis() + " ms ago]";
  }
}
