/**
 * The burst benchmark: drives the running platform and its baselines at fixed arrival rates and
 * writes a report with a chart; {@link dev.walletplatform.bench.BurstBenchMain} is the entry point.
 */
package dev.walletplatform.bench;
