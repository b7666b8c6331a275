package dev.walletplatform.bench.scenario;

import dev.walletplatform.bench.BenchSettings;
import dev.walletplatform.bench.load.ArrivalSchedule;
import dev.walletplatform.bench.load.RatePhase;
import java.util.List;

/** The burst: R for a while, 5×R for the spike, R again. */
final class BurstPhases {
  private BurstPhases() {}

  static ArrivalSchedule schedule(BenchSettings settings, double rate) {
    return new ArrivalSchedule(
        List.of(
            new RatePhase("steady", rate, settings.steady()),
            new RatePhase("spike", rate * BenchSettings.SPIKE_FACTOR, settings.spike()),
            new RatePhase("after", rate, settings.after())));
  }
}
