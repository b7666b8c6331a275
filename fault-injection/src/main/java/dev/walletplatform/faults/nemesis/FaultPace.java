package dev.walletplatform.faults.nemesis;

import dev.walletplatform.faults.platform.FaultPlatform;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long each fault lasts before it is healed, and the appliers' session timeout, which decides
 * how long a silent applier keeps its partitions: the two go together, since a paused applier must
 * stay paused past its session timeout to become a zombie whose partitions moved.
 *
 * @param applierSessionTimeout the appliers' (and their Streams clients') consumer session timeout;
 *     the brokers refuse less than 6 s ({@code group.min.session.timeout.ms})
 * @param lasts for every fault, how long it stays before it is healed
 */
public record FaultPace(Duration applierSessionTimeout, Map<Fault, Duration> lasts) {
  private static final Duration MIN_SESSION_TIMEOUT = Duration.ofSeconds(6);

  public FaultPace {
    Objects.requireNonNull(applierSessionTimeout, "applierSessionTimeout");
    if (applierSessionTimeout.compareTo(MIN_SESSION_TIMEOUT) < 0) {
      throw new IllegalArgumentException(
          "the brokers refuse a session timeout under "
              + MIN_SESSION_TIMEOUT
              + ", got "
              + applierSessionTimeout);
    }
    lasts = Map.copyOf(lasts);
    for (Fault fault : Fault.values()) {
      Duration length = lasts.get(fault);
      if (length == null || length.isNegative() || length.isZero()) {
        throw new IllegalArgumentException(
            fault.kind() + " needs a positive length, got " + length);
      }
    }
    if (lasts.get(Fault.PAUSE_APPLIER).compareTo(applierSessionTimeout) <= 0) {
      throw new IllegalArgumentException(
          "a pause of "
              + lasts.get(Fault.PAUSE_APPLIER)
              + " does not outlast the "
              + applierSessionTimeout
              + " session timeout: the paused applier would never become a zombie");
    }
  }

  /** The long run's: a 10 s session timeout, and each fault as long as {@link Fault#lasts()}. */
  public static FaultPace standard() {
    Map<Fault, Duration> lasts = new EnumMap<>(Fault.class);
    for (Fault fault : Fault.values()) {
      lasts.put(fault, fault.lasts());
    }
    return new FaultPace(FaultPlatform.APPLIER_SESSION_TIMEOUT, lasts);
  }

  /**
   * The short run's: the shortest session timeout the brokers accept, and each fault only as long
   * as it takes to happen. A killed process stays down for its restart anyway (a JVM start, many
   * seconds here), a killed broker is replaced as leader when it comes back at the latest, and the
   * pause still outlasts the session timeout by the time the group needs to move the zombie's
   * partitions.
   */
  public static FaultPace brisk() {
    Duration session = MIN_SESSION_TIMEOUT;
    Map<Fault, Duration> lasts = new EnumMap<>(Fault.class);
    lasts.put(Fault.KILL_APPLIER, Duration.ofSeconds(2));
    lasts.put(Fault.KILL_BROKER, Duration.ofSeconds(4));
    lasts.put(Fault.RESTART_POSTGRES, Duration.ofSeconds(2));
    lasts.put(Fault.KILL_GATEWAY, Duration.ofSeconds(2));
    lasts.put(Fault.PAUSE_APPLIER, session.plusSeconds(3));
    lasts.put(Fault.REBALANCE, Duration.ofSeconds(2));
    return new FaultPace(session, lasts);
  }

  /** How long {@code fault} stays before it is healed. */
  public Duration lasts(Fault fault) {
    return lasts.get(fault);
  }
}
