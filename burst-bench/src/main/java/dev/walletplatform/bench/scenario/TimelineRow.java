package dev.walletplatform.bench.scenario;

import dev.walletplatform.bench.load.SecondStats;
import dev.walletplatform.bench.observe.SystemSample;

/**
 * One second of a burst run: what the clients saw (by due second) and what the system showed at the
 * end of that second.
 *
 * @param phase the schedule's phase at this second ("drain" once the load has ended)
 * @param appliedPerSecond messages the ledger applied in this second (-1: not measured)
 * @param decidedPerSecond applied + rejected in this second (-1: not measured)
 */
public record TimelineRow(
    long second,
    String phase,
    double targetRate,
    SecondStats load,
    SystemSample system,
    long appliedPerSecond,
    long decidedPerSecond) {}
