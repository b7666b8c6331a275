package dev.walletplatform.bench.observe;

/**
 * The system as seen at the end of one second of a run.
 *
 * @param lag records behind over all consumer groups (-1: not measured)
 * @param appliedTotal the applier's applied counter (-1: not measured)
 * @param decidedTotal applied + rejected (-1: not measured)
 * @param dbConnectionsPeak the most client connections to the ledger database PostgreSQL reported
 *     during the second (observers left out)
 */
public record SystemSample(
    long second, long lag, long appliedTotal, long decidedTotal, int dbConnectionsPeak) {}
